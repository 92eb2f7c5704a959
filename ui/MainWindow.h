#pragma once

#include "PlatformSession.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QCloseEvent;

namespace codemie {

class ListPage;
class ProjectTableModel;
class UserTableModel;

// Settings → Administration as a desktop window: navigation to Users,
// Projects, Budgets and Migration; a banner when the console is read-only;
// the status bar names the server, the platform release and who acts.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { UsersPage, ProjectsPage, BudgetsPage, MigrationPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a session; on failure shows nothing and returns the outcome so
    // the caller decides how to tell the user.
    Outcome connectTo(const ConnectionSettings &settings, const QString &password,
                      const PlatformSession::Options &options);
    PlatformSession *session() const { return m_session.get(); }
    void showPage(Page page);

    UserTableModel *userModel() const { return m_userModel; }
    ProjectTableModel *projectModel() const { return m_projectModel; }
    ListPage *usersPage() const { return m_usersPage; }
    ListPage *projectsPage() const { return m_projectsPage; }
    QString bannerText() const;
    QString statusText() const;

public slots:
    void showConnectionDialog();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateSessionState();
    void reloadBudgets();
    void showError(const QString &message);

    std::unique_ptr<PlatformSession> m_session;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLabel *m_banner;
    QLabel *m_serverLabel;
    QLabel *m_releaseLabel;
    QLabel *m_actorLabel;
    UserTableModel *m_userModel;
    ProjectTableModel *m_projectModel;
    ListPage *m_usersPage;
    ListPage *m_projectsPage;
    QTableWidget *m_budgets;
    QLabel *m_budgetSummary;
};

} // namespace codemie
