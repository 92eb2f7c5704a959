#pragma once

#include "MigrationTypes.h"
#include "Outcome.h"
#include "SchemaCapabilities.h"

namespace codemie {

class DatabaseSnapshot;
class PlatformDatabase;

// Re-reads the database and checks, for every source user the rules import,
// that the user exists with the memberships and roles the rules require.
// Lists every difference.
class MigrationVerifier {
public:
    static Result<VerificationResult> verify(const PlatformDatabase &db,
                                             const SchemaCapabilities &caps,
                                             const QList<SourceUser> &source,
                                             const MigrationOptions &options);
    // Checks `users` against `snapshot`, which must hold what concerns them
    // (DatabaseSnapshot::loadFor): a streamed run verifies window by window.
    static void verifyUsers(const DatabaseSnapshot &snapshot, const QList<SourceUser> &users,
                            const MigrationOptions &options, VerificationResult &result);
};

} // namespace codemie
