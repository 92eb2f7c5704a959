#pragma once

#include "UserBulkOperation.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace codemie {

class PlatformSession;
class SessionWorker;

// Asks for the project (and role) of a bulk action on the Users page: the
// title names the action and how many users it touches, project names are
// suggested as you type (as the Users page's project filter does), and an
// unknown or personal project is refused here, before anything is asked.
class BulkActionDialog : public QDialog {
    Q_OBJECT
public:
    BulkActionDialog(PlatformSession &session, UserBulkOperation::Kind kind, int userCount,
                     QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    // The project as stored (names resolve case-insensitively), once accepted.
    QString project() const { return m_resolved; }
    bool isProjectAdmin() const;

    QLineEdit *projectEdit() const { return m_project; }
    QComboBox *roleBox() const { return m_role; } // nullptr for Unassign
    QPushButton *actionButton() const { return m_action; }
    QString messageText() const;
    // True while the typed project is looked up on the worker.
    bool isChecking() const;

    // "Assign 3 selected user(s) to a project", …
    static QString title(UserBulkOperation::Kind kind, int userCount);
    // The confirmation that follows: title, sentence and the button's verb.
    static QString confirmTitle(UserBulkOperation::Kind kind);
    static QString confirmText(const UserBulkOperation &op, UserBulkOperation::Kind kind,
                               int userCount);
    static QString verb(UserBulkOperation::Kind kind);

public slots:
    void accept() override;

signals:
    void projectSuggestionsLoaded(const QStringList &names);

private:
    void suggest();
    void refuse(const QString &text);
    void setChecking(bool checking);

    PlatformSession &m_session;
    UserBulkOperation::Kind m_kind;
    QLineEdit *m_project;
    QComboBox *m_role = nullptr;
    QLabel *m_message;
    QPushButton *m_action;
    QStringListModel *m_suggestions;
    QTimer *m_debounce;
    QString m_resolved;
    quint64 m_generation = 0;
    bool m_checking = false;
    std::unique_ptr<SessionWorker> m_lookup; // declared last: goes first
};

} // namespace codemie
