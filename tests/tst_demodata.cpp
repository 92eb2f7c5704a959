#include <QTest>
class Tstdemodata : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstdemodata)
#include "tst_demodata.moc"
