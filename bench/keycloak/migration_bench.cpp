// Migrates N generated users from the fake Keycloak into an empty PostgreSQL
// platform database (schema 2.42.0) with the real engine, and measures it
// next to the floor measured in the same run:
//   floor   plain sequential GETs of every page (parsed and kept), plus
//           PostgreSQL's COPY of exactly the rows the engine wrote (users,
//           projects, memberships, audit events) into a second empty database;
//   engine  KeycloakClient (4 in flight) + mapping + snapshot + plan +
//           batched apply (BATCH_SIZE users per transaction, default the
//           engine's).
// Prints wall times, the ratio and the peak resident memory.
//   PGPASSWORD=… migration_bench URI_ENGINE_DB URI_FLOOR_DB N [BATCH_SIZE]
#include "DatabaseSnapshot.h"
#include "FakeKeycloak.h"
#include "KeycloakClient.h"
#include "KeycloakFloor.h"
#include "MigrationExecutor.h"
#include "MigrationPlanner.h"
#include "SchemaInstaller.h"
#include "SchemaProbe.h"
#include "SourceMapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

using namespace codemie;

namespace {
const QString realm = QStringLiteral("bench");
const QString clientId = QStringLiteral("codemie-migration");
const QString secret = QStringLiteral("bench-secret");

QString memory(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(int(qstrlen(key)))).simplified();
    return {};
}

QStringList psqlArguments(const ConnectionSettings &db, const QString &command)
{
    return {QStringLiteral("-h"), db.host,
            QStringLiteral("-p"), QString::number(db.port),
            QStringLiteral("-U"), db.user,
            QStringLiteral("-d"), db.database,
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-c"), command};
}

// The rows of one table, in COPY's text format (psql takes the password
// from the environment, as the console does).
QByteArray dumpRows(const ConnectionSettings &db, const QString &table)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               psqlArguments(db, QStringLiteral("COPY codemie.%1 TO STDOUT").arg(table)));
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    if (psql.exitCode() != 0)
        qFatal("COPY TO failed: %s", psql.readAllStandardError().constData());
    return psql.readAllStandardOutput();
}

// COPY rows into the floor database; returns the milliseconds it took.
qint64 copyRows(const ConnectionSettings &db, const QString &table, const QByteArray &rows)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               psqlArguments(db, QStringLiteral("COPY codemie.%1 FROM STDIN").arg(table)));
    QElapsedTimer t;
    t.start();
    psql.write(rows);
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    if (psql.exitCode() != 0)
        qFatal("COPY failed: %s", psql.readAllStandardError().constData());
    return t.elapsed();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 4) {
        out << "usage: migration_bench URI_ENGINE_DB URI_FLOOR_DB USERS [BATCH_SIZE]" << Qt::endl;
        return 2;
    }
    const auto engineDb = ConnectionSettings::fromUri(QString::fromLocal8Bit(argv[1])).value;
    const auto floorDb = ConnectionSettings::fromUri(QString::fromLocal8Bit(argv[2])).value;
    const int users = QString::fromLocal8Bit(argv[3]).toInt();
    const QString password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGPASSWORD"));

    test::FakeKeycloak fake;
    fake.createRealm(realm, clientId, secret,
                     {QStringLiteral("view-users"), QStringLiteral("query-users")});
    fake.generateUsers(users);
    if (!fake.start())
        qFatal("fake Keycloak did not start");
    bench::floorRun(fake.baseUrl(), realm, clientId, secret, users); // warm the fake's pages

    // Engine.
    PlatformDatabase db(engineDb, password);
    PlatformDatabase floorConnection(floorDb, password);
    if (!db.open() || !SchemaInstaller::install(db, QStringLiteral("2.42.0")) ||
        !floorConnection.open() ||
        !SchemaInstaller::install(floorConnection, QStringLiteral("2.42.0")))
        qFatal("cannot prepare the databases");
    QElapsedTimer timer;
    timer.start();
    KeycloakSourceSettings ks;
    ks.baseUrl = fake.baseUrl();
    ks.realm = realm;
    ks.clientId = clientId;
    KeycloakClient client(ks, secret);
    const auto read = client.readUsers();
    if (!read.isOk())
        qFatal("read: %s", qPrintable(read.outcome.fullText()));
    const qint64 readMs = timer.elapsed();
    MigrationOptions options;
    options.realm = realm;
    if (argc > 4)
        options.batchSize = QString::fromLocal8Bit(argv[4]).toInt();
    const QList<SourceUser> source = SourceMapper::mapAll(read.value, options);
    const auto caps = SchemaProbe(db).probe().value.caps;
    const auto snapshot = DatabaseSnapshot::loadAll(db, caps);
    const MigrationPlan plan = MigrationPlanner(options).plan(
        source, snapshot.value, QStringLiteral("bench"), SchemaProbe(db).probe().value.revision);
    const qint64 planMs = timer.elapsed() - readMs;
    const auto applied = MigrationExecutor(db, options).apply(plan, source);
    if (!applied.isOk() || applied.value.failedBatches > 0)
        qFatal("apply failed");
    const qint64 engineMs = timer.elapsed();
    const QString rss = memory("VmHWM:");

    // Floor: the same reads, then COPY of exactly the rows the engine wrote
    // (read back from the engine's database, untimed).
    const qint64 floorReadMs = bench::floorRun(fake.baseUrl(), realm, clientId, secret, users);
    qint64 copyMs = 0;
    for (const QString &table :
         {QStringLiteral("users"), QStringLiteral("applications"), QStringLiteral("user_projects"),
          QStringLiteral("activity_events")})
        copyMs += copyRows(floorDb, table, dumpRows(engineDb, table));
    const qint64 floorMs = floorReadMs + copyMs;
    out << QStringLiteral(
               "users %1: engine %2 ms (read %3, plan %4, apply %5; %6 operations) | floor %7 ms "
               "(read %8, COPY %9) | ratio %10x | peak RSS %11")
               .arg(users)
               .arg(engineMs)
               .arg(readMs)
               .arg(planMs)
               .arg(engineMs - readMs - planMs)
               .arg(applied.value.appliedOps)
               .arg(floorMs)
               .arg(floorReadMs)
               .arg(copyMs)
               .arg(double(engineMs) / double(floorMs), 0, 'f', 2)
               .arg(rss)
        << Qt::endl;
    return 0;
}
