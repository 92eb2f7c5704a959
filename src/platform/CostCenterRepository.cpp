#include "CostCenterRepository.h"

#include "AuditTrail.h"
#include "CostCenterRules.h"
#include "PlatformSession.h"
#include "SqlText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CostCenterRepository)
};
QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
QJsonValue jsonTextOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

CostCenterRepository::CostCenterRepository(PlatformSession &session)
    : m_session(session)
{}

QString CostCenterRepository::unavailableReason() const
{
    if (!m_session.caps().hasCostCenters)
        return Tr::tr("Cost centers arrive with platform 2.19; this database's schema has no "
                      "cost_centers table.");
    return {};
}

QString CostCenterRepository::idParameter() const
{
    return m_session.db().isPostgres() ? QStringLiteral("CAST(? AS uuid)") : QStringLiteral("?");
}

QString CostCenterRepository::selectColumns() const
{
    return QStringLiteral(
        "CAST(cc.id AS VARCHAR(64)), cc.name, cc.description, "
        "(SELECT count(*) FROM applications a WHERE a.cost_center_id = cc.id AND "
        "a.deleted_at IS NULL), cc.created_by, "
        "(SELECT cu.email FROM users cu WHERE cu.id = cc.created_by), cc.date, cc.update_date");
}

CostCenterRecord CostCenterRepository::fromQuery(const QSqlQuery &q) const
{
    CostCenterRecord c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.description = q.value(2).toString();
    c.projectCount = q.value(3).toInt();
    c.createdBy = q.value(4).toString();
    c.createdByEmail = q.value(5).toString();
    c.created = PlatformDatabase::toUtc(q.value(6));
    c.updated = PlatformDatabase::toUtc(q.value(7));
    return c;
}

Result<QList<CostCenterRecord>> CostCenterRepository::list(const QString &search) const
{
    Result<QList<CostCenterRecord>> r;
    if (!available())
        return r;
    QString sql = QStringLiteral("SELECT ") + selectColumns() +
                  QStringLiteral(" FROM cost_centers cc WHERE cc.deleted_at IS NULL");
    QVariantList params;
    if (!search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (lower(cc.name) LIKE ? ESCAPE '\\' OR "
                              "lower(coalesce(cc.description, '')) LIKE ? ESCAPE '\\')");
        const QString pattern = SqlText::containsPattern(search.trimmed());
        params << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY lower(cc.name)");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next())
        r.value << fromQuery(q);
    return r;
}

Result<CostCenterRecord> CostCenterRepository::findOne(const QString &id, bool forUpdate) const
{
    Result<CostCenterRecord> r;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::NotFound, reason);
        return r;
    }
    if (m_session.db().isPostgres() && QUuid::fromString(id).isNull()) {
        r.outcome =
            Outcome::failure(Outcome::Kind::NotFound, Tr::tr("Cost center not found"), {}, {}, 404);
        return r;
    }
    QString sql = QStringLiteral("SELECT ") + selectColumns() +
                  QStringLiteral(" FROM cost_centers cc WHERE cc.id = %1 AND cc.deleted_at IS "
                                 "NULL")
                      .arg(idParameter());
    if (forUpdate && m_session.db().isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF cc");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, {id});
    if (!r.outcome)
        return r;
    if (!q.next()) {
        r.outcome =
            Outcome::failure(Outcome::Kind::NotFound, Tr::tr("Cost center not found"), {}, {}, 404);
        return r;
    }
    r.value = fromQuery(q);
    return r;
}

Result<CostCenterRecord> CostCenterRepository::findById(const QString &id) const
{
    return findOne(id, false);
}

Result<QList<CostCenterProject>> CostCenterRepository::projects(const QString &costCenterId) const
{
    Result<QList<CostCenterProject>> r;
    if (!available())
        return r;
    const bool display = m_session.caps().hasDisplayName;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT a.name, %1 FROM applications a WHERE a.cost_center_id = %2 AND "
                       "a.deleted_at IS NULL ORDER BY lower(a.name), a.name")
            .arg(display ? QStringLiteral("a.display_name") : QStringLiteral("NULL"),
                 idParameter()),
        {costCenterId});
    while (r.outcome && q.next())
        r.value << CostCenterProject{
            q.value(0).toString(), q.value(1).toString(), costCenterId, {}};
    return r;
}

Result<QList<CostCenterProject>> CostCenterRepository::candidates(const QString &costCenterId,
                                                                  const QString &search,
                                                                  int limit) const
{
    Result<QList<CostCenterProject>> r;
    if (!available())
        return r;
    const bool display = m_session.caps().hasDisplayName;
    QString sql =
        QStringLiteral("SELECT a.name, %1, CAST(a.cost_center_id AS VARCHAR(64)), cc.name FROM "
                       "applications a LEFT JOIN cost_centers cc ON cc.id = a.cost_center_id "
                       "WHERE a.deleted_at IS NULL AND (a.cost_center_id IS NULL OR "
                       "a.cost_center_id <> %2)")
            .arg(display ? QStringLiteral("a.display_name") : QStringLiteral("NULL"),
                 idParameter());
    QVariantList params{costCenterId};
    if (!search.trimmed().isEmpty()) {
        const QString pattern = SqlText::containsPattern(search.trimmed());
        sql += display ? QStringLiteral(" AND (lower(a.name) LIKE ? ESCAPE '\\' OR "
                                        "lower(coalesce(a.display_name, '')) LIKE ? ESCAPE '\\')")
                       : QStringLiteral(" AND (lower(a.name) LIKE ? ESCAPE '\\' OR ? = '')");
        params << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY lower(a.name), a.name LIMIT ?");
    params << qMax(1, limit);
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next())
        r.value << CostCenterProject{q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()};
    return r;
}

Outcome CostCenterRepository::checkName(const QString &name, const QString &exceptId) const
{
    // The unique index is on lower(name) over every row, deleted ones included.
    QString sql = QStringLiteral("SELECT name, deleted_at FROM cost_centers WHERE lower(name) = "
                                 "lower(?)");
    QVariantList params{name};
    if (!exceptId.isEmpty()) {
        sql += QStringLiteral(" AND id <> %1").arg(idParameter());
        params << exceptId;
    }
    sql += QStringLiteral(" LIMIT 1");
    QSqlQuery q = m_session.db().newQuery();
    const Outcome o = m_session.db().exec(q, sql, params);
    if (!o)
        return o;
    if (q.next())
        return CostCenterRules::duplicateNameOutcome(q.value(0).toString(), !q.value(1).isNull());
    return Outcome::ok();
}

Outcome CostCenterRepository::changedOutcome(const CostCenterRecord &expected,
                                             const QString &what) const
{
    return Outcome::failure(
        Outcome::Kind::Conflict,
        Tr::tr("Cost center %1 was changed by someone else since you opened it.")
            .arg(expected.name),
        what, Tr::tr("Reload the list and make the change again."));
}

Result<CostCenterRecord> CostCenterRepository::create(const QString &rawName,
                                                      const QString &description)
{
    Result<CostCenterRecord> r;
    const QString name = CostCenterRules::normalisedName(rawName);
    for (const Outcome &check :
         {Outcome(available() ? Outcome::ok()
                              : Outcome::failure(Outcome::Kind::Refused, unavailableReason())),
          m_session.requireWritable(), CostCenterRules::validateName(name),
          CostCenterRules::validateDescription(description)}) {
        if (!check) {
            r.outcome = check;
            return r;
        }
    }
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    if (db.isPostgres()) {
        // Serialise creators of the same name (case-insensitively).
        r.outcome = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('cost_center:' "
                                           "|| lower(?)))"),
                            {name});
        if (!r.outcome)
            return r;
    }
    r.outcome = checkName(name, {});
    if (!r.outcome)
        return r;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    r.outcome = db.exec(QStringLiteral("INSERT INTO cost_centers (id, name, description, "
                                       "created_by, date, update_date) VALUES (%1, ?, ?, ?, ?, ?)")
                            .arg(idParameter()),
                        {id, name, textOrNull(description), m_session.actor().id, now, now});
    if (!r.outcome)
        return r;
    r.outcome =
        AuditTrail(db, m_session.caps(), m_session.actor().id)
            .record(QStringLiteral("project_management"), QStringLiteral("cost_center.created"),
                    QStringLiteral("cost_center"), id,
                    {{QStringLiteral("name"), name},
                     {QStringLiteral("description"), jsonTextOrNull(description)}});
    if (!r.outcome)
        return r;
    const auto created = findOne(id, false);
    r.outcome = created.outcome ? tx.commit() : created.outcome;
    r.value = created.value;
    return r;
}

Result<CostCenterRecord> CostCenterRepository::update(const CostCenterRecord &expected,
                                                      const QString &rawName,
                                                      const QString &description)
{
    Result<CostCenterRecord> r;
    const QString name = CostCenterRules::normalisedName(rawName);
    for (const Outcome &check : {m_session.requireWritable(), CostCenterRules::validateName(name),
                                 CostCenterRules::validateDescription(description)}) {
        if (!check) {
            r.outcome = check;
            return r;
        }
    }
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    const auto current = findOne(expected.id, true);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    const CostCenterRecord &before = current.value;
    if (before.name != expected.name || before.description != expected.description ||
        before.updated != expected.updated) {
        r.outcome = changedOutcome(expected, Tr::tr("Nothing was saved."));
        return r;
    }
    QStringList sets;
    QVariantList params;
    QJsonObject changed;
    if (name != before.name) {
        if (db.isPostgres()) {
            r.outcome = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext("
                                               "'cost_center:' || lower(?)))"),
                                {name});
            if (!r.outcome)
                return r;
        }
        r.outcome = checkName(name, before.id);
        if (!r.outcome)
            return r;
        sets << QStringLiteral("name = ?");
        params << name;
        changed.insert(QStringLiteral("name"), name);
    }
    if (description != before.description) {
        sets << QStringLiteral("description = ?");
        params << textOrNull(description);
        changed.insert(QStringLiteral("description"), jsonTextOrNull(description));
    }
    if (sets.isEmpty()) {
        r.value = before;
        return r;
    }
    sets << QStringLiteral("update_date = ?");
    params << PlatformDatabase::utcValue(PlatformDatabase::nowUtc()) << before.id;
    r.outcome = db.exec(QStringLiteral("UPDATE cost_centers SET %1 WHERE id = %2")
                            .arg(sets.join(QStringLiteral(", ")), idParameter()),
                        params);
    if (!r.outcome)
        return r;
    r.outcome =
        AuditTrail(db, m_session.caps(), m_session.actor().id)
            .record(QStringLiteral("project_management"), QStringLiteral("cost_center.updated"),
                    QStringLiteral("cost_center"), before.id, changed);
    if (!r.outcome)
        return r;
    const auto after = findOne(before.id, false);
    r.outcome = after.outcome ? tx.commit() : after.outcome;
    r.value = after.value;
    return r;
}

Outcome CostCenterRepository::remove(const CostCenterRecord &expected)
{
    Outcome o = m_session.requireWritable();
    if (!o)
        return o;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    const auto current = findOne(expected.id, true);
    if (!current.outcome)
        return current.outcome;
    if (current.value.name != expected.name || current.value.updated != expected.updated)
        return changedOutcome(expected, Tr::tr("Nothing was deleted."));
    // Projects joining meanwhile wait for this transaction: assignments lock
    // the cost center's row (and PostgreSQL's foreign-key check locks it too).
    const auto referencing = projects(expected.id);
    if (!referencing.outcome)
        return referencing.outcome;
    QStringList names;
    for (const CostCenterProject &p : referencing.value) {
        if (names.size() == 10)
            break;
        names << p.name;
    }
    o = CostCenterRules::checkDelete(names, int(referencing.value.size()));
    if (!o)
        return o;
    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    o = db.exec(QStringLiteral("UPDATE cost_centers SET deleted_at = ?, update_date = ? WHERE id "
                               "= %1")
                    .arg(idParameter()),
                {now, now, expected.id});
    if (!o)
        return o;
    o = AuditTrail(db, m_session.caps(), m_session.actor().id)
            .record(QStringLiteral("project_management"), QStringLiteral("cost_center.deleted"),
                    QStringLiteral("cost_center"), expected.id,
                    {{QStringLiteral("name"), expected.name}});
    if (!o)
        return o;
    return tx.commit();
}

Result<int> CostCenterRepository::setProjects(const CostCenterRecord &costCenter,
                                              const QStringList &projectNames, bool assign)
{
    Result<int> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    // The cost center must still exist (and stays locked until commit).
    const auto current = findOne(costCenter.id, true);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    AuditTrail audit(db, m_session.caps(), m_session.actor().id);
    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    for (const QString &name : projectNames) {
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(
            q,
            QStringLiteral("SELECT CAST(cost_center_id AS VARCHAR(64)) FROM applications WHERE id "
                           "= ? AND deleted_at IS NULL%1")
                .arg(db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
            {name});
        if (!r.outcome)
            return r;
        if (!q.next()) {
            r.outcome =
                Outcome::failure(Outcome::Kind::NotFound, Tr::tr("Project %1 not found").arg(name),
                                 Tr::tr("It was deleted meanwhile. Nothing was changed."),
                                 Tr::tr("Reload the list and try again."), 404);
            return r;
        }
        const QString currentId = q.value(0).toString();
        if (assign ? currentId == costCenter.id : currentId != costCenter.id)
            continue; // already so (or, for a removal, moved elsewhere meanwhile)
        r.outcome = db.exec(
            QStringLiteral("UPDATE applications SET cost_center_id = %1, update_date = ? WHERE id "
                           "= ?")
                .arg(assign ? idParameter() : QStringLiteral("NULL")),
            assign ? QVariantList{costCenter.id, now, name} : QVariantList{now, name});
        if (!r.outcome)
            return r;
        r.outcome = audit.projectEvent(
            QStringLiteral("project.updated"), name,
            {{QStringLiteral("cost_center_id"),
              assign ? QJsonValue(costCenter.id) : QJsonValue(QJsonValue::Null)}});
        if (!r.outcome)
            return r;
        ++r.value;
    }
    r.outcome = tx.commit();
    if (!r.outcome)
        r.value = 0;
    return r;
}

Result<int> CostCenterRepository::assignProjects(const CostCenterRecord &costCenter,
                                                 const QStringList &projectNames)
{
    return setProjects(costCenter, projectNames, true);
}

Result<int> CostCenterRepository::removeProjects(const CostCenterRecord &costCenter,
                                                 const QStringList &projectNames)
{
    return setProjects(costCenter, projectNames, false);
}

} // namespace codemie
