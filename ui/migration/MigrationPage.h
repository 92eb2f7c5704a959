#pragma once

#include "MigrationHistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace codemie {

class BackgroundTask;
class CredentialStore;
class MigrationWizard;
class PlatformSession;
class ProfileStore;

// The Migration section of the window: the state of the connected database
// (users from Keycloak, earlier console migrations), the runs this console
// saved, and "Start migration…" for the wizard, disabled with the reason
// when the database cannot be written. Names the headless twin for pipelines.
class MigrationPage : public QWidget {
    Q_OBJECT
public:
    explicit MigrationPage(QWidget *parent = nullptr);
    ~MigrationPage() override;

    void setSession(PlatformSession *session);
    // Handed to the wizard (MigrationWizard::setProfileAccess).
    void setProfileAccess(ProfileStore *profiles, CredentialStore *secrets,
                          CredentialStore *sessionSecrets)
    {
        m_profiles = profiles;
        m_secrets = secrets;
        m_sessionSecrets = sessionSecrets;
    }
    void setReportsFolder(const QString &folder);
    void reload();

    QString verdictText() const;
    QString startDisabledReason() const;
    // The wizard, while it is open (tests).
    MigrationWizard *wizard() const { return m_wizard; }
    const QList<SavedMigrationRun> &runs() const { return m_runs; }
    bool isLoading() const;

public slots:
    void startMigration();
    // Shows the saved report of the run in `row` of the list.
    void openRun(int row);

signals:
    void databaseChanged();

private:
    void showState(const Result<MigrationState> &state, const QList<SavedMigrationRun> &runs);

    PlatformSession *m_session = nullptr;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_secrets = nullptr;
    CredentialStore *m_sessionSecrets = nullptr;
    QString m_reportsFolder;
    BackgroundTask *m_task;
    QLabel *m_verdict;
    QLabel *m_details;
    QLabel *m_reason;
    QPushButton *m_start;
    QPushButton *m_open;
    QTableWidget *m_table;
    QList<SavedMigrationRun> m_runs;
    MigrationWizard *m_wizard = nullptr;
    bool m_pendingReload = false;
};

} // namespace codemie
