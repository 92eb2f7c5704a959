#pragma once

#include "DomainTypes.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace codemie {

class PlatformSession;
class SessionWorker;

// Picks active projects to put into a cost center: search as you type (read
// on a worker), tick projects (those in another cost center say which), then
// Assign writes them in one transaction.
class CostCenterProjectsDialog : public QDialog {
    Q_OBJECT
public:
    CostCenterProjectsDialog(PlatformSession &session, const CostCenterRecord &costCenter,
                             QWidget *parent = nullptr);
    ~CostCenterProjectsDialog() override;

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QPushButton *assignButton() const { return m_assign; }
    bool isLoading() const { return m_loading; }
    QStringList checkedNames() const;
    void setChecked(const QStringList &names);
    QString errorText() const;
    int assignedCount() const { return m_assigned; }

public slots:
    void assign();

private:
    void search();

    PlatformSession &m_session;
    CostCenterRecord m_costCenter;
    std::unique_ptr<SessionWorker> m_worker;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_assign;
    QTimer *m_debounce;
    QStringList m_checked; // kept across searches
    bool m_loading = false;
    quint64 m_generation = 0;
    int m_assigned = 0;
};

} // namespace codemie
