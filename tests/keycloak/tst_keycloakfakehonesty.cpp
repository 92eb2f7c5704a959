// Keeps the fake honest: the same raw requests go to the fake and to the real
// test server, and the answers must agree (status, error bodies, JSON shapes
// and values). Needs the real server; skipped without it on a developer
// machine, failed under CI.
#include "FakeKeycloak.h"
#include "KeycloakTestTarget.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using codemie::test::KeycloakTestTarget;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class Server {
public:
    Server(QUrl root, QString prefix)
        : m_root(std::move(root))
        , m_prefix(std::move(prefix))
    {}

    Answer send(const QByteArray &verb, const QString &pathAndQuery,
                const QByteArray &authorization = {}, const QByteArray &form = {})
    {
        const QUrl url(m_root.toString() + m_prefix + pathAndQuery);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (verb == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        delete reply;
        return a;
    }

    QByteArray bearer(const QString &clientId, const QString &secret)
    {
        const Answer a =
            send("POST", QStringLiteral("/realms/codemie-test/protocol/openid-connect/token"), {},
                 "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                     "&client_secret=" + QUrl::toPercentEncoding(secret));
        return "Bearer " +
               a.json().object().value(QLatin1String("access_token")).toString().toLatin1();
    }

    QString root() const { return m_root.toString() + m_prefix; }

private:
    QUrl m_root;
    QString m_prefix;
    QNetworkAccessManager m_nam;
};

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

} // namespace

class TestKeycloakFakeHonesty : public QObject {
    Q_OBJECT

    std::unique_ptr<KeycloakTestTarget> fakeTarget;
    std::unique_ptr<KeycloakTestTarget> realTarget;
    std::unique_ptr<Server> fake;
    std::unique_ptr<Server> real;

    QString secret(const QString &clientId) const { return fakeTarget->secret(clientId); }

private slots:
    void initTestCase()
    {
        realTarget = KeycloakTestTarget::open(QStringLiteral("real"));
        if (!realTarget) {
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL("Keycloak test server missing under CI (CODEMIE_TEST_KEYCLOAK_URL unset)");
            QSKIP("No Keycloak test server (eval \"$(scripts/keycloak-test-server start DIR)\")");
        }
        const QString tag = realTarget->layout() == QLatin1String("modern")
                                ? QStringLiteral("fake")
                                : QStringLiteral("fake-legacy");
        fakeTarget = KeycloakTestTarget::open(tag);
        fake =
            std::make_unique<Server>(fakeTarget->baseUrl(), fakeTarget->effectiveBaseUrl().path());
        real =
            std::make_unique<Server>(realTarget->baseUrl(), realTarget->effectiveBaseUrl().path());
    }

    // Error answers: the same status and the same JSON body.
    void sameErrors_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("client"); // "" = no token, "garbage" = a made-up one
        QTest::addColumn<QByteArray>("form");
        const QString token = QStringLiteral("/realms/codemie-test/protocol/openid-connect/token");
        QTest::newRow("unknown realm discovery")
            << QByteArray("GET") << QStringLiteral("/realms/nope/.well-known/openid-configuration")
            << QString() << QByteArray();
        QTest::newRow("unknown resource")
            << QByteArray("GET") << QStringLiteral("/no/such/thing") << QString() << QByteArray();
        QTest::newRow("token: no client_id")
            << QByteArray("POST") << token << QString()
            << QByteArray("grant_type=client_credentials&client_secret=x");
        QTest::newRow("token: unknown client")
            << QByteArray("POST") << token << QString()
            << QByteArray("grant_type=client_credentials&client_id=nobody&client_secret=x");
        QTest::newRow("token: wrong secret")
            << QByteArray("POST") << token << QString()
            << QByteArray("grant_type=client_credentials&client_id=codemie-norole&client_secret=x");
        QTest::newRow("token: unencoded + in the secret")
            << QByteArray("POST") << token << QString()
            << QByteArray("grant_type=client_credentials&client_id=codemie-migration&client_secret="
                          "Mig+ra/tion%20 s");
        QTest::newRow("token: no grant_type")
            << QByteArray("POST") << token << QString()
            << QByteArray("client_id=codemie-norole&client_secret=norole-secret-2");
        QTest::newRow("admin: token that is not a JWT")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/users/count")
            << QStringLiteral("not-a-jwt") << QByteArray();
        QTest::newRow("admin: another realm")
            << QByteArray("GET") << QStringLiteral("/admin/realms/nope/users/count")
            << QStringLiteral("codemie-migration") << QByteArray();
        QTest::newRow("admin: role members, full and brief")
            << QByteArray("GET")
            << QStringLiteral(
                   "/admin/realms/codemie-test/roles/admin/users?briefRepresentation=true")
            << QStringLiteral("codemie-migration") << QByteArray();
        QTest::newRow("token: unsupported grant")
            << QByteArray("POST") << token << QString()
            << QByteArray(
                   "grant_type=magic&client_id=codemie-norole&client_secret=norole-secret-2");
        QTest::newRow("admin: no token")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/users/count")
            << QString() << QByteArray();
        QTest::newRow("admin: made-up token")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/users/count")
            << QStringLiteral("garbage") << QByteArray();
        QTest::newRow("admin: no roles")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/users/count")
            << QStringLiteral("codemie-norole") << QByteArray();
        QTest::newRow("admin: no roles, list")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/users?first=0&max=5")
            << QStringLiteral("codemie-norole") << QByteArray();
        QTest::newRow("admin: unknown role")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/roles/nope/users")
            << QStringLiteral("codemie-migration") << QByteArray();
        QTest::newRow("admin: role members without view-realm")
            << QByteArray("GET") << QStringLiteral("/admin/realms/codemie-test/roles/admin/users")
            << QStringLiteral("codemie-shortlived") << QByteArray();
        QTest::newRow("admin: profile change without manage-realm")
            << QByteArray("PUT") << QStringLiteral("/admin/realms/codemie-test/users/profile")
            << QStringLiteral("codemie-migration") << QByteArray("{}");
    }
    void sameErrors()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, client);
        QFETCH(QByteArray, form);
        auto auth = [&](Server &s) -> QByteArray {
            if (client.isEmpty())
                return {};
            if (client == QLatin1String("garbage"))
                return "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln";
            if (client == QLatin1String("not-a-jwt"))
                return "Bearer not-a-jwt";
            return s.bearer(client, secret(client));
        };
        const Answer f = fake->send(verb, path, auth(*fake), form);
        const Answer r = real->send(verb, path, auth(*real), form);
        QCOMPARE(f.status, r.status);
        QCOMPARE(f.json(), r.json());
    }

    void sameDiscoveryDocument()
    {
        const QString path =
            QStringLiteral("/realms/codemie-test/.well-known/openid-configuration");
        const QJsonObject f = fake->send("GET", path).json().object();
        const QJsonObject r = real->send("GET", path).json().object();
        for (const char *key : {"issuer", "token_endpoint", "jwks_uri", "userinfo_endpoint"}) {
            QString fv = f.value(QLatin1String(key)).toString();
            QString rv = r.value(QLatin1String(key)).toString();
            fv.replace(fake->root(), QStringLiteral("<root>"));
            rv.replace(real->root(), QStringLiteral("<root>"));
            QCOMPARE(fv, rv);
        }
        for (const QJsonValue &m :
             f.value(QLatin1String("token_endpoint_auth_methods_supported")).toArray())
            QVERIFY(r.value(QLatin1String("token_endpoint_auth_methods_supported"))
                        .toArray()
                        .contains(m));
    }

    void sameTokenAnswer()
    {
        const QString path = QStringLiteral("/realms/codemie-test/protocol/openid-connect/token");
        const QByteArray basic =
            "Basic " +
            QByteArray(QUrl::toPercentEncoding(QStringLiteral("codemie-migration")) + ':' +
                       QUrl::toPercentEncoding(secret(QStringLiteral("codemie-migration"))))
                .toBase64();
        const Answer f = fake->send("POST", path, basic, "grant_type=client_credentials");
        const Answer r = real->send("POST", path, basic, "grant_type=client_credentials");
        QCOMPARE(f.status, 200);
        QCOMPARE(r.status, 200);
        QCOMPARE(keys(f.json().object()), keys(r.json().object()));
        auto claims = [](const Answer &a) {
            const QByteArray token =
                a.json().object().value(QLatin1String("access_token")).toString().toLatin1();
            return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(1),
                                                                  QByteArray::Base64UrlEncoding))
                .object();
        };
        const QJsonObject fc = claims(f);
        const QJsonObject rc = claims(r);
        QCOMPARE(keys(fc), keys(rc));
        auto roles = [](const QJsonObject &c) { // the order is the server's business
            QStringList list;
            for (const QJsonValue &role : c.value(QLatin1String("resource_access"))
                                              .toObject()
                                              .value(QLatin1String("realm-management"))
                                              .toObject()
                                              .value(QLatin1String("roles"))
                                              .toArray())
                list << role.toString();
            list.sort();
            return list;
        };
        QCOMPARE(roles(fc), roles(rc));
        QCOMPARE(fc.value(QLatin1String("azp")), rc.value(QLatin1String("azp")));
        QCOMPARE(fc.value(QLatin1String("sub")), rc.value(QLatin1String("sub")));
    }

    // Users: the same objects, field for field (userProfileMetadata compared
    // by its attribute names), in the same order, for several pages.
    void sameUsers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("first page") << QStringLiteral("first=0&max=30");
        QTest::newRow("middle") << QStringLiteral("first=95&max=20&briefRepresentation=false");
        QTest::newRow("past the end") << QStringLiteral("first=235&max=100");
        QTest::newRow("empty") << QStringLiteral("first=240&max=100");
        QTest::newRow("brief") << QStringLiteral("first=0&max=10&briefRepresentation=true");
        QTest::newRow("no max") << QStringLiteral("first=100");
    }
    void sameUsers()
    {
        QFETCH(QString, query);
        const QString client = QStringLiteral("codemie-migration");
        const QString path = QStringLiteral("/admin/realms/codemie-test/users?") + query;
        const Answer f = fake->send("GET", path, fake->bearer(client, secret(client)));
        const Answer r = real->send("GET", path, real->bearer(client, secret(client)));
        QCOMPARE(f.status, 200);
        QCOMPARE(r.status, 200);
        QJsonArray fa = f.json().array();
        QJsonArray ra = r.json().array();
        QCOMPARE(fa.size(), ra.size());
        for (int i = 0; i < fa.size(); ++i) {
            QJsonObject fu = fa.at(i).toObject();
            QJsonObject ru = ra.at(i).toObject();
            const QJsonObject fm = fu.take(QStringLiteral("userProfileMetadata")).toObject();
            const QJsonObject rm = ru.take(QStringLiteral("userProfileMetadata")).toObject();
            QCOMPARE(fm.isEmpty(), rm.isEmpty());
            QCOMPARE(fm.value(QLatin1String("attributes")).toArray().size(),
                     rm.value(QLatin1String("attributes")).toArray().size());
            QCOMPARE(fu, ru);
        }
        const Answer fc =
            fake->send("GET", QStringLiteral("/admin/realms/codemie-test/users/count"),
                       fake->bearer(client, secret(client)));
        const Answer rc =
            real->send("GET", QStringLiteral("/admin/realms/codemie-test/users/count"),
                       real->bearer(client, secret(client)));
        QCOMPARE(fc.body, rc.body);
    }

    void sameRoleMembers()
    {
        const QString client = QStringLiteral("codemie-migration");
        const QString path =
            QStringLiteral("/admin/realms/codemie-test/roles/admin/users?first=0&max=100");
        const Answer f = fake->send("GET", path, fake->bearer(client, secret(client)));
        const Answer r = real->send("GET", path, real->bearer(client, secret(client)));
        QCOMPARE(f.status, r.status);
        QCOMPARE(f.json(), r.json());
    }

    void sameUserProfile()
    {
        const QString client = QStringLiteral("codemie-migration");
        const QString path = QStringLiteral("/admin/realms/codemie-test/users/profile");
        const QJsonObject f =
            fake->send("GET", path, fake->bearer(client, secret(client))).json().object();
        const QJsonObject r =
            real->send("GET", path, real->bearer(client, secret(client))).json().object();
        QCOMPARE(f.value(QLatin1String("unmanagedAttributePolicy")),
                 r.value(QLatin1String("unmanagedAttributePolicy")));
        QStringList fn, rn;
        for (const QJsonValue &a : f.value(QLatin1String("attributes")).toArray())
            fn << a.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue &a : r.value(QLatin1String("attributes")).toArray())
            rn << a.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(fn, rn);
    }
};

QTEST_GUILESS_MAIN(TestKeycloakFakeHonesty)
#include "tst_keycloakfakehonesty.moc"
