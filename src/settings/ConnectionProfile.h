#pragma once

#include "ConnectionSettings.h"

#include <QUrl>

namespace codemie {

// One environment an administrator works with (dev, staging, prod): the
// platform database, who acts, and optionally a Keycloak source. Holds no
// secret: those live in the CredentialStore under keys scoped by `id`.
struct ConnectionProfile {
    QString id; // stable across renames
    QString name;
    ConnectionSettings database;
    QString actorEmail;
    int defaultProjectLimit = 3; // the deployment's USER_PROJECT_LIMIT

    bool hasKeycloak = false;
    QUrl keycloakUrl;
    QString keycloakRealm;
    QString keycloakClientId;
    QString keycloakCaBundle;
    // Detected at the last successful test; never asked of the user.
    bool keycloakLegacyAuthPrefix = false;
    // The user confirmed plain http:// for a non-loopback Keycloak, knowing
    // the client secret and user data cross the network readable.
    bool keycloakPlainHttpConfirmed = false;

    bool keycloakNeedsPlainHttpConfirmation() const;
    // "user@db.example:5432/codemie" or the SQLite file name.
    QString serverText() const { return database.displayName(); }
};

} // namespace codemie
