// codemie-admin: the window when run without a command, headless otherwise.

#include "CommandLine.h"
#include "DemoDatabase.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CodeMie"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("codemie.ai"));
    QCoreApplication::setApplicationName(QStringLiteral("codemie-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODEMIE_VERSION));
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    codemie::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    codemie::CommandLine cli(out, err);
    return cli.run(app.arguments().mid(1));
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    codemie::Translations::install();
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "CodeMie Admin Console"));
    const QStringList args = app.arguments().mid(1);
    for (const QString &a : args) {
        if (a != QStringLiteral("--demo")) {
            QTextStream(stderr) << QApplication::translate("main", "Unknown option '%1'. Run "
                                                                   "codemie-admin --help.")
                                       .arg(a)
                                << Qt::endl;
            return codemie::CommandLine::UsageError;
        }
    }
    codemie::MainWindow window;
    auto keychain = codemie::CredentialStoreProvider::open();
    window.setCredentialStore(std::move(keychain.store), keychain.unavailableReason);
    window.show();
    if (args.contains(QStringLiteral("--demo"))) {
        const QString path = codemie::DemoDatabase::defaultPath();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto created = codemie::DemoDatabase::ensure(path);
        QApplication::restoreOverrideCursor();
        codemie::Outcome o = created.outcome;
        if (o) {
            codemie::ConnectionSettings settings;
            settings.driver = codemie::ConnectionSettings::Driver::SQLite;
            settings.sqlitePath = path;
            codemie::PlatformSession::Options options;
            options.actorEmail = codemie::DemoDataGenerator::demoActorEmail();
            o = window.connectTo(settings, {}, options);
        }
        if (!o)
            QMessageBox::critical(&window,
                                  QApplication::translate("main", "Demo database unavailable"),
                                  o.fullText());
    } else {
        QTimer::singleShot(0, &window, &codemie::MainWindow::offerLastProfile);
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (codemie::CommandLine::isHeadless(arguments))
        return runHeadless(argc, argv);
    return runWindow(argc, argv);
}
