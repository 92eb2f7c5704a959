// Reads N generated users from the fake Keycloak three ways and prints the
// figures side by side:
//   floor      one token, then plain sequential GETs of every page, each body
//              parsed with QJsonDocument and kept: the least any reader must
//              do;
//   client 1   KeycloakClient::readUsers with one request in flight;
//   client 4   the same with four in flight (the default).
// Memory: heap in use while the users are held, per user, so that runs of
// different sizes can be compared (it should stay flat). Each size
// runs in a process of its own.
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
#include <QProcess>
#include <QTextStream>
#include <QUrlQuery>
#include <malloc.h>

using namespace codemie;

namespace {

const QString realm = QStringLiteral("bench");
const QString clientId = QStringLiteral("codemie-migration");
const QString secret = QStringLiteral("bench-secret");

// Heap bytes in use (not the resident set, which keeps freed pages).
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.uordblks + info.hblkhd);
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
    QList<QJsonArray> kept; // a reader keeps what it read
    for (int first = 0; first <= users; first += 100) {
        QUrl url = base;
        url.setPath(QStringLiteral("/admin/realms/%1/users").arg(realm));
        url.setQuery(QStringLiteral("first=%1&max=100&briefRepresentation=false").arg(first));
        kept.append(QJsonDocument::fromJson(get(nam, url, auth)).array());
        parsed += kept.last().size();
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
    const qint64 before = heapInUse();
    QElapsedTimer t;
    t.start();
    KeycloakClient client(s, secret);
    const Result<QList<KeycloakUser>> r = client.readUsers();
    ClientRun run;
    run.ms = t.elapsed();
    if (!r.isOk() || r.value.size() != users)
        qFatal("client read failed: %s", qPrintable(r.outcome.fullText()));
    run.bytesPerUser = (heapInUse() - before) / users;
    return run;
}

} // namespace

// One size per process, so that each memory figure starts from a fresh heap.
int runOne(int users)
{
    test::FakeKeycloak fake;
    fake.createRealm(realm, clientId, secret, {QStringLiteral("view-users")});
    fake.generateUsers(users);
    if (!fake.start())
        qFatal("fake Keycloak did not start");
    const QUrl base = fake.baseUrl();
    floorRun(base, users); // warm the fake's page cache: every run sees the same server
    const ClientRun one = clientRun(base, users, 1); // first after the warm-up: memory figure
    const qint64 floor = floorRun(base, users);
    const ClientRun four = clientRun(base, users, 4);
    QTextStream out(stdout);
    out << users << '\t' << floor << '\t' << one.ms << '\t'
        << QString::number(double(one.ms) / double(floor), 'f', 2) << '\t' << four.ms << '\t'
        << QString::number(double(four.ms) / double(floor), 'f', 2) << '\t'
        << (four.ms ? users * 1000LL / four.ms : 0) << '\t' << one.bytesPerUser << " B\n";
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.first() == QLatin1String("--one"))
        return runOne(args.at(1).toInt());
    if (args.isEmpty())
        args = {QStringLiteral("10000"), QStringLiteral("50000")};
    QTextStream out(stdout);
    out << "users\tfloor ms\tclient(1) ms\tratio\tclient(4) ms\tratio\tusers/s(4)\theap/user\n";
    out.flush();
    for (const QString &size : std::as_const(args)) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one"), size});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
