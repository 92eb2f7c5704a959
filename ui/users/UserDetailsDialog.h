#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace codemie {

class PlatformSession;
class SessionWorker;
class UserBudgetsCard;
struct UserChange;

// One user: identity, user type, platform roles with the platform's
// interlocks, project limit, projects with their role, and deactivation.
// Every change goes through the repositories (rules, transaction, conflict
// check, audit row) on a worker thread with its own connection, so the
// dialog stays responsive; a refusal is shown in the platform's words.
class UserDetailsDialog : public QDialog {
    Q_OBJECT
public:
    UserDetailsDialog(PlatformSession &session, const UserRecord &user, QWidget *parent = nullptr);
    // Waits for a write still in flight (one short transaction): a change is
    // never cut off half-way.
    ~UserDetailsDialog() override;

    const UserRecord &user() const { return m_user; }
    QString messageText() const;
    bool changed() const { return m_changed; }
    // True while a change is being written.
    bool isBusy() const { return m_busy; }

    // Exposed for tests and accessibility tools.
    QCheckBox *adminBox() const { return m_admin; }
    QCheckBox *maintainerBox() const { return m_maintainer; }
    QComboBox *userTypeBox() const { return m_userType; }
    QSpinBox *limitBox() const { return m_limit; }
    QCheckBox *unlimitedBox() const { return m_unlimited; }
    QTableWidget *projectsTable() const { return m_projects; }
    QLineEdit *addProjectEdit() const { return m_addProject; }
    QComboBox *addRoleBox() const { return m_addRole; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *toggleRoleButton() const { return m_toggleRole; }
    QPushButton *unassignButton() const { return m_unassign; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    // Budget assignments and spending (2.23+; one line before).
    UserBudgetsCard *budgetsCard() const { return m_budgets; }
    // "Show activity" (2.40+): closes the dialog; the caller then opens the
    // Activity events page filtered to this user.
    QPushButton *showActivityButton() const { return m_showActivity; }
    bool activityRequested() const { return m_activityRequested; }
    QProgressBar *busyIndicator() const { return m_busyBar; }

public slots:
    // Each returns true when it started a write, and false when nothing was
    // started (nothing to do, refused before writing, or a write is still in
    // flight). The write's result is shown inline when it ends, and
    // writeFinished() tells whether it was applied.
    bool saveRolesAndSettings();
    bool addProject();
    // Both ask first (as the project detail dialog and the web UI do).
    bool toggleSelectedRole(bool askFirst = true);
    bool unassignSelected(bool askFirst = true);
    bool deactivate(bool askFirst = true);

signals:
    void userChanged(const QString &userId);
    void writeFinished(bool applied);
    // Shared project names matching what was typed in the add-project field,
    // read on a worker (the last answer only).
    void projectSuggestionsLoaded(const QStringList &names);

private:
    // What a write leaves for the dialog: its outcome and the rows it shows,
    // read again on the worker's connection after the transaction.
    struct WriteResult {
        bool connected = true;
        Outcome outcome;
        std::optional<UserRecord> user;
        std::optional<Result<QList<Membership>>> projects;
        int maintainers = 0;
    };
    enum Reread { ReadUser = 1, ReadProjects = 2 };
    using Write = std::function<Outcome(PlatformSession &)>;
    // Runs `write` on the worker, then re-reads what `reread` names and shows
    // it; `finished` runs on the GUI thread afterwards (not after the dialog
    // is gone).
    void startWrite(Write write, int reread,
                    std::function<void(const WriteResult &)> finished = {});
    void setBusy(bool busy);
    void restoreFocus();
    void applyUserChange(const UserChange &change, bool bootstrapConfirmed);
    void reloadUser();
    void showUser();
    std::optional<Membership> selectedMembership() const;
    void reloadProjects();
    void showProjects(const Result<QList<Membership>> &list);
    void updateControls();
    void showOutcome(const Outcome &outcome, const QString &success);

    PlatformSession &m_session;
    UserRecord m_user;
    int m_maintainers = 0;
    bool m_changed = false;
    bool m_busy = false;
    QLabel *m_identity;
    QLabel *m_readOnly;
    QComboBox *m_userType;
    QCheckBox *m_admin;
    QCheckBox *m_maintainer;
    QLabel *m_rolesNote;
    QSpinBox *m_limit;
    QCheckBox *m_unlimited;
    QPushButton *m_save;
    QTableWidget *m_projects;
    QLineEdit *m_addProject;
    QComboBox *m_addRole;
    QPushButton *m_add;
    QPushButton *m_toggleRole;
    QPushButton *m_unassign;
    QPushButton *m_deactivate;
    QProgressBar *m_busyBar;
    QLabel *m_message;
    UserBudgetsCard *m_budgets = nullptr;
    QPushButton *m_showActivity = nullptr;
    bool m_activityRequested = false;
    QPointer<QWidget> m_focusBeforeBusy; // given back when the write ends
    quint64 m_suggestionGeneration = 0;  // answers to older keystrokes are dropped
    // Declared last: destroyed first, so a read or write in flight ends while
    // the widgets still exist (its result is then dropped, see SessionWorker).
    std::unique_ptr<SessionWorker> m_projectLookup; // completions, apart from writes
    std::unique_ptr<SessionWorker> m_worker;
};

} // namespace codemie
