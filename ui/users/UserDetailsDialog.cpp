#include "UserDetailsDialog.h"

#include "Dialogs.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"
#include "Theme.h"
#include "UserBudgetsCard.h"
#include "UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace codemie {

UserDetailsDialog::UserDetailsDialog(PlatformSession &session, const UserRecord &user,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_identity(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_userType(new QComboBox(this))
    , m_admin(new QCheckBox(tr("Admin"), this))
    , m_maintainer(new QCheckBox(tr("Maintainer"), this))
    , m_rolesNote(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_unlimited(new QCheckBox(tr("Unlimited"), this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_projects(new QTableWidget(this))
    , m_addProject(new QLineEdit(this))
    , m_addRole(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_toggleRole(new QPushButton(tr("Change &role"), this))
    , m_unassign(new QPushButton(tr("&Unassign"), this))
    , m_deactivate(new QPushButton(tr("&Deactivate user…"), this))
    , m_busyBar(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("User details — %1").arg(user.email));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    Theme::styleNotice(m_readOnly, Theme::Notice::Warning);
    m_userType->addItem(tr("Regular"), QStringLiteral("regular"));
    m_userType->addItem(tr("External"), QStringLiteral("external"));
    m_userType->setAccessibleName(tr("User type"));
    m_rolesNote->setWordWrap(true);
    m_limit->setRange(0, 100000);
    m_limit->setAccessibleName(tr("Project limit"));
    m_limit->setToolTip(tr("Limits how many shared projects this user can create (not how many "
                           "they can be assigned to)."));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    m_busyBar->setRange(0, 0); // busy, no percentage
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busyBar->setAccessibleName(tr("Saving the change"));
    m_busyBar->hide();
    m_addProject->setPlaceholderText(tr("Project name"));
    m_addProject->setAccessibleName(tr("Project to add"));
    m_addRole->addItem(tr("User"), false);
    m_addRole->addItem(tr("Project admin"), true);
    m_addRole->setAccessibleName(tr("Role in the project"));

    auto *settings = new QGroupBox(tr("Platform roles and settings"), this);
    auto *form = new QFormLayout(settings);
    form->addRow(tr("User &type:"), m_userType);
    auto *roles = new QHBoxLayout;
    roles->addWidget(m_admin);
    roles->addWidget(m_maintainer);
    roles->addStretch();
    form->addRow(tr("Roles:"), roles);
    form->addRow(QString(), m_rolesNote);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_unlimited);
    limitRow->addStretch();
    form->addRow(tr("Project limit:"), limitRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);

    auto *projectsBox = new QGroupBox(tr("Projects"), this);
    auto *projectsLayout = new QVBoxLayout(projectsBox);
    m_projects->setColumnCount(3);
    m_projects->setHorizontalHeaderLabels({tr("Project"), tr("Type"), tr("Role")});
    m_projects->horizontalHeader()->setStretchLastSection(true);
    m_projects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->verticalHeader()->hide();
    m_projects->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projects->setAccessibleName(tr("Projects of the user"));
    auto *rowActions = new QHBoxLayout;
    rowActions->addWidget(m_toggleRole);
    rowActions->addWidget(m_unassign);
    rowActions->addStretch();
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addProject, 1);
    addRow->addWidget(m_addRole);
    addRow->addWidget(m_add);
    // Room for six projects before the list scrolls (the body scrolls
    // instead when the screen is small, at 200 % say).
    m_projects->setMinimumHeight(m_projects->horizontalHeader()->sizeHint().height() +
                                 6 * m_projects->verticalHeader()->defaultSectionSize() +
                                 2 * m_projects->frameWidth());
    projectsLayout->addWidget(m_projects);
    projectsLayout->addLayout(rowActions);
    projectsLayout->addLayout(addRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_deactivate, QDialogButtonBox::DestructiveRole);
    m_showActivity = new QPushButton(tr("Show acti&vity"), this);
    m_showActivity->setToolTip(tr("Open the Activity events page filtered to this user"));
    buttons->addButton(m_showActivity, QDialogButtonBox::ActionRole);
    // After addButton(), which shows the button.
    m_showActivity->setVisible(m_session.caps().hasActivityEvents);
    connect(m_showActivity, &QPushButton::clicked, this, [this] {
        m_activityRequested = true;
        reject();
    });
    // Enter never lands on a button that acts: no default button in this
    // dialog, and Enter on a focused Deactivate does nothing (Space does).
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    // Budget assignments and spending, read-only (web UI §4.5), on a worker.
    m_budgets = new UserBudgetsCard(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_identity);
    // The body scrolls when the screen (at 200% scaling, say) is too small
    // for the settings, the budgets and the projects together.
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    // Projects, what an administrator comes here for most, before the
    // read-only budgets.
    bodyLayout->addWidget(settings);
    bodyLayout->addWidget(projectsBox, 1);
    bodyLayout->addWidget(m_budgets);
    projectsBox->setMinimumHeight(projectsBox->sizeHint().height());
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    auto *result = new QHBoxLayout;
    result->addWidget(m_busyBar);
    result->addWidget(m_message, 1);
    layout->addLayout(result);
    layout->addWidget(buttons);

    // Interlocks, as the platform's web UI: Maintainer turns Admin on, and
    // Admin cannot be turned off while Maintainer is on.
    connect(m_maintainer, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_admin->setChecked(true);
        updateControls();
    });
    connect(m_admin, &QCheckBox::toggled, this, [this] { updateControls(); });
    connect(m_unlimited, &QCheckBox::toggled, this, [this] { updateControls(); });
    connect(m_save, &QPushButton::clicked, this, &UserDetailsDialog::saveRolesAndSettings);
    connect(m_add, &QPushButton::clicked, this, &UserDetailsDialog::addProject);
    // Enter in the project field adds the project, and goes no further.
    connect(m_addProject, &QLineEdit::returnPressed, this, &UserDetailsDialog::addProject);
    Dialogs::keepEnter(m_addProject);
    Dialogs::escapeClears(m_addProject);
    connect(m_toggleRole, &QPushButton::clicked, this, [this] { toggleSelectedRole(true); });
    connect(m_unassign, &QPushButton::clicked, this, [this] { unassignSelected(true); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { deactivate(true); });
    connect(m_projects, &QTableWidget::itemSelectionChanged, this, [this] { updateControls(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Project names complete as you type (shared projects, from the server,
    // read on a worker of their own: a search over every project name must
    // not stall typing, nor wait behind a write).
    auto *completions = new QStringListModel(this);
    auto *completer = new QCompleter(completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_addProject->setCompleter(completer);
    connect(m_addProject, &QLineEdit::textEdited, this,
            [this, completions, completer](const QString &text) {
                const QString typed = text.trimmed();
                if (typed.size() < 2)
                    return;
                if (!m_projectLookup)
                    m_projectLookup = std::make_unique<SessionWorker>(m_session.clone());
                const quint64 generation = ++m_suggestionGeneration;
                auto names = std::make_shared<QStringList>();
                m_projectLookup->run(
                    [names, typed](PlatformSession &s) {
                        if (!s.db().isOpen())
                            return; // no suggestions; adding still says what is wrong
                        ProjectQuery q;
                        q.search = typed;
                        q.type = ProjectQuery::Type::Shared;
                        q.limit = 20;
                        for (const ProjectRecord &p : ProjectRepository(s).page(q).value)
                            *names << p.name;
                    },
                    this,
                    [this, completions, completer, names, generation] {
                        if (generation != m_suggestionGeneration)
                            return; // typed on since
                        completions->setStringList(*names);
                        if (m_addProject->hasFocus() && !names->isEmpty())
                            completer->complete();
                        emit projectSuggestionsLoaded(*names);
                    });
            });

    Theme::resizeToFit(this, QSize(820, 860));
    reloadUser();
    reloadProjects();
    m_budgets->load(m_session, m_user.id);
}

UserDetailsDialog::~UserDetailsDialog() = default;

QString UserDetailsDialog::messageText() const
{
    return m_message->text();
}

void UserDetailsDialog::showOutcome(const Outcome &outcome, const QString &success)
{
    m_message->setText(outcome ? success : outcome.fullText());
    Theme::styleErrorText(m_message, !outcome);
}

void UserDetailsDialog::reloadUser()
{
    const UserRepository repo(m_session);
    const auto fresh = repo.findById(m_user.id);
    if (fresh.isOk())
        m_user = fresh.value;
    if (m_session.caps().hasMaintainer)
        m_maintainers = repo.maintainerCount().value;
    showUser();
}

void UserDetailsDialog::showUser()
{
    const QLocale locale;
    const UserRecord &u = m_user;
    m_identity->setText(
        tr("<b>%1</b><br>%2 · username %3 · %4<br>Created %5 · last login %6 · %7")
            .arg((!u.name.trimmed().isEmpty()       ? u.name
                  : !u.username.trimmed().isEmpty() ? u.username
                                                    : QStringLiteral("-"))
                     .toHtmlEscaped(),
                 u.email.toHtmlEscaped(), u.username.toHtmlEscaped(), u.authSource.toHtmlEscaped(),
                 u.created.isValid()
                     ? locale.toString(u.created.toLocalTime(), QLocale::ShortFormat)
                     : tr("unknown"),
                 u.lastLoginAt.isValid()
                     ? locale.toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                     : tr("never (or through the identity provider)"),
                 u.isDeactivated() ? tr("deactivated") : tr("active")));
    const QSignalBlocker b1(m_admin), b2(m_maintainer), b3(m_unlimited), b4(m_userType);
    m_userType->setCurrentIndex(qMax(0, m_userType->findData(u.userType)));
    m_admin->setChecked(u.isAdmin);
    m_maintainer->setChecked(u.isMaintainer);
    m_unlimited->setChecked(!u.projectLimit.has_value());
    m_limit->setValue(u.projectLimit.value_or(m_session.options().defaultProjectLimit));
    updateControls();
}

void UserDetailsDialog::reloadProjects()
{
    showProjects(MembershipRepository(m_session).projectsOfUser(m_user.id));
}

void UserDetailsDialog::showProjects(const Result<QList<Membership>> &list)
{
    const int selectedRow = m_projects->currentRow();
    const QString selected = selectedRow >= 0 && m_projects->item(selectedRow, 0)
                                 ? m_projects->item(selectedRow, 0)->text()
                                 : QString();
    m_projects->setRowCount(0);
    if (!list.isOk()) {
        showOutcome(list.outcome, {});
        return;
    }
    m_projects->setRowCount(int(list.value.size()));
    for (int i = 0; i < list.value.size(); ++i) {
        const Membership &m = list.value.at(i);
        auto *name = new QTableWidgetItem(m.projectName);
        name->setData(Qt::UserRole, QVariant::fromValue(m.isProjectAdmin));
        m_projects->setItem(i, 0, name);
        m_projects->setItem(
            i, 1,
            new QTableWidgetItem(m.projectType == QStringLiteral("personal")
                                     ? tr("Personal")
                                     : (m.projectType.isEmpty() ? tr("(missing)") : tr("Shared"))));
        m_projects->setItem(
            i, 2, new QTableWidgetItem(m.isProjectAdmin ? tr("Project admin") : tr("User")));
        if (m.projectName == selected)
            m_projects->selectRow(i); // keep the selection across the reload
    }
    updateControls();
}

void UserDetailsDialog::updateControls()
{
    const SchemaCapabilities &caps = m_session.caps();
    const UserRecord &actor = m_session.actor();
    const QString reason = m_session.readOnlyReason();
    const bool writable = reason.isEmpty() && !m_user.isDeactivated();
    // While a change is being written, nothing else is changed: a second
    // write would work on what the first is about to replace.
    const bool editable = writable && !m_busy;
    m_readOnly->setVisible(!writable);
    m_readOnly->setText(!reason.isEmpty() ? tr("Read-only: %1").arg(reason)
                                          : tr("This user is deactivated; deactivation cannot be "
                                               "undone."));
    m_maintainer->setVisible(caps.hasMaintainer);

    // Who may change roles: from 2.23 maintainers (plus the first-maintainer
    // bootstrap); before, any admin. Nobody changes their own roles.
    const bool self = actor.id == m_user.id;
    const bool bootstrap = caps.hasMaintainer && m_maintainers == 0 && actor.isAdmin;
    const bool mayChangeRoles = editable && !self && (!caps.hasMaintainer || actor.isMaintainer);
    QString rolesTip;
    if (!writable)
        rolesTip = reason;
    else if (self)
        rolesTip = tr("You cannot change your own platform roles.");
    else if (!mayChangeRoles && !bootstrap)
        rolesTip = tr("Only maintainers can modify admin or maintainer roles. Contact a "
                      "maintainer to request platform role changes.");
    m_admin->setEnabled(mayChangeRoles && !m_maintainer->isChecked());
    m_admin->setToolTip(m_maintainer->isChecked() && mayChangeRoles
                            ? tr("Maintainers must also be admins: turn Maintainer off first.")
                            : rolesTip);
    m_maintainer->setEnabled(mayChangeRoles || (bootstrap && editable));
    m_maintainer->setToolTip(bootstrap ? tr("No maintainer exists yet: you may grant the first "
                                            "Maintainer role (confirmation required).")
                                       : rolesTip);
    if (bootstrap)
        m_rolesNote->setText(tr("No maintainer exists yet. The platform's documentation grants "
                                "the first one by hand in SQL; here it is one confirmed, audited "
                                "change."));
    else
        m_rolesNote->setText(m_admin->isChecked() ? tr("Admins have no project limit.")
                                                  : QString());
    // No empty row between the roles and the limit when there is no note.
    if (auto *form = qobject_cast<QFormLayout *>(m_rolesNote->parentWidget()->layout()))
        form->setRowVisible(m_rolesNote, !m_rolesNote->text().isEmpty());

    const bool adminNow = m_admin->isChecked();
    if (adminNow) {
        const QSignalBlocker b(m_unlimited);
        m_unlimited->setChecked(true);
    }
    m_unlimited->setEnabled(editable && !adminNow && !self);
    m_limit->setEnabled(editable && !m_unlimited->isChecked() && !self);
    m_userType->setEnabled(editable);
    m_save->setEnabled(editable);
    m_deactivate->setEnabled(editable && !self);
    m_deactivate->setToolTip(self ? tr("You cannot deactivate your own account.") : reason);

    const int row = m_projects->currentRow();
    const bool shared = row >= 0 && m_projects->item(row, 1)->text() == tr("Shared");
    m_toggleRole->setEnabled(editable && shared);
    m_unassign->setEnabled(editable && shared);
    m_add->setEnabled(editable);
    m_addProject->setEnabled(editable);
    m_addRole->setEnabled(editable);
    for (QWidget *w : {static_cast<QWidget *>(m_toggleRole), static_cast<QWidget *>(m_unassign),
                       static_cast<QWidget *>(m_add)})
        if (!writable)
            w->setToolTip(reason);
}

void UserDetailsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    if (busy) {
        m_focusBeforeBusy = focusWidget(); // about to be disabled
        m_message->setText(tr("Saving…"));
        Theme::styleErrorText(m_message, false);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateControls();
    // Focus never drifts onto Deactivate or Close while a row button is
    // disabled: it waits on the projects table (see restoreFocus()).
    if (busy && focusWidget() != m_projects)
        m_projects->setFocus(Qt::OtherFocusReason);
}

void UserDetailsDialog::restoreFocus()
{
    // Back where it was when it can be; else on the projects table, next
    // to what was changed; never on Deactivate (the next Enter or Space
    // there would start a deactivation).
    if (m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && m_focusBeforeBusy != m_deactivate)
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    else
        m_projects->setFocus(Qt::OtherFocusReason);
    m_focusBeforeBusy = nullptr;
}

void UserDetailsDialog::startWrite(Write write, int reread,
                                   std::function<void(const WriteResult &)> finished)
{
    if (!m_worker)
        m_worker = std::make_unique<SessionWorker>(m_session.clone());
    setBusy(true);
    auto result = std::make_shared<WriteResult>();
    const QString userId = m_user.id;
    // The work runs on the worker's connection and touches nothing of the
    // dialog; the rest runs only while the dialog exists.
    m_worker->run(
        [result, write = std::move(write), reread, userId](PlatformSession &s) {
            if (!s.db().isOpen()) {
                result->connected = false;
                return;
            }
            result->outcome = write(s);
            if (result->outcome.kind() == Outcome::Kind::NeedsConfirmation)
                return; // nothing was written: the user is asked first
            if (reread & ReadUser) {
                const UserRepository repo(s);
                const auto fresh = repo.findById(userId);
                if (fresh.isOk())
                    result->user = fresh.value;
                if (s.caps().hasMaintainer)
                    result->maintainers = repo.maintainerCount().value;
            }
            if (reread & ReadProjects)
                result->projects = MembershipRepository(s).projectsOfUser(userId);
        },
        this,
        [this, result, finished = std::move(finished)] {
            setBusy(false);
            if (!result->connected) {
                restoreFocus();
                showOutcome(m_worker->openOutcome(), {});
                // The next write connects again; this worker goes with the
                // dialog at the latest.
                m_worker->setParent(this);
                m_worker.release()->deleteLater();
                emit writeFinished(false);
                return;
            }
            if (result->outcome) {
                m_changed = true;
                emit userChanged(m_user.id);
            }
            const QPointer<UserDetailsDialog> alive(this);
            if (finished)
                finished(*result); // may ask the user, or start the next write
            if (!alive)
                return;
            if (result->user) {
                m_user = *result->user;
                m_maintainers = result->maintainers;
                showUser();
            }
            if (result->projects)
                showProjects(*result->projects);
            if (!m_busy) {
                restoreFocus(); // after the rows are back: the buttons follow them
                emit writeFinished(result->outcome.isOk());
            }
        });
}

bool UserDetailsDialog::saveRolesAndSettings()
{
    if (m_busy)
        return false;
    UserChange change;
    if (m_admin->isChecked() != m_user.isAdmin)
        change.isAdmin = m_admin->isChecked();
    if (m_session.caps().hasMaintainer && m_maintainer->isChecked() != m_user.isMaintainer)
        change.isMaintainer = m_maintainer->isChecked();
    const QString type = m_userType->currentData().toString();
    if (type != m_user.userType)
        change.userType = type;
    if (!m_admin->isChecked() && !change.isAdmin.has_value()) {
        const std::optional<int> limit =
            m_unlimited->isChecked() ? std::optional<int>() : std::optional<int>(m_limit->value());
        if (limit != m_user.projectLimit) {
            if (limit)
                change.projectLimit = *limit;
            else
                change.setUnlimited = true;
        }
    }
    if (change.isEmpty()) {
        showOutcome(Outcome::ok(), tr("Nothing to save."));
        return false;
    }
    applyUserChange(change, false);
    return true;
}

void UserDetailsDialog::applyUserChange(const UserChange &change, bool bootstrapConfirmed)
{
    const UserRecord expected = m_user;
    startWrite(
        [expected, change, bootstrapConfirmed](PlatformSession &s) {
            return UserRepository(s).applyChange(expected, change, bootstrapConfirmed).outcome;
        },
        ReadUser,
        [this, change](const WriteResult &r) {
            if (r.outcome.kind() != Outcome::Kind::NeedsConfirmation) {
                // A refusal or conflict: the dialog shows what is stored.
                showOutcome(r.outcome, tr("User updated successfully"));
                return;
            }
            if (Dialogs::confirm(this, tr("Grant the first Maintainer role?"),
                                 r.outcome.message() + QStringLiteral("\n\n") + r.outcome.details(),
                                 tr("Grant Maintainer"))) {
                applyUserChange(change, true);
                return;
            }
            showUser(); // back to what is stored
            showOutcome(Outcome::ok(), tr("Nothing was changed."));
        });
}

bool UserDetailsDialog::addProject()
{
    if (m_busy)
        return false;
    const QString name = m_addProject->text().trimmed();
    if (name.isEmpty()) {
        showOutcome(Outcome::failure(Outcome::Kind::InvalidInput, tr("Project is required")), {});
        return false;
    }
    const bool admin = m_addRole->currentData().toBool();
    const QString userId = m_user.id;
    auto added = std::make_shared<QString>(); // the project's stored name
    startWrite(
        [name, admin, userId, added](PlatformSession &s) {
            const ProjectRepository projects(s);
            auto project = projects.findByName(name);
            if (!project.isOk()) {
                // Names resolve case-insensitively, as the platform does.
                const auto insensitive = projects.findByNameInsensitive(name);
                if (insensitive.isOk() && !insensitive.value.deletedAt.isValid())
                    project = insensitive;
            }
            if (!project.isOk())
                return project.outcome;
            *added = project.value.name;
            return MembershipRepository(s).assign(userId, project.value.name, admin).outcome;
        },
        ReadProjects,
        [this, added](const WriteResult &r) {
            showOutcome(r.outcome, tr("Added to %1").arg(*added));
            if (r.outcome)
                m_addProject->clear();
        });
    return true;
}

std::optional<Membership> UserDetailsDialog::selectedMembership() const
{
    const int row = m_projects->currentRow();
    if (row < 0 || !m_projects->item(row, 0))
        return std::nullopt;
    Membership m;
    m.userId = m_user.id;
    m.projectName = m_projects->item(row, 0)->text();
    m.isProjectAdmin = m_projects->item(row, 0)->data(Qt::UserRole).toBool();
    return m;
}

bool UserDetailsDialog::toggleSelectedRole(bool askFirst)
{
    const std::optional<Membership> selected = selectedMembership();
    if (!selected || m_busy)
        return false;
    const Membership m = *selected;
    if (askFirst && !Dialogs::confirm(this, tr("Change User Role?"),
                                      tr("Are you sure you want to change the role in %1 to %2?")
                                          .arg(m.projectName,
                                               m.isProjectAdmin ? tr("User") : tr("Project Admin")),
                                      tr("Change Role")))
        return false;
    startWrite(
        [m](PlatformSession &s) {
            return MembershipRepository(s).setRole(m, !m.isProjectAdmin).outcome;
        },
        ReadProjects,
        [this](const WriteResult &r) { showOutcome(r.outcome, tr("Role updated successfully")); });
    return true;
}

bool UserDetailsDialog::unassignSelected(bool askFirst)
{
    const std::optional<Membership> selected = selectedMembership();
    if (!selected || m_busy)
        return false;
    const Membership m = *selected;
    if (askFirst &&
        !Dialogs::confirm(
            this, tr("Unassign from Project?"),
            tr("Are you sure you want to unassign this user from %1?").arg(m.projectName),
            tr("Unassign"), true))
        return false;
    startWrite(
        [m](PlatformSession &s) { return MembershipRepository(s).unassign(m); }, ReadProjects,
        [this](const WriteResult &r) { showOutcome(r.outcome, tr("Removed from project")); });
    return true;
}

bool UserDetailsDialog::deactivate(bool askFirst)
{
    if (m_busy)
        return false;
    if (askFirst) {
        if (!Dialogs::confirm(
                this, tr("Deactivate User?"),
                tr("Deactivate %1? The user loses access immediately and disappears from the "
                   "lists. Deactivation is one-way: the platform cannot reactivate a user.")
                    .arg(m_user.email),
                tr("Deactivate"), true))
            return false;
    }
    UserChange change;
    change.isActive = false;
    const UserRecord expected = m_user;
    startWrite(
        [expected, change](PlatformSession &s) {
            return UserRepository(s).applyChange(expected, change).outcome;
        },
        ReadUser,
        [this](const WriteResult &r) {
            showOutcome(r.outcome, tr("User deactivated successfully"));
        });
    return true;
}

} // namespace codemie
