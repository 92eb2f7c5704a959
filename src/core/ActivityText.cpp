#include "ActivityText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
};

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString ActivityText::actor(const ActivityEvent &e)
{
    if (e.actorId.isEmpty())
        return Tr::tr("system");
    if (!e.actorName.isEmpty() && !e.actorEmail.isEmpty())
        return QStringLiteral("%1 <%2>").arg(e.actorName, e.actorEmail);
    if (!e.actorEmail.isEmpty())
        return e.actorEmail;
    if (!e.actorName.isEmpty())
        return e.actorName;
    return e.actorId;
}

QString ActivityText::entity(const ActivityEvent &e)
{
    if (e.entityType.isEmpty())
        return e.entityId;
    if (e.entityId.isEmpty())
        return e.entityType;
    return QStringLiteral("%1: %2").arg(e.entityType, e.entityId);
}

QString ActivityText::attributesSummary(const QString &attributesJson, int maxLength)
{
    if (attributesJson.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(attributesJson.toUtf8(), &error);
    QString text;
    if (doc.isObject()) {
        QStringList parts;
        const QJsonObject o = doc.object();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), valueText(it.value()));
        text = parts.join(QStringLiteral(", "));
    } else {
        text = attributesJson.simplified();
    }
    // One line in the table: line breaks and tabs inside values become spaces.
    for (QChar &c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    if (maxLength > 1 && text.size() > maxLength) {
        qsizetype keep = maxLength - 1;
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never half a character before the ellipsis
        text = text.left(keep) + QChar(0x2026);
    }
    return text;
}

QString ActivityText::fullJson(const ActivityEvent &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("domain"), e.domain);
    o.insert(QStringLiteral("event_type"), e.eventType);
    o.insert(QStringLiteral("entity_type"), jsonOrNull(e.entityType));
    o.insert(QStringLiteral("entity_id"), jsonOrNull(e.entityId));
    o.insert(QStringLiteral("actor_id"), jsonOrNull(e.actorId));
    o.insert(QStringLiteral("actor_email"), jsonOrNull(e.actorEmail));
    o.insert(QStringLiteral("actor_name"), jsonOrNull(e.actorName));
    const QJsonDocument attributes = QJsonDocument::fromJson(e.attributesJson.toUtf8());
    if (attributes.isObject())
        o.insert(QStringLiteral("attributes"), attributes.object());
    else if (attributes.isArray())
        o.insert(QStringLiteral("attributes"), attributes.array());
    else
        o.insert(QStringLiteral("attributes"), jsonOrNull(e.attributesJson));
    o.insert(QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace codemie
