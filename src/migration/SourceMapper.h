#pragma once

#include "KeycloakUser.h"
#include "MigrationTypes.h"

namespace codemie {

// Turns Keycloak users into source users by the migration's mapping rules:
// service accounts and (unless asked) disabled users are skipped; project
// names are split on commas, trimmed, de-duplicated case-insensitively; a
// name in applications_admin makes the membership a project-admin one.
class SourceMapper {
public:
    static SourceUser map(const KeycloakUser &user, const MigrationOptions &options);
    // The parts of a mapped user that depend on the options (the skip
    // reason, the admin role): a user mapped once is planned again under
    // other options (the wizard's Back) without reading Keycloak again.
    static void applyOptions(SourceUser &user, const MigrationOptions &options);
    static QList<SourceUser> mapAll(const QList<KeycloakUser> &users,
                                    const MigrationOptions &options);
    // The values of one attribute, split and trimmed, empties dropped, in order.
    static QStringList splitProjectNames(const QStringList &values);
};

} // namespace codemie
