#pragma once

#include "ConnectionProfile.h"
#include "CredentialStore.h"
#include "PlatformSession.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QCloseEvent;

namespace codemie {

class BudgetsPage;
class ActivityPage;
class CostCentersPage;
class MigrationPage;
class ProjectsPage;
class UsersPage;
class ProfileStore;
class ProjectTableModel;
class UserTableModel;

// Settings → Administration as a desktop window: navigation to Users,
// Projects, Budgets and Migration; a banner when the console is read-only;
// the status bar names the server, the platform release and who acts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        UsersPage,
        ProjectsPage,
        BudgetsPage,
        MigrationPage,
        ActivityPage,
        CostCentersPage
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a session; on failure shows nothing and returns the outcome so
    // the caller decides how to tell the user.
    Outcome connectTo(const ConnectionSettings &settings, const QString &password,
                      const PlatformSession::Options &options);
    PlatformSession *session() const { return m_session.get(); }
    // The keychain (or the memory fallback with the reason it is used).
    void setCredentialStore(std::unique_ptr<CredentialStore> store, const QString &problem);
    CredentialStore &credentials() const { return *m_secrets; }
    CredentialStore &sessionSecrets() const { return *m_sessionSecrets; }
    ProfileStore &profiles() const { return *m_profiles; }
    Outcome connectToProfile(const ConnectionProfile &profile);
    void showPage(Page page);
    Page currentPage() const;
    QListWidget *navigation() const { return m_nav; }

    UserTableModel *userModel() const;
    ProjectTableModel *projectModel() const;
    ::codemie::UsersPage *usersPage() const { return m_usersPage; }
    ::codemie::ProjectsPage *projectsPage() const { return m_projectsPage; }
    ::codemie::MigrationPage *migrationPage() const { return m_migrationPage; }
    ::codemie::BudgetsPage *budgetsPage() const { return m_budgetsPage; }
    ::codemie::ActivityPage *activityPage() const { return m_activityPage; }
    ::codemie::CostCentersPage *costCentersPage() const { return m_costCentersPage; }
    // The Activity events page filtered to one entity ("user" + id, "project" + name).
    void showActivity(const QString &entityType, const QString &entityId);
    QString bannerText() const;
    QString statusText() const;

public slots:
    void showConnectionDialog();
    // Offers the last used profile, naming it and its server; never connects
    // without the user's consent.
    void offerLastProfile();
    void refresh();
    // Help → Keyboard shortcuts: every shortcut of the window and its pages.
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateSessionState();
    void showError(const QString &message);

    std::unique_ptr<PlatformSession> m_session;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_secrets;
    std::unique_ptr<CredentialStore> m_sessionSecrets;
    QString m_keychainProblem;
    QString m_profileName;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLabel *m_banner;
    QLabel *m_serverLabel;
    QLabel *m_releaseLabel;
    QLabel *m_actorLabel;
    ::codemie::UsersPage *m_usersPage;
    ::codemie::ProjectsPage *m_projectsPage;
    ::codemie::MigrationPage *m_migrationPage = nullptr;
    ::codemie::BudgetsPage *m_budgetsPage = nullptr;
    ::codemie::ActivityPage *m_activityPage = nullptr;
    ::codemie::CostCentersPage *m_costCentersPage = nullptr;
};

} // namespace codemie
