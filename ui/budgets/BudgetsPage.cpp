#include "BudgetsPage.h"

#include "BudgetCell.h"
#include "BudgetModels.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "SpendView.h"
#include "Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

namespace {
QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void colour(QLabel *label, SpendLevel level)
{
    QPalette p = label->palette();
    const QColor c = spendLevelColor(QApplication::palette(), level);
    p.setColor(QPalette::WindowText,
               c.isValid() ? c : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(p);
}
} // namespace

BudgetsPage::BudgetsPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_unavailable(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_readOnlyNote(new QLabel(this))
    , m_categoryFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_listStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_list(new BudgetListModel(this))
    , m_filter(new BudgetFilterModel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailFacts(wrapped(this))
    , m_currentSpend(wrapped(this))
    , m_assigned(wrapped(this))
    , m_editNote(wrapped(this))
    , m_assigneeView(new QTableView(this))
    , m_assignees(new BudgetAssigneeModel(this))
    , m_showSpend(new QPushButton(tr("Show spend &over time"), this))
    , m_spend(new SpendView(this))
{
    auto *title = new QLabel(tr("Budgets"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_unavailable->setWordWrap(true);
    m_unavailable->setAccessibleName(tr("Budgets not available"));

    m_readOnlyNote->setText(
        tr("Read-only: the platform applies budget changes through its API and LLM proxy, which "
           "enforces them. Spend is collected nightly, so it can be up to a day behind."));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setAccessibleName(tr("Read-only notice"));

    // Filters.
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString &c : BudgetRules::categories())
        m_categoryFilter->addItem(BudgetRules::categoryLabel(c), c);
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_typeFilter->addItem(tr("Global budgets"), QStringLiteral("global"));
    m_typeFilter->addItem(tr("Project budgets"), QStringLiteral("project"));
    m_typeFilter->addItem(tr("Global and project budgets"), QString());
    m_typeFilter->setAccessibleName(tr("Budget type"));
    m_search->setPlaceholderText(tr("Search by budget ID or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search budgets"));
    auto *filters = new QHBoxLayout;
    auto *categoryLabel = new QLabel(tr("C&ategory"), this);
    categoryLabel->setBuddy(m_categoryFilter);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_search, 1);

    m_filter->setSourceModel(m_list);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Budgets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BudgetListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this); // its width refits the columns
    m_listStatus->setAccessibleName(tr("Budget list status"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_listStatus);

    // Details of the selected budget.
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setText(tr("Select a budget to see who it is assigned to and its spend."));
    m_currentSpend->setAccessibleName(tr("Current spend"));
    m_assigned->setAccessibleName(tr("Assigned to"));
    m_editNote->setAccessibleName(tr("Why budgets cannot be edited here"));
    m_editNote->setText(
        tr("No Edit here: the platform applies budget changes through its API and LLM proxy, "
           "which enforce them; a row changed by this console would show a limit nobody "
           "enforces. Change budgets in the CodeMie web UI (Settings → Administration → Budgets) "
           "or with the platform's /v1/admin/budgets API."));
    Theme::styleNotice(m_editNote, Theme::Notice::Warning);
    m_assigneeView->setModel(m_assignees);
    m_assigneeView->setAccessibleName(tr("Budget assignments"));
    m_assigneeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assigneeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assigneeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assigneeView->verticalHeader()->hide();
    // The e-mail takes the room the other columns leave; they fit their text.
    m_assigneeView->horizontalHeader()->setStretchLastSection(false);
    m_assigneeView->horizontalHeader()->setSectionResizeMode(BudgetAssigneeModel::AssignedTo,
                                                             QHeaderView::Stretch);
    m_assigneeView->setTabKeyNavigation(false);
    m_showSpend->setEnabled(false);
    m_showSpend->setToolTip(tr("The chart of the selected user or project (double-click a row)"));

    // Below the list: what the budget is and what it costs on the left,
    // who it is assigned to on the right.
    auto *info = new QWidget(this);
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_detailFacts);
    infoLayout->addWidget(m_currentSpend);
    infoLayout->addWidget(m_editNote);
    infoLayout->addStretch(1);
    info->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    auto *assignPane = new QWidget(this);
    auto *assignLayout = new QVBoxLayout(assignPane);
    assignLayout->setContentsMargins(0, 0, 0, 0);
    auto *assignTop = new QHBoxLayout;
    assignTop->addWidget(m_assigned, 1);
    assignTop->addWidget(m_showSpend);
    assignLayout->addLayout(assignTop);
    assignLayout->addWidget(m_assigneeView, 1);
    // The heading spans both halves, so that it stays on one line.
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    auto *halves = new QHBoxLayout;
    // At 200 % on a small screen the facts and the note need more height
    // than the pane has: they scroll instead of being cut.
    auto *infoScroll = new QScrollArea(this);
    infoScroll->setWidget(info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);
    infoScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    infoScroll->setMaximumWidth(info->maximumWidth());
    halves->addWidget(infoScroll, 2);
    halves->addWidget(assignPane, 3);
    detailLayout->addLayout(halves, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(listPane);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_tabs->addTab(split, tr("&Budgets"));
    m_tabs->addTab(m_spend, tr("Spend over &time"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_readOnlyNote);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);
    auto *unavailablePane = new QWidget(this);
    auto *unavailableLayout = new QVBoxLayout(unavailablePane);
    unavailableLayout->addWidget(m_unavailable);
    unavailableLayout->addStretch(1);
    m_stack->addWidget(unavailablePane);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_categoryFilter->currentData().toString()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setType(m_typeFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &BudgetFilterModel::setSearch);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            [this] { m_listStatus->setText(tr("%n budget(s) shown", "", m_filter->rowCount())); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this] { m_listStatus->setText(tr("%n budget(s) shown", "", m_filter->rowCount())); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_listStatus->setText(tr("%n budget(s) shown", "", m_filter->rowCount())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BudgetsPage::showDetails);
    connect(m_assigneeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_showSpend->setEnabled(!selectedBudget().budgetId.isEmpty()); });
    connect(m_assigneeView, &QTableView::activated, this, &BudgetsPage::showSelectedSpend);
    connect(m_showSpend, &QPushButton::clicked, this, &BudgetsPage::showSelectedSpend);
    connect(m_assignees, &BudgetAssigneeModel::loaded, this, [this] {
        m_assigneeView->resizeColumnsToContents();
        const int most = m_assigneeView->fontMetrics().averageCharWidth() * 32;
        for (int c = 0; c < BudgetAssigneeModel::ColumnCount; ++c)
            if (c != BudgetAssigneeModel::AssignedTo && m_assigneeView->columnWidth(c) > most)
                m_assigneeView->setColumnWidth(c, most);
    });
    connect(m_assignees, &BudgetAssigneeModel::errorOccurred, this,
            [this](const QString &e) { m_assigned->setText(e); });

    m_stack->setCurrentIndex(1);
    m_unavailable->setText(tr("Not connected."));
}

BudgetsPage::~BudgetsPage()
{
    setSession(nullptr);
}

void BudgetsPage::setSession(PlatformSession *session)
{
    // The assignee list shares the worker: it lets go first, so that this
    // reset waits for a read in progress (its answer is dropped).
    m_assignees->setSession(nullptr);
    m_worker.reset();
    ++m_listGeneration;
    ++m_detailGeneration;
    m_session = session;
    m_spend->setSession(nullptr);
    m_available = session && session->db().isOpen() && session->caps().hasGlobalBudgets;
    if (!session || !session->db().isOpen()) {
        m_unavailable->setText(tr("Not connected."));
        m_stack->setCurrentIndex(1);
        m_list->setBudgets({});
        return;
    }
    if (!m_available) {
        m_unavailable->setText(
            tr("Budgets are not shown: this database has no budget tables (%1; budgets arrive "
               "with platform 2.23).")
                .arg(session->schema().release.displayText()));
        m_stack->setCurrentIndex(1);
        m_list->setBudgets({});
        return;
    }
    m_stack->setCurrentIndex(0);
    m_worker = std::make_shared<SessionWorker>(session->readerClone());
    m_assignees->setSession(session, m_worker);
    m_spend->setSession(session);
    reload();
}

void BudgetsPage::reload()
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_listGeneration;
    m_loadingList = true;
    m_listStatus->setText(tr("Loading budgets…"));
    const QString selected = selectedBudget().budgetId;
    auto answer = std::make_shared<Result<QList<BudgetListRow>>>();
    auto connected = std::make_shared<bool>(true);
    m_worker->run(
        [answer, connected](PlatformSession &s) {
            if (!s.db().isOpen()) {
                *connected = false;
                return;
            }
            *answer = BudgetViewRepository(s).budgets();
        },
        this,
        [this, answer, connected, generation, selected] {
            if (generation != m_listGeneration)
                return;
            m_loadingList = false;
            if (!*connected || !answer->isOk()) {
                const Outcome open = m_worker->openOutcome();
                m_list->setBudgets({});
                m_listStatus->setText(
                    tr("Could not read the budgets: %1")
                        .arg(!*connected ? (open ? tr("the database worker could not connect.")
                                                 : open.fullText())
                                         : answer->outcome.fullText()));
                emit budgetsLoaded();
                return;
            }
            m_list->setBudgets(std::move(answer->value));
            fitListColumns();
            m_listStatus->setText(tr("%n budget(s) shown", "", m_filter->rowCount()));
            if (!selected.isEmpty())
                selectBudget(selected);
            emit budgetsLoaded();
        });
}

void BudgetsPage::fitListColumns()
{
    // Each column as wide as its text; short of room (200 % on a laptop),
    // the id and then the name give way (wrapped or elided, whole in their
    // tooltips) rather than the list scrolling sideways.
    m_table->resizeColumnsToContents();
    const int unit = m_table->fontMetrics().averageCharWidth();
    int over = -m_table->viewport()->width();
    for (int c = 0; c < BudgetListModel::ColumnCount; ++c)
        over += m_table->columnWidth(c);
    const auto shrink = [this, &over](int column, int floor) {
        const int width = m_table->columnWidth(column);
        const int cut = qBound(0, over, qMax(0, width - floor));
        m_table->setColumnWidth(column, width - cut);
        over -= cut;
    };
    shrink(BudgetListModel::Id, unit * 10);
    shrink(BudgetListModel::Name, unit * 16);
    // Sizing the last column to its text ends its stretch; give the rest of
    // the width back to it.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();
}

bool BudgetsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize && m_list->rowCount() > 0)
        QTimer::singleShot(0, this, &BudgetsPage::fitListColumns);
    return QWidget::eventFilter(watched, event);
}

bool BudgetsPage::selectBudget(const QString &budgetId)
{
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        if (i.data().toString() == budgetId) {
            m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            m_table->scrollTo(i);
            return true;
        }
    }
    return false;
}

BudgetListRow BudgetsPage::selectedBudget() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    if (!i.isValid())
        return {};
    return m_list->budgetAt(m_filter->mapToSource(i).row());
}

void BudgetsPage::showDetails()
{
    const BudgetListRow b = selectedBudget();
    const quint64 generation = ++m_detailGeneration;
    m_showSpend->setEnabled(!b.budgetId.isEmpty());
    if (b.budgetId.isEmpty() || !m_worker) {
        m_detailTitle->setText(tr("Select a budget to see who it is assigned to and its spend."));
        m_detailFacts->clear();
        m_currentSpend->clear();
        m_assigned->clear();
        m_assignees->setBudget({});
        m_loadingDetails = false;
        return;
    }
    m_detailTitle->setText(tr("%1 (%2)").arg(b.name, b.budgetId));
    QStringList facts;
    facts << tr("Category: %1").arg(BudgetRules::categoryLabel(b.category))
          << tr("Hard limit %1, soft limit %2")
                 .arg(Money::format(b.maxBudget), Money::format(b.softBudget))
          << tr("Reset period: %1").arg(BudgetRules::durationLabel(b.duration));
    if (b.budgetType == QStringLiteral("project"))
        facts << tr("Project budget of %1").arg(b.projectName);
    if (!b.description.isEmpty())
        facts << b.description;
    m_detailFacts->setText(facts.join(QStringLiteral(" · ")));
    m_currentSpend->setText(tr("Reading the current spend…"));
    colour(m_currentSpend, SpendLevel::None);
    m_assigned->setText(tr("Reading the assignments…"));
    m_assignees->setBudget(b);
    m_loadingDetails = true;

    struct Answer {
        bool connected = true;
        Result<BudgetCurrentSpend> spend;
        Result<BudgetAssigneeCounts> counts;
    };
    auto answer = std::make_shared<Answer>();
    const QString id = b.budgetId;
    m_worker->run(
        [answer, id](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->connected = false;
                return;
            }
            BudgetViewRepository repo(s);
            answer->spend = repo.currentSpend(id);
            answer->counts = repo.assigneeCounts(id);
        },
        this,
        [this, answer, generation, b] {
            if (generation != m_detailGeneration)
                return;
            m_loadingDetails = false;
            if (!answer->connected) {
                m_currentSpend->setText(tr("The database worker could not connect."));
                emit detailsLoaded();
                return;
            }
            if (!answer->spend.isOk()) {
                m_currentSpend->setText(answer->spend.outcome.fullText());
            } else {
                const BudgetCurrentSpend &s = answer->spend.value;
                const bool project = b.budgetType == QStringLiteral("project");
                if (!s.spend) {
                    m_currentSpend->setText(tr("Current spend: none recorded for this budget."));
                    colour(m_currentSpend, SpendLevel::None);
                } else if (project || s.subjects <= 1) {
                    const auto p = BudgetRules::percent(s.spend, b.maxBudget);
                    m_currentSpend->setText(
                        tr("Current spend: %1 of %2 (%3 %), as of %4.")
                            .arg(Money::format(s.spend), Money::format(b.maxBudget),
                                 p ? QLocale().toString(*p, 'f', 1) : QStringLiteral("-"),
                                 QLocale().toString(s.asOf, QLocale::ShortFormat)));
                    colour(m_currentSpend, BudgetRules::level(s.spend, b.maxBudget));
                } else {
                    // Each user has the budget's limit to themselves.
                    const auto p = BudgetRules::percent(s.highest, b.maxBudget);
                    m_currentSpend->setText(
                        tr("Current spend: %1 in total, as of %2 (users with spend: %3). Each "
                           "user has the %4 limit to themselves; the highest spend is %5 (%6 %).")
                            .arg(Money::format(s.spend),
                                 QLocale().toString(s.asOf, QLocale::ShortFormat),
                                 QLocale().toString(s.subjects), Money::format(b.maxBudget),
                                 Money::format(s.highest),
                                 p ? QLocale().toString(*p, 'f', 1) : QStringLiteral("-")));
                    colour(m_currentSpend, BudgetRules::level(s.highest, b.maxBudget));
                }
            }
            if (!answer->counts.isOk()) {
                m_assigned->setText(answer->counts.outcome.fullText());
            } else {
                const BudgetAssigneeCounts &c = answer->counts.value;
                QStringList parts;
                if (c.users)
                    parts << tr("users: %1").arg(QLocale().toString(c.users));
                if (c.projects)
                    parts << tr("projects: %1").arg(QLocale().toString(c.projects));
                if (c.members)
                    parts
                        << tr("project member allocations: %1").arg(QLocale().toString(c.members));
                m_assigned->setText(parts.isEmpty()
                                        ? tr("Not assigned to anyone.")
                                        : tr("Assigned to %1.").arg(parts.join(tr(", "))));
            }
            emit detailsLoaded();
        });
}

void BudgetsPage::showSelectedSpend()
{
    const BudgetListRow b = selectedBudget();
    if (b.budgetId.isEmpty())
        return;
    SpendSubject s;
    s.category = b.category;
    const QModelIndex i = m_assigneeView->selectionModel()->currentIndex();
    const BudgetAssignee a = i.isValid() ? m_assignees->assigneeAt(i.row()) : BudgetAssignee();
    if (i.isValid() && a.kind == BudgetAssignee::Kind::Project) {
        s.kind = SpendSubject::Kind::Project;
        s.key = a.id;
    } else if (i.isValid()) {
        s.kind = SpendSubject::Kind::User;
        s.key = a.label;
    } else if (b.budgetType == QStringLiteral("project")) {
        s.kind = SpendSubject::Kind::Project;
        s.key = b.projectName;
    }
    m_tabs->setCurrentWidget(m_spend);
    m_spend->showSubject(s);
}

} // namespace codemie
