#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace codemie {

class PlatformSession;
class SessionWorker;

// Settings → Administration → Cost centers (2.19+): the web UI's list
// (name, description, projects, created by, created at) with search;
// create, edit and delete with the platform's rules and messages; the
// selected cost center's projects, assigned and removed here. Reads run on a
// worker; each write is one short transaction (CostCenterRepository).
class CostCentersPage : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Description, Projects, CreatedBy, CreatedAt, ColumnCount };

    explicit CostCentersPage(QWidget *parent = nullptr);
    ~CostCentersPage() override;

    void setSession(PlatformSession *session);
    void reload();

    QTableWidget *table() const { return m_table; }
    QListWidget *projectList() const { return m_projects; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *assignButton() const { return m_assign; }
    QPushButton *removeButton() const { return m_remove; }
    bool isLoading() const { return m_loadingList || m_loadingProjects; }
    QString unavailableText() const;
    QString statusText() const;
    QString errorText() const;
    // The names shown, in order.
    QStringList shownNames() const;
    bool selectCostCenter(const QString &name);
    const CostCenterRecord *selected() const;

public slots:
    void createCostCenter();
    void editCostCenter();
    void deleteCostCenter();
    void assignProjects();
    void removeProjects();

signals:
    // Projects changed their cost center (the Projects page shows it).
    void projectsChanged();
    void showActivityRequested(const QString &entityType, const QString &entityId);

private:
    void loadProjects();
    void showSelection();
    void showOutcome(const Outcome &outcome, const QString &success);

    PlatformSession *m_session = nullptr;
    std::unique_ptr<SessionWorker> m_worker;
    QList<CostCenterRecord> m_rows;
    QString m_selectId; // to select once the list arrives
    QString m_notice;   // what the last write did, shown after the next list read
    bool m_loadingList = false;
    bool m_loadingProjects = false;
    quint64 m_listGeneration = 0;
    quint64 m_projectsGeneration = 0;
    QLabel *m_unavailable;
    QWidget *m_content;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTableWidget *m_table;
    QLabel *m_projectsTitle;
    QListWidget *m_projects;
    QPushButton *m_assign;
    QPushButton *m_remove;
    QPushButton *m_activity;
    QLabel *m_status;
    QLabel *m_error;
    QTimer *m_debounce;
};

} // namespace codemie
