#include <QTest>
class Tstprojectrules : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstprojectrules)
#include "tst_projectrules.moc"
