#pragma once

#include "KeycloakUser.h"
#include "Outcome.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace codemie {

// The offline source: what `kc.sh export` wrote. Accepts
//  - one file with the realm and its `users` (--users realm_file, or --file),
//  - a realm file `<realm>-realm.json` with `<realm>-users-<N>.json` files
//    beside it (--users different_files / same_file), given as the realm
//    file, one of the users files, or the folder,
//  - a JSON list of realms (--file without --realm), with `realm` naming one.
// Only the fields the migration needs are read; credentials are never kept.
class RealmExportReader {
public:
    struct Export {
        QString realm;
        QList<KeycloakUser> users; // service accounts included (serviceAccountClientId set)
        QMap<QString, QStringList> roleMembers; // realm role -> ids of its direct holders
        QStringList files;                      // the files read, in order
        int duplicatesDropped = 0;              // users listed twice (same id)
        QStringList warnings;                   // for the operator (duplicates dropped)
    };
    static Result<Export> read(const QString &path, const QString &realm = {});

    // Largest export file read, in bytes.
    static constexpr qint64 maxFileBytes = 1024LL * 1024 * 1024;
};

} // namespace codemie
