#pragma once

#include <QString>
#include <QUrl>

namespace codemie {

// Where and how to read users from a live Keycloak. Never holds the client
// secret: that comes from the keychain or the environment and is handed to
// KeycloakClient separately.
struct KeycloakSourceSettings {
    // How the client proves its identity at the token endpoint. SecretPost
    // (id and secret percent-encoded in the form body) works the same on
    // every Keycloak version; SecretBasic percent-encodes both before base64,
    // as Keycloak 20+ expects (RFC 6749 §2.3.1).
    enum class ClientAuthentication { SecretPost, SecretBasic };

    QUrl baseUrl; // e.g. https://kc.example.com or http://127.0.0.1:8080 (with or without /auth)
    QString realm;
    QString clientId;
    QString caBundlePath; // PEM file with extra trusted CA certificates, optional
    bool allowPlainHttp =
        false;             // plain http:// only for loopback hosts, or when the user confirmed
    int pageSize = 100;    // users per request, 1..100
    int maxInFlight = 4;   // requests in flight at once, 1..6
    int timeoutMs = 30000; // a request with no progress for this long is abandoned (retried)
    int maxRetries = 5;    // retries per request on timeouts, resets, 429 and 5xx
    // One answer still arriving after this long in all (a server or proxy that
    // trickles bytes, so that the no-progress time-out never fires) is
    // abandoned and not retried: 1 s .. 1 h.
    int maxRequestMs = 300000;
    ClientAuthentication clientAuthentication = ClientAuthentication::SecretPost;
    // The operator confirmed that the server is Keycloak 23 or older, where
    // /users/profile may not exist and attributes come back unfiltered.
    bool assumeNoUserProfile = false;
    int retryBaseDelayMs = 250;                   // first back-off; doubles per retry, max 8 s
    qint64 maxResponseBytes = 32LL * 1024 * 1024; // larger answers are refused
};

} // namespace codemie
