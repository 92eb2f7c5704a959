#include "UserTableModel.h"

#include "PlatformSession.h"
#include "UserRepository.h"

#include <QLocale>

namespace codemie {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setSession(PlatformSession *session)
{
    m_session = session;
    reload();
}

void UserTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    reload();
}

void UserTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_session && m_session->db().isOpen() && m_session->caps().hasUsersTable) {
        UserRepository repo(*m_session);
        const auto total = repo.count(m_query);
        if (total.isOk()) {
            m_total = total.value;
            UserQuery first = m_query;
            first.offset = 0;
            const auto page = repo.page(first);
            if (page.isOk())
                m_rows = page.value;
            else
                emit errorOccurred(page.outcome.fullText());
        } else {
            emit errorOccurred(total.outcome.fullText());
        }
    }
    endResetModel();
    emit totalChanged(m_total);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_rows.size() < m_total;
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    UserQuery next = m_query;
    next.offset = int(m_rows.size());
    const auto page = UserRepository(*m_session).page(next);
    if (!page.isOk()) {
        emit errorOccurred(page.outcome.fullText());
        return;
    }
    if (page.value.isEmpty()) {
        m_total = int(m_rows.size()); // rows vanished since the count
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value.size()) - 1);
    m_rows += page.value;
    endInsertRows();
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, UserQuery::SortKey> keys = {
        {Name, UserQuery::SortKey::Name},           {Email, UserQuery::SortKey::Email},
        {UserType, UserQuery::SortKey::UserType},   {Projects, UserQuery::SortKey::Projects},
        {Admin, UserQuery::SortKey::Admin},         {Maintainer, UserQuery::SortKey::Maintainer},
        {LastLogin, UserQuery::SortKey::LastLogin}, {Created, UserQuery::SortKey::Created}};
    if (!keys.contains(column))
        return;
    UserQuery q = m_query;
    q.sortKey = keys.value(column);
    q.descending = order == Qt::DescendingOrder;
    if (q == m_query)
        return;
    setQuery(q);
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UserRecord &u = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return u.name.isEmpty() ? tr("(no name)") : u.name;
        case Email:
            return u.email;
        case UserType:
            return u.userType == QStringLiteral("external") ? tr("External") : tr("Regular");
        case Projects:
            return u.projectCount;
        case Admin:
            return u.isAdmin ? tr("Yes") : QString();
        case Maintainer:
            return u.isMaintainer ? tr("Yes") : QString();
        case Active:
            return u.isDeactivated() ? tr("Deactivated") : tr("Active");
        case AuthSource:
            return u.authSource;
        case LastLogin:
            return u.lastLoginAt.isValid()
                       ? locale.toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case Created:
            return u.created.isValid()
                       ? locale.toString(u.created.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Email)
        return tr("Username: %1").arg(u.username);
    if (role == Qt::TextAlignmentRole && index.column() == Projects)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case UserType:
        return tr("User type");
    case Projects:
        return tr("Projects");
    case Admin:
        return tr("Admin");
    case Maintainer:
        return tr("Maintainer");
    case Active:
        return tr("Status");
    case AuthSource:
        return tr("Auth source");
    case LastLogin:
        return tr("Last login");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace codemie
