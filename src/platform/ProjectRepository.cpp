#include "ProjectRepository.h"

#include "AuditTrail.h"
#include "MembershipWriter.h"
#include "PlatformSession.h"
#include "ProjectRules.h"
#include "SqlText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)
};
QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
} // namespace

ProjectRepository::ProjectRepository(PlatformSession &session)
    : m_session(session)
{}

QString ProjectRepository::selectColumns() const
{
    const SchemaCapabilities &caps = m_session.caps();
    const QString t = m_session.db().boolLiteral(true);
    return QStringLiteral(
               "a.name, %1, a.description, a.project_type, a.created_by, "
               "(SELECT cu.email FROM users cu WHERE cu.id = a.created_by), %2, %3, a.date, "
               "a.update_date, a.deleted_at, "
               "(SELECT count(*) FROM user_projects m WHERE m.project_name = a.name), "
               "(SELECT count(*) FROM user_projects m WHERE m.project_name = a.name AND "
               "m.is_project_admin = %4)")
        .arg(caps.hasDisplayName ? QStringLiteral("a.display_name") : QStringLiteral("NULL"),
             caps.hasCostCenters ? QStringLiteral("CAST(a.cost_center_id AS VARCHAR(64))")
                                 : QStringLiteral("NULL"),
             caps.hasCostCenters ? QStringLiteral("(SELECT cc.name FROM cost_centers cc WHERE "
                                                  "cc.id = a.cost_center_id)")
                                 : QStringLiteral("NULL"),
             t);
}

ProjectRecord ProjectRepository::fromQuery(const QSqlQuery &q) const
{
    ProjectRecord p;
    p.name = q.value(0).toString();
    p.displayName = q.value(1).toString();
    p.description = q.value(2).toString();
    p.projectType = q.value(3).toString();
    p.createdBy = q.value(4).toString();
    p.createdByEmail = q.value(5).toString();
    p.costCenterId = q.value(6).toString();
    p.costCenterName = q.value(7).toString();
    p.created = PlatformDatabase::toUtc(q.value(8));
    p.updated = PlatformDatabase::toUtc(q.value(9));
    p.deletedAt = PlatformDatabase::toUtc(q.value(10));
    p.memberCount = q.value(11).toInt();
    p.adminCount = q.value(12).toInt();
    return p;
}

Result<int> ProjectRepository::count(const ProjectQuery &query) const
{
    Result<int> r;
    QStringList where{QStringLiteral("a.deleted_at IS NULL")};
    QVariantList params;
    if (!query.search.trimmed().isEmpty()) {
        const QString pattern = SqlText::containsPattern(query.search.trimmed());
        where << (m_session.caps().hasDisplayName
                      ? QStringLiteral("(lower(a.name) LIKE ? ESCAPE '\\' OR "
                                       "lower(coalesce(a.display_name, '')) LIKE ? ESCAPE '\\')")
                      : QStringLiteral("(lower(a.name) LIKE ? ESCAPE '\\' OR ? = '')"));
        params << pattern << pattern;
    }
    if (query.type != ProjectQuery::Type::Any) {
        where << QStringLiteral("a.project_type = ?");
        params << (query.type == ProjectQuery::Type::Personal ? QStringLiteral("personal")
                                                              : QStringLiteral("shared"));
    }
    if (!query.costCenterId.isEmpty() && m_session.caps().hasCostCenters) {
        where << QStringLiteral("CAST(a.cost_center_id AS VARCHAR(64)) = ?");
        params << query.costCenterId;
    }
    const auto v =
        m_session.db().scalar(QStringLiteral("SELECT count(*) FROM applications a WHERE ") +
                                  where.join(QStringLiteral(" AND ")),
                              params);
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<QList<ProjectRecord>> ProjectRepository::page(const ProjectQuery &query) const
{
    Result<QList<ProjectRecord>> r;
    QStringList where{QStringLiteral("a.deleted_at IS NULL")};
    QVariantList params;
    if (!query.search.trimmed().isEmpty()) {
        const QString pattern = SqlText::containsPattern(query.search.trimmed());
        where << (m_session.caps().hasDisplayName
                      ? QStringLiteral("(lower(a.name) LIKE ? ESCAPE '\\' OR "
                                       "lower(coalesce(a.display_name, '')) LIKE ? ESCAPE '\\')")
                      : QStringLiteral("(lower(a.name) LIKE ? ESCAPE '\\' OR ? = '')"));
        params << pattern << pattern;
    }
    if (query.type != ProjectQuery::Type::Any) {
        where << QStringLiteral("a.project_type = ?");
        params << (query.type == ProjectQuery::Type::Personal ? QStringLiteral("personal")
                                                              : QStringLiteral("shared"));
    }
    if (!query.costCenterId.isEmpty() && m_session.caps().hasCostCenters) {
        where << QStringLiteral("CAST(a.cost_center_id AS VARCHAR(64)) = ?");
        params << query.costCenterId;
    }
    QString key;
    switch (query.sortKey) {
    case ProjectQuery::SortKey::Name:
        key = QStringLiteral("lower(a.name)");
        break;
    case ProjectQuery::SortKey::Created:
        key = QStringLiteral("a.date");
        break;
    case ProjectQuery::SortKey::Members:
        key = QStringLiteral("(SELECT count(*) FROM user_projects sm WHERE sm.project_name = "
                             "a.name)");
        break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT ") + selectColumns() +
        QStringLiteral(" FROM applications a WHERE ") + where.join(QStringLiteral(" AND ")) +
        QStringLiteral(" ORDER BY (%1 IS NULL), %1%2, a.name%2 LIMIT ? OFFSET ?").arg(key, dir);
    params << qMax(0, query.limit) << qMax(0, query.offset);
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next())
        r.value << fromQuery(q);
    return r;
}

Result<ProjectRecord> ProjectRepository::findOne(const QString &condition, const QVariant &value,
                                                 bool forUpdate) const
{
    Result<ProjectRecord> r;
    QString sql = QStringLiteral("SELECT ") + selectColumns() +
                  QStringLiteral(" FROM applications a WHERE ") + condition +
                  QStringLiteral(" ORDER BY a.deleted_at IS NOT NULL, a.name LIMIT 1");
    if (forUpdate && m_session.db().isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF a");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, {value});
    if (!r.outcome)
        return r;
    if (!q.next()) {
        r.outcome =
            Outcome::failure(Outcome::Kind::NotFound, Tr::tr("Project not found"), {}, {}, 404);
        return r;
    }
    r.value = fromQuery(q);
    return r;
}

Result<ProjectRecord> ProjectRepository::findByName(const QString &name) const
{
    // Projects are looked up by id, which the platform keeps equal to the
    // name: the primary key serves it; name has only a trigram index.
    return findOne(QStringLiteral("a.id = ? AND a.deleted_at IS NULL"), name, false);
}

Result<ProjectRecord> ProjectRepository::findByNameInsensitive(const QString &name) const
{
    return findOne(QStringLiteral("lower(a.name) = lower(?)"), name, false);
}

Result<QList<CostCenter>> ProjectRepository::costCenters() const
{
    Result<QList<CostCenter>> r;
    if (!m_session.caps().hasCostCenters)
        return r;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q, QStringLiteral("SELECT CAST(cc.id AS VARCHAR(64)), cc.name, cc.description, (SELECT "
                          "count(*) FROM applications a WHERE a.cost_center_id = cc.id AND "
                          "a.deleted_at IS NULL) FROM cost_centers cc WHERE cc.deleted_at IS "
                          "NULL ORDER BY lower(cc.name)"));
    while (r.outcome && q.next())
        r.value << CostCenter{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt()};
    return r;
}

Result<ProjectRecord> ProjectRepository::createShared(const QString &rawName,
                                                      const QString &description,
                                                      const QString &displayName,
                                                      const QString &costCenterId)
{
    Result<ProjectRecord> r;
    const QString name = rawName.trimmed();
    for (const Outcome &check : {m_session.requireWritable(), ProjectRules::validateName(name),
                                 ProjectRules::validateDescription(description),
                                 ProjectRules::validateDisplayName(displayName)}) {
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
        // Serialise creators of the same name (case-insensitively) for this transaction.
        r.outcome =
            db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(lower(?)))"), {name});
        if (!r.outcome)
            return r;
    }
    const auto existing = findByNameInsensitive(name);
    if (existing.outcome) {
        r.outcome = ProjectRules::duplicateNameOutcome(existing.value.name);
        return r;
    }
    if (existing.outcome.kind() != Outcome::Kind::NotFound) {
        r.outcome = existing.outcome;
        return r;
    }
    const SchemaCapabilities &caps = m_session.caps();
    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    QStringList columns{QStringLiteral("id"),         QStringLiteral("name"),
                        QStringLiteral("date"),       QStringLiteral("update_date"),
                        QStringLiteral("git_repos"),  QStringLiteral("project_type"),
                        QStringLiteral("created_by"), QStringLiteral("description")};
    QStringList values{QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                       QStringLiteral("?"), db.jsonParameter(),  QStringLiteral("?"),
                       QStringLiteral("?"), QStringLiteral("?")};
    QVariantList params{name,
                        name,
                        now,
                        now,
                        QStringLiteral("[]"),
                        QStringLiteral("shared"),
                        m_session.actor().id,
                        description};
    if (caps.hasDisplayName) {
        columns << QStringLiteral("display_name");
        values << QStringLiteral("?");
        params << textOrNull(displayName.trimmed());
    }
    if (caps.hasCostCenters && !costCenterId.isEmpty()) {
        columns << QStringLiteral("cost_center_id");
        values << (db.isPostgres() ? QStringLiteral("CAST(? AS uuid)") : QStringLiteral("?"));
        params << costCenterId;
    }
    r.outcome =
        db.exec(QStringLiteral("INSERT INTO applications (%1) VALUES (%2)")
                    .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))),
                params);
    if (!r.outcome)
        return r;
    // The creator becomes the project's admin.
    r.outcome = AuditTrail(db, caps, m_session.actor().id)
                    .projectEvent(QStringLiteral("project.created"), name);
    if (r.outcome)
        r.outcome = MembershipWriter(db, caps, m_session.actor().id)
                        .assign(m_session.actor().id, name, true);
    if (!r.outcome)
        return r;
    const auto created = findByName(name);
    r.outcome = created.outcome ? tx.commit() : created.outcome;
    r.value = created.value;
    return r;
}

bool ProjectRepository::sameAsRead(const ProjectRecord &a, const ProjectRecord &b) const
{
    return a.name == b.name && a.displayName == b.displayName && a.description == b.description &&
           a.projectType == b.projectType && a.costCenterId == b.costCenterId &&
           a.updated == b.updated && a.deletedAt == b.deletedAt;
}

Result<ProjectRecord> ProjectRepository::update(const ProjectRecord &expected,
                                                const ProjectChange &change)
{
    Result<ProjectRecord> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    const PlatformDatabase &db = m_session.db();
    const SchemaCapabilities &caps = m_session.caps();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    const auto current =
        findOne(QStringLiteral("a.id = ? AND a.deleted_at IS NULL"), expected.name, true);
    if (!current.outcome) {
        r.outcome = current.outcome;
        return r;
    }
    if (!sameAsRead(current.value, expected)) {
        r.outcome = Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("Project %1 was changed by someone else since you opened it.")
                .arg(expected.name),
            Tr::tr("Nothing was saved."), Tr::tr("Reload the project and make the change again."));
        return r;
    }
    const ProjectRecord &before = current.value;
    QStringList sets;
    QVariantList params;
    QJsonObject changed;
    QString newName = before.name;
    if (change.name && change.name->trimmed() != before.name) {
        newName = change.name->trimmed();
        for (const Outcome &check : {ProjectRules::checkRename(before, before.memberCount),
                                     ProjectRules::validateName(newName)}) {
            if (!check) {
                r.outcome = check;
                return r;
            }
        }
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(q,
                            QStringLiteral("SELECT name FROM applications WHERE lower(name) = "
                                           "lower(?) AND name <> ?"),
                            {newName, before.name});
        if (!r.outcome)
            return r;
        if (q.next()) {
            r.outcome = ProjectRules::duplicateNameOutcome(q.value(0).toString());
            return r;
        }
        sets << QStringLiteral("id = ?") << QStringLiteral("name = ?");
        params << newName << newName;
        changed.insert(QStringLiteral("name"), newName);
    }
    if (change.description && *change.description != before.description) {
        r.outcome = ProjectRules::validateDescription(*change.description);
        if (!r.outcome)
            return r;
        sets << QStringLiteral("description = ?");
        params << *change.description;
        changed.insert(QStringLiteral("description"), *change.description);
    }
    if (change.displayName && caps.hasDisplayName &&
        change.displayName->trimmed() != before.displayName) {
        r.outcome = ProjectRules::validateDisplayName(*change.displayName);
        if (!r.outcome)
            return r;
        sets << QStringLiteral("display_name = ?");
        params << textOrNull(change.displayName->trimmed());
        changed.insert(QStringLiteral("display_name"), change.displayName->trimmed());
    }
    if (change.costCenterId && caps.hasCostCenters && *change.costCenterId != before.costCenterId) {
        sets << (db.isPostgres() ? QStringLiteral("cost_center_id = CAST(? AS uuid)")
                                 : QStringLiteral("cost_center_id = ?"));
        params << textOrNull(*change.costCenterId);
        changed.insert(QStringLiteral("cost_center_id"), *change.costCenterId);
    }
    if (sets.isEmpty()) {
        r.value = before;
        return r;
    }
    sets << QStringLiteral("update_date = ?");
    params << PlatformDatabase::utcValue(PlatformDatabase::nowUtc()) << before.name;
    r.outcome = db.exec(QStringLiteral("UPDATE applications SET ") +
                            sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                        params);
    if (!r.outcome)
        return r;
    r.outcome = AuditTrail(db, caps, m_session.actor().id)
                    .projectEvent(QStringLiteral("project.updated"), newName, changed);
    if (!r.outcome)
        return r;
    const auto after = findByName(newName);
    r.outcome = after.outcome ? tx.commit() : after.outcome;
    r.value = after.value;
    return r;
}

Result<QStringList> ProjectRepository::resourceCounts(const QString &projectName) const
{
    // Platform resources that block deletion. Each is counted where its
    // table exists in this database; the platform keeps the project's name in
    // a `project` column on these tables.
    Result<QStringList> r;
    const PlatformDatabase &db = m_session.db();
    static const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("assistants"), QStringLiteral("assistants")},
        {QStringLiteral("workflows"), QStringLiteral("workflows")},
        {QStringLiteral("skills"), QStringLiteral("skills")},
        {QStringLiteral("index_info"), QStringLiteral("datasources")},
        {QStringLiteral("settings"), QStringLiteral("integrations")},
    };
    for (const auto &[table, label] : tables) {
        bool hasProjectColumn = false;
        if (db.isPostgres()) {
            const auto c = db.scalar(QStringLiteral("SELECT count(*) FROM "
                                                    "information_schema.columns WHERE "
                                                    "table_schema = ? AND table_name = ? AND "
                                                    "column_name = 'project_name'"),
                                     {db.settings().schema, table});
            hasProjectColumn = c.isOk() && c.value.toInt() > 0;
        } else {
            const auto c = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) "
                                                    "WHERE name = 'project_name'"),
                                     {table});
            hasProjectColumn = c.isOk() && c.value.toInt() > 0;
        }
        if (!hasProjectColumn)
            continue;
        const auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE project_name = ?")
                                     .arg(db.quotedIdentifier(table)),
                                 {projectName});
        if (!n.outcome) {
            r.outcome = n.outcome;
            return r;
        }
        if (n.value.toInt() > 0)
            r.value << QStringLiteral("%1: %2").arg(label).arg(n.value.toInt());
    }
    return r;
}

Outcome ProjectRepository::remove(const ProjectRecord &expected)
{
    Outcome o = m_session.requireWritable();
    if (!o)
        return o;
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    const auto current =
        findOne(QStringLiteral("a.id = ? AND a.deleted_at IS NULL"), expected.name, true);
    if (!current.outcome)
        return current.outcome;
    if (!sameAsRead(current.value, expected))
        return Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("Project %1 was changed by someone else since you opened it.")
                .arg(expected.name),
            Tr::tr("Nothing was deleted."), Tr::tr("Reload the project and try again."));
    const auto others = db.scalar(QStringLiteral("SELECT count(*) FROM user_projects WHERE "
                                                 "project_name = ? AND user_id <> coalesce(?, '')"),
                                  {expected.name, current.value.createdBy});
    if (!others.outcome)
        return others.outcome;
    const auto resources = resourceCounts(expected.name);
    if (!resources.outcome)
        return resources.outcome;
    // 2.19.0 did not check members before deleting; 2.20.0 and later do.
    const bool checksMembers = m_session.schema().revision != PlatformReleaseMap::head2190();
    o = ProjectRules::checkDelete(current.value, others.value.toInt(), checksMembers,
                                  resources.value);
    if (!o)
        return o;
    o = db.exec(QStringLiteral("DELETE FROM applications WHERE id = ?"), {expected.name});
    if (!o)
        return o;
    o = AuditTrail(db, m_session.caps(), m_session.actor().id)
            .projectEvent(QStringLiteral("project.deleted"), expected.name);
    if (!o)
        return o;
    return tx.commit();
}

} // namespace codemie
