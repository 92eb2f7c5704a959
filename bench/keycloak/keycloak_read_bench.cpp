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
#include "KeycloakFloor.h"

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
using codemie::bench::floorRun;
using codemie::bench::heapInUse;

namespace {

const QString realm = QStringLiteral("bench");
const QString clientId = QStringLiteral("codemie-migration");
const QString secret = QStringLiteral("bench-secret");

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
    floorRun(base, realm, clientId, secret,
             users); // warm the fake's page cache: every run sees the same server
    const ClientRun one = clientRun(base, users, 1); // first after the warm-up: memory figure
    const qint64 floor = floorRun(base, realm, clientId, secret, users);
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
