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
        m_worker = std::make_unique<SessionWorker>(session->clone());
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
    m_rows.clear();
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
                beginInsertRows({}, 0, int(answer->value.rows.size()) - 1);
                m_rows = std::move(answer->value.rows);
                endInsertRows();
            }
            m_more = answer->value.more;
            m_next = answer->value.next;
            if (!m_more) {
                // Everything is shown: that is the count.
                m_count = int(m_rows.size());
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
        [this, answer, generation] {
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
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + count - 1);
                m_rows.append(std::move(answer->value.rows));
                endInsertRows();
            }
            m_more = answer->value.more;
            m_next = answer->value.next;
            setLoading(false, false, m_counting);
            emit moreLoaded();
        });
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ActivityEvent &e = m_rows.at(index.row());
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
