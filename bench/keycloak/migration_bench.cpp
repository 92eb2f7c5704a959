// Migrates N users from Keycloak into an empty PostgreSQL platform database
// (schema 2.42.0) with the real engine, and measures it next to the floor
// measured in the same run:
//   floor   plain sequential GETs of every page (parsed and kept), plus
//           PostgreSQL's COPY of exactly the rows the engine wrote (users,
//           projects, memberships, audit events) into a second empty database;
//   engine  `codemie-admin migrate --apply` in its own process (read, map,
//           snapshot, plan, batched apply with BATCH_SIZE users per
//           transaction, default the engine's); its peak RSS is its own.
// Prints wall times, the ratio and the peak resident memory.
//   PGPASSWORD=… migration_bench URI_ENGINE_DB URI_FLOOR_DB N [BATCH_SIZE]
// Source: by default the in-process fake Keycloak with N generated users. With
//   --keycloak URL REALM CLIENT_ID
// an external (real) Keycloak whose realm lists exactly N users; the client
// secret comes from KEYCLOAK_ADMIN_CLIENT_SECRET, never from the command line.
// Before the engine runs, the floor's reads go once over every page untimed
// (as with the fake), so that both meet the same warm server; that read is
// printed on a second line with what the engine wrote.
#include "FakeKeycloak.h"
#include "KeycloakFloor.h"
#include "SchemaInstaller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
using namespace codemie;

namespace {
const QString fakeRealm = QStringLiteral("bench");
const QString fakeClientId = QStringLiteral("codemie-migration");
const QString fakeSecret = QStringLiteral("bench-secret");

// A figure in kB from a /proc status file.
qint64 memoryKb(const QString &statusFile, const char *key)
{
    QFile f(statusFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).simplified().split(' ').value(0).toLongLong();
    return 0;
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
    QStringList positional;
    QStringList external; // URL REALM CLIENT_ID
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keycloak") && i + 3 < args.size()) {
            external = args.mid(i + 1, 3);
            i += 3;
        } else {
            positional << args.at(i);
        }
    }
    if (positional.size() < 3 || positional.size() > 4 ||
        args.contains(QLatin1String("--keycloak")) != !external.isEmpty()) {
        out << "usage: migration_bench URI_ENGINE_DB URI_FLOOR_DB USERS [BATCH_SIZE] "
               "[--keycloak URL REALM CLIENT_ID]"
            << Qt::endl;
        return 2;
    }
    const auto engineDb = ConnectionSettings::fromUri(positional.at(0)).value;
    const auto floorDb = ConnectionSettings::fromUri(positional.at(1)).value;
    const int users = positional.at(2).toInt();
    const QProcessEnvironment systemEnvironment = QProcessEnvironment::systemEnvironment();
    const QString password = systemEnvironment.value(QStringLiteral("PGPASSWORD"));

    test::FakeKeycloak fake;
    QUrl baseUrl;
    QString realm = fakeRealm;
    QString clientId = fakeClientId;
    QString secret = fakeSecret;
    qint64 warmUpMs = -1;
    if (external.isEmpty()) {
        fake.createRealm(realm, clientId, secret,
                         {QStringLiteral("view-users"), QStringLiteral("query-users")});
        fake.generateUsers(users);
        if (!fake.start())
            qFatal("fake Keycloak did not start");
        baseUrl = fake.baseUrl();
        bench::floorRun(baseUrl, realm, clientId, secret, users); // warm the fake's pages
    } else {
        baseUrl = QUrl(external.at(0));
        realm = external.at(1);
        clientId = external.at(2);
        secret = systemEnvironment.value(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"));
        if (!baseUrl.isValid() || baseUrl.host().isEmpty())
            qFatal("not a Keycloak address: %s", qPrintable(external.at(0)));
        if (secret.isEmpty())
            qFatal("set KEYCLOAK_ADMIN_CLIENT_SECRET to the secret of client %s",
                   qPrintable(clientId));
        // Warm the server's caches and JIT for both sides alike; this read
        // is reported, not compared.
        warmUpMs = bench::floorRun(baseUrl, realm, clientId, secret, users);
    }

    PlatformDatabase db(engineDb, password);
    PlatformDatabase floorConnection(floorDb, password);
    if (!db.open() || !SchemaInstaller::install(db, QStringLiteral("2.42.0")) ||
        !floorConnection.open() ||
        !SchemaInstaller::install(floorConnection, QStringLiteral("2.42.0")))
        qFatal("cannot prepare the databases");
    // Engine: the real command line in its own process, so that its peak
    // memory is its own (the fake Keycloak lives in this one).
    QTemporaryDir work;
    const QString reportFile = work.filePath(QStringLiteral("report.json"));
    // CODEMIE_BENCH_DRY_RUN=1: plan only (--dry-run --plan-out), next to the
    // floor's read alone; its own line, the apply's line is unchanged.
    const bool dryRun =
        systemEnvironment.value(QStringLiteral("CODEMIE_BENCH_DRY_RUN")) == QLatin1String("1");
    QStringList arguments{QStringLiteral("migrate"),
                          QStringLiteral("--keycloak-url"),
                          baseUrl.toString(),
                          QStringLiteral("--realm"),
                          realm,
                          QStringLiteral("--client-id"),
                          clientId,
                          QStringLiteral("--db"),
                          positional.at(0)};
    if (dryRun)
        arguments << QStringLiteral("--dry-run") << QStringLiteral("--plan-out")
                  << work.filePath(QStringLiteral("plan.json"));
    else
        arguments << QStringLiteral("--apply") << QStringLiteral("--report") << reportFile;
    if (positional.size() > 3)
        arguments << QStringLiteral("--batch-size") << positional.at(3);
    if (systemEnvironment.contains(QStringLiteral("CODEMIE_BENCH_CONNECTIONS")))
        arguments << QStringLiteral("--connections")
                  << systemEnvironment.value(QStringLiteral("CODEMIE_BENCH_CONNECTIONS"));
    QProcessEnvironment environment = systemEnvironment;
    environment.insert(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"), secret);
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    // CODEMIE_BENCH_ADMIN_BINARY: another build's codemie-admin (a before and
    // after comparison in one run of the same floor).
    const QString binary = systemEnvironment.value(QStringLiteral("CODEMIE_BENCH_ADMIN_BINARY"),
                                                   QStringLiteral(CODEMIE_ADMIN_BINARY));
    cli.start(binary, arguments);
    // The child's own peak: VmHWM of its address space (fresh since exec;
    // getrusage would count the forked image of this process too), polled
    // until it exits.
    qint64 peakKb = 0;
    if (!cli.waitForStarted(60000))
        qFatal("cannot start %s", qPrintable(binary));
    while (!cli.waitForFinished(20))
        peakKb = qMax(peakKb,
                      memoryKb(QStringLiteral("/proc/%1/status").arg(cli.processId()), "VmHWM:"));
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        qFatal("migrate failed (exit %d): %s", cli.exitCode(),
               cli.readAllStandardOutput().right(4000).constData());
    const qint64 engineMs = timer.elapsed();
    if (dryRun) {
        const qint64 floorReadMs = bench::floorRun(baseUrl, realm, clientId, secret, users);
        out << QStringLiteral("users %1: dry run %2 ms | floor read %3 ms | ratio %4x | engine "
                              "peak RSS %5 MB (%6 KB a user)")
                   .arg(users)
                   .arg(engineMs)
                   .arg(floorReadMs)
                   .arg(double(engineMs) / double(floorReadMs), 0, 'f', 2)
                   .arg(peakKb / 1024)
                   .arg(double(peakKb) / users, 0, 'f', 1)
            << Qt::endl;
        return 0;
    }
    QFile reportJson(reportFile);
    if (!reportJson.open(QIODevice::ReadOnly))
        qFatal("no report");
    const QJsonObject result = QJsonDocument::fromJson(reportJson.readAll())
                                   .object()
                                   .value(QStringLiteral("result"))
                                   .toObject();
    const qint64 applyMs = result.value(QStringLiteral("elapsed_ms")).toInteger();
    const qint64 operations = result.value(QStringLiteral("operations_applied")).toInteger();
    if (result.value(QStringLiteral("failed_batches")).toInt() != 0)
        qFatal("failed batches");

    // Floor: the same reads, then COPY of exactly the rows the engine wrote
    // (read back from the engine's database, untimed).
    const qint64 floorReadMs = bench::floorRun(baseUrl, realm, clientId, secret, users);
    qint64 copyMs = 0;
    for (const QString &table :
         {QStringLiteral("users"), QStringLiteral("applications"), QStringLiteral("user_projects"),
          QStringLiteral("activity_events")})
        copyMs += copyRows(floorDb, table, dumpRows(engineDb, table));
    const qint64 floorMs = floorReadMs + copyMs;
    out << QStringLiteral("users %1: engine %2 ms (apply %3 ms, %4 operations) | floor %5 ms "
                          "(read %6, COPY %7) | ratio %8x | engine peak RSS %9 MB (%10 KB a user)")
               .arg(users)
               .arg(engineMs)
               .arg(applyMs)
               .arg(operations)
               .arg(floorMs)
               .arg(floorReadMs)
               .arg(copyMs)
               .arg(double(engineMs) / double(floorMs), 0, 'f', 2)
               .arg(peakKb / 1024)
               .arg(double(peakKb) / users, 0, 'f', 1)
        << Qt::endl;
    if (!external.isEmpty())
        out << QStringLiteral("  Keycloak %1 realm %2: warm-up read %3 ms (untimed, before the "
                              "engine); engine "
                              "created %4 users, %5 projects, %6 memberships; %7 batches")
                   .arg(baseUrl.toString(), realm)
                   .arg(warmUpMs)
                   .arg(result.value(QStringLiteral("users_created")).toInteger())
                   .arg(result.value(QStringLiteral("projects_created")).toInteger())
                   .arg(result.value(QStringLiteral("memberships_added")).toInteger())
                   .arg(result.value(QStringLiteral("batches")).toInteger())
            << Qt::endl;
    return 0;
}
