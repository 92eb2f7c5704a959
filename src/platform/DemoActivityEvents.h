#pragma once

#include "PlatformDatabase.h"
#include "SchemaCapabilities.h"

namespace codemie {

// Appends a realistic audit log (2.40+) to a database that already holds
// users and projects (the demo, the benchmarks): the platform's domains,
// event types, entity types and attribute keys (platform-rules.md §8),
// actors among the administrators or "system", timestamps spread between
// `from` and `to` with runs of equal timestamps as bulk operations make
// them. Deterministic for a seed. Runs inside the caller's transaction.
class DemoActivityEvents {
public:
    static Result<int> generate(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                quint32 seed, const QDateTime &from, const QDateTime &to,
                                int count);
};

} // namespace codemie
