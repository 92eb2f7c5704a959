#include "KeycloakHttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <vector>

namespace codemie {

Q_LOGGING_CATEGORY(lcKeycloak, "codemie.keycloak", QtWarningMsg)

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeycloakHttp)
};

constexpr qint64 maxRetryAfterSeconds = 300;
constexpr int pollIntervalMs = 20;

QString describeUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

struct KeycloakHttp::Flight {
    Call *call = nullptr;
    QNetworkReply *reply = nullptr;
    QElapsedTimer lastActivity;
    QElapsedTimer started;
    quint64 tokenGeneration = 0;
    bool finished = false;
    bool tooLarge = false;
    bool timedOut = false;
    bool tooSlow = false; // still arriving after maxRequestMs in all
    QStringList sslErrors;
};

// ---------------------------------------------------------------- session

KeycloakHttp::Session::Session(KeycloakHttp &http)
    : m_http(http)
{
    if (m_http.m_sessionDepth++ > 0)
        return;
    m_owner = true;
    m_http.m_nam = new QNetworkAccessManager();
    // Never follow a redirect to another host: the token request carries the secret.
    m_http.m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_http.m_ssl = QSslConfiguration::defaultConfiguration();
    const KeycloakSourceSettings &s = m_http.m_settings;
    if (s.baseUrl.scheme() == QLatin1String("https") && !QSslSocket::supportsSsl()) {
        m_outcome = Outcome::failure(Outcome::Kind::Refused,
                                     Tr::tr("This computer cannot make HTTPS connections."),
                                     Tr::tr("No TLS library is available to Qt (%1).")
                                         .arg(QSslSocket::sslLibraryBuildVersionString()),
                                     Tr::tr("Install OpenSSL 3 and try again."));
        return;
    }
    if (!s.caBundlePath.isEmpty()) {
        QFile file(s.caBundlePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_outcome = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("The CA bundle “%1” cannot be read.").arg(s.caBundlePath),
                file.errorString(),
                Tr::tr("Give the path of a PEM file with the certificate of the authority that "
                       "signed Keycloak's certificate."));
            return;
        }
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(file.read(16 * 1024 * 1024), QSsl::Pem);
        if (certificates.isEmpty()) {
            m_outcome = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("The CA bundle “%1” holds no PEM certificate.").arg(s.caBundlePath), {},
                Tr::tr("The file must contain one or more “-----BEGIN CERTIFICATE-----” blocks."));
            return;
        }
        m_http.m_ssl.addCaCertificates(certificates);
    }
}

KeycloakHttp::Session::~Session()
{
    --m_http.m_sessionDepth;
    if (m_owner) {
        delete m_http.m_nam;
        m_http.m_nam = nullptr;
    }
}

// ---------------------------------------------------------------- engine

KeycloakHttp::KeycloakHttp(KeycloakSourceSettings settings, QString clientSecret)
    : m_settings(std::move(settings))
    , m_secret(std::move(clientSecret))
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 100);
    m_settings.maxInFlight = std::clamp(m_settings.maxInFlight, 1, 6);
    m_settings.timeoutMs = std::clamp(m_settings.timeoutMs, 100, 600000);
    m_settings.maxRequestMs = std::clamp(m_settings.maxRequestMs, 1000, 3600000);
    m_settings.maxRetries = std::clamp(m_settings.maxRetries, 0, 20);
    m_settings.retryBaseDelayMs = std::clamp(m_settings.retryBaseDelayMs, 1, 10000);
    m_settings.maxResponseBytes =
        std::clamp<qint64>(m_settings.maxResponseBytes, 64 * 1024, 1024LL * 1024 * 1024);
    // Every form in which the secret could travel; a very short secret would
    // garble every message and is not worth hiding.
    if (m_secret.size() >= 3) {
        const QByteArray utf8 = m_secret.toUtf8();
        const QByteArray encoded = QUrl::toPercentEncoding(m_secret);
        m_secretForms << m_secret << QString::fromLatin1(encoded)
                      << QString::fromLatin1(encoded).toLower()
                      << QString::fromLatin1(QByteArray(encoded).replace("%20", "+"));
        const QByteArray basicPlain =
            QUrl::toPercentEncoding(m_settings.clientId) + ':' + QUrl::toPercentEncoding(m_secret);
        const QByteArray rawPlain = m_settings.clientId.toUtf8() + ':' + utf8;
        m_secretForms << QString::fromLatin1(basicPlain.toBase64())
                      << QString::fromLatin1(rawPlain.toBase64())
                      << QString::fromLatin1(utf8.toBase64());
        m_secretForms.removeDuplicates();
    }
}

KeycloakHttp::~KeycloakHttp() = default;

qint64 KeycloakHttp::backoffMs(int attempt) const
{
    const qint64 base = m_settings.retryBaseDelayMs;
    const qint64 exp = base << std::min(attempt - 1, 10);
    const qint64 capped = std::min<qint64>(exp, 8000);
    return capped + QRandomGenerator::global()->bounded(capped / 5 + 1);
}

void KeycloakHttp::start(Flight &flight)
{
    Call &call = *flight.call;
    ++call.attempts;
    QNetworkRequest request(call.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("CodeMie-Admin-Console/" CODEMIE_VERSION));
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (call.bearer) {
        request.setRawHeader("Authorization", "Bearer " + m_token.value());
        flight.tokenGeneration = m_tokenGeneration;
    } else if (!call.authorization.isEmpty()) {
        request.setRawHeader("Authorization", call.authorization);
    }
    if (call.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    qCDebug(lcKeycloak).noquote() << call.verb << describeUrl(call.url) << "attempt"
                                  << call.attempts;
    QNetworkReply *reply = nullptr;
    if (call.verb == "GET")
        reply = m_nam->get(request);
    else if (call.verb == "POST")
        reply = m_nam->post(request, call.body);
    else if (call.verb == "PUT")
        reply = m_nam->put(request, call.body);
    else
        reply = m_nam->sendCustomRequest(request, call.verb, call.body);
    flight.reply = reply;
    flight.finished = false;
    flight.tooLarge = false;
    flight.timedOut = false;
    flight.tooSlow = false;
    flight.sslErrors.clear();
    flight.lastActivity.start();
    flight.started.start();
    Flight *f = &flight;
    const qint64 limit = m_settings.maxResponseBytes;
    QObject::connect(reply, &QNetworkReply::finished, reply, [f] { f->finished = true; });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [f, limit](qint64 received, qint64) {
                         f->lastActivity.restart();
                         if (received > limit)
                             f->tooLarge = true;
                     });
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                     [f](qint64, qint64) { f->lastActivity.restart(); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [f, limit] {
        f->lastActivity.restart();
        const QVariant length = f->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit)
            f->tooLarge = true;
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [f](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            f->sslErrors.append(e.errorString());
    });
}

KeycloakHttp::Next KeycloakHttp::finish(Flight &flight, qint64 &delayMs)
{
    Call &call = *flight.call;
    QNetworkReply *reply = flight.reply;
    const QString where =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(call.verb), describeUrl(call.url));
    call.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    call.payload.clear();
    call.mediaType = reply->header(QNetworkRequest::ContentTypeHeader)
                         .toString()
                         .section(QLatin1Char(';'), 0, 0)
                         .trimmed()
                         .toLower()
                         .toLatin1();
    QString retryReason;
    bool malformed = false;
    delayMs = 0;
    if (flight.timedOut)
        call.status = 0; // headers may have come, the body did not
    if (flight.tooSlow) {
        // Progress now and then resets the no-progress time-out; a server or
        // proxy that trickles its answer is stopped by this bound instead,
        // and not asked again (that would only multiply the wait).
        call.status = 0;
        call.failure = Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Keycloak's answer was still arriving after %1 seconds; it was not read.")
                .arg(m_settings.maxRequestMs / 1000),
            where,
            Tr::tr("Keycloak answers each request in well under a second. Something between "
                   "the console and Keycloak (a proxy, a VPN, an overloaded server) sends it far "
                   "too slowly: check the address, or try again when the network is well."));
        return Next::Done;
    }
    if (flight.tooLarge) {
        call.status = 0;
        call.failure = Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Keycloak's answer is larger than %1 MB; it was not read.")
                .arg(m_settings.maxResponseBytes / (1024 * 1024)),
            where,
            Tr::tr("A page of users is normally well under 1 MB. Check that the address points at "
                   "Keycloak and not at a proxy or file server."));
        return Next::Done;
    }
    if (call.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (flight.timedOut) {
            retryReason = Tr::tr("no answer within %1 seconds").arg(m_settings.timeoutMs / 1000.0);
        } else if (!flight.sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            QStringList problems = flight.sslErrors;
            if (problems.isEmpty())
                problems << reply->errorString();
            call.failure = Outcome::failure(
                Outcome::Kind::Refused,
                Tr::tr("The HTTPS connection to Keycloak is not trusted: %1")
                    .arg(problems.join(QStringLiteral("; "))),
                where,
                Tr::tr("If Keycloak uses a certificate from a private authority, give that "
                       "authority's "
                       "certificate as the CA bundle (PEM) of this source. Certificate errors are "
                       "never "
                       "ignored."));
            return Next::Done;
        } else {
            switch (error) {
            case QNetworkReply::RemoteHostClosedError:
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::TimeoutError:
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TemporaryNetworkFailureError:
            case QNetworkReply::NetworkSessionFailedError:
            case QNetworkReply::UnknownNetworkError:
            case QNetworkReply::ProxyConnectionClosedError:
            case QNetworkReply::ProxyTimeoutError:
            case QNetworkReply::UnknownServerError:
            case QNetworkReply::InternalServerError:
            case QNetworkReply::ServiceUnavailableError:
                retryReason = reply->errorString();
                break;
            case QNetworkReply::HostNotFoundError:
                call.failure = Outcome::failure(
                    Outcome::Kind::NotFound,
                    Tr::tr("The Keycloak host “%1” is not known.").arg(call.url.host()), where,
                    Tr::tr("Check the spelling of the Keycloak address and this computer's DNS "
                           "settings."));
                return Next::Done;
            default:
                call.failure = Outcome::failure(
                    Outcome::Kind::Refused,
                    Tr::tr("The request to Keycloak failed: %1").arg(reply->errorString()), where,
                    Tr::tr("Check the Keycloak address and the network, then try again."));
                return Next::Done;
            }
        }
    } else {
        call.payload = reply->readAll();
        if (call.status == 401 && call.bearer) {
            if (call.renewedAfter401) {
                call.failure = Outcome::failure(
                    Outcome::Kind::Refused,
                    Tr::tr("Keycloak rejected a freshly issued access token (HTTP 401)."),
                    where + QLatin1Char('\n') + keycloakError(call.payload),
                    Tr::tr(
                        "Use the same host name that Keycloak is configured with (its issuer): a "
                        "token obtained through one host name is refused through another. Check "
                        "also that the client's realm is the realm being read."),
                    401);
                return Next::Done;
            }
            call.renewedAfter401 = true;
            --call.attempts;
            if (flight.tokenGeneration == m_tokenGeneration) {
                m_token.clear();
                ++m_renewalsAfter401;
            }
            return Next::Renew;
        }
        if (call.status == 429 || call.status == 500 || call.status == 502 || call.status == 503 ||
            call.status == 504) {
            retryReason = Tr::tr("HTTP %1").arg(call.status);
            const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
            if (!retryAfter.isEmpty()) {
                bool ok = false;
                qint64 seconds = retryAfter.toLongLong(&ok);
                if (!ok) {
                    const QDateTime when =
                        QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
                    if (when.isValid()) {
                        seconds = std::max<qint64>(
                            0, QDateTime::currentDateTimeUtc().secsTo(when.toUTC()));
                        ok = true;
                    }
                }
                if (ok && seconds > maxRetryAfterSeconds) {
                    call.failure = Outcome::failure(
                        Outcome::Kind::Busy,
                        Tr::tr("Keycloak asked to wait %1 seconds before the next request.")
                            .arg(seconds),
                        where,
                        Tr::tr("Try again later, or ask the Keycloak administrator about the "
                               "rate limit in front of Keycloak."),
                        call.status);
                    return Next::Done;
                }
                if (ok)
                    delayMs = std::max<qint64>(seconds * 1000, 1);
            }
        } else if (call.status >= 200 && call.status < 300) {
            if (looksLikeHtml(call)) {
                const QString title = htmlTitle(call.payload);
                call.failure = Outcome::failure(
                    Outcome::Kind::InvalidInput,
                    Tr::tr("Keycloak answered with a web page instead of data."),
                    where + (title.isEmpty() ? QString() : QStringLiteral("\n«%1»").arg(title)),
                    Tr::tr("The address probably points at a login page, a proxy or another web "
                           "application. Give the address of Keycloak itself."),
                    call.status);
                return Next::Done;
            }
            const QString bad = call.acceptBody();
            if (!call.failure)
                return Next::Done; // the body is wrong in a way a retry will not change
            if (!bad.isEmpty()) {
                retryReason = bad;
                malformed = true;
            }
        }
    }
    if (retryReason.isEmpty())
        return Next::Done;
    if (call.attempts > m_settings.maxRetries) {
        if (malformed) {
            call.failure =
                Outcome::failure(Outcome::Kind::InvalidInput,
                                 Tr::tr("Keycloak's answer cannot be read: %1").arg(retryReason),
                                 Tr::tr("%1, %2 attempts").arg(where).arg(call.attempts),
                                 Tr::tr("Check that the address points at Keycloak itself and not "
                                        "at a proxy or another "
                                        "service, then try again."),
                                 call.status);
        } else {
            QString details = Tr::tr("%1, %2 attempts").arg(where).arg(call.attempts);
            const QString said = call.status ? keycloakError(call.payload) : QString();
            if (!said.isEmpty())
                details += QLatin1Char('\n') + said;
            call.failure = Outcome::failure(
                Outcome::Kind::Busy,
                Tr::tr("Keycloak did not answer properly (%1), also after %2 retries.")
                    .arg(retryReason)
                    .arg(m_settings.maxRetries),
                details,
                Tr::tr("Check that Keycloak is running and reachable from this computer, then try "
                       "again; a later run continues where this one stopped."),
                call.status);
        }
        return Next::Done;
    }
    if (delayMs <= 0)
        delayMs = backoffMs(call.attempts);
    ++m_retries;
    qCDebug(lcKeycloak).noquote() << "retry" << where << "in" << delayMs << "ms:" << retryReason;
    return Next::Retry;
}

Outcome KeycloakHttp::run(const QList<Call *> &calls, const std::atomic_bool *cancel,
                          const std::function<bool(Call &)> &onDone)
{
    Q_ASSERT(m_nam);
    struct Waiting {
        Call *call;
        qint64 notBefore;
    };
    std::deque<Waiting> waiting;
    for (Call *c : calls) {
        c->status = 0;
        c->payload.clear();
        c->failure = Outcome::ok();
        c->attempts = 0;
        c->renewedAfter401 = false;
        waiting.push_back({c, 0});
    }
    std::vector<std::unique_ptr<Flight>> flights;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer tick;
    tick.start(pollIntervalMs);
    bool stop = false;
    qint64 pauseUntil = 0;
    auto abortAll = [&flights] {
        for (auto &f : flights) {
            if (f->reply) {
                f->reply->disconnect();
                f->reply->abort();
                delete f->reply;
                f->reply = nullptr;
            }
        }
        flights.clear();
    };

    while (true) {
        if (cancel && cancel->load()) {
            abortAll();
            return cancelled();
        }
        // Finished answers.
        for (auto it = flights.begin(); it != flights.end() && !stop;) {
            Flight &f = **it;
            if (!f.finished && f.tooLarge) {
                f.reply->abort();
                f.finished = true;
            }
            if (!f.finished && f.started.elapsed() > m_settings.maxRequestMs) {
                f.tooSlow = true;
                f.reply->abort();
                f.finished = true;
            }
            if (!f.finished && f.lastActivity.elapsed() > m_settings.timeoutMs) {
                f.timedOut = true;
                f.reply->abort();
                f.finished = true;
            }
            if (!f.finished) {
                ++it;
                continue;
            }
            qint64 delay = 0;
            const Next next = finish(f, delay);
            f.reply->disconnect();
            delete f.reply;
            f.reply = nullptr;
            Call *call = f.call;
            it = flights.erase(it);
            if (next == Next::Retry) {
                // The whole batch backs off, not only this request: a server
                // that asks to wait (429) or struggles (5xx, timeouts) gets
                // no new requests in the meantime.
                pauseUntil = std::max(pauseUntil, clock.elapsed() + delay);
                waiting.push_front({call, clock.elapsed() + delay});
            } else if (next == Next::Renew) {
                waiting.push_front({call, 0});
            } else if (onDone && !onDone(*call)) {
                stop = true;
            }
        }
        if (stop) {
            abortAll();
            return Outcome::ok();
        }
        if (waiting.empty() && flights.empty())
            return Outcome::ok();
        // New requests, oldest ready first.
        while (static_cast<int>(flights.size()) < m_settings.maxInFlight &&
               clock.elapsed() >= pauseUntil) {
            const qint64 now = clock.elapsed();
            auto ready = std::find_if(waiting.begin(), waiting.end(),
                                      [now](const Waiting &w) { return w.notBefore <= now; });
            if (ready == waiting.end())
                break;
            Call *call = ready->call;
            if (call->bearer && !m_token.isUsable()) {
                const Outcome o = obtainToken(cancel);
                if (!o) {
                    abortAll();
                    return o;
                }
                continue; // time has passed; look again
            }
            waiting.erase(ready);
            auto flight = std::make_unique<Flight>();
            flight->call = call;
            start(*flight);
            flights.push_back(std::move(flight));
        }
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
}

Outcome KeycloakHttp::ensureToken(const std::atomic_bool *cancel)
{
    if (m_token.isUsable())
        return Outcome::ok();
    return obtainToken(cancel);
}

Outcome KeycloakHttp::obtainToken(const std::atomic_bool *cancel)
{
    Call call;
    call.verb = QByteArrayLiteral("POST");
    call.url = m_tokenUrl;
    call.bearer = false;
    call.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    const QByteArray id = QUrl::toPercentEncoding(m_settings.clientId);
    const QByteArray secret = QUrl::toPercentEncoding(m_secret);
    if (m_settings.clientAuthentication ==
        KeycloakSourceSettings::ClientAuthentication::SecretBasic) {
        const QByteArray credentials = id + ':' + secret;
        call.authorization = "Basic " + credentials.toBase64();
        call.body = QByteArrayLiteral("grant_type=client_credentials");
    } else {
        call.body = "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret;
    }
    const Outcome batch = run({&call}, cancel);
    if (!batch)
        return batch;
    if (!call.failure)
        return scrub(call.failure);
    const QString where = describeUrl(m_tokenUrl);
    if (call.status == 200) {
        KeycloakAccessToken token;
        const QString problem = readTokenAnswer(call.payload, token);
        if (!problem.isEmpty()) {
            return scrub(Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("Keycloak's token answer cannot be used: %1.").arg(problem), where,
                Tr::tr("Check that the address points at Keycloak itself."), 200));
        }
        m_token = std::move(token);
        ++m_tokenGeneration;
        ++m_tokensObtained;
        return Outcome::ok();
    }
    QString code;
    const QString said = keycloakError(call.payload, &code);
    const QString details = where + (said.isEmpty() ? QString() : QLatin1Char('\n') + said);
    if (call.status == 404) {
        return scrub(Outcome::failure(
            Outcome::Kind::NotFound,
            Tr::tr("The realm “%1” does not exist on this Keycloak server.").arg(m_settings.realm),
            details, Tr::tr("Check the realm name; it is case-sensitive."), 404));
    }
    if (call.status == 400 || call.status == 401) {
        return scrub(Outcome::failure(
            Outcome::Kind::Refused,
            Tr::tr(
                "Keycloak refused the client “%1”: wrong client id or secret, or the client is not "
                "set up for service accounts.")
                .arg(m_settings.clientId),
            details,
            Tr::tr("Check the client id and secret. In Keycloak, the client needs Client "
                   "authentication on and Service accounts roles enabled. If the secret contains "
                   "characters such as + or %, try the other client authentication style."),
            call.status));
    }
    return scrub(unexpectedAnswer(call, Tr::tr("Getting an access token")));
}

QString KeycloakHttp::readTokenAnswer(const QByteArray &payload, KeycloakAccessToken &token)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    const QJsonObject o = doc.object();
    const QJsonValue value = o.value(QLatin1String("access_token"));
    const QJsonValue type = o.value(QLatin1String("token_type"));
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Tr::tr("the answer is not a JSON object");
    if (!value.isString() || value.toString().isEmpty())
        return Tr::tr("it holds no access_token");
    if (value.toString().size() > 1024 * 1024)
        return Tr::tr("the access token is larger than 1 MB");
    if (!type.isUndefined() &&
        type.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return Tr::tr("the token type is “%1”, not Bearer").arg(type.toString().left(40));
    if (!expires.isUndefined() &&
        (!expires.isDouble() || expires.toDouble() < 1 || expires.toDouble() > 31.6e6))
        return Tr::tr("expires_in is not a number of seconds between 1 and a year");
    // Without expires_in, assume one minute and renew early.
    const qint64 lifetime = expires.isUndefined() ? 60 : static_cast<qint64>(expires.toDouble());
    token = KeycloakAccessToken(value.toString().toLatin1(), lifetime);
    return {};
}

Outcome KeycloakHttp::cancelled() const
{
    return Outcome::failure(Outcome::Kind::Refused, Tr::tr("Reading from Keycloak was cancelled."),
                            {}, Tr::tr("Nothing was changed. Start again when ready."));
}

Outcome KeycloakHttp::unexpectedAnswer(const Call &call, const QString &what) const
{
    if (!call.failure)
        return scrub(call.failure);
    QString details =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(call.verb), describeUrl(call.url));
    QString said = keycloakError(call.payload);
    if (said.isEmpty() && looksLikeHtml(call)) {
        said = Tr::tr("a web page titled «%1»").arg(htmlTitle(call.payload));
    } else if (said.isEmpty() && !call.payload.isEmpty()) {
        said = excerpt(call.payload);
    }
    if (!said.isEmpty())
        details += QLatin1Char('\n') + said;
    Outcome::Kind kind = Outcome::Kind::InvalidInput;
    QString help = Tr::tr("Check the Keycloak address, realm and client, then try again.");
    if (call.status == 401 || call.status == 403) {
        kind = Outcome::Kind::Refused;
    } else if (call.status == 404) {
        kind = Outcome::Kind::NotFound;
    } else if (call.status >= 500 || call.status == 429) {
        kind = Outcome::Kind::Busy;
        help = Tr::tr("Keycloak or a proxy in front of it has a problem; try again later.");
    }
    return scrub(
        Outcome::failure(kind, Tr::tr("%1: Keycloak answered HTTP %2.").arg(what).arg(call.status),
                         details, help, call.status));
}

QString KeycloakHttp::scrub(QString text) const
{
    for (const QString &form : m_secretForms)
        text.replace(form, QStringLiteral("[secret]"));
    return text;
}

Outcome KeycloakHttp::scrub(const Outcome &o) const
{
    if (o.isOk())
        return o;
    return Outcome::failure(o.kind(), scrub(o.message()), scrub(o.details()), scrub(o.help()),
                            o.httpStatus());
}

QString KeycloakHttp::keycloakError(const QByteArray &payload, QString *errorCode)
{
    if (payload.isEmpty() || payload.size() > 64 * 1024)
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const QString code = o.value(QLatin1String("error")).toString().left(300);
    const QString description = o.value(QLatin1String("error_description")).toString().left(500);
    if (errorCode)
        *errorCode = code;
    if (code.isEmpty())
        return description;
    return description.isEmpty() ? code : code + QStringLiteral(": ") + description;
}

bool KeycloakHttp::looksLikeHtml(const Call &call)
{
    if (call.mediaType == "text/html" || call.mediaType == "application/xhtml+xml")
        return true;
    const QByteArray start = call.payload.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.startsWith("<head") || start.startsWith("<body");
}

QString KeycloakHttp::htmlTitle(const QByteArray &payload)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]{0,300})"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(payload.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

QString KeycloakHttp::excerpt(const QByteArray &payload)
{
    QString text = QString::fromUtf8(payload.left(200));
    for (QChar &c : text)
        if (!c.isPrint())
            c = QLatin1Char(' ');
    text = text.simplified();
    if (payload.size() > 200)
        text += QStringLiteral("…");
    return text;
}

QUrl KeycloakHttp::appendPath(const QUrl &base, const QStringList &segments)
{
    QUrl url = base;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace codemie
