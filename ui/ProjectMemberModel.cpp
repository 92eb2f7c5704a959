#include "ProjectMemberModel.h"

#include "PlatformSession.h"
#include "SessionWorker.h"

#include <QLocale>

namespace codemie {

ProjectMemberModel::ProjectMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ProjectMemberModel::~ProjectMemberModel() = default;

void ProjectMemberModel::setSession(PlatformSession *session, const ProjectRecord &project)
{
    if (session != m_session) {
        m_session = session;
        m_worker.reset(); // waits for a read in progress; its answer is dropped
        if (session && session->db().isOpen())
            m_worker = std::make_unique<SessionWorker>(session->clone());
    }
    m_project = project;
    m_query.projectName = project.name;
    m_query.offset = 0;
    reload();
}

void ProjectMemberModel::setQuery(const ProjectMemberQuery &query)
{
    m_query = query;
    m_query.projectName = m_project.name;
    m_query.offset = 0;
    reload();
}

void ProjectMemberModel::setLoading(bool reloading, bool fetching)
{
    const bool was = isLoading();
    m_reloading = reloading;
    m_fetching = fetching;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void ProjectMemberModel::reload()
{
    const quint64 generation = ++m_generation; // drops the answers still on their way
    m_fetchFailed = false;
    if (!m_worker || m_project.name.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        endResetModel();
        setLoading(false, false);
        emit totalChanged(m_total);
        emit loaded();
        return;
    }
    setLoading(true, false);
    struct Answer {
        bool connected = true;
        Result<int> total;
        Result<QList<Membership>> rows;
    };
    auto answer = std::make_shared<Answer>();
    ProjectMemberQuery query = m_query;
    query.offset = 0;
    query.limit = PageSize;
    m_worker->run(
        [answer, query](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->connected = false;
                return;
            }
            const ProjectMemberSearch search(s);
            answer->total = search.count(query);
            if (answer->total.isOk())
                answer->rows = search.page(query);
        },
        this,
        [this, answer, generation] {
            if (generation != m_generation)
                return; // a newer query replaced this one
            QString error;
            if (!answer->connected) {
                const Outcome open = m_worker->openOutcome();
                error = open ? tr("The database worker could not connect.") : open.fullText();
            } else if (!answer->total.isOk()) {
                error = answer->total.outcome.fullText();
            } else if (!answer->rows.isOk()) {
                error = answer->rows.outcome.fullText();
            }
            beginResetModel();
            m_rows = error.isEmpty() ? std::move(answer->rows.value) : QList<Membership>();
            m_total = error.isEmpty() ? answer->total.value : 0;
            endResetModel();
            setLoading(false, false);
            if (!error.isEmpty())
                emit errorOccurred(error);
            emit totalChanged(m_total);
            emit loaded();
        });
}

bool ProjectMemberModel::isCreator(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_project.createdBy.isEmpty() &&
           m_rows.at(row).userId == m_project.createdBy;
}

int ProjectMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProjectMemberModel::canFetchMore(const QModelIndex &parent) const
{
    // One read at a time, and not for rows that are about to be replaced.
    return !parent.isValid() && m_worker && !isLoading() && !m_fetchFailed &&
           m_rows.size() < m_total;
}

void ProjectMemberModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(false, true);
    ProjectMemberQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = PageSize;
    const quint64 generation = m_generation;
    auto page = std::make_shared<Result<QList<Membership>>>();
    m_worker->run(
        [page, next](PlatformSession &s) {
            if (!s.db().isOpen()) {
                page->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                 tr("The database worker could not connect."));
                return;
            }
            *page = ProjectMemberSearch(s).page(next);
        },
        this,
        [this, page, generation] {
            if (generation != m_generation)
                return; // the query changed: these rows belong to no list shown
            if (!page->isOk()) {
                m_fetchFailed = true; // not again (and again) while scrolling
                setLoading(false, false);
                emit errorOccurred(page->outcome.fullText());
                return;
            }
            if (page->value.isEmpty()) {
                m_total = int(m_rows.size()); // fewer than counted (removed meanwhile)
                setLoading(false, false);
                emit totalChanged(m_total);
                return;
            }
            // Still loading while the rows go in: a view (or a model tester)
            // asking for more in between must not read the same page again.
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->value.size()) - 1);
            m_rows += page->value;
            endInsertRows();
            setLoading(false, false);
        });
}

QVariant ProjectMemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Membership &m = m_rows.at(index.row());
    const bool creator = isCreator(index.row());
    switch (role) {
    case UserIdRole:
        return m.userId;
    case IsCreatorRole:
        return creator;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: {
            const QString name = m.userName.isEmpty() ? tr("(no name)") : m.userName;
            return creator ? tr("%1 (creator)").arg(name) : name;
        }
        case Email:
            return m.userEmail;
        case Role:
            return m.isProjectAdmin ? tr("Project admin") : tr("User");
        case Added:
            return m.created.isValid()
                       ? QLocale().toString(m.created.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (creator)
            return tr("The project's creator: cannot be removed from the project.");
        return {};
    default:
        return {};
    }
}

QVariant ProjectMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("User");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace codemie
