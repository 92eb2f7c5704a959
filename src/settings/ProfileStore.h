#pragma once

#include "ConnectionProfile.h"
#include "CredentialStore.h"

#include <QList>
#include <memory>
#include <optional>

class QSettings;

namespace codemie {

// Connection profiles in QSettings (the platform's standard configuration
// location). No secret is ever written there; deleting a profile deletes its
// secrets from the credential store, renaming keeps them.
class ProfileStore {
public:
    // Uses QSettings() of the application unless `settingsFile` is given.
    explicit ProfileStore(const QString &settingsFile = {});
    ~ProfileStore();

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> byName(const QString &name) const;
    std::optional<ConnectionProfile> byId(const QString &id) const;

    // Validates the name (not empty, unique case-insensitively) and saves.
    // A profile without an id gets one.
    Result<ConnectionProfile> save(ConnectionProfile profile);
    // Removes the profile and its secrets.
    Outcome remove(const QString &id, CredentialStore &secrets);
    // A copy under a new name, secrets copied too.
    Result<ConnectionProfile> duplicate(const QString &id, const QString &newName,
                                        CredentialStore &secrets);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);
    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace codemie
