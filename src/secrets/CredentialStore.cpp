#include "CredentialStore.h"

namespace codemie {

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &profileId, Purpose purpose)
{
    const QString what = purpose == Purpose::DatabasePassword
                             ? QStringLiteral("database-password")
                             : QStringLiteral("keycloak-client-secret");
    return QStringLiteral("profile/%1/%2").arg(profileId, what);
}

} // namespace codemie
