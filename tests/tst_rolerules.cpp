#include <QTest>
class Tstrolerules : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstrolerules)
#include "tst_rolerules.moc"
