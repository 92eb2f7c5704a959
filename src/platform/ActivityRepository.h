#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QHash>
#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;

namespace codemie {

class PlatformSession;

// What the Activity events page asks for (the web UI's filters).
struct ActivityFilter {
    QStringList domains;     // any of these; empty = all
    QStringList eventTypes;  // any of these; empty = all
    QStringList entityTypes; // any of these; empty = all
    // An actor's user id, their e-mail (case-insensitive) or "system"
    // (events without an actor); empty = anyone.
    QString actor;
    QString entityId; // exact
    QDateTime from;   // inclusive, when valid
    QDateTime to;     // exclusive, when valid
    bool newestFirst = true;

    bool isEmpty() const
    {
        return domains.isEmpty() && eventTypes.isEmpty() && entityTypes.isEmpty() &&
               actor.isEmpty() && entityId.isEmpty() && !from.isValid() && !to.isValid();
    }
    bool operator==(const ActivityFilter &o) const
    {
        return domains == o.domains && eventTypes == o.eventTypes && entityTypes == o.entityTypes &&
               actor == o.actor && entityId == o.entityId && from == o.from && to == o.to &&
               newestFirst == o.newestFirst;
    }
};

// Where a page starts: after the row with this (created_at, id), in the
// filter's order. Empty = from the beginning.
struct ActivityCursor {
    QString orderKey;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

struct ActivityEventPage {
    QList<ActivityEvent> rows;
    bool more = false;   // rows follow the last one
    ActivityCursor next; // the last row's position
};

// The values the filters offer (the platform's /activity-events/filter-options).
struct ActivityFilterOptions {
    QStringList domains;
    QStringList eventTypes;
    QStringList entityTypes;
    QHash<QString, QStringList> eventTypesByDomain;
    QHash<QString, QStringList> entityTypesByEventType;
};

// The audit log (`activity_events`, 2.40+), read-only, for maintainers (the
// platform's rule). Pages are read by keyset on (created_at, id), never by
// OFFSET, so that a page deep in a million events costs what the first does
// and events with the same timestamp are neither skipped nor repeated.
class ActivityRepository {
public:
    explicit ActivityRepository(PlatformSession &session);

    // Empty when the acting user may read the log on this database;
    // otherwise one line saying why not.
    QString unavailableReason() const;
    bool available() const { return unavailableReason().isEmpty(); }

    Result<ActivityEventPage> page(const ActivityFilter &filter, const ActivityCursor &after,
                                   int limit) const;
    // Matching events, counted up to `cap` (cap + 1 means "more than cap").
    Result<int> countUpTo(const ActivityFilter &filter, int cap) const;
    Result<ActivityFilterOptions> filterOptions() const;
    // Writes every matching event as CSV (RFC 4180, UTF-8, header line
    // first) from one statement streamed as the database produces it (on
    // PostgreSQL by COPY … TO STDOUT): memory stays bounded whatever the
    // count. Stops with a Refused outcome when `cancel` becomes true (the
    // statement is cancelled on the server). `progress` is called every
    // ExportPageSize rows and at the end. Returns the rows written.
    Result<qint64> exportCsv(const ActivityFilter &filter, QIODevice &out,
                             const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64)> &progress = {}) const;
    static QByteArray csvHeader();
    static QByteArray csvLine(const ActivityEvent &event);
    // csvLine() appended to `out`, the time already formatted.
    static void appendCsvLine(QByteArray &out, const QString &createdAt,
                              const ActivityEvent &event);

    // Newest first, optionally about one entity.
    Result<QList<ActivityEvent>> recent(int limit, const QString &entityId = {}) const;

    static constexpr int ExportPageSize = 2000; // rows between progress calls

private:
    QString orderExpression() const;
    Result<QStringList> domains() const;
    QString whereClause(const ActivityFilter &filter, QVariantList &params) const;

    PlatformSession &m_session;
};

} // namespace codemie
