#include <QTest>
class Tstconnectionsettings : public QObject {
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Tstconnectionsettings)
#include "tst_connectionsettings.moc"
