#pragma once

#include "BudgetViewRepository.h"

#include <QColor>
#include <QGroupBox>
#include <QHash>
#include <memory>

class QLabel;
class QTableView;

namespace codemie {

class MemberAllocationModel;
class PlatformSession;
class SessionWorker;

// The project detail's Budgets section (web UI §6.2), read-only: the three
// category cards in the web UI's order (spend and percentage coloured
// against the hard limit, hard and soft limit, reset period, next reset,
// the provider sync dot), the budget group and the members' allocations
// with overrides marked. Read on its own worker; on schemas without project
// budgets (before 2.25) one line says why.
class ProjectBudgetsSection : public QGroupBox {
    Q_OBJECT
public:
    explicit ProjectBudgetsSection(QWidget *parent = nullptr);
    ~ProjectBudgetsSection() override;

    // Reads the project's budgets (again). The session must outlive this.
    void load(PlatformSession &session, const QString &projectName);

    bool isLoading() const { return m_loading; }
    bool budgetsAvailable() const { return m_available; }
    // The card's text, line by line ("Platform", "Alpha platform",
    // "Spend $500.00 (50.0%)", …); "— not assigned —" for an empty card.
    QString cardText(const QString &category) const;
    QColor spendColor(const QString &category) const;
    QString syncToolTip(const QString &category) const;
    QString groupText() const;
    QString noticeText() const;
    QString unavailableText() const;
    QLabel *unavailableLabel() const { return m_unavailable; }
    QTableView *membersTable() const { return m_members; }
    MemberAllocationModel *membersModel() const { return m_memberModel; }
    QString membersCountText() const;

    static constexpr int MemberLimit = 500;

signals:
    void loaded();

private:
    struct Card {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *name = nullptr;
        QLabel *spend = nullptr;
        QLabel *dot = nullptr;
        QLabel *facts = nullptr;
        QColor spendColour; // invalid: the text's own colour
    };
    void showBudgets(const ProjectBudgets &budgets);
    void showUnavailable(const QString &why);
    void fitMemberColumns();

    std::unique_ptr<SessionWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_available = false;
    QLabel *m_notice;
    QLabel *m_unavailable;
    QWidget *m_body;
    QHash<QString, Card> m_cards;
    QLabel *m_group;
    QTableView *m_members;
    MemberAllocationModel *m_memberModel;
    QLabel *m_membersTitle = nullptr;
    QLabel *m_membersCount;
    QLabel *m_error;
};

} // namespace codemie
