#include "MigrationExecutor.h"

#include "BatchInsert.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationExecutor)
};
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// applications rows: id, name, date, update_date, git_repos, project_type,
// created_by, description.
BatchInsert projectRows(const PlatformDatabase &db)
{
    return BatchInsert(
        db, QStringLiteral("applications"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("date"),
         QStringLiteral("update_date"), QStringLiteral("git_repos"), QStringLiteral("project_type"),
         QStringLiteral("created_by"), QStringLiteral("description")},
        {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
         db.jsonParameter(), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")});
}

// activity_events rows of one batch, written with the batch.
class EventLog {
public:
    // `now`: the transaction's time, for every row of it.
    EventLog(const PlatformDatabase &db, const SchemaCapabilities &caps, const QString &actorId,
             QVariant now)
        : m_enabled(caps.hasActivityEvents)
        , m_actor(textOrNull(actorId))
        , m_now(std::move(now))
        , m_insert(db, QStringLiteral("activity_events"),
                   {QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("event_type"),
                    QStringLiteral("entity_type"), QStringLiteral("entity_id"),
                    QStringLiteral("actor_id"), QStringLiteral("attributes"),
                    QStringLiteral("created_at")},
                   {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                    QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                    db.jsonParameter(), QStringLiteral("?")})
    {}
    // `attributes` is a JSON object's text (JsonText::object()); the source
    // is added to it.
    Outcome add(const QString &domain, const QString &type, const QString &entityType,
                const QString &entityId, QByteArray attributes)
    {
        if (!m_enabled)
            return Outcome::ok();
        static const QByteArray source = R"("source":"keycloak_migration"})";
        if (attributes.size() > 2) {
            attributes.chop(1);
            attributes += ',';
        } else {
            attributes = "{";
        }
        attributes += source;
        return m_insert.add(
            {uuid(), domain, type, entityType, entityId, m_actor, attributes, m_now});
    }
    Outcome user(const QString &type, const QString &id, QByteArray attributes)
    {
        return add(QStringLiteral("user_management"), type, QStringLiteral("user"), id,
                   std::move(attributes));
    }
    Outcome project(const QString &type, const QString &name, QByteArray attributes)
    {
        return add(QStringLiteral("project_management"), type, QStringLiteral("project"), name,
                   std::move(attributes));
    }
    Outcome flush() { return m_insert.flush(); }

private:
    bool m_enabled;
    QVariant m_actor;
    QVariant m_now;
    BatchInsert m_insert;
};
} // namespace

MigrationExecutor::MigrationExecutor(const PlatformDatabase &db, MigrationOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

Result<ApplyResult> MigrationExecutor::apply(const MigrationPlan &plan,
                                             const QList<SourceUser> &source,
                                             const std::function<void(int, int)> &progress,
                                             const std::atomic_bool *cancel)
{
    Input input;
    input.schemaRevision = plan.schemaRevision;
    input.projectOps = plan.projectOps;
    for (const UserPlan &u : plan.users)
        for (const PlannedOp &op : u.ops)
            if (op.kind == PlannedOp::Kind::CreatePersonalProject)
                input.personalProjects.insert(KeyDigest::of(op.project.toLower()));
    QHash<QString, const SourceUser *> sourceById;
    for (const SourceUser &u : source)
        sourceById.insert(u.id, &u);
    QList<const UserPlan *> pending;
    for (const UserPlan &u : plan.users)
        if (!u.ops.isEmpty() && sourceById.contains(u.userId))
            pending << &u;
    input.pendingUsers = int(pending.size());
    qsizetype at = 0;
    input.next = [&](int max, QList<UserPlan> &plans, QList<SourceUser> &users) {
        for (; at < pending.size() && plans.size() < max; ++at) {
            plans << *pending.at(at);
            users << *sourceById.value(pending.at(at)->userId);
        }
        return Outcome::ok();
    };
    return apply(input, progress, cancel);
}

Result<ApplyResult> MigrationExecutor::apply(const Input &input,
                                             const std::function<void(int, int)> &progress,
                                             const std::atomic_bool *cancel)
{
    Result<ApplyResult> r;
    ApplyResult &result = r.value;
    QElapsedTimer timer;
    timer.start();

    // The schema must be one the console knows, and no upgrade may be running.
    const auto probed = SchemaProbe(m_db).probe();
    if (!probed.outcome) {
        r.outcome = probed.outcome;
        return r;
    }
    if (!probed.value.canWrite) {
        r.outcome = Outcome::failure(
            probed.value.upgradeInProgress ? Outcome::Kind::UpgradeInProgress
                                           : Outcome::Kind::ReadOnly,
            Tr::tr("The migration cannot write to this database."), probed.value.readOnlyReason);
        return r;
    }
    if (!input.schemaRevision.isEmpty() && input.schemaRevision != probed.value.revision) {
        r.outcome = Outcome::failure(Outcome::Kind::Conflict,
                                     Tr::tr("The database schema changed since the plan was made."),
                                     Tr::tr("Plan revision %1, database revision %2.")
                                         .arg(input.schemaRevision, probed.value.revision),
                                     Tr::tr("Make a new plan."));
        return r;
    }
    const SchemaCapabilities caps = probed.value.caps;
    if (m_db.isPostgres()) {
        const auto locked =
            m_db.scalar(QStringLiteral("SELECT pg_try_advisory_lock(?)"), {advisoryLockKey});
        if (!locked.outcome) {
            r.outcome = locked.outcome;
            return r;
        }
        if (!locked.value.toBool()) {
            r.outcome = Outcome::failure(
                Outcome::Kind::Busy, Tr::tr("Another Keycloak import is running on this database."),
                Tr::tr(
                    "The platform's built-in migration or another console holds the import lock."),
                Tr::tr("Wait until it has finished, then run the migration again."));
            return r;
        }
    }

    m_personalProjects = input.personalProjects;
    auto keys = DatabaseSnapshot::Keys::load(m_db);
    r.outcome = keys.outcome;
    m_keys = std::move(keys.value);
    if (r.outcome)
        r.outcome = createProjects(m_db, input.projectOps, caps, result);
    if (r.outcome)
        r.outcome = applyBatches(input, caps, progress, cancel, result);
    if (m_db.isPostgres())
        m_db.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {advisoryLockKey});
    result.elapsedMs = timer.elapsed();
    return r;
}

Outcome MigrationExecutor::applyBatches(const Input &input, const SchemaCapabilities &caps,
                                        const std::function<void(int, int)> &progress,
                                        const std::atomic_bool *cancel, ApplyResult &result)
{
    // The progress total: the plan's users with writes, or those planned so
    // far while the plan is still being made.
    const auto pendingNow = [&input](bool &final) {
        final = true;
        return input.pendingSoFar ? input.pendingSoFar(final) : input.pendingUsers;
    };
    const int batchSize = qMax(1, m_options.batchSize);

    struct Batch {
        Outcome outcome;
        ApplyResult counted; // notes always, counts once committed
        QString first, last; // e-mails, for the error line
    };
    // Batches are taken from `input` one at a time, under `fetchMutex`, and
    // numbered in plan order; only those being written are held.
    std::mutex fetchMutex;
    int nextIndex = 0;
    int fetchedUsers = 0;
    bool exhausted = false;
    Outcome readFailure;
    ApplyResult projectsCreated; // by projectsNeeded, under fetchMutex
    std::atomic_bool stop{false};
    std::atomic_bool cancelled{false};
    // Finished batches (by index) and users, finished threads, for the
    // caller's thread.
    std::mutex mutex;
    std::condition_variable changed;
    std::map<int, Batch> finished;
    int done = 0;
    int threadsFinished = 0;
    int reported = 0;
    const auto report = [&] {
        if (progress && done > reported) {
            reported = done;
            bool final = true;
            progress(reported, pendingNow(final));
        }
    };
    // Takes batches until there are none left.
    const auto work = [&](const PlatformDatabase &db, bool inline_) {
        for (;;) {
            if (stop.load())
                return;
            QList<UserPlan> plans;
            QList<SourceUser> users;
            int index = 0;
            {
                const std::lock_guard<std::mutex> lock(fetchMutex);
                if (exhausted)
                    return;
                if (cancel && cancel->load()) {
                    bool final = true;
                    if (fetchedUsers < pendingNow(final) || !final)
                        cancelled = true;
                    return;
                }
                const Outcome read = input.next(batchSize, plans, users);
                if (!read) {
                    readFailure = read;
                    exhausted = true;
                    stop = true;
                    return;
                }
                if (plans.isEmpty()) {
                    exhausted = true;
                    return;
                }
                // Shared projects first seen in these users' part of a plan
                // still being made: created before them, while batches of
                // earlier parts (which do not name them) may still run.
                if (input.projectsNeeded) {
                    const QList<PlannedOp> projects = input.projectsNeeded();
                    const Outcome created = createProjects(db, projects, caps, projectsCreated);
                    if (!created) {
                        readFailure = created;
                        exhausted = true;
                        stop = true;
                        return;
                    }
                }
                index = nextIndex++;
                fetchedUsers += int(plans.size());
            }
            QList<const UserPlan *> approved;
            approved.reserve(plans.size());
            for (const UserPlan &u : std::as_const(plans))
                approved << &u;
            Batch batch;
            batch.first = approved.first()->email;
            batch.last = approved.last()->email;
            DatabaseSnapshot::Keys written;
            batch.outcome = applyBatch(db, approved, users, caps, batch.counted, written);
            if (batch.outcome) {
                QWriteLocker lock(&m_keysLock);
                m_keys.merge(written);
            } else if (batch.outcome.kind() == Outcome::Kind::DatabaseError && !db.isOpen()) {
                stop = true; // the connection is gone: stop, a re-run finishes the job
            }
            {
                const std::lock_guard<std::mutex> lock(mutex);
                finished.emplace(index, std::move(batch));
                done += int(approved.size());
            }
            if (inline_)
                report();
            else
                changed.notify_one();
        }
    };

    // Several connections only where they help: PostgreSQL and more than one
    // batch. Each batch thread opens its own connection; the caller's thread
    // keeps the import lock on its own and reports progress after every
    // batch, so that `progress` is only ever called on the caller's thread.
    bool planFinal = true;
    const int planned = pendingNow(planFinal);
    const int batchCount = planFinal ? (planned + batchSize - 1) / batchSize : 16;
    const int threadCount = m_db.isPostgres() && m_options.connections > 1 && batchCount > 1
                                ? qMin(qMin(m_options.connections, 16), batchCount)
                                : 0;
    QStringList openFailures(threadCount);
    QString *const failureSlots = openFailures.data();
    std::vector<std::thread> threads;
    threads.reserve(size_t(threadCount));
    for (int t = 0; t < threadCount; ++t)
        threads.emplace_back([&, t] {
            {
                const std::unique_ptr<PlatformDatabase> db = m_db.sibling();
                const Outcome opened = db->open();
                if (opened)
                    work(*db, false);
                else
                    failureSlots[t] = opened.fullText();
            }
            const std::lock_guard<std::mutex> lock(mutex);
            ++threadsFinished;
            changed.notify_one();
        });
    for (;;) {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return done > reported || threadsFinished == threadCount; });
        const bool allFinished = threadsFinished == threadCount;
        const int now = done;
        lock.unlock();
        if (progress && now > reported) {
            reported = now;
            bool final = true;
            progress(reported, pendingNow(final));
        }
        if (allFinished)
            break;
    }
    for (std::thread &t : threads)
        t.join();
    // Without other connections (SQLite, --connections 1, or none could be
    // opened), the batches run here, on the caller's connection.
    work(m_db, true);

    for (const QString &failure : std::as_const(openFailures))
        if (!failure.isEmpty())
            result.notes << Tr::tr("a further database connection could not be opened; the "
                                   "batches ran on the others: %1")
                                .arg(failure);
    result.notes += projectsCreated.notes;
    result.projectsCreated += projectsCreated.projectsCreated;
    result.appliedOps += projectsCreated.appliedOps;
    for (const auto &[index, batch] : finished) {
        ++result.batches;
        result.notes += batch.counted.notes;
        if (!batch.outcome) {
            ++result.failedBatches;
            // The outcome's own advice ("Nothing was changed…") is about
            // one statement; the run's summary says what the batch means.
            QString reason = batch.outcome.message();
            if (!batch.outcome.details().isEmpty())
                reason += QLatin1Char(' ') + batch.outcome.details();
            result.errors << Tr::tr("batch %1 (%2 … %3) was not written: %4")
                                 .arg(index + 1)
                                 .arg(batch.first, batch.last, reason);
            continue;
        }
        result.appliedOps += batch.counted.appliedOps;
        result.usersCreated += batch.counted.usersCreated;
        result.usersUpdated += batch.counted.usersUpdated;
        result.membershipsAdded += batch.counted.membershipsAdded;
        result.conflicts += batch.counted.conflicts;
    }
    result.cancelled = cancelled.load();
    return readFailure;
}

Outcome MigrationExecutor::createProjects(const PlatformDatabase &db,
                                          const QList<PlannedOp> &projectOps,
                                          const SchemaCapabilities &caps, ApplyResult &result)
{
    if (projectOps.isEmpty())
        return Outcome::ok();
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    // Every spelling of each name known when the run started, and the exact
    // one in case it was created since: read in one statement (by id, which
    // the platform keeps equal to the name).
    QList<QStringList> spellingsOf;
    QStringList candidates;
    for (const PlannedOp &op : projectOps) {
        const QString lower = op.project.toLower();
        QStringList spellings = [&] {
            QReadLocker lock(&m_keysLock);
            return m_keys.projectNames.value(lower);
        }();
        for (const QString &spelling : {op.project, lower})
            if (!spellings.contains(spelling))
                spellings << spelling;
        candidates += spellings;
        spellingsOf << spellings;
    }
    QSet<QString> existing;
    constexpr qsizetype namesPerStatement = 500; // SQLite's placeholder limit
    for (qsizetype at = 0; at < candidates.size(); at += namesPerStatement) {
        QVariantList params;
        const QString condition =
            db.anyOf(QStringLiteral("id"), candidates.mid(at, namesPerStatement), params);
        QSqlQuery q = db.newQuery();
        const Outcome o =
            db.exec(q, QStringLiteral("SELECT id FROM applications WHERE ") + condition, params);
        if (!o)
            return o;
        while (q.next())
            existing.insert(q.value(0).toString());
    }

    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    EventLog events(db, caps, m_options.actorId, now);
    BatchInsert projects = projectRows(db);
    const QString description = MigrationPlanner(m_options).importedProjectDescription();
    const QVariant noCreator(QMetaType::fromType<QString>());
    QStringList created;
    for (int i = 0; i < projectOps.size(); ++i) {
        const PlannedOp &op = projectOps.at(i);
        const auto found =
            std::find_if(spellingsOf.at(i).cbegin(), spellingsOf.at(i).cend(),
                         [&](const QString &name) { return existing.contains(name); });
        if (found != spellingsOf.at(i).cend()) {
            result.notes << Tr::tr("project %1 already exists (as %2); not created again")
                                .arg(op.project, *found);
            continue;
        }
        Outcome o = projects.add({op.project, op.project, now, now, QStringLiteral("[]"),
                                  QStringLiteral("shared"), noCreator, description});
        if (o)
            o = events.project(QStringLiteral("project.created"), op.project, "{}");
        if (!o)
            return o;
        created << op.project;
    }
    Outcome o = projects.flush();
    if (o)
        o = events.flush();
    if (o)
        o = tx.commit();
    if (!o)
        return o;
    {
        QWriteLocker lock(&m_keysLock);
        for (const QString &name : std::as_const(created))
            m_keys.addProject(name);
    }
    result.projectsCreated += int(created.size());
    result.appliedOps += int(created.size());
    return o;
}

Outcome MigrationExecutor::applyBatch(const PlatformDatabase &db,
                                      const QList<const UserPlan *> &approved,
                                      const QList<SourceUser> &users,
                                      const SchemaCapabilities &caps, ApplyResult &result,
                                      DatabaseSnapshot::Keys &written)
{
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    const auto fresh = [&] {
        QReadLocker lock(&m_keysLock);
        return DatabaseSnapshot::loadFor(db, caps, users, m_keys);
    }();
    if (!fresh.outcome)
        return fresh.outcome;
    const MigrationPlanner planner(m_options);
    MigrationPlanner::Context context;
    // As in the plan, the personal projects of the run's new users are known
    // before any user is planned: an attribute naming another user's e-mail
    // must not claim that name as a shared project first.
    context.personalProjects = m_personalProjects;

    const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
    QStringList userColumns{QStringLiteral("id"),
                            QStringLiteral("date"),
                            QStringLiteral("update_date"),
                            QStringLiteral("username"),
                            QStringLiteral("email"),
                            QStringLiteral("name"),
                            QStringLiteral("user_type"),
                            QStringLiteral("is_active"),
                            QStringLiteral("is_admin"),
                            QStringLiteral("auth_source"),
                            QStringLiteral("email_verified"),
                            QStringLiteral("project_limit")};
    if (caps.hasMaintainer)
        userColumns << QStringLiteral("is_maintainer");
    BatchInsert newUsers(db, QStringLiteral("users"), userColumns);
    BatchInsert newProjects = projectRows(db);
    BatchInsert newMembers(db, QStringLiteral("user_projects"),
                           {QStringLiteral("id"), QStringLiteral("date"),
                            QStringLiteral("update_date"), QStringLiteral("user_id"),
                            QStringLiteral("project_name"), QStringLiteral("is_project_admin")});
    // A full buffer sends its rows early: memberships and personal projects
    // must never reach the database before the users they refer to.
    newProjects.sendAfter(newUsers);
    newMembers.sendAfter(newUsers);
    newMembers.sendAfter(newProjects);
    EventLog events(db, caps, m_options.actorId, now);
    QList<QPair<QString, QVariantList>> updates; // run after the inserts, in order
    ApplyResult counted;

    for (int i = 0; i < users.size(); ++i) {
        const UserPlan &plan = *approved.at(i);
        const UserPlan now_ = planner.planUser(users.at(i), fresh.value, context);
        QSet<QString> approvedKeys;
        for (const PlannedOp &op : plan.ops)
            approvedKeys.insert(op.key());
        QSet<QString> freshKeys;
        for (const PlannedOp &op : now_.ops)
            freshKeys.insert(op.key());
        if (now_.action == UserPlan::Action::Conflict || now_.action == UserPlan::Action::Skipped) {
            ++counted.conflicts;
            result.notes << Tr::tr("%1: not written, the database changed since the plan: %2")
                                .arg(plan.email, now_.reason);
            continue;
        }
        for (const PlannedOp &op : plan.ops)
            if (!freshKeys.contains(op.key()))
                result.notes << Tr::tr("%1: %2 %3 is no longer needed or no longer possible")
                                    .arg(plan.email, PlannedOp::kindName(op.kind), op.project);
        bool touched = false;
        for (const PlannedOp &op : now_.ops) {
            if (!approvedKeys.contains(op.key())) {
                result.notes << Tr::tr("%1: %2 %3 was not in the approved plan; make a new plan to "
                                       "include it")
                                    .arg(plan.email, PlannedOp::kindName(op.kind), op.project);
                continue;
            }
            Outcome o;
            switch (op.kind) {
            case PlannedOp::Kind::CreateUser: {
                QVariantList row{op.userId,
                                 now,
                                 now,
                                 op.username,
                                 op.email,
                                 textOrNull(op.name),
                                 QStringLiteral("regular"),
                                 true,
                                 op.isAdmin,
                                 QStringLiteral("keycloak"),
                                 true,
                                 op.isAdmin ? QVariant(QMetaType::fromType<int>())
                                            : QVariant(m_options.projectLimit)};
                if (caps.hasMaintainer)
                    row << false;
                o = newUsers.add(row);
                if (o)
                    o = events.user(QStringLiteral("user.created"), op.userId,
                                    JsonText::object({{QStringLiteral("auth_source"),
                                                       QStringLiteral("keycloak")}}));
                written.addUser(op.userId, op.email, op.username);
                ++counted.usersCreated;
                break;
            }
            case PlannedOp::Kind::CreatePersonalProject:
                o = newProjects.add({op.project, op.project, now, now, QStringLiteral("[]"),
                                     QStringLiteral("personal"), op.userId,
                                     QStringLiteral("Personal Project for %1").arg(op.project)});
                if (o)
                    o = newMembers.add({uuid(), now, now, op.userId, op.project, false});
                written.addProject(op.project);
                if (o)
                    o = events.project(QStringLiteral("project.created"), op.project,
                                       JsonText::object({{QStringLiteral("project_type"),
                                                          QStringLiteral("personal")}}));
                if (o)
                    o = events.user(
                        QStringLiteral("user.project.assigned"), op.userId,
                        JsonText::object({{QStringLiteral("project_name"), op.project},
                                          {QStringLiteral("is_project_admin"), false}}));
                break;
            case PlannedOp::Kind::AddMembership:
                if (!fresh.value.project(op.project)) {
                    result.notes << Tr::tr("%1: project %2 does not exist; not assigned")
                                        .arg(plan.email, op.project);
                    continue;
                }
                o = newMembers.add({uuid(), now, now, op.userId, op.project, op.isProjectAdmin});
                if (o)
                    o = events.user(QStringLiteral("user.project.assigned"), op.userId,
                                    JsonText::object(
                                        {{QStringLiteral("project_name"), op.project},
                                         {QStringLiteral("is_project_admin"), op.isProjectAdmin}}));
                ++counted.membershipsAdded;
                break;
            case PlannedOp::Kind::RaiseProjectAdmin:
            case PlannedOp::Kind::LowerProjectAdmin:
                updates << qMakePair(
                    QStringLiteral("UPDATE user_projects SET is_project_admin = ?, "
                                   "update_date = ? WHERE user_id = ? AND "
                                   "project_name = ?"),
                    QVariantList{op.isProjectAdmin, now, op.userId, op.project});
                o = events.user(
                    QStringLiteral("user.project.role_updated"), op.userId,
                    JsonText::object({{QStringLiteral("project_name"), op.project},
                                      {QStringLiteral("is_project_admin"), op.isProjectAdmin}}));
                break;
            case PlannedOp::Kind::RemoveMembership:
                updates << qMakePair(QStringLiteral("DELETE FROM user_projects WHERE user_id = ? "
                                                    "AND project_name = ?"),
                                     QVariantList{op.userId, op.project});
                o = events.user(QStringLiteral("user.project.removed"), op.userId,
                                JsonText::object({{QStringLiteral("project_name"), op.project}}));
                break;
            case PlannedOp::Kind::UpdateIdentity: {
                const DatabaseSnapshot::User current = fresh.value.usersById.value(op.userId);
                if (caps.hasUserEnrichment && current.email != op.email) {
                    const auto enriched = db.scalar(
                        QStringLiteral("SELECT count(*) FROM user_enrichment WHERE email = ?"),
                        {current.email});
                    if (!enriched.outcome)
                        return enriched.outcome;
                    if (enriched.value.toInt() > 0) {
                        result.notes
                            << Tr::tr("%1: e-mail not changed to %2: HR data (user_enrichment) "
                                      "refers to the old address")
                                   .arg(current.email, op.email);
                        continue;
                    }
                }
                updates << qMakePair(
                    QStringLiteral("UPDATE users SET username = ?, email = ?, name "
                                   "= ?, update_date = ? WHERE id = ?"),
                    QVariantList{op.username, op.email, textOrNull(op.name), now, op.userId});
                written.addUser(op.userId, op.email, op.username);
                o = events.user(QStringLiteral("user.updated"), op.userId,
                                JsonText::object({{QStringLiteral("username"), op.username},
                                                  {QStringLiteral("email"), op.email},
                                                  {QStringLiteral("name"), op.name}}));
                break;
            }
            case PlannedOp::Kind::CreateProject:
                break;
            }
            if (!o)
                return o;
            touched = true;
            ++counted.appliedOps;
        }
        if (touched && plan.action == UserPlan::Action::Update)
            ++counted.usersUpdated;
    }
    for (BatchInsert *insert : {&newUsers, &newProjects, &newMembers}) {
        const Outcome o = insert->flush();
        if (!o)
            return o;
    }
    for (const auto &[sql, params] : std::as_const(updates)) {
        const Outcome o = db.exec(sql, params);
        if (!o)
            return o;
    }
    Outcome o = events.flush();
    if (o)
        o = tx.commit();
    if (!o)
        return o;
    result.appliedOps += counted.appliedOps;
    result.usersCreated += counted.usersCreated;
    result.usersUpdated += counted.usersUpdated;
    result.membershipsAdded += counted.membershipsAdded;
    result.conflicts += counted.conflicts;
    return o;
}

} // namespace codemie
