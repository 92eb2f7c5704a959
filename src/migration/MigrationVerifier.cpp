#include "MigrationVerifier.h"

#include "DatabaseSnapshot.h"

#include <QCoreApplication>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationVerifier)
};
} // namespace

Result<VerificationResult> MigrationVerifier::verify(const PlatformDatabase &db,
                                                     const SchemaCapabilities &caps,
                                                     const QList<SourceUser> &source,
                                                     const MigrationOptions &options)
{
    Result<VerificationResult> r;
    const auto snapshot = DatabaseSnapshot::loadAll(db, caps);
    if (!snapshot.outcome) {
        r.outcome = snapshot.outcome;
        return r;
    }
    verifyUsers(snapshot.value, source, options, r.value);
    return r;
}

void MigrationVerifier::verifyUsers(const DatabaseSnapshot &s, const QList<SourceUser> &users,
                                    const MigrationOptions &options, VerificationResult &result)
{
    QStringList &diff = result.differences;
    for (const SourceUser &u : users) {
        if (!u.skipReason.isEmpty())
            continue;
        ++result.usersChecked;
        const auto user = s.usersById.constFind(u.id);
        if (user == s.usersById.constEnd()) {
            const QString owner = s.userIdByEmail.value(u.email.toLower());
            diff << (owner.isEmpty()
                         ? Tr::tr("%1 (%2): not in the database").arg(u.email, u.id)
                         : Tr::tr("%1 (%2): not imported, the e-mail belongs to user %3")
                               .arg(u.email, u.id, owner));
            continue;
        }
        if (!user->active)
            continue; // deactivated in the platform: the migration leaves it alone
        const QHash<QString, bool> have = s.memberships.value(u.id);
        QSet<QString> wanted;
        for (const SourceMembership &m : u.memberships) {
            const DatabaseSnapshot::Project *project = s.project(m.project);
            if (!project) {
                diff << Tr::tr("%1: project %2 does not exist").arg(u.email, m.project);
                continue;
            }
            if (project->deleted || project->type != QStringLiteral("shared"))
                continue; // reported as a warning in the plan; never written
            wanted.insert(project->name);
            const auto it = have.constFind(project->name);
            if (it == have.constEnd())
                diff << Tr::tr("%1: not a member of %2").arg(u.email, project->name);
            else if (m.isProjectAdmin && !it.value())
                diff << Tr::tr("%1: should be project admin of %2").arg(u.email, project->name);
            else if (options.policy == MigrationOptions::Policy::Overwrite && !m.isProjectAdmin &&
                     it.value())
                diff << Tr::tr("%1: should not be project admin of %2").arg(u.email, project->name);
        }
        if (options.policy == MigrationOptions::Policy::Overwrite) {
            for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
                const DatabaseSnapshot::Project *project = s.project(it.key());
                if (!wanted.contains(it.key()) && project && !project->deleted &&
                    project->type == QStringLiteral("shared") && project->createdBy != u.id)
                    diff << Tr::tr("%1: member of %2, which Keycloak does not list")
                                .arg(u.email, it.key());
            }
            if (user->email != u.email || user->username != u.username || user->name != u.name)
                diff << Tr::tr("%1: identity differs from Keycloak (%2, %3)")
                            .arg(u.email, user->username, user->email);
        }
        if (u.email.contains(QLatin1Char('@')) && !s.project(u.email))
            diff << Tr::tr("%1: no personal project").arg(u.email);
    }
}

} // namespace codemie
