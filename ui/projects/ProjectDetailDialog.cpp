#include "ProjectDetailDialog.h"

#include "Dialogs.h"
#include "MemberBulkOperation.h"
#include "MemberImportDialog.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "ProjectBudgetsSection.h"
#include "ProjectEditDialog.h"
#include "ProjectMemberModel.h"
#include "ProjectMemberSearch.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"
#include "Theme.h"
#include "UserRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace codemie {

namespace {
// The same prompts as the user details dialog (ui/common/Dialogs).
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &verb,
             bool destructive = false)
{
    return Dialogs::confirm(parent, title, text, verb, destructive);
}
} // namespace

ProjectDetailDialog::ProjectDetailDialog(PlatformSession &session, const ProjectRecord &project,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(project)
    , m_title(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit project…"), this))
    , m_info(new QLabel(this))
    , m_description(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_budgets(new ProjectBudgetsSection(this))
    , m_model(new ProjectMemberModel(this))
    , m_members(new QTableView(this))
    , m_memberSearch(new QLineEdit(this))
    , m_roleFilter(new QComboBox(this))
    , m_memberCount(new QLabel(this))
    , m_makeAdmin(new QPushButton(tr("Make project &admin"), this))
    , m_makeUser(new QPushButton(tr("Make &user"), this))
    , m_unassign(new QPushButton(tr("U&nassign"), this))
    , m_import(new QPushButton(tr("&Import members (CSV)…"), this))
    , m_userSearch(new QLineEdit(this))
    , m_userResults(new QListWidget(this))
    , m_addRole(new QComboBox(this))
    , m_add(new QPushButton(tr("A&dd to project"), this))
    , m_message(new QLabel(this))
    , m_memberDebounce(new QTimer(this))
    , m_userDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ProjectDetailDialog"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAccessibleName(tr("Project"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAccessibleName(tr("Project facts"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setWordWrap(true);
    m_readOnly->setAccessibleName(tr("Read-only notice"));
    Theme::styleNotice(m_readOnly, Theme::Notice::Warning);
    m_readOnly->hide();

    auto *infoBox = new QGroupBox(tr("Project"), this);
    auto *infoLayout = new QVBoxLayout(infoBox);
    auto *descriptionCaption = new QLabel(tr("<b>Description</b>"), infoBox);
    infoLayout->addWidget(descriptionCaption);
    infoLayout->addWidget(m_description);
    infoLayout->addWidget(m_info);

    // Members: filters, table, actions.
    m_memberSearch->setPlaceholderText(tr("Search members by e-mail, username or name"));
    m_memberSearch->setAccessibleName(tr("Search members"));
    m_memberSearch->setClearButtonEnabled(true);
    m_roleFilter->addItem(tr("All roles"), int(ProjectMemberQuery::Role::Any));
    m_roleFilter->addItem(tr("Project admin"), int(ProjectMemberQuery::Role::ProjectAdmin));
    m_roleFilter->addItem(tr("User"), int(ProjectMemberQuery::Role::User));
    m_roleFilter->setAccessibleName(tr("Project role filter"));

    m_members->setModel(m_model);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setAlternatingRowColors(true);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->hide();
    m_members->verticalHeader()->setDefaultSectionSize(m_members->fontMetrics().height() + 8);
    // The e-mail takes the room; "Added" (a date) only what it needs.
    m_members->horizontalHeader()->setStretchLastSection(false);
    m_members->horizontalHeader()->setSectionResizeMode(ProjectMemberModel::Email,
                                                        QHeaderView::Stretch);
    m_members->setAccessibleName(tr("Project members"));
    const int unit = fontMetrics().averageCharWidth();
    m_members->setColumnWidth(ProjectMemberModel::Name, unit * 26);
    m_members->setColumnWidth(ProjectMemberModel::Email, unit * 32);
    m_members->setColumnWidth(ProjectMemberModel::Role, unit * 16);
    m_members->setColumnWidth(
        ProjectMemberModel::Added,
        qMax(fontMetrics().horizontalAdvance(QLocale().toString(
                 QDateTime(QDate(2028, 12, 28), QTime(23, 58)), QLocale::ShortFormat)),
             fontMetrics().horizontalAdvance(tr("Added"))) +
            unit * 4);
    m_memberCount->setAccessibleName(tr("Member count"));
    m_makeAdmin->setAccessibleName(tr("Make the selected members project admins"));
    m_makeUser->setAccessibleName(tr("Make the selected members users"));
    m_unassign->setAccessibleName(tr("Unassign the selected members"));
    m_import->setAccessibleName(tr("Import members from a CSV file"));

    auto *unassignKey = new QAction(tr("Unassign"), m_members);
    unassignKey->setShortcut(QKeySequence::Delete);
    unassignKey->setShortcutContext(Qt::WidgetShortcut);
    m_members->addAction(unassignKey);
    connect(unassignKey, &QAction::triggered, this, [this] {
        if (m_unassign->isEnabled())
            unassignSelected(true);
    });

    // Add users: a search among all users, a small page at a time.
    m_userSearch->setPlaceholderText(tr("Search for user by e-mail, username or name"));
    m_userSearch->setAccessibleName(tr("Search for a user to add"));
    m_userSearch->setClearButtonEnabled(true);
    m_userResults->setAccessibleName(tr("Users found"));
    // Several users at once (Ctrl or Shift), added in one transaction.
    m_userResults->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_userResults->setFixedHeight(m_userResults->fontMetrics().height() * 6 + 12);
    m_addRole->addItem(tr("User"), false);
    m_addRole->addItem(tr("Project Admin"), true);
    m_addRole->setAccessibleName(tr("Role of the added user"));
    m_addRole->setToolTip(tr("Project Admin allows managing project settings & team access."));
    m_add->setAccessibleName(tr("Add the selected user to the project"));

    auto *membersBox = new QGroupBox(tr("Project members"), this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_memberSearch, 1);
    filters->addWidget(m_roleFilter);
    membersLayout->addLayout(filters);
    membersLayout->addWidget(m_members, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_memberCount);
    actions->addStretch();
    actions->addWidget(m_makeAdmin);
    actions->addWidget(m_makeUser);
    actions->addWidget(m_unassign);
    actions->addWidget(m_import);
    membersLayout->addLayout(actions);
    auto *addTitle = new QLabel(tr("<b>Add user to project</b>"), membersBox);
    membersLayout->addWidget(addTitle);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_userSearch, 1);
    addRow->addWidget(m_addRole);
    addRow->addWidget(m_add);
    membersLayout->addLayout(addRow);
    membersLayout->addWidget(m_userResults);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_showActivity = new QPushButton(tr("Show acti&vity"), this);
    m_showActivity->setToolTip(tr("Open the Activity events page filtered to this project"));
    buttons->addButton(m_showActivity, QDialogButtonBox::ActionRole);
    // After addButton(), which shows the button.
    m_showActivity->setVisible(m_session.caps().hasActivityEvents);
    connect(m_showActivity, &QPushButton::clicked, this, [this] {
        m_activityRequested = true;
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    // Enter in a search box must not press a button (open the editor, change
    // a role): no button here is the default; Enter in each field does that
    // field's own thing, and Escape there clears it before closing anything.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    Dialogs::keepEnter(m_memberSearch);
    Dialogs::keepEnter(m_userSearch);
    Dialogs::escapeClears(m_memberSearch);
    Dialogs::escapeClears(m_userSearch);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(m_readOnly);
    // The body scrolls when the screen (at 200% scaling, say) is too small.
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(infoBox);
    bodyLayout->addWidget(m_budgets);
    bodyLayout->addWidget(membersBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_memberDebounce->setSingleShot(true);
    m_memberDebounce->setInterval(300);
    m_userDebounce->setSingleShot(true);
    m_userDebounce->setInterval(300);
    connect(m_memberSearch, &QLineEdit::textChanged, m_memberDebounce, qOverload<>(&QTimer::start));
    auto applyMemberFilter = [this] {
        ProjectMemberQuery q = m_model->query();
        q.search = m_memberSearch->text();
        q.role = ProjectMemberQuery::Role(m_roleFilter->currentData().toInt());
        m_model->setQuery(q);
        updateControls();
    };
    connect(m_memberDebounce, &QTimer::timeout, this, applyMemberFilter);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, applyMemberFilter);
    connect(m_userSearch, &QLineEdit::textChanged, m_userDebounce, qOverload<>(&QTimer::start));
    connect(m_userDebounce, &QTimer::timeout, this, &ProjectDetailDialog::searchUsers);
    connect(m_userSearch, &QLineEdit::returnPressed, this, [this] {
        m_userDebounce->stop();
        searchUsers();
    });
    connect(m_userResults, &QListWidget::itemSelectionChanged, this,
            &ProjectDetailDialog::updateControls);
    connect(m_userResults, &QListWidget::itemActivated, this,
            &ProjectDetailDialog::addSelectedUser);
    connect(m_model, &ProjectMemberModel::totalChanged, this, [this](int total) {
        m_memberCount->setText(tr("%n member(s) shown", nullptr, total));
    });
    // Members are read on a worker; until the first answer, say so.
    connect(m_model, &ProjectMemberModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0)
            m_memberCount->setText(tr("Loading members…"));
    });
    connect(m_model, &ProjectMemberModel::errorOccurred, this, [this](const QString &text) {
        showOutcome(Outcome::failure(Outcome::Kind::DatabaseError, text), {});
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectDetailDialog::updateControls);
    connect(m_members->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectDetailDialog::updateControls);
    connect(m_makeAdmin, &QPushButton::clicked, this, [this] { setRoleOfSelected(true); });
    connect(m_makeUser, &QPushButton::clicked, this, [this] { setRoleOfSelected(false); });
    connect(m_unassign, &QPushButton::clicked, this, [this] { unassignSelected(true); });
    connect(m_import, &QPushButton::clicked, this, &ProjectDetailDialog::importMembers);
    connect(m_edit, &QPushButton::clicked, this, &ProjectDetailDialog::editProject);
    connect(m_add, &QPushButton::clicked, this, &ProjectDetailDialog::addSelectedUser);

    reloadProject();
    m_model->setSession(&m_session, m_project);
    updateControls();
    Theme::resizeToFit(this, QSize(1000, 900));
}

ProjectDetailDialog::~ProjectDetailDialog() = default;

QString ProjectDetailDialog::memberCountText() const
{
    return m_memberCount->text();
}

QString ProjectDetailDialog::messageText() const
{
    return m_message->text();
}

QString ProjectDetailDialog::infoText() const
{
    return m_infoPlain;
}

void ProjectDetailDialog::showOutcome(const Outcome &outcome, const QString &success)
{
    m_message->setText(outcome ? success : outcome.fullText());
    Theme::styleErrorText(m_message, !outcome);
}

void ProjectDetailDialog::markChanged()
{
    m_changed = true;
    emit projectChanged(m_project.name);
}

void ProjectDetailDialog::reloadProject()
{
    const auto fresh = ProjectRepository(m_session).findByName(m_project.name);
    if (fresh.isOk())
        m_project = fresh.value;
    else
        showOutcome(fresh.outcome, {});
    const ProjectRecord &p = m_project;
    setWindowTitle(tr("Project — %1").arg(p.name));
    m_title->setText(p.displayName.isEmpty() ? p.name : tr("%1 (%2)").arg(p.displayName, p.name));
    m_description->setText(p.description.isEmpty() ? tr("(no description)") : p.description);
    const QLocale locale;
    const QString type = p.isPersonal() ? tr("Personal") : tr("Shared");
    const QString creator = p.createdBy.isEmpty()
                                ? tr("(the platform)")
                                : (p.createdByEmail.isEmpty() ? p.createdBy : p.createdByEmail);
    const QString created = p.created.isValid()
                                ? locale.toString(p.created.toLocalTime(), QLocale::ShortFormat)
                                : QStringLiteral("-");
    // A missing value reads "-", as in the lists and on the web.
    const QString costCenter = p.costCenterName.isEmpty() ? QStringLiteral("-") : p.costCenterName;
    // Two facts per line: left the project, right its origin.
    QList<QPair<QString, QString>> facts = {
        {tr("Type"), type},
        {tr("Created by"), creator},
        {tr("Total users"), QString::number(p.memberCount)},
        {tr("Created at"), created},
        {tr("Admins"), QString::number(p.adminCount)},
    };
    if (m_session.caps().hasCostCenters)
        facts.append({tr("Cost center"), costCenter});
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QStringList plain;
    for (int i = 0; i < facts.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < qMin(i + 2, int(facts.size())); ++j) {
            html += QStringLiteral("<td style=\"padding-right:12px\"><b>%1</b></td>"
                                   "<td style=\"padding-right:36px\">%2</td>")
                        .arg(facts.at(j).first.toHtmlEscaped(), facts.at(j).second.toHtmlEscaped());
            plain << QStringLiteral("%1: %2").arg(facts.at(j).first, facts.at(j).second);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_info->setText(html);
    m_infoPlain = plain.join(QLatin1Char('\n'));
    // Budgets (web UI §6.2): not for personal projects; read on a worker.
    m_budgets->setVisible(!p.isPersonal());
    if (!p.isPersonal())
        m_budgets->load(m_session, p.name);
}

void ProjectDetailDialog::reload()
{
    reloadProject();
    m_model->setSession(&m_session, m_project); // keeps the search and role filter
    updateControls();
}

QList<Membership> ProjectDetailDialog::selectedMembers() const
{
    QList<Membership> list;
    const QModelIndexList rows = m_members->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        list << m_model->memberAt(index.row());
    return list;
}

bool ProjectDetailDialog::selectionHasCreator() const
{
    const QModelIndexList rows = m_members->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (m_model->isCreator(index.row()))
            return true;
    return false;
}

int ProjectDetailDialog::selectMembers(const QStringList &emails)
{
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (emails.contains(m_model->memberAt(row).userEmail, Qt::CaseInsensitive))
            selection.select(m_model->index(row, 0),
                             m_model->index(row, ProjectMemberModel::ColumnCount - 1));
    m_members->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return int(m_members->selectionModel()->selectedRows().size());
}

void ProjectDetailDialog::updateControls()
{
    const QString reason = m_session.readOnlyReason();
    const bool writable = reason.isEmpty();
    const bool personal = m_project.isPersonal();
    m_readOnly->setVisible(!writable || personal);
    m_readOnly->setText(!writable ? tr("Read-only: %1").arg(reason)
                                  : tr("This is a personal project: its membership cannot be "
                                       "changed. Create a separate shared project instead."));
    m_edit->setEnabled(writable && !personal);
    m_edit->setToolTip(
        !writable  ? reason
        : personal ? tr("You cannot edit a personal project. Create a separate one instead.")
                   : tr("Edit name, display name, description and cost center"));
    const QList<Membership> selected = selectedMembers();
    const int n = int(selected.size());
    QString blocked;
    if (!writable)
        blocked = reason;
    else if (personal)
        blocked = tr("You cannot change role in a personal project. Create a separate one "
                     "instead.");
    const QString pick = tr("Select one or more members first.");
    // Each offered only where it changes something.
    int admins = 0;
    for (const Membership &m : selected)
        admins += m.isProjectAdmin ? 1 : 0;
    const bool canMakeAdmin = admins<n, canMakeUser = admins> 0;
    m_makeAdmin->setEnabled(blocked.isEmpty() && n > 0 && canMakeAdmin);
    m_makeUser->setEnabled(blocked.isEmpty() && n > 0 && canMakeUser);
    m_makeAdmin->setToolTip(
        !blocked.isEmpty()
            ? blocked
            : (n == 0 ? pick : (canMakeAdmin ? QString() : tr("Already project admin."))));
    m_makeUser->setToolTip(!blocked.isEmpty()
                               ? blocked
                               : (n == 0 ? pick : (canMakeUser ? QString() : tr("Already user."))));
    m_makeAdmin->setText(n > 1 ? tr("Make project &admin (%1)").arg(n) : tr("Make project &admin"));
    m_makeUser->setText(n > 1 ? tr("Make &user (%1)").arg(n) : tr("Make &user"));
    const bool creator = selectionHasCreator();
    m_unassign->setEnabled(blocked.isEmpty() && n > 0 && !creator);
    m_unassign->setText(n > 1 ? tr("U&nassign (%1)").arg(n) : tr("U&nassign"));
    if (!blocked.isEmpty())
        m_unassign->setToolTip(
            personal && writable ? tr("Cannot modify membership of a personal project") : blocked);
    else if (creator)
        m_unassign->setToolTip(tr("Cannot remove the project creator from the project"));
    else
        m_unassign->setToolTip(n == 0 ? pick : QString());

    const QString membership =
        !writable ? reason
                  : (personal ? tr("Cannot modify membership of a personal project") : QString());
    m_import->setEnabled(membership.isEmpty());
    m_import->setToolTip(membership);
    m_userSearch->setEnabled(membership.isEmpty());
    m_userSearch->setToolTip(membership);
    m_addRole->setEnabled(membership.isEmpty());
    const int picked = int(pickedUsers().size());
    const bool pickable = picked > 0;
    m_add->setText(picked > 1 ? tr("A&dd %1 to project").arg(picked) : tr("A&dd to project"));
    m_add->setEnabled(membership.isEmpty() && pickable);
    m_add->setToolTip(!membership.isEmpty() ? membership
                                            : (pickable ? QString()
                                                        : tr("Search for a user and select them "
                                                             "in the list first.")));
}

void ProjectDetailDialog::searchUsers()
{
    const quint64 generation = ++m_searchGeneration;
    const QString text = m_userSearch->text().trimmed();
    if (text.isEmpty()) {
        m_userResults->clear();
        updateControls();
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<SessionWorker>(m_session.clone());
    UserQuery q;
    q.search = text;
    q.limit = UserSearchLimit;
    q.activity = UserQuery::Activity::Active;
    q.sortKey = UserQuery::SortKey::Email;
    struct Found {
        bool connected = true;
        Result<QList<UserRecord>> users;
        QSet<QString> members;
    };
    auto found = std::make_shared<Found>();
    const QString project = m_project.name;
    m_worker->run(
        [found, q, project](PlatformSession &s) {
            if (!s.db().isOpen()) {
                found->connected = false;
                return;
            }
            found->users = UserRepository(s).page(q);
            if (!found->users.isOk())
                return;
            QStringList ids;
            for (const UserRecord &u : std::as_const(found->users.value))
                ids << u.id;
            const auto members = ProjectMemberSearch(s).membersAmong(project, ids);
            if (members.isOk())
                found->members = members.value;
            else
                found->users.outcome = members.outcome;
        },
        this,
        [this, found, generation, text] {
            if (generation != m_searchGeneration)
                return; // the text changed meanwhile
            if (!found->connected) {
                showOutcome(m_worker->openOutcome(), {});
                return;
            }
            if (!found->users.isOk()) {
                showOutcome(found->users.outcome, {});
                return;
            }
            showUsersFound(text, found->users.value, found->members);
        });
}

void ProjectDetailDialog::showUsersFound(const QString &text, const QList<UserRecord> &users,
                                         const QSet<QString> &members)
{
    m_userResults->clear();
    for (const UserRecord &u : users) {
        const QString label = u.name.isEmpty() ? u.email : tr("%1 (%2)").arg(u.name, u.email);
        auto *item = new QListWidgetItem(m_userResults);
        item->setData(Qt::UserRole, u.id);
        if (members.contains(u.id)) {
            item->setText(tr("%1 — already a member").arg(label));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        } else {
            item->setText(label);
        }
    }
    if (users.isEmpty()) {
        auto *none =
            new QListWidgetItem(tr("No active user matches \"%1\".").arg(text), m_userResults);
        none->setFlags(Qt::NoItemFlags);
    } else if (users.size() >= UserSearchLimit) {
        auto *more =
            new QListWidgetItem(tr("Showing the first %1 matches: type more to narrow the search.")
                                    .arg(UserSearchLimit),
                                m_userResults);
        more->setFlags(Qt::NoItemFlags);
    }
    // Select the first pickable user, so Enter adds them.
    for (int i = 0; i < m_userResults->count(); ++i) {
        if (m_userResults->item(i)->flags() & Qt::ItemIsSelectable) {
            m_userResults->setCurrentRow(i);
            break;
        }
    }
    updateControls();
}

QStringList ProjectDetailDialog::pickedUsers() const
{
    QStringList ids;
    for (int i = 0; i < m_userResults->count(); ++i) {
        const QListWidgetItem *item = m_userResults->item(i);
        if (item->isSelected() && (item->flags() & Qt::ItemIsEnabled) &&
            !item->data(Qt::UserRole).toString().isEmpty())
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

bool ProjectDetailDialog::addSelectedUser()
{
    const QStringList ids = pickedUsers();
    if (ids.isEmpty()) {
        showOutcome(Outcome::failure(Outcome::Kind::InvalidInput, tr("Please select a user")), {});
        return false;
    }
    const bool admin = m_addRole->currentData().toBool();
    Outcome o;
    if (ids.size() == 1) {
        o = MembershipRepository(m_session).assign(ids.first(), m_project.name, admin).outcome;
        showOutcome(o, tr("User added to project"));
    } else {
        QList<MemberAssignment> assignments;
        for (const QString &id : ids)
            assignments.append({id, admin});
        o = MemberBulkOperation(m_session).upsert(m_project.name, assignments).outcome;
        showOutcome(o, tr("%n user(s) added to project", nullptr, int(ids.size())));
    }
    if (!o)
        return false;
    markChanged();
    reload();
    searchUsers();
    return true;
}

bool ProjectDetailDialog::setRoleOfSelected(bool isProjectAdmin, bool askFirst)
{
    const QList<Membership> members = selectedMembers();
    if (members.isEmpty()) {
        showOutcome(
            Outcome::failure(Outcome::Kind::InvalidInput, tr("Select one or more members first.")),
            {});
        return false;
    }
    const QString role = isProjectAdmin ? tr("Project Admin") : tr("User");
    if (askFirst) {
        const Membership &first = members.first();
        const QString who = first.userName.isEmpty() ? first.userEmail : first.userName;
        const bool yes =
            members.size() == 1
                ? confirm(this, tr("Change User Role?"),
                          tr("Are you sure you want to change %1's role to %2?").arg(who, role),
                          tr("Change Role"))
                : confirm(this, tr("Change User Role?"),
                          tr("Change role for %n selected user(s) in project %1 to %2?", nullptr,
                             int(members.size()))
                              .arg(m_project.name, role),
                          tr("Change Role"));
        if (!yes)
            return false;
    }
    Outcome o;
    if (members.size() == 1) {
        o = MembershipRepository(m_session).setRole(members.first(), isProjectAdmin).outcome;
        showOutcome(o, tr("Role updated successfully"));
    } else {
        o = MemberBulkOperation(m_session).setRole(m_project.name, members, isProjectAdmin).outcome;
        showOutcome(o,
                    tr("Updated role for %n user(s) successfully", nullptr, int(members.size())));
    }
    if (o)
        markChanged();
    reload();
    m_members->setFocus(Qt::OtherFocusReason); // not on whatever button comes next
    return o.isOk();
}

bool ProjectDetailDialog::unassignSelected(bool askFirst)
{
    const QList<Membership> members = selectedMembers();
    if (members.isEmpty()) {
        showOutcome(
            Outcome::failure(Outcome::Kind::InvalidInput, tr("Select one or more members first.")),
            {});
        return false;
    }
    if (askFirst) {
        const Membership &first = members.first();
        const QString who = first.userName.isEmpty() ? first.userEmail : first.userName;
        const bool yes =
            members.size() == 1
                ? confirm(this, tr("Unassign User?"),
                          tr("Are you sure you want to unassign %1 from this project?").arg(who),
                          tr("Unassign"), true)
                : confirm(this, tr("Unassign Users from Project?"),
                          tr("Are you sure you want to unassign %n user(s) from project %1?",
                             nullptr, int(members.size()))
                              .arg(m_project.name),
                          tr("Unassign"), true);
        if (!yes)
            return false;
    }
    Outcome o;
    if (members.size() == 1) {
        o = MembershipRepository(m_session).unassign(members.first());
        showOutcome(o, tr("User removed from project"));
    } else {
        o = MemberBulkOperation(m_session).unassign(m_project.name, members).outcome;
        showOutcome(o, tr("%n user(s) removed from the project", nullptr, int(members.size())));
    }
    if (o)
        markChanged();
    reload();
    searchUsers(); // "already a member" no longer holds for them
    m_members->setFocus(Qt::OtherFocusReason);
    return o.isOk();
}

void ProjectDetailDialog::importMembers()
{
    MemberImportDialog dialog(m_session, m_project, this);
    dialog.exec();
    if (dialog.imported()) {
        markChanged();
        showOutcome(Outcome::ok(), dialog.messageText());
    }
    reload();
    searchUsers(); // the imported users are members now
}

void ProjectDetailDialog::editProject()
{
    if (!m_edit->isEnabled())
        return;
    reloadProject(); // the form starts from the row as stored now
    ProjectEditDialog dialog(m_session, m_project, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_project = dialog.project(); // a member-less project may have been renamed
    markChanged();
    reload();
    showOutcome(Outcome::ok(), tr("Project %1 updated successfully").arg(m_project.name));
}

} // namespace codemie
