#pragma once

#include "DatabaseSnapshot.h"
#include "KeyDigest.h"
#include "KeycloakUser.h"
#include "MigrationTypes.h"

namespace codemie {

// Diffs source users against a snapshot of the database and says, per user,
// what would be written. Writes nothing. The executor runs the same
// decisions again inside each batch's transaction.
class MigrationPlanner {
public:
    // The e-mails and usernames already taken by a source user of this run,
    // kept compactly (a run may hold a million): digests of the lower-cased
    // keys, and the taker's id once.
    class Claims {
    public:
        QString byEmail(const QString &lowerEmail) const { return idAt(m_emails, lowerEmail); }
        QString byUsername(const QString &lowerUsername) const
        {
            return idAt(m_usernames, lowerUsername);
        }
        void claim(const QString &lowerEmail, const QString &lowerUsername, const QString &id);
        // Remember only these keys (a streamed run: the e-mails and usernames
        // that more than one user of the run names, ContestedKeys); any other
        // is named by one user alone, so no later user can collide with it.
        void restrictTo(QSet<KeyDigest> emails, QSet<KeyDigest> usernames);
        qsizetype size() const { return m_emails.size() + m_usernames.size(); }

    private:
        QString idAt(const QHash<KeyDigest, quint32> &map, const QString &key) const;
        QHash<KeyDigest, quint32> m_emails;    // -> offset of the id in m_ids
        QHash<KeyDigest, quint32> m_usernames; // -> offset of the id in m_ids
        QByteArray m_ids;                      // UTF-8, each ended by a NUL
        bool m_restricted = false;
        QSet<KeyDigest> m_trackedEmails;
        QSet<KeyDigest> m_trackedUsernames;
    };

    // Decisions that span users within one run.
    struct Context {
        QHash<QString, QString> newProjects; // lower(name) -> spelling to create
        QSet<KeyDigest> personalProjects;    // lower(e-mail) of personal projects to create
        Claims claims;
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
