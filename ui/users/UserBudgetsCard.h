#pragma once

#include "BudgetViewRepository.h"

#include <QGroupBox>
#include <memory>

class QLabel;
class QTableWidget;

namespace codemie {

class PlatformSession;
class SessionWorker;

// The user details dialog's budget assignments and spending card (web UI
// §4.5 items 5 and 6), read-only: per category the assigned budget
// ("name — $max / duration"), then the user's current spend against each
// limit with its percentage coloured as everywhere else. Read on its own
// worker; on schemas without budget tables (2.19–2.22) one line says why.
class UserBudgetsCard : public QGroupBox {
    Q_OBJECT
public:
    explicit UserBudgetsCard(QWidget *parent = nullptr);
    ~UserBudgetsCard() override;

    void load(PlatformSession &session, const QString &userId);

    bool isLoading() const { return m_loading; }
    bool budgetsAvailable() const { return m_available; }
    QTableWidget *assignmentsTable() const { return m_assignments; }
    QTableWidget *spendingTable() const { return m_spending; }
    QString unavailableText() const;
    QString noticeText() const;
    QString spendingText() const; // the caption or "No spending data available"

signals:
    void loaded();

private:
    void showBudgets(const QList<UserBudgetRow> &rows);
    std::unique_ptr<SessionWorker> m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_available = false;
    QLabel *m_notice;
    QLabel *m_unavailable;
    QLabel *m_error;
    QWidget *m_body;
    QTableWidget *m_assignments;
    QLabel *m_spendingCaption;
    QTableWidget *m_spending;
};

} // namespace codemie
