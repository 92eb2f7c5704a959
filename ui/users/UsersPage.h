#pragma once

#include "DomainTypes.h"
#include "UserQuery.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QCompleter;
class QStringListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace codemie {

class FilterChipBar;
class PlatformSession;
class SessionWorker;
class UserTableModel;

// The Users page: search as you type, filters shown as removable chips and
// kept between runs, a lazily loaded table, details, bulk actions on a
// selection or on every matching user, and CSV export of the filtered list.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    void setSession(PlatformSession *session);
    UserTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    QComboBox *roleFilter() const { return m_role; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *projectFilter() const { return m_projects; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    QLabel *emptyNotice() const { return m_empty; }
    QString countText() const;
    // The global budgets (2.23+), read on a worker thread; hidden before.
    QComboBox *budgetFilter() const { return m_budget; }
    QStringList chipTexts() const;
    void focusSearch();
    void reload();

    // Ids of the selected rows (loaded or not), or of every matching user
    // when "all matching" is on. Empty, with `error` set, when they could
    // not be read.
    QStringList targetUserIds(QString *error = nullptr) const;
    void setAllMatching(bool all);
    bool exportCsv(const QString &path, QString *error);

public slots:
    void openDetails();
    void clearFilters();
    void runBulk(int kind, const QString &project = {}, bool isProjectAdmin = false,
                 bool confirm = true);
    void copySelection();

signals:
    void message(const QString &text);
    // "Show activity" on a user (the Activity events page filtered to them).
    void showActivityRequested(const QString &entityType, const QString &entityId);

    // The budget filter's list arrived (or could not be read).
    void budgetsLoaded();
    // Project names matching what is typed in the project filter arrived.
    void projectSuggestionsLoaded(const QStringList &names);

private:
    UserQuery filterQuery() const;
    void applyFilters();
    void loadBudgets();
    // The budget filter's items: "Any budget", then the budgets once read;
    // until then the kept budget alone, by its id.
    void showBudgets(const std::optional<QList<Budget>> &budgets);
    void rebuildChips();
    // Suggests project names for the last name typed in the project filter,
    // found in the database as you type.
    void suggestProjects();
    void saveState() const;
    void restoreState();
    void showHeaderMenu(const QPoint &pos);
    void showRowMenu(const QPoint &pos);
    void updateCount();
    // What a reload keeps (reloadKeepingSelection()): the selected users by
    // id (at most UserTableModel::MaxFindIds), the current user, and the
    // user at the top of the view with where the current row was on screen.
    struct KeptView {
        bool active = false;
        bool all = false;
        QStringList ids;
        int dropped = 0; // selected rows not kept (over the bound)
        QString currentId, topId;
        int currentColumn = 0;
        int currentFromTop = -1; // -1: the current row was not on screen
        int topRow = 0;
    };
    // The view as it is; `selected` instead of the selection's ids when
    // given (a bulk action's users).
    KeptView keepView(const std::optional<QStringList> &selected = std::nullopt) const;
    // The ids to look up in the reloaded list for `kept`.
    static QStringList lookupIds(const KeptView &kept);
    // The reloaded list's rows for the kept users arrived: select them, make
    // the current user current again and scroll as before.
    void restoreView(const QHash<QString, int> &rows);
    // Why a selection over the bound was not kept.
    static QString droppedText(int dropped);
    void updateClearFilters();
    // Sizes the columns to what the rows need, unless the user sized them.
    void fitColumns();

    PlatformSession *m_session = nullptr;
    UserTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_role;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_projects;
    QComboBox *m_budget;
    FilterChipBar *m_chips;
    QTableView *m_table;
    QLabel *m_count;
    QToolButton *m_bulk;
    QToolButton *m_allMatching;
    QTimer *m_debounce;
    QPushButton *m_clearFilters;
    QLabel *m_empty;
    QTimer *m_fitTimer;
    bool m_fitting = false;
    bool m_restoring = false;
    bool m_columnsByUser = false;
    bool m_all = false;
    bool m_selectingAll = false;
    KeptView m_kept; // restored once the reloaded rows are found
    bool m_budgetsAvailable = false;
    QString m_budgetId; // the budget filter, kept between runs
    // Reads the budgets on a connection of its own, then goes.
    QPointer<SessionWorker> m_budgetReader;
    // Looks project names up for the project filter; replaced per session.
    std::unique_ptr<SessionWorker> m_projectLookup;
    QCompleter *m_projectCompleter;
    QStringListModel *m_projectSuggestions;
    QTimer *m_projectDebounce;
    quint64 m_projectLookupGeneration = 0;
};

} // namespace codemie
