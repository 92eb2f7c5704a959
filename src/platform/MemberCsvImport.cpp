#include "MemberCsvImport.h"

#include "PlatformSession.h"
#include "SqlText.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MemberCsvImport)
};
constexpr int ChunkSize = 500;
} // namespace

MemberCsvImport::MemberCsvImport(PlatformSession &session, QString projectName)
    : m_session(session)
    , m_projectName(std::move(projectName))
{}

Result<QHash<QString, MemberCsvUser>> MemberCsvImport::findUsers(const QStringList &emails) const
{
    Result<QHash<QString, MemberCsvUser>> r;
    const PlatformDatabase &db = m_session.db();
    for (qsizetype start = 0; start < emails.size(); start += ChunkSize) {
        const QStringList chunk = emails.mid(start, ChunkSize);
        QVariantList params;
        for (const QString &email : chunk)
            params << email;
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(q,
                            QStringLiteral("SELECT lower(u.email), u.id, u.is_active, u.deleted_at "
                                           "FROM users u WHERE lower(u.email) IN (%1)")
                                .arg(SqlText::placeholders(int(chunk.size()))),
                            params);
        if (!r.outcome)
            return r;
        while (q.next()) {
            const QString email = q.value(0).toString();
            const MemberCsvUser user{q.value(1).toString(),
                                     q.value(2).toBool() && q.value(3).isNull()};
            // Two rows can differ only in case: an active one wins.
            if (!r.value.contains(email) || (user.active && !r.value.value(email).active))
                r.value.insert(email, user);
        }
    }
    return r;
}

Outcome MemberCsvImport::compareWithMembers(QList<MemberCsvRow> &rows) const
{
    QStringList ids;
    for (const MemberCsvRow &row : rows)
        if (!row.userId.isEmpty())
            ids << row.userId;
    QHash<QString, bool> roles;
    const PlatformDatabase &db = m_session.db();
    for (qsizetype start = 0; start < ids.size(); start += ChunkSize) {
        const QStringList chunk = ids.mid(start, ChunkSize);
        QVariantList params{m_projectName};
        for (const QString &id : chunk)
            params << id;
        QSqlQuery q = db.newQuery();
        const Outcome o = db.exec(q,
                                  QStringLiteral("SELECT user_id, is_project_admin FROM "
                                                 "user_projects WHERE project_name = ? AND user_id "
                                                 "IN (%1)")
                                      .arg(SqlText::placeholders(int(chunk.size()))),
                                  params);
        if (!o)
            return o;
        while (q.next())
            roles.insert(q.value(0).toString(), q.value(1).toBool());
    }
    for (MemberCsvRow &row : rows) {
        if (row.userId.isEmpty())
            row.action = MemberCsvRow::Action::Unknown;
        else if (!roles.contains(row.userId))
            row.action = MemberCsvRow::Action::Assign;
        else if (roles.value(row.userId) != row.isProjectAdmin)
            row.action = MemberCsvRow::Action::UpdateRole;
        else
            row.action = MemberCsvRow::Action::Unchanged;
    }
    return Outcome::ok();
}

Result<QList<MemberCsvRow>> MemberCsvImport::validate(const QByteArray &bytes) const
{
    auto r = MemberCsv::parse(bytes);
    if (!r.outcome)
        return r;
    ProjectRecord project;
    r.outcome = MemberBulkOperation(m_session).checkProject(m_projectName, &project);
    if (!r.outcome)
        return r;
    r.outcome = MemberCsv::resolveUsers(
        r.value, [this](const QStringList &emails) { return findUsers(emails); });
    if (r.outcome)
        r.outcome = compareWithMembers(r.value);
    return r;
}

Result<MemberBulkOperation::Summary> MemberCsvImport::import(const QByteArray &bytes)
{
    Result<MemberBulkOperation::Summary> r;
    r.outcome = m_session.requireWritable();
    if (!r.outcome)
        return r;
    auto parsed = MemberCsv::parse(bytes);
    if (!parsed.outcome) {
        r.outcome = parsed.outcome;
        return r;
    }
    const PlatformDatabase &db = m_session.db();
    WriteTransaction tx(db);
    if (!tx.beginOutcome()) {
        r.outcome = tx.beginOutcome();
        return r;
    }
    MemberBulkOperation bulk(m_session);
    ProjectRecord project;
    r.outcome = bulk.checkProject(m_projectName, &project);
    if (!r.outcome)
        return r;
    // Checked again inside the transaction: a user deactivated since the
    // preview stops the whole import.
    r.outcome = MemberCsv::resolveUsers(
        parsed.value, [this](const QStringList &emails) { return findUsers(emails); });
    if (!r.outcome)
        return r;
    const QStringList errors = MemberCsv::errorLines(parsed.value);
    if (!errors.isEmpty()) {
        QStringList shown = errors.mid(0, 20);
        if (errors.size() > shown.size())
            shown << Tr::tr("… and %n more row(s) with errors", nullptr,
                            int(errors.size() - shown.size()));
        r.outcome = Outcome::failure(
            Outcome::Kind::InvalidInput, Tr::tr("CSV validation failed"),
            shown.join(QLatin1Char('\n')),
            Tr::tr("Nothing was imported. Fix the file and import it again."), 422);
        return r;
    }
    QList<MemberAssignment> assignments;
    assignments.reserve(parsed.value.size());
    for (const MemberCsvRow &row : parsed.value)
        assignments << MemberAssignment{row.userId, row.isProjectAdmin};
    r = bulk.upsertInOpenTransaction(project, assignments);
    if (r.outcome)
        r.outcome = tx.commit();
    return r;
}

} // namespace codemie
