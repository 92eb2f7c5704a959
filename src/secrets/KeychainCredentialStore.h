#pragma once

#include "CredentialStore.h"

#include <memory>

namespace codemie {

// The operating system's keychain through QtKeychain: Windows Credential
// Manager, macOS Keychain, Secret Service or KWallet on Linux. QtKeychain's
// plaintext fallback is never enabled.
class KeychainCredentialStore : public CredentialStore {
public:
    explicit KeychainCredentialStore(QString service = serviceName());

    bool isPersistent() const override { return true; }
    QString backendName() const override;
    Result<QString> read(const QString &key) override;
    Outcome write(const QString &key, const QString &secret) override;
    Outcome remove(const QString &key) override;

    // Reads a key that does not exist: succeeds (NotFound) when the keychain
    // answers. On failure, `reason` says why in words for the banner.
    bool probe(QString *reason);

private:
    QString m_service;
};

// Opens the keychain, or falls back to memory with the reason. On Linux the
// Secret Service may still be starting with the session: one retry after a
// short delay.
class CredentialStoreProvider {
public:
    struct Opened {
        std::unique_ptr<CredentialStore> store;
        QString unavailableReason; // empty when the keychain works
    };
    static Opened open(int retryDelayMs = 1500);
};

} // namespace codemie
