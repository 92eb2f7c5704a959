#include "MigrationPlanner.h"

#include "ProjectRules.h"
#include "ShownText.h"
#include "SourceMapper.h"

#include <QCoreApplication>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)
};
} // namespace

MigrationPlanner::MigrationPlanner(MigrationOptions options)
    : m_options(std::move(options))
{}

Result<MigrationPlanner::Planned>
MigrationPlanner::planAgainst(const PlatformDatabase &db, const SchemaCapabilities &caps,
                              const QString &revision, QList<KeycloakUser> users,
                              const MigrationOptions &options, const QString &sourceText)
{
    Result<Planned> r;
    r.value.source = SourceMapper::mapAll(users, options);
    users = {};
    const auto snapshot = DatabaseSnapshot::loadAll(db, caps);
    if (!snapshot.isOk()) {
        r.outcome = snapshot.outcome;
        r.value = {};
        return r;
    }
    r.value.plan =
        MigrationPlanner(options).plan(r.value.source, snapshot.value, sourceText, revision);
    return r;
}

void MigrationPlanner::Claims::claim(const QString &lowerEmail, const QString &lowerUsername,
                                     const QString &id)
{
    const KeyDigest email = KeyDigest::of(lowerEmail);
    const KeyDigest username = KeyDigest::of(lowerUsername);
    const bool keepEmail = !m_restricted || m_trackedEmails.contains(email);
    const bool keepUsername = !m_restricted || m_trackedUsernames.contains(username);
    if (!keepEmail && !keepUsername)
        return;
    // A claim is only ever made again by the same user (a different one is
    // a conflict): its id is stored once.
    quint32 offset = 0;
    if (const auto e = m_emails.constFind(email); e != m_emails.constEnd()) {
        offset = e.value();
    } else if (const auto u = m_usernames.constFind(username); u != m_usernames.constEnd()) {
        offset = u.value();
    } else {
        offset = quint32(m_ids.size());
        m_ids += id.toUtf8();
        m_ids += '\0';
    }
    if (keepEmail)
        m_emails.insert(email, offset);
    if (keepUsername)
        m_usernames.insert(username, offset);
}

void MigrationPlanner::Claims::restrictTo(QSet<KeyDigest> emails, QSet<KeyDigest> usernames)
{
    m_restricted = true;
    m_trackedEmails = std::move(emails);
    m_trackedUsernames = std::move(usernames);
}

QString MigrationPlanner::Claims::idAt(const QHash<KeyDigest, quint32> &map,
                                       const QString &key) const
{
    const auto it = map.constFind(KeyDigest::of(key));
    if (it == map.constEnd())
        return {};
    return QString::fromUtf8(m_ids.constData() + it.value());
}

QString MigrationPlanner::importedProjectDescription() const
{
    return QStringLiteral("Imported from Keycloak realm %1").arg(m_options.realm);
}

MigrationPlan MigrationPlanner::plan(const QList<SourceUser> &users,
                                     const DatabaseSnapshot &snapshot, const QString &source,
                                     const QString &revision) const
{
    MigrationPlan plan;
    plan.source = source;
    plan.realm = m_options.realm;
    plan.policy = m_options.policy;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    plan.schemaRevision = revision;
    Context context;
    // Personal projects of new users come first: a Keycloak attribute that
    // names another user's e-mail does not turn it into a shared project.
    for (const SourceUser &u : users)
        if (u.skipReason.isEmpty() && !snapshot.usersById.contains(u.id) &&
            u.email.contains(QLatin1Char('@')) && !snapshot.project(u.email))
            context.personalProjects.insert(KeyDigest::of(u.email.toLower()));
    plan.users.reserve(users.size());
    for (const SourceUser &u : users)
        plan.users << planUser(u, snapshot, context);
    plan.projectOps = context.projectOps;
    plan.warnings = context.warnings;
    return plan;
}

UserPlan MigrationPlanner::planUser(const SourceUser &user, const DatabaseSnapshot &snapshot,
                                    Context &context) const
{
    UserPlan p;
    p.userId = user.id;
    p.username = user.username;
    p.email = user.email;
    p.warnings = user.warnings;
    if (!user.skipReason.isEmpty()) {
        p.action = UserPlan::Action::Skipped;
        p.reason = user.skipReason;
        return p;
    }
    if (user.id.trimmed().isEmpty() || user.username.trimmed().isEmpty()) {
        p.action = UserPlan::Action::Skipped;
        p.reason = Tr::tr("no id or username in Keycloak");
        return p;
    }
    // The platform's column limits (users.id VARCHAR(36), username, email
    // and name VARCHAR(255)): a longer value would fail its whole batch.
    const struct {
        QString field;
        qsizetype length;
        qsizetype limit;
    } limits[] = {{QStringLiteral("id"), user.id.size(), maxUserIdLength},
                  {QStringLiteral("username"), user.username.size(), maxTextLength},
                  {QStringLiteral("email"), user.email.size(), maxTextLength},
                  {QStringLiteral("name"), user.name.size(), maxTextLength}};
    for (const auto &limit : limits)
        if (limit.length > limit.limit) {
            p.action = UserPlan::Action::Skipped;
            p.reason = Tr::tr("not imported: the Keycloak %1 is %2 characters long; the platform "
                              "stores at most %3")
                           .arg(limit.field)
                           .arg(limit.length)
                           .arg(limit.limit);
            return p;
        }

    // Rule 7: an e-mail or username that belongs to another user is a conflict.
    const QString emailKey = user.email.toLower();
    const QString usernameKey = user.username.toLower();
    const QString emailOwner = snapshot.userIdByEmail.value(emailKey);
    const QString usernameOwner = snapshot.userIdByUsername.value(usernameKey);
    const auto rowOf = [&snapshot](const QString &id) {
        const DatabaseSnapshot::User u = snapshot.usersById.value(id);
        return ExistingUser{u.id, u.email, u.username, u.name, u.authSource, u.active, u.created};
    };
    if (!emailOwner.isEmpty() && emailOwner != user.id) {
        p.action = UserPlan::Action::Conflict;
        p.collidesWith = rowOf(emailOwner);
        p.reason = Tr::tr("e-mail %1 belongs to the existing user %2 (%3)")
                       .arg(user.email, emailOwner, snapshot.usersById.value(emailOwner).email);
        return p;
    }
    if (!usernameOwner.isEmpty() && usernameOwner != user.id) {
        p.action = UserPlan::Action::Conflict;
        p.collidesWith = rowOf(usernameOwner);
        p.reason =
            Tr::tr("username %1 belongs to the existing user %2 (%3)")
                .arg(user.username, usernameOwner, snapshot.usersById.value(usernameOwner).email);
        return p;
    }
    const QString emailClaim = context.claims.byEmail(emailKey);
    const QString usernameClaim = context.claims.byUsername(usernameKey);
    if ((!emailClaim.isEmpty() && emailClaim != user.id) ||
        (!usernameClaim.isEmpty() && usernameClaim != user.id)) {
        p.action = UserPlan::Action::Conflict;
        p.reason = Tr::tr("Keycloak user %1 has the same e-mail or username; only the first is "
                          "imported")
                       .arg(!emailClaim.isEmpty() ? emailClaim : usernameClaim);
        return p;
    }
    context.claims.claim(emailKey, usernameKey, user.id);

    // Rule 3: resolve names to existing projects (case-insensitively) or to
    // projects this run creates.
    QList<SourceMembership> wanted;
    QSet<QString> wantedKeys;
    for (const SourceMembership &m : user.memberships) {
        QString name = m.project;
        if (m.project.size() > maxTextLength) {
            p.warnings << Tr::tr("a project name of %1 characters (“%2”); the platform stores at "
                                 "most %3: membership skipped")
                              .arg(m.project.size())
                              .arg(ShownText::escaped(m.project, 40))
                              .arg(maxTextLength);
            continue;
        }
        // The personal projects of the run's new users are looked at first:
        // they exist in no snapshot read before the user (a streamed run
        // plans window after window), and were never existing projects.
        if (context.personalProjects.contains(KeyDigest::of(m.project.toLower()))) {
            p.warnings << Tr::tr("%1 is the personal project of a user being imported; membership "
                                 "skipped")
                              .arg(m.project);
            continue;
        }
        if (const DatabaseSnapshot::Project *existing = snapshot.project(m.project)) {
            if (existing->deleted) {
                p.warnings << Tr::tr("project %1 was deleted in the platform; not revived, "
                                     "membership skipped")
                                  .arg(existing->name);
                continue;
            }
            if (existing->type == QStringLiteral("personal")) {
                p.warnings
                    << Tr::tr("%1 is a personal project; membership skipped").arg(existing->name);
                continue;
            }
            name = existing->name;
        } else if (context.newProjects.contains(m.project.toLower())) {
            name = context.newProjects.value(m.project.toLower());
        } else {
            context.newProjects.insert(m.project.toLower(), m.project);
            PlannedOp op;
            op.kind = PlannedOp::Kind::CreateProject;
            op.project = m.project;
            context.projectOps << op;
            const Outcome valid = ProjectRules::validateName(m.project);
            if (!valid)
                context.warnings << Tr::tr(
                                        "project %1 is created as it is named in Keycloak, "
                                        "although the platform's naming rules would refuse it: %2")
                                        .arg(m.project, valid.message());
        }
        if (wantedKeys.contains(name.toLower()))
            continue;
        wantedKeys.insert(name.toLower());
        wanted << SourceMembership{name, m.isProjectAdmin};
    }
    auto membershipOp = [&snapshot, &user](PlannedOp::Kind kind, const QString &project,
                                           bool admin) {
        PlannedOp op;
        op.kind = kind;
        op.userId = user.id;
        op.project = project;
        op.isProjectAdmin = admin;
        op.budgetWarning = snapshot.budgetedProjects.contains(project);
        return op;
    };

    const auto existing = snapshot.usersById.constFind(user.id);
    if (existing == snapshot.usersById.constEnd()) {
        // Rule 4 and 5: a new user with a personal project.
        p.action = UserPlan::Action::Create;
        PlannedOp create;
        create.kind = PlannedOp::Kind::CreateUser;
        create.userId = user.id;
        create.username = user.username;
        create.email = user.email;
        create.name = user.name;
        create.isAdmin = user.isAdmin;
        p.ops << create;
        if (user.email.contains(QLatin1Char('@'))) {
            const DatabaseSnapshot::Project *personal = snapshot.project(user.email);
            if (personal || context.newProjects.contains(emailKey)) {
                p.warnings << Tr::tr("a project named %1 already exists; it is left as it is and "
                                     "no personal project is created")
                                  .arg(personal ? personal->name : user.email);
            } else {
                PlannedOp op =
                    membershipOp(PlannedOp::Kind::CreatePersonalProject, user.email, false);
                op.budgetWarning = false;
                p.ops << op;
            }
        }
        for (const SourceMembership &m : wanted)
            p.ops << membershipOp(PlannedOp::Kind::AddMembership, m.project, m.isProjectAdmin);
    } else {
        const DatabaseSnapshot::User &current = existing.value();
        if (!current.active) {
            p.action = UserPlan::Action::Skipped;
            p.reason = Tr::tr("deactivated in the platform; left unchanged");
            return p;
        }
        const QHash<QString, bool> have = snapshot.memberships.value(user.id);
        const bool overwrite = m_options.policy == MigrationOptions::Policy::Overwrite;
        for (const SourceMembership &m : wanted) {
            const auto it = have.constFind(m.project);
            if (it == have.constEnd())
                p.ops << membershipOp(PlannedOp::Kind::AddMembership, m.project, m.isProjectAdmin);
            else if (m.isProjectAdmin && !it.value())
                p.ops << membershipOp(PlannedOp::Kind::RaiseProjectAdmin, m.project, true);
            else if (overwrite && !m.isProjectAdmin && it.value())
                p.ops << membershipOp(PlannedOp::Kind::LowerProjectAdmin, m.project, false);
        }
        if (overwrite) {
            for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
                if (wantedKeys.contains(it.key().toLower()))
                    continue;
                const DatabaseSnapshot::Project *project = snapshot.project(it.key());
                if (!project || project->deleted || project->type != QStringLiteral("shared"))
                    continue; // personal and dangling memberships are left alone
                if (project->createdBy == user.id) {
                    p.warnings << Tr::tr("%1 created project %2; the platform keeps a creator in "
                                         "their project")
                                      .arg(user.email, project->name);
                    continue;
                }
                p.ops << membershipOp(PlannedOp::Kind::RemoveMembership, it.key(), it.value());
            }
            if (current.username != user.username || current.email != user.email ||
                current.name != user.name) {
                PlannedOp op;
                op.kind = PlannedOp::Kind::UpdateIdentity;
                op.userId = user.id;
                op.username = user.username;
                op.email = user.email;
                op.name = user.name;
                p.ops << op;
            }
        }
        p.action = p.ops.isEmpty() ? UserPlan::Action::Unchanged : UserPlan::Action::Update;
    }
    for (const PlannedOp &op : std::as_const(p.ops))
        if (op.budgetWarning)
            p.warnings << Tr::tr(
                              "project %1 has active project budgets: the membership is written, "
                              "but the platform creates member budget allocations only through "
                              "its API")
                              .arg(op.project);
    return p;
}

} // namespace codemie
