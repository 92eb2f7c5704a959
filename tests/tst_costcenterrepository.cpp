// Cost centers against real databases (PostgreSQL 2.42 and 2.19, SQLite
// 2.42): the platform's name pattern and messages, case-insensitive
// uniqueness (deleted rows included), edits with stale-read checks, project
// assignment, the refused delete of a referenced cost center, the soft
// delete, and the audit rows on 2.40+.

#include "CostCenterRepository.h"
#include "CostCenterRules.h"
#include "PlatformSession.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
int count(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}
bool v242(const QString &engine)
{
    return engine != QStringLiteral("pg-2.19.0");
}
QString pattern()
{
    return QStringLiteral("Cost center name must match the pattern ^[a-z0-9]+-[a-z0-9]+$");
}
QJsonObject lastAttributes(TestDatabase &db, const QString &type, const QString &entityId)
{
    const auto v = db.admin().scalar(
        QStringLiteral("SELECT CAST(attributes AS TEXT) FROM activity_events WHERE event_type = ? "
                       "AND entity_id = ? ORDER BY created_at DESC LIMIT 1"),
        {type, entityId});
    return QJsonDocument::fromJson(v.value.toString().toUtf8()).object();
}
QString costCenterOf(TestDatabase &db, const QString &project)
{
    return db.admin()
        .scalar(QStringLiteral("SELECT CAST(cost_center_id AS VARCHAR(64)) FROM applications "
                               "WHERE id = ?"),
                {project})
        .value.toString();
}
} // namespace

class TstCostCenterRepository : public QObject {
    Q_OBJECT
private slots:
    void nameRulesAndMessages()
    {
        QCOMPARE(CostCenterRules::validateName(QStringLiteral("   ")).message(),
                 QStringLiteral("Cost center name is required"));
        for (const char *bad :
             {"engops", "Eng-ops", "eng_ops", "eng-ops-1", "-ops", "eng-", "eng ops", "eng-öps"}) {
            const Outcome o = CostCenterRules::validateName(QString::fromUtf8(bad));
            QVERIFY2(!o.isOk(), bad);
            QCOMPARE(o.message(), pattern());
            QCOMPARE(o.httpStatus(), 400);
        }
        for (const char *good : {"eng-ops123", "a-b", "  fin-42  ", "0-0"})
            QVERIFY2(CostCenterRules::validateName(QString::fromUtf8(good)).isOk(), good);
        QCOMPARE(
            CostCenterRules::validateName(QStringLiteral("a-") + QString(254, QLatin1Char('b')))
                .message(),
            QStringLiteral("Cost center name cannot exceed 255 characters"));
        // A deployment's own COST_CENTER_NAME_PATTERN.
        QVERIFY(
            CostCenterRules::validateName(QStringLiteral("CC_1"), QStringLiteral("^[A-Z]+_[0-9]+$"))
                .isOk());
        QVERIFY(CostCenterRules::validateDescription(QString(500, QLatin1Char('d'))).isOk());
        QCOMPARE(CostCenterRules::validateDescription(QString(501, QLatin1Char('d'))).message(),
                 QStringLiteral("Cost center description cannot exceed 500 characters"));
        const Outcome refused = CostCenterRules::checkDelete(
            {QStringLiteral("alpha-app"), QStringLiteral("beta-app")}, 12);
        QCOMPARE(refused.message(), QStringLiteral("Cost center has linked active projects"));
        QCOMPARE(refused.details(),
                 QStringLiteral("Referenced by 12 project(s): alpha-app, beta-app and 10 more"));
        QCOMPARE(refused.httpStatus(), 409);
    }

    void createEditDelete_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void createEditDelete()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString me = db->addUser(QStringLiteral("me@example.com"), true, v242(engine));
        db->addUser(QStringLiteral("plain@example.com"));
        db->addProject(QStringLiteral("alpha-app"));
        db->addProject(QStringLiteral("beta-app"));
        db->addProject(QStringLiteral("gone-app"));
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE applications SET deleted_at = ? WHERE id = 'gone-app'"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc())}));
        auto session = db->session(QStringLiteral("me@example.com"));
        CostCenterRepository repo(*session);
        QVERIFY(repo.available());

        // Create: the rules first, nothing written on a refusal.
        QCOMPARE(repo.create(QStringLiteral("Eng-Ops"), {}).outcome.message(), pattern());
        QCOMPARE(repo.create(QString(), {}).outcome.message(),
                 QStringLiteral("Cost center name is required"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cost_centers")), 0);
        const QString description = QStringLiteral("Engineering — \"ops\"; O'Brien");
        auto created = repo.create(QStringLiteral(" eng-ops "), description);
        QVERIFY2(created.isOk(), qPrintable(created.outcome.fullText()));
        const CostCenterRecord cc = created.value;
        QCOMPARE(cc.name, QStringLiteral("eng-ops"));
        QCOMPARE(cc.description, description);
        QCOMPARE(cc.createdBy, me);
        QCOMPARE(cc.createdByEmail, QStringLiteral("me@example.com"));
        QVERIFY(qAbs(cc.created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(cc.projectCount, 0);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT count(*) FROM activity_events WHERE event_type = "
                                      "'cost_center.created' AND entity_type = 'cost_center'")),
            v242(engine) ? 1 : -1); // no table before 2.40
        if (v242(engine)) {
            const QJsonObject a = lastAttributes(*db, QStringLiteral("cost_center.created"), cc.id);
            QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("eng-ops"));
            QCOMPARE(a.value(QStringLiteral("description")).toString(), description);
        }
        // Unique case-insensitively: the pattern allows only lowercase, so
        // an existing row with another spelling comes from elsewhere.
        const auto dup = repo.create(QStringLiteral("eng-ops"), {});
        QCOMPARE(dup.outcome.message(), QStringLiteral("Cost center 'eng-ops' already exists"));
        QCOMPARE(dup.outcome.httpStatus(), 409);
        QVERIFY(db->admin().exec(
            QStringLiteral("INSERT INTO cost_centers (id, name, created_by) VALUES "
                           "('6f1c2f0e-7c1a-4e0b-9d55-2b8f3c1a9e42', 'FIN-Ops', 'someone')")));
        QCOMPARE(repo.create(QStringLiteral("fin-ops"), {}).outcome.message(),
                 QStringLiteral("Cost center 'FIN-Ops' already exists"));

        // Assign projects: the column, the audit row, the count.
        const auto assigned =
            repo.assignProjects(cc, {QStringLiteral("alpha-app"), QStringLiteral("beta-app")});
        QVERIFY2(assigned.isOk(), qPrintable(assigned.outcome.fullText()));
        QCOMPARE(assigned.value, 2);
        QCOMPARE(costCenterOf(*db, QStringLiteral("alpha-app")), cc.id);
        if (v242(engine))
            QCOMPARE(
                lastAttributes(*db, QStringLiteral("project.updated"), QStringLiteral("alpha-app"))
                    .value(QStringLiteral("cost_center_id"))
                    .toString(),
                cc.id);
        QCOMPARE(repo.assignProjects(cc, {QStringLiteral("alpha-app")}).value, 0); // already
        const auto missing = repo.assignProjects(cc, {QStringLiteral("gone-app")});
        QCOMPARE(missing.outcome.message(), QStringLiteral("Project gone-app not found"));
        // A deleted project that still references the cost center does not count.
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE applications SET cost_center_id = ? WHERE id = 'gone-app'"),
            {cc.id}));
        auto listed = repo.list();
        QVERIFY(listed.isOk());
        QCOMPARE(listed.value.size(), 2);
        QCOMPARE(listed.value.at(0).name, QStringLiteral("eng-ops"));
        QCOMPARE(listed.value.at(0).projectCount, 2);
        QCOMPARE(listed.value.at(1).createdByEmail, QString()); // "someone" is no user
        QCOMPARE(listed.value.at(1).createdBy, QStringLiteral("someone"));
        QCOMPARE(repo.list(QStringLiteral("ENGINEERING")).value.size(), 1);
        const auto projects = repo.projects(cc.id);
        QCOMPARE(projects.value.size(), 2);
        QCOMPARE(projects.value.at(1).name, QStringLiteral("beta-app"));
        const auto candidates = repo.candidates(cc.id, {});
        QVERIFY(candidates.isOk());
        QCOMPARE(candidates.value.size(), 0); // only gone-app is left, and it is deleted
        db->addProject(QStringLiteral("gamma-app"));
        QCOMPARE(repo.candidates(cc.id, QStringLiteral("GAM")).value.size(), 1);

        // Delete while referenced: refused, naming the projects.
        const CostCenterRecord current = repo.findById(cc.id).value;
        const Outcome refused = repo.remove(current);
        QCOMPARE(refused.message(), QStringLiteral("Cost center has linked active projects"));
        QCOMPARE(refused.details(),
                 QStringLiteral("Referenced by 2 project(s): alpha-app, beta-app"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cost_centers WHERE deleted_at IS "
                                           "NULL")),
                 2);

        // Edit: rename and description; a stale copy is refused.
        auto edited = repo.update(current, QStringLiteral("eng-platform"), QString());
        QVERIFY2(edited.isOk(), qPrintable(edited.outcome.fullText()));
        QCOMPARE(edited.value.name, QStringLiteral("eng-platform"));
        QCOMPARE(edited.value.description, QString());
        QVERIFY(db->admin()
                    .scalar(QStringLiteral("SELECT description FROM cost_centers WHERE name = "
                                           "'eng-platform'"))
                    .value.isNull());
        if (v242(engine)) {
            const QJsonObject a = lastAttributes(*db, QStringLiteral("cost_center.updated"), cc.id);
            QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("eng-platform"));
            QVERIFY(a.value(QStringLiteral("description")).isNull());
        }
        const auto stale = repo.update(current, QStringLiteral("eng-other"), {});
        QCOMPARE(stale.outcome.kind(), Outcome::Kind::Conflict);
        QCOMPARE(stale.outcome.message(),
                 QStringLiteral("Cost center eng-ops was changed by someone else since you "
                                "opened it."));
        QCOMPARE(repo.update(edited.value, QStringLiteral("fin-ops"), {}).outcome.message(),
                 QStringLiteral("Cost center 'FIN-Ops' already exists"));

        // Remove the projects, then delete: soft, gone from the list, name kept taken.
        const auto removed = repo.removeProjects(
            edited.value, {QStringLiteral("alpha-app"), QStringLiteral("beta-app")});
        QCOMPARE(removed.value, 2);
        QVERIFY(costCenterOf(*db, QStringLiteral("alpha-app")).isEmpty());
        if (v242(engine))
            QVERIFY(
                lastAttributes(*db, QStringLiteral("project.updated"), QStringLiteral("beta-app"))
                    .value(QStringLiteral("cost_center_id"))
                    .isNull());
        const CostCenterRecord fresh = repo.findById(cc.id).value;
        const Outcome deleted = repo.remove(fresh);
        QVERIFY2(deleted.isOk(), qPrintable(deleted.fullText()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cost_centers WHERE name = "
                                           "'eng-platform' AND deleted_at IS NOT NULL")),
                 1);
        QCOMPARE(repo.list().value.size(), 1);
        QCOMPARE(repo.findById(cc.id).outcome.kind(), Outcome::Kind::NotFound);
        // The deleted project still points at it: the row had to stay.
        QCOMPARE(costCenterOf(*db, QStringLiteral("gone-app")), cc.id);
        const auto again = repo.create(QStringLiteral("eng-platform"), {});
        QCOMPARE(again.outcome.message(),
                 QStringLiteral("Cost center 'eng-platform' already exists"));
        QVERIFY(again.outcome.details().contains(QStringLiteral("deleted")));
        if (v242(engine))
            QCOMPARE(count(*db,
                           QStringLiteral("SELECT count(*) FROM activity_events WHERE "
                                          "event_type = 'cost_center.deleted' AND "
                                          "entity_id = ?"),
                           {cc.id}),
                     1);

        // A user who is not an administrator changes nothing.
        auto plain = db->session(QStringLiteral("plain@example.com"));
        CostCenterRepository asPlain(*plain);
        QCOMPARE(asPlain.create(QStringLiteral("ops-team"), {}).outcome.kind(),
                 Outcome::Kind::ReadOnly);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cost_centers WHERE name = "
                                           "'ops-team'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TstCostCenterRepository)
#include "tst_costcenterrepository.moc"
