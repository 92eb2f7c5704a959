#pragma once

// Known budgets, assignments and spend for the budget tests (2.42 schema,
// both engines). The numbers are chosen so that every expectation in the
// tests can be worked out by hand:
//
// Budgets: "Standard platform" (standard-platform: platform, soft 80, hard
// 100, 30d, next reset 2026-12-08), "Power CLI" (power-cli: cli, soft 400,
// hard 500, 7d, next reset 2026-12-08, updated 2026-11-20 10:00 UTC), the
// project budget "Alpha platform" (project-alpha-platform: alpha, soft 800,
// hard 1000, 30d, next reset 2026-12-02) and, not listed, a deleted budget
// and a project budget's shared child.
//
// Assignments: alice platform → standard-platform, bob platform →
// standard-platform, alice cli → power-cli; project alpha → Alpha platform
// (beta's assignment is deleted); members of alpha: alice (equal, $600,
// spend $120) and bob (fixed override, $400, spend $390).
//
// Key spend (UTC): alpha 2026-11-29 12:00 $3.00; 2026-12-01 23:59 $1.25;
// 2026-12-02 00:01 $2.50; 2026-12-03 12:00 $10.00 platform and $4.00 cli.
// beta 2026-12-02T01:30:00+02:00 (= 12-01 23:30 UTC) $0.75; 2026-12-02 12:00
// $7.00.
// Budget spend: alice platform 12-01 $5 (period $45), 12-03 $6 (period $51);
// bob platform 12-02 $30 (period $75, exactly 75 %); alice cli 12-02 $20
// (period $250, exactly 50 %). Project budget: alpha 12-03 $17.75 (period
// $500, exactly 50 %).

#include "TestDatabase.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace codemie::test {

struct BudgetSeed {
    QString alice;
    QString bob;
};

inline QVariant seedTime(TestDatabase &db, const QDateTime &utc)
{
    return db.isPostgres() ? QVariant(utc.toString(Qt::ISODate)) : PlatformDatabase::utcValue(utc);
}

inline bool seedBudgets(TestDatabase &db, BudgetSeed &seed)
{
    PlatformDatabase &a = db.admin();
    seed.alice = db.addUser(QStringLiteral("alice@example.com"), false, false, true,
                            QStringLiteral("Alice Able"));
    seed.bob = db.addUser(QStringLiteral("bob@example.com"), false, false, true,
                          QStringLiteral("Bob Baker"));
    db.addProject(QStringLiteral("alpha"));
    db.addProject(QStringLiteral("beta"));
    const QString budget = QStringLiteral(
        "INSERT INTO budgets (budget_id, name, description, soft_budget, max_budget, "
        "budget_duration, budget_category, budget_reset_at, created_by, updated_at, budget_type, "
        "project_name, budget_origin_type, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x', ?, ?, "
        "?, ?, ?)");
    const QVariant null = QVariant(QMetaType::fromType<QString>());
    const QVariant updated =
        seedTime(db, QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
    const QList<QVariantList> budgets{
        {QStringLiteral("standard-platform"), QStringLiteral("Standard platform"),
         QStringLiteral("Everyday use"), 80.0, 100.0, QStringLiteral("30d"),
         QStringLiteral("platform"), QStringLiteral("2026-12-08T00:00:00Z"), null,
         QStringLiteral("global"), null, QStringLiteral("main"), null},
        {QStringLiteral("power-cli"), QStringLiteral("Power CLI"), null, 400.0, 500.0,
         QStringLiteral("7d"), QStringLiteral("cli"), QStringLiteral("2026-12-08T00:00:00Z"),
         updated, QStringLiteral("global"), null, QStringLiteral("main"), null},
        {QStringLiteral("project-alpha-platform"), QStringLiteral("Alpha platform"), null, 800.0,
         1000.0, QStringLiteral("30d"), QStringLiteral("platform"),
         QStringLiteral("2026-12-02T00:00:00Z"), null, QStringLiteral("project"),
         QStringLiteral("alpha"), QStringLiteral("main"), null},
        {QStringLiteral("project-alpha-platform:shared"), QStringLiteral("Alpha shared"), null,
         800.0, 1000.0, QStringLiteral("30d"), QStringLiteral("platform"), null, null,
         QStringLiteral("project"), QStringLiteral("alpha"), QStringLiteral("shared_default"),
         null},
        {QStringLiteral("old-cli"), QStringLiteral("Old CLI"), null, 1.0, 2.0,
         QStringLiteral("30d"), QStringLiteral("cli"), null, null, QStringLiteral("global"), null,
         QStringLiteral("main"),
         seedTime(db, QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()))},
    };
    for (const QVariantList &b : budgets)
        if (!a.exec(budget, b))
            return false;
    const QString uba = QStringLiteral(
        "INSERT INTO user_budget_assignments (user_id, category, budget_id) VALUES (?, ?, ?)");
    if (!a.exec(uba,
                {seed.alice, QStringLiteral("platform"), QStringLiteral("standard-platform")}) ||
        !a.exec(uba, {seed.bob, QStringLiteral("platform"), QStringLiteral("standard-platform")}) ||
        !a.exec(uba, {seed.alice, QStringLiteral("cli"), QStringLiteral("power-cli")}))
        return false;
    const QString pba = QStringLiteral(
        "INSERT INTO project_budget_assignments (id, project_name, budget_category, budget_id, "
        "assigned_by, deleted_at) VALUES (?, ?, 'platform', 'project-alpha-platform', 'x', ?)");
    if (!a.exec(pba, {QStringLiteral("pba-alpha"), QStringLiteral("alpha"), null}) ||
        !a.exec(pba, {QStringLiteral("pba-beta"), QStringLiteral("beta"),
                      seedTime(db, QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()))}))
        return false;
    const QString pmba = QStringLiteral(
        "INSERT INTO project_member_budget_assignments (id, project_name, budget_category, "
        "project_budget_id, user_id, allocation_mode, allocated_soft_budget, "
        "allocated_max_budget, spend, override_reason, sync_status) VALUES (?, 'alpha', "
        "'platform', 'project-alpha-platform', ?, ?, ?, ?, ?, ?, 'ok')");
    if (!a.exec(pmba, {QStringLiteral("m-alice"), seed.alice, QStringLiteral("equal"), 480.0, 600.0,
                       120.0, null}) ||
        !a.exec(pmba, {QStringLiteral("m-bob"), seed.bob, QStringLiteral("fixed"), 320.0, 400.0,
                       390.0, QStringLiteral("Release crunch")}))
        return false;
    const QString spend = QStringLiteral(
        "INSERT INTO project_spend_tracking (id, project_name, key_hash, spend_date, daily_spend, "
        "cumulative_spend, budget_period_spend, spend_subject_type, budget_id, budget_category, "
        "user_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)");
    auto at = [&db](int month, int day, int hour, int minute) {
        return seedTime(db,
                        QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc()));
    };
    auto row = [&](const QString &subject, const QVariant &key, const QVariant &when, double daily,
                   double period, const QString &type, const QVariant &budgetId,
                   const QString &category, const QVariant &userId) {
        return a.exec(spend, {QUuid::createUuid().toString(QUuid::WithoutBraces), subject, key,
                              when, daily, period, type, budgetId, category, userId});
    };
    const QString key = QStringLiteral("key");
    const QString platform = QStringLiteral("platform");
    const QString cli = QStringLiteral("cli");
    const QString alpha = QStringLiteral("alpha");
    const QString beta = QStringLiteral("beta");
    return row(alpha, QStringLiteral("k-a"), at(11, 29, 12, 0), 3.0, 3.0, key, null, platform,
               null) &&
           row(alpha, QStringLiteral("k-a"), at(12, 1, 23, 59), 1.25, 1.25, key, null, platform,
               null) &&
           row(alpha, QStringLiteral("k-a"), at(12, 2, 0, 1), 2.5, 3.75, key, null, platform,
               null) &&
           row(alpha, QStringLiteral("k-a"), at(12, 3, 12, 0), 10.0, 13.75, key, null, platform,
               null) &&
           row(alpha, QStringLiteral("k-c"), at(12, 3, 12, 0), 4.0, 4.0, key, null, cli, null) &&
           row(beta, QStringLiteral("k-b"), QStringLiteral("2026-12-02T01:30:00+02:00"), 0.75, 0.75,
               key, null, platform, null) &&
           row(beta, QStringLiteral("k-b"), at(12, 2, 12, 0), 7.0, 7.75, key, null, platform,
               null) &&
           row(seed.alice, null, at(12, 1, 22, 0), 5.0, 45.0, QStringLiteral("budget"),
               QStringLiteral("standard-platform"), platform, null) &&
           row(seed.alice, null, at(12, 3, 22, 0), 6.0, 51.0, QStringLiteral("budget"),
               QStringLiteral("standard-platform"), platform, null) &&
           row(seed.bob, null, at(12, 2, 22, 0), 30.0, 75.0, QStringLiteral("budget"),
               QStringLiteral("standard-platform"), platform, seed.bob) &&
           row(seed.alice + QStringLiteral("_codemie_cli"), null, at(12, 2, 22, 0), 20.0, 250.0,
               QStringLiteral("budget"), QStringLiteral("power-cli"), cli, null) &&
           row(alpha, null, at(12, 3, 22, 0), 17.75, 500.0, QStringLiteral("project_budget"),
               QStringLiteral("project-alpha-platform"), platform, null);
}

// On top of seedBudgets(), what the Projects page and the project detail
// show (2.42 schema):
//
// alpha: platform "Alpha platform" (hard 1000, period spend 500 = exactly
// 50 %, sync ok), cli "Alpha CLI" (soft 30, hard 40, 7d, reset 2026-12-08,
// period spend 30 = exactly 75 %, sync pending), premium "Alpha premium"
// (soft 0, hard 0: no colour, period spend 2, sync failed); Total $532.00 /
// $1,040.00 = 51.2 % (warning). The group "Alpha budget" (30d) holds them.
// Members: alice platform (equal, $600, spend $120), bob platform (fixed,
// $400, spend $390, "Release crunch"), alice cli (equal, $20, spend $15,
// pending).
// gamma: platform "Gamma platform" (hard 10, period spend 9 = 90 %, sync
// noop) and cli pointing at the deleted "Old CLI" (limit missing, no spend):
// Total $9.00 / $10.00 (danger). beta: only a deleted assignment ("-").
inline bool seedProjectBudgetViews(TestDatabase &db, const BudgetSeed &seed)
{
    PlatformDatabase &a = db.admin();
    db.addProject(QStringLiteral("gamma"));
    const QString json = db.isPostgres() ? QStringLiteral("CAST(? AS JSONB)") : QStringLiteral("?");
    if (!a.exec(QStringLiteral("UPDATE budgets SET provider_metadata = %1 WHERE budget_id = "
                               "'project-alpha-platform'")
                    .arg(json),
                {QStringLiteral("{\"provider\": \"litellm\", \"sync_status\": \"ok\"}")}))
        return false;
    const QString budget =
        QStringLiteral(
            "INSERT INTO budgets (budget_id, name, soft_budget, max_budget, budget_duration, "
            "budget_category, budget_reset_at, created_by, budget_type, project_name, "
            "provider_metadata) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'project', ?, %1)")
            .arg(json);
    auto meta = [](const QString &status) {
        return QStringLiteral("{\"sync_status\": \"%1\"}").arg(status);
    };
    const QString reset = QStringLiteral("2026-12-08T00:00:00Z");
    if (!a.exec(budget, {QStringLiteral("project-alpha-cli"), QStringLiteral("Alpha CLI"), 30.0,
                         40.0, QStringLiteral("7d"), QStringLiteral("cli"), reset,
                         QStringLiteral("alpha"), meta(QStringLiteral("pending"))}) ||
        !a.exec(budget, {QStringLiteral("project-alpha-premium"), QStringLiteral("Alpha premium"),
                         0.0, 0.0, QStringLiteral("30d"), QStringLiteral("premium_models"), reset,
                         QStringLiteral("alpha"), meta(QStringLiteral("failed"))}) ||
        !a.exec(budget, {QStringLiteral("project-gamma-platform"), QStringLiteral("Gamma platform"),
                         8.0, 10.0, QStringLiteral("1d"), QStringLiteral("platform"), reset,
                         QStringLiteral("gamma"), meta(QStringLiteral("noop"))}))
        return false;
    if (!a.exec(QStringLiteral("INSERT INTO project_budget_groups (id, project_name, name, "
                               "budget_duration, description, created_by, created_at) VALUES "
                               "('g-alpha', 'alpha', 'Alpha budget', '30d', 'Team spend', ?, ?)"),
                {seed.alice,
                 seedTime(db, QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()))}) ||
        !a.exec(QStringLiteral("UPDATE project_budget_assignments SET group_id = 'g-alpha' WHERE "
                               "id = 'pba-alpha'")))
        return false;
    const QString pba = QStringLiteral(
        "INSERT INTO project_budget_assignments (id, project_name, budget_category, budget_id, "
        "assigned_by, group_id) VALUES (?, ?, ?, ?, 'x', ?)");
    const QVariant null = QVariant(QMetaType::fromType<QString>());
    if (!a.exec(pba,
                {QStringLiteral("pba-alpha-cli"), QStringLiteral("alpha"), QStringLiteral("cli"),
                 QStringLiteral("project-alpha-cli"), QStringLiteral("g-alpha")}) ||
        !a.exec(pba, {QStringLiteral("pba-alpha-premium"), QStringLiteral("alpha"),
                      QStringLiteral("premium_models"), QStringLiteral("project-alpha-premium"),
                      QStringLiteral("g-alpha")}) ||
        !a.exec(pba,
                {QStringLiteral("pba-gamma"), QStringLiteral("gamma"), QStringLiteral("platform"),
                 QStringLiteral("project-gamma-platform"), null}) ||
        !a.exec(pba, {QStringLiteral("pba-gamma-cli"), QStringLiteral("gamma"),
                      QStringLiteral("cli"), QStringLiteral("old-cli"), null}))
        return false;
    if (!a.exec(QStringLiteral(
                    "INSERT INTO project_member_budget_assignments (id, project_name, "
                    "budget_category, project_budget_id, user_id, allocation_mode, "
                    "allocated_soft_budget, allocated_max_budget, spend, sync_status) VALUES "
                    "('m-alice-cli', 'alpha', 'cli', 'project-alpha-cli', ?, 'equal', 16, 20, 15, "
                    "'pending')"),
                {seed.alice}))
        return false;
    const QString spend = QStringLiteral(
        "INSERT INTO project_spend_tracking (id, project_name, spend_date, daily_spend, "
        "cumulative_spend, budget_period_spend, spend_subject_type, budget_id, budget_category) "
        "VALUES (?, ?, ?, ?, 0, ?, 'project_budget', ?, ?)");
    auto at = [&db](int day) {
        return seedTime(db, QDateTime(QDate(2026, 12, day), QTime(22, 0), QTimeZone::utc()));
    };
    auto id = [] {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    };
    return a.exec(spend, {id(), QStringLiteral("alpha"), at(2), 10.0, 25.0,
                          QStringLiteral("project-alpha-cli"), QStringLiteral("cli")}) &&
           a.exec(spend, {id(), QStringLiteral("alpha"), at(3), 5.0, 30.0,
                          QStringLiteral("project-alpha-cli"), QStringLiteral("cli")}) &&
           a.exec(spend,
                  {id(), QStringLiteral("alpha"), at(3), 2.0, 2.0,
                   QStringLiteral("project-alpha-premium"), QStringLiteral("premium_models")}) &&
           a.exec(spend, {id(), QStringLiteral("gamma"), at(3), 9.0, 9.0,
                          QStringLiteral("project-gamma-platform"), QStringLiteral("platform")});
}

} // namespace codemie::test
