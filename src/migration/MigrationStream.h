#pragma once

#include "DatabaseSnapshot.h"
#include "KeyDigest.h"
#include "MigrationExecutor.h"
#include "MigrationPlanner.h"
#include "MigrationSource.h"
#include "MigrationTypes.h"

#include <QDataStream>
#include <QTemporaryFile>
#include <functional>
#include <memory>

namespace codemie {

class MigrationPlanSink;

// The whole migration in bounded memory, as `codemie-admin migrate` runs it,
// with the same decisions as MigrationPlanner::plan(), MigrationExecutor and
// MigrationVerifier on lists held in memory:
//   read    the source's users are mapped as they arrive (it is the source's
//           sink) and kept in a temporary file that has no name on disk
//           (where the system allows) and goes with the process;
//   plan    window by window (`window` users): first the run's personal
//           projects (the new users' e-mails, which a membership elsewhere
//           may name), then each user against what the database holds for
//           the window, written to the JSON writers as it is planned and,
//           when it has writes, to a second temporary file;
//   apply   MigrationExecutor takes the approved users from that file batch
//           by batch (the shared projects first, every batch planned again
//           inside its transaction);
//   verify  window by window.
// Held across windows: only what a later user can collide with, found by
// the planning's first pass (ContestedKeys): the digests of the e-mails and
// usernames more than one user names, with the first taker's id
// (MigrationPlanner::Claims), and of the new users' personal projects that
// an attribute names; per project to create its name. The read itself holds
// each user's id until the read ends (KeycloakClient, for the duplicates of
// shifted pages).
class MigrationStream : public MigrationSourceSink {
public:
    explicit MigrationStream(MigrationOptions options, int window = defaultWindow);
    ~MigrationStream() override;

    // Users planned and verified per database round; on SQLite at most
    // maxSqliteWindow (its statement parameters are limited).
    static constexpr int defaultWindow = 5000;
    static constexpr int maxSqliteWindow = 1000;

    // MigrationSourceSink: the read.
    void restart(const MigrationSourceData &head) override;
    bool add(QList<KeycloakUser> &users) override;
    Outcome failure() const override { return m_failure; }

    // Options as the source completed them (realm, the admin role's members).
    const MigrationOptions &options() const { return m_options; }
    void setActorId(const QString &actorId) { m_options.actorId = actorId; }
    // Other options for the next plan() of the same users (the wizard's
    // Back): the realm and the admin role's members stay those of the read.
    void setOptions(MigrationOptions options);
    qint64 userCount() const { return m_users; }

    // Plans every user read (again, when called again). `sinks` get the plan
    // as it is made (begin, each user, finish); `progress(done, total)`
    // after each window; `cancel` is checked between windows.
    Result<PlanTotals> plan(const PlatformDatabase &db, const SchemaCapabilities &caps,
                            const QString &revision, const QString &sourceText,
                            const QList<MigrationPlanSink *> &sinks,
                            const std::function<void(qint64, qint64)> &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    // Applies the plan made by plan() (MigrationExecutor::apply).
    Result<ApplyResult> apply(const PlatformDatabase &db,
                              const std::function<void(int, int)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);
    // plan() and apply() at once, with the same plan and the same writes:
    // on PostgreSQL the users are planned on a connection of their own, in
    // one REPEATABLE READ, READ ONLY transaction whose snapshot is taken
    // before the apply writes anything (so that the plan is the one plan()
    // makes), while the approved users are applied batch by batch as their
    // windows are planned; the shared projects a window needs are created
    // before its users. On SQLite plan() then apply(). `planned(totals)`,
    // `planProgress` and `applyProgress` are called on the caller's thread;
    // `planned` once the whole plan is made and written (the writers are
    // then finished), before the apply's last progress. The outcome is the
    // apply's, or the planning's failure; isPlanned() says whether the plan
    // was made whole.
    Result<ApplyResult> planAndApply(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                     const QString &revision, const QString &sourceText,
                                     const QList<MigrationPlanSink *> &sinks,
                                     const std::function<void(const PlanTotals &)> &planned,
                                     const std::function<void(qint64, qint64)> &planProgress = {},
                                     const std::function<void(int, int)> &applyProgress = {},
                                     const std::atomic_bool *cancel = nullptr);
    bool isPlanned() const { return m_planned; }
    // The plan's totals once planned (without the detailed users).
    const PlanTotals &totals() const { return m_totals; }
    // Checks every user read against the database (MigrationVerifier).
    Result<VerificationResult> verify(const PlatformDatabase &db, const SchemaCapabilities &caps);

private:
    Outcome openSpool(std::unique_ptr<QTemporaryFile> &file, const QString &what);
    // Calls `each` with the users of the source file, `window` at a time,
    // under the current options (SourceMapper::applyOptions).
    Outcome forEachWindow(int window,
                          const std::function<Outcome(const QList<SourceUser> &)> &each);
    int windowFor(const PlatformDatabase &db) const;
    // The planning's two passes on `db`: first the run's personal projects
    // (the new users' e-mails) into `context`; then every user against what
    // the database holds for its window, into `totals` and the writers,
    // `each(plan, user)` for users with writes, `windowDone(users planned)`
    // after each window.
    Outcome planPersonalProjects(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                 const DatabaseSnapshot::Keys &keys,
                                 MigrationPlanner::Context &context);
    Outcome planUsers(const PlatformDatabase &db, const SchemaCapabilities &caps,
                      const DatabaseSnapshot::Keys &keys, MigrationPlanner::Context &context,
                      PlanTotals &totals, const QList<MigrationPlanSink *> &sinks,
                      const std::function<Outcome(const UserPlan &, const SourceUser &)> &each,
                      const std::function<Outcome(qint64)> &windowDone);
    PlanTotals startTotals(const QString &revision, const QString &sourceText) const;
    void finishTotals(PlanTotals &totals, const MigrationPlanner::Context &context,
                      const QList<MigrationPlanSink *> &sinks);

    MigrationOptions m_options;
    int m_window;
    std::unique_ptr<QTemporaryFile> m_source; // mapped users, in the source's order
    std::unique_ptr<QTemporaryFile> m_plans;  // users with writes: their plan and source user
    QDataStream m_sourceOut;
    qint64 m_users = 0;
    Outcome m_failure;
    // After plan():
    PlanTotals m_totals;
    bool m_planned = false;
    // lower(e-mail) of the run's new users' personal projects, as the plan
    // took them (MigrationPlanner::Context::personalProjects)
    QSet<KeyDigest> m_personalProjects;
    int m_pending = 0; // users with writes
};

} // namespace codemie
