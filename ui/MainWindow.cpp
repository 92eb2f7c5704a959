#include "MainWindow.h"

#include "ActivityPage.h"
#include "BudgetsPage.h"
#include "CostCentersPage.h"
#include "HelpDialogs.h"
#include "MemoryCredentialStore.h"
#include "MigrationPage.h"
#include "PlatformDocs.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "ProjectTableModel.h"
#include "ProjectsPage.h"
#include "Theme.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace codemie {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_releaseLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_usersPage(nullptr)
    , m_projectsPage(nullptr)
{
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<MemoryCredentialStore>();
    m_sessionSecrets = std::make_unique<MemoryCredentialStore>();
    setWindowTitle(tr("CodeMie Admin Console"));

    m_nav->setAccessibleName(tr("Administration sections"));
    m_nav->addItems({tr("Users"), tr("Projects"), tr("Budgets"), tr("Migration")});
    m_nav->addItem(tr("Activity events"));
    m_nav->addItem(tr("Cost centers"));
    m_nav->setFixedWidth(qMax(150, m_nav->fontMetrics().horizontalAdvance(tr("Migration")) * 2));
    m_nav->setSpacing(3);

    m_usersPage = new ::codemie::UsersPage(this);
    m_projectsPage = new ::codemie::ProjectsPage(this);

    m_budgetsPage = new ::codemie::BudgetsPage(this);

    m_migrationPage = new ::codemie::MigrationPage(this);
    m_activityPage = new ::codemie::ActivityPage(this);
    m_costCentersPage = new ::codemie::CostCentersPage(this);

    m_pages->addWidget(m_usersPage);
    m_pages->addWidget(m_projectsPage);
    m_pages->addWidget(m_budgetsPage);
    m_pages->addWidget(m_migrationPage);
    m_pages->addWidget(m_activityPage);
    m_pages->addWidget(m_costCentersPage);

    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Read-only notice"));
    Theme::styleNotice(m_banner, Theme::Notice::Warning);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_releaseLabel);
    statusBar()->addPermanentWidget(m_actorLabel);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_usersPage, &::codemie::UsersPage::message, this, &MainWindow::showError);
    connect(m_projectsPage, &::codemie::ProjectsPage::projectsChanged, this,
            [this] { m_usersPage->reload(); });
    connect(m_projectsPage, &::codemie::ProjectsPage::projectsChanged, m_costCentersPage,
            &::codemie::CostCentersPage::reload);
    connect(m_costCentersPage, &::codemie::CostCentersPage::projectsChanged, this,
            [this] { m_projectsPage->refresh(); });
    connect(m_costCentersPage, &::codemie::CostCentersPage::showActivityRequested, this,
            &MainWindow::showActivity);
    connect(m_usersPage, &::codemie::UsersPage::showActivityRequested, this,
            &MainWindow::showActivity);
    connect(m_projectsPage, &::codemie::ProjectsPage::showActivityRequested, this,
            &MainWindow::showActivity);
    connect(m_migrationPage, &::codemie::MigrationPage::databaseChanged, this, [this] {
        m_usersPage->reload();
        m_projectsPage->refresh();
    });

    if (Theme::savedAppearance() != Theme::Appearance::System)
        Theme::apply(Theme::savedAppearance());
    buildMenus();
    QSettings settings;
    // The page the window was closed on, when it still exists.
    const int lastPage = settings.value(QStringLiteral("window/page"), int(UsersPage)).toInt();
    m_nav->setCurrentRow(lastPage >= 0 && lastPage < m_nav->count() ? lastPage : int(UsersPage));
    updateSessionState();

    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        Theme::resizeToFit(this, QSize(1600, 960));
}

MainWindow::~MainWindow()
{
    // The pages' workers hold connections of the session: stop them first.
    m_usersPage->setSession(nullptr);
    m_projectsPage->setSession(nullptr);
    m_migrationPage->setSession(nullptr);
    m_budgetsPage->setSession(nullptr);
    m_activityPage->setSession(nullptr);
    m_costCentersPage->setSession(nullptr);
}

ProjectTableModel *MainWindow::projectModel() const
{
    return m_projectsPage->model();
}

UserTableModel *MainWindow::userModel() const
{
    return m_usersPage->model();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(tr("&Connect…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (m_pages->currentIndex() == ProjectsPage)
            m_projectsPage->focusSearch();
        else {
            showPage(UsersPage);
            m_usersPage->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);

    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(appearance);
    const Theme::Appearance current = Theme::savedAppearance();
    const QList<QPair<Theme::Appearance, QString>> choices{
        {Theme::Appearance::System, tr("&System")},
        {Theme::Appearance::Light, tr("&Light")},
        {Theme::Appearance::Dark, tr("&Dark")}};
    for (const auto &[choice, label] : choices) {
        QAction *a = appearance->addAction(label, this, [choice] { Theme::apply(choice); });
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
    }

    // Ctrl+1…N go to the pages in the navigation's order; the navigation's
    // tooltips name the keys.
    QMenu *go = view->addMenu(tr("&Go to"));
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem *item = m_nav->item(row);
        QAction *a = go->addAction(item->text(), this, [this, row] { showPage(Page(row)); });
        if (row < 9) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
            item->setToolTip(
                tr("%1 (%2)").arg(item->text(), a->shortcut().toString(QKeySequence::NativeText)));
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CodeMie Admin Console"), this, [this] {
        AboutDialog dialog(m_keychainProblem, this);
        dialog.exec();
    });
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("Platform-managed mode &documentation"), this, [this] {
        const QUrl url = platformManagedModeDocsUrl();
        if (!QDesktopServices::openUrl(url))
            QMessageBox::warning(this, tr("Documentation"),
                                 tr("No web browser could be opened. The documentation of "
                                    "Platform-managed mode is at:\n%1")
                                     .arg(url.toString()));
    });
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Area> pages;
    for (int row = 0; row < m_nav->count() && row < m_pages->count(); ++row)
        pages.append({m_pages->widget(row), m_nav->item(row)->text()});
    ShortcutsDialog dialog(this, pages, this);
    dialog.exec();
}

Outcome MainWindow::connectTo(const ConnectionSettings &settings, const QString &password,
                              const PlatformSession::Options &options)
{
    auto session = std::make_unique<PlatformSession>(settings, password, options);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome o = session->open();
    QApplication::restoreOverrideCursor();
    if (!o)
        return o;
    // The pages let go of the old session before it is destroyed.
    m_usersPage->setSession(nullptr);
    m_projectsPage->setSession(nullptr);
    m_migrationPage->setSession(nullptr);
    m_budgetsPage->setSession(nullptr);
    m_activityPage->setSession(nullptr);
    m_costCentersPage->setSession(nullptr);
    m_session = std::move(session);
    m_usersPage->setSession(m_session.get());
    m_projectsPage->setSession(m_session.get());
    m_migrationPage->setSession(m_session.get());
    m_budgetsPage->setSession(m_session.get());
    m_activityPage->setSession(m_session.get());
    m_costCentersPage->setSession(m_session.get());
    updateSessionState();
    return o;
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_nav->currentRow());
}

void MainWindow::showActivity(const QString &entityType, const QString &entityId)
{
    showPage(ActivityPage);
    m_activityPage->showEntity(entityType, entityId);
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    const Outcome o = m_session->refresh();
    if (!o)
        showError(o.fullText());
    m_usersPage->setSession(m_session.get());
    m_projectsPage->refresh();
    m_migrationPage->reload();
    m_budgetsPage->setSession(m_session.get());
    m_activityPage->setSession(m_session.get()); // the actor's role may have changed
    m_costCentersPage->setSession(m_session.get());
    updateSessionState();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

QString MainWindow::statusText() const
{
    return QStringList{m_serverLabel->text(), m_releaseLabel->text(), m_actorLabel->text()}.join(
        QStringLiteral(" | "));
}

void MainWindow::updateSessionState()
{
    m_migrationPage->setProfileAccess(m_profiles.get(), m_secrets.get(), m_sessionSecrets.get());
    QStringList notices;
    if (!m_keychainProblem.isEmpty())
        notices << tr("No keychain is available, so secrets cannot be remembered: %1 Secrets you "
                      "type are kept for this run only.")
                       .arg(m_keychainProblem);
    if (!m_session) {
        m_serverLabel->setText(tr("Not connected"));
        m_releaseLabel->clear();
        m_actorLabel->clear();
        notices << tr("Not connected. Use File → Connection profiles to open a platform "
                      "database.");
        m_banner->setText(notices.join(QLatin1Char('\n')));
        m_banner->show();
        return;
    }
    const SchemaInfo &info = m_session->schema();
    const ConnectionSettings &cs = m_session->db().settings();
    m_serverLabel->setText(tr("%1 — %2").arg(info.serverVersion, cs.displayName()));
    m_releaseLabel->setText(info.release.displayText());
    m_releaseLabel->setToolTip(tr("Schema revision %1").arg(info.revision));
    m_actorLabel->setText(
        m_session->hasActor()
            ? tr("Acting as %1 (%2)").arg(m_session->actor().email, m_session->actorRoleLabel())
            : tr("No acting administrator"));
    const QString reason = m_session->readOnlyReason();
    if (!reason.isEmpty())
        notices << tr("Read-only: %1").arg(reason);
    m_banner->setText(notices.join(QLatin1Char('\n')));
    m_banner->setVisible(!notices.isEmpty());
}

void MainWindow::setCredentialStore(std::unique_ptr<CredentialStore> store, const QString &problem)
{
    m_secrets = std::move(store);
    m_keychainProblem = problem;
    updateSessionState();
}

void MainWindow::showConnectionDialog()
{
    ProfileManagerDialog dialog(*m_profiles, *m_secrets, *m_sessionSecrets, m_keychainProblem,
                                this);
    while (dialog.exec() == QDialog::Accepted) {
        const Outcome o = connectToProfile(dialog.chosenProfile());
        if (o)
            return;
        QMessageBox::warning(this, tr("Could not connect"), o.fullText());
    }
}

Outcome MainWindow::connectToProfile(const ConnectionProfile &profile)
{
    PlatformSession::Options options;
    options.actorEmail = profile.actorEmail;
    options.defaultProjectLimit = profile.defaultProjectLimit;
    const Outcome o = connectTo(
        profile.database,
        ProfileManagerDialog::resolveSecret(profile, CredentialStore::Purpose::DatabasePassword,
                                            *m_secrets, *m_sessionSecrets),
        options);
    if (o) {
        m_profileName = profile.name;
        m_profiles->setLastUsedId(profile.id);
        setWindowTitle(tr("%1 — CodeMie Admin Console").arg(profile.name));
    }
    return o;
}

void MainWindow::offerLastProfile()
{
    const auto last = m_profiles->byId(m_profiles->lastUsedId());
    if (!last) {
        showConnectionDialog();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Connect"),
                    tr("Connect to the profile %1?").arg(last->name), QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("Server: %1\nActing as: %2")
            .arg(last->serverText(), last->actorEmail.isEmpty() ? tr("nobody") : last->actorEmail));
    QPushButton *connectButton = box.addButton(tr("Connect"), QMessageBox::AcceptRole);
    QPushButton *choose = box.addButton(tr("Choose another…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(choose);
    box.exec();
    if (box.clickedButton() == connectButton) {
        const Outcome o = connectToProfile(*last);
        if (!o) {
            QMessageBox::warning(this, tr("Could not connect"), o.fullText());
            showConnectionDialog();
        }
    } else if (box.clickedButton() == choose) {
        showConnectionDialog();
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_nav->currentRow());
    QMainWindow::closeEvent(event);
}

} // namespace codemie
