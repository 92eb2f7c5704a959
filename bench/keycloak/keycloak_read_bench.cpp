// Reads N generated users from the fake Keycloak three ways and prints the
// figures side by side:
//   floor      one token, then plain sequential GETs of every page, each body
//              parsed with QJsonDocument and dropped: the least any reader
//              must do;
//   client 1   KeycloakClient::readUsers with one request in flight;
//   client 4   the same with four in flight (the default).
// Memory: resident set growth while the users are held, per user, so that
// runs of different sizes can be compared (it should stay flat).
//   keycloak_read_bench [N …]        (default: 10000 50000)
#include "FakeKeycloak.h"
#include "KeycloakClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>
#include <unistd.h>

using namespace codemie;

namespace {

const QString realm = QStringLiteral("bench");
const QString clientId = QStringLiteral("codemie-migration");
const QString secret = QStringLiteral("bench-secret");

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

QByteArray get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth,
               const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(request, body);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    delete reply;
    return data;
}

// The floor: what reading the same pages costs without the client.
qint64 floorRun(const QUrl &base, int users)
{
    QElapsedTimer t;
    t.start();
    QNetworkAccessManager nam;
    QUrl tokenUrl = base;
    tokenUrl.setPath(QStringLiteral("/realms/%1/protocol/openid-connect/token").arg(realm));
    const QByteArray tokenBody =
        get(nam, tokenUrl, {},
            "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                "&client_secret=" + QUrl::toPercentEncoding(secret));
    const QByteArray auth = "Bearer " + QJsonDocument::fromJson(tokenBody)
                                            .object()
                                            .value(QLatin1String("access_token"))
                                            .toString()
                                            .toLatin1();
    qsizetype parsed = 0;
    for (int first = 0; first <= users; first += 100) {
        QUrl url = base;
        url.setPath(QStringLiteral("/admin/realms/%1/users").arg(realm));
        url.setQuery(QStringLiteral("first=%1&max=100&briefRepresentation=false").arg(first));
        parsed += QJsonDocument::fromJson(get(nam, url, auth)).array().size();
    }
    if (parsed != users)
        qFatal("floor read %lld users, not %d", static_cast<long long>(parsed), users);
    return t.elapsed();
}

struct ClientRun {
    qint64 ms = 0;
    qint64 bytesPerUser = 0;
};

ClientRun clientRun(const QUrl &base, int users, int inFlight)
{
    KeycloakSourceSettings s;
    s.baseUrl = base;
    s.realm = realm;
    s.clientId = clientId;
    s.maxInFlight = inFlight;
    const qint64 before = residentBytes();
    QElapsedTimer t;
    t.start();
    KeycloakClient client(s, secret);
    const Result<QList<KeycloakUser>> r = client.readUsers();
    ClientRun run;
    run.ms = t.elapsed();
    if (!r.isOk() || r.value.size() != users)
        qFatal("client read failed: %s", qPrintable(r.outcome.fullText()));
    run.bytesPerUser = (residentBytes() - before) / users;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {10000, 50000};
    QTextStream out(stdout);
    out << "users\tfloor ms\tclient(1) ms\tratio\tclient(4) ms\tratio\tusers/s(4)\tRSS/user(1)\n";
    for (int users : sizes) {
        test::FakeKeycloak fake;
        fake.createRealm(realm, clientId, secret, {QStringLiteral("view-users")});
        fake.generateUsers(users);
        if (!fake.start())
            qFatal("fake Keycloak did not start");
        const QUrl base = fake.baseUrl();
        floorRun(base, users); // warm the fake's page cache: every run sees the same server
        const qint64 floor = floorRun(base, users);
        const ClientRun one = clientRun(base, users, 1);
        const ClientRun four = clientRun(base, users, 4);
        out << users << '\t' << floor << '\t' << one.ms << '\t'
            << QString::number(double(one.ms) / double(floor), 'f', 2) << '\t' << four.ms << '\t'
            << QString::number(double(four.ms) / double(floor), 'f', 2) << '\t'
            << (four.ms ? users * 1000LL / four.ms : 0) << '\t' << one.bytesPerUser << " B\n";
        out.flush();
    }
    return 0;
}
