#include "ProjectTableModel.h"

#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"

#include <QLocale>

namespace codemie {

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ProjectTableModel::~ProjectTableModel() = default;

void ProjectTableModel::setSession(PlatformSession *session)
{
    m_session = session;
    m_worker.reset(); // waits for a read in progress; its answer is dropped
    if (session && session->db().isOpen())
        m_worker = std::make_unique<SessionWorker>(session->clone());
    reload();
}

void ProjectTableModel::setQuery(const ProjectQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    reload();
}

void ProjectTableModel::setLoading(bool reloading, bool fetching)
{
    const bool was = isLoading();
    m_reloading = reloading;
    m_fetching = fetching;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void ProjectTableModel::reload()
{
    const quint64 generation = ++m_generation; // drops the answers still on their way
    m_fetchFailed = false;
    if (!m_worker || !m_session->caps().hasUsersTable) {
        // Nothing to read: empty at once.
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        endResetModel();
        setLoading(false, false);
        emit totalChanged(m_total);
        emit loaded();
        return;
    }
    // The rows shown stay until the answer replaces them.
    setLoading(true, false);
    struct Answer {
        bool connected = true;
        Result<int> total;
        Result<QList<ProjectRecord>> rows;
    };
    auto answer = std::make_shared<Answer>();
    ProjectQuery query = m_query;
    query.offset = 0;
    // The worker's session probed the schema when it connected; read with
    // the columns the console's session knows now (after an upgrade, say).
    const QString revision = m_session->schema().revision;
    m_worker->run(
        [answer, query, revision](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->connected = false;
                return;
            }
            if (s.schema().revision != revision)
                s.refresh(); // a failure shows in the reads below
            if (!s.caps().hasUsersTable)
                return; // no projects to list (zero, no error)
            const ProjectRepository repo(s);
            answer->total = repo.count(query);
            if (answer->total.isOk())
                answer->rows = repo.page(query);
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
            m_rows = error.isEmpty() ? std::move(answer->rows.value) : QList<ProjectRecord>();
            m_total = error.isEmpty() ? answer->total.value : 0;
            endResetModel();
            setLoading(false, false);
            if (!error.isEmpty())
                emit errorOccurred(error);
            emit totalChanged(m_total);
            emit loaded();
        });
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    // One read at a time, and not for rows that are about to be replaced.
    return !parent.isValid() && m_worker && !isLoading() && !m_fetchFailed &&
           m_rows.size() < m_total;
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(false, true);
    ProjectQuery next = m_query;
    next.offset = int(m_rows.size());
    const quint64 generation = m_generation;
    auto page = std::make_shared<Result<QList<ProjectRecord>>>();
    m_worker->run(
        [page, next](PlatformSession &s) {
            if (!s.db().isOpen()) {
                page->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                 tr("The database worker could not connect."));
                return;
            }
            *page = ProjectRepository(s).page(next);
        },
        this,
        [this, page, generation] {
            if (generation != m_generation)
                return; // the query changed: these rows belong to no list shown
            if (!page->isOk()) {
                m_fetchFailed = true; // not again (and again) while scrolling
                setLoading(false, false);
                emit errorOccurred(page->outcome.fullText());
                emit moreLoaded();
                return;
            }
            if (page->value.isEmpty()) {
                // Fewer rows than counted (deleted meanwhile).
                m_total = int(m_rows.size());
                setLoading(false, false);
                emit totalChanged(m_total);
                emit moreLoaded();
                return;
            }
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->value.size()) - 1);
            m_rows += page->value;
            endInsertRows();
            setLoading(false, false);
            emit moreLoaded();
        });
}

int ProjectTableModel::rowOf(const QString &projectName) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == projectName)
            return i;
    return -1;
}

bool ProjectTableModel::isSortable(int column)
{
    return column == Name || column == Created || column == Members;
}

bool ProjectTableModel::applySort(ProjectQuery &query, int column, Qt::SortOrder order)
{
    if (column == Name)
        query.sortKey = ProjectQuery::SortKey::Name;
    else if (column == Created)
        query.sortKey = ProjectQuery::SortKey::Created;
    else if (column == Members)
        query.sortKey = ProjectQuery::SortKey::Members;
    else
        return false;
    query.descending = order == Qt::DescendingOrder;
    return true;
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    ProjectQuery q = m_query;
    if (applySort(q, column, order))
        setQuery(q);
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProjectRecord &p = m_rows.at(index.row());
    if (role == ProjectNameRole)
        return p.name;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p.displayName.isEmpty() || p.displayName == p.name
                       ? p.name
                       : QStringLiteral("%1 (%2)").arg(p.name, p.displayName);
        case DisplayName:
            return p.displayName;
        case CostCenter:
            return p.costCenterName;
        case Created:
            return p.created.isValid()
                       ? QLocale().toString(p.created.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case Members:
            return p.memberCount;
        case Admins:
            return p.adminCount;
        case Type:
            return p.isPersonal() ? tr("Personal") : tr("Shared");
        case CreatedBy:
            return p.createdBy.isEmpty()
                       ? tr("(system)")
                       : (p.createdByEmail.isEmpty() ? p.createdBy : p.createdByEmail);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !p.description.isEmpty())
        return p.description;
    if (role == Qt::TextAlignmentRole && (index.column() == Members || index.column() == Admins))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case DisplayName:
        return tr("Display name");
    case CostCenter:
        return tr("Cost center");
    case Created:
        return tr("Created");
    case Members:
        return tr("Users");
    case Admins:
        return tr("Admins");
    case Type:
        return tr("Type");
    case CreatedBy:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace codemie
