#pragma once

#include "MigrationPlanSink.h"
#include "Outcome.h"

#include <QByteArray>
#include <QMutex>
#include <QTemporaryFile>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace codemie {

// A streamed plan as the wizard's preview needs it, without holding the
// plan: per user a compact row in memory (username, e-mail, action, reason,
// warnings and the number of changes: what the preview table shows, sorts
// and filters by; about 90 bytes a user), and every user's whole plan (its
// operations, and for a conflict the database row it collides with) in a
// temporary file that has no name on disk, read back by offset when one
// user is shown, and in order for the exports and the report.
// Filled on one thread (MigrationStream::plan()), then read from any; the
// file is read under a lock.
class PlanRows : public MigrationPlanSink {
public:
    PlanRows();
    ~PlanRows() override;

    // MigrationPlanSink.
    bool begin(const PlanTotals &head) override;
    bool add(const UserPlan &user) override;
    bool finish(const PlanTotals &totals) override;
    // Why the file could not be written (ok when it could).
    Outcome failure() const { return m_failure; }

    int size() const { return int(m_rows.size()); }
    UserPlan::Action action(int row) const { return UserPlan::Action(m_rows[row].action); }
    int changes(int row) const { return int(m_rows[row].changes); }
    QString username(int row) const { return field(row, 0); }
    QString email(int row) const { return field(row, 1); }
    QString reason(int row) const { return field(row, 2); }
    QStringList warnings(int row) const;
    // Users with writes, and memberships in projects with budgets.
    int pendingUsers() const { return m_pending; }
    int budgetedMemberships() const { return m_budgeted; }

    // The whole plan of one user, read back from the file.
    Result<UserPlan> user(int row) const;
    // Every user's plan in order; `each` returning false stops (failure).
    Outcome forEach(const std::function<bool(const UserPlan &)> &each) const;

    // The preview's exports: the JSON plan (the `--plan-out` format,
    // MigrationPlanWriter) and CSV (MigrationReport::writePlanCsv's columns).
    bool writeJson(QIODevice &out, const PlanTotals &totals) const;
    bool writeCsv(QIODevice &out) const;

private:
    struct Row {
        qint64 record = 0; // offset of the user's plan in the file
        qint64 text = 0;   // offset in m_text: username, e-mail, reason, warnings, NUL-ended
        quint32 changes = 0;
        quint16 warnings = 0;
        quint8 action = 0;
    };
    QString field(int row, int index) const;
    Outcome fileFailure() const;

    std::vector<Row> m_rows;
    QByteArray m_text; // UTF-8
    std::unique_ptr<QTemporaryFile> m_file;
    mutable QMutex m_fileLock;
    Outcome m_failure;
    int m_pending = 0;
    int m_budgeted = 0;
};

} // namespace codemie
