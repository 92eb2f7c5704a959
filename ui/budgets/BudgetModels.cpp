#include "BudgetModels.h"

#include "PlatformSession.h"
#include "Theme.h"

#include <QApplication>
#include <QLocale>

namespace codemie {

namespace {
QString dateTimeText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                         : QStringLiteral("-");
}
} // namespace

QColor spendLevelColor(const QPalette &palette, SpendLevel level)
{
    const bool dark = Theme::isDark(palette);
    switch (level) {
    case SpendLevel::Ok:
        return dark ? QColor(0x7e, 0xd3, 0x8c) : QColor(0x1b, 0x6e, 0x2e);
    case SpendLevel::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x4b) : QColor(0x85, 0x5c, 0x00);
    case SpendLevel::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case SpendLevel::None:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------

BudgetListModel::BudgetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BudgetListModel::setBudgets(QList<BudgetListRow> budgets)
{
    beginResetModel();
    m_rows = std::move(budgets);
    endResetModel();
}

int BudgetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetListRow &b = m_rows.at(index.row());
    // Parsed only where shown or sorted on: the filter and the name sort ask
    // every row (thousands of project budgets) for other roles.
    const auto reset = [&b] {
        return BudgetRules::parseResetAt(b.resetAt);
    };
    switch (role) {
    case CategoryRole:
        return b.category;
    case TypeRole:
        return b.budgetType;
    case SearchTextRole:
        return QStringList{b.budgetId, b.name, b.projectName}.join(QLatin1Char(' '));
    case SortRole:
        switch (index.column()) {
        case Limits:
            return b.maxBudget;
        case Category:
            return BudgetRules::categoryOrder(b.category);
        case Duration:
            return BudgetRules::durationDays(b.duration);
        case Reset:
            return reset();
        case Updated:
            return b.updatedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return b.budgetId;
        case Name:
            return b.budgetType == QStringLiteral("project")
                       ? tr("%1\nProject %2").arg(b.name, b.projectName)
                       : b.name;
        case Category:
            return BudgetRules::categoryLabel(b.category);
        case Limits:
            return tr("%1\nSoft %2").arg(Money::format(b.maxBudget), Money::format(b.softBudget));
        case Duration:
            return BudgetRules::durationLabel(b.duration);
        case Reset: {
            const QDateTime at = reset();
            return at.isValid() ? dateTimeText(at)
                                : (b.resetAt.isEmpty() ? QStringLiteral("-") : b.resetAt);
        }
        case Updated:
            return dateTimeText(b.updatedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Limits)
            return tr("Hard limit %1 (blocks requests); soft limit %2 (warns)")
                .arg(Money::format(b.maxBudget), Money::format(b.softBudget));
        if (index.column() == Name && !b.description.isEmpty())
            return b.description;
        if (index.column() == Id)
            return b.budgetId; // whole, where the column is narrow
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Limits)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BudgetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Budget ID");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Limits:
        return tr("Limits");
    case Duration:
        return tr("Duration");
    case Reset:
        return tr("Reset");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------

BudgetFilterModel::BudgetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BudgetListModel::SortRole);
}

void BudgetFilterModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void BudgetFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void BudgetFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool BudgetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && i.data(BudgetListModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_type.isEmpty() && i.data(BudgetListModel::TypeRole).toString() != m_type)
        return false;
    return m_search.isEmpty() || i.data(BudgetListModel::SearchTextRole)
                                     .toString()
                                     .contains(m_search, Qt::CaseInsensitive);
}

// ---------------------------------------------------------------------------

BudgetAssigneeModel::BudgetAssigneeModel(QObject *parent)
    : WorkerTableModel(parent)
{}

void BudgetAssigneeModel::setSession(PlatformSession *session,
                                     std::shared_ptr<SessionWorker> worker)
{
    m_session = session;
    if (worker && session)
        setSharedWorker(std::move(worker));
    else
        setWorkerSession(session);
    m_budget = {};
    reload();
}

void BudgetAssigneeModel::setBudget(const BudgetListRow &budget)
{
    m_budget = budget;
    reload();
}

void BudgetAssigneeModel::reload()
{
    if (!hasWorker() || m_budget.budgetId.isEmpty()) {
        clearAtOnce([this] { m_rows.clear(); });
        return;
    }
    const QString id = m_budget.budgetId;
    readFirstPage<QList<BudgetAssignee>>(
        [id](PlatformSession &s) {
            const auto counts = BudgetViewRepository(s).assigneeCounts(id);
            return Result<int>{counts.outcome, counts.value.total()};
        },
        [id](PlatformSession &s) { return BudgetViewRepository(s).assignees(id, 0, PageSize); },
        [this](QList<BudgetAssignee> &&rows) { m_rows = std::move(rows); });
}

void BudgetAssigneeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QString id = m_budget.budgetId;
    const int offset = int(m_rows.size());
    readNextPage<QList<BudgetAssignee>>(
        [id, offset](PlatformSession &s) {
            return BudgetViewRepository(s).assignees(id, offset, PageSize);
        },
        [this](QList<BudgetAssignee> &&rows) { m_rows += rows; });
}

int BudgetAssigneeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetAssigneeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetAssigneeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetAssignee &a = m_rows.at(index.row());
    // A member is measured against their allocation, others against the budget.
    const std::optional<double> limit = a.kind == BudgetAssignee::Kind::Member
                                            ? a.allocatedMax
                                            : std::optional<double>(m_budget.maxBudget);
    const SpendLevel level = BudgetRules::level(a.currentSpend, limit);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AssignedTo:
            return a.label;
        case Kind:
            switch (a.kind) {
            case BudgetAssignee::Kind::User:
                return tr("User");
            case BudgetAssignee::Kind::Project:
                return tr("Project");
            case BudgetAssignee::Kind::Member:
                return tr("Project member");
            }
            return {};
        case Name:
            return a.name;
        case Category:
            return BudgetRules::categoryLabel(a.category);
        case CurrentSpend: {
            const auto p = BudgetRules::percent(a.currentSpend, limit);
            return p ? tr("%1 (%2 %)")
                           .arg(Money::format(a.currentSpend), QLocale().toString(*p, 'f', 1))
                     : Money::format(a.currentSpend);
        }
        case Allocation:
            if (a.kind != BudgetAssignee::Kind::Member)
                return QString();
            return a.overridden ? tr("%1 ★ override").arg(Money::format(a.allocatedMax))
                                : Money::format(a.allocatedMax);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == CurrentSpend && level != SpendLevel::None)
            return spendLevelColor(QApplication::palette(), level);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Allocation && a.overridden)
            return tr("This member has a fixed (manually overridden) allocation.");
        if (index.column() == CurrentSpend)
            return tr("Spend in the current budget period, as last collected by the platform "
                      "(nightly)");
        return {};
    default:
        return {};
    }
}

QVariant BudgetAssigneeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssignedTo:
        return tr("Assigned to");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case CurrentSpend:
        return tr("Current spend");
    case Allocation:
        return tr("Allocation");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------

SpendSeriesModel::SpendSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpendSeriesModel::setSeries(const SpendSeries &series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

int SpendSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.points.size());
}

int SpendSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_series.points.size())
        return {};
    const SpendSeriesPoint &p = m_series.points.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day:
            return QLocale().toString(p.day, QLocale::ShortFormat);
        case Daily:
            return Money::format(p.daily);
        case Cumulative:
            return Money::format(p.cumulative);
        case Reset:
            return p.reset ? tr("Budget reset") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Daily || index.column() == Cumulative))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SpendSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day (UTC)");
    case Daily:
        return tr("Spend");
    case Cumulative:
        return tr("Cumulative");
    case Reset:
        return tr("Reset");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------

TopSpenderModel::TopSpenderModel(QString title, QObject *parent)
    : QAbstractTableModel(parent)
    , m_title(std::move(title))
{}

void TopSpenderModel::setRows(QList<TopSpender> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TopSpenderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopSpenderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopSpenderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TopSpender &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == Who ? t.label : Money::format(t.spend);
    if (role == Qt::TextAlignmentRole && index.column() == Spend)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Who)
        return tr("Double-click to show this spend over time");
    return {};
}

QVariant TopSpenderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Who ? m_title : tr("Spend");
}

} // namespace codemie
