#include "UserSearchIndex.h"

#include "PlatformSession.h"
#include "QueryCanceller.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtAlgorithms>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <string_view>
#include <unordered_map>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define CODEMIE_SEARCH_SSE2 1
#endif

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UserSearchIndex)
};

// The closing ROLLBACK of a read-only snapshot, however the load ends.
class SnapshotGuard {
public:
    explicit SnapshotGuard(const PlatformDatabase &db)
        : m_db(db)
    {}
    ~SnapshotGuard()
    {
        if (m_open)
            m_db.exec(QStringLiteral("ROLLBACK"));
    }
    Outcome begin()
    {
        const Outcome o =
            m_db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_open = o.isOk();
        return o;
    }

private:
    const PlatformDatabase &m_db;
    bool m_open = false;
};

// Where `needle` (not empty) first starts in [from, end), or null. Reads may
// go past `end` up to `limit`. Sixteen starts at a time: those whose first
// and last byte match (SSE2), then the bytes between; elsewhere, or near
// `limit`, memchr for the first byte.
const char *findNeedle(const char *from, const char *end, const char *limit,
                       const std::string &needle)
{
    const size_t m = needle.size();
    if (end - from < std::ptrdiff_t(m))
        return nullptr;
    const char *last = end - m; // the last place a match can start
    const char *p = from;
#ifdef CODEMIE_SEARCH_SSE2
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i final = _mm_set1_epi8(needle.back());
    // A block reads [p, p + 16) and [p + m - 1, p + m + 15).
    while (p <= last && limit - p >= std::ptrdiff_t(m + 15)) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + m - 1));
        auto mask = quint32(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final))));
        if (last - p < 15)
            mask &= (2u << (last - p)) - 1; // starts past `last` do not count
        while (mask) {
            const char *at = p + qCountTrailingZeroBits(mask);
            if (m <= 2 || std::memcmp(at + 1, needle.data() + 1, m - 2) == 0)
                return at;
            mask &= mask - 1;
        }
        p += 16;
    }
#else
    Q_UNUSED(limit);
#endif
    for (; p <= last; ++p) {
        p = static_cast<const char *>(std::memchr(p, needle.front(), size_t(last - p) + 1));
        if (!p)
            return nullptr;
        if (std::memcmp(p, needle.data(), m) == 0)
            return p;
    }
    return nullptr;
}

std::atomic<quint64> nextIndexId{1};
} // namespace

Result<QString> UserSearchIndex::fingerprint(PlatformSession &session)
{
    Result<QString> r;
    const PlatformDatabase &db = session.db();
    if (!db.isPostgres()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("The search index needs PostgreSQL."));
        return r;
    }
    // Any insert or update gives its row the transaction id (xmin) of the
    // writer, any delete lowers the count; update_date is what the platform
    // itself keeps. Memberships decide the project-admin filter and the
    // Projects order. The sum of the ids changes when a transaction that
    // took its id earlier commits after a later one (the newest id alone
    // would stay). One scan per table. The ids are read as age(xmin), an
    // integer, rather than through text (which cost most of the scan: 2.4 s
    // against 1.0 s of one core at 1,000,000 users and 4,000,000
    // memberships) and made independent of the current id by subtracting
    // each from the age of id 3 (the first normal id), read in the same
    // statement: the newest id and the ids' sum, counted from 3. A row of a
    // frozen or bootstrap id (age() gives the largest integer for those)
    // only counts.
    const QString table = QStringLiteral(
        "(SELECT count(*) AS n, min(a) FILTER (WHERE a < 2147483647) AS youngest, count(*) FILTER "
        "(WHERE a < 2147483647) AS k, "
        "sum(a) FILTER (WHERE a < 2147483647) AS total%1 FROM (SELECT age(xmin) AS a%2 FROM %3) "
        "s) %4");
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(
        q, QStringLiteral("SELECT u.n, b.base - u.youngest, u.k * b.base - u.total, u.updated, "
                          "p.n, b.base - p.youngest, p.k * b.base - p.total FROM (SELECT "
                          "CAST(age(CAST('3' AS xid)) AS bigint) AS base) b, %1, %2")
               .arg(table.arg(QStringLiteral(", CAST(max(update_date) AS TEXT) AS updated"),
                              QStringLiteral(", update_date"), QStringLiteral("users"),
                              QStringLiteral("u")),
                    table.arg(QString(), QString(), QStringLiteral("user_projects"),
                              QStringLiteral("p"))));
    if (!r.outcome)
        return r;
    if (q.next()) {
        QStringList parts;
        for (int i = 0; i < 7; ++i)
            parts << q.value(i).toString();
        r.value = parts.join(QLatin1Char('/'));
    }
    return r;
}

Result<UserSearchIndex::ChangeCounters> UserSearchIndex::changeCounters(PlatformSession &session)
{
    Result<ChangeCounters> r;
    const PlatformDatabase &db = session.db();
    if (!db.isPostgres()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("The search index needs PostgreSQL."));
        return r;
    }
    // Inserted, updated (HOT ones included) and deleted rows count every
    // write of a committed (or rolled back) transaction; live rows and the
    // file node see TRUNCATE, which counts none of them; the database's
    // reset time sees pg_stat_reset() and a single table's reset, which
    // could bring the counters back to the values last seen. Read outside a
    // transaction, so that no cached snapshot of the statistics is reused.
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(
        q, QStringLiteral("SELECT current_setting('track_counts'), (SELECT CAST("
                          "pg_stat_get_db_stat_reset_time(d.oid) AS TEXT) FROM pg_database d WHERE "
                          "d.datname = current_database()), string_agg(concat_ws(',', "
                          "pg_stat_get_tuples_inserted(t.oid), pg_stat_get_tuples_updated(t.oid), "
                          "pg_stat_get_tuples_deleted(t.oid), pg_stat_get_live_tuples(t.oid), "
                          "pg_relation_filenode(t.oid)), '/' ORDER BY t.i) FROM (VALUES "
                          "(1, CAST('users' AS regclass)), (2, CAST('user_projects' AS regclass))) "
                          "t(i, oid)"));
    if (!r.outcome)
        return r;
    if (!q.next()) {
        r.outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                     Tr::tr("The table statistics could not be read."));
        return r;
    }
    r.value.tracked = q.value(0).toString() == QLatin1String("on");
    r.value.text = q.value(1).toString() + QLatin1Char('/') + q.value(2).toString();
    return r;
}

Result<std::shared_ptr<const UserSearchIndex>> UserSearchIndex::load(PlatformSession &session,
                                                                     QueryCanceller *canceller)
{
    Result<std::shared_ptr<const UserSearchIndex>> r;
    const PlatformDatabase &db = session.db();
    if (!db.isPostgres()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("The search index needs PostgreSQL."));
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    const SchemaCapabilities &caps = session.caps();
    const UserRepository repo(session);

    SnapshotGuard snapshot(db);
    r.outcome = snapshot.begin();
    if (!r.outcome)
        return r;
    const auto print = fingerprint(session);
    if (!print.outcome) {
        r.outcome = print.outcome;
        return r;
    }

    // Each order exactly as UserRepository sorts (same ORDER BY text), as a
    // row number.
    auto rank = [&](UserQuery::SortKey key) {
        UserQuery q;
        q.sortKey = key;
        q.descending = false;
        return QStringLiteral("row_number() OVER (%1)").arg(repo.orderSql(q).trimmed());
    };
    const QString admin =
        caps.hasAdminColumn ? QStringLiteral("u.is_admin") : QStringLiteral("u.is_super_admin");
    const QString maintainer =
        caps.hasMaintainer ? QStringLiteral("u.is_maintainer") : QStringLiteral("(1 = 0)");
    // The membership count and project-admin flag come from one grouped
    // read of user_projects joined in, instead of a probe per user: the same
    // integer UserRepository's Projects key counts, and the same EXISTS.
    const QString projects = QStringLiteral("coalesce(p.n, 0) ASC, u.id ASC");
    const QString sql =
        QStringLiteral("SELECT u.id, lower(u.email), lower(u.username), lower(coalesce(u.name, "
                       "'')), u.is_active, u.deleted_at IS NULL, %1, %2, u.user_type, "
                       "coalesce(p.admin, FALSE), u.date IS NULL, u.last_login_at IS NULL, "
                       "row_number() OVER (ORDER BY u.id ASC), %3, %4, %5, %6, %7, %8, "
                       "row_number() OVER (ORDER BY %9) FROM users u LEFT JOIN (SELECT "
                       "user_id, count(*) AS n, bool_or(is_project_admin = TRUE) AS admin FROM "
                       "user_projects GROUP BY user_id) p ON p.user_id = u.id")
            .arg(admin, maintainer, rank(UserQuery::SortKey::Name), rank(UserQuery::SortKey::Email),
                 rank(UserQuery::SortKey::Username), rank(UserQuery::SortKey::UserType),
                 rank(UserQuery::SortKey::Created), rank(UserQuery::SortKey::LastLogin), projects);
    // One long read on the console's own session: sorts in memory rather
    // than on disk, and no statement limit (a million users take a while).
    for (const QString &setting : {QStringLiteral("SET LOCAL work_mem = '128MB'"),
                                   QStringLiteral("SET LOCAL statement_timeout = 0")}) {
        r.outcome = db.exec(setting);
        if (!r.outcome)
            return r;
    }
    if (canceller && !canceller->arm(db)) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("Cancelled."));
        return r;
    }
    // Armed while the server sorts and while the rows arrive.
    struct Disarm {
        QueryCanceller *c;
        ~Disarm()
        {
            if (c)
                c->disarm();
        }
    } disarm{canceller};
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, sql);
    if (!r.outcome)
        return r;

    std::shared_ptr<UserSearchIndex> index(new UserSearchIndex);
    index->m_id = nextIndexId++;
    index->m_hasMaintainer = caps.hasMaintainer;
    index->m_fingerprint = print.value;
    std::array<std::vector<quint32>, OrderCount> ranks; // row -> place (1-based)
    std::vector<quint8> nullCreated, nullLogin;
    const char zero = '\0';
    while (q.next()) {
        if (canceller && canceller->isCancelled()) {
            r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("Cancelled."));
            return r;
        }
        const QByteArray id = q.value(0).toString().toUtf8();
        index->m_idStart.push_back(quint32(index->m_ids.size()));
        index->m_ids.append(id.constData(), size_t(id.size()));
        // A field that another of the user's fields contains cannot add a
        // match (whatever it contains, the other contains too): left out.
        const QByteArray email = q.value(1).toString().toUtf8();
        const QByteArray username = q.value(2).toString().toUtf8();
        const QByteArray name = q.value(3).toString().toUtf8();
        QByteArray text = email + zero;
        const bool withUsername = !email.contains(username);
        if (withUsername)
            text += username + zero;
        if (!email.contains(name) && !(withUsername && username.contains(name)))
            text += name + zero;
        if (index->m_text.size() + size_t(text.size()) + Padding > 0xffffffffu) {
            r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                         Tr::tr("Too many users for the search index."));
            return r;
        }
        index->m_textStart.push_back(quint32(index->m_text.size()));
        index->m_text.append(text.constData(), size_t(text.size()));
        quint8 flags = 0;
        flags |= q.value(4).toBool() ? Active : 0;
        flags |= q.value(5).toBool() ? NotDeleted : 0;
        flags |= q.value(6).toBool() ? Admin : 0;
        flags |= q.value(7).toBool() ? Maintainer : 0;
        flags |= q.value(9).toBool() ? ProjectAdmin : 0;
        index->m_flags.push_back(flags);
        const QString type = q.value(8).toString();
        qsizetype t = index->m_types.indexOf(type);
        if (t < 0) {
            if (index->m_types.size() >= 255) {
                r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                             Tr::tr("Too many user types for the search index."));
                return r;
            }
            index->m_types << type;
            t = index->m_types.size() - 1;
        }
        index->m_type.push_back(quint8(t));
        nullCreated.push_back(q.value(10).toBool());
        nullLogin.push_back(q.value(11).toBool());
        for (int o = 0; o < OrderCount; ++o)
            ranks[size_t(o)].push_back(quint32(q.value(12 + o).toLongLong()));
    }
    if (q.lastError().isValid()) {
        r.outcome = db.outcomeFor(q.lastError());
        return r;
    }
    const size_t n = index->m_flags.size();
    index->m_idStart.push_back(quint32(index->m_ids.size()));
    index->m_textStart.push_back(quint32(index->m_text.size()));
    index->m_text.append(Padding, '\0');
    for (int o = 0; o < OrderCount; ++o) {
        std::vector<quint32> &order = index->m_orders[size_t(o)];
        order.assign(n, 0);
        const std::vector<quint32> &rk = ranks[size_t(o)];
        for (size_t row = 0; row < n; ++row) {
            const quint32 place = rk[row];
            if (place < 1 || place > n) {
                r.outcome =
                    Outcome::failure(Outcome::Kind::DatabaseError,
                                     Tr::tr("The search index read an inconsistent order."));
                return r;
            }
            order[place - 1] = quint32(row);
        }
        std::vector<quint32>().swap(ranks[size_t(o)]);
        quint32 nonNull = quint32(n);
        if (o == ByCreated || o == ByLastLogin) {
            const std::vector<quint8> &nulls = o == ByCreated ? nullCreated : nullLogin;
            nonNull = 0;
            for (size_t row = 0; row < n; ++row)
                nonNull += nulls[row] ? 0 : 1;
        }
        index->m_nonNull[size_t(o)] = nonNull;
    }
    index->m_ids.shrink_to_fit();
    index->m_text.shrink_to_fit();
    index->m_idStart.shrink_to_fit();
    index->m_textStart.shrink_to_fit();
    index->m_flags.shrink_to_fit();
    index->m_type.shrink_to_fit();
    index->m_loadMs = timer.elapsed();
    r.value = std::move(index);
    return r;
}

bool UserSearchIndex::covers(const UserQuery &query) const
{
    // Memberships of named projects, budget assignments and spend are not
    // held: those go to the database.
    if (!query.projects.isEmpty() || !query.budgetId.isEmpty() ||
        query.sortKey == UserQuery::SortKey::TotalSpend)
        return false;
    // A NUL would match across the fields joined here (PostgreSQL text
    // holds none).
    return !query.search.contains(QChar(u'\0'));
}

std::vector<quint32> UserSearchIndex::textHits(const std::string &needle,
                                               const std::vector<quint32> *within) const
{
    // Each field ends with a NUL and the needle holds none, so a hit never
    // spans two fields; a hit marks its user, and the search goes on from
    // the next user.
    std::vector<quint32> rows;
    const char *base = m_text.data();
    const char *limit = base + m_text.size(); // Padding included
    if (within) {
        for (const quint32 row : *within)
            if (findNeedle(base + m_textStart[row], base + m_textStart[row + 1], limit, needle))
                rows.push_back(row);
        return rows;
    }
    const char *end = base + m_textStart.back();
    const char *at = base;
    size_t row = 0;
    while (const char *found = findNeedle(at, end, limit, needle)) {
        const auto offset = quint32(found - base);
        // The user whose text holds `offset`: hits come in order.
        while (m_textStart[row + 1] <= offset)
            ++row;
        rows.push_back(quint32(row));
        at = base + m_textStart[row + 1];
    }
    return rows;
}

bool UserSearchIndex::accepts(quint32 row, const UserQuery &query, int typeIndex,
                              const std::vector<quint8> &textHit, bool searching) const
{
    const quint8 f = m_flags[row];
    switch (query.activity) {
    case UserQuery::Activity::Active:
        if (!(f & Active) || !(f & NotDeleted))
            return false;
        break;
    case UserQuery::Activity::Deactivated:
        if ((f & Active) && (f & NotDeleted))
            return false;
        break;
    case UserQuery::Activity::All:
        break;
    }
    switch (query.role) {
    case UserQuery::Role::Any:
        break;
    case UserQuery::Role::User:
        if (f & (Admin | ProjectAdmin | (m_hasMaintainer ? Maintainer : 0)))
            return false;
        break;
    case UserQuery::Role::ProjectAdmin:
        if (!(f & ProjectAdmin))
            return false;
        break;
    case UserQuery::Role::Admin:
        if (!(f & Admin))
            return false;
        break;
    case UserQuery::Role::Maintainer:
        if (!m_hasMaintainer || !(f & Maintainer))
            return false;
        break;
    }
    if (!query.userType.isEmpty() && m_type[row] != typeIndex)
        return false;
    return !searching || textHit[row];
}

std::vector<quint32> UserSearchIndex::match(const UserQuery &query, TextHits *previous) const
{
    std::vector<quint32> out;
    // The SQL path binds '%' + search.trimmed().toLower() (escaped) + '%'.
    const QString search = query.search.trimmed();
    const bool searching = !search.isEmpty();
    std::vector<quint8> hits;
    if (searching) {
        const QByteArray lower = search.toLower().toUtf8();
        std::string needle(lower.constData(), size_t(lower.size()));
        // Whoever contains the new needle contains the old one it contains.
        const bool narrow = previous && previous->m_indexId == m_id &&
                            !previous->m_needle.empty() &&
                            needle.find(previous->m_needle) != std::string::npos;
        std::vector<quint32> rows = textHits(needle, narrow ? &previous->m_rows : nullptr);
        hits.assign(m_flags.size(), 0);
        for (const quint32 row : rows)
            hits[row] = 1;
        if (previous) {
            previous->m_indexId = m_id;
            previous->m_needle = std::move(needle);
            previous->m_rows = std::move(rows);
        }
    }
    int typeIndex = -1;
    if (!query.userType.isEmpty()) {
        typeIndex = int(m_types.indexOf(query.userType));
        if (typeIndex < 0)
            return out; // no user has that type
    }
    auto take = [&](quint32 row) {
        if (accepts(row, query, typeIndex, hits, searching))
            out.push_back(row);
    };
    const bool desc = query.descending;
    if (query.sortKey == UserQuery::SortKey::Admin ||
        (query.sortKey == UserQuery::SortKey::Maintainer && m_hasMaintainer)) {
        // ORDER BY flag, id: false ones by id, then true ones; reversed
        // when descending.
        const quint8 bit = query.sortKey == UserQuery::SortKey::Admin ? Admin : Maintainer;
        const std::vector<quint32> &byId = m_orders[ById];
        for (const bool set : desc ? std::array{true, false} : std::array{false, true}) {
            if (!desc) {
                for (const quint32 row : byId)
                    if (bool(m_flags[row] & bit) == set)
                        take(row);
            } else {
                for (auto it = byId.rbegin(); it != byId.rend(); ++it)
                    if (bool(m_flags[*it] & bit) == set)
                        take(*it);
            }
        }
        return out;
    }
    Order order = ById;
    switch (query.sortKey) {
    case UserQuery::SortKey::Name:
        order = ByName;
        break;
    case UserQuery::SortKey::Email:
        order = ByEmail;
        break;
    case UserQuery::SortKey::Username:
        order = ByUsername;
        break;
    case UserQuery::SortKey::UserType:
        order = ByUserType;
        break;
    case UserQuery::SortKey::Created:
        order = ByCreated;
        break;
    case UserQuery::SortKey::LastLogin:
        order = ByLastLogin;
        break;
    case UserQuery::SortKey::Projects:
        order = ByProjects;
        break;
    case UserQuery::SortKey::Admin:
    case UserQuery::SortKey::Maintainer: // without the column: ORDER BY id
    case UserQuery::SortKey::TotalSpend: // not covered
        order = ById;
        break;
    }
    const std::vector<quint32> &rows = m_orders[order];
    const size_t nonNull = m_nonNull[order];
    if (!desc) {
        for (const quint32 row : rows)
            take(row);
        return out;
    }
    // Descending: the non-NULL keys reversed, then the NULL ones (NULLs last
    // in both directions, each part by id descending).
    for (size_t i = nonNull; i-- > 0;)
        take(rows[i]);
    for (size_t i = rows.size(); i-- > nonNull;)
        take(rows[i]);
    return out;
}

QString UserSearchIndex::idAt(quint32 row) const
{
    const quint32 start = m_idStart[row];
    return QString::fromUtf8(m_ids.data() + start, qsizetype(m_idStart[row + 1] - start));
}

QStringList UserSearchIndex::ids(const std::vector<quint32> &rows, qsizetype from,
                                 qsizetype count) const
{
    QStringList out;
    const qsizetype end = qMin(qsizetype(rows.size()), from + count);
    for (qsizetype i = qMax<qsizetype>(0, from); i < end; ++i)
        out << idAt(rows[size_t(i)]);
    return out;
}

QHash<QString, int> UserSearchIndex::positionsOf(const std::vector<quint32> &rows,
                                                 const QStringList &ids) const
{
    QHash<QString, int> out;
    if (ids.isEmpty() || rows.empty())
        return out;
    // The wanted ids as UTF-8 (as stored), then which index rows hold them.
    std::vector<std::string> wanted;
    wanted.reserve(size_t(ids.size()));
    for (const QString &id : ids)
        wanted.push_back(id.toStdString());
    std::unordered_map<std::string_view, qsizetype> slotOf;
    slotOf.reserve(wanted.size());
    for (size_t i = 0; i < wanted.size(); ++i)
        slotOf.emplace(wanted[i], qsizetype(i));
    const quint32 users = quint32(m_flags.size());
    std::vector<bool> isWanted(users, false);
    std::unordered_map<quint32, qsizetype> slotOfRow;
    for (quint32 row = 0; row < users && slotOfRow.size() < slotOf.size(); ++row) {
        const quint32 start = m_idStart[row];
        const std::string_view id(m_ids.data() + start, size_t(m_idStart[row + 1] - start));
        const auto it = slotOf.find(id);
        if (it == slotOf.end())
            continue;
        isWanted[row] = true;
        slotOfRow.emplace(row, it->second);
    }
    if (slotOfRow.empty())
        return out;
    // Then where those rows stand in the match.
    for (size_t pos = 0; pos < rows.size(); ++pos) {
        const quint32 row = rows[pos];
        if (row < users && isWanted[row])
            out.insert(ids.at(slotOfRow.at(row)), int(pos));
    }
    return out;
}

qsizetype UserSearchIndex::memoryBytes() const
{
    qsizetype bytes =
        qsizetype(m_ids.capacity() + m_text.capacity() + m_flags.capacity() + m_type.capacity()) +
        qsizetype((m_idStart.capacity() + m_textStart.capacity()) * 4);
    for (const auto &o : m_orders)
        bytes += qsizetype(o.capacity() * 4);
    return bytes;
}

} // namespace codemie
