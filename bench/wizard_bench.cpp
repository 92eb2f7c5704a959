// The migration wizard next to `codemie-admin migrate --apply`, on the same
// data in the same run: one fake Keycloak with N generated users (in this
// process, on its own thread) is read by both, each into its own empty
// PostgreSQL platform database (schema 2.42.0, one administrator to act as).
//
//   cli     `codemie-admin migrate --apply` (release build) in its own
//           process: wall time, the executor's apply time from its report,
//           and the process's peak RSS (VmHWM polled until it exits);
//   wizard  this program again as a child process (--wizard, offscreen):
//           the main window connected to the database, the Migration page's
//           "Start migration…", then the real wizard driven through its
//           widgets: Source (live Keycloak typed in, Check) → Target → Options
//           → Reading and planning → Preview (the table shown, scrolled to
//           its last row and back) → Apply (button, confirmation) → done.
//           It prints the read+plan and apply times and its VmHWM with the
//           preview open and at the end; the parent polls its VmHWM too.
//
// Afterwards both databases must hold the same number of users, projects,
// memberships and audit rows (otherwise it aborts: the two did not do the
// same work). Prints one line of figures per run; asserts no target.
//
//   PGPASSWORD=… wizard_bench URI_CLI_DB URI_WIZARD_DB N [wizard-first]
// The command line runs first unless `wizard-first` is given (the script
// alternates, so that neither always meets the server after the other's
// writes).
// (bench/wizard-bench.sh creates the databases and runs it at 10,000 and
// 50,000 users.)

#include "FakeKeycloak.h"
#include "KeycloakClient.h"
#include "KeycloakFloor.h"
#include "MainWindow.h"
#include "MigrationPage.h"
#include "MigrationWizard.h"
#include "PlatformDatabase.h"
#include "SchemaInstaller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

using namespace codemie;

namespace {
const QString realmName = QStringLiteral("bench");
const QString clientName = QStringLiteral("codemie-migration");
const QString clientSecret = QStringLiteral("bench-secret");
const QString actorEmail = QStringLiteral("bench.admin@codemie.example");
constexpr int waitMs = 30 * 60 * 1000; // a bound only a hang reaches

// A figure in kB from a /proc status file.
qint64 memoryKb(const QString &statusFile, const char *key)
{
    QFile f(statusFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).simplified().split(' ').value(0).toLongLong();
    return 0;
}
qint64 selfKb(const char *key)
{
    return memoryKb(QStringLiteral("/proc/self/status"), key);
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "wizard_bench: " << what << Qt::endl;
    ::exit(1);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        fail(QStringLiteral("no widget %1").arg(QLatin1String(name)));
    return w;
}

// Runs the event loop (as the idle window does) until `condition` holds;
// `wake` is a signal source that may make it hold (checked at least every
// 50 ms besides).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = waitMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

bool nextEnabled(QWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled();
}

void next(QWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

// Waits for the wizard's stepFinished(page), exactly (no polling delay).
bool waitStep(MigrationWizard *wizard, int page, bool *ok = nullptr)
{
    QEventLoop loop;
    bool done = false;
    const auto c = QObject::connect(wizard, &MigrationWizard::stepFinished, &loop,
                                    [&](int finished, bool good) {
                                        if (finished != page)
                                            return;
                                        done = true;
                                        if (ok)
                                            *ok = good;
                                        loop.quit();
                                    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return done;
}

QString pageText(QWizard *wizard)
{
    QStringList texts;
    for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

// The child: the window and the wizard, driven through their widgets.
int runWizard(const QStringList &args)
{
    // --wizard URI URL
    const auto settings = ConnectionSettings::fromUri(args.value(0));
    if (!settings.isOk())
        fail(settings.outcome.fullText());
    const QString keycloakUrl = args.value(1);
    const QString password = qEnvironmentVariable("PGPASSWORD");
    QTemporaryDir reports;

    MainWindow window;
    PlatformSession::Options options;
    options.actorEmail = actorEmail;
    options.defaultProjectLimit = MigrationOptions().projectLimit; // as the CLI's default
    const Outcome connected = window.connectTo(settings.value, password, options);
    if (!connected)
        fail(connected.fullText());
    window.show();
    window.showPage(MainWindow::MigrationPage);
    MigrationPage *page = window.migrationPage();
    page->setReportsFolder(reports.path());
    QPushButton *start = child<QPushButton>(page, "startMigration");
    if (!waitUntil([&] { return !page->isLoading() && start->isEnabled(); }))
        fail(QStringLiteral("the Migration page did not offer Start"));
    QTest::mouseClick(start, Qt::LeftButton);
    MigrationWizard *wizard = page->wizard();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        fail(QStringLiteral("no wizard"));
    const qint64 startKb = selfKb("VmHWM:");

    // Source: the live (fake) Keycloak typed in, then Check.
    next(wizard);
    QTest::mouseClick(child<QRadioButton>(wizard, "keycloakSource"), Qt::LeftButton, {},
                      QPoint(6, child<QRadioButton>(wizard, "keycloakSource")->height() / 2));
    child<QLineEdit>(wizard, "keycloakUrl")->setText(keycloakUrl);
    child<QLineEdit>(wizard, "keycloakRealm")->setText(realmName);
    child<QLineEdit>(wizard, "keycloakClientId")->setText(clientName);
    child<QLineEdit>(wizard, "keycloakSecret")->setText(clientSecret);
    QTest::mouseClick(child<QPushButton>(wizard, "checkSource"), Qt::LeftButton);
    bool ok = false;
    if (!waitStep(wizard, MigrationWizard::Source, &ok) || !ok ||
        !waitUntil([&] { return nextEnabled(wizard); }))
        fail(QStringLiteral("Source check: %1").arg(pageText(wizard)));

    // Target (once the administrators are read), Options as they come.
    next(wizard);
    if (wizard->currentId() != MigrationWizard::Target ||
        !waitUntil([&] { return nextEnabled(wizard); }))
        fail(QStringLiteral("Target: %1").arg(pageText(wizard)));
    next(wizard);
    if (wizard->currentId() != MigrationWizard::Options)
        fail(QStringLiteral("not on Options"));

    // Reading and planning.
    QElapsedTimer clock;
    clock.start();
    next(wizard);
    if (!waitStep(wizard, MigrationWizard::Planning, &ok) || !ok)
        fail(QStringLiteral("Planning: %1").arg(pageText(wizard)));
    const qint64 readPlanMs = clock.elapsed();
    waitUntil([&] { return nextEnabled(wizard); });

    // Preview: the table shown, painted, scrolled to the end and back.
    next(wizard);
    if (wizard->currentId() != MigrationWizard::Preview)
        fail(QStringLiteral("not on Preview"));
    auto *table = child<QTableView>(wizard, "previewTable");
    if (!table->isVisible() || table->model()->rowCount() != int(wizard->plan().users))
        fail(QStringLiteral("the preview table is not shown with every user"));
    table->viewport()->repaint();
    table->scrollToBottom();
    table->viewport()->repaint();
    table->scrollToTop();
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 previewHwmKb = selfKb("VmHWM:");
    const qint64 previewRssKb = selfKb("VmRSS:");
    const int planned = int(wizard->plan().users);

    // Apply: the button, then the confirmation's Apply.
    next(wizard);
    if (wizard->currentId() != MigrationWizard::Apply)
        fail(QStringLiteral("not on Apply"));
    QElapsedTimer applyClock;
    QTimer confirm;
    confirm.setInterval(10);
    QObject::connect(&confirm, &QTimer::timeout, &confirm, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            confirm.stop();
            applyClock.start();
            child<QPushButton>(box, "confirmApplyButton")->click();
        }
    });
    confirm.start();
    QTest::mouseClick(child<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    if (!wizard->isBusy() && !applyClock.isValid())
        fail(QStringLiteral("Apply did not start"));
    if (!waitStep(wizard, MigrationWizard::Apply, &ok) || !ok)
        fail(QStringLiteral("Apply: %1").arg(pageText(wizard)));
    const qint64 applyMs = applyClock.elapsed();
    const ApplyResult &r = wizard->applyResult();
    if (r.failedBatches > 0 || r.cancelled)
        fail(QStringLiteral("Apply stopped: %1").arg(r.errors.join(QLatin1Char('\n'))));
    // The window refreshes its pages after the write, as it would for a user.
    QTest::qWait(200);
    const QJsonObject figures{
        {QStringLiteral("users_planned"), planned},
        {QStringLiteral("read_plan_ms"), readPlanMs},
        {QStringLiteral("apply_ms"), applyMs},
        {QStringLiteral("engine_apply_ms"), r.elapsedMs},
        {QStringLiteral("operations"), r.appliedOps},
        {QStringLiteral("start_hwm_kb"), startKb},
        {QStringLiteral("preview_hwm_kb"), previewHwmKb},
        {QStringLiteral("preview_rss_kb"), previewRssKb},
        {QStringLiteral("end_hwm_kb"), selfKb("VmHWM:")},
    };
    QTextStream(stdout) << "FIGURES " << QJsonDocument(figures).toJson(QJsonDocument::Compact)
                        << Qt::endl;
    wizard->reject();
    return 0;
}

struct Child {
    qint64 wallMs = 0;
    qint64 peakKb = 0;
    QByteArray output;
};

// Runs a child process to its end, polling its VmHWM (fresh since exec).
Child runChild(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    Child c;
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForStarted(60000))
        fail(QStringLiteral("cannot start %1").arg(program));
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    while (!p.waitForFinished(20))
        c.peakKb = qMax(c.peakKb, memoryKb(status, "VmHWM:"));
    c.wallMs = timer.elapsed();
    c.output = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("%1 failed (exit %2): %3 %4")
                 .arg(program)
                 .arg(p.exitCode())
                 .arg(QString::fromUtf8(c.output.right(2000)),
                      QString::fromUtf8(p.readAllStandardError().right(4000))));
    return c;
}

// Schema 2.42.0 and one active administrator (the acting admin of both).
void prepare(const ConnectionSettings &settings, const QString &password)
{
    PlatformDatabase db(settings, password);
    if (!db.open() || !SchemaInstaller::install(db, QStringLiteral("2.42.0")))
        fail(QStringLiteral("cannot prepare %1").arg(settings.displayName()));
    const QVariant now = PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc());
    const Outcome o =
        db.exec(QStringLiteral("INSERT INTO users (id, date, update_date, username, email, name, "
                               "user_type, is_active, auth_source, email_verified, is_admin, "
                               "is_maintainer) VALUES (?, ?, ?, 'bench.admin', ?, 'Bench Admin', "
                               "'regular', true, 'local', true, true, true)"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces), now, now, actorEmail});
    if (!o)
        fail(o.fullText());
}

qint64 countRows(const ConnectionSettings &settings, const QString &password, const QString &table)
{
    PlatformDatabase db(settings, password);
    if (!db.open())
        fail(QStringLiteral("cannot open %1").arg(settings.displayName()));
    const auto r = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!r.isOk())
        fail(r.outcome.fullText());
    return r.value.toLongLong();
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool wizardChild = argc > 1 && qstrcmp(argv[1], "--wizard") == 0;
    if (wizardChild) {
        QApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieBench"));
        QCoreApplication::setApplicationName(QStringLiteral("wizard_bench"));
        return runWizard(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const bool wizardFirst = args.size() == 4 && args.at(3) == QLatin1String("wizard-first");
    if (args.size() != 3 && !wizardFirst) {
        out << "usage: wizard_bench URI_CLI_DB URI_WIZARD_DB USERS [wizard-first]" << Qt::endl;
        return 2;
    }
    const auto cliDb = ConnectionSettings::fromUri(args.at(0));
    const auto wizardDb = ConnectionSettings::fromUri(args.at(1));
    const int users = args.at(2).toInt();
    if (!cliDb.isOk() || !wizardDb.isOk() || users <= 0) {
        out << "wizard_bench: two database URIs and a number of users" << Qt::endl;
        return 2;
    }
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QString password = system.value(QStringLiteral("PGPASSWORD"));

    test::FakeKeycloak fake;
    fake.createRealm(realmName, clientName, clientSecret, KeycloakClient::guideRoles());
    fake.generateUsers(users);
    if (!fake.start())
        fail(QStringLiteral("the fake Keycloak did not start"));
    const QUrl baseUrl = fake.baseUrl();
    bench::floorRun(baseUrl, realmName, clientName, clientSecret, users); // warm its pages
    prepare(cliDb.value, password);
    prepare(wizardDb.value, password);

    // Children get their own settings and data folders (nothing of the
    // user's is read or written), the offscreen platform, and the secret
    // in the environment (never on a command line).
    QTemporaryDir home;
    QProcessEnvironment environment = system;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"), clientSecret);
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));

    // The command line.
    const QString reportFile = home.filePath(QStringLiteral("report.json"));
    const auto runCli = [&] {
        return runChild(QStringLiteral(CODEMIE_ADMIN_BINARY),
                        {QStringLiteral("migrate"), QStringLiteral("--keycloak-url"),
                         baseUrl.toString(), QStringLiteral("--realm"), realmName,
                         QStringLiteral("--client-id"), clientName, QStringLiteral("--db"),
                         args.at(0), QStringLiteral("--actor"), actorEmail,
                         QStringLiteral("--apply"), QStringLiteral("--report"), reportFile},
                        environment);
    };
    // The wizard.
    const auto runGui = [&] {
        return runChild(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--wizard"), args.at(1), baseUrl.toString()}, environment);
    };
    // Each starts after a checkpoint, so that neither pays for writing out
    // the pages the other dirtied.
    const auto checkpoint = [&] {
        PlatformDatabase db(cliDb.value, password);
        const Outcome o = db.open() ? db.exec(QStringLiteral("CHECKPOINT"))
                                    : Outcome::failure(Outcome::Kind::DatabaseError,
                                                       QStringLiteral("cannot open"));
        if (!o)
            fail(QStringLiteral("CHECKPOINT: %1").arg(o.fullText()));
    };
    Child cli;
    Child gui;
    checkpoint();
    if (wizardFirst) {
        gui = runGui();
        checkpoint();
        cli = runCli();
    } else {
        cli = runCli();
        checkpoint();
        gui = runGui();
    }
    QFile reportJson(reportFile);
    if (!reportJson.open(QIODevice::ReadOnly))
        fail(QStringLiteral("migrate wrote no report"));
    const QJsonObject result = QJsonDocument::fromJson(reportJson.readAll())
                                   .object()
                                   .value(QStringLiteral("result"))
                                   .toObject();
    const qint64 cliApplyMs = result.value(QStringLiteral("elapsed_ms")).toInteger();
    QJsonObject figures;
    for (const QByteArray &line : gui.output.split('\n'))
        if (line.startsWith("FIGURES "))
            figures = QJsonDocument::fromJson(line.mid(8)).object();
    if (figures.isEmpty())
        fail(
            QStringLiteral("the wizard printed no figures: %1").arg(QString::fromUtf8(gui.output)));

    // Both did the same work.
    QStringList rows;
    for (const QString &table :
         {QStringLiteral("users"), QStringLiteral("applications"), QStringLiteral("user_projects"),
          QStringLiteral("activity_events")}) {
        const qint64 a = countRows(cliDb.value, password, table);
        const qint64 b = countRows(wizardDb.value, password, table);
        if (a != b)
            fail(QStringLiteral("%1: the command line wrote %2 rows, the wizard %3")
                     .arg(table)
                     .arg(a)
                     .arg(b));
        rows << QStringLiteral("%1 %2").arg(table).arg(a);
    }

    const qint64 wizardApplyMs = figures.value(QStringLiteral("apply_ms")).toInteger();
    const qint64 previewKb = figures.value(QStringLiteral("preview_hwm_kb")).toInteger();
    out << QStringLiteral(
               "users %1 (%9 first) | apply: cli %2 s, wizard %3 s, ratio %4 | peak: cli %5 MB, "
               "gui %6 MB with the preview open (%7 MB to the end), ratio %8")
               .arg(users)
               .arg(double(cliApplyMs) / 1000.0, 0, 'f', 2)
               .arg(double(wizardApplyMs) / 1000.0, 0, 'f', 2)
               .arg(double(wizardApplyMs) / double(qMax<qint64>(1, cliApplyMs)), 0, 'f', 2)
               .arg(mb(cli.peakKb), mb(previewKb), mb(gui.peakKb))
               .arg(double(previewKb) / double(qMax<qint64>(1, cli.peakKb)), 0, 'f', 2)
               .arg(wizardFirst ? QStringLiteral("wizard") : QStringLiteral("cli"))
        << Qt::endl;
    out << QStringLiteral("  cli: whole run %1 s (read, plan, apply). wizard: read and plan %2 s, "
                          "apply %3 s of which the engine %4 s; window with the wizard open "
                          "before reading %5 MB. Both wrote: %6")
               .arg(double(cli.wallMs) / 1000.0, 0, 'f', 2)
               .arg(double(figures.value(QStringLiteral("read_plan_ms")).toInteger()) / 1000.0, 0,
                    'f', 2)
               .arg(double(wizardApplyMs) / 1000.0, 0, 'f', 2)
               .arg(double(figures.value(QStringLiteral("engine_apply_ms")).toInteger()) / 1000.0,
                    0, 'f', 2)
               .arg(mb(figures.value(QStringLiteral("start_hwm_kb")).toInteger()),
                    rows.join(QStringLiteral(", ")))
        << Qt::endl;
    return 0;
}
