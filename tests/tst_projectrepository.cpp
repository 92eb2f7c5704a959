#include <QTest>
class Tstprojectrepository : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstprojectrepository)
#include "tst_projectrepository.moc"
