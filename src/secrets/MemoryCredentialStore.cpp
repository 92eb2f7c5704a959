#include "MemoryCredentialStore.h"

#include <QCoreApplication>

namespace codemie {

QString MemoryCredentialStore::backendName() const
{
    return QCoreApplication::translate("MemoryCredentialStore", "memory only (this run)");
}

Result<QString> MemoryCredentialStore::read(const QString &key)
{
    Result<QString> r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        r.outcome = Outcome::failure(
            Outcome::Kind::NotFound,
            QCoreApplication::translate("MemoryCredentialStore", "No secret is stored."));
    else
        r.value = it.value();
    return r;
}

Outcome MemoryCredentialStore::write(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    return Outcome::ok();
}

Outcome MemoryCredentialStore::remove(const QString &key)
{
    m_secrets.remove(key);
    return Outcome::ok();
}

} // namespace codemie
