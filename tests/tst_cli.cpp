// The real `codemie-admin` binary, headless: no display at all.

#include "DemoDatabase.h"
#include "FakeKeycloak.h"
#include "KeycloakTestTarget.h"
#include "PlatformDatabase.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QString &pgPassword = {},
        const QString &binary = QStringLiteral(CODEMIE_ADMIN_BINARY))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"));
    if (!pgPassword.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString demoUri(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoDataGenerator::Options o;
    o.users = 400;
    o.sharedProjects = 30;
    o.spendDays = 5;
    o.lastSpendDay = QDate(2026, 11, 28);
    if (!DemoDatabase::ensure(path, o).isOk())
        return {};
    return QStringLiteral("sqlite:") + path;
}
} // namespace

class TstCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelpWithoutDisplay()
    {
        Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("codemie-admin ")));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("status (--db URI | --profile NAME)")));
        QVERIFY(r.out.contains(QStringLiteral("profiles list")));
        QVERIFY(r.out.contains(QStringLiteral("PGPASSWORD")));
        r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown command")));
    }
    void selfTestPassesWithEverythingInstalled()
    {
        const Run r = run({QStringLiteral("self-test")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Self-test passed")), qPrintable(r.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^SQL drivers: .*QPSQL.*QSQLITE"),
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("TLS backend: openssl (OpenSSL 3")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Translations: en, de")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Keychain backend: Secret Service")),
                 qPrintable(r.out));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QStringLiteral("SQL drivers: ")));
        QCOMPARE(run({QStringLiteral("self-test"), QStringLiteral("--now")}).code, 2);
    }
    // The binary beside a qt.conf whose plugin folder lacks parts, as a broken
    // deployment would: self-test names each missing part and what to install.
    void selfTestNamesWhatIsMissing_data()
    {
        QTest::addColumn<QStringList>("kept"); // plugin folders or files kept
        QTest::addColumn<QStringList>("named");
        QTest::addColumn<QStringList>("notNamed");
        QTest::newRow("no PostgreSQL driver")
            << QStringList{QStringLiteral("sqldrivers/libqsqlite.so"), QStringLiteral("tls"),
                           QStringLiteral("platforms")}
            << QStringList{QStringLiteral("QPSQL"), QStringLiteral("libqt6sql6-psql")}
            << QStringList{QStringLiteral("QSQLITE"), QStringLiteral("TLS"),
                           QStringLiteral("platform plugin")};
        QTest::newRow("no plugins at all")
            << QStringList{}
            << QStringList{QStringLiteral("QPSQL"), QStringLiteral("QSQLITE"),
                           QStringLiteral("No TLS backend"),
                           QStringLiteral("No Qt platform plugin")}
            << QStringList{QStringLiteral("translations")};
    }
    void selfTestNamesWhatIsMissing()
    {
        QFETCH(QStringList, kept);
        QFETCH(QStringList, named);
        QFETCH(QStringList, notNamed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString binary = dir.filePath(QStringLiteral("codemie-admin"));
        QVERIFY(QFile::copy(QStringLiteral(CODEMIE_ADMIN_BINARY), binary));
        QVERIFY(QFile::setPermissions(binary, QFile::ReadOwner | QFile::ExeOwner));
        const QString plugins = dir.filePath(QStringLiteral("plugins"));
        const QString realPlugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
        for (const QString &part : kept) {
            QVERIFY(QDir().mkpath(QFileInfo(plugins + QLatin1Char('/') + part).path()));
            QVERIFY2(QFile::link(realPlugins + QLatin1Char('/') + part,
                                 plugins + QLatin1Char('/') + part),
                     qPrintable(part));
        }
        QVERIFY(QDir().mkpath(plugins));
        QFile conf(dir.filePath(QStringLiteral("qt.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[Paths]\nPlugins = " + plugins.toUtf8() + "\n");
        conf.close();

        const Run r = run({QStringLiteral("self-test")}, {}, binary);
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Self-test failed")), qPrintable(r.err));
        for (const QString &n : named)
            QVERIFY2(r.err.contains(n), qPrintable(n + QStringLiteral(" not named in: ") + r.err));
        for (const QString &n : notNamed)
            QVERIFY2(!r.err.contains(n), qPrintable(n + QStringLiteral(" named in: ") + r.err));
    }
    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("status")}).code, 2);
        Run r = run({QStringLiteral("status"), QStringLiteral("--db"),
                     QStringLiteral("postgresql://u:hunter2@localhost/db")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("PGPASSWORD")));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("sqlite:/x"),
                      QStringLiteral("--bogus")})
                     .code,
                 2);
    }
    void statusOnSqlite()
    {
        QTemporaryDir dir;
        const QString uri = demoUri(dir);
        QVERIFY(!uri.isEmpty());
        Run r = run({QStringLiteral("status"), QStringLiteral("--db"), uri,
                     QStringLiteral("--actor"), DemoDataGenerator::demoActorEmail()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("i1n2t3e4r5a6")));
        // "Platform release:   2.41.0–2.42.0", not "Platform release: Platform … schema".
        QVERIFY2(QRegularExpression(QStringLiteral("^Platform release: +2\\.41\\.0–2\\.42\\.0$"),
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("(Maintainer)")));
        QVERIFY(r.out.contains(QStringLiteral("read-write")));
        r = run({QStringLiteral("status"), QStringLiteral("--db"), uri, QStringLiteral("--json")});
        QCOMPARE(r.code, 3); // no actor: read-only, with the reason
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("writable")).toBool(true), false);
        QVERIFY(o.value(QStringLiteral("read_only_reason"))
                    .toString()
                    .contains(QStringLiteral("acting administrator")));
        QVERIFY(o.value(QStringLiteral("users_active")).toInt() > 300);
        QCOMPARE(o.value(QStringLiteral("revision")).toString(), QStringLiteral("i1n2t3e4r5a6"));
        QVERIFY(
            o.value(QStringLiteral("features")).toArray().contains(QStringLiteral("maintainer")));
    }
    void statusOnPostgres()
    {
        QFETCH(QString, engine);
        QFETCH(int, expected);
        QFETCH(QString, needle);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true,
                    engine == QStringLiteral("pg-2.42.0"));
        const QString uri = db->uri();
        QVERIFY(!uri.contains(db->password()));
        Run r = run({QStringLiteral("status"), QStringLiteral("--db"), uri,
                     QStringLiteral("--actor"), QStringLiteral("root@example.com")},
                    db->password());
        QCOMPARE(r.code, expected);
        QVERIFY2(r.out.contains(needle), qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(db->password()) && !r.err.contains(db->password()));
        // Without the password: a failure that says what to do.
        r = run({QStringLiteral("status"), QStringLiteral("--db"), uri});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("PGPASSWORD")) ||
                r.err.contains(QStringLiteral("password")));
    }
    void statusOnPostgres_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("needle");
        QTest::newRow("pg-2.42.0")
            << QStringLiteral("pg-2.42.0") << 0 << QStringLiteral("(Maintainer)");
        QTest::newRow("pg-2.19.0")
            << QStringLiteral("pg-2.19.0") << 0 << QStringLiteral("2.19.0\n"); // the release line
        QTest::newRow("pg-2.18.0")
            << QStringLiteral("pg-2.18.0") << 3 << QStringLiteral("upgrade the platform first");
    }
    void statusDuringUpgrade()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("root@example.com"), true, true);
        PlatformDatabase runner(db->settings(), db->password());
        QVERIFY(runner.open());
        QVERIFY(runner.exec(QStringLiteral("BEGIN")));
        QVERIFY(runner.exec(QStringLiteral("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")));
        const Run r = run({QStringLiteral("status"), QStringLiteral("--db"), db->uri(),
                           QStringLiteral("--actor"), QStringLiteral("root@example.com"),
                           QStringLiteral("--json")},
                          db->password());
        QVERIFY(runner.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(r.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("upgrade_in_progress")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("read_only_reason"))
                    .toString()
                    .contains(QStringLiteral("upgrading")));
    }
    void unreachableServer()
    {
        const Run r =
            run({QStringLiteral("status"), QStringLiteral("--db"),
                 QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=3")},
                QStringLiteral("x"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Could not connect")));
    }
    void migrateFromExport()
    {
        QTemporaryDir dir;
        const QString uri = demoUri(dir);
        const QString exportFile =
            QStringLiteral(CODEMIE_SOURCE_DIR "/resources/demo/keycloak-realm-export.json");
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        const QString reportFile = dir.filePath(QStringLiteral("report.json"));
        // The default is a dry run: a plan, nothing written.
        Run r = run({QStringLiteral("migrate"), QStringLiteral("--from-export"), exportFile,
                     QStringLiteral("--db"), uri, QStringLiteral("--plan-out"), planFile});
        QCOMPARE(r.code, 3); // the sample has conflicting e-mails
        QVERIFY(r.out.contains(QStringLiteral("to create")));
        QVERIFY2(r.out.contains(QStringLiteral("Dry run: nothing was written. Run again with "
                                               "--apply to make these changes.")),
                 qPrintable(r.out));
        QFile plan(planFile);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        const QJsonObject planJson = QJsonDocument::fromJson(plan.readAll()).object();
        QCOMPARE(planJson.value(QStringLiteral("format")).toString(),
                 QStringLiteral("codemie-admin.migration-plan/1"));
        const int toCreate = planJson.value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("create"))
                                 .toInt();
        QVERIFY(toCreate > 40);
        // The plan file is written user by user; it is still one document
        // whose users agree with its summary.
        int createdInList = 0;
        const QJsonArray planUsers = planJson.value(QStringLiteral("users")).toArray();
        for (const QJsonValue &u : planUsers)
            if (u.toObject().value(QStringLiteral("action")).toString() == QLatin1String("create"))
                ++createdInList;
        QCOMPARE(createdInList, toCreate);
        Run again = run({QStringLiteral("migrate"), QStringLiteral("--from-export"), exportFile,
                         QStringLiteral("--db"), uri, QStringLiteral("--dry-run")});
        QVERIFY(again.out.contains(
            QStringLiteral("%1 to create").arg(toCreate))); // nothing was written
        // Apply and verify, acting as the demo maintainer.
        r = run({QStringLiteral("migrate"), QStringLiteral("--from-export"), exportFile,
                 QStringLiteral("--db"), uri, QStringLiteral("--apply"), QStringLiteral("--verify"),
                 QStringLiteral("--admin-role"), QStringLiteral("admin"), QStringLiteral("--actor"),
                 DemoDataGenerator::demoActorEmail(), QStringLiteral("--report"), reportFile});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("%1 users created").arg(toCreate)),
                 qPrintable(r.out + r.err));
        // The plan's conflicts are named after the apply, not hidden behind "0 conflicts".
        const int planConflicts = planJson.value(QStringLiteral("summary"))
                                      .toObject()
                                      .value(QStringLiteral("conflict"))
                                      .toInt();
        QVERIFY(planConflicts > 0);
        // English plural forms come from translations/codemie-admin_en.ts.
        QVERIFY2(r.out.contains(planConflicts == 1
                                    ? QStringLiteral("1 user with a conflict in the plan was left "
                                                     "as it is")
                                    : QStringLiteral("%1 users with a conflict in the plan were "
                                                     "left as they are")
                                          .arg(planConflicts)),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Dry run")), qPrintable(r.out));
        QFile report(reportFile);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QJsonObject reportJson = QJsonDocument::fromJson(report.readAll()).object();
        QCOMPARE(reportJson.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("users_created"))
                     .toInt(),
                 toCreate);
        QCOMPARE(reportJson.value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("users"))
                     .toArray()
                     .size(),
                 planUsers.size());
        QVERIFY(!reportJson.value(QStringLiteral("verification"))
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(true));
        // A re-run plans nothing for the imported users.
        r = run({QStringLiteral("migrate"), QStringLiteral("--from-export"), exportFile,
                 QStringLiteral("--db"), uri});
        QVERIFY(r.out.contains(QStringLiteral("0 to create, 0 to update")));
    }
    void migrateUsageErrors()
    {
        QCOMPARE(run({QStringLiteral("migrate")}).code, 2);
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-export"),
                      QStringLiteral("x.json")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--from-export"),
                      QStringLiteral("x.json"), QStringLiteral("--db"), QStringLiteral("sqlite:/x"),
                      QStringLiteral("--policy"), QStringLiteral("replace")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--keycloak-url"),
                      QStringLiteral("https://kc.example"), QStringLiteral("--db"),
                      QStringLiteral("sqlite:/x")})
                     .code,
                 2);
        Run r = run({QStringLiteral("migrate"), QStringLiteral("--from-export"),
                     QStringLiteral("/nonexistent/export.json"), QStringLiteral("--db"),
                     QStringLiteral("sqlite:/nonexistent.sqlite")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        r = run({QStringLiteral("migrate"), QStringLiteral("--keycloak-url"),
                 QStringLiteral("https://kc.example"), QStringLiteral("--realm"),
                 QStringLiteral("r"), QStringLiteral("--client-id"), QStringLiteral("c"),
                 QStringLiteral("--db"), QStringLiteral("sqlite:/x")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET")));
    }
    // migrate names each role of the platform guide's list the service
    // account lacks, and how to grant them (the engine's pre-flight list).
    void migrateNamesMissingRoles()
    {
        codemie::test::FakeKeycloak fake;
        QString error;
        QVERIFY2(fake.loadRealm(codemie::test::KeycloakTestTarget::realmFile(), &error),
                 qPrintable(error));
        QVERIFY(fake.start(codemie::test::FakeKeycloak::Options()));
        const QString client = QStringLiteral("codemie-queryonly");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"), fake.clientSecret(client));
        p.setProcessEnvironment(env);
        QTemporaryDir dir;
        p.start(QStringLiteral(CODEMIE_ADMIN_BINARY),
                {QStringLiteral("migrate"), QStringLiteral("--keycloak-url"),
                 fake.baseUrl().toString(), QStringLiteral("--realm"),
                 QStringLiteral("codemie-test"), QStringLiteral("--client-id"), client,
                 QStringLiteral("--db"),
                 QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("none.sqlite"))});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        const QStringList lines = err.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral(
                     "missing service-account role: view-users (needed to read users)")),
                 qPrintable(err));
        for (const char *role :
             {"view-clients", "view-authorization", "view-events", "view-realm",
              "view-identity-providers", "query-clients", "query-groups", "query-realms"})
            QVERIFY2(lines.contains(QStringLiteral("warning: missing service-account role: %1 (in "
                                                   "the platform guide's list)")
                                        .arg(QLatin1String(role))),
                     qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("role: query-users")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Clients → codemie-queryonly → Service account roles "
                                             "→ Assign role")),
                 qPrintable(err));
    }
    // The progress line while reading counts pages and retries (a 503 once).
    void migrateProgressCountsPagesAndRetries()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("sqlite-2.42.0"));
        db->addUser(QStringLiteral("root@example.com"), true, true);
        codemie::test::FakeKeycloak fake;
        QString error;
        QVERIFY2(fake.loadRealm(codemie::test::KeycloakTestTarget::realmFile(), &error),
                 qPrintable(error));
        QVERIFY(fake.start(codemie::test::FakeKeycloak::Options()));
        fake.injectFaults(codemie::test::FakeKeycloak::Endpoint::Users,
                          {codemie::test::FakeKeycloak::Fault::ServiceUnavailable});
        const QString client = QStringLiteral("codemie-migration");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"), fake.clientSecret(client));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEMIE_ADMIN_BINARY),
                {QStringLiteral("migrate"), QStringLiteral("--keycloak-url"),
                 fake.baseUrl().toString(), QStringLiteral("--realm"),
                 QStringLiteral("codemie-test"), QStringLiteral("--client-id"), client,
                 QStringLiteral("--db"), db->uri(), QStringLiteral("--actor"),
                 QStringLiteral("root@example.com")});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0 || p.exitCode() == 3, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Reading Keycloak users: 240/240 (")),
                 qPrintable(err));
        QVERIFY2(err.contains(QRegularExpression(
                     // English plural forms (translations/codemie-admin_en.ts).
                     QStringLiteral("Reading Keycloak users: 240/240 \\(\\d+ pages, 1 retry\\)"))),
                 qPrintable(err));
    }
    void generateRefusesNonEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString uri = demoUri(dir);
        const Run r = run({QStringLiteral("generate"), QStringLiteral("--db"), uri});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already has users")));
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--db"), uri,
                      QStringLiteral("--users"), QStringLiteral("many")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
