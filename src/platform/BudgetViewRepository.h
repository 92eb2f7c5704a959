#pragma once

#include "BudgetCell.h"
#include "DomainTypes.h"
#include "Outcome.h"
#include "SpendSeries.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <optional>

namespace codemie {

class PlatformSession;
struct SchemaCapabilities;

// A budget as the Budgets page lists it (web UI §6.3).
struct BudgetListRow {
    QString budgetId;
    QString name;
    QString description;
    QString category;
    QString budgetType; // global | project
    QString projectName;
    QString duration;
    double softBudget = 0.0;
    double maxBudget = 0.0;
    QString resetAt; // raw text, as LiteLLM reports it
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Who a budget is assigned to: a user (global budgets), a project or a
// project member's allocation (project budgets).
struct BudgetAssignee {
    enum class Kind { User, Project, Member };
    Kind kind = Kind::User;
    QString id;    // user id or project name
    QString label; // e-mail (or id when the user is gone) or project name
    QString name;  // the user's name
    QString category;
    QDateTime assignedAt;
    std::optional<double> currentSpend; // latest spend recorded in the budget period
    std::optional<double> allocatedMax; // members: their allocation
    bool overridden = false;            // members: a fixed (manual) allocation
};

struct BudgetAssigneeCounts {
    int users = 0;
    int projects = 0;
    int members = 0;
    int total() const { return users + projects + members; }
};

// The budget's spend now: the latest period spend of every subject of the
// budget, added up.
struct BudgetCurrentSpend {
    std::optional<double> spend;   // none: nothing recorded for this budget
    QDate asOf;                    // the latest day recorded
    int subjects = 0;              // users or projects with recorded spend
    std::optional<double> highest; // the largest subject's spend
};

// What the spend chart shows.
struct SpendSubject {
    enum class Kind { All, Project, User };
    Kind kind = Kind::All;
    // A project name, or a user's e-mail or id.
    QString key;
    QString category; // empty: every category
};

// The subject's budgets, for the chart's limit lines and reset marks.
struct SpendLimits {
    QString resolvedId;   // the user id or project name found
    QString resolvedName; // what to call the subject
    std::optional<double> hardLimit;
    std::optional<double> softLimit;
    QList<QDate> resetDays;
    int budgets = 0;
};

// One category card of a project's budgets (web UI §6.2).
struct ProjectBudgetCard {
    QString category;
    QString budgetId;
    QString name;
    std::optional<double> spend; // the latest period spend recorded; none: nothing yet
    std::optional<double> hardLimit;
    std::optional<double> softLimit;
    QString duration;
    QString resetAt; // raw text, as LiteLLM reports it
    BudgetSync::Status sync = BudgetSync::Status::Unknown;
    QString allocationMode; // equal | fixed
};

// The project's active budget group (2.36+).
struct ProjectBudgetGroupInfo {
    QString id;
    QString name;
    QString duration;
    QString description;
    QString createdBy;
    QDateTime createdAt;
};

// One member's allocation of a project budget category.
struct MemberAllocation {
    QString userId;
    QString email; // the user id when the user is gone
    QString name;
    QString category;
    std::optional<double> allocatedMax;
    std::optional<double> allocatedSoft;
    std::optional<double> spend;
    bool overridden = false; // a fixed (manually overridden) allocation
    QString overrideReason;
    BudgetSync::Status sync = BudgetSync::Status::Unknown;
};

struct ProjectBudgets {
    QList<ProjectBudgetCard> cards; // assigned categories, in the web UI's order
    std::optional<ProjectBudgetGroupInfo> group;
    QList<MemberAllocation> members; // by e-mail, then category order
    int memberTotal = 0;             // allocations in all (members may be cut)
};

// A global budget assigned to a user, with the user's spend against it.
struct UserBudgetRow {
    QString category;
    QString budgetId;
    QString name; // empty when the budget was deleted
    std::optional<double> hardLimit;
    std::optional<double> softLimit;
    QString duration;
    QString resetAt;
    std::optional<double> spend; // the latest period spend of the user's customer
};

struct TopSpender {
    QString id;    // project name or user id
    QString label; // project name or e-mail
    double spend = 0.0;
};

// The reads behind the Budgets page and the spend chart. Read-only: the
// platform applies budget changes through its API and LLM proxy.
class BudgetViewRepository {
public:
    explicit BudgetViewRepository(PlatformSession &session);

    bool available() const;

    // Active budgets, global and project, by name.
    Result<QList<BudgetListRow>> budgets() const;
    Result<BudgetAssigneeCounts> assigneeCounts(const QString &budgetId) const;
    // Users, then projects, then member allocations, by e-mail or name.
    Result<QList<BudgetAssignee>> assignees(const QString &budgetId, int offset, int limit) const;
    Result<BudgetCurrentSpend> currentSpend(const QString &budgetId) const;
    // What the web UI's budget cell (§6.4) of each user needs: per assigned
    // category the budget's hard limit (none when the budget was deleted)
    // and the latest period spend of the user's customer (none when nothing
    // was recorded). Users without assignments are absent.
    Result<QHash<QString, QList<CategorySpend>>> userBudgetCells(const QStringList &userIds) const;
    // The same for one user inside a larger PostgreSQL statement: a scalar
    // subquery giving the user `userIdSql`'s cell input as JSON text
    // ([[category, hard limit, spend], …], NULL without assignments);
    // "NULL" when the schema has no global budgets. Read back with
    // budgetCellFromJson().
    QString userBudgetCellJsonSql(const QString &userIdSql) const;
    static QList<CategorySpend> budgetCellFromJson(const QString &json);
    // The same for projects (2.25+): per active project budget category its
    // hard limit and the latest period spend of the project's budget.
    Result<QHash<QString, QList<CategorySpend>>>
    projectBudgetCells(const QStringList &projectNames) const;
    // A project's budget cards, group and member allocations (at most
    // `memberLimit` allocations; memberTotal counts all).
    Result<ProjectBudgets> projectBudgets(const QString &projectName, int memberLimit = 500) const;
    // A user's global budget assignments in the web UI's category order.
    Result<QList<UserBudgetRow>> userBudgets(const QString &userId) const;
    // SQL for the Total spend of the budget cell of the user `userAlias`.id:
    // the latest period spend of each assigned category's customer, added
    // up, as DOUBLE PRECISION; 0 without assignments or spend (and before
    // 2.23). For ORDER BY and keyset conditions.
    static QString userTotalSpendSql(const SchemaCapabilities &caps, const QString &userAlias);

    // Spend per UTC day of the subject in [from, to].
    Result<QList<DailySpend>> dailySpend(const SpendSubject &subject, const QDate &from,
                                         const QDate &to) const;
    // The subject's budgets (limits summed over its categories) and their
    // reset days in [from, to]; NotFound when the user or project does not
    // exist.
    Result<SpendLimits> limits(const SpendSubject &subject, const QDate &from,
                               const QDate &to) const;
    // Largest spenders in [from, to]: projects by their keys' spend, users
    // by their budgets' spend.
    Result<QList<TopSpender>> topProjects(const QDate &from, const QDate &to, int limit,
                                          const QString &category = {}) const;
    Result<QList<TopSpender>> topUsers(const QDate &from, const QDate &to, int limit,
                                       const QString &category = {}) const;

private:
    // "UTC day of spend_date" and a range condition on spend_date for
    // [from, to], with their parameters.
    QString dayExpression() const;
    QString rangeCondition(const QDate &from, const QDate &to, QVariantList &params) const;
    bool hasSubjects() const;
    PlatformSession &m_session;
};

} // namespace codemie
