#pragma once

#include "PlatformDatabase.h"
#include "SchemaCapabilities.h"

#include <QJsonObject>

namespace codemie {

// Appends `activity_events` rows (2.40+) for the changes the console makes,
// with the platform's domains, event types and attribute keys. Called inside
// the same transaction as the change it records.
class AuditTrail {
public:
    AuditTrail(const PlatformDatabase &db, const SchemaCapabilities &caps, QString actorId);

    Outcome record(const QString &domain, const QString &eventType, const QString &entityType,
                   const QString &entityId, const QJsonObject &attributes = {}) const;
    Outcome userEvent(const QString &eventType, const QString &userId,
                      const QJsonObject &attributes = {}) const;
    Outcome projectEvent(const QString &eventType, const QString &projectName,
                         const QJsonObject &attributes = {}) const;

    bool enabled() const { return m_caps.hasActivityEvents; }

private:
    const PlatformDatabase &m_db;
    const SchemaCapabilities &m_caps;
    QString m_actorId;
};

} // namespace codemie
