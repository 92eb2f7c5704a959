#include "ProjectMemberModel.h"

#include "PlatformSession.h"

#include <QLocale>

namespace codemie {

ProjectMemberModel::ProjectMemberModel(QObject *parent)
    : WorkerTableModel(parent)
{}

ProjectMemberModel::~ProjectMemberModel() = default;

void ProjectMemberModel::setSession(PlatformSession *session, const ProjectRecord &project)
{
    if (session != m_session) {
        m_session = session;
        setWorkerSession(session);
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

void ProjectMemberModel::reload()
{
    if (!hasWorker() || m_project.name.isEmpty()) {
        clearAtOnce([this] { m_rows.clear(); });
        return;
    }
    ProjectMemberQuery query = m_query;
    query.offset = 0;
    query.limit = PageSize;
    readFirstPage<QList<Membership>>(
        [query](PlatformSession &s) { return ProjectMemberSearch(s).count(query); },
        [query](PlatformSession &s) { return ProjectMemberSearch(s).page(query); },
        [this](QList<Membership> &&rows) { m_rows = std::move(rows); });
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

void ProjectMemberModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ProjectMemberQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = PageSize;
    readNextPage<QList<Membership>>(
        [next](PlatformSession &s) { return ProjectMemberSearch(s).page(next); },
        [this](QList<Membership> &&rows) { m_rows += rows; });
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
            const QString name = m.userName.trimmed().isEmpty() ? QStringLiteral("-") : m.userName;
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
