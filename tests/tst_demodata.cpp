// The demo database and the generator: realistic content, determinism, and
// the PostgreSQL path used by benchmarks. Also checks the sample realm export.

#include "BudgetRepository.h"
#include "DemoDatabase.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SchemaProbe.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
QByteArray fingerprint(const PlatformDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT id, username, email, coalesce(name, ''), is_admin, is_active "
                            "FROM users ORDER BY id",
                            "SELECT user_id, project_name, is_project_admin FROM user_projects "
                            "ORDER BY user_id, project_name",
                            "SELECT name, project_type, coalesce(display_name, '') FROM "
                            "applications ORDER BY name"}) {
        QSqlQuery q = db.newQuery();
        if (!db.exec(q, QString::fromLatin1(sql)))
            return {};
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + QByteArray("\x1f")));
    }
    return hash.result().toHex();
}
} // namespace

class TstDemoData : public QObject {
    Q_OBJECT
private slots:
    void demoDatabaseHasWhatTheScreensNeed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo/codemie-demo.sqlite"));
        DemoDataGenerator::Options options;
        options.lastSpendDay = QDate(2026, 11, 28);
        const auto created = DemoDatabase::ensure(path, options);
        QVERIFY2(created.isOk(), qPrintable(created.outcome.fullText()));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        const auto &s = created.value;
        QVERIFY(s.users >= 2000);
        QVERIFY(s.sharedProjects >= 150);
        QCOMPARE(s.maintainers, 1);
        QVERIFY(s.admins >= 3);
        QVERIFY(s.external > 0 && s.deactivated > 0);
        QCOMPARE(s.personalProjects, s.users);

        ConnectionSettings cs;
        cs.driver = ConnectionSettings::Driver::SQLite;
        cs.sqlitePath = path;
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        PlatformSession session(cs, {}, o);
        QVERIFY(session.open());
        QVERIFY2(session.canWrite(), qPrintable(session.readOnlyReason()));
        QCOMPARE(session.actorRoleLabel(), QStringLiteral("Maintainer"));
        const PlatformDatabase &db = session.db();
        auto scalar = [&db](const char *sql) {
            return db.scalar(QString::fromLatin1(sql)).value.toInt();
        };
        QVERIFY(scalar("SELECT count(*) FROM users WHERE name IS NULL") > 0);
        QVERIFY(scalar("SELECT count(*) FROM user_projects WHERE is_project_admin = 1") > 50);
        QVERIFY(scalar("SELECT count(*) FROM applications WHERE display_name IS NOT NULL") > 100);
        QVERIFY(scalar("SELECT count(*) FROM applications WHERE cost_center_id IS NOT NULL") > 100);
        QCOMPARE(
            scalar(
                "SELECT count(DISTINCT budget_category) FROM budgets WHERE budget_type = 'global'"),
            3);
        QVERIFY(scalar("SELECT count(*) FROM budgets WHERE budget_type = 'project'") > 0);
        QVERIFY(scalar("SELECT count(*) FROM user_budget_assignments") > 100);
        // Every budget view has something to show: project budgets split over
        // members (one override each), groups, budget and project budget spend.
        QVERIFY(scalar("SELECT count(*) FROM project_member_budget_assignments") > 20);
        QVERIFY(scalar("SELECT count(*) FROM project_member_budget_assignments WHERE "
                       "allocation_mode = 'fixed'") >= 4);
        QCOMPARE(scalar("SELECT count(*) FROM project_budget_groups"), 4);
        QCOMPARE(scalar("SELECT count(*) FROM project_budget_assignments WHERE group_id IS NULL"),
                 0);
        QVERIFY(scalar("SELECT count(DISTINCT project_name) FROM project_spend_tracking WHERE "
                       "spend_subject_type = 'budget'") > 200);
        QCOMPARE(scalar("SELECT count(DISTINCT project_name) FROM project_spend_tracking WHERE "
                        "spend_subject_type = 'project_budget'"),
                 4);
        QVERIFY(scalar("SELECT count(*) FROM project_spend_tracking WHERE spend_subject_type = "
                       "'key' AND budget_category = 'cli'") > 0);
        // Budget periods start again on reset days: some period spend is
        // below the lifetime spend.
        QVERIFY(scalar("SELECT count(*) FROM project_spend_tracking WHERE spend_subject_type = "
                       "'budget' AND budget_period_spend < cumulative_spend - 0.001") > 0);
        QCOMPARE(
            scalar("SELECT count(DISTINCT substr(spend_date, 1, 10)) FROM project_spend_tracking"),
            120);
        // Every invariant the platform relies on holds.
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE is_maintainer = 1 AND is_admin = 0"), 0);
        QCOMPARE(
            scalar("SELECT count(*) FROM users WHERE is_admin = 1 AND project_limit IS NOT NULL"),
            0);
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE is_admin = 0 AND project_limit IS NULL"),
                 0);
        QCOMPARE(
            scalar("SELECT count(*) FROM users WHERE (is_active = 0) <> (deleted_at IS NOT NULL)"),
            0);
        QCOMPARE(scalar("SELECT count(*) FROM applications WHERE id <> name"), 0);
        QCOMPARE(scalar("SELECT count(*) FROM user_projects m LEFT JOIN applications a ON a.id = "
                        "m.project_name WHERE a.id IS NULL"),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM applications a WHERE project_type = 'personal' AND "
                        "description <> 'Personal Project for ' || name"),
                 0);
        // The repositories read it: spend over the last 30 days is positive.
        BudgetRepository budgets(session);
        const auto total = budgets.totalSpend(QDate(2026, 10, 30), QDate(2026, 11, 28));
        QVERIFY(total.isOk());
        QVERIFY(total.value > 100.0);
        const auto list = budgets.budgets();
        QVERIFY(list.isOk());
        QVERIFY(list.value.size() >= 7);

        // A second call reopens, it does not regenerate.
        const QDateTime modified = QFileInfo(path).lastModified();
        const auto again = DemoDatabase::ensure(path, options);
        QVERIFY(again.isOk());
        QCOMPARE(again.value.users, 0);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void generatorIsDeterministic()
    {
        QTemporaryDir dir;
        DemoDataGenerator::Options options;
        options.users = 300;
        options.sharedProjects = 20;
        options.spendDays = 3;
        options.lastSpendDay = QDate(2026, 1, 31);
        QByteArray prints[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("d%1.sqlite").arg(i));
            QVERIFY(DemoDatabase::ensure(path, options).isOk());
            ConnectionSettings cs;
            cs.driver = ConnectionSettings::Driver::SQLite;
            cs.sqlitePath = path;
            PlatformDatabase db(cs);
            QVERIFY(db.open());
            prints[i] = fingerprint(db);
        }
        QVERIFY(!prints[0].isEmpty());
        QCOMPARE(prints[0], prints[1]);
        options.seed = 7;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(DemoDatabase::ensure(other, options).isOk());
        ConnectionSettings cs;
        cs.driver = ConnectionSettings::Driver::SQLite;
        cs.sqlitePath = other;
        PlatformDatabase db(cs);
        QVERIFY(db.open());
        QVERIFY(fingerprint(db) != prints[0]);
    }

    void fillsPostgres()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const auto caps = SchemaProbe(db->admin()).probe().value.caps;
        DemoDataGenerator::Options options;
        options.users = 3000;
        options.sharedProjects = 60;
        options.spendDays = 10;
        options.lastSpendDay = QDate(2026, 11, 28);
        const auto r = DemoDataGenerator(db->admin(), caps, options).run();
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(db->admin().scalar(QStringLiteral("SELECT count(*) FROM users")).value.toInt(),
                 3000);
        if (caps.spendTable == QStringLiteral("project_spend_tracking"))
            // 60 projects' platform keys and 20 CLI keys, the 4 budgeted
            // projects' 2 project budgets, and the 429 users with a budget
            // (every 7th of 3000), for 10 days.
            QCOMPARE(r.value.spendRows, (60 + 20 + 4 * 2 + 429) * 10);
        else
            QCOMPARE(r.value.spendRows, 600); // API keys only before 2.23
        auto session = db->session(DemoDataGenerator::demoActorEmail());
        QVERIFY2(session->canWrite(), qPrintable(session->readOnlyReason()));
        UserRepository users(*session);
        UserQuery q;
        q.search = QStringLiteral("ngu");
        QVERIFY(users.count(q).value > 0);
    }
    void fillsPostgres_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0"), QStringLiteral("pg-2.19.0")});
    }

    void sampleRealmExportIsUsable()
    {
        QFile file(QStringLiteral(CODEMIE_SOURCE_DIR "/resources/demo/keycloak-realm-export.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray users = doc.object().value(QStringLiteral("users")).toArray();
        QVERIFY(users.size() >= 50);
        int withApplications = 0, serviceAccounts = 0, disabled = 0;
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            QVERIFY(!u.value(QStringLiteral("id")).toString().isEmpty());
            if (u.value(QStringLiteral("attributes"))
                    .toObject()
                    .contains(QStringLiteral("applications")))
                ++withApplications;
            if (u.value(QStringLiteral("username"))
                    .toString()
                    .startsWith(QStringLiteral("service-account-")))
                ++serviceAccounts;
            if (!u.value(QStringLiteral("enabled")).toBool(true))
                ++disabled;
            // No credentials leave the sample.
            QVERIFY(u.value(QStringLiteral("credentials")).toArray().isEmpty());
        }
        QVERIFY(withApplications > 30);
        QVERIFY(serviceAccounts >= 1);
        QVERIFY(disabled >= 1);
    }
};

QTEST_GUILESS_MAIN(TstDemoData)
#include "tst_demodata.moc"
