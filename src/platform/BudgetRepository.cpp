#include "BudgetRepository.h"

#include "PlatformSession.h"

#include <QSqlQuery>

namespace codemie {

BudgetRepository::BudgetRepository(PlatformSession &session)
    : m_session(session)
{}

bool BudgetRepository::available() const
{
    return m_session.caps().hasGlobalBudgets;
}

Result<QList<Budget>> BudgetRepository::budgets() const
{
    Result<QList<Budget>> r;
    if (!available())
        return r;
    const SchemaCapabilities &caps = m_session.caps();
    const QString type =
        caps.hasProjectBudgets ? QStringLiteral("b.budget_type") : QStringLiteral("'global'");
    const QString project =
        caps.hasProjectBudgets ? QStringLiteral("b.project_name") : QStringLiteral("NULL");
    const QString alive =
        caps.hasProjectBudgets ? QStringLiteral("b.deleted_at IS NULL") : QStringLiteral("1 = 1");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q, QStringLiteral("SELECT b.budget_id, b.name, b.description, b.budget_category, %1, "
                          "b.budget_duration, %2, b.soft_budget, b.max_budget, b.budget_reset_at, "
                          "(SELECT count(*) FROM user_budget_assignments uba WHERE uba.budget_id "
                          "= b.budget_id) FROM budgets b WHERE %3 ORDER BY %1, "
                          "b.budget_category, lower(b.name)")
               .arg(type, project, alive));
    while (r.outcome && q.next()) {
        Budget b;
        b.budgetId = q.value(0).toString();
        b.name = q.value(1).toString();
        b.description = q.value(2).toString();
        b.category = q.value(3).toString();
        b.budgetType = q.value(4).toString();
        b.duration = q.value(5).toString();
        b.projectName = q.value(6).toString();
        b.softBudget = q.value(7).toDouble();
        b.maxBudget = q.value(8).toDouble();
        b.resetAt = q.value(9).toString();
        b.assignedUsers = q.value(10).toInt();
        r.value << b;
    }
    return r;
}

Result<QList<SpendPoint>> BudgetRepository::projectSpend(const QDate &from, const QDate &to,
                                                         const QString &projectName) const
{
    Result<QList<SpendPoint>> r;
    const SchemaCapabilities &caps = m_session.caps();
    if (caps.spendTable.isEmpty())
        return r;
    const bool subjects = caps.spendTable == QStringLiteral("project_spend_tracking");
    QString sql =
        QStringLiteral("SELECT CAST(spend_date AS DATE), project_name, %1, "
                       "sum(daily_spend), sum(budget_period_spend) FROM %2 WHERE "
                       "spend_date >= ? AND spend_date < ?")
            .arg(subjects ? QStringLiteral("coalesce(budget_category, '')") : QStringLiteral("''"),
                 caps.spendTable);
    if (!m_session.db().isPostgres())
        sql.replace(QStringLiteral("CAST(spend_date AS DATE)"),
                    QStringLiteral("substr(spend_date, 1, 10)"));
    QVariantList params{from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    if (subjects)
        sql += QStringLiteral(" AND (spend_subject_type = 'key' OR spend_subject_type IS NULL)");
    if (!projectName.isEmpty()) {
        sql += QStringLiteral(" AND project_name = ?");
        params << projectName;
    }
    sql += QStringLiteral(" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next()) {
        SpendPoint p;
        p.day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        p.subject = q.value(1).toString();
        p.category = q.value(2).toString();
        p.dailySpend = q.value(3).toDouble();
        p.periodSpend = q.value(4).toDouble();
        r.value << p;
    }
    return r;
}

Result<double> BudgetRepository::totalSpend(const QDate &from, const QDate &to) const
{
    Result<double> r;
    const auto points = projectSpend(from, to);
    r.outcome = points.outcome;
    for (const SpendPoint &p : points.value)
        r.value += p.dailySpend;
    return r;
}

} // namespace codemie
