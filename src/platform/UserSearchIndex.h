#pragma once

#include "Outcome.h"
#include "UserQuery.h"

#include <QHash>
#include <QStringList>
#include <array>
#include <memory>
#include <string>
#include <vector>

namespace codemie {

class PlatformSession;
class QueryCanceller;

// The Users page's search, filters and order held in memory (PostgreSQL), so
// that a keystroke is answered without a scan of every user in the database.
//
// Everything that decides membership or order comes from the database
// itself, in one snapshot: the searchable fields as PostgreSQL's lower()
// makes them (so a contains-match here is the LIKE '%…%' of the SQL path,
// whatever the locale), the flags the filters test, and for each sort key
// every user's place in the order the database gives under its own collation
// (the very ORDER BY of UserRepository, as row numbers; for Projects the same
// membership count from a grouped join). What the index cannot answer exactly
// (project and budget filters, sort by total spend) it declines (covers()),
// and the caller asks the database. It is immutable once loaded; freshness is
// UserSearchService's job (fingerprint()).
class UserSearchIndex {
public:
    // Fingerprint of the rows the index depends on: a change to any `users`
    // or `user_projects` row (insert, update, delete) changes it. Exact, and
    // a scan of both tables (one each): about a second at 1,000,000 users.
    static Result<QString> fingerprint(PlatformSession &session);
    // PostgreSQL's cumulative statistics of `users` and `user_projects`
    // (rows inserted, updated, deleted and live, the tables' files, the
    // database's last statistics reset): microseconds, and moved by every
    // committed write once the writing session reported it (PostgreSQL
    // flushes a session's counts when it goes idle, at most once a second).
    // Not exact, so only a hint that fingerprint() is worth reading:
    // `tracked` is false when this session's track_counts is off (the
    // counters may then stand still for everyone). Fails when the role may
    // not read them.
    struct ChangeCounters {
        QString text;
        bool tracked = false;
    };
    static Result<ChangeCounters> changeCounters(PlatformSession &session);
    // Loads every user in one REPEATABLE READ snapshot. PostgreSQL only (an
    // SQLite session gets a failure: the caller stays on the SQL path).
    // `canceller` (optional) stops it from another thread, on the server too.
    static Result<std::shared_ptr<const UserSearchIndex>> load(PlatformSession &session,
                                                               QueryCanceller *canceller = nullptr);

    // The users whose text held the last search's needle, kept by a caller
    // from one keystroke to the next: when the new search contains the old
    // one (typing on), only those users can match, and only their text is
    // searched again. Belongs to one thread at a time; an index ignores the
    // hits another index left.
    class TextHits {
    public:
        void clear() { *this = TextHits(); }

    private:
        friend class UserSearchIndex;
        quint64 m_indexId = 0;
        std::string m_needle;
        std::vector<quint32> m_rows; // ascending
    };

    // True when match() gives exactly UserRepository's rows for `query`.
    bool covers(const UserQuery &query) const;
    // Rows (index positions) matching `query` in its order; paging ignored.
    // With `hits`, narrows from the previous search and keeps this one's.
    std::vector<quint32> match(const UserQuery &query, TextHits *hits = nullptr) const;
    QString idAt(quint32 row) const;
    // Ids of `rows[from, from + count)`.
    QStringList ids(const std::vector<quint32> &rows, qsizetype from, qsizetype count) const;

    // Where each of `ids` stands in `rows` (a match()): the position in
    // `rows` by id; ids not among them are left out. One pass over the ids
    // and one over `rows`, no string made per user.
    QHash<QString, int> positionsOf(const std::vector<quint32> &rows, const QStringList &ids) const;

    qsizetype userCount() const { return qsizetype(m_flags.size()); }
    // Heap bytes the index holds.
    qsizetype memoryBytes() const;
    const QString &loadedFingerprint() const { return m_fingerprint; }
    qint64 loadMs() const { return m_loadMs; }

private:
    enum Flag : quint8 {
        Active = 1,
        NotDeleted = 2,
        Admin = 4,
        Maintainer = 8,
        ProjectAdmin = 16,
    };
    // Orders read from the database; Admin and Maintainer are derived from
    // ById (ORDER BY flag, id: the false ones in id order, then the true).
    enum Order {
        ById,
        ByName,
        ByEmail,
        ByUsername,
        ByUserType,
        ByCreated,
        ByLastLogin,
        ByProjects
    };
    static constexpr int OrderCount = 8;
    static constexpr size_t Padding = 16;

    UserSearchIndex() = default;
    bool accepts(quint32 row, const UserQuery &query, int typeIndex,
                 const std::vector<quint8> &textHit, bool searching) const;
    // Rows whose text contains `needle`, ascending; only among `within`
    // when given.
    std::vector<quint32> textHits(const std::string &needle,
                                  const std::vector<quint32> *within) const;

    quint64 m_id = 0;  // unique per loaded index (TextHits)
    std::string m_ids; // ids back to back
    std::vector<quint32> m_idStart;
    // Per user "lower(email)\0lower(username)\0lower(coalesce(name, ''))\0"
    // as PostgreSQL computed them, UTF-8, without a field that another of
    // the user's fields contains (it cannot add a match); then Padding NULs,
    // so that a scan reads whole blocks.
    std::string m_text;
    std::vector<quint32> m_textStart;
    std::vector<quint8> m_flags;
    std::vector<quint8> m_type;                            // index into m_types
    QStringList m_types;                                   // user_type values, exactly as stored
    std::array<std::vector<quint32>, OrderCount> m_orders; // ascending, NULL keys last
    std::array<quint32, OrderCount> m_nonNull{};           // rows with a non-NULL key
    bool m_hasMaintainer = false;
    QString m_fingerprint;
    qint64 m_loadMs = 0;
};

} // namespace codemie
