// Schema probe against real databases: release detection, features, the
// platform's upgrade lock, and what the console may write.

#include "PlatformSession.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

class TstSchemaProbe : public QObject {
    Q_OBJECT
private slots:
    void detectsRelease_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("maintainer");
        QTest::addColumn<bool>("activity");
        QTest::addColumn<QString>("spend");
        QTest::newRow("pg-2.19.0") << QStringLiteral("pg-2.19.0") << QStringLiteral("653f5a41ee9a")
                                   << QStringLiteral("2.19.0") << false << false
                                   << QStringLiteral("project_cost_tracking");
        QTest::newRow("pg-2.42.0") << QStringLiteral("pg-2.42.0") << QStringLiteral("i1n2t3e4r5a6")
                                   << QStringLiteral("2.41.0–2.42.0") << true << true
                                   << QStringLiteral("project_spend_tracking");
        QTest::newRow("sqlite-2.42.0")
            << QStringLiteral("sqlite-2.42.0") << QStringLiteral("i1n2t3e4r5a6")
            << QStringLiteral("2.41.0–2.42.0") << true << true
            << QStringLiteral("project_spend_tracking");
    }
    void detectsRelease()
    {
        QFETCH(QString, engine);
        QFETCH(QString, revision);
        QFETCH(QString, label);
        QFETCH(bool, maintainer);
        QFETCH(bool, activity);
        QFETCH(QString, spend);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true, maintainer);
        auto session = db->session(QStringLiteral("ROOT@example.com")); // case-insensitive
        QCOMPARE(session->schema().revision, revision);
        QCOMPARE(session->schema().release.label, label);
        QVERIFY(session->schema().release.knownRevision);
        QCOMPARE(session->caps().hasMaintainer, maintainer);
        QCOMPARE(session->caps().hasActivityEvents, activity);
        QCOMPARE(session->caps().hasDisplayName, activity);
        QCOMPARE(session->caps().hasGlobalBudgets, maintainer);
        QVERIFY(session->caps().hasCostCenters);
        QCOMPARE(session->caps().spendTable, spend);
        QVERIFY2(session->canWrite(), qPrintable(session->readOnlyReason()));
        QCOMPARE(session->actorRoleLabel(),
                 maintainer ? QStringLiteral("Maintainer") : QStringLiteral("Admin"));
        QVERIFY(!session->schema().upgradeInProgress);
        QVERIFY2(session->schema().serverVersion.contains(
                     QRegularExpression(QStringLiteral("^(PostgreSQL|SQLite) [0-9]+\\.[0-9]+"))),
                 qPrintable(session->schema().serverVersion));
    }
    void hotStandbyIsReadOnly()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("root@example.com"), true, true);
        // A read-only default transaction is what a standby reports too.
        QVERIFY(db->admin().exec(
            QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on")
                .arg(db->settings().database)));
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY(session->schema().serverReadOnly);
        QVERIFY(!session->canWrite());
        QVERIFY(session->readOnlyReason().contains(QStringLiteral("read-only")));
        QVERIFY(db->admin().exec(
            QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = off")
                .arg(db->settings().database)));
    }
    void legacy218IsReadOnly()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.18.0"));
        db->addUser(QStringLiteral("root@example.com"), true);
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY(session->caps().hasLegacyAdminColumn);
        QVERIFY(!session->caps().hasAdminColumn);
        QCOMPARE(session->schema().release.label, QStringLiteral("2.18.0"));
        QVERIFY(session->schema().release.tooOld);
        QVERIFY(!session->canWrite());
        QVERIFY(session->readOnlyReason().contains(QStringLiteral("upgrade the platform first")));
        // It still reads: the admin flag comes from is_super_admin.
        QVERIFY(session->hasActor());
        QVERIFY(session->actor().isAdmin);
        const Outcome o = session->requireWritable();
        QCOMPARE(o.kind(), Outcome::Kind::ReadOnly);
    }
    void unknownRevisionIsReadOnly()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true, true);
        QVERIFY(db->admin().exec(QStringLiteral("UPDATE alembic_version SET version_num = ?"),
                                 {QStringLiteral("zz99newer000")}));
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY(session->schema().release.newer);
        QVERIFY(!session->canWrite());
        QVERIFY(session->readOnlyReason().contains(QStringLiteral("zz99newer000")));
        QVERIFY(session->schema().release.displayText().contains(QStringLiteral("2.42+")));
    }
    void unknownRevisionIsReadOnly_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void actorDecidesWriting()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("admin@example.com"), true);
        db->addUser(QStringLiteral("plain@example.com"), false);
        db->addUser(QStringLiteral("gone@example.com"), true, false, false);
        QVERIFY(db->session(QStringLiteral("admin@example.com"))->canWrite());
        auto plain = db->session(QStringLiteral("plain@example.com"));
        QVERIFY(!plain->canWrite());
        QVERIFY(plain->readOnlyReason().contains(QStringLiteral("not a platform administrator")));
        QVERIFY(!db->session(QStringLiteral("gone@example.com"))->canWrite());
        auto nobody = db->session(QStringLiteral("nobody@example.com"));
        QVERIFY(nobody->readOnlyReason().contains(QStringLiteral("No platform user")));
        QVERIFY(!db->session(QString())->canWrite());
    }
    void upgradeLockNeverHangs()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("root@example.com"), true, true);
        // The platform's migration runner: ACCESS EXCLUSIVE on alembic_version
        // for the whole upgrade, in an open transaction.
        PlatformDatabase runner(db->settings(), db->password());
        QVERIFY(runner.open());
        QVERIFY(runner.exec(QStringLiteral("BEGIN")));
        QVERIFY(runner.exec(QStringLiteral("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")));
        QElapsedTimer timer;
        timer.start();
        auto session = db->session(QStringLiteral("root@example.com"));
        QVERIFY2(timer.elapsed() < 15000, "the probe waited on the upgrade lock");
        QVERIFY(session->schema().upgradeInProgress);
        QVERIFY(!session->canWrite());
        QVERIFY(session->readOnlyReason().contains(QStringLiteral("upgrading")));
        QCOMPARE(session->requireWritable().kind(), Outcome::Kind::UpgradeInProgress);
        QVERIFY(runner.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(session->refresh());
        QVERIFY(!session->schema().upgradeInProgress);
        QVERIFY(session->canWrite());
    }
    void readOnlyDatabaseUser()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("root@example.com"), true, true);
        const QString role = QStringLiteral("reader_%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(db->admin().exec(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-for-test'").arg(role)));
        QVERIFY(db->admin().exec(QStringLiteral("GRANT USAGE ON SCHEMA codemie TO %1").arg(role)));
        QVERIFY(db->admin().exec(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA codemie TO %1").arg(role)));
        ConnectionSettings s = db->settings();
        s.user = role;
        PlatformSession::Options o;
        o.actorEmail = QStringLiteral("root@example.com");
        PlatformSession session(s, QStringLiteral("pw-for-test"), o);
        QVERIFY(session.open());
        QVERIFY(!session.canWrite());
        QVERIFY(session.readOnlyReason().contains(role));
        session.db().close();
        QVERIFY(db->admin().exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
        QVERIFY(db->admin().exec(QStringLiteral("DROP ROLE %1").arg(role)));
    }
    void wrongSchemaOrPassword()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        ConnectionSettings s = db->settings();
        s.schema = QStringLiteral("not_there");
        PlatformSession wrongSchema(s, db->password(), {});
        QVERIFY(wrongSchema.open());
        QVERIFY(wrongSchema.readOnlyReason().contains(QStringLiteral("not_there")));
        PlatformSession wrongPassword(db->settings(), QStringLiteral("wrong"), {});
        const Outcome o = wrongPassword.open();
        QVERIFY(!o);
        QVERIFY(o.fullText().contains(QStringLiteral("password")));
        QVERIFY(!o.fullText().contains(db->password()));
    }
    void sqliteMissingFile()
    {
        ConnectionSettings s;
        s.driver = ConnectionSettings::Driver::SQLite;
        s.sqlitePath = QStringLiteral("/nonexistent-dir/x.sqlite");
        PlatformSession session(s, {}, {});
        QVERIFY(!session.open());
    }
};

QTEST_GUILESS_MAIN(TstSchemaProbe)
#include "tst_schemaprobe.moc"
