#pragma once

#include "KeycloakPreflight.h"
#include "KeycloakReadReport.h"
#include "KeycloakSourceSettings.h"
#include "KeycloakUser.h"
#include "Outcome.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace codemie {

// Where the migration reads its users: a live Keycloak (admin API, read
// only) or what `kc.sh export` wrote. One reader for the CLI and the wizard.
struct MigrationSourceSpec {
    enum class Kind { Keycloak, ExportFile };
    Kind kind = Kind::ExportFile;
    QString exportPath; // a file, or a folder of split export files
    KeycloakSourceSettings keycloak;
    QString clientSecret; // in memory only
    QString adminRole;    // realm role whose members become admins (optional)

    // Identifies what is read: the wizard reads again only when this changes.
    QString identity() const;
};

struct MigrationSourceData {
    QList<KeycloakUser> users;
    QSet<QString> adminIds; // members of the admin role
    QString realm;
    QString sourceText; // for the plan's "source"
    QStringList warnings;
    KeycloakPreflight preflight;   // live only
    KeycloakReadReport readReport; // live only: pages, retries, renewals
};

// Receives the users of MigrationSource::readStreamed().
class MigrationSourceSink {
public:
    virtual ~MigrationSourceSink() = default;
    // Before the first users, and again whenever the read starts over (the
    // realm changed while it was read): drop what came before. `head` has
    // the realm, the source text and the admin role's members.
    virtual void restart(const MigrationSourceData &head) = 0;
    // The next users in the source's order, each once. False stops the read
    // with `failure()`.
    virtual bool add(QList<KeycloakUser> &users) = 0;
    virtual Outcome failure() const = 0;
};

class MigrationSource {
public:
    // The sample realm export embedded in the binary (resources/demo),
    // written once into the user's data folder so that the demo database can
    // run the whole migration with no server. Empty on failure.
    static QString demoExportPath();

    // Checks the source without reading its users: for Keycloak the
    // pre-flight (token, /auth layout, roles, count, user-profile policy);
    // for an export the whole file is read (there is no cheaper check).
    static Result<MigrationSourceData> check(const MigrationSourceSpec &spec,
                                             const std::atomic_bool *cancel = nullptr);
    // Reads every user and the admin role's members. `progress` gets users
    // read of the total, pages answered and requests retried so far
    // (Keycloak), called on the calling thread.
    static Result<MigrationSourceData>
    read(const MigrationSourceSpec &spec,
         const std::function<void(const KeycloakReadProgress &)> &progress = {},
         const std::atomic_bool *cancel = nullptr);
    // The same, handing the users to `sink` as they arrive instead of
    // holding them: from Keycloak page by page while later pages are read
    // (the admin role's members are read first); an export file is read
    // whole, then handed on in pieces. The result has no users.
    static Result<MigrationSourceData>
    readStreamed(const MigrationSourceSpec &spec, MigrationSourceSink &sink,
                 const std::function<void(const KeycloakReadProgress &)> &progress = {},
                 const std::atomic_bool *cancel = nullptr);
};

} // namespace codemie
