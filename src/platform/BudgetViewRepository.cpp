#include "BudgetViewRepository.h"

#include "BudgetCell.h"
#include "PlatformSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BudgetViewRepository)
};

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// LiteLLM customers are "<id>", "<id>_codemie_cli" and
// "<id>_codemie_premium_models"; the spend rows carry them in project_name,
// which is indexed (2.25+ rows also have user_id, which is not: matching it
// too would read the whole table).
QString userRowsCondition(const QString &alias, const QString &userId, QVariantList &params)
{
    params << userId << BudgetRules::customerId(userId, QStringLiteral("cli"))
           << BudgetRules::customerId(userId, QStringLiteral("premium_models"));
    return QStringLiteral("%1.project_name IN (?, ?, ?)").arg(alias);
}

// `column` of the latest spend row of the user assignment `a` (user_id,
// category, budget_id).
QString latestUserRow(const QString &table, const QString &column)
{
    return QStringLiteral("(SELECT %2 FROM %1 s WHERE s.project_name = CASE a.category WHEN 'cli' "
                          "THEN a.user_id || '_codemie_cli' WHEN 'premium_models' THEN a.user_id "
                          "|| '_codemie_premium_models' ELSE a.user_id END AND "
                          "s.spend_subject_type = 'budget' AND s.budget_id = a.budget_id ORDER BY "
                          "s.spend_date DESC LIMIT 1)")
        .arg(table, column);
}

// `column` of the latest spend row of the project assignment `p`.
QString latestProjectRow(const QString &table, const QString &column)
{
    return QStringLiteral("(SELECT %2 FROM %1 s WHERE s.project_name = p.project_name AND "
                          "s.spend_subject_type = 'project_budget' AND s.budget_id = p.budget_id "
                          "ORDER BY s.spend_date DESC LIMIT 1)")
        .arg(table, column);
}
} // namespace

BudgetViewRepository::BudgetViewRepository(PlatformSession &session)
    : m_session(session)
{}

bool BudgetViewRepository::available() const
{
    return m_session.caps().hasGlobalBudgets;
}

bool BudgetViewRepository::hasSubjects() const
{
    return m_session.caps().spendTable == QStringLiteral("project_spend_tracking");
}

QString BudgetViewRepository::dayExpression() const
{
    // The UTC calendar day, whatever the session's time zone; SQLite's
    // date() applies an offset written in the text.
    return m_session.db().isPostgres()
               ? QStringLiteral("CAST((s.spend_date AT TIME ZONE 'UTC') AS DATE)")
               : QStringLiteral("date(s.spend_date)");
}

QString BudgetViewRepository::rangeCondition(const QDate &from, const QDate &to,
                                             QVariantList &params) const
{
    if (m_session.db().isPostgres()) {
        params << QStringLiteral("%1T00:00:00Z").arg(from.toString(Qt::ISODate))
               << QStringLiteral("%1T00:00:00Z").arg(to.addDays(1).toString(Qt::ISODate));
        return QStringLiteral("s.spend_date >= CAST(? AS TIMESTAMPTZ) AND s.spend_date < CAST(? "
                              "AS TIMESTAMPTZ)");
    }
    // Text in SQLite: a wide range the index can use, then the exact UTC days.
    params << from.addDays(-1).toString(Qt::ISODate) << to.addDays(2).toString(Qt::ISODate)
           << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
    return QStringLiteral("s.spend_date >= ? AND s.spend_date < ? AND date(s.spend_date) BETWEEN "
                          "? AND ?");
}

Result<QList<BudgetListRow>> BudgetViewRepository::budgets() const
{
    Result<QList<BudgetListRow>> r;
    if (!available())
        return r;
    const SchemaCapabilities &caps = m_session.caps();
    const bool v25 = caps.hasProjectBudgets;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q, QStringLiteral("SELECT b.budget_id, b.name, b.description, b.budget_category, %1, %2, "
                          "b.budget_duration, b.soft_budget, b.max_budget, b.budget_reset_at, "
                          "b.created_at, b.updated_at FROM budgets b WHERE %3 ORDER BY "
                          "lower(b.name), b.budget_id")
               .arg(v25 ? QStringLiteral("b.budget_type") : QStringLiteral("'global'"),
                    v25 ? QStringLiteral("b.project_name") : QStringLiteral("NULL"),
                    v25 ? QStringLiteral("b.deleted_at IS NULL AND b.budget_origin_type = 'main'")
                        : QStringLiteral("1 = 1")));
    while (r.outcome && q.next()) {
        BudgetListRow b;
        b.budgetId = q.value(0).toString();
        b.name = q.value(1).toString();
        b.description = q.value(2).toString();
        b.category = q.value(3).toString();
        b.budgetType = q.value(4).toString();
        b.projectName = q.value(5).toString();
        b.duration = q.value(6).toString();
        b.softBudget = q.value(7).toDouble();
        b.maxBudget = q.value(8).toDouble();
        b.resetAt = q.value(9).toString();
        b.createdAt = PlatformDatabase::toUtc(q.value(10));
        b.updatedAt = PlatformDatabase::toUtc(q.value(11));
        r.value << b;
    }
    return r;
}

Result<BudgetAssigneeCounts> BudgetViewRepository::assigneeCounts(const QString &budgetId) const
{
    Result<BudgetAssigneeCounts> r;
    if (!available())
        return r;
    const PlatformDatabase &db = m_session.db();
    auto count = [&](const QString &sql, int &into) {
        if (!r.outcome)
            return;
        const auto v = db.scalar(sql, {budgetId});
        r.outcome = v.outcome;
        into = v.value.toInt();
    };
    count(QStringLiteral("SELECT count(*) FROM user_budget_assignments WHERE budget_id = ?"),
          r.value.users);
    if (m_session.caps().hasProjectBudgets) {
        count(QStringLiteral("SELECT count(*) FROM project_budget_assignments WHERE budget_id = ? "
                             "AND deleted_at IS NULL"),
              r.value.projects);
        count(QStringLiteral("SELECT count(*) FROM project_member_budget_assignments WHERE "
                             "project_budget_id = ? AND pmba_deleted_at IS NULL"),
              r.value.members);
    }
    return r;
}

Result<QList<BudgetAssignee>> BudgetViewRepository::assignees(const QString &budgetId, int offset,
                                                              int limit) const
{
    Result<QList<BudgetAssignee>> r;
    if (!available())
        return r;
    const SchemaCapabilities &caps = m_session.caps();
    const bool subjects = hasSubjects();
    const QString spend = caps.spendTable;
    QVariantList params;
    // Users: the latest period spend of the user's customer for this budget.
    const QString userSpend = subjects
                                  ? latestUserRow(spend, QStringLiteral("s.budget_period_spend"))
                                  : QStringLiteral("NULL");
    QString sql =
        QStringLiteral("SELECT 0 AS kind, a.user_id AS id, coalesce(u.email, a.user_id) AS label, "
                       "coalesce(u.name, '') AS person, a.category AS category, a.assigned_at AS "
                       "assigned, CAST(%1 AS DOUBLE PRECISION) AS spend, CAST(NULL AS DOUBLE "
                       "PRECISION) AS allocated, 0 AS fixed, "
                       "lower(coalesce(u.email, a.user_id)) AS sort_key FROM "
                       "user_budget_assignments a LEFT JOIN users u ON u.id = a.user_id WHERE "
                       "a.budget_id = ?")
            .arg(userSpend);
    params << budgetId;
    if (caps.hasProjectBudgets) {
        const QString projectSpend =
            subjects ? latestProjectRow(spend, QStringLiteral("s.budget_period_spend"))
                     : QStringLiteral("NULL");
        sql +=
            QStringLiteral(
                " UNION ALL SELECT 1, p.project_name, p.project_name, '', p.budget_category, "
                "p.assigned_at, CAST(%1 AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), 0, "
                "lower(p.project_name) FROM "
                "project_budget_assignments p WHERE p.budget_id = ? AND p.deleted_at IS NULL "
                "UNION ALL SELECT 2, m.user_id, coalesce(u.email, m.user_id), coalesce(u.name, "
                "''), m.budget_category, m.assigned_at, CAST(m.spend AS DOUBLE PRECISION), "
                "CAST(m.allocated_max_budget AS DOUBLE PRECISION), CASE "
                "WHEN m.allocation_mode = 'fixed' OR m.override_budget_id IS NOT NULL THEN 1 "
                "ELSE 0 END, lower(coalesce(u.email, m.user_id)) FROM "
                "project_member_budget_assignments m LEFT JOIN users u ON u.id = m.user_id "
                "WHERE m.project_budget_id = ? AND m.pmba_deleted_at IS NULL")
                .arg(projectSpend);
        params << budgetId << budgetId;
    }
    sql = QStringLiteral("SELECT kind, id, label, person, category, assigned, spend, allocated, "
                         "fixed FROM (%1) t ORDER BY kind, sort_key, id LIMIT ? OFFSET ?")
              .arg(sql);
    params << limit << offset;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next()) {
        BudgetAssignee a;
        const int kind = q.value(0).toInt();
        a.kind = kind == 0   ? BudgetAssignee::Kind::User
                 : kind == 1 ? BudgetAssignee::Kind::Project
                             : BudgetAssignee::Kind::Member;
        a.id = q.value(1).toString();
        a.label = q.value(2).toString();
        a.name = q.value(3).toString();
        a.category = q.value(4).toString();
        a.assignedAt = PlatformDatabase::toUtc(q.value(5));
        a.currentSpend = optionalDouble(q.value(6));
        a.allocatedMax = optionalDouble(q.value(7));
        a.overridden = q.value(8).toInt() != 0;
        r.value << a;
    }
    return r;
}

Result<BudgetCurrentSpend> BudgetViewRepository::currentSpend(const QString &budgetId) const
{
    Result<BudgetCurrentSpend> r;
    if (!available() || !hasSubjects())
        return r;
    // The latest row of every user or project the budget is assigned to
    // (index lookups by customer or project, not a scan of all spend).
    const QString table = m_session.caps().spendTable;
    const QString day = dayExpression();
    QString sql =
        QStringLiteral("SELECT %1, %2 FROM user_budget_assignments a WHERE a.budget_id = ?")
            .arg(latestUserRow(table, QStringLiteral("s.budget_period_spend")),
                 latestUserRow(table, day));
    QVariantList params{budgetId};
    if (m_session.caps().hasProjectBudgets) {
        sql += QStringLiteral(" UNION ALL SELECT %1, %2 FROM project_budget_assignments p WHERE "
                              "p.budget_id = ? AND p.deleted_at IS NULL")
                   .arg(latestProjectRow(table, QStringLiteral("s.budget_period_spend")),
                        latestProjectRow(table, day));
        params << budgetId;
    }
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(q, sql, params);
    while (r.outcome && q.next()) {
        if (q.value(0).isNull())
            continue; // assigned, nothing recorded yet
        const double v = q.value(0).toDouble();
        const QDate d = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        r.value.spend = r.value.spend.value_or(0.0) + v;
        r.value.highest = std::max(r.value.highest.value_or(v), v);
        ++r.value.subjects;
        if (d.isValid() && (!r.value.asOf.isValid() || d > r.value.asOf))
            r.value.asOf = d;
    }
    return r;
}

Result<QHash<QString, QList<CategorySpend>>>
BudgetViewRepository::userBudgetCells(const QStringList &userIds) const
{
    Result<QHash<QString, QList<CategorySpend>>> r;
    if (!available() || userIds.isEmpty())
        return r;
    const SchemaCapabilities &caps = m_session.caps();
    QVariantList params;
    const QString in = m_session.db().anyOf(QStringLiteral("a.user_id"), userIds, params);
    const QString spend =
        hasSubjects() ? latestUserRow(caps.spendTable, QStringLiteral("s.budget_period_spend"))
                      : QStringLiteral("NULL");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT a.user_id, a.category, b.max_budget, CAST(%1 AS DOUBLE PRECISION) "
                       "FROM user_budget_assignments a LEFT JOIN budgets b ON b.budget_id = "
                       "a.budget_id%2 WHERE %3")
            .arg(spend,
                 caps.hasProjectBudgets ? QStringLiteral(" AND b.deleted_at IS NULL") : QString(),
                 in),
        params);
    while (r.outcome && q.next())
        r.value[q.value(0).toString()] << CategorySpend{
            q.value(1).toString(), optionalDouble(q.value(3)), optionalDouble(q.value(2))};
    return r;
}

QString BudgetViewRepository::userBudgetCellJsonSql(const QString &userIdSql) const
{
    if (!available())
        return QStringLiteral("NULL");
    const SchemaCapabilities &caps = m_session.caps();
    // The columns of userBudgetCells(), as JSON numbers (a double's text is
    // exact since PostgreSQL 12).
    const QString spend =
        hasSubjects() ? latestUserRow(caps.spendTable, QStringLiteral("s.budget_period_spend"))
                      : QStringLiteral("NULL");
    return QStringLiteral("(SELECT CAST(json_agg(json_build_array(a.category, "
                          "CAST(b.max_budget AS DOUBLE PRECISION), CAST(%1 AS DOUBLE PRECISION))) "
                          "AS TEXT) FROM user_budget_assignments a LEFT JOIN budgets b ON "
                          "b.budget_id = a.budget_id%2 WHERE a.user_id = %3)")
        .arg(spend,
             caps.hasProjectBudgets ? QStringLiteral(" AND b.deleted_at IS NULL") : QString(),
             userIdSql);
}

QList<CategorySpend> BudgetViewRepository::budgetCellFromJson(const QString &json)
{
    QList<CategorySpend> out;
    const auto number = [](const QJsonValue &v) {
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    for (const QJsonValue &cell : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray a = cell.toArray();
        out << CategorySpend{a.at(0).toString(), number(a.at(2)), number(a.at(1))};
    }
    return out;
}

Result<QHash<QString, QList<CategorySpend>>>
BudgetViewRepository::projectBudgetCells(const QStringList &projectNames) const
{
    Result<QHash<QString, QList<CategorySpend>>> r;
    if (!m_session.caps().hasProjectBudgets || projectNames.isEmpty())
        return r;
    QVariantList params;
    const QString in = m_session.db().anyOf(QStringLiteral("p.project_name"), projectNames, params);
    const QString spend = hasSubjects() ? latestProjectRow(m_session.caps().spendTable,
                                                           QStringLiteral("s.budget_period_spend"))
                                        : QStringLiteral("NULL");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT p.project_name, p.budget_category, b.max_budget, CAST(%1 AS DOUBLE "
                       "PRECISION) FROM project_budget_assignments p LEFT JOIN budgets b ON "
                       "b.budget_id = p.budget_id AND b.deleted_at IS NULL WHERE p.deleted_at IS "
                       "NULL AND %2")
            .arg(spend, in),
        params);
    while (r.outcome && q.next())
        r.value[q.value(0).toString()] << CategorySpend{
            q.value(1).toString(), optionalDouble(q.value(3)), optionalDouble(q.value(2))};
    return r;
}

Result<ProjectBudgets> BudgetViewRepository::projectBudgets(const QString &projectName,
                                                            int memberLimit) const
{
    Result<ProjectBudgets> r;
    const SchemaCapabilities &caps = m_session.caps();
    if (!caps.hasProjectBudgets)
        return r;
    const PlatformDatabase &db = m_session.db();
    const QString spend =
        hasSubjects() ? latestProjectRow(caps.spendTable, QStringLiteral("s.budget_period_spend"))
                      : QStringLiteral("NULL");
    const QString metadata = db.isPostgres() ? QStringLiteral("CAST(b.provider_metadata AS TEXT)")
                                             : QStringLiteral("b.provider_metadata");
    {
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(
            q,
            QStringLiteral("SELECT p.budget_category, p.budget_id, b.name, b.max_budget, "
                           "b.soft_budget, b.budget_duration, b.budget_reset_at, %1, "
                           "p.allocation_mode, CAST(%2 AS DOUBLE PRECISION) FROM "
                           "project_budget_assignments p LEFT JOIN budgets b ON b.budget_id = "
                           "p.budget_id AND b.deleted_at IS NULL WHERE p.project_name = ? AND "
                           "p.deleted_at IS NULL")
                .arg(metadata, spend),
            {projectName});
        while (r.outcome && q.next()) {
            ProjectBudgetCard c;
            c.category = q.value(0).toString();
            c.budgetId = q.value(1).toString();
            c.name = q.value(2).toString();
            c.hardLimit = optionalDouble(q.value(3));
            c.softLimit = optionalDouble(q.value(4));
            c.duration = q.value(5).toString();
            c.resetAt = q.value(6).toString();
            c.sync = BudgetSync::fromProviderMetadata(q.value(7).toString());
            c.allocationMode = q.value(8).toString();
            c.spend = optionalDouble(q.value(9));
            r.value.cards << c;
        }
        std::stable_sort(r.value.cards.begin(), r.value.cards.end(),
                         [](const auto &a, const auto &b) {
                             return BudgetRules::categoryOrder(a.category) <
                                    BudgetRules::categoryOrder(b.category);
                         });
    }
    if (r.outcome && caps.hasBudgetGroups) {
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(q,
                            QStringLiteral("SELECT g.id, g.name, g.budget_duration, g.description, "
                                           "coalesce(u.email, g.created_by), g.created_at FROM "
                                           "project_budget_groups g LEFT JOIN users u ON u.id = "
                                           "g.created_by WHERE g.project_name = ? AND "
                                           "g.deleted_at IS NULL ORDER BY g.created_at DESC, g.id "
                                           "LIMIT 1"),
                            {projectName});
        if (r.outcome && q.next()) {
            ProjectBudgetGroupInfo g;
            g.id = q.value(0).toString();
            g.name = q.value(1).toString();
            g.duration = q.value(2).toString();
            g.description = q.value(3).toString();
            g.createdBy = q.value(4).toString();
            g.createdAt = PlatformDatabase::toUtc(q.value(5));
            r.value.group = g;
        }
    }
    if (r.outcome) {
        const auto total =
            db.scalar(QStringLiteral("SELECT count(*) FROM project_member_budget_assignments WHERE "
                                     "project_name = ? AND pmba_deleted_at IS NULL"),
                      {projectName});
        r.outcome = total.outcome;
        r.value.memberTotal = total.value.toInt();
    }
    if (r.outcome && r.value.memberTotal > 0) {
        const QString memberMetadata =
            db.isPostgres() ? QStringLiteral("CAST(m.pmba_provider_metadata AS TEXT)")
                            : QStringLiteral("m.pmba_provider_metadata");
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(
            q,
            QStringLiteral(
                "SELECT m.user_id, coalesce(u.email, m.user_id), coalesce(u.name, ''), "
                "m.budget_category, CAST(m.allocated_max_budget AS DOUBLE PRECISION), "
                "CAST(m.allocated_soft_budget AS DOUBLE PRECISION), CAST(m.spend AS DOUBLE "
                "PRECISION), CASE WHEN m.allocation_mode = 'fixed' OR m.override_budget_id IS NOT "
                "NULL THEN 1 ELSE 0 END, coalesce(m.override_reason, ''), coalesce(m.sync_status, "
                "''), %1 FROM project_member_budget_assignments m LEFT JOIN users u ON u.id = "
                "m.user_id WHERE m.project_name = ? AND m.pmba_deleted_at IS NULL ORDER BY "
                "lower(coalesce(u.email, m.user_id)), m.user_id, CASE m.budget_category WHEN "
                "'platform' THEN 0 WHEN 'cli' THEN 1 WHEN 'premium_models' THEN 2 ELSE 3 END, "
                "m.budget_category LIMIT ?")
                .arg(memberMetadata),
            {projectName, memberLimit});
        while (r.outcome && q.next()) {
            MemberAllocation m;
            m.userId = q.value(0).toString();
            m.email = q.value(1).toString();
            m.name = q.value(2).toString();
            m.category = q.value(3).toString();
            m.allocatedMax = optionalDouble(q.value(4));
            m.allocatedSoft = optionalDouble(q.value(5));
            m.spend = optionalDouble(q.value(6));
            m.overridden = q.value(7).toInt() != 0;
            m.overrideReason = q.value(8).toString();
            m.sync = BudgetSync::parse(q.value(9).toString());
            if (m.sync == BudgetSync::Status::Unknown)
                m.sync = BudgetSync::fromProviderMetadata(q.value(10).toString());
            r.value.members << m;
        }
    }
    return r;
}

Result<QList<UserBudgetRow>> BudgetViewRepository::userBudgets(const QString &userId) const
{
    Result<QList<UserBudgetRow>> r;
    if (!available())
        return r;
    const SchemaCapabilities &caps = m_session.caps();
    const QString spend =
        hasSubjects() ? latestUserRow(caps.spendTable, QStringLiteral("s.budget_period_spend"))
                      : QStringLiteral("NULL");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT a.category, a.budget_id, b.name, b.max_budget, b.soft_budget, "
                       "b.budget_duration, b.budget_reset_at, CAST(%1 AS DOUBLE PRECISION) FROM "
                       "user_budget_assignments a LEFT JOIN budgets b ON b.budget_id = "
                       "a.budget_id%2 WHERE a.user_id = ?")
            .arg(spend,
                 caps.hasProjectBudgets ? QStringLiteral(" AND b.deleted_at IS NULL") : QString()),
        {userId});
    while (r.outcome && q.next()) {
        UserBudgetRow b;
        b.category = q.value(0).toString();
        b.budgetId = q.value(1).toString();
        b.name = q.value(2).toString();
        b.hardLimit = optionalDouble(q.value(3));
        b.softLimit = optionalDouble(q.value(4));
        b.duration = q.value(5).toString();
        b.resetAt = q.value(6).toString();
        b.spend = optionalDouble(q.value(7));
        r.value << b;
    }
    std::stable_sort(r.value.begin(), r.value.end(), [](const auto &a, const auto &b) {
        return BudgetRules::categoryOrder(a.category) < BudgetRules::categoryOrder(b.category);
    });
    return r;
}

QString BudgetViewRepository::userTotalSpendSql(const SchemaCapabilities &caps,
                                                const QString &userAlias)
{
    if (!caps.hasGlobalBudgets || caps.spendTable != QStringLiteral("project_spend_tracking"))
        return QStringLiteral("CAST(0 AS DOUBLE PRECISION)");
    return QStringLiteral("CAST(coalesce((SELECT sum(%1) FROM user_budget_assignments a WHERE "
                          "a.user_id = %2.id), 0) AS DOUBLE PRECISION)")
        .arg(latestUserRow(caps.spendTable, QStringLiteral("s.budget_period_spend")), userAlias);
}

Result<QList<DailySpend>> BudgetViewRepository::dailySpend(const SpendSubject &subject,
                                                           const QDate &from, const QDate &to) const
{
    Result<QList<DailySpend>> r;
    const SchemaCapabilities &caps = m_session.caps();
    if (caps.spendTable.isEmpty())
        return r;
    QVariantList params;
    QString where = rangeCondition(from, to, params);
    const bool subjects = hasSubjects();
    if (subject.kind == SpendSubject::Kind::User) {
        const auto found = limits(subject, from, from);
        if (!found.isOk()) {
            r.outcome = found.outcome;
            return r;
        }
        if (!subjects)
            return r; // no per-user rows before 2.23
        where += QStringLiteral(" AND s.spend_subject_type = 'budget' AND ") +
                 userRowsCondition(QStringLiteral("s"), found.value.resolvedId, params);
    } else {
        if (subjects)
            where += QStringLiteral(
                " AND (s.spend_subject_type = 'key' OR s.spend_subject_type IS NULL)");
        if (subject.kind == SpendSubject::Kind::Project) {
            where += QStringLiteral(" AND s.project_name = ?");
            params << subject.key.trimmed();
        }
    }
    if (subjects && !subject.category.isEmpty()) {
        where += QStringLiteral(" AND s.budget_category = ?");
        params << subject.category;
    }
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT %1, sum(s.daily_spend) FROM %2 s WHERE %3 GROUP BY 1 ORDER BY 1")
            .arg(dayExpression(), caps.spendTable, where),
        params);
    while (r.outcome && q.next())
        r.value << DailySpend{QDate::fromString(q.value(0).toString().left(10), Qt::ISODate),
                              q.value(1).toDouble()};
    return r;
}

Result<SpendLimits> BudgetViewRepository::limits(const SpendSubject &subject, const QDate &from,
                                                 const QDate &to) const
{
    Result<SpendLimits> r;
    const SchemaCapabilities &caps = m_session.caps();
    const PlatformDatabase &db = m_session.db();
    const QString key = subject.key.trimmed();
    QString sql;
    QVariantList params;
    if (subject.kind == SpendSubject::Kind::All) {
        r.value.resolvedName = Tr::tr("All projects");
        return r;
    }
    if (key.isEmpty()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     subject.kind == SpendSubject::Kind::User
                                         ? Tr::tr("Type a user's e-mail address.")
                                         : Tr::tr("Type a project name."));
        return r;
    }
    if (subject.kind == SpendSubject::Kind::User) {
        QSqlQuery q = db.newQuery();
        r.outcome = db.exec(q,
                            QStringLiteral("SELECT id, email FROM users WHERE lower(email) = "
                                           "lower(?) OR id = ? ORDER BY id LIMIT 1"),
                            {key, key});
        if (!r.outcome)
            return r;
        if (!q.next()) {
            r.outcome =
                Outcome::failure(Outcome::Kind::NotFound,
                                 Tr::tr("No user with the e-mail address or id “%1”.").arg(key), {},
                                 Tr::tr("Check the spelling, or pick a user from Top spenders."));
            return r;
        }
        r.value.resolvedId = q.value(0).toString();
        r.value.resolvedName = q.value(1).toString();
        if (!caps.hasGlobalBudgets)
            return r;
        sql = QStringLiteral("SELECT b.soft_budget, b.max_budget, b.budget_duration, "
                             "b.budget_reset_at FROM user_budget_assignments a JOIN budgets b ON "
                             "b.budget_id = a.budget_id WHERE a.user_id = ?");
        params << r.value.resolvedId;
        if (!subject.category.isEmpty()) {
            sql += QStringLiteral(" AND a.category = ?");
            params << subject.category;
        }
    } else {
        const auto exists =
            db.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE name = ?"), {key});
        r.outcome = exists.outcome;
        if (!r.outcome)
            return r;
        if (exists.value.toInt() == 0) {
            r.outcome = Outcome::failure(
                Outcome::Kind::NotFound, Tr::tr("No project named “%1”.").arg(key), {},
                Tr::tr("Check the spelling, or pick a project from Top spenders."));
            return r;
        }
        r.value.resolvedId = key;
        r.value.resolvedName = key;
        if (!caps.hasProjectBudgets)
            return r;
        sql = QStringLiteral("SELECT b.soft_budget, b.max_budget, b.budget_duration, "
                             "b.budget_reset_at FROM project_budget_assignments a JOIN budgets b "
                             "ON b.budget_id = a.budget_id WHERE a.project_name = ? AND "
                             "a.deleted_at IS NULL AND b.deleted_at IS NULL");
        params << key;
        if (!subject.category.isEmpty()) {
            sql += QStringLiteral(" AND a.budget_category = ?");
            params << subject.category;
        }
    }
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, sql, params);
    QList<QDate> resets;
    while (r.outcome && q.next()) {
        r.value.softLimit = r.value.softLimit.value_or(0.0) + q.value(0).toDouble();
        r.value.hardLimit = r.value.hardLimit.value_or(0.0) + q.value(1).toDouble();
        ++r.value.budgets;
        resets += BudgetRules::resetDays(BudgetRules::parseResetAt(q.value(3).toString()),
                                         q.value(2).toString(), from, to);
    }
    std::sort(resets.begin(), resets.end());
    resets.erase(std::unique(resets.begin(), resets.end()), resets.end());
    r.value.resetDays = resets;
    return r;
}

Result<QList<TopSpender>> BudgetViewRepository::topProjects(const QDate &from, const QDate &to,
                                                            int limit,
                                                            const QString &category) const
{
    Result<QList<TopSpender>> r;
    const SchemaCapabilities &caps = m_session.caps();
    if (caps.spendTable.isEmpty())
        return r;
    QVariantList params;
    QString where = rangeCondition(from, to, params);
    if (hasSubjects()) {
        where +=
            QStringLiteral(" AND (s.spend_subject_type = 'key' OR s.spend_subject_type IS NULL)");
        if (!category.isEmpty()) {
            where += QStringLiteral(" AND s.budget_category = ?");
            params << category;
        }
    }
    params << limit;
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT s.project_name, sum(s.daily_spend) AS total FROM %1 s WHERE %2 "
                       "GROUP BY s.project_name ORDER BY total DESC, s.project_name LIMIT ?")
            .arg(caps.spendTable, where),
        params);
    while (r.outcome && q.next())
        r.value << TopSpender{q.value(0).toString(), q.value(0).toString(), q.value(1).toDouble()};
    return r;
}

Result<QList<TopSpender>> BudgetViewRepository::topUsers(const QDate &from, const QDate &to,
                                                         int limit, const QString &category) const
{
    Result<QList<TopSpender>> r;
    const SchemaCapabilities &caps = m_session.caps();
    if (!hasSubjects())
        return r;
    QVariantList params;
    QString where =
        rangeCondition(from, to, params) + QStringLiteral(" AND s.spend_subject_type = 'budget'");
    if (!category.isEmpty()) {
        where += QStringLiteral(" AND s.budget_category = ?");
        params << category;
    }
    const QString userColumn =
        caps.hasProjectBudgets ? QStringLiteral("coalesce(s.user_id, '')") : QStringLiteral("''");
    QSqlQuery q = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        q,
        QStringLiteral("SELECT s.project_name, %1, sum(s.daily_spend) FROM %2 s WHERE %3 GROUP BY "
                       "s.project_name, %1")
            .arg(userColumn, caps.spendTable, where),
        params);
    // A user's categories are separate customers: add them up per user.
    QHash<QString, double> perUser;
    while (r.outcome && q.next()) {
        const QString userId = q.value(1).toString().isEmpty()
                                   ? BudgetRules::userIdOfCustomer(q.value(0).toString())
                                   : q.value(1).toString();
        perUser[userId] += q.value(2).toDouble();
    }
    if (!r.outcome)
        return r;
    for (auto it = perUser.cbegin(); it != perUser.cend(); ++it)
        r.value << TopSpender{it.key(), it.key(), it.value()};
    std::sort(r.value.begin(), r.value.end(), [](const TopSpender &a, const TopSpender &b) {
        return a.spend != b.spend ? a.spend > b.spend : a.id < b.id;
    });
    if (r.value.size() > limit)
        r.value.resize(limit);
    if (r.value.isEmpty())
        return r;
    QStringList ids;
    for (const TopSpender &t : std::as_const(r.value))
        ids << t.id;
    QVariantList emailParams;
    const QString in = m_session.db().anyOf(QStringLiteral("id"), ids, emailParams);
    QSqlQuery e = m_session.db().newQuery();
    r.outcome = m_session.db().exec(
        e, QStringLiteral("SELECT id, email FROM users WHERE %1").arg(in), emailParams);
    QHash<QString, QString> emails;
    while (r.outcome && e.next())
        emails.insert(e.value(0).toString(), e.value(1).toString());
    for (TopSpender &t : r.value)
        t.label = emails.value(t.id, t.id);
    return r;
}

} // namespace codemie
