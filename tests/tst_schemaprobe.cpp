#include <QTest>
class Tstschemaprobe : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstschemaprobe)
#include "tst_schemaprobe.moc"
