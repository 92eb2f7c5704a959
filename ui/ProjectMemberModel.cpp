#include "ProjectMemberModel.h"

#include "PlatformSession.h"

#include <QLocale>

namespace codemie {

ProjectMemberModel::ProjectMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProjectMemberModel::setSession(PlatformSession *session, const ProjectRecord &project)
{
    m_session = session;
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
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString error;
    if (m_session && m_session->db().isOpen() && !m_project.name.isEmpty()) {
        ProjectMemberSearch search(*m_session);
        ProjectMemberQuery q = m_query;
        q.offset = 0;
        q.limit = PageSize;
        const auto total = search.count(q);
        const auto page = search.page(q);
        if (total.isOk() && page.isOk()) {
            m_total = total.value;
            m_rows = page.value;
        } else {
            error = total.isOk() ? page.outcome.fullText() : total.outcome.fullText();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
    emit totalChanged(m_total);
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
    return !parent.isValid() && m_session && m_rows.size() < m_total;
}

void ProjectMemberModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ProjectMemberQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = PageSize;
    const auto page = ProjectMemberSearch(*m_session).page(next);
    if (!page.isOk()) {
        m_total = int(m_rows.size()); // stop asking until the next reload
        emit errorOccurred(page.outcome.fullText());
        return;
    }
    if (page.value.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value.size()) - 1);
    m_rows += page.value;
    endInsertRows();
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
