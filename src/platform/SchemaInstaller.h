#pragma once

#include "PlatformDatabase.h"

namespace codemie {

// Creates an empty platform schema of a given release from the fixtures
// shipped in the resources. For the demo database, tests and benchmarks
// only: the console never creates or alters the tables of a real platform.
class SchemaInstaller {
public:
    // "2.18.0", "2.19.0", "2.42.0" on PostgreSQL; "2.42.0" on SQLite.
    static QStringList releases(bool postgres);
    static Outcome install(const PlatformDatabase &db, const QString &release);
    static QString scriptPath(bool postgres, const QString &release);
};

} // namespace codemie
