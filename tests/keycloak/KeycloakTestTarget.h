#pragma once

#include "FakeKeycloak.h"
#include "KeycloakSourceSettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace codemie::test {

// The Keycloak a reader test runs against: the fake, loaded with the test
// realm, or the real test server started by scripts/keycloak-test-server
// (CODEMIE_TEST_KEYCLOAK_URL) that imported the same realm file. Realm
// settings are changed the way an operator would: through the admin API, as
// the service account of the client codemie-test-admin.
class KeycloakTestTarget {
public:
    static QString realmFile();
    static bool realAvailable();
    // Adds the data rows "fake" and "real" (column "target").
    static void addRows();
    // Adds "fake", "fake-legacy" (everything under /auth) and "real".
    static void addLayoutRows();
    // nullptr when the real server is not configured.
    static std::unique_ptr<KeycloakTestTarget> open(const QString &tag);
    ~KeycloakTestTarget();

    bool isReal() const { return !m_fake; }
    FakeKeycloak *fake() const { return m_fake.get(); }
    // The server's root, as an operator would type it (without /auth).
    QUrl baseUrl() const { return m_baseUrl; }
    // What the client should end up using: the root, or root + /auth.
    QUrl effectiveBaseUrl() const;
    QString layout() const
    {
        return m_prefix.isEmpty() ? QStringLiteral("modern") : QStringLiteral("legacy /auth");
    }
    QString realm() const { return m_realm; }
    KeycloakSourceSettings settings(const QString &clientId) const;
    QString secret(const QString &clientId) const;
    // Ids of the test realm's users by username, read from the realm file.
    QString userId(const QString &username) const;

    // Each returns an error text, empty on success. The user profile is put
    // back as it was when the target is closed.
    QString setUnmanagedAttributePolicy(const QString &policy);
    QString declareAttributes(const QStringList &names, const QStringList &viewers);

private:
    KeycloakTestTarget() = default;
    QString adminToken(QString *error);
    QString readProfile(QJsonObject *profile);
    QString writeProfile(const QJsonObject &profile);

    std::unique_ptr<FakeKeycloak> m_fake;
    QUrl m_baseUrl;
    QString m_prefix; // "" or "/auth"
    QString m_realm;
    QJsonObject m_realmJson;
    QJsonObject m_originalProfile;
    bool m_profileChanged = false;
};

} // namespace codemie::test

// Opens the target of the current data row. The real row fails under CI when
// the server is missing, and is skipped on a developer machine without one.
// The real server's layout comes from CODEMIE_TEST_KEYCLOAK_PATH ("" or /auth).
#define CODEMIE_KEYCLOAK_TARGET(var)                                                               \
    QFETCH(QString, target);                                                                       \
    auto var = codemie::test::KeycloakTestTarget::open(target);                                    \
    if (!var) {                                                                                    \
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))                                  \
            QFAIL("Keycloak test server missing under CI (CODEMIE_TEST_KEYCLOAK_URL unset)");      \
        QSKIP("No Keycloak test server (eval \"$(scripts/keycloak-test-server start DIR)\")");     \
    }
