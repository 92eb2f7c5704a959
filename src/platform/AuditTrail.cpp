#include "AuditTrail.h"

#include <QJsonDocument>
#include <QUuid>

namespace codemie {

AuditTrail::AuditTrail(const PlatformDatabase &db, const SchemaCapabilities &caps, QString actorId)
    : m_db(db)
    , m_caps(caps)
    , m_actorId(std::move(actorId))
{}

Outcome AuditTrail::record(const QString &domain, const QString &eventType,
                           const QString &entityType, const QString &entityId,
                           const QJsonObject &attributes) const
{
    if (!enabled())
        return Outcome::ok();
    const QString sql = QStringLiteral("INSERT INTO activity_events (id, domain, event_type, "
                                       "entity_type, entity_id, actor_id, attributes, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, %1, ?)")
                            .arg(m_db.jsonParameter());
    const QVariant nullText(QMetaType::fromType<QString>());
    return m_db.exec(
        sql, {QUuid::createUuid().toString(QUuid::WithoutBraces), domain, eventType, entityType,
              entityId, m_actorId.isEmpty() ? nullText : QVariant(m_actorId),
              attributes.isEmpty() ? nullText
                                   : QVariant(QString::fromUtf8(
                                         QJsonDocument(attributes).toJson(QJsonDocument::Compact))),
              PlatformDatabase::utcValue(PlatformDatabase::nowUtc())});
}

Outcome AuditTrail::userEvent(const QString &eventType, const QString &userId,
                              const QJsonObject &attributes) const
{
    return record(QStringLiteral("user_management"), eventType, QStringLiteral("user"), userId,
                  attributes);
}

Outcome AuditTrail::projectEvent(const QString &eventType, const QString &projectName,
                                 const QJsonObject &attributes) const
{
    return record(QStringLiteral("project_management"), eventType, QStringLiteral("project"),
                  projectName, attributes);
}

} // namespace codemie
