#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace codemie {

// An access token obtained by client credentials, with its lifetime measured
// on the local monotonic clock (never the `exp` claim: clocks drift) and the
// claims decoded for display. The signature is not checked: the token is
// only shown and sent back to the server that issued it. Never written to
// disk or a log.
class KeycloakAccessToken {
public:
    KeycloakAccessToken() = default;
    KeycloakAccessToken(QByteArray value, qint64 expiresInSeconds);

    bool isEmpty() const { return m_value.isEmpty(); }
    const QByteArray &value() const { return m_value; }
    qint64 lifetimeSeconds() const { return m_lifetimeMs / 1000; }
    // True while more than the renewal margin is left: 30 s as Keycloak's own
    // admin client uses, or half the lifetime for short-lived tokens.
    bool isUsable() const;
    void clear();

    // Claims of a JWT-shaped token; empty when the token is opaque.
    bool hasClaims() const { return m_hasClaims; }
    // Roles under resource_access.<client>.roles.
    QStringList clientRoles(const QString &client) const;
    bool carriesRoleInformation() const { return m_hasResourceAccess; }
    QString issuer() const { return m_issuer; }
    QString authorizedParty() const { return m_azp; }

private:
    QByteArray m_value;
    qint64 m_lifetimeMs = 0;
    QElapsedTimer m_received;
    bool m_hasClaims = false;
    bool m_hasResourceAccess = false;
    QString m_issuer;
    QString m_azp;
    QByteArray m_payload;
};

} // namespace codemie
