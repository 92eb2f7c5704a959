#include "ActivityRepository.h"

#include "PgCopy.h"
#include "PlatformSession.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlQuery>
#include <cstring>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)
};

// One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
// break or starts or ends with a space, quotes doubled.
void appendCsvField(QByteArray &out, const char *data, qsizetype size)
{
    bool quote = size > 0 && (data[0] == ' ' || data[size - 1] == ' ');
    for (qsizetype i = 0; !quote && i < size; ++i) {
        const char c = data[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        out.append(data, size);
        return;
    }
    out += '"';
    const char *run = data;
    const char *const end = data + size;
    for (const char *p = data; p != end; ++p)
        if (*p == '"') {
            out.append(run, p - run + 1);
            out += '"';
            run = p + 1;
        }
    out.append(run, end - run);
    out += '"';
}

void appendCsvField(QByteArray &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    appendCsvField(out, bytes.constData(), bytes.size());
}

// One row in COPY's text format (tab-separated, backslash escapes, \N for
// NULL, '\n' at the end) appended as a CSV line; `scratch` holds an
// unescaped value between calls, so that no row allocates.
void appendCopyRowAsCsv(QByteArray &out, const char *data, int size, QByteArray &scratch)
{
    const char *p = data;
    const char *end = data + size;
    if (end != p && end[-1] == '\n')
        --end;
    bool first = true;
    for (;;) {
        const char *fieldEnd = static_cast<const char *>(memchr(p, '\t', size_t(end - p)));
        if (!fieldEnd)
            fieldEnd = end;
        if (!first)
            out += ',';
        first = false;
        const qsizetype length = fieldEnd - p;
        if (length == 2 && p[0] == '\\' && p[1] == 'N') {
            // NULL: an empty field
        } else if (!memchr(p, '\\', size_t(length))) {
            appendCsvField(out, p, length);
        } else {
            scratch.resize(0);
            for (const char *q = p; q != fieldEnd; ++q) {
                if (*q != '\\' || q + 1 == fieldEnd) {
                    scratch += *q;
                    continue;
                }
                const char c = *++q;
                scratch += c == 'n'   ? '\n'
                           : c == 'r' ? '\r'
                           : c == 't' ? '\t'
                           : c == 'b' ? '\b'
                           : c == 'f' ? '\f'
                           : c == 'v' ? '\v'
                                      : c; // a backslash, or another escaped character
            }
            appendCsvField(out, scratch.constData(), scratch.size());
        }
        if (fieldEnd == end)
            break;
        p = fieldEnd + 1;
    }
    out += "\r\n";
}
} // namespace

ActivityRepository::ActivityRepository(PlatformSession &session)
    : m_session(session)
{}

QString ActivityRepository::unavailableReason() const
{
    if (!m_session.caps().hasActivityEvents)
        return Tr::tr("Activity events arrive with platform 2.40; this database's schema has no "
                      "activity_events table.");
    if (!m_session.hasActor() || !m_session.actor().isMaintainer ||
        m_session.actor().isDeactivated())
        return Tr::tr("Access denied. This page is for maintainers only.");
    return {};
}

QString ActivityRepository::orderExpression() const
{
    // The key the rows are ordered by, and compared with for the next page.
    // PostgreSQL: the timestamptz itself (its text keeps the microseconds).
    // SQLite keeps text in more than one format ("…T…Z" from the column
    // default, "… …" from writers); strftime() makes them comparable.
    return m_session.db().isPostgres()
               ? QStringLiteral("e.created_at")
               : QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', e.created_at)");
}

QString ActivityRepository::whereClause(const ActivityFilter &filter, QVariantList &params) const
{
    const PlatformDatabase &db = m_session.db();
    QStringList where;
    if (!filter.domains.isEmpty())
        where << db.anyOf(QStringLiteral("e.domain"), filter.domains, params);
    if (!filter.eventTypes.isEmpty())
        where << db.anyOf(QStringLiteral("e.event_type"), filter.eventTypes, params);
    if (!filter.entityTypes.isEmpty())
        where << db.anyOf(QStringLiteral("e.entity_type"), filter.entityTypes, params);
    const QString entityId = filter.entityId.trimmed();
    if (!entityId.isEmpty()) {
        where << QStringLiteral("e.entity_id = ?");
        params << entityId;
    }
    const QString actor = filter.actor.trimmed();
    if (actor.compare(QStringLiteral("system"), Qt::CaseInsensitive) == 0) {
        where << QStringLiteral("e.actor_id IS NULL");
    } else if (!actor.isEmpty()) {
        where << QStringLiteral("(e.actor_id = ? OR e.actor_id IN (SELECT au.id FROM users au "
                                "WHERE lower(au.email) = lower(?)))");
        params << actor << actor;
    }
    const QString key = orderExpression();
    const QString timeParam =
        db.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    if (filter.from.isValid()) {
        where << QStringLiteral("%1 >= %2").arg(key, timeParam);
        params << PlatformDatabase::utcValue(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("%1 < %2").arg(key, timeParam);
        params << PlatformDatabase::utcValue(filter.to);
    }
    return where.join(QStringLiteral(" AND "));
}

Result<ActivityEventPage> ActivityRepository::page(const ActivityFilter &filter,
                                                   const ActivityCursor &after, int limit) const
{
    Result<ActivityEventPage> r;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::Refused, reason, {}, {}, 403);
        return r;
    }
    const PlatformDatabase &db = m_session.db();
    const int pageSize = qMax(1, limit);
    QVariantList params;
    QString sql;
    const QString dir = filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString columns =
        QStringLiteral("SELECT e.id, e.domain, e.event_type, e.entity_type, e.entity_id, "
                       "e.actor_id, CAST(e.attributes AS TEXT), e.created_at, %1, u.name, u.email");
    if (db.isPostgres() && filter.entityId.trimmed().isEmpty()) {
        // The platform indexes (domain, created_at) but not created_at alone:
        // one branch per domain walks that index in order (ties put in id
        // order by an incremental sort) and stops after a page, instead of
        // sorting the whole log. A filter on the entity has its own index
        // and goes the plain way below.
        QStringList domains = filter.domains;
        if (domains.isEmpty()) {
            const auto d = this->domains();
            if (!d.outcome) {
                r.outcome = d.outcome;
                return r;
            }
            domains = d.value;
        }
        if (domains.isEmpty())
            return r; // an empty log
        ActivityFilter rest = filter;
        rest.domains.clear();
        const QString cmp = filter.newestFirst ? QStringLiteral("<") : QStringLiteral(">");
        QStringList branches;
        for (const QString &domain : std::as_const(domains)) {
            QStringList where{QStringLiteral("e.domain = ?")};
            params << domain;
            const QString others = whereClause(rest, params);
            if (!others.isEmpty())
                where << others;
            if (!after.isStart()) {
                // Row-wise (created_at, id) after the cursor, spelt so that
                // created_at bounds the index scan.
                where << QStringLiteral("e.created_at %1= CAST(? AS timestamptz) AND "
                                        "(e.created_at %1 CAST(? AS timestamptz) OR e.id %1 ?)")
                             .arg(cmp);
                params << after.orderKey << after.orderKey << after.id;
            }
            branches << QStringLiteral("(SELECT e.id, e.created_at FROM activity_events e WHERE "
                                       "%1 ORDER BY e.created_at %2, e.id %2 LIMIT ?)")
                            .arg(where.join(QStringLiteral(" AND ")), dir);
            params << pageSize + 1;
        }
        sql = columns.arg(QStringLiteral("CAST(e.created_at AS TEXT)")) +
              QStringLiteral(" FROM (%1) k JOIN activity_events e ON e.id = k.id LEFT JOIN users "
                             "u ON u.id = e.actor_id ORDER BY k.created_at %2, k.id %2 LIMIT ?")
                  .arg(branches.join(QStringLiteral(" UNION ALL ")), dir);
    } else {
        QStringList where;
        const QString filterSql = whereClause(filter, params);
        if (!filterSql.isEmpty())
            where << filterSql;
        const QString key = orderExpression();
        const QString cmp = filter.newestFirst ? QStringLiteral("<") : QStringLiteral(">");
        if (!after.isStart()) {
            where << QStringLiteral("(%1, e.id) %2 (%3, ?)")
                         .arg(key, cmp,
                              db.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)")
                                              : QStringLiteral("?"));
            params << after.orderKey << after.id;
        }
        const QString keyText =
            db.isPostgres() ? QStringLiteral("CAST(e.created_at AS TEXT)") : key;
        sql = columns.arg(keyText) +
              QStringLiteral(" FROM activity_events e LEFT JOIN users u ON u.id = e.actor_id");
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY %1 %2, e.id %2 LIMIT ?").arg(key, dir);
    }
    params << pageSize + 1; // one more row says whether another page follows
    QSqlQuery q = db.newQuery();
    q.setForwardOnly(true);
    r.outcome = db.exec(q, sql, params);
    while (r.outcome && q.next()) {
        if (r.value.rows.size() == pageSize) {
            r.value.more = true;
            break;
        }
        ActivityEvent e;
        e.id = q.value(0).toString();
        e.domain = q.value(1).toString();
        e.eventType = q.value(2).toString();
        e.entityType = q.value(3).toString();
        e.entityId = q.value(4).toString();
        e.actorId = q.value(5).toString();
        e.attributesJson = q.value(6).toString();
        e.createdAt = PlatformDatabase::toUtc(q.value(7));
        e.orderKey = q.value(8).toString();
        e.actorName = q.value(9).toString();
        e.actorEmail = q.value(10).toString();
        r.value.rows << e;
    }
    if (!r.value.rows.isEmpty())
        r.value.next = {r.value.rows.last().orderKey, r.value.rows.last().id};
    return r;
}

Result<QStringList> ActivityRepository::domains() const
{
    // The distinct domains by a few probes of the (domain, created_at)
    // index (a loose index scan), not a pass over the log.
    Result<QStringList> r;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q, QStringLiteral("WITH RECURSIVE d(domain) AS (SELECT min(domain) FROM activity_events "
                          "UNION ALL SELECT (SELECT min(a.domain) FROM activity_events a WHERE "
                          "a.domain > d.domain) FROM d WHERE d.domain IS NOT NULL) SELECT domain "
                          "FROM d WHERE domain IS NOT NULL"));
    while (r.outcome && q.next())
        r.value << q.value(0).toString();
    return r;
}

Result<int> ActivityRepository::countUpTo(const ActivityFilter &filter, int cap) const
{
    Result<int> r;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::Refused, reason, {}, {}, 403);
        return r;
    }
    QVariantList params;
    const QString filterSql = whereClause(filter, params);
    params << cap + 1;
    const auto v = m_session.db().scalar(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM activity_events e%1 LIMIT ?) t")
            .arg(filterSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filterSql),
        params);
    r.outcome = v.outcome;
    r.value = v.value.toInt();
    return r;
}

Result<ActivityFilterOptions> ActivityRepository::filterOptions() const
{
    Result<ActivityFilterOptions> r;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::Refused, reason, {}, {}, 403);
        return r;
    }
    // The platform's documented values first, so that the filters offer them
    // on a young database too; then whatever the log holds.
    ActivityFilterOptions &o = r.value;
    o.domains = {QStringLiteral("budget_management"), QStringLiteral("project_management"),
                 QStringLiteral("user_management")};
    o.entityTypes = {QStringLiteral("budget"),
                     QStringLiteral("project"),
                     QStringLiteral("project_budget_assignment"),
                     QStringLiteral("project_budget_group"),
                     QStringLiteral("user"),
                     QStringLiteral("user_budget_assignment")};
    QSqlQuery q = m_session.db().newQuery();
    q.setForwardOnly(true);
    r.outcome = m_session.db().exec(
        q, QStringLiteral("SELECT domain, event_type, coalesce(entity_type, '') FROM "
                          "activity_events GROUP BY domain, event_type, entity_type"));
    while (r.outcome && q.next()) {
        const QString domain = q.value(0).toString();
        const QString type = q.value(1).toString();
        const QString entity = q.value(2).toString();
        if (!o.domains.contains(domain))
            o.domains << domain;
        if (!o.eventTypes.contains(type))
            o.eventTypes << type;
        if (!entity.isEmpty() && !o.entityTypes.contains(entity))
            o.entityTypes << entity;
        QStringList &types = o.eventTypesByDomain[domain];
        if (!types.contains(type))
            types << type;
        QStringList &entities = o.entityTypesByEventType[type];
        if (!entity.isEmpty() && !entities.contains(entity))
            entities << entity;
    }
    o.domains.sort();
    o.eventTypes.sort();
    o.entityTypes.sort();
    for (QStringList &l : o.eventTypesByDomain)
        l.sort();
    for (QStringList &l : o.entityTypesByEventType)
        l.sort();
    return r;
}

QByteArray ActivityRepository::csvHeader()
{
    // Stable column names, like JSON field names: not translated.
    return QByteArrayLiteral("created_at,domain,event_type,entity_type,entity_id,actor_id,"
                             "actor_name,actor_email,attributes\r\n");
}

QByteArray ActivityRepository::csvLine(const ActivityEvent &e)
{
    QByteArray line;
    appendCsvLine(line, e.createdAt.toUTC().toString(Qt::ISODateWithMs), e);
    return line;
}

void ActivityRepository::appendCsvLine(QByteArray &out, const QString &createdAt,
                                       const ActivityEvent &e)
{
    appendCsvField(out, createdAt);
    for (const QString *field : {&e.domain, &e.eventType, &e.entityType, &e.entityId, &e.actorId,
                                 &e.actorName, &e.actorEmail, &e.attributesJson}) {
        out += ',';
        appendCsvField(out, *field);
    }
    out += "\r\n";
}

Result<qint64> ActivityRepository::exportCsv(const ActivityFilter &filter, QIODevice &out,
                                             const std::atomic_bool *cancel,
                                             const std::function<void(qint64)> &progress) const
{
    Result<qint64> r;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::Refused, reason, {}, {}, 403);
        return r;
    }
    bool writeFailed = false;
    auto writeAll = [&](const QByteArray &bytes) {
        if (out.write(bytes) == bytes.size())
            return true;
        writeFailed = true;
        r.outcome = Outcome::failure(
            Outcome::Kind::DatabaseError,
            Tr::tr("The CSV file could not be written: %1").arg(out.errorString()), {},
            Tr::tr("Check the disk space and the folder's "
                   "permissions, then export again."));
        return false;
    };
    const auto cancelled = [&] {
        r.outcome = Outcome::failure(Outcome::Kind::Refused, Tr::tr("Export cancelled."),
                                     Tr::tr("%n event(s) were written before it stopped.", nullptr,
                                            int(qMin<qint64>(r.value, INT_MAX))));
    };
    if (cancel && cancel->load()) {
        cancelled();
        return r;
    }
    // Lines gather in a buffer written a megabyte at a time; progress is
    // reported every ExportPageSize rows and at the end.
    constexpr qsizetype flushAt = 1024 * 1024;
    QByteArray buffer = csvHeader();
    buffer.reserve(flushAt + 64 * 1024);
    const auto rowDone = [&] {
        ++r.value;
        if (buffer.size() >= flushAt) {
            if (!writeAll(buffer))
                return false;
            buffer.resize(0);
        }
        if (progress && r.value % ExportPageSize == 0)
            progress(r.value);
        return true;
    };

    // One statement over every matching row in the page's order, read as
    // the server produces it: no page queries, no re-planning.
    const PlatformDatabase &db = m_session.db();
    QVariantList params;
    const QString filterSql = whereClause(filter, params);
    const QString dir = filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString from =
        QStringLiteral(" FROM activity_events e LEFT JOIN users u ON u.id = e.actor_id%1 ORDER "
                       "BY %2 %3, e.id %3")
            .arg(filterSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filterSql,
                 orderExpression(), dir);
    Outcome read;
    if (db.isPostgres() && PgCopy::isAvailable(db)) {
        // COPY … TO STDOUT: the rows in the server's text format, formatted
        // as CSV straight from its bytes (UTF-8: the driver's client
        // encoding), the time formatted once by the server as csvLine()
        // does (UTC, 'Z', rounded to the millisecond as Qt reads the
        // driver's microseconds: to_char truncates, hence the half
        // millisecond added).
        QByteArray scratch;
        read = PgCopy::copyOut(
            db,
            QStringLiteral("SELECT to_char((e.created_at + interval '500 microseconds') AT TIME "
                           "ZONE 'UTC', "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), e.domain, e.event_type, "
                           "e.entity_type, e.entity_id, e.actor_id, u.name, u.email, "
                           "CAST(e.attributes AS TEXT)") +
                from,
            params,
            [&](const char *data, int size) {
                appendCopyRowAsCsv(buffer, data, size, scratch);
                return rowDone();
            },
            cancel);
    } else {
        QSqlQuery q = db.newQuery();
        q.setForwardOnly(true); // SQLite steps through; PostgreSQL streams row by row
        read = db.exec(q,
                       QStringLiteral("SELECT e.created_at, e.domain, e.event_type, e.entity_type, "
                                      "e.entity_id, e.actor_id, u.name, u.email, "
                                      "CAST(e.attributes AS TEXT)") +
                           from,
                       params);
        ActivityEvent e;
        while (read && q.next()) {
            if (cancel && cancel->load()) {
                read = Outcome::failure(Outcome::Kind::Refused, {});
                break;
            }
            e.domain = q.value(1).toString();
            e.eventType = q.value(2).toString();
            e.entityType = q.value(3).toString();
            e.entityId = q.value(4).toString();
            e.actorId = q.value(5).toString();
            e.actorName = q.value(6).toString();
            e.actorEmail = q.value(7).toString();
            e.attributesJson = q.value(8).toString();
            appendCsvLine(
                buffer, PlatformDatabase::toUtc(q.value(0)).toUTC().toString(Qt::ISODateWithMs), e);
            if (!rowDone())
                break;
        }
    }
    if (writeFailed)
        return r;
    if (cancel && cancel->load()) {
        cancelled();
        return r;
    }
    if (!read) {
        r.outcome = read;
        return r;
    }
    if (!writeAll(buffer))
        return r;
    if (progress && r.value % ExportPageSize != 0)
        progress(r.value);
    return r;
}

Result<QList<ActivityEvent>> ActivityRepository::recent(int limit, const QString &entityId) const
{
    Result<QList<ActivityEvent>> r;
    if (!m_session.caps().hasActivityEvents)
        return r;
    // The raw newest rows, for callers that are not the maintainer's page
    // (the console's own checks of what it wrote).
    QVariantList params;
    QString sql = QStringLiteral("SELECT e.id, e.domain, e.event_type, e.entity_type, e.entity_id, "
                                 "e.actor_id, CAST(e.attributes AS TEXT), e.created_at FROM "
                                 "activity_events e");
    if (!entityId.isEmpty()) {
        sql += QStringLiteral(" WHERE e.entity_id = ?");
        params << entityId;
    }
    sql += QStringLiteral(" ORDER BY %1 DESC, e.id DESC LIMIT ?").arg(orderExpression());
    params << limit;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next()) {
        ActivityEvent e;
        e.id = q.value(0).toString();
        e.domain = q.value(1).toString();
        e.eventType = q.value(2).toString();
        e.entityType = q.value(3).toString();
        e.entityId = q.value(4).toString();
        e.actorId = q.value(5).toString();
        e.attributesJson = q.value(6).toString();
        e.createdAt = PlatformDatabase::toUtc(q.value(7));
        r.value << e;
    }
    return r;
}

} // namespace codemie
