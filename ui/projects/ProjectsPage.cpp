#include "ProjectsPage.h"

#include "FilterChipBar.h"
#include "MemberImportDialog.h"
#include "PlatformSession.h"
#include "ProjectDetailDialog.h"
#include "ProjectEditDialog.h"
#include "ProjectRepository.h"
#include "ProjectRules.h"
#include "ProjectTableModel.h"
#include "SchemaCapabilities.h"
#include "Theme.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace codemie {

namespace {
// The page's keys in QSettings.
// "2": widths saved before "Created by" was fitted (elided at 100 px) are
// dropped once.
const QString headerKey = QStringLiteral("projects/header2");
const QString searchKey = QStringLiteral("projects/filter/search");
const QString typeKey = QStringLiteral("projects/filter/type");
const QString costCenterKey = QStringLiteral("projects/filter/costCenter");
const QString sortColumnKey = QStringLiteral("projects/sort/column");
const QString sortOrderKey = QStringLiteral("projects/sort/order");

// Sort columns are kept by name, so that a later column order or a new
// column does not turn a kept sort into another.
const QList<std::pair<int, QString>> sortColumnNames = {
    {ProjectTableModel::Name, QStringLiteral("name")},
    {ProjectTableModel::Created, QStringLiteral("created")},
    {ProjectTableModel::Members, QStringLiteral("members")}};

// The cost center's plain name on its filter item (the text adds the count).
constexpr int CostCenterNameRole = Qt::UserRole + 1;
} // namespace

ProjectsPage::ProjectsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTableModel(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_costCenter(new QComboBox(this))
    , m_clearFilters(new QPushButton(tr("C&lear filters"), this))
    , m_chips(new FilterChipBar(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_newAction(new QAction(tr("&New project…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
    , m_detailsAction(new QAction(tr("De&tails…"), this))
    , m_importAction(new QAction(tr("&Import members (CSV)…"), this))
    , m_copyAction(new QAction(tr("&Copy"), this))
    , m_sortColumn(ProjectTableModel::Name)
{
    setObjectName(QStringLiteral("ProjectsPage"));
    auto *heading = new QLabel(tr("Projects"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setAccessibleName(tr("Result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_search->setPlaceholderText(tr("Search by name or display name"));
    m_search->setAccessibleName(tr("Search projects by name or display name"));
    m_search->setClearButtonEnabled(true);
    // Keyed by the platform's project_type values, which are also what is kept.
    m_type->addItem(tr("Any type"), QString());
    m_type->addItem(tr("Shared"), QStringLiteral("shared"));
    m_type->addItem(tr("Personal"), QStringLiteral("personal"));
    m_type->setAccessibleName(tr("Project type filter"));
    m_costCenter->setAccessibleName(tr("Cost center filter"));
    m_costCenter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clearFilters->setAccessibleName(tr("Clear search and filters"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);
    filters->addWidget(m_costCenter);
    filters->addWidget(m_clearFilters);

    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_newAction);
    m_table->addAction(m_deleteAction);
    m_table->addAction(m_copyAction);

    auto *actions = new QHBoxLayout;
    for (QAction *a :
         {m_newAction, m_detailsAction, m_editAction, m_deleteAction, m_importAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        actions->addWidget(button);
    }
    actions->addStretch();
    actions->addWidget(m_chips);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Projects"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    // Widths from the font, so that headers (with the sort arrow) and dates fit
    // at any scaling.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2 + 24;
    auto fit = [&](int column, const QString &widest) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column,
            qMax(metrics.horizontalAdvance(title), metrics.horizontalAdvance(widest)) + padding);
    };
    fit(ProjectTableModel::Name, QString(36, QLatin1Char('n')));
    fit(ProjectTableModel::CostCenter, QString(14, QLatin1Char('n')));
    fit(ProjectTableModel::Created, QLocale().toString(QDate(2028, 12, 28), QLocale::ShortFormat));
    fit(ProjectTableModel::Members, QStringLiteral("00000"));
    fit(ProjectTableModel::Admins, QStringLiteral("00000"));
    fit(ProjectTableModel::Type, tr("Personal"));
    // The creator's e-mail is read whole, as on the Users page; Budgets (the
    // last column) takes what is left.
    fit(ProjectTableModel::CreatedBy, QString(30, QLatin1Char('n')));
    // The budget cell says it all in its tooltip: its start is enough here,
    // so that the list fits a 1600 px window without scrolling sideways.
    fit(ProjectTableModel::Budgets, QStringLiteral("Total $00,000.00 / $00,000.00 (Platform …"));

    m_count->setAccessibleName(tr("Result count"));
    restoreState();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    // Results under the table, beside the count: a message never pushes
    // the list down, and a success goes away by itself.
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    layout->addLayout(status);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(successMessageMs);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ProjectsPage::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProjectsPage::applyFilters);
    connect(m_costCenter, &QComboBox::currentIndexChanged, this, [this] {
        m_costCenterId = m_costCenter->currentData().toString();
        applyFilters();
    });
    connect(m_clearFilters, &QPushButton::clicked, this, &ProjectsPage::clearFilters);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ProjectsPage::onHeaderClicked);
    // Column order and widths are kept as the user leaves them.
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveState(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveState(); });
    connect(m_table, &QTableView::activated, this, [this] { showDetails(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProjectsPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectsPage::updateActions);
    connect(m_model, &ProjectTableModel::totalChanged, this, &ProjectsPage::updateCount);
    connect(m_model, &ProjectTableModel::loadingChanged, this, &ProjectsPage::updateCount);
    connect(m_model, &ProjectTableModel::loaded, this, &ProjectsPage::continuePendingSelection);
    connect(m_model, &ProjectTableModel::moreLoaded, this, &ProjectsPage::continuePendingSelection);
    connect(m_model, &ProjectTableModel::errorOccurred, this, [this](const QString &text) {
        showMessage(Outcome::failure(Outcome::Kind::DatabaseError, text));
    });
    connect(m_newAction, &QAction::triggered, this, &ProjectsPage::newProject);
    connect(m_editAction, &QAction::triggered, this, &ProjectsPage::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteCurrent(true); });
    connect(m_detailsAction, &QAction::triggered, this, &ProjectsPage::showDetails);
    connect(m_importAction, &QAction::triggered, this, &ProjectsPage::importMembers);
    connect(m_copyAction, &QAction::triggered, this, &ProjectsPage::copySelection);

    reloadCostCenters();
    rebuildChips();
    updateActions();
}

ProjectsPage::~ProjectsPage()
{
    saveState();
    // ~QWidget still hides and deletes the children, and the header reports
    // resized sections then: the page, already gone, must not hear it.
    for (QObject *sender : std::initializer_list<QObject *>{m_table->horizontalHeader(),
                                                            m_table->selectionModel(), m_model})
        QObject::disconnect(sender, nullptr, this, nullptr);
}

void ProjectsPage::setSession(PlatformSession *session)
{
    m_pendingSelection.clear();
    m_session = nullptr;
    m_model->setSession(nullptr);
    m_session = session;
    showMessage(Outcome::ok());
    if (session && session->db().isOpen())
        m_table->setColumnHidden(ProjectTableModel::CostCenter, !session->caps().hasCostCenters);
    // Project budgets arrive in 2.25: no Budgets column before (none on 2.19–2.22).
    m_table->setColumnHidden(ProjectTableModel::Budgets, !session || !session->db().isOpen() ||
                                                             !session->caps().hasProjectBudgets);
    reloadCostCenters();              // drops a kept cost center that this database does not have
    m_model->setQuery(filterQuery()); // no session yet: nothing is read
    rebuildChips();
    m_model->setSession(session);
    updateActions();
}

void ProjectsPage::refresh()
{
    // A selection still on its way is the one to keep.
    const QString selected =
        m_pendingSelection.isEmpty() ? currentProject().name : m_pendingSelection;
    reloadCostCenters();
    // With the filter as it is now: its cost center may have been deleted.
    m_model->setQuery(filterQuery());
    rebuildChips();
    if (!selected.isEmpty())
        selectProject(selected);
    updateActions();
}

void ProjectsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ProjectsPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ProjectsPage::countText() const
{
    return m_count->text();
}

void ProjectsPage::showMessage(const Outcome &outcome, const QString &success)
{
    const QString text = outcome ? success : outcome.fullText();
    m_message->setText(text);
    Theme::styleErrorText(m_message, !outcome);
    m_message->setVisible(!text.isEmpty());
    if (!m_messageTimer)
        return;
    if (outcome && !text.isEmpty())
        m_messageTimer->start(); // a success is read and goes
    else
        m_messageTimer->stop(); // a refusal stays until the next action
}

QStringList ProjectsPage::chipTexts() const
{
    return m_chips->texts();
}

void ProjectsPage::reloadCostCenters()
{
    const QSignalBlocker block(m_costCenter);
    m_costCenter->clear();
    m_costCenter->addItem(tr("Any cost center"), QString());
    const bool available =
        m_session && m_session->db().isOpen() && m_session->caps().hasCostCenters;
    m_costCenter->setVisible(available);
    if (!available)
        return;
    const auto centers = ProjectRepository(*m_session).costCenters();
    if (!centers.isOk()) {
        showMessage(centers.outcome);
        return;
    }
    for (const CostCenter &cc : centers.value) {
        m_costCenter->addItem(tr("%1 (%n project(s))", nullptr, cc.projectCount).arg(cc.name),
                              cc.id);
        m_costCenter->setItemData(m_costCenter->count() - 1, cc.name, CostCenterNameRole);
    }
    const int at = m_costCenter->findData(m_costCenterId);
    if (at < 0) {
        // Deleted since the filter was set (or kept from another database):
        // filtering on it would show nothing, or rows the box does not name.
        m_costCenterId.clear();
        saveState();
        showMessage(Outcome::ok(),
                    tr("Cost center filter removed: that cost center no longer exists."));
    }
    m_costCenter->setCurrentIndex(qMax(0, at));
}

ProjectQuery ProjectsPage::filterQuery() const
{
    ProjectQuery q = m_model->query();
    q.search = m_search->text();
    const QString type = m_type->currentData().toString();
    q.type = type == QStringLiteral("personal") ? ProjectQuery::Type::Personal
             : type == QStringLiteral("shared") ? ProjectQuery::Type::Shared
                                                : ProjectQuery::Type::Any;
    q.costCenterId = m_costCenterId;
    ProjectTableModel::applySort(q, m_sortColumn, m_sortOrder);
    return q;
}

void ProjectsPage::applyFilters()
{
    m_debounce->stop();         // the search text is in this query already
    m_pendingSelection.clear(); // another list: stop looking for a project
    rebuildChips();
    saveState();
    m_model->setQuery(filterQuery());
    updateActions();
}

void ProjectsPage::rebuildChips()
{
    m_chips->clear();
    if (m_type->currentIndex() > 0)
        m_chips->addChip(tr("Type: %1").arg(m_type->currentText()),
                         [this] { m_type->setCurrentIndex(0); });
    if (m_costCenter->currentIndex() > 0)
        m_chips->addChip(
            tr("Cost center: %1").arg(m_costCenter->currentData(CostCenterNameRole).toString()),
            [this] { m_costCenter->setCurrentIndex(0); });
    // As the web UI's "Clear All": only while something narrows the list.
    m_clearFilters->setVisible(!m_search->text().isEmpty() || m_type->currentIndex() > 0 ||
                               m_costCenter->currentIndex() > 0);
}

void ProjectsPage::saveState() const
{
    QSettings s;
    s.setValue(headerKey, m_table->horizontalHeader()->saveState());
    s.setValue(searchKey, m_search->text());
    s.setValue(typeKey, m_type->currentData().toString());
    s.setValue(costCenterKey, m_costCenterId);
    for (const auto &[column, name] : sortColumnNames)
        if (column == m_sortColumn)
            s.setValue(sortColumnKey, name);
    s.setValue(sortOrderKey,
               m_sortOrder == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
}

void ProjectsPage::restoreState()
{
    QSettings s;
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(s.value(headerKey).toByteArray());
    m_table->setColumnHidden(ProjectTableModel::DisplayName, true); // shown with the name
    const QString sortName = s.value(sortColumnKey).toString();
    for (const auto &[column, name] : sortColumnNames)
        if (name == sortName)
            m_sortColumn = column;
    m_sortOrder = s.value(sortOrderKey).toString() == QStringLiteral("desc") ? Qt::DescendingOrder
                                                                             : Qt::AscendingOrder;
    // Before the page's own connections (no query yet); the search box's own
    // signals stay on, for its clear button.
    const QSignalBlocker b1(m_type), b2(header);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_search->setText(s.value(searchKey).toString());
    m_type->setCurrentIndex(qMax(0, m_type->findData(s.value(typeKey).toString())));
    // Checked against the database's cost centers once a session is set.
    m_costCenterId = s.value(costCenterKey).toString();
}

void ProjectsPage::clearFilters()
{
    {
        // Not the search box's signals: its clear button follows them.
        const QSignalBlocker b1(m_type), b2(m_costCenter);
        m_search->clear();
        m_type->setCurrentIndex(0);
        m_costCenter->setCurrentIndex(0);
    }
    m_costCenterId.clear();
    applyFilters(); // at once, not after the search box's debounce
}

void ProjectsPage::onHeaderClicked(int section)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!ProjectTableModel::isSortable(section)) {
        // Only name, creation date and members sort on the server.
        const QSignalBlocker block(header);
        header->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = section;
    m_sortOrder = header->sortIndicatorOrder();
    applyFilters();
}

ProjectRecord ProjectsPage::currentProject() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return m_model->projectAt(rows.first().row());
}

bool ProjectsPage::selectProject(const QString &name)
{
    m_pendingSelection.clear();
    // While a new query is read, the rows shown are about to be replaced.
    const int row = m_model->isReloading() ? -1 : m_model->rowOf(name);
    if (row >= 0) {
        selectRow(row);
        return true;
    }
    if (name.isEmpty())
        return false;
    m_pendingSelection = name;
    m_pendingPages = 0;
    continuePendingSelection();
    return false;
}

void ProjectsPage::selectRow(int row)
{
    // The scroll bar's range must include rows that just arrived: scrolling
    // to one of them against the old range would end at its maximum, and the
    // view would read another page for nothing.
    m_table->doItemsLayout();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, ProjectTableModel::Name));
}

void ProjectsPage::continuePendingSelection()
{
    // Again when the rows on their way arrive (loaded() or moreLoaded()).
    if (m_pendingSelection.isEmpty() || m_model->isLoading())
        return;
    const int row = m_model->rowOf(m_pendingSelection);
    if (row >= 0) {
        m_pendingSelection.clear();
        selectRow(row);
        return;
    }
    // A few more pages at most: never the whole list of a large platform.
    if (m_pendingPages < 5 && m_model->canFetchMore({})) {
        ++m_pendingPages;
        m_model->fetchMore({});
        return;
    }
    m_pendingSelection.clear(); // not in this list (deleted, renamed or filtered out)
}

void ProjectsPage::updateCount()
{
    const int total = m_model->totalCount();
    if (total == 0 && m_model->isReloading())
        m_count->setText(tr("Loading projects…"));
    else
        m_count->setText(total == 0 ? tr("No data available")
                                    : tr("%n project(s) match", nullptr, total));
}

void ProjectsPage::updateActions()
{
    const bool connected = m_session && m_session->db().isOpen();
    const QString reason =
        !connected ? tr("Not connected to a platform database.") : m_session->readOnlyReason();
    const bool writable = reason.isEmpty();
    const ProjectRecord p = currentProject();
    const bool selected = !p.name.isEmpty();
    const QString pick = m_table->selectionModel()->selectedRows().size() > 1
                             ? tr("Select a single project.")
                             : tr("Select a project first.");

    m_newAction->setEnabled(writable);
    m_newAction->setToolTip(writable ? tr("Create a shared project (Ctrl+N)") : reason);

    m_detailsAction->setEnabled(connected && selected);
    m_detailsAction->setToolTip(selected ? tr("Description, counts and members of the project "
                                              "(Enter)")
                                         : pick);

    // `refusal`: why the platform refuses this for the selected project.
    auto gate = [&](QAction *action, const QString &refusal, const QString &help) {
        QString why;
        if (!writable)
            why = reason;
        else if (!selected)
            why = pick;
        else
            why = refusal;
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? help : why);
    };
    gate(m_editAction,
         p.isPersonal() ? tr("You cannot edit a personal project. Create a separate one instead.")
                        : QString(),
         tr("Edit name, display name, description and cost center"));
    // As the web UI, Delete is off while the row's counts already show the
    // refusal: more than one member means one besides the creator (2.20+;
    // 2.19 did not check). One member may still be someone else: the
    // repository checks that, and the resources, when deleting.
    const bool checksMembers =
        connected && m_session->schema().revision != PlatformReleaseMap::head2190();
    gate(m_deleteAction,
         ProjectRules::checkDelete(p, qMax(0, p.memberCount - 1), checksMembers, {}).message(),
         tr("Delete the project (only when it has no members but its creator and no "
            "resources)"));
    gate(m_importAction, ProjectRules::checkMembershipChange(p).message(),
         tr("Add members or change their roles from a CSV file"));
    m_copyAction->setEnabled(m_table->selectionModel()->hasSelection());
}

void ProjectsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_detailsAction);
    menu.addAction(m_editAction);
    menu.addAction(m_importAction);
    menu.addAction(m_deleteAction);
    if (m_session && m_session->caps().hasActivityEvents && index.isValid()) {
        const QString project = currentProject().name;
        menu.addAction(tr("Show activity"), this, [this, project] {
            emit showActivityRequested(QStringLiteral("project"), project);
        });
    }
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_newAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ProjectsPage::copySelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> columns;
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QList<int> rowNumbers;
    for (const QModelIndex &index : rows)
        rowNumbers << index.row();
    std::sort(rowNumbers.begin(), rowNumbers.end());
    QStringList lines;
    for (int row : rowNumbers) {
        QStringList cells;
        for (int column : columns)
            cells << m_model->data(m_model->index(row, column)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ProjectsPage::newProject()
{
    if (!m_session || !m_newAction->isEnabled())
        return;
    ProjectEditDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(Outcome::ok(), tr("Project %1 created successfully").arg(dialog.project().name));
    refresh();
    selectProject(dialog.project().name);
    emit projectsChanged();
}

void ProjectsPage::editCurrent()
{
    const ProjectRecord p = currentProject();
    if (!m_session || p.name.isEmpty())
        return;
    const auto fresh = ProjectRepository(*m_session).findByName(p.name);
    if (!fresh.isOk()) {
        showMessage(fresh.outcome);
        refresh();
        return;
    }
    ProjectEditDialog dialog(*m_session, fresh.value, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(Outcome::ok(), tr("Project %1 updated successfully").arg(dialog.project().name));
    refresh();
    selectProject(dialog.project().name);
    emit projectsChanged();
}

bool ProjectsPage::deleteCurrent(bool askFirst)
{
    const ProjectRecord p = currentProject();
    if (!m_session || p.name.isEmpty())
        return false;
    const auto fresh = ProjectRepository(*m_session).findByName(p.name);
    if (!fresh.isOk()) {
        showMessage(fresh.outcome);
        refresh();
        return false;
    }
    if (askFirst) {
        QMessageBox box(QMessageBox::Warning, tr("Delete Project?"),
                        tr("Are you sure you want to delete \"%1\"?").arg(p.name),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("This action cannot be undone. The project will be permanently removed."));
        QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    const Outcome o = ProjectRepository(*m_session).remove(fresh.value);
    showMessage(o, tr("Project '%1' deleted successfully").arg(p.name));
    if (!o) {
        updateActions();
        return false;
    }
    // Its row stays shown until the list is read again: not selected (nor
    // deletable again) meanwhile, nor looked for afterwards.
    m_table->clearSelection();
    refresh();
    emit projectsChanged();
    return true;
}

void ProjectsPage::showDetails()
{
    const ProjectRecord p = currentProject();
    if (!m_session || p.name.isEmpty())
        return;
    ProjectDetailDialog dialog(*m_session, p, this);
    dialog.exec();
    if (dialog.changed()) {
        refresh();
        selectProject(dialog.project().name); // renamed in the dialog, maybe
        emit projectsChanged();
    }
    if (dialog.activityRequested())
        emit showActivityRequested(QStringLiteral("project"), dialog.project().name);
}

void ProjectsPage::importMembers()
{
    const ProjectRecord p = currentProject();
    if (!m_session || p.name.isEmpty() || !m_importAction->isEnabled())
        return;
    MemberImportDialog dialog(*m_session, p, this);
    dialog.exec();
    if (dialog.imported()) {
        showMessage(Outcome::ok(), dialog.messageText());
        refresh();
        emit projectsChanged();
    }
}

} // namespace codemie
