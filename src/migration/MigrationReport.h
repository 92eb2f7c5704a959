#pragma once

#include "MigrationTypes.h"

#include <QJsonObject>

class QIODevice;

namespace codemie {

// JSON forms (stable field names, documented in the README) and one-screen
// summaries of a plan, an apply result and a verification.
class MigrationReport {
public:
    static QJsonObject planToJson(const MigrationPlan &plan);
    // The same document written user by user, without building it in
    // memory first (a plan of 100,000 users is a tree of hundreds of MB).
    static bool writePlan(QIODevice &out, const MigrationPlan &plan);
    // {"plan": <writePlan>, <rest's members>}.
    static bool writeReport(QIODevice &out, const MigrationPlan &plan, const QJsonObject &rest);
    // One row per Keycloak user (RFC 4180, UTF-8): user_id, username, email,
    // action, reason, warnings, operations. A cell that a spreadsheet would
    // run as a formula (=, +, -, @) is prefixed with an apostrophe.
    static bool writePlanCsv(QIODevice &out, const MigrationPlan &plan);
    // The same CSV's header line and one user's row (a streamed plan's).
    static QByteArray planCsvHeader();
    static void appendUserCsv(QByteArray &out, const UserPlan &user);
    // Pieces of the plan's JSON, for MigrationPlanWriter: everything but
    // "users"; one user as it appears in "users"; an object's members
    // without its braces.
    static QJsonObject planHeadToJson(const PlanTotals &plan);
    static void appendUserJson(QByteArray &out, const UserPlan &user);
    static QByteArray membersOf(const QJsonObject &object);
    static QJsonObject resultToJson(const ApplyResult &result);
    static QJsonObject verificationToJson(const VerificationResult &verification);
    static QString planSummary(const MigrationPlan &plan, int detailLimit = 50);
    // The same from a streamed run's totals (detailLimit < PlanTotals::maxDetailed).
    static QString planSummary(const PlanTotals &plan, int detailLimit = 50);
    static QString resultSummary(const ApplyResult &result);
    static QString verificationSummary(const VerificationResult &verification,
                                       int detailLimit = 50);
};

} // namespace codemie
