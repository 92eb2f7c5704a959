#pragma once

#include "BudgetViewRepository.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace codemie {

class BudgetAssigneeModel;
class BudgetFilterModel;
class BudgetListModel;
class PlatformSession;
class SessionWorker;
class SpendView;

// Budgets (web UI §6.3) and spend over time. Read-only: the platform applies
// budget changes through its API and LLM proxy. Hidden, with one line that
// says why, on schemas without budget tables (2.19–2.22). Every read runs on
// a worker; the window never waits.
class BudgetsPage : public QWidget {
    Q_OBJECT
public:
    explicit BudgetsPage(QWidget *parent = nullptr);
    ~BudgetsPage() override;

    // Keep the session alive while it is set (the workers use clones of it).
    void setSession(PlatformSession *session);
    bool budgetsAvailable() const { return m_available; }
    bool isLoading() const { return m_loadingList || m_loadingDetails; }
    // Selects a budget in the list (false when it is not shown).
    bool selectBudget(const QString &budgetId);
    BudgetListRow selectedBudget() const;

    QTableView *budgetTable() const { return m_table; }
    BudgetFilterModel *filterModel() const { return m_filter; }
    BudgetListModel *listModel() const { return m_list; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QLabel *readOnlyNote() const { return m_readOnlyNote; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *currentSpendLabel() const { return m_currentSpend; }
    QLabel *assignedLabel() const { return m_assigned; }
    QLabel *editNote() const { return m_editNote; }
    QTableView *assigneeView() const { return m_assigneeView; }
    BudgetAssigneeModel *assigneeModel() const { return m_assignees; }
    QPushButton *showSpendButton() const { return m_showSpend; }
    QTabWidget *tabs() const { return m_tabs; }
    SpendView *spendView() const { return m_spend; }

public slots:
    void reload();
    // Opens Spend over time for the selected assignee (or the budget's
    // category when none is selected).
    void showSelectedSpend();

signals:
    void budgetsLoaded();
    void detailsLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitListColumns();
    void showDetails();

    PlatformSession *m_session = nullptr;
    // The list's and the selected budget's reads, and the assignee list's:
    // one connection, opened as the page connects, so that selecting a
    // budget pays no connect.
    std::shared_ptr<SessionWorker> m_worker;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_available = false;
    bool m_loadingList = false;
    bool m_loadingDetails = false;

    QStackedWidget *m_stack;
    QLabel *m_unavailable;
    QTabWidget *m_tabs;
    QLabel *m_readOnlyNote;
    QComboBox *m_categoryFilter;
    QComboBox *m_typeFilter;
    QLineEdit *m_search;
    QLabel *m_listStatus;
    QTableView *m_table;
    BudgetListModel *m_list;
    BudgetFilterModel *m_filter;
    QLabel *m_detailTitle;
    QLabel *m_detailFacts;
    QLabel *m_currentSpend;
    QLabel *m_assigned;
    QLabel *m_editNote;
    QTableView *m_assigneeView;
    BudgetAssigneeModel *m_assignees;
    QPushButton *m_showSpend;
    SpendView *m_spend;
};

} // namespace codemie
