#include "ProjectTableModel.h"

#include "BudgetModels.h"
#include "BudgetViewRepository.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace codemie {

ProjectTableModel::ProjectTableModel(QObject *parent)
    : WorkerTableModel(parent)
{}

ProjectTableModel::~ProjectTableModel() = default;

void ProjectTableModel::setSession(PlatformSession *session)
{
    m_session = session;
    setWorkerSession(session);
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
    if (!hasWorker() || !m_session->caps().hasUsersTable) {
        clearAtOnce([this] {
            m_rows.clear();
            m_budgets.clear();
        }); // nothing to read
        return;
    }
    ProjectQuery query = m_query;
    query.offset = 0;
    // The worker's session probed the schema when it connected; read with
    // the columns the console's session knows now (after an upgrade, say).
    const QString revision = m_session->schema().revision;
    readFirstPage<Rows>(
        [query, revision](PlatformSession &s) {
            if (s.schema().revision != revision)
                s.refresh(); // a failure shows in the reads below
            if (!s.caps().hasUsersTable)
                return Result<int>{}; // no projects to list (zero, no error)
            return ProjectRepository(s).count(query);
        },
        [query](PlatformSession &s) {
            if (!s.caps().hasUsersTable)
                return Result<Rows>{};
            return readRows(s, query);
        },
        [this](Rows &&rows) {
            m_rows = std::move(rows.projects);
            m_budgets = std::move(rows.budgets);
        });
}

Result<ProjectTableModel::Rows> ProjectTableModel::readRows(PlatformSession &s,
                                                            const ProjectQuery &query)
{
    Result<Rows> r;
    auto page = ProjectRepository(s).page(query);
    r.outcome = page.outcome;
    if (!r.outcome)
        return r;
    r.value.projects = std::move(page.value);
    if (!s.caps().hasProjectBudgets)
        return r;
    QStringList names;
    for (const ProjectRecord &p : std::as_const(r.value.projects))
        names << p.name;
    auto budgets = BudgetViewRepository(s).projectBudgetCells(names);
    r.outcome = budgets.outcome;
    r.value.budgets = std::move(budgets.value);
    return r;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ProjectQuery next = m_query;
    next.offset = int(m_rows.size());
    readNextPage<Rows>([next](PlatformSession &s) { return readRows(s, next); },
                       [this](Rows &&rows) {
                           m_rows += rows.projects;
                           m_budgets.insert(rows.budgets);
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
        case CostCenter: // "-" for none, as the web UI shows a missing value
            return p.costCenterName.isEmpty() ? QStringLiteral("-") : p.costCenterName;
        case Created:
            return p.created.isValid()
                       ? QLocale().toString(p.created.toLocalTime().date(), QLocale::ShortFormat)
                       : QStringLiteral("-");
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
        case Budgets: // as the Users page's Budgets column (src/core/BudgetCell)
            return BudgetCell::oneLine(BudgetCell::lines(m_budgets.value(p.name)));
        default:
            return {};
        }
    }
    if (index.column() == Budgets && (role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        const QList<BudgetCellLine> lines = BudgetCell::lines(m_budgets.value(p.name));
        if (role == Qt::ToolTipRole)
            return BudgetCell::toolTip(lines);
        const QColor c = spendLevelColor(QApplication::palette(), lines.first().level);
        return c.isValid() ? QVariant(c) : QVariant();
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
    case Budgets:
        return tr("Budgets");
    default:
        return {};
    }
}

} // namespace codemie
