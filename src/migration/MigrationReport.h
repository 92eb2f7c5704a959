#pragma once

#include "MigrationTypes.h"

#include <QJsonObject>

namespace codemie {

// JSON forms (stable field names, documented in the README) and one-screen
// summaries of a plan, an apply result and a verification.
class MigrationReport {
public:
    static QJsonObject planToJson(const MigrationPlan &plan);
    static QJsonObject resultToJson(const ApplyResult &result);
    static QJsonObject verificationToJson(const VerificationResult &verification);
    static QString planSummary(const MigrationPlan &plan, int detailLimit = 50);
    static QString resultSummary(const ApplyResult &result);
    static QString verificationSummary(const VerificationResult &verification,
                                       int detailLimit = 50);
};

} // namespace codemie
