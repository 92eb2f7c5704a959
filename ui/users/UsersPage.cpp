#include "UsersPage.h"

#include "BudgetRepository.h"
#include "FilterChipBar.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"
#include "UserBulkOperation.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
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
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::Email, Qt::AscendingOrder);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Users"));
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(UserTableModel::Name, unit * 24);
    m_table->setColumnWidth(UserTableModel::Email, unit * 34);
    m_table->setColumnWidth(UserTableModel::Projects, unit * 40);

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
    connect(m_model, &UserTableModel::totalChanged, this, [this] { updateCount(); });
    connect(m_model, &UserTableModel::errorOccurred, this, &UsersPage::message);
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
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { saveState(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateCount(); });
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    open->setContext(Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &UsersPage::openDetails);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setContext(Qt::WidgetShortcut);
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
    m_session = session;
    ++m_projectLookupGeneration; // answers for the old session are dropped
    m_projectLookup.reset();
    if (session)
        m_projectLookup = std::make_unique<SessionWorker>(session->clone());
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
    m_model->setSession(session);
    if (m_budgetsAvailable)
        loadBudgets();
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
    SessionWorker *reader = new SessionWorker(m_session->clone(), this);
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
    m_model->reload();
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

void UsersPage::rebuildChips()
{
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
    QSettings s;
    s.setValue(QStringLiteral("users/header"), m_table->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("users/filter/role"), m_role->currentIndex());
    s.setValue(QStringLiteral("users/filter/type"), m_type->currentIndex());
    s.setValue(QStringLiteral("users/filter/status"), m_status->currentIndex());
    s.setValue(QStringLiteral("users/filter/projects"), m_projects->text());
    s.setValue(budgetKey, m_budgetId);
}

void UsersPage::restoreState()
{
    QSettings s;
    m_table->horizontalHeader()->restoreState(
        s.value(QStringLiteral("users/header")).toByteArray());
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

void UsersPage::updateCount()
{
    const int total = m_model->totalCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = tr("%n user(s) match", nullptr, total);
    if (m_all)
        text += QStringLiteral(" · ") + tr("bulk actions apply to all %n", nullptr, total);
    else if (selected > 0)
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_count->setText(text);
}

void UsersPage::setAllMatching(bool all)
{
    m_all = all;
    const QSignalBlocker b(m_allMatching);
    m_allMatching->setChecked(all);
    updateCount();
}

QStringList UsersPage::targetUserIds() const
{
    if (m_all && m_session) {
        const auto ids = UserRepository(*m_session).ids(m_model->query());
        return ids.value;
    }
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (m_model->isRowLoaded(index.row()))
            ids << m_model->userAt(index.row()).id;
    return ids;
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
    {
        UserDetailsDialog dialog(*m_session, user, this);
        connect(&dialog, &UserDetailsDialog::userChanged, m_model, &UserTableModel::refreshUser);
        dialog.exec();
        writing = dialog.isBusy();
    } // waits for a write still in flight
    if (writing)
        m_model->refreshUser(user.id);
}

bool UsersPage::askBulkParameters(int kind, QString *project, bool *admin)
{
    if (kind == int(UserBulkOperation::Kind::Deactivate))
        return true;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Bulk action"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Project"));
    auto *role = new QComboBox(&dialog);
    role->addItem(tr("User"), false);
    role->addItem(tr("Project admin"), true);
    form->addRow(tr("&Project:"), name);
    if (kind != int(UserBulkOperation::Kind::UnassignFromProject))
        form->addRow(tr("&Role:"), role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return false;
    *project = name->text().trimmed();
    *admin = role->currentData().toBool();
    return true;
}

void UsersPage::runBulk(int kind, const QString &projectName, bool isProjectAdmin, bool confirm)
{
    if (!m_session)
        return;
    QString project = projectName;
    bool admin = isProjectAdmin;
    if (confirm && !askBulkParameters(kind, &project, &admin))
        return;
    const QStringList ids = targetUserIds();
    if (ids.isEmpty()) {
        emit message(tr("Select users first, or choose \"Select all matching\"."));
        return;
    }
    UserBulkOperation op(*m_session, UserBulkOperation::Kind(kind), project, admin);
    if (confirm && QMessageBox::question(this, tr("Confirm bulk action"),
                                         op.description(int(ids.size())) + QLatin1Char('?'),
                                         QMessageBox::Yes | QMessageBox::Cancel,
                                         QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QProgressDialog progress(op.description(int(ids.size())), QString(), 0, int(ids.size()), this);
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
        summary = tr("%1 changed, %2 already so, %3 refused.")
                      .arg(result.value.changed)
                      .arg(result.value.unchanged)
                      .arg(result.value.refused.size());
        if (!result.value.refused.isEmpty())
            summary += QLatin1Char('\n') + result.value.refused.mid(0, 20).join(QLatin1Char('\n'));
    }
    emit message(summary);
    if (confirm)
        QMessageBox::information(this, tr("Bulk action"), summary);
    setAllMatching(false);
    m_model->reload();
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
        for (const UserRecord &u : page.value) {
            const QStringList row{u.email,
                                  u.username,
                                  u.name,
                                  u.userType,
                                  u.isAdmin ? QStringLiteral("true") : QStringLiteral("false"),
                                  u.isMaintainer ? QStringLiteral("true") : QStringLiteral("false"),
                                  u.isDeactivated() ? QStringLiteral("false")
                                                    : QStringLiteral("true"),
                                  u.authSource,
                                  QString::number(u.projectCount),
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
