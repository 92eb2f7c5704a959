#pragma once

#include "MigrationPlanner.h"
#include "SchemaProbe.h"

#include <QReadWriteLock>
#include <atomic>
#include <functional>

namespace codemie {

// Applies an approved plan in batches, one transaction each. Inside each
// transaction the batch's users are planned again against what the database
// holds now: an approved write is made only if it is still needed and still
// allowed, and nothing that was not approved is written. Being stopped at any
// point loses nothing; running again finishes the job.
//
// On PostgreSQL, batches run on MigrationOptions::connections connections at
// once (one thread each besides the caller's): the batches of a plan touch
// disjoint users, and the shared projects they need are created first, so
// they do not depend on each other's order. The result lists the batches in
// plan order whatever order they finished in.
class MigrationExecutor {
public:
    MigrationExecutor(const PlatformDatabase &db, MigrationOptions options);

    // `progress(done, total)` is called after each batch; `cancel` is checked
    // between batches.
    Result<ApplyResult> apply(const MigrationPlan &plan, const QList<SourceUser> &source,
                              const std::function<void(int, int)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    // An approved plan read batch by batch (a streamed run keeps it on disk):
    // the same apply, holding only the batches being written.
    struct Input {
        QString schemaRevision;           // of the plan; empty: not checked
        QList<PlannedOp> projectOps;      // shared projects, created before any user
        QSet<KeyDigest> personalProjects; // lower(name) of the plan's personal projects
        int pendingUsers = 0;             // users with writes (the progress total)
        // The next at most `max` users with writes, in plan order, with their
        // source users; empty lists when none are left. Called under a lock.
        std::function<Outcome(int max, QList<UserPlan> &plans, QList<SourceUser> &users)> next;
        // Optional, for a plan still being made while it is applied
        // (MigrationStream::planAndApply):
        //  - pendingSoFar: the users with writes planned so far (the progress
        //    total, instead of pendingUsers), `final` set once no more will
        //    come; next() waits for the planner. Called from any thread.
        //  - projectsNeeded: shared projects that the users next() just
        //    returned need and that were not asked for before; created in
        //    their own transaction before those users' batch. Called under
        //    the same lock as next().
        std::function<int(bool &final)> pendingSoFar;
        std::function<QList<PlannedOp>()> projectsNeeded;
    };
    Result<ApplyResult> apply(const Input &input,
                              const std::function<void(int, int)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    // The platform's own Keycloak import takes this advisory lock; holding it
    // keeps the two from importing at the same time.
    static constexpr qint64 advisoryLockKey = 7734269302LL;

private:
    Outcome createProjects(const PlatformDatabase &db, const QList<PlannedOp> &projectOps,
                           const SchemaCapabilities &caps, ApplyResult &result);
    Outcome applyBatches(const Input &input, const SchemaCapabilities &caps,
                         const std::function<void(int, int)> &progress,
                         const std::atomic_bool *cancel, ApplyResult &result);
    // `result` receives the batch's notes and, once committed, its counts;
    // `written` the keys it added.
    Outcome applyBatch(const PlatformDatabase &db, const QList<const UserPlan *> &approved,
                       const QList<SourceUser> &users, const SchemaCapabilities &caps,
                       ApplyResult &result, DatabaseSnapshot::Keys &written);

    const PlatformDatabase &m_db;
    MigrationOptions m_options;
    DatabaseSnapshot::Keys m_keys;      // read once per run, kept up to date with each commit
    mutable QReadWriteLock m_keysLock;  // m_keys, shared by the batch threads
    QSet<KeyDigest> m_personalProjects; // lower(name) of the plan's personal projects
};

} // namespace codemie
