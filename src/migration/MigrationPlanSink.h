#pragma once

#include "MigrationTypes.h"

namespace codemie {

// Receives a plan while MigrationStream::plan() makes it, user by user: the
// JSON plan's writer (MigrationPlanWriter) and the wizard's preview rows
// (PlanRows). Each call answers whether the sink is still fine.
class MigrationPlanSink {
public:
    virtual ~MigrationPlanSink() = default;
    // The head (source, realm, policy, schema revision, created at).
    virtual bool begin(const PlanTotals &head) = 0;
    virtual bool add(const UserPlan &user) = 0;
    // The totals, the projects to create and the plan's warnings.
    virtual bool finish(const PlanTotals &totals) = 0;
};

} // namespace codemie
