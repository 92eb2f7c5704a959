#include "KeycloakTestTarget.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

namespace codemie::test {

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QString error;
};

Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
            const QByteArray &contentType, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    if (a.status == 0)
        a.error = reply->errorString();
    delete reply;
    return a;
}

} // namespace

QString KeycloakTestTarget::realmFile()
{
    return QStringLiteral(CODEMIE_KEYCLOAK_TEST_DIR "/codemie-test-realm.json");
}

bool KeycloakTestTarget::realAvailable()
{
    return !qEnvironmentVariable("CODEMIE_TEST_KEYCLOAK_URL").isEmpty();
}

void KeycloakTestTarget::addRows()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("fake") << QStringLiteral("fake");
    QTest::newRow("real") << QStringLiteral("real");
}

void KeycloakTestTarget::addLayoutRows()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("fake") << QStringLiteral("fake");
    QTest::newRow("fake-legacy") << QStringLiteral("fake-legacy");
    QTest::newRow("real") << QStringLiteral("real");
}

QUrl KeycloakTestTarget::effectiveBaseUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(m_prefix);
    return url;
}

std::unique_ptr<KeycloakTestTarget> KeycloakTestTarget::open(const QString &tag)
{
    std::unique_ptr<KeycloakTestTarget> t(new KeycloakTestTarget());
    QFile file(realmFile());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test realm %s", qPrintable(realmFile()));
    t->m_realmJson = QJsonDocument::fromJson(file.readAll()).object();
    t->m_realm = t->m_realmJson.value(QLatin1String("realm")).toString();
    if (tag == QLatin1String("real")) {
        if (!realAvailable())
            return nullptr;
        t->m_baseUrl = QUrl(qEnvironmentVariable("CODEMIE_TEST_KEYCLOAK_URL"));
        t->m_prefix = qEnvironmentVariable("CODEMIE_TEST_KEYCLOAK_PATH");
        return t;
    }
    t->m_fake = std::make_unique<FakeKeycloak>();
    FakeKeycloak::Options options;
    options.legacyAuthPrefix = tag == QLatin1String("fake-legacy");
    if (options.legacyAuthPrefix)
        t->m_prefix = QStringLiteral("/auth");
    QString error;
    if (!t->m_fake->loadRealm(realmFile(), &error) || !t->m_fake->start(options))
        qFatal("the fake Keycloak did not start: %s", qPrintable(error));
    t->m_baseUrl = t->m_fake->baseUrl();
    return t;
}

KeycloakTestTarget::~KeycloakTestTarget()
{
    if (m_profileChanged) {
        const QString error = writeProfile(m_originalProfile);
        if (!error.isEmpty())
            qWarning("could not restore the user profile of the test realm: %s", qPrintable(error));
    }
}

KeycloakSourceSettings KeycloakTestTarget::settings(const QString &clientId) const
{
    KeycloakSourceSettings s;
    s.baseUrl = m_baseUrl;
    s.realm = m_realm;
    s.clientId = clientId;
    return s;
}

QString KeycloakTestTarget::secret(const QString &clientId) const
{
    for (const QJsonValue &c : m_realmJson.value(QLatin1String("clients")).toArray())
        if (c.toObject().value(QLatin1String("clientId")).toString() == clientId)
            return c.toObject().value(QLatin1String("secret")).toString();
    return {};
}

QString KeycloakTestTarget::userId(const QString &username) const
{
    for (const QJsonValue &u : m_realmJson.value(QLatin1String("users")).toArray())
        if (u.toObject().value(QLatin1String("username")).toString() == username)
            return u.toObject().value(QLatin1String("id")).toString();
    return {};
}

QString KeycloakTestTarget::adminToken(QString *error)
{
    const QString clientId = QStringLiteral("codemie-test-admin");
    QUrl url = m_baseUrl;
    url.setPath(m_prefix + QStringLiteral("/realms/%1/protocol/openid-connect/token").arg(m_realm));
    const QByteArray body =
        "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
        "&client_secret=" + QUrl::toPercentEncoding(secret(clientId));
    const Answer a = send("POST", url, {}, "application/x-www-form-urlencoded", body);
    const QString token =
        QJsonDocument::fromJson(a.body).object().value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        *error = QStringLiteral("admin token: HTTP %1 %2 %3")
                     .arg(a.status)
                     .arg(a.error, QString::fromUtf8(a.body.left(300)));
    return token;
}

QString KeycloakTestTarget::readProfile(QJsonObject *profile)
{
    QString error;
    const QString token = adminToken(&error);
    if (token.isEmpty())
        return error;
    QUrl url = m_baseUrl;
    url.setPath(m_prefix + QStringLiteral("/admin/realms/%1/users/profile").arg(m_realm));
    const Answer a = send("GET", url, "Bearer " + token.toLatin1(), {}, {});
    if (a.status != 200)
        return QStringLiteral("GET profile: HTTP %1 %2").arg(a.status).arg(a.error);
    *profile = QJsonDocument::fromJson(a.body).object();
    if (!m_profileChanged) {
        m_originalProfile = *profile;
        m_profileChanged = true;
    }
    return {};
}

QString KeycloakTestTarget::writeProfile(const QJsonObject &profile)
{
    QString error;
    const QString token = adminToken(&error);
    if (token.isEmpty())
        return error;
    QUrl url = m_baseUrl;
    url.setPath(m_prefix + QStringLiteral("/admin/realms/%1/users/profile").arg(m_realm));
    const Answer a = send("PUT", url, "Bearer " + token.toLatin1(), "application/json",
                          QJsonDocument(profile).toJson(QJsonDocument::Compact));
    if (a.status != 200 && a.status != 204)
        return QStringLiteral("PUT profile: HTTP %1 %2 %3")
            .arg(a.status)
            .arg(a.error, QString::fromUtf8(a.body.left(300)));
    return {};
}

QString KeycloakTestTarget::setUnmanagedAttributePolicy(const QString &policy)
{
    QJsonObject profile;
    QString error = readProfile(&profile);
    if (!error.isEmpty())
        return error;
    if (policy.isEmpty())
        profile.remove(QStringLiteral("unmanagedAttributePolicy"));
    else
        profile.insert(QStringLiteral("unmanagedAttributePolicy"), policy);
    return writeProfile(profile);
}

QString KeycloakTestTarget::declareAttributes(const QStringList &names, const QStringList &viewers)
{
    QJsonObject profile;
    QString error = readProfile(&profile);
    if (!error.isEmpty())
        return error;
    QJsonArray attributes = profile.value(QLatin1String("attributes")).toArray();
    for (const QString &name : names) {
        attributes.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("multivalued"), true},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("view"), QJsonArray::fromStringList(viewers)},
                         {QStringLiteral("edit"), QJsonArray{QStringLiteral("admin")}}}}});
        if (!viewers.contains(QLatin1String("admin"))) {
            // Keycloak lets admins view what they may edit; keep edit for
            // users only so that administrators really cannot see it.
            QJsonObject last = attributes.last().toObject();
            last.insert(QStringLiteral("permissions"),
                        QJsonObject{{QStringLiteral("view"), QJsonArray::fromStringList(viewers)},
                                    {QStringLiteral("edit"), QJsonArray::fromStringList(viewers)}});
            attributes.replace(attributes.size() - 1, last);
        }
    }
    profile.insert(QStringLiteral("attributes"), attributes);
    return writeProfile(profile);
}

} // namespace codemie::test
