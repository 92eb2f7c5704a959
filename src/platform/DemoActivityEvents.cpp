#include "DemoActivityEvents.h"

#include "BatchInsert.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace codemie {

namespace {
QStringList column(const PlatformDatabase &db, const QString &sql, Outcome &o)
{
    QStringList values;
    if (!o)
        return values;
    QSqlQuery q = db.newQuery();
    o = db.exec(q, sql);
    while (o && q.next())
        values << q.value(0).toString();
    return values;
}

QByteArray json(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A version-4-shaped UUID from the generator (deterministic for a seed).
QString uuid(QRandomGenerator &rng)
{
    const quint64 a = rng.generate64();
    const quint64 b = rng.generate64();
    const QString hex =
        QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(13, 3), hex.mid(17, 3), hex.mid(20, 12));
}
} // namespace

Result<int> DemoActivityEvents::generate(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                         quint32 seed, const QDateTime &from, const QDateTime &to,
                                         int count)
{
    Result<int> r;
    if (!caps.hasActivityEvents || count <= 0)
        return r;
    Outcome &o = r.outcome;
    const QStringList users =
        column(db, QStringLiteral("SELECT id FROM users ORDER BY id LIMIT 2000"), o);
    const QStringList admins =
        column(db,
               QStringLiteral("SELECT id FROM users WHERE %1 = %2 ORDER BY id")
                   .arg(caps.hasAdminColumn ? QStringLiteral("is_admin")
                                            : QStringLiteral("is_super_admin"),
                        db.boolLiteral(true)),
               o);
    const QStringList projects = column(
        db,
        QStringLiteral("SELECT name FROM applications WHERE project_type = 'shared' ORDER BY name "
                       "LIMIT 1000"),
        o);
    const QStringList budgets =
        caps.hasGlobalBudgets
            ? column(db, QStringLiteral("SELECT budget_id FROM budgets ORDER BY budget_id"), o)
            : QStringList();
    const QStringList centers =
        caps.hasCostCenters
            ? column(db,
                     QStringLiteral("SELECT CAST(id AS VARCHAR(64)) FROM cost_centers ORDER BY 1"),
                     o)
            : QStringList();
    if (!o || users.isEmpty() || projects.isEmpty())
        return r;

    QRandomGenerator rng(seed);
    auto pick = [&rng](const QStringList &from_) {
        return from_.at(int(rng.bounded(qsizetype(from_.size()))));
    };
    BatchInsert events(
        db, QStringLiteral("activity_events"),
        {QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("event_type"),
         QStringLiteral("entity_type"), QStringLiteral("entity_id"), QStringLiteral("actor_id"),
         QStringLiteral("attributes"), QStringLiteral("created_at")},
        {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
         QStringLiteral("?"), QStringLiteral("?"), db.jsonParameter(), QStringLiteral("?")});
    const QVariant none(QMetaType::fromType<QString>());
    const qint64 spanMs = qMax<qint64>(1, from.msecsTo(to));
    const QString um = QStringLiteral("user_management");
    const QString pm = QStringLiteral("project_management");
    const QString bm = QStringLiteral("budget_management");
    int written = 0;
    while (o && written < count) {
        // A bulk operation (an import, a bulk assignment) writes a run of
        // events on one instant; single edits stand alone.
        const int run = rng.bounded(10) == 0 ? 2 + int(rng.bounded(20)) : 1;
        const qint64 offset = spanMs * written / count + qint64(rng.bounded(60000));
        const QVariant at = PlatformDatabase::utcValue(from.addMSecs(qMin(offset, spanMs)));
        const QString actor = admins.isEmpty() ? QString() : pick(admins);
        const int kind = int(rng.bounded(100));
        for (int k = 0; o && k < run && written < count; ++k, ++written) {
            const QString user = pick(users);
            const QString project = pick(projects);
            QString domain = um, type, entityType = QStringLiteral("user"), entityId = user;
            QJsonObject a;
            QVariant actorValue = actor.isEmpty() ? none : QVariant(actor);
            if (run > 1 || kind < 30) {
                type = QStringLiteral("user.project.assigned");
                a = {{QStringLiteral("project_name"), project},
                     {QStringLiteral("is_project_admin"), rng.bounded(8) == 0}};
            } else if (kind < 40) {
                type = QStringLiteral("user.created");
                a = {{QStringLiteral("auth_source"), QStringLiteral("keycloak")}};
                actorValue = none; // first IdP login
            } else if (kind < 50) {
                type = QStringLiteral("user.updated");
                a = rng.bounded(2)
                        ? QJsonObject{{QStringLiteral("user_type"), QStringLiteral("external")}}
                        : QJsonObject{{QStringLiteral("project_limit"), int(rng.bounded(2, 10))}};
            } else if (kind < 56) {
                type = QStringLiteral("user.project.role_updated");
                a = {{QStringLiteral("project_name"), project},
                     {QStringLiteral("is_project_admin"), rng.bounded(2) == 0}};
            } else if (kind < 62) {
                type = QStringLiteral("user.project.removed");
                a = {{QStringLiteral("project_name"), project}};
            } else if (kind < 64) {
                type = QStringLiteral("user.deactivated");
            } else if (kind < 72) {
                domain = pm;
                type = QStringLiteral("project.updated");
                entityType = QStringLiteral("project");
                entityId = project;
                a = !centers.isEmpty() && rng.bounded(3) == 0
                        ? QJsonObject{{QStringLiteral("cost_center_id"), pick(centers)}}
                        : QJsonObject{{QStringLiteral("description"),
                                       QStringLiteral("Updated description of %1").arg(project)}};
            } else if (kind < 78) {
                domain = pm;
                type = QStringLiteral("project.created");
                entityType = QStringLiteral("project");
                entityId = project;
            } else if (kind < 80) {
                domain = pm;
                type = QStringLiteral("cost_center.updated");
                entityType = QStringLiteral("cost_center");
                entityId = centers.isEmpty() ? project : pick(centers);
                a = {{QStringLiteral("description"), QStringLiteral("Reviewed by finance")}};
            } else if (!budgets.isEmpty() && kind < 90) {
                domain = bm;
                const QString budget = pick(budgets);
                type = QStringLiteral("budget.user_assignment.created");
                entityType = QStringLiteral("user_budget_assignment");
                a = {{QStringLiteral("budget_id"), budget},
                     {QStringLiteral("category"), QStringLiteral("platform")}};
            } else if (!budgets.isEmpty()) {
                domain = bm;
                type = QStringLiteral("budget.updated");
                entityType = QStringLiteral("budget");
                entityId = pick(budgets);
                a = {{QStringLiteral("max_budget"), double(rng.bounded(50, 500)) * 10.0}};
            } else {
                type = QStringLiteral("user.login");
            }
            o = events.add({uuid(rng), domain, type, entityType, entityId, actorValue,
                            a.isEmpty() ? none : QVariant(json(a)), at});
        }
    }
    if (o)
        o = events.flush();
    r.value = o ? events.total() : 0;
    return r;
}

} // namespace codemie
