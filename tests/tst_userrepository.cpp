#include <QTest>
class Tstuserrepository : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstuserrepository)
#include "tst_userrepository.moc"
