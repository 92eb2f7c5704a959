#include "MigrationStream.h"

#include "DatabaseSnapshot.h"
#include "MigrationPlanSink.h"
#include "MigrationPlanner.h"
#include "MigrationVerifier.h"
#include "PlatformDatabase.h"
#include "SourceMapper.h"

#include <QCoreApplication>
#include <QDir>

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

Outcome spoolFailure(const QIODevice &file)
{
    return Outcome::failure(
        Outcome::Kind::InvalidInput,
        Tr::tr("The migration's temporary file in %1 could not be written or read back.")
            .arg(QDir::toNativeSeparators(QDir::tempPath())),
        file.errorString(),
        Tr::tr("Free some space there (about 1 KB per Keycloak user), or point TMPDIR at a "
               "folder with room, and run the migration again; nothing was written."));
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
    PlanTotals &totals = r.value;
    totals.source = sourceText;
    totals.realm = m_options.realm;
    totals.policy = m_options.policy;
    totals.createdAt = QDateTime::currentDateTimeUtc();
    totals.schemaRevision = revision;
    m_pending = 0;
    m_personalProjects.clear();
    const auto keys = DatabaseSnapshot::Keys::load(db);
    if (!keys.outcome) {
        r.outcome = keys.outcome;
        return r;
    }
    const int window = windowFor(db);
    const MigrationPlanner planner(m_options);
    MigrationPlanner::Context context;
    // 1. Personal projects of new users come first (MigrationPlanner::plan):
    //    a Keycloak attribute that names another user's e-mail does not turn
    //    it into a shared project, wherever that user is in the source.
    r.outcome = forEachWindow(window, [&](const QList<SourceUser> &users) {
        if (const Outcome stop = cancelled(); !stop)
            return stop;
        const auto known = DatabaseSnapshot::loadIdentities(db, caps, users, keys.value);
        if (!known.outcome)
            return known.outcome;
        for (const SourceUser &u : users)
            if (u.skipReason.isEmpty() && !known.value.usersById.contains(u.id) &&
                u.email.contains(QLatin1Char('@')) && !known.value.project(u.email))
                context.personalProjects.insert(KeyDigest::of(u.email.toLower()));
        return Outcome::ok();
    });
    if (!r.outcome)
        return r;
    // 2. Every user, window by window, against what the database holds for
    //    the window, with the decisions that span users kept in `context`.
    r.outcome = openSpool(m_plans, QStringLiteral("plan"));
    if (!r.outcome)
        return r;
    QDataStream planOut(m_plans.get());
    planOut.setVersion(QDataStream::Qt_6_0);
    for (MigrationPlanSink *w : sinks)
        w->begin(totals);
    qint64 done = 0;
    r.outcome = forEachWindow(window, [&](const QList<SourceUser> &users) {
        if (const Outcome stop = cancelled(); !stop)
            return stop;
        const auto snapshot = DatabaseSnapshot::loadFor(db, caps, users, keys.value, false);
        if (!snapshot.outcome)
            return snapshot.outcome;
        for (const SourceUser &u : users) {
            const UserPlan p = planner.planUser(u, snapshot.value, context);
            totals.add(p);
            for (MigrationPlanSink *w : sinks)
                w->add(p);
            if (p.ops.isEmpty())
                continue;
            planOut << p << u;
            ++m_pending;
            for (const PlannedOp &op : p.ops)
                if (op.kind == PlannedOp::Kind::CreatePersonalProject)
                    m_personalProjects.insert(KeyDigest::of(op.project.toLower()));
        }
        if (planOut.status() != QDataStream::Ok)
            return spoolFailure(*m_plans);
        done += users.size();
        if (progress)
            progress(done, m_users);
        return Outcome::ok();
    });
    if (!r.outcome)
        return r;
    totals.projectOps = context.projectOps;
    totals.warnings = context.warnings;
    for (MigrationPlanSink *w : sinks)
        w->finish(totals);
    m_totals = totals;
    m_totals.detailed.clear();
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
