#pragma once

#include "Outcome.h"

#include <QString>

namespace codemie {

// Where connection secrets live: the operating system's keychain, or this
// process's memory when no keychain is reachable. Never a file.
class CredentialStore {
public:
    enum class Purpose { DatabasePassword, KeycloakClientSecret };

    virtual ~CredentialStore();
    // True when secrets survive a restart (a real keychain).
    virtual bool isPersistent() const = 0;
    // "Secret Service", "macOS Keychain", "memory only (this run)" ...
    virtual QString backendName() const = 0;
    // Outcome::Kind::NotFound when there is no such secret.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Outcome write(const QString &key, const QString &secret) = 0;
    // Removing a secret that does not exist is not an error.
    virtual Outcome remove(const QString &key) = 0;

    // Keys are scoped per profile (by its stable id, so a rename keeps them)
    // and per purpose: "profile/<id>/database-password".
    static QString keyFor(const QString &profileId, Purpose purpose);
    static QString serviceName() { return QStringLiteral("codemie-admin"); }
};

} // namespace codemie
