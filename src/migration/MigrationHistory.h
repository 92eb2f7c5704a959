#pragma once

#include "MigrationTypes.h"
#include "Outcome.h"
#include "PlatformDatabase.h"
#include "SchemaCapabilities.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace codemie {

// What a platform database shows of Keycloak migrations before anything
// starts: users that came from Keycloak, and on 2.40+ the audit rows the
// console's migration writes ("source": "keycloak_migration").
struct MigrationState {
    int users = 0;
    int keycloakUsers = 0; // auth_source = 'keycloak'
    bool audited = false;  // the schema has activity_events
    int migrationEvents = 0;
    QDateTime lastEventAt; // UTC
    QString lastActorEmail;
};

// One run the console saved (a report file in the CLI's --report format,
// with a "run" member naming the database, the actor and the outcome).
struct SavedMigrationRun {
    QString path;
    QDateTime finishedAt; // UTC
    QString database;     // ConnectionSettings::displayName()
    QString actor;
    QString source, realm, policy;
    int plannedUsers = 0; // users the plan would write (create + update)
    int plannedBatches = 0;
    int batches = 0; // attempted
    int failedBatches = 0;
    int usersCreated = 0, usersUpdated = 0, projectsCreated = 0, membershipsAdded = 0;
    int conflicts = 0;
    bool cancelled = false;
    bool applied = false;  // has a result
    bool verified = false; // has a verification
    int differences = 0;
    // "complete", "cancelled", "failed", "dry run"
    QString outcome() const;
    bool complete() const;
};

class MigrationHistory {
public:
    static Result<MigrationState> state(const PlatformDatabase &db, const SchemaCapabilities &caps);
    // Active users who can open Settings → Administration (admins, and
    // maintainers where the schema has them).
    static Result<int> activeAdministrators(const PlatformDatabase &db,
                                            const SchemaCapabilities &caps);

    // Where the console keeps its reports (per user, never beside secrets).
    static QString reportsFolder();
    // Newest first; files that are not reports are left out. At most 200.
    static QList<SavedMigrationRun> savedRuns(const QString &folder);
    // Reads one report's summary (a file up to 512 MB; the plan's users are
    // not kept).
    static Result<SavedMigrationRun> readRun(const QString &path);
    static Result<SavedMigrationRun> runFromJson(const QByteArray &json, const QString &path);

    // One line for the Migration page: "Not migrated yet", "Migrated on …",
    // "Partly migrated: the last run stopped after batch 4 of 9".
    static QString verdict(const MigrationState &state, const QList<SavedMigrationRun> &runs);

    // Writes `<folder>/<stamp>-<realm>.json` (the CLI's report format plus
    // "run") and a readable `.md` beside it; returns the JSON file's path.
    struct RunInfo {
        QString database;
        QString actor;
        QDateTime finishedAt;
    };
    static Result<QString> save(const QString &folder, const MigrationPlan &plan,
                                const MigrationOptions &options, const ApplyResult *result,
                                const VerificationResult *verification, const RunInfo &info);
    // The same from a streamed plan: its totals, the users it writes, and
    // its JSON (`--plan-out`'s format) written by `writePlan`.
    static Result<QString> save(const QString &folder, const PlanTotals &plan, int pendingUsers,
                                const std::function<bool(QIODevice &)> &writePlan,
                                const MigrationOptions &options, const ApplyResult *result,
                                const VerificationResult *verification, const RunInfo &info);
    static QString markdown(const MigrationPlan &plan, const ApplyResult *result,
                            const VerificationResult *verification, const RunInfo &info);
    static QString markdown(const PlanTotals &plan, const ApplyResult *result,
                            const VerificationResult *verification, const RunInfo &info);
};

} // namespace codemie
