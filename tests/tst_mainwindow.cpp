#include <QTest>
class Tstmainwindow : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstmainwindow)
#include "tst_mainwindow.moc"
