#include "KeycloakAccessToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace codemie {

KeycloakAccessToken::KeycloakAccessToken(QByteArray value, qint64 expiresInSeconds)
    : m_value(std::move(value))
    , m_lifetimeMs(expiresInSeconds * 1000)
{
    m_received.start();
    const QList<QByteArray> parts = m_value.split('.');
    if (parts.size() != 3)
        return;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return;
    m_payload = *decoded;
    m_hasClaims = true;
    const QJsonObject claims = doc.object();
    m_issuer = claims.value(QLatin1String("iss")).toString();
    m_azp = claims.value(QLatin1String("azp")).toString();
    m_hasResourceAccess = claims.value(QLatin1String("resource_access")).isObject();
}

bool KeycloakAccessToken::isUsable() const
{
    if (m_value.isEmpty() || !m_received.isValid())
        return false;
    const qint64 margin = std::min<qint64>(30000, m_lifetimeMs / 2);
    return m_received.elapsed() < m_lifetimeMs - margin;
}

void KeycloakAccessToken::clear()
{
    *this = KeycloakAccessToken();
}

QStringList KeycloakAccessToken::clientRoles(const QString &client) const
{
    QStringList roles;
    if (!m_hasClaims)
        return roles;
    const QJsonObject claims = QJsonDocument::fromJson(m_payload).object();
    const QJsonArray array = claims.value(QLatin1String("resource_access"))
                                 .toObject()
                                 .value(client)
                                 .toObject()
                                 .value(QLatin1String("roles"))
                                 .toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            roles.append(v.toString());
    roles.sort();
    return roles;
}

} // namespace codemie
