#pragma once

#include "MigrationTypes.h"
#include "Outcome.h"
#include "SchemaCapabilities.h"

namespace codemie {

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
};

} // namespace codemie
