#pragma once

#include "UserQuery.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace codemie {

class PlatformSession;
class UserTableModel;

// The Users page: search as you type, filters shown as removable chips and
// kept between runs, a lazily loaded table, details, bulk actions on a
// selection or on every matching user, and CSV export of the filtered list.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    void setSession(PlatformSession *session);
    UserTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    QComboBox *roleFilter() const { return m_role; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *projectFilter() const { return m_projects; }
    QStringList chipTexts() const;
    void focusSearch();
    void reload();

    // Ids of the selected rows, or of every matching user when "all matching"
    // is on.
    QStringList targetUserIds() const;
    void setAllMatching(bool all);
    bool exportCsv(const QString &path, QString *error);

public slots:
    void openDetails();
    void runBulk(int kind, const QString &project = {}, bool isProjectAdmin = false,
                 bool confirm = true);
    void copySelection();

signals:
    void message(const QString &text);

private:
    void applyFilters();
    void rebuildChips();
    void saveState() const;
    void restoreState();
    void showHeaderMenu(const QPoint &pos);
    void showRowMenu(const QPoint &pos);
    void updateCount();
    bool askBulkParameters(int kind, QString *project, bool *admin);

    PlatformSession *m_session = nullptr;
    UserTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_role;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_projects;
    QHBoxLayout *m_chips;
    QTableView *m_table;
    QLabel *m_count;
    QToolButton *m_bulk;
    QToolButton *m_allMatching;
    QTimer *m_debounce;
    bool m_all = false;
};

} // namespace codemie
