#pragma once

#include "DomainTypes.h"
#include "PlatformDatabase.h"
#include "SchemaProbe.h"

#include <memory>

namespace codemie {

// An open, probed connection plus the acting administrator: everything a
// repository needs to read, check the platform's rules, write and audit.
class PlatformSession {
public:
    struct Options {
        QString actorEmail;          // the platform user the console acts as
        int defaultProjectLimit = 3; // the deployment's USER_PROJECT_LIMIT
    };

    PlatformSession(ConnectionSettings settings, QString password, Options options);
    ~PlatformSession();

    // Connects, probes the schema and resolves the acting administrator.
    Outcome open();
    // A second, unopened session to the same database as the same actor, for
    // a worker thread (each thread needs its own connection).
    std::unique_ptr<PlatformSession> clone() const;
    // A second, unopened session for a worker that only reads (a page's
    // list, chart or model): opening it connects without probing the schema
    // and the acting administrator again; it takes this session's, as probed
    // when it connected or was last refreshed, so its reads are the same.
    // Nothing can be written through it (requireWritable() refuses).
    std::unique_ptr<PlatformSession> readerClone() const;
    // The same, acting as another administrator (a migration's chosen one).
    std::unique_ptr<PlatformSession> cloneActingAs(const QString &actorEmail) const;
    // Re-reads the schema state and the actor (after an upgrade, for instance).
    Outcome refresh();

    PlatformDatabase &db() { return *m_db; }
    const PlatformDatabase &db() const { return *m_db; }
    const SchemaInfo &schema() const { return m_schema; }
    const SchemaCapabilities &caps() const { return m_schema.caps; }
    const Options &options() const { return m_options; }
    bool hasActor() const { return !m_actor.id.isEmpty(); }
    const UserRecord &actor() const { return m_actor; }
    // Re-reads the acting administrator inside a write transaction.
    Outcome reloadActor();

    // True when the console may write; otherwise readOnlyReason() says why.
    bool canWrite() const { return readOnlyReason().isEmpty(); }
    QString readOnlyReason() const;
    // "Maintainer", "Admin", "User" or "(none)"
    QString actorRoleLabel() const;
    Outcome requireWritable() const;

private:
    Outcome resolveActor();

    ConnectionSettings m_settings;
    QString m_password; // in memory only, for clone()
    std::unique_ptr<PlatformDatabase> m_db;
    Options m_options;
    SchemaInfo m_schema;
    UserRecord m_actor;
    QString m_actorProblem;
    bool m_probed = false; // the last refresh() succeeded
    bool m_reader = false; // a readerClone(): never probes on open(), never writes
};

} // namespace codemie
