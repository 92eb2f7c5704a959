#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QDialog>
#include <QSet>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace codemie {

class PlatformSession;
class ProjectBudgetsSection;
class ProjectMemberModel;
class SessionWorker;

// One project: description, type, creator, counts and cost center, with
// Edit project (not for personal projects); its members with search and role filter; change role
// and unassign (one member or a multi-selection, in one transaction); add users found by a search
// among all users as you type; import members from CSV. Every change goes
// through the repositories and a refusal shows the platform's message.
class ProjectDetailDialog : public QDialog {
    Q_OBJECT
public:
    ProjectDetailDialog(PlatformSession &session, const ProjectRecord &project,
                        QWidget *parent = nullptr);
    ~ProjectDetailDialog() override;

    const ProjectRecord &project() const { return m_project; }
    // True once anything was written (the caller refreshes its list).
    bool changed() const { return m_changed; }
    QString messageText() const;
    QString memberCountText() const;
    QString infoText() const;

    ProjectMemberModel *memberModel() const { return m_model; }
    QTableView *membersTable() const { return m_members; }
    QLineEdit *memberSearch() const { return m_memberSearch; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QLineEdit *userSearch() const { return m_userSearch; }
    QListWidget *userResults() const { return m_userResults; }
    QComboBox *addRoleBox() const { return m_addRole; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *makeAdminButton() const { return m_makeAdmin; }
    QPushButton *makeUserButton() const { return m_makeUser; }
    QPushButton *unassignButton() const { return m_unassign; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *editButton() const { return m_edit; }
    // The Budgets section (hidden for personal projects, as on the web).
    ProjectBudgetsSection *budgetsSection() const { return m_budgets; }
    // "Show activity" (2.40+): closes the dialog; the caller then opens the
    // Activity events page filtered to this project.
    QPushButton *showActivityButton() const { return m_showActivity; }
    bool activityRequested() const { return m_activityRequested; }
    // Selects the loaded members with these e-mails (tests, keyboard users).
    int selectMembers(const QStringList &emails);

    static constexpr int UserSearchLimit = 20;

public slots:
    bool addSelectedUser();
    bool setRoleOfSelected(bool isProjectAdmin, bool askFirst = true);
    bool unassignSelected(bool askFirst = true);
    void importMembers();
    // Opens the project's edit dialog; after a save, shows the new values.
    void editProject();
    void reload();

signals:
    void projectChanged(const QString &projectName);

private:
    QList<Membership> selectedMembers() const;
    // Ids of the users selected in the add-user results.
    QStringList pickedUsers() const;
    bool selectionHasCreator() const;
    void reloadProject();
    // The user search runs on a worker thread with its own connection, so
    // typing stays fluid on 100,000 users; late answers to older text are dropped.
    void searchUsers();
    void showUsersFound(const QString &text, const QList<UserRecord> &users,
                        const QSet<QString> &members);
    void updateControls();
    void showOutcome(const Outcome &outcome, const QString &success);
    void markChanged();

    PlatformSession &m_session;
    ProjectRecord m_project;
    bool m_changed = false;
    QLabel *m_title;
    QPushButton *m_edit;
    QLabel *m_info;
    QString m_infoPlain;
    QLabel *m_description;
    QLabel *m_readOnly;
    ProjectBudgetsSection *m_budgets;
    ProjectMemberModel *m_model;
    QTableView *m_members;
    QLineEdit *m_memberSearch;
    QComboBox *m_roleFilter;
    QLabel *m_memberCount;
    QPushButton *m_makeAdmin;
    QPushButton *m_makeUser;
    QPushButton *m_unassign;
    QPushButton *m_import;
    QLineEdit *m_userSearch;
    QListWidget *m_userResults;
    QComboBox *m_addRole;
    QPushButton *m_add;
    QLabel *m_message;
    QTimer *m_memberDebounce;
    QTimer *m_userDebounce;
    QPushButton *m_showActivity = nullptr;
    bool m_activityRequested = false;
    std::unique_ptr<SessionWorker> m_worker;
    quint64 m_searchGeneration = 0;
};

} // namespace codemie
