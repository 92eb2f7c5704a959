#include "FakeKeycloak.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace codemie::test {

namespace {

struct FakeUser {
    QString id;
    QString username;
    QString email;
    QString firstName;
    QString lastName;
    bool enabled = true;
    bool emailVerified = false;
    qint64 createdTimestamp = 0;
    QMap<QString, QStringList> attributes;
    QStringList realmRoles;
    QString federationLink;
    // The full representation as last served, for the profile generation.
    mutable QByteArray cachedJson;
    mutable quint64 cachedGeneration = 0;
};

struct FakeClient {
    QString clientId;
    QString secret;
    bool serviceAccountsEnabled = false;
    bool publicClient = false;
    int tokenLifespan = 0;
    QString serviceAccountId;
    QStringList roles; // realm-management roles of the service account, expanded
};

struct IssuedToken {
    QString clientId;
    qint64 expiresAtMs = 0; // on the state's monotonic clock
    quint64 generation = 0;
};

QStringList expandRoles(const QStringList &roles)
{
    static const QHash<QString, QStringList> composites{
        {QStringLiteral("view-users"),
         {QStringLiteral("query-users"), QStringLiteral("query-groups")}},
        {QStringLiteral("view-clients"), {QStringLiteral("query-clients")}},
        {QStringLiteral("realm-admin"),
         {QStringLiteral("view-users"), QStringLiteral("query-users"),
          QStringLiteral("query-groups"), QStringLiteral("manage-users"),
          QStringLiteral("view-realm"), QStringLiteral("manage-realm"),
          QStringLiteral("view-clients"), QStringLiteral("query-clients"),
          QStringLiteral("query-realms"), QStringLiteral("view-events"),
          QStringLiteral("view-identity-providers"), QStringLiteral("view-authorization")}},
    };
    QStringList out = roles;
    for (int i = 0; i < out.size(); ++i)
        for (const QString &c : composites.value(out.at(i)))
            if (!out.contains(c))
                out.append(c);
    out.sort();
    return out;
}

QJsonObject defaultUserProfile()
{
    auto attr = [](const char *name, const QJsonObject &validations) {
        return QJsonObject{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("displayName"), QStringLiteral("${%1}").arg(QLatin1String(name))},
            {QStringLiteral("validations"), validations},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("view"),
                          QJsonArray{QStringLiteral("admin"), QStringLiteral("user")}},
                         {QStringLiteral("edit"),
                          QJsonArray{QStringLiteral("admin"), QStringLiteral("user")}}}},
            {QStringLiteral("multivalued"), false}};
    };
    const QJsonObject length255{
        {QStringLiteral("length"), QJsonObject{{QStringLiteral("max"), 255}}}};
    return QJsonObject{{QStringLiteral("attributes"),
                        QJsonArray{attr("username", length255), attr("email", length255),
                                   attr("firstName", length255), attr("lastName", length255)}},
                       {QStringLiteral("groups"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("name"), QStringLiteral("user-metadata")},
                            {QStringLiteral("displayHeader"), QStringLiteral("User metadata")}}}}};
}

// userProfileMetadata as the real server adds it to every full user.
QJsonObject profileMetadata()
{
    QJsonArray attributes;
    for (const char *name : {"username", "email", "firstName", "lastName"}) {
        attributes.append(QJsonObject{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("displayName"), QStringLiteral("${%1}").arg(QLatin1String(name))},
            {QStringLiteral("required"), QLatin1String(name) == QLatin1String("username")},
            {QStringLiteral("readOnly"), QLatin1String(name) == QLatin1String("username")},
            {QStringLiteral("validators"),
             QJsonObject{{QStringLiteral("multivalued"),
                          QJsonObject{{QStringLiteral("max"), QStringLiteral("1")}}},
                         {QStringLiteral("length"),
                          QJsonObject{{QStringLiteral("max"), 255},
                                      {QStringLiteral("ignore.empty.value"), true}}}}},
            {QStringLiteral("multivalued"), false}});
    }
    return QJsonObject{
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("user-metadata")},
                                {QStringLiteral("displayHeader"), QStringLiteral("User metadata")},
                                {QStringLiteral("displayDescription"),
                                 QStringLiteral("Attributes, which refer to user metadata")}}}}};
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString formDecode(const QByteArray &value)
{
    QByteArray v = value;
    v.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(v));
}

const QByteArray htmlProxyPage(int status, const char *reason)
{
    return QStringLiteral(
               "<html>\r\n<head><title>%1 %2</title></head>\r\n<body>\r\n<center><h1>%1 "
               "%2</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        .arg(status)
        .arg(QLatin1String(reason))
        .toUtf8();
}

} // namespace

struct FakeKeycloakState {
    mutable QMutex mutex;
    QString realm = QStringLiteral("codemie-test");
    int accessTokenLifespan = 300;
    QMap<QString, FakeClient> clients;
    std::vector<FakeUser> users; // humans, sorted by username
    QJsonObject userProfile = defaultUserProfile();
    QSet<QString> realmRoles{QStringLiteral("admin"), QStringLiteral("offline_access"),
                             QStringLiteral("uma_authorization")};
    QHash<QByteArray, IssuedToken> tokens;
    quint64 tokenGeneration = 0;
    int tokenLifetimeOverride = 0;
    QElapsedTimer clock;
    FakeKeycloak::Options options;
    QMap<FakeKeycloak::Endpoint, std::deque<FakeKeycloak::Fault>> faults;
    QMap<FakeKeycloak::Endpoint, FakeKeycloak::Fault> persistent;
    QMap<FakeKeycloak::Endpoint, int> requests;
    int held = 0; // answers kept by Fault::Hold
    int tokensIssued = 0;
    QString lastClientAuthentication;
    QStringList log;
    QJsonObject metadata = profileMetadata();
    quint64 profileGeneration = 1; // bumped whenever what users show changes

    void sortUsers()
    {
        std::sort(users.begin(), users.end(),
                  [](const FakeUser &a, const FakeUser &b) { return a.username < b.username; });
    }

    // Attributes as the admin API shows them under the realm's user profile.
    QSet<QString> declaredForAdmin() const
    {
        QSet<QString> out;
        for (const QJsonValue &a : userProfile.value(QLatin1String("attributes")).toArray()) {
            const QJsonObject o = a.toObject();
            const QJsonValue p = o.value(QLatin1String("permissions"));
            bool admin = !p.isObject();
            for (const char *key : {"view", "edit"})
                for (const QJsonValue &who : p.toObject().value(QLatin1String(key)).toArray())
                    admin = admin || who.toString() == QLatin1String("admin");
            if (admin)
                out.insert(o.value(QLatin1String("name")).toString());
        }
        return out;
    }
    QSet<QString> declaredAll() const
    {
        QSet<QString> out;
        for (const QJsonValue &a : userProfile.value(QLatin1String("attributes")).toArray())
            out.insert(a.toObject().value(QLatin1String("name")).toString());
        return out;
    }

    // The shapes the real server uses: the users list adds "access" (what
    // the caller may do) in both forms and userProfileMetadata in the full
    // one; the members of a role come without either.
    enum class Shape { ListFull, ListBrief, RoleFull, RoleBrief };
    QJsonObject userJson(const FakeUser &u, Shape shape, const QSet<QString> &visibleDeclared,
                         const QSet<QString> &allDeclared, bool unmanagedVisible) const
    {
        const bool brief = shape == Shape::ListBrief || shape == Shape::RoleBrief;
        const bool list = shape == Shape::ListFull || shape == Shape::ListBrief;
        QJsonObject o;
        o.insert(QStringLiteral("id"), u.id);
        o.insert(QStringLiteral("username"), u.username);
        if (!u.firstName.isEmpty())
            o.insert(QStringLiteral("firstName"), u.firstName);
        if (!u.lastName.isEmpty())
            o.insert(QStringLiteral("lastName"), u.lastName);
        if (!u.email.isEmpty())
            o.insert(QStringLiteral("email"), u.email);
        o.insert(QStringLiteral("emailVerified"), u.emailVerified);
        o.insert(QStringLiteral("enabled"), u.enabled);
        o.insert(QStringLiteral("createdTimestamp"), static_cast<double>(u.createdTimestamp));
        if (!u.federationLink.isEmpty())
            o.insert(QStringLiteral("federationLink"), u.federationLink);
        if (brief) {
            if (list)
                o.insert(QStringLiteral("access"), QJsonObject{{QStringLiteral("manage"), false}});
            return o;
        }
        QJsonObject attributes;
        for (auto it = u.attributes.begin(); it != u.attributes.end(); ++it) {
            const bool declared = allDeclared.contains(it.key());
            if (declared ? !visibleDeclared.contains(it.key()) : !unmanagedVisible)
                continue;
            attributes.insert(it.key(), QJsonArray::fromStringList(it.value()));
        }
        if (!attributes.isEmpty())
            o.insert(QStringLiteral("attributes"), attributes);
        if (list && options.includeUserProfileMetadata)
            o.insert(QStringLiteral("userProfileMetadata"), metadata);
        o.insert(QStringLiteral("totp"), false);
        o.insert(QStringLiteral("disableableCredentialTypes"), QJsonArray());
        o.insert(QStringLiteral("requiredActions"), QJsonArray());
        o.insert(QStringLiteral("notBefore"), 0);
        if (list)
            o.insert(QStringLiteral("access"), QJsonObject{{QStringLiteral("manage"), false}});
        return o;
    }

    bool takeFault(FakeKeycloak::Endpoint e, FakeKeycloak::Fault *fault)
    {
        for (FakeKeycloak::Endpoint key : {e, FakeKeycloak::Endpoint::Any}) {
            auto it = faults.find(key);
            if (it != faults.end() && !it->empty()) {
                *fault = it->front();
                it->pop_front();
                return true;
            }
        }
        for (FakeKeycloak::Endpoint key : {e, FakeKeycloak::Endpoint::Any}) {
            auto it = persistent.find(key);
            if (it != persistent.end()) {
                *fault = it.value();
                return true;
            }
        }
        return false;
    }
};

// ---------------------------------------------------------------- worker

struct FakeResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class FakeKeycloakWorker : public QObject {
public:
    explicit FakeKeycloakWorker(std::shared_ptr<FakeKeycloakState> state)
        : m_state(std::move(state))
    {}

    quint16 listen(bool *tls)
    {
        const FakeKeycloak::Options &o = m_state->options;
        if (!o.tlsCertificatePath.isEmpty()) {
            QFile cert(o.tlsCertificatePath), key(o.tlsKeyPath);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                return 0;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
            config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            auto *server = new QSslServer(this);
            server->setSslConfiguration(config);
            m_server = server;
            *tls = true;
        } else {
            m_server = new QTcpServer(this);
        }
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
                         [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return m_server->serverPort();
    }

    void releaseHeld()
    {
        const auto held = std::exchange(m_held, {});
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->held = 0;
        }
        for (const auto &[guard, response] : held) {
            if (!guard)
                continue; // the client gave up meanwhile
            write(guard, response);
            m_connections[guard].busy = false;
            read(guard);
        }
    }

    void shutdown()
    {
        if (m_server)
            m_server->close();
        for (QTcpSocket *s : std::as_const(m_sockets)) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
        m_sockets.clear();
    }

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;
    };

    void accept()
    {
        while (m_server->hasPendingConnections()) {
            QTcpSocket *socket = m_server->nextPendingConnection();
            m_sockets.insert(socket);
            m_connections.insert(socket, Connection());
            QObject::connect(socket, &QTcpSocket::readyRead, this,
                             [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_sockets.remove(socket);
                m_connections.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0)
                read(socket);
        }
    }

    void read(QTcpSocket *socket)
    {
        Connection &c = m_connections[socket];
        c.buffer += socket->readAll();
        while (!c.busy) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = c.buffer.left(end);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (c.buffer.size() < end + 4 + length)
                return;
            const QByteArray body = c.buffer.mid(end + 4, length);
            c.buffer.remove(0, end + 4 + length);
            handle(socket, requestLine.value(0), requestLine.value(1), headers, body);
        }
    }

    void write(QTcpSocket *socket, const FakeResponse &r)
    {
        if (!m_sockets.contains(socket))
            return;
        writeHead(socket, r);
        socket->write(r.body);
    }

    // The status line and headers, Content-Length the size of r.body.
    void writeHead(QTcpSocket *socket, const FakeResponse &r)
    {
        static const QHash<int, QByteArray> reasons{{200, "OK"},
                                                    {204, "No Content"},
                                                    {400, "Bad Request"},
                                                    {401, "Unauthorized"},
                                                    {403, "Forbidden"},
                                                    {404, "Not Found"},
                                                    {429, "Too Many Requests"},
                                                    {500, "Internal Server Error"},
                                                    {502, "Bad Gateway"},
                                                    {503, "Service Unavailable"}};
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                         reasons.value(r.status, "Unknown") + "\r\n";
        if (!r.contentType.isEmpty())
            out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n";
        socket->write(out);
    }

    // Sends the headers at once and the body in small pieces with pauses:
    // always some progress, the end only after size / chunk ticks.
    void drip(QTcpSocket *socket, FakeResponse response)
    {
        const qsizetype size =
            std::max<qsizetype>(m_state->options.dripBytes, response.body.size());
        response.body.append(QByteArray(size - response.body.size(), ' '));
        m_connections[socket].busy = true;
        writeHead(socket, response);
        QPointer<QTcpSocket> guard(socket);
        const qsizetype chunk = std::max(1, m_state->options.dripChunkBytes);
        auto *timer = new QTimer(this); // a child: gone with the server at the latest
        qsizetype sent = 0;
        QObject::connect(timer, &QTimer::timeout, this,
                         [this, guard, response, timer, chunk, sent]() mutable {
                             if (!guard || !m_sockets.contains(guard)) {
                                 timer->deleteLater();
                                 timer->stop();
                                 return;
                             }
                             guard->write(response.body.mid(sent, chunk));
                             sent += chunk;
                             if (sent >= response.body.size()) {
                                 timer->stop();
                                 timer->deleteLater();
                                 m_connections[guard].busy = false;
                                 read(guard);
                             }
                         });
        timer->start(std::max(1, m_state->options.dripIntervalMs));
    }

    void reset(QTcpSocket *socket)
    {
#ifdef Q_OS_UNIX
        struct linger l {};
        l.l_onoff = 1;
        l.l_linger = 0;
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l,
                     sizeof l);
#endif
        socket->abort();
    }

    static FakeResponse json(int status, const QJsonObject &o)
    {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
    static FakeResponse error(int status, const QString &error, const QString &description = {})
    {
        QJsonObject o{{QStringLiteral("error"), error}};
        if (!description.isEmpty())
            o.insert(QStringLiteral("error_description"), description);
        return json(status, o);
    }

    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        const QUrl url(QString::fromLatin1(target));
        QString path = url.path(QUrl::FullyDecoded);
        const QUrlQuery query(url);
        FakeKeycloak::Endpoint endpoint = FakeKeycloak::Endpoint::Any;
        FakeKeycloak::Fault fault{};
        bool faulty = false;
        FakeResponse response;
        QPointer<QTcpSocket> guard(socket);
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->log.append(QString::fromLatin1(method + ' ' + target));
            const QString prefix =
                m_state->options.legacyAuthPrefix ? QStringLiteral("/auth") : QString();
            bool prefixed =
                prefix.isEmpty() || path == prefix || path.startsWith(prefix + QLatin1Char('/'));
            if (prefixed)
                path = path.mid(prefix.size());
            QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (!prefixed) {
                response =
                    error(404, QStringLiteral("Unable to find matching target resource method"));
            } else if (segments.size() == 4 && segments[0] == QLatin1String("realms") &&
                       segments[2] == QLatin1String(".well-known") &&
                       segments[3] == QLatin1String("openid-configuration")) {
                endpoint = FakeKeycloak::Endpoint::Discovery;
            } else if (segments.size() == 5 && segments[0] == QLatin1String("realms") &&
                       segments[2] == QLatin1String("protocol") &&
                       segments[4] == QLatin1String("token")) {
                endpoint = FakeKeycloak::Endpoint::Token;
            } else if (segments.size() >= 4 && segments[0] == QLatin1String("admin") &&
                       segments[1] == QLatin1String("realms") &&
                       segments[3] == QLatin1String("users") && segments.size() <= 5) {
                if (segments.size() == 4)
                    endpoint = FakeKeycloak::Endpoint::Users;
                else if (segments[4] == QLatin1String("count"))
                    endpoint = FakeKeycloak::Endpoint::Count;
                else if (segments[4] == QLatin1String("profile"))
                    endpoint = FakeKeycloak::Endpoint::Profile;
            } else if (segments.size() == 6 && segments[0] == QLatin1String("admin") &&
                       segments[3] == QLatin1String("roles") &&
                       segments[5] == QLatin1String("users")) {
                endpoint = FakeKeycloak::Endpoint::RoleUsers;
            }
            if (endpoint != FakeKeycloak::Endpoint::Any) {
                m_state->requests[endpoint] += 1;
                faulty = m_state->takeFault(endpoint, &fault);
            } else if (response.body.isEmpty()) {
                response =
                    error(404, QStringLiteral("Unable to find matching target resource method"));
            }
            if (endpoint != FakeKeycloak::Endpoint::Any)
                response = route(endpoint, method, segments, query, headers, body,
                                 faulty ? &fault : nullptr);
        }
        if (faulty) {
            switch (fault) {
            case FakeKeycloak::Fault::Delay: {
                Connection &c = m_connections[socket];
                c.busy = true;
                QTimer::singleShot(m_state->options.delayMs, this, [this, guard, response] {
                    if (!guard)
                        return;
                    write(guard, response);
                    m_connections[guard].busy = false;
                    read(guard);
                });
                return;
            }
            case FakeKeycloak::Fault::Hang:
                m_connections[socket].busy = true;
                return;
            case FakeKeycloak::Fault::Hold: {
                m_connections[socket].busy = true;
                m_held.push_back({guard, response});
                QMutexLocker lock(&m_state->mutex);
                m_state->held = int(m_held.size());
                return;
            }
            case FakeKeycloak::Fault::Drip:
                drip(socket, response);
                return;
            case FakeKeycloak::Fault::Reset:
                reset(socket);
                return;
            case FakeKeycloak::Fault::ServiceUnavailable:
                response = FakeResponse{
                    503, "text/html", htmlProxyPage(503, "Service Temporarily Unavailable"), {}};
                break;
            case FakeKeycloak::Fault::BadGateway:
                response = FakeResponse{502, "text/html", htmlProxyPage(502, "Bad Gateway"), {}};
                break;
            case FakeKeycloak::Fault::InternalError:
                response = error(500, QStringLiteral("unknown_error"),
                                 QStringLiteral("For more on this error consult the server log."));
                break;
            case FakeKeycloak::Fault::TooManyRequests:
                response = FakeResponse{
                    429,
                    "text/html",
                    htmlProxyPage(429, "Too Many Requests"),
                    {{"Retry-After", QByteArray::number(m_state->options.retryAfterSeconds)}}};
                break;
            case FakeKeycloak::Fault::Malformed:
                response.body.truncate(response.body.size() / 2);
                response.body.append("}{");
                break;
            case FakeKeycloak::Fault::Huge: {
                QByteArray big(40 * 1024 * 1024, 'x');
                big.prepend("[{\"id\":\"");
                big.append("\"}]");
                response = FakeResponse{200, "application/json", big, {}};
                break;
            }
            case FakeKeycloak::Fault::HtmlPage:
                response = FakeResponse{
                    200,
                    "text/html;charset=utf-8",
                    QByteArrayLiteral("<!DOCTYPE html><html><head><title>Sign in to CodeMie</title>"
                                      "</head><body><form method=\"post\"></form></body></html>"),
                    {}};
                break;
            case FakeKeycloak::Fault::Unauthorized:
                response = error(401, QStringLiteral("HTTP 401 Unauthorized"));
                break;
            case FakeKeycloak::Fault::Corrupt: {
                QRandomGenerator *random = QRandomGenerator::global();
                const int changes = 1 + static_cast<int>(random->bounded(8));
                for (int i = 0; i < changes && !response.body.isEmpty(); ++i)
                    response.body[static_cast<qsizetype>(random->bounded(response.body.size()))] =
                        static_cast<char>(random->bounded(256));
                if (random->bounded(4) == 0)
                    response.body.truncate(random->bounded(response.body.size() + 1));
                break;
            }
            case FakeKeycloak::Fault::ShortPage:
            case FakeKeycloak::Fault::WrongTypes:
            case FakeKeycloak::Fault::HugeValue:
                break; // applied by route()
            }
        }
        write(socket, response);
    }

    bool bearer(const QHash<QByteArray, QByteArray> &headers, FakeClient *client,
                FakeResponse *denied)
    {
        const QByteArray auth = headers.value("authorization");
        const auto unauthorized = [denied] {
            *denied = error(401, QStringLiteral("HTTP 401 Unauthorized"));
            return false;
        };
        if (!auth.startsWith("Bearer "))
            return unauthorized();
        const auto it = m_state->tokens.constFind(auth.mid(7));
        if (it == m_state->tokens.constEnd() || it->expiresAtMs <= m_state->clock.elapsed()) {
            // Keycloak 26.5 fails with 500 on a JWT that names no issuer.
            const QList<QByteArray> parts = auth.mid(7).split('.');
            const QJsonObject claims =
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding))
                    .object();
            if (parts.size() == 3 && !parts.at(1).isEmpty() &&
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                    .isObject() &&
                !claims.contains(QLatin1String("iss"))) {
                *denied = error(500, QStringLiteral("unknown_error"),
                                QStringLiteral("For more on this error consult the server log."));
                return false;
            }
            return unauthorized();
        }
        *client = m_state->clients.value(it->clientId);
        return true;
    }

    FakeResponse route(FakeKeycloak::Endpoint endpoint, const QByteArray &method,
                       const QStringList &segments, const QUrlQuery &query,
                       const QHash<QByteArray, QByteArray> &headers, const QByteArray &body,
                       const FakeKeycloak::Fault *fault = nullptr)
    {
        FakeKeycloakState &s = *m_state;
        const QString realm = segments.value(endpoint == FakeKeycloak::Endpoint::Discovery ||
                                                     endpoint == FakeKeycloak::Endpoint::Token
                                                 ? 1
                                                 : 2);
        const QString host = QString::fromLatin1(headers.value("host"));
        const QString root = (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) +
                             host +
                             (s.options.legacyAuthPrefix ? QStringLiteral("/auth") : QString());
        if (endpoint == FakeKeycloak::Endpoint::Discovery ||
            endpoint == FakeKeycloak::Endpoint::Token) {
            if (realm != s.realm)
                return error(404, QStringLiteral("Realm does not exist"));
        } else if (realm != s.realm) {
            FakeClient c;
            FakeResponse denied;
            if (!bearer(headers, &c, &denied))
                return denied;
            return error(404, QStringLiteral("Realm not found."));
        }
        const QString issuer = root + QStringLiteral("/realms/") + s.realm;
        switch (endpoint) {
        case FakeKeycloak::Endpoint::Discovery: {
            const QString oidc = issuer + QStringLiteral("/protocol/openid-connect");
            return json(
                200,
                QJsonObject{
                    {QStringLiteral("issuer"), issuer},
                    {QStringLiteral("authorization_endpoint"),
                     QString(oidc + QStringLiteral("/auth"))},
                    {QStringLiteral("token_endpoint"), QString(oidc + QStringLiteral("/token"))},
                    {QStringLiteral("introspection_endpoint"),
                     QString(oidc + QStringLiteral("/token/introspect"))},
                    {QStringLiteral("userinfo_endpoint"),
                     QString(oidc + QStringLiteral("/userinfo"))},
                    {QStringLiteral("end_session_endpoint"),
                     QString(oidc + QStringLiteral("/logout"))},
                    {QStringLiteral("jwks_uri"), QString(oidc + QStringLiteral("/certs"))},
                    {QStringLiteral("grant_types_supported"),
                     QJsonArray{QStringLiteral("authorization_code"),
                                QStringLiteral("client_credentials"),
                                QStringLiteral("refresh_token")}},
                    {QStringLiteral("token_endpoint_auth_methods_supported"),
                     QJsonArray{
                         QStringLiteral("private_key_jwt"), QStringLiteral("client_secret_basic"),
                         QStringLiteral("client_secret_post"), QStringLiteral("tls_client_auth"),
                         QStringLiteral("client_secret_jwt")}}});
        }
        case FakeKeycloak::Endpoint::Token:
            return token(method, issuer, headers, body);
        case FakeKeycloak::Endpoint::Count:
        case FakeKeycloak::Endpoint::Users:
        case FakeKeycloak::Endpoint::Profile:
        case FakeKeycloak::Endpoint::RoleUsers:
            break;
        case FakeKeycloak::Endpoint::Any:
            return error(404, QStringLiteral("Unable to find matching target resource method"));
        }
        FakeClient client;
        FakeResponse denied;
        if (!bearer(headers, &client, &denied))
            return denied;
        const auto forbidden = [] {
            return error(403, QStringLiteral("HTTP 403 Forbidden"));
        };
        const bool query_ = client.roles.contains(QStringLiteral("query-users"));
        const bool view = client.roles.contains(QStringLiteral("view-users"));
        if (endpoint == FakeKeycloak::Endpoint::Count) {
            if (!query_)
                return forbidden();
            FakeResponse r;
            r.body = QByteArray::number(s.options.claimedUserCount >= 0
                                            ? s.options.claimedUserCount
                                            : static_cast<qint64>(s.users.size()));
            return r;
        }
        if (endpoint == FakeKeycloak::Endpoint::Profile) {
            if (method == "PUT") {
                if (!client.roles.contains(QStringLiteral("manage-realm")))
                    return forbidden();
                const QJsonDocument doc = QJsonDocument::fromJson(body);
                if (!doc.isObject())
                    return error(400, QStringLiteral("Invalid json representation for UPConfig"));
                s.userProfile = doc.object();
                ++s.profileGeneration;
                return json(200, s.userProfile);
            }
            if (client.roles.isEmpty())
                return forbidden();
            return json(200, s.userProfile);
        }
        const int first = std::max(0, query.queryItemValue(QStringLiteral("first")).toInt());
        const QString maxText = query.queryItemValue(QStringLiteral("max"));
        const int max = maxText.isEmpty() ? 100 : std::max(0, maxText.toInt());
        const bool brief =
            query.queryItemValue(QStringLiteral("briefRepresentation")) == QLatin1String("true");
        const QSet<QString> visibleDeclared = s.declaredForAdmin();
        const QSet<QString> allDeclared = s.declaredAll();
        const QString policy =
            s.userProfile.value(QLatin1String("unmanagedAttributePolicy")).toString();
        const bool unmanagedVisible = !policy.isEmpty();
        QJsonArray page;
        if (endpoint == FakeKeycloak::Endpoint::RoleUsers) {
            if (!client.roles.contains(QStringLiteral("view-realm")) || !query_)
                return forbidden();
            const QString role = segments.value(4);
            if (!s.realmRoles.contains(role))
                return error(404, QStringLiteral("Could not find role"));
            int index = 0;
            for (const FakeUser &u : s.users) {
                if (!u.realmRoles.contains(role))
                    continue;
                if (index++ < first)
                    continue;
                if (page.size() >= max)
                    break;
                page.append(s.userJson(u,
                                       brief ? FakeKeycloakState::Shape::RoleBrief
                                             : FakeKeycloakState::Shape::RoleFull,
                                       visibleDeclared, allDeclared, unmanagedVisible));
            }
        } else {
            if (!query_)
                return forbidden();
            // With query-users alone the real server filters out every user
            // the caller may not view: here, all of them.
            if (view) {
                int end = static_cast<int>(std::min<qint64>(static_cast<qint64>(first) + max,
                                                            static_cast<qint64>(s.users.size())));
                if (fault && *fault == FakeKeycloak::Fault::ShortPage && end - first > 1)
                    end = first + (end - first) / 2;
                if (!fault && !brief) {
                    // The common case, fast enough for 100,000 users: each
                    // user's JSON is built once per profile generation.
                    QByteArray out("[");
                    for (int i = first; i < end; ++i) {
                        const FakeUser &u = s.users[static_cast<size_t>(i)];
                        if (u.cachedGeneration != s.profileGeneration) {
                            u.cachedJson =
                                QJsonDocument(s.userJson(u, FakeKeycloakState::Shape::ListFull,
                                                         visibleDeclared, allDeclared,
                                                         unmanagedVisible))
                                    .toJson(QJsonDocument::Compact);
                            u.cachedGeneration = s.profileGeneration;
                        }
                        if (i > first)
                            out += ',';
                        out += u.cachedJson;
                    }
                    out += ']';
                    FakeResponse r;
                    r.body = out;
                    return r;
                }
                for (int i = first; i < end; ++i)
                    page.append(s.userJson(s.users[static_cast<size_t>(i)],
                                           brief ? FakeKeycloakState::Shape::ListBrief
                                                 : FakeKeycloakState::Shape::ListFull,
                                           visibleDeclared, allDeclared, unmanagedVisible));
                if (fault && !page.isEmpty() && *fault == FakeKeycloak::Fault::WrongTypes) {
                    QJsonObject o = page.at(0).toObject();
                    o.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
                    page.replace(0, o);
                }
                if (fault && !page.isEmpty() && *fault == FakeKeycloak::Fault::HugeValue) {
                    QJsonObject o = page.at(0).toObject();
                    QJsonObject a = o.value(QLatin1String("attributes")).toObject();
                    a.insert(QStringLiteral("notes"),
                             QJsonArray{QString(100 * 1024, QLatin1Char('n'))});
                    o.insert(QStringLiteral("attributes"), a);
                    page.replace(0, o);
                }
            }
        }
        FakeResponse r;
        r.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return r;
    }

    FakeResponse token(const QByteArray &method, const QString &issuer,
                       const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        FakeKeycloakState &s = *m_state;
        if (method != "POST")
            return error(405, QStringLiteral("HTTP 405 Method Not Allowed"));
        QHash<QString, QString> form;
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            form.insert(formDecode(pair.left(eq)),
                        eq < 0 ? QString() : formDecode(pair.mid(eq + 1)));
        }
        QString clientId = form.value(QStringLiteral("client_id"));
        QString secret = form.value(QStringLiteral("client_secret"));
        s.lastClientAuthentication = QStringLiteral("post");
        const QByteArray auth = headers.value("authorization");
        if (auth.startsWith("Basic ")) {
            // Keycloak 20+: both parts are URL-decoded (RFC 6749 §2.3.1).
            const QByteArray plain = QByteArray::fromBase64(auth.mid(6));
            const qsizetype colon = plain.indexOf(':');
            if (colon < 0)
                return error(400, QStringLiteral("unauthorized_client"),
                             QStringLiteral("Unexpected error when authenticating client"));
            clientId = formDecode(plain.left(colon));
            secret = formDecode(plain.mid(colon + 1));
            s.lastClientAuthentication = QStringLiteral("basic");
        }
        const QString grant = form.value(QStringLiteral("grant_type"));
        if (grant.isEmpty())
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("Missing form parameter: grant_type"));
        if (grant != QLatin1String("client_credentials"))
            return error(400, QStringLiteral("unsupported_grant_type"),
                         QStringLiteral("Unsupported grant_type"));
        // Keycloak 26.5: no client_id is an unknown client (older: 400).
        if (clientId.isEmpty())
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("Invalid client or Invalid client credentials"));
        const auto it = s.clients.constFind(clientId);
        if (it == s.clients.constEnd())
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("Invalid client or Invalid client credentials"));
        const FakeClient &client = *it;
        if (client.publicClient)
            return error(401, QStringLiteral("unauthorized_client"),
                         QStringLiteral("Public client not allowed to retrieve service account"));
        if (secret != client.secret)
            return error(401, QStringLiteral("unauthorized_client"),
                         QStringLiteral("Invalid client or Invalid client credentials"));
        if (!client.serviceAccountsEnabled)
            return error(401, QStringLiteral("unauthorized_client"),
                         QStringLiteral("Client not enabled to retrieve service account"));
        int lifetime = client.tokenLifespan > 0 ? client.tokenLifespan : s.accessTokenLifespan;
        if (s.tokenLifetimeOverride > 0)
            lifetime = s.tokenLifetimeOverride;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("kid"), QStringLiteral("fake-keycloak")}};
        const QJsonObject claims{
            {QStringLiteral("exp"), static_cast<double>(now + lifetime)},
            {QStringLiteral("iat"), static_cast<double>(now)},
            {QStringLiteral("jti"), QString(QStringLiteral("trrtcc:") +
                                            QUuid::createUuid().toString(QUuid::WithoutBraces))},
            {QStringLiteral("iss"), issuer},
            {QStringLiteral("aud"),
             QJsonArray{QStringLiteral("realm-management"), QStringLiteral("account")}},
            {QStringLiteral("sub"), client.serviceAccountId},
            {QStringLiteral("typ"), QStringLiteral("Bearer")},
            {QStringLiteral("azp"), client.clientId},
            {QStringLiteral("acr"), QStringLiteral("1")},
            {QStringLiteral("realm_access"),
             QJsonObject{
                 {QStringLiteral("roles"),
                  QJsonArray{QStringLiteral("offline_access"), QStringLiteral("uma_authorization"),
                             QString(QStringLiteral("default-roles-") + s.realm)}}}},
            {QStringLiteral("resource_access"),
             QJsonObject{
                 {QStringLiteral("realm-management"),
                  QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(client.roles)}}},
                 {QStringLiteral("account"),
                  QJsonObject{
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("manage-account"),
                                                           QStringLiteral("view-profile")}}}}}},
            {QStringLiteral("scope"), QStringLiteral("profile email")},
            {QStringLiteral("email_verified"), false},
            {QStringLiteral("preferred_username"),
             QString(QStringLiteral("service-account-") + client.clientId)}};
        QByteArray signature(256, '\0');
        for (char &c : signature)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        const QByteArray token = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                 '.' +
                                 base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) +
                                 '.' + base64Url(signature);
        s.tokens.insert(token, IssuedToken{client.clientId, s.clock.elapsed() + lifetime * 1000LL,
                                           s.tokenGeneration});
        ++s.tokensIssued;
        return json(200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                     {QStringLiteral("expires_in"), lifetime},
                                     {QStringLiteral("refresh_expires_in"), 0},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                     {QStringLiteral("not-before-policy"), 0},
                                     {QStringLiteral("scope"), QStringLiteral("profile email")}});
    }

    std::shared_ptr<FakeKeycloakState> m_state;
    QTcpServer *m_server = nullptr;
    QSet<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, Connection> m_connections;
    std::vector<std::pair<QPointer<QTcpSocket>, FakeResponse>> m_held; // Fault::Hold

public:
    bool m_tls = false;
};

// ---------------------------------------------------------------- facade

FakeKeycloak::FakeKeycloak()
    : m_state(std::make_shared<FakeKeycloakState>())
{
    m_state->clock.start();
}

FakeKeycloak::~FakeKeycloak()
{
    stop();
}

bool FakeKeycloak::loadRealm(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError{};
    const QJsonObject realm = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || realm.isEmpty()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    QMutexLocker lock(&m_state->mutex);
    FakeKeycloakState &s = *m_state;
    s.realm = realm.value(QLatin1String("realm")).toString();
    s.accessTokenLifespan = realm.value(QLatin1String("accessTokenLifespan")).toInt(300);
    s.clients.clear();
    for (const QJsonValue &v : realm.value(QLatin1String("clients")).toArray()) {
        const QJsonObject c = v.toObject();
        FakeClient client;
        client.clientId = c.value(QLatin1String("clientId")).toString();
        client.secret = c.value(QLatin1String("secret")).toString();
        client.serviceAccountsEnabled = c.value(QLatin1String("serviceAccountsEnabled")).toBool();
        client.publicClient = c.value(QLatin1String("publicClient")).toBool();
        client.tokenLifespan = c.value(QLatin1String("attributes"))
                                   .toObject()
                                   .value(QLatin1String("access.token.lifespan"))
                                   .toString()
                                   .toInt();
        s.clients.insert(client.clientId, client);
    }
    for (const QJsonValue &v :
         realm.value(QLatin1String("roles")).toObject().value(QLatin1String("realm")).toArray())
        s.realmRoles.insert(v.toObject().value(QLatin1String("name")).toString());
    for (const QJsonValue &v : realm.value(QLatin1String("users")).toArray()) {
        const QJsonObject u = v.toObject();
        const QString sa = u.value(QLatin1String("serviceAccountClientId")).toString();
        if (!sa.isEmpty()) {
            auto it = s.clients.find(sa);
            if (it != s.clients.end()) {
                it->serviceAccountId = u.value(QLatin1String("id")).toString();
                QStringList roles;
                for (const QJsonValue &r : u.value(QLatin1String("clientRoles"))
                                               .toObject()
                                               .value(QLatin1String("realm-management"))
                                               .toArray())
                    roles << r.toString();
                it->roles = expandRoles(roles);
            }
            continue;
        }
        FakeUser user;
        user.id = u.value(QLatin1String("id")).toString();
        user.username = u.value(QLatin1String("username")).toString();
        user.email = u.value(QLatin1String("email")).toString();
        user.firstName = u.value(QLatin1String("firstName")).toString();
        user.lastName = u.value(QLatin1String("lastName")).toString();
        user.enabled = u.value(QLatin1String("enabled")).toBool(true);
        user.emailVerified = u.value(QLatin1String("emailVerified")).toBool();
        user.createdTimestamp =
            static_cast<qint64>(u.value(QLatin1String("createdTimestamp")).toDouble());
        user.federationLink = u.value(QLatin1String("federationLink")).toString();
        const QJsonObject attributes = u.value(QLatin1String("attributes")).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            QStringList values;
            if (it.value().isString())
                values << it.value().toString();
            for (const QJsonValue &a : it.value().toArray())
                values << a.toString();
            user.attributes.insert(it.key(), values);
        }
        for (const QJsonValue &r : u.value(QLatin1String("realmRoles")).toArray())
            user.realmRoles << r.toString();
        s.users.push_back(user);
    }
    s.sortUsers();
    const QJsonArray providers =
        realm.value(QLatin1String("components"))
            .toObject()
            .value(QLatin1String("org.keycloak.userprofile.UserProfileProvider"))
            .toArray();
    for (const QJsonValue &p : providers) {
        const QJsonArray config = p.toObject()
                                      .value(QLatin1String("config"))
                                      .toObject()
                                      .value(QLatin1String("kc.user.profile.config"))
                                      .toArray();
        if (!config.isEmpty())
            s.userProfile = QJsonDocument::fromJson(config.at(0).toString().toUtf8()).object();
    }
    ++s.profileGeneration;
    return true;
}

void FakeKeycloak::createRealm(const QString &realm, const QString &clientId, const QString &secret,
                               const QStringList &roles)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->realm = realm;
    FakeClient client;
    client.clientId = clientId;
    client.secret = secret;
    client.serviceAccountsEnabled = true;
    client.serviceAccountId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    client.roles = expandRoles(roles);
    m_state->clients.insert(clientId, client);
    m_state->userProfile.insert(QStringLiteral("unmanagedAttributePolicy"),
                                QStringLiteral("ADMIN_VIEW"));
    ++m_state->profileGeneration;
}

void FakeKeycloak::generateUsers(int count)
{
    static const QUuid ns(QStringLiteral("{2b0b7c52-6a4f-4bd1-9d7c-3f1f0d6c8e11}"));
    QMutexLocker lock(&m_state->mutex);
    m_state->users.reserve(m_state->users.size() + static_cast<size_t>(count));
    for (int i = 1; i <= count; ++i) {
        FakeUser u;
        u.username = QStringLiteral("gen-%1").arg(i, 6, 10, QLatin1Char('0'));
        u.id = QUuid::createUuidV5(ns, u.username).toString(QUuid::WithoutBraces);
        if (i % 97 != 0) {
            u.email = u.username + QStringLiteral("@example.net");
            u.emailVerified = true;
        }
        u.firstName = QStringLiteral("Gen");
        u.lastName = QString::number(i);
        u.enabled = i % 50 != 0;
        u.createdTimestamp = 1700000000000LL + i;
        u.attributes.insert(QStringLiteral("applications"),
                            {QStringLiteral("project-%1").arg(i % 500),
                             QStringLiteral("team-%1, shared-%2").arg(i % 40).arg(i % 7)});
        if (i % 7 == 0)
            u.attributes.insert(QStringLiteral("applications_admin"),
                                {QStringLiteral("project-%1").arg(i % 500)});
        if (i % 1000 == 0)
            u.realmRoles << QStringLiteral("admin");
        m_state->users.push_back(std::move(u));
    }
    m_state->sortUsers();
}

bool FakeKeycloak::start()
{
    return start(Options());
}

bool FakeKeycloak::start(const Options &options)
{
    stop();
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->options = options;
        m_state->tokenLifetimeOverride = options.tokenLifetimeSeconds;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("FakeKeycloak"));
    m_worker = new FakeKeycloakWorker(m_state);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    bool tls = false;
    quint16 port = 0;
    FakeKeycloakWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, &port, &tls] { port = worker->listen(&tls); },
        Qt::BlockingQueuedConnection);
    m_worker->m_tls = tls;
    m_port = port;
    m_tls = tls;
    return port != 0;
}

void FakeKeycloak::stop()
{
    if (!m_thread)
        return;
    FakeKeycloakWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
}

QUrl FakeKeycloak::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString FakeKeycloak::realm() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->realm;
}

QString FakeKeycloak::clientSecret(const QString &clientId) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->clients.value(clientId).secret;
}

int FakeKeycloak::userCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return static_cast<int>(m_state->users.size());
}

void FakeKeycloak::injectFaults(Endpoint endpoint, const QList<Fault> &faults)
{
    QMutexLocker lock(&m_state->mutex);
    for (Fault f : faults)
        m_state->faults[endpoint].push_back(f);
}

void FakeKeycloak::setPersistentFault(Endpoint endpoint, Fault fault)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->persistent.insert(endpoint, fault);
}

void FakeKeycloak::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.clear();
    m_state->persistent.clear();
}

int FakeKeycloak::heldCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->held;
}

void FakeKeycloak::releaseHeld()
{
    if (!m_worker)
        return;
    FakeKeycloakWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->releaseHeld(); }, Qt::BlockingQueuedConnection);
}

int FakeKeycloak::faultsPending() const
{
    QMutexLocker lock(&m_state->mutex);
    int n = 0;
    for (const auto &q : m_state->faults)
        n += static_cast<int>(q.size());
    return n;
}

void FakeKeycloak::setTokenLifetimeSeconds(int seconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokenLifetimeOverride = seconds;
}

void FakeKeycloak::setUnmanagedAttributePolicy(const QString &policy)
{
    QMutexLocker lock(&m_state->mutex);
    if (policy.isEmpty())
        m_state->userProfile.remove(QStringLiteral("unmanagedAttributePolicy"));
    else
        m_state->userProfile.insert(QStringLiteral("unmanagedAttributePolicy"), policy);
    ++m_state->profileGeneration;
}

void FakeKeycloak::revokeTokens()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokens.clear();
}

void FakeKeycloak::deleteFirstUsers(int count)
{
    QMutexLocker lock(&m_state->mutex);
    const auto n = std::min<size_t>(static_cast<size_t>(count), m_state->users.size());
    m_state->users.erase(m_state->users.begin(), m_state->users.begin() + static_cast<long>(n));
}

int FakeKeycloak::requestCount(Endpoint endpoint) const
{
    QMutexLocker lock(&m_state->mutex);
    if (endpoint == Endpoint::Any) {
        int n = 0;
        for (int v : m_state->requests)
            n += v;
        return n;
    }
    return m_state->requests.value(endpoint);
}

int FakeKeycloak::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->tokensIssued;
}

QString FakeKeycloak::lastClientAuthentication() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastClientAuthentication;
}

QStringList FakeKeycloak::requestLog() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

} // namespace codemie::test
