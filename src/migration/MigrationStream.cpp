#include "MigrationStream.h"

#include "ContestedKeys.h"
#include "DatabaseSnapshot.h"
#include "MigrationPlanSink.h"
#include "MigrationPlanner.h"
#include "MigrationVerifier.h"
#include "PlatformDatabase.h"
#include "SourceMapper.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationStream)
};

// The temporary files' records (QDataStream, Qt 6.0 format).
QDataStream &operator<<(QDataStream &out, const SourceUser &u)
{
    out << u.id << u.username << u.email << u.name << u.enabled << u.isAdmin << u.skipReason
        << u.warnings << qint32(u.memberships.size());
    for (const SourceMembership &m : u.memberships)
        out << m.project << m.isProjectAdmin;
    return out;
}
QDataStream &operator>>(QDataStream &in, SourceUser &u)
{
    qint32 memberships = 0;
    in >> u.id >> u.username >> u.email >> u.name >> u.enabled >> u.isAdmin >> u.skipReason >>
        u.warnings >> memberships;
    u.memberships.clear();
    for (qint32 i = 0; i < memberships && in.status() == QDataStream::Ok; ++i) {
        SourceMembership m;
        in >> m.project >> m.isProjectAdmin;
        u.memberships << m;
    }
    return in;
}
// What the executor reads of a user's plan.
QDataStream &operator<<(QDataStream &out, const UserPlan &p)
{
    out << p.userId << p.username << p.email << qint32(p.action) << qint32(p.ops.size());
    for (const PlannedOp &op : p.ops)
        out << op;
    return out;
}
QDataStream &operator>>(QDataStream &in, UserPlan &p)
{
    qint32 action = 0;
    qint32 ops = 0;
    in >> p.userId >> p.username >> p.email >> action >> ops;
    p.action = UserPlan::Action(action);
    p.ops.clear();
    for (qint32 i = 0; i < ops && in.status() == QDataStream::Ok; ++i) {
        PlannedOp op;
        in >> op;
        p.ops << op;
    }
    return in;
}

Outcome spoolFailure(const QString &error)
{
    return Outcome::failure(
        Outcome::Kind::InvalidInput,
        Tr::tr("The migration's temporary file in %1 could not be written or read back.")
            .arg(QDir::toNativeSeparators(QDir::tempPath())),
        error,
        Tr::tr("Free some space there (about 1 KB per Keycloak user), or point TMPDIR at a "
               "folder with room, and run the migration again; nothing was written."));
}
Outcome spoolFailure(const QIODevice &file)
{
    return spoolFailure(file.errorString());
}
} // namespace

MigrationStream::MigrationStream(MigrationOptions options, int window)
    : m_options(std::move(options))
    , m_window(qMax(1, window))
{
    m_sourceOut.setVersion(QDataStream::Qt_6_0);
}

MigrationStream::~MigrationStream() = default;

Outcome MigrationStream::openSpool(std::unique_ptr<QTemporaryFile> &file, const QString &what)
{
    // Never asked for its name: on Linux the file then has none (O_TMPFILE),
    // so that even a killed run leaves no copy of the users behind.
    file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/codemie-") + what +
                                            QStringLiteral("-XXXXXX"));
    if (!file->open())
        return spoolFailure(*file);
    return Outcome::ok();
}

void MigrationStream::restart(const MigrationSourceData &head)
{
    m_options.adminIds = head.adminIds;
    m_options.realm = head.realm;
    m_users = 0;
    m_failure = openSpool(m_source, QStringLiteral("users"));
    m_sourceOut.setDevice(m_failure ? m_source.get() : nullptr);
    m_sourceOut.resetStatus();
}

bool MigrationStream::add(QList<KeycloakUser> &users)
{
    if (!m_failure || !m_source)
        return false;
    for (const KeycloakUser &u : std::as_const(users)) {
        m_sourceOut << SourceMapper::map(u, m_options);
        ++m_users;
    }
    users.clear();
    if (m_sourceOut.status() != QDataStream::Ok) {
        m_failure = spoolFailure(*m_source);
        return false;
    }
    return true;
}

void MigrationStream::setOptions(MigrationOptions options)
{
    options.adminIds = m_options.adminIds;
    options.realm = m_options.realm;
    m_options = std::move(options);
}

int MigrationStream::windowFor(const PlatformDatabase &db) const
{
    return db.isPostgres() ? m_window : qMin(m_window, maxSqliteWindow);
}

Outcome
MigrationStream::forEachWindow(int window,
                               const std::function<Outcome(const QList<SourceUser> &)> &each)
{
    if (!m_source)
        return Outcome::ok(); // nothing was read
    if (!m_source->flush() || !m_source->seek(0))
        return spoolFailure(*m_source);
    QDataStream in(m_source.get());
    in.setVersion(QDataStream::Qt_6_0);
    QList<SourceUser> users;
    users.reserve(window);
    for (qint64 i = 0; i < m_users; ++i) {
        SourceUser u;
        in >> u;
        if (in.status() != QDataStream::Ok)
            return spoolFailure(*m_source);
        SourceMapper::applyOptions(u, m_options);
        users << std::move(u);
        if (users.size() == window || i + 1 == m_users) {
            const Outcome o = each(users);
            if (!o)
                return o;
            users.clear();
        }
    }
    return m_source->seek(m_source->size()) ? Outcome::ok() : spoolFailure(*m_source);
}

PlanTotals MigrationStream::startTotals(const QString &revision, const QString &sourceText) const
{
    PlanTotals totals;
    totals.source = sourceText;
    totals.realm = m_options.realm;
    totals.policy = m_options.policy;
    totals.createdAt = QDateTime::currentDateTimeUtc();
    totals.schemaRevision = revision;
    return totals;
}

void MigrationStream::finishTotals(PlanTotals &totals, const MigrationPlanner::Context &context,
                                   const QList<MigrationPlanSink *> &sinks)
{
    totals.projectOps = context.projectOps;
    totals.warnings = context.warnings;
    for (MigrationPlanSink *w : sinks)
        w->finish(totals);
    m_totals = totals;
    m_totals.detailed.clear();
}

Outcome MigrationStream::planPersonalProjects(const PlatformDatabase &db,
                                              const SchemaCapabilities &caps,
                                              const DatabaseSnapshot::Keys &keys,
                                              MigrationPlanner::Context &context)
{
    // Personal projects of new users come first (MigrationPlanner::plan): a
    // Keycloak attribute that names another user's e-mail does not turn it
    // into a shared project, wherever that user is in the source.
    // The same pass finds the keys that more than one user names: only those
    // are held across windows (a run of a million users holds a few, not a
    // million).
    // Three keys a user, and the project names, which mostly repeat.
    ContestedKeys contested(m_users * 3);
    const Outcome o = forEachWindow(windowFor(db), [&](const QList<SourceUser> &users) {
        const auto known = DatabaseSnapshot::loadIdentities(db, caps, users, keys);
        if (!known.outcome)
            return known.outcome;
        QSet<KeyDigest> namedInWindow;
        for (const SourceUser &u : users) {
            const KeyDigest email = KeyDigest::of(u.email.toLower());
            contested.add(ContestedKeys::Kind::Email, email);
            contested.add(ContestedKeys::Kind::Username, KeyDigest::of(u.username.toLower()));
            for (const SourceMembership &m : u.memberships) {
                // Most names repeat: each once a window.
                const KeyDigest named = KeyDigest::of(m.project.toLower());
                if (!namedInWindow.contains(named)) {
                    namedInWindow.insert(named);
                    contested.add(ContestedKeys::Kind::ProjectNamed, named);
                }
            }
            if (u.skipReason.isEmpty() && !known.value.usersById.contains(u.id) &&
                u.email.contains(QLatin1Char('@')) && !known.value.project(u.email))
                contested.add(ContestedKeys::Kind::PersonalProject, email);
        }
        return Outcome::ok();
    });
    if (!o)
        return o;
    QString error;
    if (!contested.finish(&error))
        return spoolFailure(error);
    context.personalProjects = contested.personalProjects();
    context.claims.restrictTo(contested.emails(), contested.usernames());
    return Outcome::ok();
}

Outcome
MigrationStream::planUsers(const PlatformDatabase &db, const SchemaCapabilities &caps,
                           const DatabaseSnapshot::Keys &keys, MigrationPlanner::Context &context,
                           PlanTotals &totals, const QList<MigrationPlanSink *> &sinks,
                           const std::function<Outcome(const UserPlan &, const SourceUser &)> &each,
                           const std::function<Outcome(qint64)> &windowDone)
{
    // Every user, window by window, against what the database holds for the
    // window, with the decisions that span users kept in `context`.
    const MigrationPlanner planner(m_options);
    for (MigrationPlanSink *w : sinks)
        w->begin(totals);
    qint64 done = 0;
    return forEachWindow(windowFor(db), [&](const QList<SourceUser> &users) {
        const auto snapshot = DatabaseSnapshot::loadFor(db, caps, users, keys, false);
        if (!snapshot.outcome)
            return snapshot.outcome;
        for (const SourceUser &u : users) {
            const UserPlan p = planner.planUser(u, snapshot.value, context);
            totals.add(p);
            for (MigrationPlanSink *w : sinks)
                w->add(p);
            if (p.ops.isEmpty())
                continue;
            if (const Outcome o = each(p, u); !o)
                return o;
        }
        done += users.size();
        return windowDone(done);
    });
}

Result<PlanTotals> MigrationStream::plan(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                         const QString &revision, const QString &sourceText,
                                         const QList<MigrationPlanSink *> &sinks,
                                         const std::function<void(qint64, qint64)> &progress,
                                         const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load()
                   ? Outcome::failure(Outcome::Kind::InvalidInput,
                                      Tr::tr("Cancelled: nothing was planned."))
                   : Outcome::ok();
    };
    Result<PlanTotals> r;
    r.value = startTotals(revision, sourceText);
    m_pending = 0;
    m_planned = false;
    m_personalProjects.clear();
    const auto keys = DatabaseSnapshot::Keys::load(db);
    if (!keys.outcome) {
        r.outcome = keys.outcome;
        return r;
    }
    MigrationPlanner::Context context;
    r.outcome = cancelled();
    if (r.outcome)
        r.outcome = planPersonalProjects(db, caps, keys.value, context);
    if (r.outcome)
        r.outcome = cancelled();
    if (r.outcome)
        r.outcome = openSpool(m_plans, QStringLiteral("plan"));
    if (!r.outcome)
        return r;
    QDataStream planOut(m_plans.get());
    planOut.setVersion(QDataStream::Qt_6_0);
    r.outcome = planUsers(
        db, caps, keys.value, context, r.value, sinks,
        [&](const UserPlan &p, const SourceUser &u) {
            planOut << p << u;
            ++m_pending;
            return Outcome::ok();
        },
        [&](qint64 done) {
            if (planOut.status() != QDataStream::Ok)
                return spoolFailure(*m_plans);
            if (progress)
                progress(done, m_users);
            return cancelled(); // between windows
        });
    if (!r.outcome)
        return r;
    m_personalProjects = context.personalProjects;
    finishTotals(r.value, context, sinks);
    m_planned = true;
    return r;
}

Result<ApplyResult> MigrationStream::apply(const PlatformDatabase &db,
                                           const std::function<void(int, int)> &progress,
                                           const std::atomic_bool *cancel)
{
    MigrationExecutor::Input input;
    input.schemaRevision = m_totals.schemaRevision;
    input.projectOps = m_totals.projectOps;
    input.personalProjects = m_personalProjects;
    input.pendingUsers = m_pending;
    std::unique_ptr<QDataStream> in;
    if (m_plans) {
        if (!m_plans->flush() || !m_plans->seek(0)) {
            Result<ApplyResult> r;
            r.outcome = spoolFailure(*m_plans);
            return r;
        }
        in = std::make_unique<QDataStream>(m_plans.get());
        in->setVersion(QDataStream::Qt_6_0);
    }
    int taken = 0;
    input.next = [&](int max, QList<UserPlan> &plans, QList<SourceUser> &users) {
        while (taken < m_pending && plans.size() < max) {
            UserPlan p;
            SourceUser u;
            *in >> p >> u;
            if (in->status() != QDataStream::Ok)
                return spoolFailure(*m_plans);
            plans << std::move(p);
            users << std::move(u);
            ++taken;
        }
        return Outcome::ok();
    };
    return MigrationExecutor(db, m_options).apply(input, progress, cancel);
}

Result<ApplyResult> MigrationStream::planAndApply(
    const PlatformDatabase &db, const SchemaCapabilities &caps, const QString &revision,
    const QString &sourceText, const QList<MigrationPlanSink *> &sinks,
    const std::function<void(const PlanTotals &)> &planned,
    const std::function<void(qint64, qint64)> &planProgress,
    const std::function<void(int, int)> &applyProgress, const std::atomic_bool *cancel)
{
    if (!db.isPostgres()) {
        Result<ApplyResult> r;
        const auto made = plan(db, caps, revision, sourceText, sinks, planProgress);
        r.outcome = made.outcome;
        if (!r.outcome)
            return r;
        if (planned)
            planned(made.value);
        return apply(db, applyProgress, cancel);
    }
    m_pending = 0;
    m_planned = false;
    m_personalProjects.clear();
    Result<ApplyResult> r;
    r.outcome = openSpool(m_plans, QStringLiteral("plan"));
    if (!r.outcome)
        return r;

    // What the planning thread hands on: each planned window's users with
    // writes, appended to m_plans as one chunk, and the shared projects the
    // window added. Guarded by `mutex` (m_plans too).
    struct Window {
        qint64 offset = 0;
        qint64 size = 0;
        int users = 0;
        QList<PlannedOp> projectOps;
    };
    std::mutex mutex;
    std::condition_variable changed;
    QList<Window> windows;
    bool personalReady = false; // phase 1 done (or failed)
    bool finished = false;      // the planning thread ended
    bool stop = false;          // the apply ended: stop planning
    Outcome planOutcome;
    PlanTotals totals = startTotals(revision, sourceText);
    std::atomic_int pendingSoFar{0};
    std::atomic<qint64> plannedSoFar{0};
    std::atomic_bool planDone{false}; // the whole plan made and written
    bool halted = false;              // the planning stopped because the apply had ended

    std::thread planner([&] {
        MigrationPlanner::Context context;
        const std::unique_ptr<PlatformDatabase> own = db.sibling();
        Outcome o = own->open();
        // The snapshot is taken by the transaction's first read, before the
        // caller starts the apply: every window is planned against the
        // database as it was before the first write.
        if (o)
            o = own->exec(
                QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        Result<DatabaseSnapshot::Keys> keys;
        if (o) {
            keys = DatabaseSnapshot::Keys::load(*own);
            o = keys.outcome;
        }
        if (o)
            o = planPersonalProjects(*own, caps, keys.value, context);
        {
            const std::lock_guard<std::mutex> lock(mutex);
            personalReady = true;
            planOutcome = o;
            if (o)
                m_personalProjects = context.personalProjects;
        }
        changed.notify_all();
        if (o) {
            QBuffer chunk;
            chunk.open(QIODevice::WriteOnly);
            QDataStream out(&chunk);
            out.setVersion(QDataStream::Qt_6_0);
            int users = 0;
            qsizetype projectsHanded = 0;
            o = planUsers(
                *own, caps, keys.value, context, totals, sinks,
                [&](const UserPlan &p, const SourceUser &u) {
                    out << p << u;
                    ++users;
                    return Outcome::ok();
                },
                [&](qint64 done) {
                    Window w;
                    w.users = users;
                    w.projectOps = context.projectOps.mid(projectsHanded);
                    projectsHanded = context.projectOps.size();
                    {
                        const std::lock_guard<std::mutex> lock(mutex);
                        if (stop) {
                            halted = true;
                            return Outcome::failure(Outcome::Kind::InvalidInput,
                                                    QStringLiteral("stopped"));
                        }
                        const QByteArray &bytes = chunk.data();
                        w.offset = m_plans->size();
                        if (out.status() != QDataStream::Ok || !m_plans->seek(w.offset) ||
                            m_plans->write(bytes) != bytes.size() || !m_plans->flush())
                            return spoolFailure(*m_plans);
                        w.size = bytes.size();
                        windows << w;
                    }
                    pendingSoFar += users;
                    plannedSoFar = done;
                    changed.notify_all();
                    chunk.close();
                    chunk.setData(QByteArray());
                    chunk.open(QIODevice::WriteOnly);
                    users = 0;
                    return Outcome::ok();
                });
            own->exec(QStringLiteral("COMMIT"));
        }
        if (o) {
            finishTotals(totals, context, sinks);
            m_pending = pendingSoFar.load();
            planDone = true;
        }
        {
            const std::lock_guard<std::mutex> lock(mutex);
            finished = true;
            planOutcome = o;
        }
        changed.notify_all();
    });
    // `halt`: the apply ended before the plan (it failed or was cancelled).
    const auto joinPlanner = [&](bool halt) {
        if (halt) {
            const std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        changed.notify_all();
        planner.join();
    };
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return personalReady; });
        if (!planOutcome) {
            r.outcome = planOutcome;
            lock.unlock();
            joinPlanner(true);
            return r;
        }
    }

    // The planning thread's progress, reported on this thread.
    qint64 planReported = 0;
    bool plannedCalled = false;
    const auto reportPlanning = [&] {
        const qint64 now = plannedSoFar.load();
        if (planProgress && now > planReported) {
            planReported = now;
            planProgress(now, m_users);
        }
        if (planDone.load() && !plannedCalled) {
            plannedCalled = true;
            m_planned = true;
            if (planned)
                planned(totals); // with the users the summary details
        }
    };

    MigrationExecutor::Input input;
    input.schemaRevision = revision;
    input.personalProjects = m_personalProjects;
    input.pendingSoFar = [&](bool &final) {
        final = planDone.load();
        return pendingSoFar.load();
    };
    // The window being taken: its chunk, read back from m_plans.
    qsizetype windowsTaken = 0;
    QBuffer chunk;
    QDataStream in(&chunk);
    in.setVersion(QDataStream::Qt_6_0);
    int leftInChunk = 0;
    QList<PlannedOp> projectsNeeded;
    input.projectsNeeded = [&] {
        return std::exchange(projectsNeeded, {});
    };
    input.next = [&](int max, QList<UserPlan> &plans, QList<SourceUser> &users) {
        while (plans.size() < max) {
            if (leftInChunk > 0) {
                UserPlan p;
                SourceUser u;
                in >> p >> u;
                if (in.status() != QDataStream::Ok)
                    return spoolFailure(*m_plans);
                plans << std::move(p);
                users << std::move(u);
                --leftInChunk;
                continue;
            }
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return windowsTaken < windows.size() || finished; });
            if (windowsTaken == windows.size()) {
                if (!planOutcome)
                    return planOutcome;
                break; // the plan is whole and every user taken
            }
            const Window &w = windows.at(windowsTaken++);
            projectsNeeded += w.projectOps;
            if (!m_plans->seek(w.offset))
                return spoolFailure(*m_plans);
            QByteArray bytes = m_plans->read(w.size);
            if (bytes.size() != w.size)
                return spoolFailure(*m_plans);
            lock.unlock();
            chunk.close();
            chunk.setData(bytes);
            chunk.open(QIODevice::ReadOnly);
            in.resetStatus();
            leftInChunk = w.users;
        }
        return Outcome::ok();
    };
    r = MigrationExecutor(db, m_options)
            .apply(
                input,
                [&](int done, int total) {
                    reportPlanning();
                    if (applyProgress)
                        applyProgress(done, total);
                },
                cancel);
    joinPlanner(!r.outcome || r.value.cancelled);
    reportPlanning();
    if (r.outcome && !planOutcome && !halted)
        r.outcome = planOutcome;
    return r;
}

Result<VerificationResult> MigrationStream::verify(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps)
{
    Result<VerificationResult> r;
    const auto keys = DatabaseSnapshot::Keys::load(db);
    if (!keys.outcome) {
        r.outcome = keys.outcome;
        return r;
    }
    r.outcome = forEachWindow(windowFor(db), [&](const QList<SourceUser> &users) {
        const auto snapshot = DatabaseSnapshot::loadFor(db, caps, users, keys.value, false);
        if (snapshot.outcome)
            MigrationVerifier::verifyUsers(snapshot.value, users, m_options, r.value);
        return snapshot.outcome;
    });
    return r;
}

} // namespace codemie
