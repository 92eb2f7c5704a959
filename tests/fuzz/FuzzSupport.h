// Shared by the libFuzzer targets: one QCoreApplication per process, Qt's
// messages kept off the terminal (qFatal still aborts), and one scratch
// folder per process for the targets that read files.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace codemie::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        QFile err;
        if (err.open(stderr, QIODevice::WriteOnly))
            err.write(message.toLocal8Bit() + '\n');
        abort();
    }
}

// Called from LLVMFuzzerInitialize.
inline void initialize(int *argc, char ***argv)
{
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argc > 0 ? (*argv)[0] : nullptr), nullptr};
    static char name[] = "codemie-fuzz";
    if (!qtArgv[0])
        qtArgv[0] = name;
    qInstallMessageHandler(quietMessages);
    // Never destroyed: at exit, after Qt's own statics are gone, it would
    // free them a second time.
    static QCoreApplication *app = new QCoreApplication(qtArgc, qtArgv);
    (void)app;
    QCoreApplication::setOrganizationName(QStringLiteral("CodeMieFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("codemie-fuzz"));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The process's scratch folder, emptied on every call.
inline QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                 QStringLiteral("/codemie-fuzz-XXXXXX"));
        if (!d->isValid())
            qFatal("no scratch folder");
        return d;
    }();
    QDir d(dir->path());
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden | QDir::System))
        d.remove(name);
    return dir->path();
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

} // namespace codemie::fuzz
