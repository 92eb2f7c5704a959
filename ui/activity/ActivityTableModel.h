#pragma once

#include "ActivityRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace codemie {

class PlatformSession;
class SessionWorker;

// The activity log as a table that grows as the view scrolls: each page is
// read on a worker thread by keyset after the last row shown, so that the
// millionth row costs what the first does. The count of matching events is
// read after the first page and capped (it is shown, never waited for). The
// answer of a replaced query is dropped. Memory stays flat however far the
// view scrolls: only MaxCachedPages pages of rows are kept (the least
// recently shown go); each page remembers the keyset position it starts
// after, so a page scrolled back to is read again by keyset.
class ActivityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Domain, Event, Entity, Actor, Details, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int CountCap = 100000;
    static constexpr int MaxCachedPages = 20;

    explicit ActivityTableModel(QObject *parent = nullptr);
    ~ActivityTableModel() override;

    void setSession(PlatformSession *session);
    void setFilter(const ActivityFilter &filter);
    const ActivityFilter &filter() const { return m_filter; }
    void reload();

    // The row's event if its page is held (an empty event otherwise: the
    // page is being read again).
    ActivityEvent eventAt(int row) const;
    bool isRowLoaded(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    // A read is on its way (first page, next page or the count).
    bool isLoading() const { return m_loadingFirst || m_loadingMore || m_counting; }
    bool isLoadingFirstPage() const { return m_loadingFirst; }
    bool hasMore() const { return m_more; }
    // -1 until counted; CountCap + 1 means "more than CountCap".
    int matchCount() const { return m_count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    static QString columnTitle(int column);

signals:
    void errorOccurred(const QString &message);
    // The first page of the current filter is shown (or failed).
    void loaded();
    void moreLoaded();
    void countChanged(int count);
    void loadingChanged(bool loading);

private:
    void setLoading(bool first, bool more, bool counting);
    void readCount(quint64 generation);
    // Keeps `rows` as page `page`, dropping the least recently shown pages.
    void storePage(int page, QList<ActivityEvent> rows) const;
    // Reads a dropped page again (by keyset after its start position).
    void refetchPage(int page) const;

    std::unique_ptr<SessionWorker> m_worker;
    ActivityFilter m_filter;
    struct Page {
        QList<ActivityEvent> rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, Page> m_pages;   // held pages of PageSize rows
    QList<ActivityCursor> m_pageStarts; // page i starts after m_pageStarts[i]
    int m_rowCount = 0;                 // rows read so far (held or not)
    mutable QSet<int> m_refetching;
    mutable quint64 m_useClock = 0;
    ActivityCursor m_next;
    bool m_more = false;
    bool m_failed = false;
    bool m_loadingFirst = false;
    bool m_loadingMore = false;
    bool m_counting = false;
    int m_count = -1;
    quint64 m_generation = 0;
};

} // namespace codemie
