#pragma once

#include "KeycloakAccessToken.h"
#include "KeycloakSourceSettings.h"
#include "Outcome.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace codemie {

Q_DECLARE_LOGGING_CATEGORY(lcKeycloak)

// The HTTP engine under KeycloakClient: runs a batch of requests with at most
// `maxInFlight` of them on the wire, each with its own no-progress timeout,
// retries with back-off on timeouts, resets, 429 (honouring Retry-After),
// 5xx and unusable bodies, obtains the client-credentials token and renews it
// before it expires and once after a 401. Synchronous: it spins a local event
// loop on the calling thread, so it works without a running event loop.
// Nothing it reports contains the client secret.
class KeycloakHttp {
public:
    struct Call {
        virtual ~Call() = default;
        QByteArray verb = QByteArrayLiteral("GET");
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QByteArray authorization; // explicit Authorization header (token request only)
        bool bearer = true;       // send the access token; renew it once on 401
        // Filled in by run():
        int status = 0; // HTTP status of the final answer, 0 when there was none
        QByteArray payload;
        QByteArray mediaType; // Content-Type without parameters, lower case
        Outcome failure;      // the call could not be completed (after retries)
        int attempts = 0;
        bool renewedAfter401 = false;
        // Called for a 2xx answer: parse the body and return an error text when
        // it is unusable; the call is then retried, and reported when retries
        // run out. Setting `failure` instead stops at once (a problem that a
        // retry will not change, such as a user with a wrongly typed field).
        virtual QString acceptBody() { return {}; }
    };

    // Owns the network access manager for the duration of one public call of
    // the client, on the calling thread. Nested sessions share the outer one.
    class Session {
    public:
        explicit Session(KeycloakHttp &http);
        ~Session();
        Session(const Session &) = delete;
        Session &operator=(const Session &) = delete;
        const Outcome &outcome() const { return m_outcome; }

    private:
        KeycloakHttp &m_http;
        bool m_owner = false;
        Outcome m_outcome;
    };

    KeycloakHttp(KeycloakSourceSettings settings, QString clientSecret);
    ~KeycloakHttp();
    KeycloakHttp(const KeycloakHttp &) = delete;
    KeycloakHttp &operator=(const KeycloakHttp &) = delete;

    // Runs the calls (in order of the list, at most maxInFlight at once).
    // onDone is called once per call when it is finished (answered or
    // failed); returning false stops the batch. Returns a failure only when
    // the batch as a whole stopped: cancelled, or no token could be had.
    Outcome run(const QList<Call *> &calls, const std::atomic_bool *cancel = nullptr,
                const std::function<bool(Call &)> &onDone = {});
    Outcome runOne(Call &call, const std::atomic_bool *cancel = nullptr)
    {
        return run({&call}, cancel);
    }

    void setTokenUrl(const QUrl &url) { m_tokenUrl = url; }
    // Gets a token now when there is none or it is about to expire.
    Outcome ensureToken(const std::atomic_bool *cancel = nullptr);
    const KeycloakAccessToken &token() const { return m_token; }
    void dropToken() { m_token.clear(); }

    int retries() const { return m_retries; }
    int tokensObtained() const { return m_tokensObtained; }
    int renewalsAfter401() const { return m_renewalsAfter401; }

    const KeycloakSourceSettings &settings() const { return m_settings; }

    // A finished call that did not give the expected answer, as a message
    // that names the request, the status and what Keycloak said.
    Outcome unexpectedAnswer(const Call &call, const QString &what) const;
    Outcome cancelled() const;
    // Removes every form of the client secret from a text or an outcome.
    QString scrub(QString text) const;
    Outcome scrub(const Outcome &outcome) const;

    // A client-credentials token answer (200): the token, or what is wrong
    // with the answer (then `token` is left as it was).
    static QString readTokenAnswer(const QByteArray &payload, KeycloakAccessToken &token);
    // {"error": …, "error_description": …} of a Keycloak error body.
    static QString keycloakError(const QByteArray &payload, QString *errorCode = nullptr);
    static bool looksLikeHtml(const Call &call);
    static QString htmlTitle(const QByteArray &payload);
    // A short, printable excerpt of a body for error details.
    static QString excerpt(const QByteArray &payload);
    // URL of base + the given path segments, each percent-encoded.
    static QUrl appendPath(const QUrl &base, const QStringList &segments);

private:
    struct Flight;
    Outcome obtainToken(const std::atomic_bool *cancel);
    void start(Flight &flight);
    // Decides what happens to a finished flight: 0 = done, >0 = retry after
    // that many ms (returned through delayMs), -1 = resend after a new token.
    enum class Next { Done, Retry, Renew };
    Next finish(Flight &flight, qint64 &delayMs);
    qint64 backoffMs(int attempt) const;

    KeycloakSourceSettings m_settings;
    QString m_secret;
    QStringList m_secretForms;
    QUrl m_tokenUrl;
    KeycloakAccessToken m_token;
    quint64 m_tokenGeneration = 0;
    QNetworkAccessManager *m_nam = nullptr;
    int m_sessionDepth = 0;
    QSslConfiguration m_ssl;
    int m_retries = 0;
    int m_tokensObtained = 0;
    int m_renewalsAfter401 = 0;
};

} // namespace codemie
