#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace codemie {

// Keeps secrets for this run only, in memory: used when no keychain is
// reachable. Nothing is ever written anywhere.
class MemoryCredentialStore : public CredentialStore {
public:
    bool isPersistent() const override { return false; }
    QString backendName() const override;
    Result<QString> read(const QString &key) override;
    Outcome write(const QString &key, const QString &secret) override;
    Outcome remove(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace codemie
