#pragma once

#include "MigrationPlanSink.h"

#include <QByteArray>

class QIODevice;

namespace codemie {

// The JSON plan (`--plan-out`'s format, codemie-admin.migration-plan/1)
// written while the plan is made, user by user: the head first, then
// "users", then "summary", "projects" and "warnings", which are known only at
// the end. Once parsed, the same document as MigrationReport::writePlan().
class MigrationPlanWriter : public MigrationPlanSink {
public:
    explicit MigrationPlanWriter(QIODevice &out);

    // format, source, realm, policy, schema_revision, created_at.
    bool begin(const PlanTotals &head) override;
    bool add(const UserPlan &user) override;
    bool finish(const PlanTotals &totals) override;
    bool ok() const { return m_ok; }

private:
    bool write(const QByteArray &bytes);
    bool flush();

    QIODevice &m_out;
    QByteArray m_chunk;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace codemie
