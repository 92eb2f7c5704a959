#pragma once

#include "DatabaseSnapshot.h"
#include "KeycloakUser.h"
#include "MigrationTypes.h"

namespace codemie {

// Diffs source users against a snapshot of the database and says, per user,
// what would be written. Writes nothing. The executor runs the same
// decisions again inside each batch's transaction.
class MigrationPlanner {
public:
    // Decisions that span users within one run.
    struct Context {
        QHash<QString, QString> newProjects;      // lower(name) -> spelling to create
        QSet<QString> personalProjects;           // lower(e-mail) of personal projects to create
        QHash<QString, QString> claimedEmails;    // lower(email) -> source user id
        QHash<QString, QString> claimedUsernames; // lower(username) -> source user id
        QList<PlannedOp> projectOps;
        QStringList warnings;
    };

    explicit MigrationPlanner(MigrationOptions options);

    MigrationPlan plan(const QList<SourceUser> &users, const DatabaseSnapshot &snapshot,
                       const QString &source, const QString &revision) const;
    UserPlan planUser(const SourceUser &user, const DatabaseSnapshot &snapshot,
                      Context &context) const;

    QString importedProjectDescription() const;

    // Maps the Keycloak users (SourceMapper) and plans them against a
    // snapshot of `db` read now: the whole dry run the CLI and the wizard do.
    // The raw users are dropped once mapped, before the snapshot is read.
    struct Planned {
        QList<SourceUser> source;
        MigrationPlan plan;
    };
    static Result<Planned> planAgainst(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                       const QString &revision, QList<KeycloakUser> users,
                                       const MigrationOptions &options, const QString &sourceText);

    // The platform's column limits: users.id VARCHAR(36); username, email,
    // name and user_projects.project_name VARCHAR(255).
    static constexpr qsizetype maxUserIdLength = 36;
    static constexpr qsizetype maxTextLength = 255;

private:
    MigrationOptions m_options;
};

} // namespace codemie
