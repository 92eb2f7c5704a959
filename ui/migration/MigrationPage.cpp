#include "MigrationPage.h"

#include "BackgroundTask.h"
#include "MigrationWizard.h"
#include "PlatformSession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace codemie {

MigrationPage::MigrationPage(QWidget *parent)
    : QWidget(parent)
    , m_reportsFolder(MigrationHistory::reportsFolder())
    , m_task(new BackgroundTask(this))
    , m_verdict(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_start(new QPushButton(tr("&Start migration…"), this))
    , m_open(new QPushButton(tr("&Open report…"), this))
    , m_table(new QTableWidget(this))
{
    auto *title = new QLabel(tr("Migration from Keycloak"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_verdict->setObjectName(QStringLiteral("migrationVerdict"));
    m_details->setObjectName(QStringLiteral("migrationDetails"));
    m_reason->setObjectName(QStringLiteral("startMigrationReason"));
    m_start->setObjectName(QStringLiteral("startMigration"));
    m_open->setObjectName(QStringLiteral("openMigrationReport"));
    m_table->setObjectName(QStringLiteral("migrationRuns"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    for (QLabel *l : {m_verdict, m_details, m_reason}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Finished"), tr("Database"), tr("Source"), tr("Policy"),
                                        tr("Users written"), tr("Projects created"),
                                        tr("Outcome")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Migration runs saved by this console"));
    auto *twin = new QLabel(
        tr("For pipelines, the same migration runs headless: <code>codemie-admin migrate "
           "--from-export realm.json --profile NAME --apply --verify --report report.json</code> "
           "(or --keycloak-url, --realm and --client-id with KEYCLOAK_ADMIN_CLIENT_SECRET for a "
           "live Keycloak)."),
        this);
    twin->setWordWrap(true);
    twin->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_reason, 1);
    auto *runsHeader = new QHBoxLayout;
    runsHeader->addWidget(new QLabel(tr("Runs saved by this console:"), this), 1);
    runsHeader->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addLayout(runsHeader);
    layout->addWidget(m_table, 1);
    layout->addWidget(twin);

    connect(m_start, &QPushButton::clicked, this, &MigrationPage::startMigration);
    connect(m_open, &QPushButton::clicked, this, [this] { openRun(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openRun(row); });
    setSession(nullptr);
}

MigrationPage::~MigrationPage()
{
    // The wizard is a child: let it go before this page is half destroyed
    // (its destroyed() would reload a page that is no longer whole).
    if (m_wizard) {
        disconnect(m_wizard, nullptr, this, nullptr);
        delete m_wizard;
    }
}

void MigrationPage::setReportsFolder(const QString &folder)
{
    m_reportsFolder = folder;
    reload();
}

void MigrationPage::setSession(PlatformSession *session)
{
    m_task->cancel();
    m_task->wait();
    m_session = session;
    reload();
}

bool MigrationPage::isLoading() const
{
    return m_task->isRunning() || m_pendingReload;
}

QString MigrationPage::verdictText() const
{
    return m_verdict->text();
}

QString MigrationPage::startDisabledReason() const
{
    return m_start->isEnabled() ? QString() : m_reason->text();
}

void MigrationPage::reload()
{
    if (!m_session) {
        m_verdict->setText(tr("Not connected."));
        m_details->setText(tr("Connect to a platform database to see whether it was migrated."));
        m_start->setEnabled(false);
        m_reason->setText(tr("Connect to a platform database first."));
        m_table->setRowCount(0);
        m_runs.clear();
        return;
    }
    if (m_task->isRunning()) {
        m_pendingReload = true;
        return;
    }
    m_pendingReload = false;
    const QString reason = m_session->readOnlyReason();
    m_start->setEnabled(reason.isEmpty() && !m_wizard);
    m_reason->setText(reason.isEmpty() ? QString()
                                       : tr("The migration cannot start: %1").arg(reason));
    m_verdict->setText(tr("Reading the database…"));
    std::unique_ptr<PlatformSession> own = m_session->clone();
    auto session = std::shared_ptr<PlatformSession>(std::move(own));
    auto state = std::make_shared<Result<MigrationState>>();
    auto runs = std::make_shared<QList<SavedMigrationRun>>();
    const QString folder = m_reportsFolder;
    const QString database = m_session->db().settings().displayName();
    m_task->start(
        [session, state, runs, folder, database] {
            const Outcome opened = session->open();
            if (!opened) {
                state->outcome = opened;
                return;
            }
            *state = MigrationHistory::state(session->db(), session->caps());
            for (const SavedMigrationRun &run : MigrationHistory::savedRuns(folder))
                if (run.database == database)
                    *runs << run;
        },
        this,
        [this, state, runs] {
            showState(*state, *runs);
            if (m_pendingReload)
                reload();
        });
}

void MigrationPage::showState(const Result<MigrationState> &state,
                              const QList<SavedMigrationRun> &runs)
{
    m_runs = runs;
    if (!state.isOk()) {
        m_verdict->setText(tr("The database could not be read."));
        m_details->setText(state.outcome.fullText());
    } else {
        const QLocale l;
        const MigrationState &s = state.value;
        m_verdict->setText(MigrationHistory::verdict(s, runs));
        QStringList lines;
        lines << tr("%1 users in the database, %2 of them from Keycloak (auth_source keycloak).")
                     .arg(l.toString(s.users), l.toString(s.keycloakUsers));
        if (s.audited)
            lines << (s.migrationEvents > 0
                          ? tr("%1 audit rows of a console migration, the last on %2.")
                                .arg(l.toString(s.migrationEvents),
                                     l.toString(s.lastEventAt.toLocalTime(), QLocale::ShortFormat))
                          : tr("No audit rows of a console migration."));
        else
            lines << tr("This platform release keeps no audit rows (they arrive with 2.40).");
        m_details->setText(lines.join(QLatin1Char('\n')));
    }
    m_table->setRowCount(int(runs.size()));
    const QLocale l;
    for (int i = 0; i < runs.size(); ++i) {
        const SavedMigrationRun &r = runs.at(i);
        const QStringList cells{
            l.toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat),
            r.database,
            r.source,
            r.policy,
            r.applied ? l.toString(r.usersCreated + r.usersUpdated) : tr("(plan only)"),
            r.applied ? l.toString(r.projectsCreated) : QString(),
            r.outcome() + (r.verified && r.differences > 0
                               ? tr(", differences: %1").arg(l.toString(r.differences))
                               : QString())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_open->setEnabled(!runs.isEmpty());
    if (!runs.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

void MigrationPage::openRun(int row)
{
    if (row < 0 || row >= m_runs.size())
        return;
    const SavedMigrationRun &run = m_runs.at(row);
    QString markdownPath = run.path;
    markdownPath.chop(5); // ".json"
    markdownPath += QStringLiteral(".md");
    QFile file(markdownPath);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.read(4 * 1024 * 1024));
    else
        text = tr("# Migration report\n\nThe readable page of this report is missing; the JSON "
                  "report is %1.")
                   .arg(QDir::toNativeSeparators(run.path));
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("migrationReportDialog"));
    dialog.setWindowTitle(
        tr("Migration report — %1")
            .arg(QLocale().toString(run.finishedAt.toLocalTime(), QLocale::ShortFormat)));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("migrationReportText"));
    browser->setMarkdown(text);
    auto *path = new QLabel(tr("JSON report: %1").arg(QDir::toNativeSeparators(run.path)), &dialog);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(path);
    layout->addWidget(buttons);
    dialog.resize(760, 560);
    dialog.exec();
}

void MigrationPage::startMigration()
{
    if (!m_session || m_wizard || !m_session->canWrite())
        return;
    m_wizard = new MigrationWizard(m_session, this);
    m_wizard->setReportsFolder(m_reportsFolder);
    m_wizard->setProfileAccess(m_profiles, m_secrets, m_sessionSecrets);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &MigrationWizard::databaseChanged, this, &MigrationPage::databaseChanged);
    connect(m_wizard, &QObject::destroyed, this, [this] {
        m_wizard = nullptr;
        reload();
    });
    m_start->setEnabled(false);
    m_wizard->open();
}

} // namespace codemie
