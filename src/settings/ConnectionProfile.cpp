#include "ConnectionProfile.h"

#include <QHostAddress>

namespace codemie {

bool ConnectionProfile::keycloakNeedsPlainHttpConfirmation() const
{
    if (!hasKeycloak || keycloakUrl.scheme() != QStringLiteral("http"))
        return false;
    const QString host = keycloakUrl.host();
    if (host == QStringLiteral("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

} // namespace codemie
