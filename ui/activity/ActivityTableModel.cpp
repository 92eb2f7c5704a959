#include "ActivityTableModel.h"

#include "ActivityText.h"
#include "PlatformSession.h"
#include "SessionWorker.h"

#include <QLocale>

namespace codemie {

ActivityTableModel::ActivityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ActivityTableModel::~ActivityTableModel() = default;

void ActivityTableModel::setSession(PlatformSession *session)
{
    m_worker.reset(); // waits for a read in progress; its answer is dropped
    if (session && session->db().isOpen())
        m_worker = std::make_unique<SessionWorker>(session->readerClone());
    reload();
}

void ActivityTableModel::setFilter(const ActivityFilter &filter)
{
    m_filter = filter;
    reload();
}

void ActivityTableModel::setLoading(bool first, bool more, bool counting)
{
    const bool was = isLoading();
    m_loadingFirst = first;
    m_loadingMore = more;
    m_counting = counting;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void ActivityTableModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_pageStarts.clear();
    m_refetching.clear();
    m_rowCount = 0;
    m_next = {};
    m_more = false;
    m_failed = false;
    m_count = -1;
    endResetModel();
    emit countChanged(m_count);
    if (!m_worker) {
        setLoading(false, false, false);
        emit loaded();
        return;
    }
    setLoading(true, false, false);
    auto answer = std::make_shared<Result<ActivityEventPage>>();
    const ActivityFilter filter = m_filter;
    m_worker->run(
        [answer, filter](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            *answer = ActivityRepository(s).page(filter, {}, PageSize);
        },
        this,
        [this, answer, generation] {
            if (generation != m_generation)
                return; // a newer filter replaced this one
            if (!answer->isOk()) {
                m_failed = true;
                setLoading(false, false, false);
                emit errorOccurred(answer->outcome.fullText());
                emit loaded();
                return;
            }
            if (!answer->value.rows.isEmpty()) {
                const int count = int(answer->value.rows.size());
                beginInsertRows({}, 0, count - 1);
                m_pageStarts = {ActivityCursor{}};
                storePage(0, std::move(answer->value.rows));
                m_rowCount = count;
                endInsertRows();
            }
            m_more = answer->value.more;
            m_next = answer->value.next;
            if (!m_more) {
                // Everything is shown: that is the count.
                m_count = m_rowCount;
                setLoading(false, false, false);
                emit countChanged(m_count);
                emit loaded();
                return;
            }
            setLoading(false, false, true);
            emit loaded();
            readCount(generation);
        });
}

void ActivityTableModel::readCount(quint64 generation)
{
    auto answer = std::make_shared<Result<int>>();
    const ActivityFilter filter = m_filter;
    m_worker->run(
        [answer, filter](PlatformSession &s) {
            if (s.db().isOpen())
                *answer = ActivityRepository(s).countUpTo(filter, CountCap);
        },
        this,
        [this, answer, generation] {
            if (generation != m_generation)
                return;
            setLoading(m_loadingFirst, m_loadingMore, false);
            if (answer->isOk()) {
                m_count = answer->value;
                emit countChanged(m_count);
            }
        });
}

bool ActivityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_worker && m_more && !m_failed && !m_loadingFirst &&
           !m_loadingMore;
}

void ActivityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setLoading(false, true, m_counting);
    auto answer = std::make_shared<Result<ActivityEventPage>>();
    const ActivityFilter filter = m_filter;
    const ActivityCursor after = m_next;
    m_worker->run(
        [answer, filter, after](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            *answer = ActivityRepository(s).page(filter, after, PageSize);
        },
        this,
        [this, answer, generation, after] {
            if (generation != m_generation)
                return;
            if (!answer->isOk()) {
                m_failed = true; // not again (and again) while scrolling
                setLoading(false, false, m_counting);
                emit errorOccurred(answer->outcome.fullText());
                emit moreLoaded();
                return;
            }
            const int count = int(answer->value.rows.size());
            if (count > 0) {
                // Pages are whole (PageSize rows) until the last one.
                const int first = m_rowCount;
                const int page = int(m_pageStarts.size());
                beginInsertRows({}, first, first + count - 1);
                m_pageStarts << after;
                storePage(page, std::move(answer->value.rows));
                m_rowCount += count;
                endInsertRows();
            }
            m_more = answer->value.more;
            m_next = answer->value.next;
            setLoading(false, false, m_counting);
            emit moreLoaded();
        });
}

void ActivityTableModel::storePage(int page, QList<ActivityEvent> rows) const
{
    m_pages.insert(page, Page{std::move(rows), ++m_useClock});
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
}

void ActivityTableModel::refetchPage(int page) const
{
    if (!m_worker || page < 0 || page >= m_pageStarts.size() || m_refetching.contains(page))
        return;
    m_refetching.insert(page);
    const quint64 generation = m_generation;
    auto answer = std::make_shared<Result<ActivityEventPage>>();
    const ActivityFilter filter = m_filter;
    const ActivityCursor after = m_pageStarts.at(page);
    auto *self = const_cast<ActivityTableModel *>(this);
    m_worker->run(
        [answer, filter, after](PlatformSession &s) {
            if (s.db().isOpen())
                *answer = ActivityRepository(s).page(filter, after, PageSize);
        },
        self,
        [self, answer, generation, page] {
            if (generation != self->m_generation)
                return;
            self->m_refetching.remove(page);
            if (!answer->isOk()) {
                emit self->errorOccurred(answer->outcome.fullText());
                return;
            }
            const int first = page * PageSize;
            const int last = qMin(self->m_rowCount, first + PageSize) - 1;
            // The rows the view counts for this page, no more.
            QList<ActivityEvent> rows = std::move(answer->value.rows);
            if (rows.size() > last - first + 1)
                rows.resize(last - first + 1);
            self->storePage(page, std::move(rows));
            if (last >= first)
                emit self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
        });
}

bool ActivityTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    return it != m_pages.constEnd() && row % PageSize < it->rows.size();
}

ActivityEvent ActivityTableModel::eventAt(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd() || row % PageSize >= it->rows.size())
        return {};
    return it->rows.at(row % PageSize);
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::columnTitle(int column)
{
    switch (column) {
    case When:
        return tr("When");
    case Domain:
        return tr("Domain");
    case Event:
        return tr("Event");
    case Entity:
        return tr("Entity");
    case Actor:
        return tr("Actor");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const int page = index.row() / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || index.row() % PageSize >= it->rows.size()) {
        refetchPage(page); // dropped while scrolling: read it again
        if (role == Qt::DisplayRole && index.column() == When)
            return tr("Loading…");
        return {};
    }
    it->lastUse = ++m_useClock;
    const ActivityEvent &e = it->rows.at(index.row() % PageSize);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Domain:
            return e.domain;
        case Event:
            return e.eventType;
        case Entity:
            return ActivityText::entity(e);
        case Actor:
            return ActivityText::actor(e);
        case Details: {
            const QString summary = ActivityText::attributesSummary(e.attributesJson);
            return summary.isEmpty() ? QStringLiteral("—") : summary;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return tr("%1 UTC").arg(e.createdAt.toUTC().toString(Qt::ISODateWithMs));
        case Actor:
            return e.actorId.isEmpty() ? tr("No acting user: the platform itself")
                                       : tr("User id %1").arg(e.actorId);
        case Details:
            return e.attributesJson.isEmpty()
                       ? tr("No attributes")
                       : tr("%1\nDouble-click or press Enter for the whole event.")
                             .arg(ActivityText::attributesSummary(e.attributesJson, 2000));
        default:
            return {};
        }
    }
    return {};
}

} // namespace codemie
