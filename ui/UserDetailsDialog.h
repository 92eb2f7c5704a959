#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace codemie {

class PlatformSession;

// One user: identity, user type, platform roles with the platform's
// interlocks, project limit, projects with their role, and deactivation.
// Every change goes through the repositories (rules, transaction, conflict
// check, audit row); a refusal is shown in the platform's words.
class UserDetailsDialog : public QDialog {
    Q_OBJECT
public:
    UserDetailsDialog(PlatformSession &session, const UserRecord &user, QWidget *parent = nullptr);

    const UserRecord &user() const { return m_user; }
    QString messageText() const;
    bool changed() const { return m_changed; }

    // Exposed for tests and accessibility tools.
    QCheckBox *adminBox() const { return m_admin; }
    QCheckBox *maintainerBox() const { return m_maintainer; }
    QComboBox *userTypeBox() const { return m_userType; }
    QSpinBox *limitBox() const { return m_limit; }
    QCheckBox *unlimitedBox() const { return m_unlimited; }
    QTableWidget *projectsTable() const { return m_projects; }
    QLineEdit *addProjectEdit() const { return m_addProject; }
    QComboBox *addRoleBox() const { return m_addRole; }

public slots:
    bool saveRolesAndSettings();
    bool addProject();
    bool toggleSelectedRole();
    bool unassignSelected();
    bool deactivate(bool askFirst = true);

signals:
    void userChanged(const QString &userId);

private:
    void reloadUser();
    std::optional<Membership> selectedMembership() const;
    void reloadProjects();
    void updateControls();
    void showOutcome(const Outcome &outcome, const QString &success);

    PlatformSession &m_session;
    UserRecord m_user;
    bool m_changed = false;
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
    QLabel *m_message;
};

} // namespace codemie
