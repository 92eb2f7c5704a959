#pragma once

#include "KeycloakUser.h"
#include "MigrationSource.h"
#include "MigrationTypes.h"

#include <QWizard>
#include <atomic>
#include <memory>

namespace codemie {

class BackgroundTask;
class CredentialStore;
class MigrationStream;
class PlanRows;
class PlatformSession;
class ProfileStore;
struct KeycloakSourceSettings;

// The switch to Platform-managed mode, end to end: welcome, source (a live
// Keycloak or a realm export, checked), target database, options, reading
// and planning, preview (nothing written yet), apply in batches, verify and
// report, and the deployment's next steps. Every step runs the engine of
// `codemie-admin migrate` (src/migration) on a worker thread with its own
// database connection; the window never waits. Like the command, it streams
// (MigrationStream): the users read are kept in a temporary file, planned,
// applied and verified window by window; the preview holds a compact row per
// user (PlanRows) and reads one user's whole plan when it is shown.
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Welcome, Source, Target, Options, Planning, Preview, Apply, Verify, Finish };

    // `session`: the window's connection (cloned for each worker); it must
    // outlive the wizard.
    MigrationWizard(PlatformSession *session, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // The saved connection profiles and the secret stores (the keychain, and
    // this run's memory): a Keycloak source can be taken from a profile, and
    // a typed client secret saved to the keychain. Without them the source is
    // typed in and its secret kept in memory. They must outlive the wizard.
    void setProfileAccess(ProfileStore *profiles, CredentialStore *secrets,
                          CredentialStore *sessionSecrets);
    // The keychain key of a client secret typed in the wizard (not from a
    // profile): scoped by the Keycloak URL, realm and client id.
    static QString typedSecretKey(const KeycloakSourceSettings &keycloak);

    // The folder reports are saved to (MigrationHistory::reportsFolder()).
    void setReportsFolder(const QString &folder) { m_reportsFolder = folder; }

    // For the pages (and tests): the state of the run.
    PlatformSession *session() const { return m_session; }
    BackgroundTask &task() const { return *m_task; }
    MigrationSourceSpec &spec() { return m_spec; }
    MigrationOptions &options() { return m_options; }
    // The last plan's head and counts, and its rows (null before a plan).
    const PlanTotals &plan() const { return m_totals; }
    std::shared_ptr<const PlanRows> planRows() const { return m_rows; }
    const ApplyResult &applyResult() const { return m_result; }
    const VerificationResult &verification() const { return m_verification; }
    QString reportPath() const { return m_reportPath; }
    bool isBusy() const;
    int readsDone() const { return m_reads; } // full reads of the source so far
    // The administrator the migration acts as (chosen on the Target page;
    // audit rows name them on 2.40+). Empty until chosen.
    QString actingAdminId() const { return m_actorId; }
    QString actingAdminEmail() const { return m_actorEmail; }

    // Exports of the preview (the CLI's --plan-out format, and CSV).
    Outcome exportPlanJson(const QString &path) const;
    Outcome exportPlanCsv(const QString &path) const;

    // Progress of the running step, written by the worker, read by a GUI
    // timer.
    std::atomic_int progressDone{0};
    std::atomic_int progressTotal{0};
    // While reading Keycloak: pages answered and requests retried so far.
    std::atomic_int progressPages{0};
    std::atomic_int progressRetries{0};

signals:
    // A step finished (for the pages, and for tests to wait on).
    void stepFinished(int page, bool ok);
    // The database was written (the window refreshes its pages).
    void databaseChanged();

public slots:
    void reject() override;

private:
    friend class SourcePage;
    friend class TargetPage;
    friend class PlanningPage;
    friend class ApplyPage;
    friend class VerifyPage;

    PlatformSession *m_session;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_secrets = nullptr;
    CredentialStore *m_sessionSecrets = nullptr;
    BackgroundTask *m_task;
    QString m_reportsFolder;
    MigrationSourceSpec m_spec;
    MigrationOptions m_options;
    // The source as last read (the wizard reads again only when the
    // source's identity changed): its head, and its users in the stream.
    QString m_readIdentity;
    MigrationSourceData m_read;
    std::shared_ptr<MigrationStream> m_stream;
    int m_reads = 0;
    PlanTotals m_totals;
    std::shared_ptr<const PlanRows> m_rows;
    ApplyResult m_result;
    bool m_applied = false;
    VerificationResult m_verification;
    QString m_reportPath;
    QString m_actorId;
    QString m_actorEmail;
};

} // namespace codemie
