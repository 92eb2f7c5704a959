#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace codemie {

// What the connection check found out before any user is read.
struct KeycloakPreflight {
    QString serverLayout;  // "modern" or "legacy /auth"
    QUrl effectiveBaseUrl; // what the client will use
    QString issuer;        // from the discovery document
    int userCount = 0;
    bool canViewUsers = false;
    QString unmanagedAttributePolicy; // "ENABLED", "ADMIN_VIEW", "ADMIN_EDIT", or "" (disabled /
                                      // Keycloak < 24)
    bool attributesVisible = true;    // false => applications/applications_admin would be invisible
    QStringList tokenRoles;           // realm-management roles carried by the access token
    // The roles of the platform guide's list (KeycloakClient::guideRoles())
    // that the token lacks, in the guide's order; empty when the token carries
    // no role information. Filled in even when the pre-flight fails.
    QStringList missingRoles;
    // How to grant `missingRoles` in the Keycloak admin console (empty when
    // none is missing).
    QString grantRolesHelp;
    QString tokenAuthorizedParty; // azp claim
    int tokenLifetimeSeconds = 0; // expires_in of the token response
    QStringList warnings;
};

} // namespace codemie
