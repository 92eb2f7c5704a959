#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QThread;

namespace codemie::test {

class FakeKeycloakWorker;
struct FakeKeycloakState;

// A small HTTP/1.1 server on loopback that speaks the part of Keycloak's
// protocol the console uses, with the same JSON shapes, status codes and
// error bodies as a real Keycloak 26.5 (tst_keycloakfakehonesty sends the same
// raw requests to both and compares the answers):
//   GET  {p}/realms/{realm}/.well-known/openid-configuration
//   POST {p}/realms/{realm}/protocol/openid-connect/token   (client_credentials;
//        client_secret_basic with URL-decoded parts, or client_secret_post)
//   GET  {p}/admin/realms/{realm}/users/count
//   GET  {p}/admin/realms/{realm}/users?first&max&briefRepresentation
//   GET  {p}/admin/realms/{realm}/users/profile, PUT (needs manage-realm)
//   GET  {p}/admin/realms/{realm}/roles/{role}/users?first&max
// where {p} is "" or "/auth" (legacy layout). Users come from a realm export
// (the same file the real test server imports) and/or are generated (up to
// 100,000 and more). Faults the real server will not produce on demand are
// switched on per endpoint. Runs in its own thread, so a client that blocks
// the test thread is served.
class FakeKeycloak {
public:
    enum class Endpoint { Any, Discovery, Token, Count, Users, Profile, RoleUsers };
    enum class Fault {
        Delay,              // answer after delayMs
        Hang,               // never answer (the client must time out)
        Reset,              // drop the connection without an answer (TCP RST)
        ServiceUnavailable, // 503 with a proxy's HTML page
        BadGateway,         // 502 with a proxy's HTML page
        InternalError,      // 500 {"error":"unknown_error",...}
        TooManyRequests,    // 429 with Retry-After: retryAfterSeconds
        ShortPage,          // a users page with only half of its users
        Malformed,          // 200 with the JSON cut in half
        Huge,               // 200 with a 40 MiB body
        HtmlPage,           // 200 text/html (a login page)
        WrongTypes,         // 200, first user has "enabled": "yes"
        HugeValue,          // 200, first user has a 100 KiB attribute value
        Unauthorized,       // 401 whatever the token
        Corrupt,            // 200 with a few random bytes of the body changed
        Drip,               // 200, the real answer padded to dripBytes, sent in small
                            // pieces every dripIntervalMs (a proxy that trickles)
        Hold,               // the real answer, once the test calls releaseHeld()
    };
    struct Options {
        bool legacyAuthPrefix = false; // serve under /auth only
        int delayMs = 200;
        int retryAfterSeconds = 1;
        int tokenLifetimeSeconds = 0; // 0: the realm's / client's own lifespan
        int dripBytes = 96 * 1024;    // Drip: the answer's size (JSON padded with spaces)
        int dripChunkBytes = 2048;    // Drip: bytes sent at each tick
        int dripIntervalMs = 100;     // Drip: time between the pieces
        qint64 claimedUserCount = -1; // /users/count answers this instead of the truth (>= 0)
        bool includeUserProfileMetadata = true;
        QString tlsCertificatePath; // PEM; with the key, serve HTTPS
        QString tlsKeyPath;
    };

    FakeKeycloak();
    ~FakeKeycloak();
    FakeKeycloak(const FakeKeycloak &) = delete;
    FakeKeycloak &operator=(const FakeKeycloak &) = delete;

    // Realm, clients (secret, service account, roles, token lifespan), users,
    // realm-role members and user-profile configuration of a realm export.
    bool loadRealm(const QString &path, QString *error = nullptr);
    // An empty realm with one client whose service account holds the roles.
    void createRealm(const QString &realm, const QString &clientId, const QString &secret,
                     const QStringList &roles);
    // Adds `count` generated users (usernames gen-000001 …), deterministic.
    void generateUsers(int count);

    bool start();
    bool start(const Options &options);
    void stop();
    QUrl baseUrl() const; // without /auth, also in the legacy layout
    QString realm() const;
    QString clientSecret(const QString &clientId) const;
    int userCount() const; // listed users (service accounts excluded)

    // Faults for the next matching requests, in order, one request each.
    void injectFaults(Endpoint endpoint, const QList<Fault> &faults);
    // A fault for every matching request until cleared.
    void setPersistentFault(Endpoint endpoint, Fault fault);
    void clearFaults();
    int faultsPending() const;
    // Requests answered by Hold and not yet released; releasing sends their
    // answers (a test waits for heldCount(), sees the client's state in
    // between, then releases: a moment by construction, not by timing).
    int heldCount() const;
    void releaseHeld();

    void setTokenLifetimeSeconds(int seconds);
    void setUnmanagedAttributePolicy(const QString &policy); // "" = disabled
    void revokeTokens(); // every token issued so far answers 401
    // Removes the first `count` users (in username order) from the realm.
    void deleteFirstUsers(int count);

    int requestCount(Endpoint endpoint) const;
    int tokensIssued() const;
    QString lastClientAuthentication() const; // "basic" or "post"
    // Every request line received ("GET /admin/realms/x/users?first=0&max=100").
    QStringList requestLog() const;

private:
    std::shared_ptr<FakeKeycloakState> m_state;
    std::unique_ptr<QThread> m_thread;
    FakeKeycloakWorker *m_worker = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace codemie::test
