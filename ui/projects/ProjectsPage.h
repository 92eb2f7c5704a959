#pragma once

#include "DomainTypes.h"
#include "Outcome.h"
#include "UserQuery.h" // ProjectQuery

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace codemie {

class FilterChipBar;
class PlatformSession;
class ProjectTableModel;

// Settings → Administration → Projects: search over name and display name,
// filters by type and cost center (shown as removable chips), the project
// table (sorted on the server by name or creation date), and the project
// actions — New project, Edit, Delete, Details, Import members (CSV) — as
// buttons and a row context menu. The search, the filters, the sort and the
// column layout are kept between runs (QSettings, "projects/…"); a kept cost
// center that no longer exists is dropped with a notice. Editing is disabled
// with the reason when the session is read-only; every refusal shows the
// platform's message in the page.
class ProjectsPage : public QWidget {
    Q_OBJECT
public:
    // How long a success message stays (a refusal stays until the next action).
    static constexpr int successMessageMs = 10000;
    explicit ProjectsPage(QWidget *parent = nullptr);
    ~ProjectsPage() override;

    // nullptr = disconnected. The page keeps the pointer: call again with the
    // new session (or nullptr) before the old one is destroyed.
    void setSession(PlatformSession *session);
    PlatformSession *session() const { return m_session; }
    // Re-reads cost centers and projects; keeps the filters and the selection.
    void refresh();
    // Ctrl+F: focuses and selects the search text.
    void focusSearch();

    ProjectTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *costCenterFilter() const { return m_costCenter; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *detailsAction() const { return m_detailsAction; }
    QAction *importAction() const { return m_importAction; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    QString messageText() const;
    QString countText() const;
    // The filter chips as shown ("Type: Personal  ✕", …).
    QStringList chipTexts() const;

    // The selected project (empty name when none).
    ProjectRecord currentProject() const;
    // Selects the project's row: at once when it is shown (true). Otherwise
    // (false) the rows are still being read, or the project is further down:
    // it is selected when the rows arrive, reading up to 5 more pages for it;
    // a new search or filter gives up.
    bool selectProject(const QString &name);
    // The project selectProject() is still looking for (empty when none).
    QString pendingSelection() const { return m_pendingSelection; }

public slots:
    void newProject();
    void editCurrent();
    bool deleteCurrent(bool askFirst = true);
    void showDetails();
    void importMembers();
    void clearFilters();
    void copySelection();

signals:
    // After the page or one of its dialogs wrote to the database.
    void projectsChanged();
    // "Show activity" on a project (the Activity events page filtered to it).
    void showActivityRequested(const QString &entityType, const QString &entityId);

private:
    ProjectQuery filterQuery() const;
    void applyFilters();
    void rebuildChips();
    void saveState() const;
    void restoreState();
    void reloadCostCenters();
    void updateActions();
    void updateCount();
    void selectRow(int row);
    // Rows arrived: selects the pending project, or reads the next page for it.
    void continuePendingSelection();
    void showMessage(const Outcome &outcome, const QString &success = {});
    void onHeaderClicked(int section);
    void showContextMenu(const QPoint &pos);

    PlatformSession *m_session = nullptr;
    ProjectTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_costCenter;
    QPushButton *m_clearFilters;
    FilterChipBar *m_chips;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_message;
    QTimer *m_messageTimer = nullptr;
    QTimer *m_debounce;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_detailsAction;
    QAction *m_importAction;
    QAction *m_copyAction;
    // The cost center filter's id; kept while the list of cost centers is not
    // loaded (no session yet), dropped when the loaded list lacks it.
    QString m_costCenterId;
    int m_sortColumn;
    // selectProject() waiting for rows, and the pages it read more so far.
    QString m_pendingSelection;
    int m_pendingPages = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace codemie
