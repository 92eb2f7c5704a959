#pragma once

#include "PlatformDatabase.h"
#include "SchemaCapabilities.h"

namespace codemie {

// What the console found in the database and what it may do there.
struct SchemaInfo {
    QString serverVersion;
    QString revision; // alembic_version.version_num, empty when unreadable
    PlatformRelease release;
    SchemaCapabilities caps;
    bool upgradeInProgress = false;
    bool serverReadOnly = false; // a hot standby or a read-only transaction default
    bool userMayWrite = true;    // the database user has write privileges
    bool canWrite = false;       // all reasons below are empty
    QString readOnlyReason;      // why writing is disabled, for the banner and the CLI
    bool builtInMigrationSeen = false;
};

// Reads alembic_version (never hanging on the platform's upgrade lock) and the
// catalogue, and decides what the console may read and write.
class SchemaProbe {
public:
    explicit SchemaProbe(const PlatformDatabase &db);
    Result<SchemaInfo> probe() const;

private:
    bool hasTable(const QString &table) const;
    bool hasColumn(const QString &table, const QString &column) const;
    Outcome readRevision(SchemaInfo &info) const;

    const PlatformDatabase &m_db;
};

} // namespace codemie
