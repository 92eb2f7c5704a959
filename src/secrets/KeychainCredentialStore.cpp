#include "KeychainCredentialStore.h"

#include "MemoryCredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)
};

// Runs a QtKeychain job to completion without needing a running event loop
// in the caller, with a time limit so a hung keychain never hangs the console.
bool runJob(QKeychain::Job &job, int timeoutMs = 15000)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Outcome failure(const QKeychain::Job &job, const QString &what)
{
    QString help;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        help = Tr::tr("No keychain service is running. On Linux, start a Secret Service provider "
                      "such as GNOME Keyring or KWallet.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        help = Tr::tr("The keychain refused access; unlock it and allow CodeMie Admin Console.");
        break;
    default:
        help = Tr::tr("Check that a keychain service (on Linux: GNOME Keyring or KWallet) is "
                      "running and unlocked.");
        break;
    }
    return Outcome::failure(Outcome::Kind::DatabaseError, what, job.errorString(), help);
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_WIN)
    return Tr::tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return Tr::tr("macOS Keychain");
#else
    return Tr::tr("Secret Service");
#endif
}

Result<QString> KeychainCredentialStore::read(const QString &key)
{
    Result<QString> r;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job)) {
        r.outcome = Outcome::failure(Outcome::Kind::Busy, Tr::tr("The keychain did not answer."),
                                     {}, Tr::tr("Unlock the keychain and try again."));
        return r;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        r.outcome = Outcome::failure(Outcome::Kind::NotFound, Tr::tr("No secret is stored."));
        return r;
    }
    if (job.error() != QKeychain::NoError) {
        r.outcome = failure(job, Tr::tr("Could not read the secret from the keychain."));
        return r;
    }
    r.value = job.textData();
    return r;
}

Outcome KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job))
        return Outcome::failure(Outcome::Kind::Busy, Tr::tr("The keychain did not answer."), {},
                                Tr::tr("Unlock the keychain and try again."));
    if (job.error() != QKeychain::NoError)
        return failure(job, Tr::tr("Could not save the secret in the keychain."));
    return Outcome::ok();
}

Outcome KeychainCredentialStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return Outcome::failure(Outcome::Kind::Busy, Tr::tr("The keychain did not answer."), {},
                                Tr::tr("Unlock the keychain and try again."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(job, Tr::tr("Could not delete the secret from the keychain."));
    return Outcome::ok();
}

bool KeychainCredentialStore::probe(QString *reason)
{
    const auto r = read(QStringLiteral("probe/availability"));
    if (r.isOk() || r.outcome.kind() == Outcome::Kind::NotFound)
        return true;
    if (reason) {
        *reason = Tr::tr("the operating system's keychain (%1) did not answer").arg(backendName());
        if (!r.outcome.details().isEmpty())
            *reason += QStringLiteral(" (") + r.outcome.details() + QLatin1Char(')');
        *reason += QStringLiteral(". ") + r.outcome.help();
    }
    return false;
}

CredentialStoreProvider::Opened CredentialStoreProvider::open(int retryDelayMs)
{
    Opened opened;
    auto keychain = std::make_unique<KeychainCredentialStore>();
    QString reason;
    bool ok = keychain->probe(&reason);
    if (!ok && retryDelayMs > 0) {
        QThread::msleep(static_cast<unsigned long>(retryDelayMs));
        ok = keychain->probe(&reason);
    }
    if (ok) {
        opened.store = std::move(keychain);
        return opened;
    }
    opened.store = std::make_unique<MemoryCredentialStore>();
    opened.unavailableReason = reason;
    return opened;
}

} // namespace codemie
