#pragma once

#include "ConnectionSettings.h"

#include <QStringList>
#include <QTextStream>

namespace codemie {

// The headless side of `codemie-admin`: runs on QCoreApplication, needs no
// display. Exit codes: 0 success, 1 failure, 2 usage error, 3 connected but
// read-only (status).
class CommandLine {
public:
    enum ExitCode {
        Success = 0,
        Failure = 1,
        UsageError = 2,
        ReadOnly = 3,
        FinishedWithProblems = 3
    };

    // True when `arguments` (without the program name) ask for a headless
    // command: a subcommand, --help or --version.
    static bool isHeadless(const QStringList &arguments);
    static QStringList subcommands();

    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static QString versionText();
    QString helpText() const;

private:
    int status(const QStringList &args);
    int generate(const QStringList &args);
    int profiles(const QStringList &args);
    int migrate(const QStringList &args);
    int selfTest(const QStringList &args);
    // Connects and prints the status report; shared by `status` and `profiles test`.
    int report(const ConnectionSettings &settings, const QString &password,
               const QString &actorEmail, int defaultProjectLimit, bool json);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace codemie
