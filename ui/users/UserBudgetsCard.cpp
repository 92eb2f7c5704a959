#include "UserBudgetsCard.h"

#include "BudgetCell.h"
#include "BudgetModels.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace codemie {

namespace {
void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

// Three categories at most: the table is exactly as tall as its rows.
void fitHeight(QTableWidget *table)
{
    const int rows = qMax(1, table->rowCount());
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth() + 2);
}
} // namespace

UserBudgetsCard::UserBudgetsCard(QWidget *parent)
    : QGroupBox(tr("Budgets"), parent)
    , m_notice(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_error(new QLabel(this))
    , m_body(new QWidget(this))
    , m_assignments(new QTableWidget(m_body))
    , m_spendingCaption(new QLabel(m_body))
    , m_spending(new QTableWidget(m_body))
{
    setObjectName(QStringLiteral("UserBudgetsCard"));
    m_notice->setText(tr("Budgets are read-only here: change them in the platform's web UI or "
                         "API, which applies them to the LLM proxy (a row written here would not "
                         "be enforced)."));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Why budgets are read-only"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAccessibleName(tr("Budgets unavailable"));
    m_unavailable->hide();
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Budget read error"));
    Theme::styleErrorText(m_error);
    m_error->hide();
    setupTable(m_assignments, {tr("Budget category"), tr("Budget name")});
    m_assignments->setAccessibleName(tr("Budget assignments"));
    setupTable(m_spending, {tr("Category"), tr("Spend"), tr("Hard limit"), tr("Used")});
    m_spending->setAccessibleName(tr("User spending"));
    m_spendingCaption->setWordWrap(true);
    m_spendingCaption->setAccessibleName(tr("User spending caption"));

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_assignments);
    body->addWidget(m_spendingCaption);
    body->addWidget(m_spending);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_body);
    m_body->hide();
}

UserBudgetsCard::~UserBudgetsCard() = default;

void UserBudgetsCard::load(PlatformSession &session, const QString &userId)
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (!session.db().isOpen() || !session.caps().hasGlobalBudgets) {
        m_available = false;
        m_loading = false;
        m_unavailable->setText(tr("Budgets arrive with platform 2.23; this database's schema has "
                                  "no budget tables."));
        m_unavailable->show();
        m_notice->hide();
        m_body->hide();
        emit loaded();
        return;
    }
    m_available = true;
    m_unavailable->hide();
    m_notice->show();
    m_loading = true;
    if (!m_worker)
        m_worker = std::make_unique<SessionWorker>(session.clone());
    auto result = std::make_shared<std::optional<Result<QList<UserBudgetRow>>>>();
    m_worker->run(
        [result, userId](PlatformSession &s) {
            if (s.db().isOpen())
                *result = BudgetViewRepository(s).userBudgets(userId);
        },
        this,
        [this, result, generation] {
            if (generation != m_generation)
                return;
            m_loading = false;
            const Outcome o = !result->has_value() ? m_worker->openOutcome() : (*result)->outcome;
            if (!o) {
                m_error->setText(tr("The budgets could not be read: %1").arg(o.fullText()));
                m_error->show();
                m_body->hide();
            } else {
                showBudgets((*result)->value);
            }
            emit loaded();
        });
}

void UserBudgetsCard::showBudgets(const QList<UserBudgetRow> &rows)
{
    const QLocale locale;
    const QPalette palette = QApplication::palette();
    // Every category in the web UI's order; an unassigned one says so.
    const QStringList categories = BudgetRules::categories();
    m_assignments->setRowCount(int(categories.size()));
    QList<const UserBudgetRow *> spending;
    for (int i = 0; i < categories.size(); ++i) {
        const UserBudgetRow *row = nullptr;
        for (const UserBudgetRow &r : rows)
            if (r.category == categories.at(i))
                row = &r;
        m_assignments->setItem(i, 0,
                               new QTableWidgetItem(BudgetRules::categoryLabel(categories.at(i))));
        QString name = tr("No budget");
        if (row) {
            name = row->name.isEmpty()
                       ? tr("%1 (deleted budget)").arg(row->budgetId)
                       : tr("%1 — %2 / %3")
                             .arg(row->name, Money::format(row->hardLimit, locale),
                                  row->duration.isEmpty() ? QStringLiteral("-") : row->duration);
            if (row->spend)
                spending << row;
        }
        m_assignments->setItem(i, 1, new QTableWidgetItem(name));
    }
    fitHeight(m_assignments);
    m_spending->setRowCount(int(spending.size()));
    for (int i = 0; i < spending.size(); ++i) {
        const UserBudgetRow &r = *spending.at(i);
        const auto percent = BudgetRules::percent(r.spend, r.hardLimit);
        m_spending->setItem(i, 0, new QTableWidgetItem(BudgetRules::categoryLabel(r.category)));
        m_spending->setItem(i, 1, new QTableWidgetItem(Money::format(r.spend, locale)));
        m_spending->setItem(i, 2, new QTableWidgetItem(Money::format(r.hardLimit, locale)));
        auto *used = new QTableWidgetItem(
            percent ? tr("%1 %").arg(locale.toString(*percent, 'f', 1)) : QStringLiteral("-"));
        const QColor c = spendLevelColor(palette, BudgetRules::level(r.spend, r.hardLimit));
        if (c.isValid()) {
            used->setForeground(c);
            m_spending->setItem(i, 3, used);
        } else {
            m_spending->setItem(i, 3, used);
        }
    }
    m_spending->setVisible(!spending.isEmpty());
    fitHeight(m_spending);
    m_spendingCaption->setText(
        spending.isEmpty() ? tr("No spending data available")
                           : tr("Shows this user's current spending against their budget limit."));
    m_body->show();
}

QString UserBudgetsCard::unavailableText() const
{
    return m_unavailable->isVisibleTo(this) ? m_unavailable->text() : QString();
}

QString UserBudgetsCard::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString UserBudgetsCard::spendingText() const
{
    return m_spendingCaption->text();
}

} // namespace codemie
