#include "UsersPage.h"

#include "BudgetRepository.h"
#include "BulkActionDialog.h"
#include "Dialogs.h"
#include "FilterChipBar.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"
#include "UserBulkOperation.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserSearchService.h"
#include "UserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace codemie {

namespace {
// Completes the last of the comma-separated names in a line edit and keeps
// the names before it.
class LastNameCompleter : public QCompleter {
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString head = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return head + index.data().toString();
    }
};
} // namespace

namespace {
const QString budgetKey = QStringLiteral("users/filter/budget");

QString categoryLabel(const QString &category)
{
    if (category == QStringLiteral("platform"))
        return UsersPage::tr("Platform");
    if (category == QStringLiteral("cli"))
        return UsersPage::tr("CLI");
    if (category == QStringLiteral("premium_models"))
        return UsersPage::tr("Premium models");
    return category;
}

QString csvField(const QString &value)
{
    // RFC 4180; a leading = + - @ is prefixed so spreadsheets do not run it.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}
} // namespace

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new UserTableModel(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_projects(new QLineEdit(this))
    , m_budget(new QComboBox(this))
    , m_chips(new FilterChipBar(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_bulk(new QToolButton(this))
    , m_allMatching(new QToolButton(this))
    , m_debounce(new QTimer(this))
    , m_projectSuggestions(new QStringListModel(this))
    , m_projectDebounce(new QTimer(this))
{
    auto *heading = new QLabel(tr("Users"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);

    m_search->setPlaceholderText(tr("Search by email, username or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_role->addItem(tr("Any role"), int(UserQuery::Role::Any));
    m_role->addItem(tr("User"), int(UserQuery::Role::User));
    m_role->addItem(tr("Project admin"), int(UserQuery::Role::ProjectAdmin));
    m_role->addItem(tr("Admin"), int(UserQuery::Role::Admin));
    m_role->addItem(tr("Maintainer"), int(UserQuery::Role::Maintainer));
    m_role->setAccessibleName(tr("Platform role filter"));
    m_type->addItem(tr("Any user type"), QString());
    m_type->addItem(tr("Regular"), QStringLiteral("regular"));
    m_type->addItem(tr("External"), QStringLiteral("external"));
    m_type->setAccessibleName(tr("User type filter"));
    m_status->addItem(tr("Active"), int(UserQuery::Activity::Active));
    m_status->addItem(tr("Deactivated"), int(UserQuery::Activity::Deactivated));
    m_status->addItem(tr("Active and deactivated"), int(UserQuery::Activity::All));
    m_status->setAccessibleName(tr("Status filter"));
    m_projects->setPlaceholderText(tr("Projects (comma-separated)"));
    m_projects->setToolTip(tr("Users in any of these projects. Type part of a name for "
                              "suggestions; separate names with commas."));
    m_projectCompleter = new LastNameCompleter(m_projectSuggestions, this);
    m_projectCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_projectCompleter->setFilterMode(Qt::MatchContains);
    m_projectCompleter->setMaxVisibleItems(12);
    m_projects->setCompleter(m_projectCompleter);
    m_projectDebounce->setSingleShot(true);
    m_projectDebounce->setInterval(200);
    m_projects->setAccessibleName(tr("Project filter"));
    m_projects->setClearButtonEnabled(true);
    m_budget->setAccessibleName(tr("Budget filter"));
    m_budget->setToolTip(tr("Show only the users assigned this global budget"));
    m_budget->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_budget->hide(); // until a session with budgets (platform 2.23+)

    m_bulk->setText(tr("Bulk actions"));
    m_bulk->setPopupMode(QToolButton::InstantPopup);
    m_bulk->setAccessibleName(tr("Bulk actions"));
    auto *bulkMenu = new QMenu(m_bulk);
    bulkMenu->addAction(tr("Assign to project…"), this,
                        [this] { runBulk(int(UserBulkOperation::Kind::AssignToProject)); });
    bulkMenu->addAction(tr("Unassign from project…"), this,
                        [this] { runBulk(int(UserBulkOperation::Kind::UnassignFromProject)); });
    bulkMenu->addAction(tr("Change project role…"), this,
                        [this] { runBulk(int(UserBulkOperation::Kind::ChangeProjectRole)); });
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("Deactivate…"), this,
                        [this] { runBulk(int(UserBulkOperation::Kind::Deactivate)); });
    m_bulk->setMenu(bulkMenu);
    m_allMatching->setCheckable(true);
    m_allMatching->setText(tr("Select all matching"));
    m_allMatching->setAccessibleName(tr("Apply bulk actions to every matching user"));
    m_clearFilters = new QPushButton(tr("C&lear filters"), this);
    m_clearFilters->setAccessibleName(tr("Clear search and filters"));
    m_clearFilters->setToolTip(tr("Show every user again (Escape in the search box clears the "
                                  "search)"));
    m_clearFilters->hide(); // as the web UI's "Clear All": only while something narrows the list
    auto *details = new QToolButton(this);
    details->setText(tr("Details"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export CSV…"));

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // The columns are fitted to the rows (fitColumns); Projects takes the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::Email, Qt::AscendingOrder);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Users"));
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(UserTableModel::Name, unit * 24);
    m_table->setColumnWidth(UserTableModel::Email, unit * 34);
    m_table->setColumnWidth(UserTableModel::Projects, unit * 40);
    // An empty list says so, in the table, as the web UI does.
    m_empty = new QLabel(tr("No data available"), m_table->viewport());
    m_empty->setAccessibleName(tr("Empty list"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);
    m_empty->hide();
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &UsersPage::fitColumns);
    m_table->installEventFilter(this);

    // Text fields on one row, choices on the next: both stay usable on a
    // narrow window or at 200% scaling.
    auto *search = new QHBoxLayout;
    m_search->setMinimumWidth(unit * 18);
    m_projects->setMinimumWidth(unit * 14);
    search->addWidget(m_search, 3);
    search->addWidget(m_projects, 2);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_role);
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_budget);
    filters->addWidget(m_clearFilters);
    filters->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_chips);
    actions->addStretch();
    actions->addWidget(m_allMatching);
    actions->addWidget(m_bulk);
    actions->addWidget(details);
    actions->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::applyFilters);
    for (QComboBox *box : {m_role, m_type, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_projects, &QLineEdit::editingFinished, this, &UsersPage::applyFilters);
    connect(m_projects, &QLineEdit::textEdited, m_projectDebounce, qOverload<>(&QTimer::start));
    connect(m_projectDebounce, &QTimer::timeout, this, &UsersPage::suggestProjects);
    connect(m_projectCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &UsersPage::applyFilters, Qt::QueuedConnection);
    connect(m_budget, &QComboBox::currentIndexChanged, this, [this] {
        m_budgetId = m_budget->currentData().toString();
        applyFilters();
    });
    connect(m_model, &UserTableModel::totalChanged, this, [this] {
        if (m_all) { // the new rows are all highlighted too
            m_selectingAll = true;
            m_table->selectAll();
            m_selectingAll = false;
        }
        updateCount();
    });
    connect(m_model, &UserTableModel::errorOccurred, this, &UsersPage::message);
    connect(m_model, &UserTableModel::errorOccurred, this, &UsersPage::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::openDetails);
    connect(details, &QToolButton::clicked, this, &UsersPage::openDetails);
    connect(m_allMatching, &QToolButton::toggled, this, [this](bool on) { setAllMatching(on); });
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export users"), QStringLiteral("users.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &UsersPage::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &UsersPage::showRowMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // Dragged by hand: the widths are the user's from now on.
        if (!m_fitting && (QApplication::mouseButtons() & Qt::LeftButton))
            m_columnsByUser = true;
        saveState();
    });
    connect(m_model, &UserTableModel::pageLoaded, this, [this](int page) {
        if (page == 0)
            m_fitTimer->start();
    });
    connect(m_clearFilters, &QPushButton::clicked, this, &UsersPage::clearFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { updateClearFilters(); });
    // Escape clears the search (and the project filter), then goes on.
    Dialogs::escapeClears(m_search);
    Dialogs::escapeClears(m_projects);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_all && !m_selectingAll) {
            m_all = false; // the user picked rows themselves: those, then
            const QSignalBlocker b(m_allMatching);
            m_allMatching->setChecked(false);
        }
        updateCount();
    });
    connect(m_model, &UserTableModel::rowsFound, this, &UsersPage::restoreView);
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    open->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setContext(Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &UsersPage::openDetails);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
    copy->setWhatsThis(tr("Copy the selected rows"));
    connect(copy, &QShortcut::activated, this, &UsersPage::copySelection);

    restoreState();
    applyFilters();
}

UsersPage::~UsersPage()
{
    saveState();
    // ~QWidget still deletes the children, and the header reports resized
    // sections then: the page, partly gone, must not hear it.
    for (QObject *sender : std::initializer_list<QObject *>{m_table->horizontalHeader(),
                                                            m_table->selectionModel(), m_model})
        QObject::disconnect(sender, nullptr, this, nullptr);
}

void UsersPage::setSession(PlatformSession *session)
{
    // The same session again (Refresh): the selection and the view stay.
    const bool again = session && session == m_session && m_model->rowCount() > 0;
    m_kept = again ? keepView() : KeptView();
    m_session = session;
    ++m_projectLookupGeneration; // answers for the old session are dropped
    m_projectLookup.reset();
    if (session)
        m_projectLookup = std::make_unique<SessionWorker>(session->readerClone());
    delete m_budgetReader; // waits for its query; its answer is dropped
    m_table->setColumnHidden(UserTableModel::Budgets,
                             !session || !session->caps().hasGlobalBudgets);
    const bool maintainerKnown = session && session->caps().hasMaintainer;
    m_table->setColumnHidden(
        UserTableModel::Maintainer,
        !maintainerKnown ||
            QSettings()
                .value(QStringLiteral("users/hidden/%1").arg(int(UserTableModel::Maintainer)))
                .toBool());
    const QString reason = session ? session->readOnlyReason() : tr("Not connected.");
    m_bulk->setEnabled(reason.isEmpty());
    m_bulk->setToolTip(reason);
    m_budgetsAvailable = session && session->db().isOpen() && session->caps().hasGlobalBudgets;
    m_budget->setVisible(m_budgetsAvailable);
    showBudgets(std::nullopt);
    // The kept budget filters at once; the list read below drops it if that
    // budget is gone.
    m_model->setSession(nullptr);
    m_model->setQuery(filterQuery());
    rebuildChips();
    m_model->setSession(session, again ? std::optional(lookupIds(m_kept)) : std::nullopt);
    if (m_budgetsAvailable)
        loadBudgets();
    updateCount(); // "Reading users…" until the count arrives
}

void UsersPage::suggestProjects()
{
    const QString typed = m_projects->text().section(QLatin1Char(','), -1).trimmed();
    if (!m_projectLookup || typed.isEmpty())
        return;
    const quint64 generation = ++m_projectLookupGeneration;
    auto names = std::make_shared<QStringList>();
    m_projectLookup->run(
        [names, typed](PlatformSession &s) {
            if (!s.db().isOpen())
                return;
            ProjectQuery q;
            q.search = typed;
            q.limit = 30;
            const auto found = ProjectRepository(s).page(q);
            for (const ProjectRecord &p : found.value)
                *names << p.name;
        },
        this,
        [this, names, generation] {
            if (generation != m_projectLookupGeneration)
                return; // typed on since
            m_projectSuggestions->setStringList(*names);
            if (m_projects->hasFocus() && !names->isEmpty())
                m_projectCompleter->complete();
            emit projectSuggestionsLoaded(*names);
        });
}

void UsersPage::loadBudgets()
{
    SessionWorker *reader = new SessionWorker(m_session->readerClone(), this);
    m_budgetReader = reader;
    auto budgets = std::make_shared<std::optional<Result<QList<Budget>>>>();
    reader->run(
        [budgets](PlatformSession &s) {
            if (s.db().isOpen())
                *budgets = BudgetRepository(s).budgets();
        },
        this,
        [this, reader, budgets] {
            const Outcome o = !budgets->has_value() ? reader->openOutcome() : (*budgets)->outcome;
            reader->deleteLater(); // its connection is not needed any more
            if (o) {
                QList<Budget> global;
                for (const Budget &b : std::as_const((*budgets)->value))
                    if (b.budgetType == QStringLiteral("global"))
                        global << b;
                showBudgets(global);
            } else {
                emit message(tr("The budgets could not be read: %1").arg(o.fullText()));
            }
            emit budgetsLoaded();
        });
}

void UsersPage::showBudgets(const std::optional<QList<Budget>> &budgets)
{
    {
        const QSignalBlocker block(m_budget);
        m_budget->clear();
        m_budget->addItem(tr("Any budget"), QString());
        if (!budgets) {
            if (m_budgetsAvailable && !m_budgetId.isEmpty()) {
                m_budget->addItem(m_budgetId, m_budgetId);
                m_budget->setCurrentIndex(1);
            }
            return;
        }
        const QLocale locale;
        for (const Budget &b : *budgets) {
            m_budget->addItem(tr("%1 (%2)").arg(b.name, categoryLabel(b.category)), b.budgetId);
            m_budget->setItemData(m_budget->count() - 1,
                                  tr("%1 · hard limit %2 USD · soft limit %3 USD · reset every %4")
                                      .arg(b.budgetId, locale.toString(b.maxBudget, 'f', 2),
                                           locale.toString(b.softBudget, 'f', 2), b.duration),
                                  Qt::ToolTipRole);
        }
        const int at = m_budget->findData(m_budgetId);
        m_budget->setCurrentIndex(qMax(0, at));
        if (at >= 0 || m_budgetId.isEmpty()) {
            rebuildChips(); // with the budget's name
            return;
        }
    }
    // Deleted since the filter was kept (or kept from another database):
    // filtering on it would show nobody.
    m_budgetId.clear();
    applyFilters();
    emit message(tr("Budget filter removed: that budget no longer exists."));
}

void UsersPage::reload()
{
    m_kept = keepView();
    m_model->reloadFinding(lookupIds(m_kept));
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

UserQuery UsersPage::filterQuery() const
{
    UserQuery q = m_model->query();
    q.search = m_search->text();
    q.role = UserQuery::Role(m_role->currentData().toInt());
    q.userType = m_type->currentData().toString();
    q.activity = UserQuery::Activity(m_status->currentData().toInt());
    q.projects.clear();
    for (const QString &p : m_projects->text().split(QLatin1Char(',')))
        if (!p.trimmed().isEmpty())
            q.projects << p.trimmed();
    q.budgetId = m_budgetsAvailable ? m_budgetId : QString();
    return q;
}

void UsersPage::applyFilters()
{
    const UserQuery q = filterQuery();
    rebuildChips();
    saveState();
    if (q == m_model->query() && m_model->totalCount() > 0)
        return;
    m_model->setQuery(q);
}

QStringList UsersPage::chipTexts() const
{
    return m_chips->texts();
}

void UsersPage::updateClearFilters()
{
    m_clearFilters->setVisible(!m_search->text().isEmpty() || m_role->currentIndex() > 0 ||
                               m_type->currentIndex() > 0 || m_status->currentIndex() > 0 ||
                               !m_projects->text().trimmed().isEmpty() ||
                               (m_budgetsAvailable && m_budget->currentIndex() > 0));
}

void UsersPage::clearFilters()
{
    {
        const QSignalBlocker b1(m_role), b2(m_type), b3(m_status), b4(m_budget);
        m_role->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_budget->setCurrentIndex(0);
    }
    m_budgetId.clear();
    m_projects->clear();
    m_search->clear(); // its clear button and the debounce follow
    m_debounce->stop();
    applyFilters();
    m_search->setFocus(Qt::OtherFocusReason);
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

void UsersPage::fitColumns()
{
    if (m_columnsByUser || m_model->totalCount() == 0)
        return;
    // The short columns as wide as their text; Name, Email and Projects
    // share the rest, each as wide as its shown rows need when there is
    // room, Projects taking what is left over.
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    int used = 0;
    for (int c = 0; c < UserTableModel::ColumnCount; ++c) {
        if (m_table->isColumnHidden(c) || c == UserTableModel::Name || c == UserTableModel::Email ||
            c == UserTableModel::Projects || c == UserTableModel::Budgets)
            continue;
        m_table->resizeColumnToContents(c);
        used += m_table->columnWidth(c);
    }
    auto wanted = [this, header](int c) {
        const QAbstractItemView *view = m_table; // public there
        return qMax(view->sizeHintForColumn(c), header->sectionSizeHint(c));
    };
    const int unit = fontMetrics().averageCharWidth();
    const int room = qMax(available - used, unit * 60);
    int email = wanted(UserTableModel::Email);
    int name = wanted(UserTableModel::Name);
    int projects = wanted(UserTableModel::Projects);
    // The Budgets cell ("Total $s / $l (CLI $s / $l, …)") is long and says
    // it all in its tooltip: it shares the room and gives way first.
    const bool hasBudgets = !m_table->isColumnHidden(UserTableModel::Budgets);
    int budgets = hasBudgets ? wanted(UserTableModel::Budgets) : 0;
    // Short of room, Budgets gives way first, then Projects, then the name,
    // the e-mail (which identifies the row) last; with room to spare,
    // Projects takes it.
    int over = email + name + projects + budgets - room;
    const auto shrink = [&over](int &width, int floor) {
        const int cut = qBound(0, over, qMax(0, width - floor));
        width -= cut;
        over -= cut;
    };
    shrink(budgets, unit * 22);
    shrink(projects, unit * 16);
    shrink(name, unit * 14);
    shrink(email, unit * 16);
    if (over < 0)
        projects -= over;
    m_table->setColumnWidth(UserTableModel::Name, name);
    m_table->setColumnWidth(UserTableModel::Email, email);
    m_table->setColumnWidth(UserTableModel::Projects, projects);
    if (hasBudgets)
        m_table->setColumnWidth(UserTableModel::Budgets, budgets);
    m_fitting = false;
}

void UsersPage::rebuildChips()
{
    updateClearFilters();
    m_chips->clear();
    if (m_role->currentIndex() > 0)
        m_chips->addChip(tr("Role: %1").arg(m_role->currentText()),
                         [this] { m_role->setCurrentIndex(0); });
    if (m_type->currentIndex() > 0)
        m_chips->addChip(tr("Type: %1").arg(m_type->currentText()),
                         [this] { m_type->setCurrentIndex(0); });
    if (m_status->currentIndex() > 0)
        m_chips->addChip(tr("Status: %1").arg(m_status->currentText()),
                         [this] { m_status->setCurrentIndex(0); });
    if (m_budgetsAvailable && m_budget->currentIndex() > 0)
        m_chips->addChip(tr("Budget: %1").arg(m_budget->currentText()),
                         [this] { m_budget->setCurrentIndex(0); });
    // One chip per project, each removing only its own name.
    const QStringList projects = filterQuery().projects;
    for (const QString &project : projects)
        m_chips->addChip(tr("Project: %1").arg(project), [this, project] {
            QStringList rest = filterQuery().projects;
            rest.removeAll(project);
            m_projects->setText(rest.join(QStringLiteral(", ")));
            applyFilters();
        });
}

void UsersPage::saveState() const
{
    if (m_restoring)
        return; // the header's signals while the kept state is read back
    QSettings s;
    s.setValue(QStringLiteral("users/header"), m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("users/columnsByUser"), m_columnsByUser);
    s.setValue(QStringLiteral("users/filter/role"), m_role->currentIndex());
    s.setValue(QStringLiteral("users/filter/type"), m_type->currentIndex());
    s.setValue(QStringLiteral("users/filter/status"), m_status->currentIndex());
    s.setValue(QStringLiteral("users/filter/projects"), m_projects->text());
    s.setValue(budgetKey, m_budgetId);
}

void UsersPage::restoreState()
{
    QSettings s;
    m_columnsByUser = s.value(QStringLiteral("users/columnsByUser")).toBool();
    m_restoring = true;
    m_table->horizontalHeader()->restoreState(
        s.value(QStringLiteral("users/header")).toByteArray());
    m_restoring = false;
    const QSignalBlocker b1(m_role), b2(m_type), b3(m_status);
    m_role->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("users/filter/role")).toInt(), m_role->count() - 1));
    m_type->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("users/filter/type")).toInt(), m_type->count() - 1));
    m_status->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("users/filter/status")).toInt(), m_status->count() - 1));
    m_projects->setText(s.value(QStringLiteral("users/filter/projects")).toString());
    // Checked against the database's budgets once a session is set.
    m_budgetId = s.value(budgetKey).toString();
}

void UsersPage::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < UserTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(UserTableModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != UserTableModel::Email); // the e-mail identifies the row
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveState();
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void UsersPage::showRowMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Details"), this, &UsersPage::openDetails);
    menu.addAction(tr("Copy"), this, &UsersPage::copySelection);
    const QModelIndex current = m_table->currentIndex();
    if (m_session && m_session->caps().hasActivityEvents && current.isValid() &&
        m_model->isRowLoaded(current.row())) {
        const QString userId = m_model->userAt(current.row()).id;
        menu.addAction(tr("Show activity"), this, [this, userId] {
            emit showActivityRequested(QStringLiteral("user"), userId);
        });
    }
    menu.addSeparator();
    menu.addActions(m_bulk->menu()->actions());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QString UsersPage::countText() const
{
    return m_count->text();
}

void UsersPage::updateCount()
{
    const int total = m_model->totalCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    // Before the first count arrives the list is not empty, only unread.
    const bool counting = total == 0 && m_model->isLoading();
    QString text = counting ? tr("Reading users…") : tr("%n user(s) match", nullptr, total);
    if (!counting && m_all)
        text += QStringLiteral(" · ") + tr("bulk actions apply to all %n", nullptr, total);
    else if (!counting && selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_count->setText(text);
    m_empty->setVisible(total == 0 && !m_model->isLoading());
    m_allMatching->setText(tr("Select all matching (%n)", nullptr, total));
}

void UsersPage::setAllMatching(bool all)
{
    const bool was = m_all;
    m_all = all;
    const QSignalBlocker b(m_allMatching);
    m_allMatching->setChecked(all);
    // What is highlighted is what a bulk action changes: every row while
    // "all matching" is on; a click on one row turns it off again.
    m_selectingAll = true;
    if (all)
        m_table->selectAll();
    else if (was)
        m_table->clearSelection();
    m_selectingAll = false;
    updateCount();
}

UsersPage::KeptView UsersPage::keepView(const std::optional<QStringList> &selected) const
{
    KeptView k;
    k.active = true;
    k.all = m_all;
    const int rows = m_model->rowCount();
    if (rows == 0)
        return k;
    const int top = m_table->rowAt(0);
    int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = rows - 1;
    k.topRow = qMax(0, top);
    // The rows on screen are loaded (or loading): nothing is read for them.
    const auto topId = m_model->idsAt({k.topRow}, false);
    k.topId = topId.value.value(0);
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        k.currentColumn = current.column();
        if (top >= 0 && current.row() >= top && current.row() <= bottom)
            k.currentFromTop = current.row() - top;
        k.currentId = m_model->idsAt({current.row()}, false).value.value(0);
    }
    if (selected) {
        k.ids = *selected;
    } else if (!m_all) {
        QList<int> chosen;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            chosen << index.row();
        if (chosen.size() <= UserTableModel::MaxFindIds) {
            std::sort(chosen.begin(), chosen.end());
            const auto ids = m_model->idsAt(chosen);
            if (ids.isOk())
                k.ids = ids.value;
            else
                k.dropped = int(chosen.size());
        } else {
            k.dropped = int(chosen.size());
        }
    }
    if (k.ids.size() > UserTableModel::MaxFindIds) {
        k.dropped = int(k.ids.size());
        k.ids.clear();
    }
    return k;
}

QStringList UsersPage::lookupIds(const KeptView &kept)
{
    QStringList ids = kept.ids;
    for (const QString &id : {kept.currentId, kept.topId})
        if (!id.isEmpty())
            ids << id;
    ids.removeDuplicates();
    return ids;
}

void UsersPage::restoreView(const QHash<QString, int> &rows)
{
    if (!m_kept.active)
        return;
    const KeptView kept = std::exchange(m_kept, KeptView());
    const int total = m_model->rowCount();
    if (total == 0) {
        updateCount();
        return;
    }
    QItemSelectionModel *selection = m_table->selectionModel();
    // Clicked since the reload began (the rows show before they are found):
    // what the user did stays, the kept users are added to it.
    const bool touched = m_table->currentIndex().isValid();
    if (kept.all && m_all) {
        m_selectingAll = true;
        m_table->selectAll();
        m_selectingAll = false;
    } else {
        // The kept users where they are now, as runs of rows: the rows need
        // not be read (a bulk action reads their ids again, targetUserIds()).
        QList<int> chosen;
        for (const QString &id : kept.ids)
            if (const auto it = rows.constFind(id); it != rows.constEnd())
                chosen << *it;
        std::sort(chosen.begin(), chosen.end());
        QItemSelection runs;
        const int lastColumn = UserTableModel::ColumnCount - 1;
        for (qsizetype i = 0; i < chosen.size();) {
            qsizetype j = i;
            while (j + 1 < chosen.size() && chosen.at(j + 1) <= chosen.at(j) + 1)
                ++j;
            runs.select(m_model->index(chosen.at(i), 0), m_model->index(chosen.at(j), lastColumn));
            i = j + 1;
        }
        selection->select(runs, QItemSelectionModel::Select);
    }
    // The row acted on stays where it was on screen; else the row that was
    // at the top stays there (or the same row number, when it is gone).
    if (touched) {
        if (kept.dropped > 0)
            emit message(droppedText(kept.dropped));
        updateCount();
        return;
    }
    m_table->doItemsLayout(); // the scroll range of the new count first
    const int current = kept.currentId.isEmpty() ? -1 : rows.value(kept.currentId, -1);
    if (current >= 0)
        selection->setCurrentIndex(m_model->index(current, kept.currentColumn),
                                   QItemSelectionModel::NoUpdate);
    int top = kept.topRow;
    if (current >= 0 && kept.currentFromTop >= 0)
        top = current - kept.currentFromTop;
    else if (!kept.topId.isEmpty() && rows.contains(kept.topId))
        top = rows.value(kept.topId);
    m_table->scrollTo(m_model->index(qBound(0, top, total - 1), 0),
                      QAbstractItemView::PositionAtTop);
    if (kept.dropped > 0)
        emit message(droppedText(kept.dropped));
    updateCount();
}

QString UsersPage::droppedText(int dropped)
{
    return tr("The selection of %n user(s) was cleared by the reload: at most %1 stay "
              "selected. Select them again, or use \"Select all matching\".",
              nullptr, dropped)
        .arg(QLocale().toString(UserTableModel::MaxFindIds));
}

QStringList UsersPage::targetUserIds(QString *error) const
{
    if (m_all && m_session) {
        const auto ids = UserRepository(*m_session).ids(m_model->query());
        if (!ids.isOk() && error)
            *error = ids.outcome.fullText();
        return ids.value;
    }
    // Every selected row, also those whose page is not read (or no longer
    // kept): the model knows or reads their ids.
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const auto ids = m_model->idsAt(rows);
    if (!ids.isOk()) {
        if (error)
            *error = ids.outcome.fullText();
        return {};
    }
    return ids.value;
}

void UsersPage::openDetails()
{
    if (!m_session)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->isRowLoaded(current.row()))
        return;
    const UserRecord user = m_model->userAt(current.row());
    bool writing = false;
    bool activity = false;
    {
        UserDetailsDialog dialog(*m_session, user, this);
        connect(&dialog, &UserDetailsDialog::userChanged, m_model, &UserTableModel::refreshUser);
        dialog.exec();
        writing = dialog.isBusy();
        activity = dialog.activityRequested();
    } // waits for a write still in flight
    if (writing)
        m_model->refreshUser(user.id);
    if (activity)
        emit showActivityRequested(QStringLiteral("user"), user.id);
}

void UsersPage::runBulk(int kind, const QString &projectName, bool isProjectAdmin, bool confirm)
{
    if (!m_session)
        return;
    using Kind = UserBulkOperation::Kind;
    const Kind k = Kind(kind);
    // Who first: no dialog opens for nobody.
    QString error;
    const QStringList ids = targetUserIds(&error);
    if (!error.isEmpty()) {
        const QString text = tr("The selected users could not be read: %1").arg(error);
        emit message(text);
        if (confirm)
            QMessageBox::warning(this, tr("Bulk actions"), text);
        return;
    }
    if (ids.isEmpty()) {
        const QString text = tr("Select users first, or choose \"Select all matching\".");
        emit message(text);
        if (confirm)
            QMessageBox::information(this, tr("Bulk actions"), text);
        return;
    }
    const int n = int(ids.size());
    QString project = projectName;
    bool admin = isProjectAdmin;
    if (confirm && k != Kind::Deactivate) {
        BulkActionDialog dialog(*m_session, k, n, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        project = dialog.project();
        admin = dialog.isProjectAdmin();
    }
    UserBulkOperation op(*m_session, k, project, admin);
    if (confirm &&
        !Dialogs::confirm(this, BulkActionDialog::confirmTitle(k),
                          BulkActionDialog::confirmText(op, k, n), BulkActionDialog::verb(k),
                          k == Kind::Deactivate || k == Kind::UnassignFromProject))
        return;
    QProgressDialog progress(op.description(n), QString(), 0, n, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto result = op.apply(ids, [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    progress.reset();
    QString summary;
    if (!result.isOk()) {
        summary = tr("Nothing was changed: %1").arg(result.outcome.fullText());
    } else {
        const UserBulkOperation::Summary &r = result.value;
        QStringList parts{tr("%n user(s) changed", nullptr, r.changed)};
        if (r.unchanged > 0)
            parts << tr("%n already as asked", nullptr, r.unchanged);
        if (!r.refused.isEmpty())
            parts << tr("%n refused", nullptr, int(r.refused.size()));
        summary = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
        if (!r.refused.isEmpty())
            summary += QLatin1Char('\n') + r.refused.mid(0, 20).join(QLatin1Char('\n'));
    }
    emit message(summary);
    if (confirm)
        QMessageBox::information(this, BulkActionDialog::verb(k), summary);
    if (!result.isOk() || result.value.changed == 0)
        return; // nothing changed: the selection stays, to try again
    // The rows are read again; the users still listed stay selected,
    // wherever they now are (after "all matching", none).
    const bool all = m_all;
    setAllMatching(false);
    if (UserSearchService *search = m_model->searchService())
        search->dropAfterWrite(); // else the reload could be answered from before the write
    m_kept = keepView(all ? QStringList() : ids);
    m_model->reloadFinding(lookupIds(m_kept));
}

void UsersPage::copySelection()
{
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() <= 1 && m_table->currentIndex().isValid()) {
        QApplication::clipboard()->setText(m_table->currentIndex().data().toString());
        return;
    }
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < UserTableModel::ColumnCount; ++c)
            if (!m_table->isColumnHidden(c))
                cells << m_model->index(row.row(), c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

bool UsersPage::exportCsv(const QString &path, QString *error)
{
    if (!m_session) {
        *error = tr("Not connected.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QStringList header{QStringLiteral("email"),     QStringLiteral("username"),
                             QStringLiteral("name"),      QStringLiteral("user_type"),
                             QStringLiteral("is_admin"),  QStringLiteral("is_maintainer"),
                             QStringLiteral("is_active"), QStringLiteral("auth_source"),
                             QStringLiteral("projects"),  QStringLiteral("last_login_at"),
                             QStringLiteral("created_at")};
    file.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    UserRepository repo(*m_session);
    UserQuery q = m_model->query();
    q.limit = 1000;
    for (q.offset = 0;; q.offset += q.limit) {
        const auto page = repo.page(q);
        if (!page.isOk()) {
            *error = page.outcome.fullText();
            return false;
        }
        // The project names, not a count (admin ones first).
        QStringList ids;
        for (const UserRecord &u : page.value)
            ids << u.id;
        const auto memberships = MembershipRepository(*m_session).projectsOfUsers(ids, 100000);
        if (!memberships.isOk()) {
            *error = memberships.outcome.fullText();
            return false;
        }
        for (const UserRecord &u : page.value) {
            QStringList projectNames;
            for (const Membership &m : memberships.value.value(u.id))
                projectNames << m.projectName;
            const QStringList row{u.email,
                                  u.username,
                                  u.name,
                                  u.userType,
                                  u.isAdmin ? QStringLiteral("true") : QStringLiteral("false"),
                                  u.isMaintainer ? QStringLiteral("true") : QStringLiteral("false"),
                                  u.isDeactivated() ? QStringLiteral("false")
                                                    : QStringLiteral("true"),
                                  u.authSource,
                                  projectNames.join(QLatin1Char(';')),
                                  u.lastLoginAt.toString(Qt::ISODate),
                                  u.created.toString(Qt::ISODate)};
            QStringList cells;
            for (const QString &v : row)
                cells << csvField(v);
            file.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
        }
        if (page.value.size() < q.limit)
            break;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace codemie
