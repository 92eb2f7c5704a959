#include "ProjectTableModel.h"

#include "PlatformSession.h"
#include "ProjectRepository.h"

#include <QLocale>

namespace codemie {

ProjectTableModel::ProjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProjectTableModel::setSession(PlatformSession *session)
{
    m_session = session;
    reload();
}

void ProjectTableModel::setQuery(const ProjectQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    reload();
}

void ProjectTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_session && m_session->db().isOpen() && m_session->caps().hasUsersTable) {
        ProjectRepository repo(*m_session);
        const auto total = repo.count(m_query);
        const auto page = repo.page(m_query);
        if (total.isOk() && page.isOk()) {
            m_total = total.value;
            m_rows = page.value;
        } else {
            emit errorOccurred(total.isOk() ? page.outcome.fullText() : total.outcome.fullText());
        }
    }
    endResetModel();
    emit totalChanged(m_total);
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
    return !parent.isValid() && m_session && m_rows.size() < m_total;
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ProjectQuery next = m_query;
    next.offset = int(m_rows.size());
    const auto page = ProjectRepository(*m_session).page(next);
    if (!page.isOk()) {
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
