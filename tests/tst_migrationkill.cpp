// The real `codemie-admin migrate --apply` killed with SIGKILL at random
// moments, then run again, on PostgreSQL 2.42 and 2.19: the database must end
// exactly as one uninterrupted run leaves it (users, projects, memberships and
// the audit rows of every committed change, none twice), every state a kill
// leaves behind must be all-or-nothing per user, the import lock must die with
// the killed process, and a final dry run must plan nothing.
//
// The kill points come from a seeded generator; the seed is printed. Repeat a
// run with CODEMIE_KILL_SEED=<seed>.

#include "PlatformDatabase.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {

constexpr qint64 importLockKey = 7734269302; // the platform's import lock (README)
constexpr int userCount = 3000;
constexpr int batchSize = 50;
constexpr int killsNeeded = 3;    // kills that must land mid-apply
constexpr int minBatchesLeft = 4; // a progress kill fires only with this many batches to go
constexpr int maxAttempts = 24;   // kills tried before giving up (only a hang reaches it)
constexpr quint32 dataSeed = 0x6b1d2026;

const QString realmName = QStringLiteral("kill-test");
const QString actorEmail = QStringLiteral("kill.admin@kill.example");
const QString actorId = QStringLiteral("6b1d0000-0000-4000-8000-a00000000001");
const QStringList seededProjects{QStringLiteral("team-01"), QStringLiteral("team-02"),
                                 QStringLiteral("team-03"), QStringLiteral("team-04"),
                                 QStringLiteral("team-05"), QStringLiteral("Legacy-Portal")};

QString userId(int i)
{
    return QStringLiteral("6b1d0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
QString userName(int i)
{
    return QStringLiteral("kuser%1").arg(i, 5, 10, QLatin1Char('0'));
}
QString userEmail(int i)
{
    return userName(i) + QStringLiteral("@kill.example");
}
// Every 25th user already exists in the platform (every 100th deactivated).
bool existsBefore(int i)
{
    return i % 25 == 3;
}
bool activeBefore(int i)
{
    return i % 100 != 53;
}

// One Keycloak user as `kc.sh export` writes it.
QJsonObject exportUser(int i, const QStringList &apps, const QStringList &admins = {})
{
    QJsonObject attributes;
    if (!apps.isEmpty()) {
        // Several values, commas and blanks, as people type them in Keycloak.
        const qsizetype half = apps.size() / 2;
        QJsonArray values;
        values << QStringLiteral(" %1 ").arg(apps.mid(0, half).join(QStringLiteral(" , ")));
        values << apps.mid(half).join(QStringLiteral(","));
        attributes.insert(QStringLiteral("applications"), values);
    }
    if (!admins.isEmpty())
        attributes.insert(QStringLiteral("applications_admin"),
                          QJsonArray{admins.join(QStringLiteral(", "))});
    return QJsonObject{
        {QStringLiteral("id"), userId(i)},
        {QStringLiteral("username"), userName(i)},
        {QStringLiteral("firstName"), QStringLiteral("Kill")},
        {QStringLiteral("lastName"), QStringLiteral("User %1").arg(i)},
        {QStringLiteral("email"), userEmail(i)},
        {QStringLiteral("emailVerified"), true},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("createdTimestamp"), 1700000000000.0 + i},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("realmRoles"), QJsonArray{QStringLiteral("default-roles-kill-test")}},
    };
}

QString writeExport(const QString &path, const QJsonArray &users)
{
    const QJsonObject realm{
        {QStringLiteral("id"), QStringLiteral("6b1d0000-0000-4000-8000-000000000000")},
        {QStringLiteral("realm"), realmName},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("roles"),
         QJsonObject{{QStringLiteral("realm"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("admin")}}}}}},
        {QStringLiteral("users"), users},
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(realm).toJson(QJsonDocument::Compact)) < 0)
        return file.errorString();
    return {};
}

// The users of the kill test, always the same: shared projects old and new,
// names in other cases, project admins, existing users, skips and conflicts.
QJsonArray generatedUsers()
{
    QRandomGenerator gen(dataSeed);
    QStringList pool;
    for (int p = 1; p <= 48; ++p)
        pool << QStringLiteral("team-%1").arg(p, 2, 10, QLatin1Char('0'));
    pool << QStringLiteral("legacy-portal");
    QJsonArray users;
    for (int i = 1; i <= userCount; ++i) {
        QStringList apps;
        QStringList admins;
        const int n = int(gen.bounded(5));
        for (int k = 0; k < n; ++k) {
            QString name = pool.at(int(gen.bounded(int(pool.size()))));
            if (gen.bounded(10) == 0)
                name = name.toUpper(); // resolved case-insensitively
            apps << name;
        }
        if (gen.bounded(8) == 0)
            admins << (apps.isEmpty() || gen.bounded(2) == 0
                           ? pool.at(int(gen.bounded(int(pool.size()))))
                           : apps.first());
        if (existsBefore(i)) {
            admins << QStringLiteral("team-01"); // member already: raised to project admin
            apps << QStringLiteral("team-02");   // project admin already: stays so (merge)
        }
        // The personal project of a user imported four batches later, and of
        // the next user (usually in the same batch; see
        // personalProjectNamedEarlierInTheSameBatch).
        if (i % 400 == 11)
            apps << userEmail(i + 200);
        if (i % 400 == 111)
            apps << userEmail(i + 1);
        QJsonObject user = exportUser(i, apps, admins);
        if (i % 200 == 0) {
            user.insert(QStringLiteral("username"),
                        QStringLiteral("service-account-client-%1").arg(i));
            user.remove(QStringLiteral("email"));
        }
        if (i % 500 == 7) // the e-mail of the user before: a conflict
            user.insert(QStringLiteral("email"), userEmail(i - 1));
        if (i % 150 == 0)
            user.insert(QStringLiteral("enabled"), false);
        if (i % 300 == 1)
            user.insert(
                QStringLiteral("realmRoles"),
                QJsonArray{QStringLiteral("default-roles-kill-test"), QStringLiteral("admin")});
        users << user;
    }
    return users;
}

// The same platform state in each database: an acting admin, some shared
// projects, existing users with memberships (one deactivated).
Outcome renameUser(TestDatabase &db, const QString &generated, const QString &id,
                   const QString &username)
{
    return db.admin().exec(QStringLiteral("UPDATE users SET id = ?, username = ? WHERE id = ?"),
                           {id, username, generated});
}

Outcome seedActor(TestDatabase &db)
{
    return renameUser(db, db.addUser(actorEmail, true, true, true, QStringLiteral("Kill Admin")),
                      actorId, QStringLiteral("kill.admin"));
}

QString seed(TestDatabase &db)
{
    Outcome o = seedActor(db);
    for (const QString &project : seededProjects)
        db.addProject(project);
    for (int i = 1; o && i <= userCount; ++i) {
        if (!existsBefore(i))
            continue;
        o = renameUser(db,
                       db.addUser(userEmail(i), false, false, activeBefore(i),
                                  QStringLiteral("Existing %1").arg(i)),
                       userId(i), userName(i));
        if (o && activeBefore(i)) {
            db.addMembership(userId(i), QStringLiteral("team-01"), false);
            db.addMembership(userId(i), QStringLiteral("team-02"), true);
        }
    }
    if (!o)
        return o.fullText();
    const auto users = db.admin().scalar(QStringLiteral("SELECT count(*) FROM users"));
    const auto members = db.admin().scalar(QStringLiteral("SELECT count(*) FROM user_projects"));
    int existing = 0;
    int active = 0;
    for (int i = 1; i <= userCount; ++i)
        if (existsBefore(i)) {
            ++existing;
            active += activeBefore(i) ? 1 : 0;
        }
    if (users.value.toInt() != 1 + existing || members.value.toInt() != 2 * active)
        return QStringLiteral("seeding wrote %1 users and %2 memberships")
            .arg(users.value.toInt())
            .arg(members.value.toInt());
    return {};
}

bool hasActivityEvents(TestDatabase &db)
{
    return db.admin()
        .scalar(QStringLiteral("SELECT to_regclass('activity_events') IS NOT NULL"))
        .value.toBool();
}

// Sessions holding the import lock on this database.
int importLockHolders(TestDatabase &db)
{
    const auto r = db.admin().scalar(
        QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                       "AND database = (SELECT oid FROM pg_database WHERE datname = "
                       "current_database()) AND objsubid = 1 AND classid::text::bigint = ? AND "
                       "objid::text::bigint = ?"),
        {importLockKey >> 32, importLockKey & 0xffffffffLL});
    return r.isOk() ? r.value.toInt() : -1;
}

// The rows of the tables the migration writes, as comparable texts: generated
// ids left out, timestamps reduced to whether they are set. Each row belongs
// to a group that one transaction of the migration writes all or nothing of:
// a user (its row, memberships, personal project and their audit rows), or a
// shared project with its audit row.
struct State {
    QMap<QString, QStringList> tables; // table -> sorted rows
    QMap<QString, QStringList> groups; // group -> sorted rows
    QMap<QString, int> eventTypes;     // activity_events per event_type
    QStringList duplicateEvents;       // the same event written twice
    int users = 0;

    bool operator==(const State &o) const { return tables == o.tables; }
    bool operator!=(const State &o) const { return !(*this == o); }
};

QString rowText(const QString &table, const QSqlRecord &record, const QStringList &ignored)
{
    QStringList parts{table};
    for (int c = 0; c < record.count(); ++c) {
        const QSqlField field = record.field(c);
        if (ignored.contains(field.name()))
            continue;
        QString value;
        if (field.isNull())
            value = QStringLiteral("NULL");
        else if (field.metaType().id() == QMetaType::QDateTime ||
                 field.metaType().id() == QMetaType::QDate)
            value = QStringLiteral("<set>");
        else
            value = field.value().toString();
        parts << field.name() + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char('|'));
}

QString readState(TestDatabase &db, State &state)
{
    PlatformDatabase &sql = db.admin();
    QHash<QString, QString> personalOwner; // personal project -> its user
    auto read = [&](const QString &table, const QStringList &ignored,
                    const std::function<QString(const QSqlRecord &)> &group) {
        QSqlQuery q = sql.newQuery();
        const Outcome o = sql.exec(q, QStringLiteral("SELECT * FROM %1").arg(table));
        if (!o)
            return o.fullText();
        QStringList &rows = state.tables[table];
        while (q.next()) {
            const QSqlRecord record = q.record();
            const QString text = rowText(table, record, ignored);
            rows << text;
            state.groups[group(record)] << text;
        }
        rows.sort();
        return QString();
    };
    QString error = read(QStringLiteral("users"), {}, [&](const QSqlRecord &r) -> QString {
        ++state.users;
        return r.value(QStringLiteral("id")).toString();
    });
    if (error.isEmpty())
        error = read(QStringLiteral("applications"), {}, [&](const QSqlRecord &r) -> QString {
            const QString name = r.value(QStringLiteral("name")).toString();
            if (r.value(QStringLiteral("project_type")).toString() == QStringLiteral("personal")) {
                personalOwner.insert(name, r.value(QStringLiteral("created_by")).toString());
                return personalOwner.value(name);
            }
            return QStringLiteral("project:") + name;
        });
    if (error.isEmpty())
        error = read(QStringLiteral("user_projects"), {QStringLiteral("id")},
                     [](const QSqlRecord &r) -> QString {
                         return r.value(QStringLiteral("user_id")).toString();
                     });
    if (error.isEmpty() && hasActivityEvents(db)) {
        error = read(QStringLiteral("activity_events"), {QStringLiteral("id")},
                     [&](const QSqlRecord &r) -> QString {
                         const QString entity = r.value(QStringLiteral("entity_id")).toString();
                         if (r.value(QStringLiteral("entity_type")).toString() ==
                             QStringLiteral("user"))
                             return entity;
                         return personalOwner.value(entity, QStringLiteral("project:") + entity);
                     });
        QSqlQuery q = sql.newQuery();
        Outcome o = sql.exec(
            q, QStringLiteral("SELECT event_type, count(*) FROM activity_events GROUP BY 1"));
        while (o && q.next())
            state.eventTypes.insert(q.value(0).toString(), q.value(1).toInt());
        if (o)
            o = sql.exec(q, QStringLiteral("SELECT event_type, entity_id, attributes::text, "
                                           "count(*) FROM activity_events GROUP BY 1, 2, 3 "
                                           "HAVING count(*) > 1"));
        while (o && q.next())
            state.duplicateEvents << QStringLiteral("%1 %2 %3 (%4 times)")
                                         .arg(q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString(), q.value(3).toString());
        if (!o && error.isEmpty())
            error = o.fullText();
    }
    for (QStringList &rows : state.groups)
        rows.sort();
    return error;
}

// Rows in one sorted list and not the other (as multisets), a few of each.
QString difference(const QStringList &actual, const QStringList &expected, int limit = 8)
{
    QStringList missing;
    QStringList extra;
    qsizetype a = 0;
    qsizetype e = 0;
    while (a < actual.size() || e < expected.size()) {
        if (e == expected.size() || (a < actual.size() && actual.at(a) < expected.at(e)))
            extra << actual.at(a++);
        else if (a == actual.size() || expected.at(e) < actual.at(a))
            missing << expected.at(e++);
        else
            ++a, ++e;
    }
    QString text =
        QStringLiteral("%1 rows missing, %2 rows extra").arg(missing.size()).arg(extra.size());
    for (const QString &row : missing.mid(0, limit))
        text += QStringLiteral("\n  missing: ") + row;
    for (const QString &row : extra.mid(0, limit))
        text += QStringLiteral("\n  extra:   ") + row;
    return text;
}

// Groups that are neither as before the migration nor as after a whole run.
QString halfWritten(const State &now, const State &before, const State &after, int limit = 6)
{
    QSet<QString> keys;
    for (const State *s : {&now, &before, &after})
        for (auto it = s->groups.keyBegin(); it != s->groups.keyEnd(); ++it)
            keys.insert(*it);
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    QString text;
    int found = 0;
    for (const QString &key : std::as_const(sorted)) {
        const QStringList rows = now.groups.value(key);
        if (rows == before.groups.value(key) || rows == after.groups.value(key))
            continue;
        if (++found <= limit)
            text += QStringLiteral("\n%1\n against a whole run: %2\n against the state before "
                                   "the migration: %3")
                        .arg(key, difference(rows, after.groups.value(key), 6),
                             difference(rows, before.groups.value(key), 6));
    }
    return found == 0 ? QString()
                      : QStringLiteral("%1 groups half-written:%2").arg(found).arg(text);
}

enum class Trigger { None, AfterProgress, AfterPlan, AfterDelay };

struct KillPoint {
    Trigger trigger = Trigger::None;
    int afterDone = 0; // AfterProgress: users reported done
    int minLeft = 0;   // AfterProgress: users still to apply when it fires
    int delayMs = 0;   // after the trigger (or after the start, AfterDelay)

    QString describe() const
    {
        switch (trigger) {
        case Trigger::AfterProgress:
            return QStringLiteral("%1 ms after progress %2 (with %3 users to go)")
                .arg(delayMs)
                .arg(afterDone)
                .arg(minLeft);
        case Trigger::AfterPlan:
            return QStringLiteral("%1 ms after the plan was printed").arg(delayMs);
        case Trigger::AfterDelay:
            return QStringLiteral("%1 ms after the start").arg(delayMs);
        case Trigger::None:
            break;
        }
        return QStringLiteral("not killed");
    }
};

struct Run {
    bool started = false;
    bool killed = false;
    int exitCode = -1;
    QString output;
    int lastDone = -1; // from "Applying: N/M" lines
    int total = -1;
    int lockHoldersAtKill = -1;
    qint64 planMs = -1; // when the plan was printed
    qint64 firstProgressMs = -1;
    qint64 lastProgressMs = -1;
    int progressLines = 0;
};

Run migrate(TestDatabase &db, const QStringList &args, const KillPoint &kill = {})
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"));
    env.insert(QStringLiteral("PGPASSWORD"), db.password()); // never on the command line
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(CODEMIE_ADMIN_BINARY),
            QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), db.uri()} + args);
    if (!p.waitForStarted()) {
        r.output = p.errorString();
        return r;
    }
    r.started = true;
    // Only the apply's lines: since the migration streams, "Planning: N/M"
    // lines come first, before the import lock is taken.
    static const QRegularExpression progress(QStringLiteral("^Applying: (\\d+)/(\\d+)$"));
    QElapsedTimer clock;
    clock.start();
    QByteArray pending;
    qint64 fireAt = kill.trigger == Trigger::AfterDelay ? kill.delayMs : -1;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(2);
        pending += p.readAll();
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            r.output += line + QLatin1Char('\n');
            if (r.planMs < 0 && line.contains(QStringLiteral("to create"))) {
                r.planMs = clock.elapsed();
                if (kill.trigger == Trigger::AfterPlan)
                    fireAt = r.planMs + kill.delayMs;
            }
            const QRegularExpressionMatch m = progress.match(line);
            if (m.hasMatch()) {
                r.lastDone = m.captured(1).toInt();
                r.total = m.captured(2).toInt();
                r.lastProgressMs = clock.elapsed();
                if (r.firstProgressMs < 0)
                    r.firstProgressMs = r.lastProgressMs;
                ++r.progressLines;
                if (kill.trigger == Trigger::AfterProgress && fireAt < 0 &&
                    r.lastDone >= kill.afterDone && r.total - r.lastDone >= kill.minLeft &&
                    r.lastDone < r.total)
                    fireAt = r.lastProgressMs + kill.delayMs;
            }
        }
        if (fireAt >= 0 && clock.elapsed() >= fireAt && p.state() != QProcess::NotRunning) {
            r.lockHoldersAtKill = importLockHolders(db);
            p.kill(); // SIGKILL
            p.waitForFinished(120000);
            r.killed = p.exitStatus() == QProcess::CrashExit;
            break;
        }
        if (clock.elapsed() > 300000) {
            p.kill();
            p.waitForFinished(30000);
            r.output += QStringLiteral("(timed out, killed)\n");
            return r;
        }
    }
    p.waitForFinished(30000);
    r.output += QString::fromUtf8(pending + p.readAll());
    if (!r.killed)
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

// Waits until no session holds the import lock; false after timeoutMs.
bool importLockReleased(TestDatabase &db, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (importLockHolders(db) == 0)
            return true;
        if (clock.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
}

quint32 killSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("CODEMIE_KILL_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

QString countsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TstMigrationKill : public QObject {
    Q_OBJECT
private slots:
    void killedRunsLoseNothing_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0"), QStringLiteral("pg-2.19.0")});
    }
    void killedRunsLoseNothing()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        CODEMIE_TEST_DB(reference, engine);
        const quint32 seedValue = killSeed();
        qInfo("kill seed %u (CODEMIE_KILL_SEED=%u repeats this run)", seedValue, seedValue);
        const QByteArray seedText = QByteArray("; kill seed ") + QByteArray::number(seedValue);
        QRandomGenerator rng(seedValue);

        QString error = seed(*db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = seed(*reference);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const bool audited = hasActivityEvents(*db);
        QCOMPARE(audited, engine == QStringLiteral("pg-2.42.0"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString exportFile = dir.filePath(QStringLiteral("kill-test-realm.json"));
        error = writeExport(exportFile, generatedUsers());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList applyArgs{QStringLiteral("--from-export"),
                                    exportFile,
                                    QStringLiteral("--apply"),
                                    QStringLiteral("--batch-size"),
                                    QString::number(batchSize),
                                    QStringLiteral("--actor"),
                                    actorEmail,
                                    QStringLiteral("--admin-role"),
                                    QStringLiteral("admin")};

        State initial;
        error = readState(*db, initial);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            State other;
            QVERIFY(readState(*reference, other).isEmpty());
            QVERIFY2(initial == other, "the two databases were not seeded alike");
        }

        // The reference: one uninterrupted run.
        const Run whole = migrate(*reference, applyArgs);
        QVERIFY2(whole.started && !whole.killed, qPrintable(whole.output));
        QVERIFY2(whole.exitCode == 3, qPrintable(whole.output)); // the e-mail conflicts
        // Two connections may finish batches between two reports, so a
        // report can cover more than one batch; it ends at the total.
        QVERIFY2(whole.total > 2000 && whole.lastDone == whole.total && whole.progressLines >= 3,
                 qPrintable(whole.output));
        State expected;
        error = readState(*reference, expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.duplicateEvents.isEmpty());
        // The data exercise what the migration writes.
        QVERIFY2(expected.users - initial.users > 2500,
                 qPrintable(QString::number(expected.users)));
        QVERIFY(expected.tables.value(QStringLiteral("applications")).size() -
                    initial.tables.value(QStringLiteral("applications")).size() >
                2500 + 40);
        QVERIFY(expected.tables.value(QStringLiteral("user_projects")).size() > 8000);
        if (audited) {
            QVERIFY(expected.eventTypes.value(QStringLiteral("user.created")) > 2500);
            QVERIFY(expected.eventTypes.value(QStringLiteral("project.created")) > 2500 + 40);
            QVERIFY(expected.eventTypes.value(QStringLiteral("user.project.assigned")) > 8000);
            QVERIFY(expected.eventTypes.value(QStringLiteral("user.project.role_updated")) > 80);
        }
        const double batchMs =
            double(whole.lastProgressMs - whole.firstProgressMs) / qMax(1, whole.progressLines - 1);
        qInfo("reference run: plan after %lld ms, %d users applied in %d batches, %.1f ms per "
              "batch",
              whole.planMs, whole.total, whole.progressLines, batchMs);

        // Kill, run again, kill again. The first kill is an early one (while
        // reading or planning, or a random time into the run) and may land
        // anywhere; every later one fires on the engine's own progress output,
        // after batch k is reported and while at least minBatchesLeft batches
        // are still to come, so that it lands mid-apply whatever the
        // machine's speed. If a run still finishes first (or the early kill
        // lands after the end), the job starts again on a fresh copy of the
        // initial database. Only a hang or a broken engine exhausts
        // maxAttempts.
        State before = initial;
        int remaining = whole.total;
        int midApply = 0;
        int attempt = 0;
        int restarts = 0;
        const auto startAgain = [&]() -> QString {
            auto fresh = TestDatabase::fromTag(engine);
            QString e = fresh->create();
            if (e.isEmpty())
                e = seed(*fresh);
            State copy;
            if (e.isEmpty())
                e = readState(*fresh, copy);
            if (e.isEmpty() && copy != initial)
                e = QStringLiteral("the fresh copy was not seeded like the first database");
            if (e.isEmpty()) {
                db = std::move(fresh);
                before = initial;
                remaining = whole.total;
                ++restarts;
            }
            return e;
        };
        while (midApply < killsNeeded && attempt < maxAttempts) {
            ++attempt;
            KillPoint point;
            const int remainingBatches = qMax(1, remaining / batchSize);
            if (attempt == 1 && rng.bounded(2) == 0) {
                point.trigger = Trigger::AfterPlan;
                point.delayMs = int(rng.bounded(int(3 * batchMs) + 20));
            } else if (attempt == 1) {
                point.trigger = Trigger::AfterDelay;
                point.delayMs =
                    int(whole.planMs / 2 +
                        rng.bounded(int(whole.planMs + remainingBatches * batchMs / 2) + 1));
            } else {
                point.trigger = Trigger::AfterProgress;
                point.afterDone = batchSize * int(rng.bounded(1, qMax(2, remainingBatches / 2)));
                point.minLeft = minBatchesLeft * batchSize;
                point.delayMs = int(rng.bounded(int(batchMs) + 1));
            }
            const Run r = migrate(*db, applyArgs, point);
            QVERIFY2(r.started, qPrintable(r.output));
            QVERIFY2(!r.output.contains(QStringLiteral("Another Keycloak import")),
                     qPrintable(r.output + QString::fromLatin1(seedText)));
            if (!r.killed) {
                // It finished before the kill point: the rest of the job is
                // done, so start again from the initial state.
                QVERIFY2(r.exitCode == 3, qPrintable(r.output + QString::fromLatin1(seedText)));
                qInfo("attempt %d (%s): finished before the kill; starting again on a fresh "
                      "copy",
                      attempt, qPrintable(point.describe()));
                error = startAgain();
                QVERIFY2(error.isEmpty(), qPrintable(error));
                continue;
            }
            // A session lock dies with the killed process's connection; the
            // bound is for a hung server only.
            QVERIFY2(importLockReleased(*db, 120000),
                     qPrintable(QStringLiteral("the import lock is still held 120 s after the "
                                               "kill") +
                                QString::fromLatin1(seedText)));
            State after;
            error = readState(*db, after);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QString half = halfWritten(after, initial, expected);
            if (!half.isEmpty()) {
                qWarning("after the kill %s (attempt %d): %s\nOutput of the killed run:\n%s",
                         qPrintable(point.describe()), attempt, qPrintable(half),
                         qPrintable(r.output.right(4000)));
                QFAIL(qPrintable(QStringLiteral("a kill left users or projects half-written, "
                                                "see the warning above") +
                                 QString::fromLatin1(seedText)));
            }
            QVERIFY2(after.duplicateEvents.isEmpty(),
                     qPrintable(after.duplicateEvents.join(QLatin1Char('\n'))));
            const bool wrote = after != before;
            const bool partial = wrote && after != expected;
            // Killed after it reported progress and before it finished: it
            // held the import lock (which shows that the lock is looked for
            // where the migration takes it).
            if (r.lastDone >= 0 && after != expected)
                QVERIFY2(r.lockHoldersAtKill == 1,
                         qPrintable(QStringLiteral("the import lock was not held mid-apply (%1 "
                                                   "holders)")
                                        .arg(r.lockHoldersAtKill) +
                                    QString::fromLatin1(seedText)));
            // A kill on progress output comes after a committed batch: it
            // cannot leave the database as it found it.
            if (point.trigger == Trigger::AfterProgress)
                QVERIFY2(wrote, qPrintable(QStringLiteral("a kill after progress %1/%2 left "
                                                          "nothing written")
                                               .arg(r.lastDone)
                                               .arg(r.total) +
                                           QString::fromLatin1(seedText)));
            if (partial)
                ++midApply;
            if (r.lastDone >= 0)
                remaining = qMax(batchSize, r.total - r.lastDone);
            qInfo("attempt %d: killed %s (last progress %d/%d): %s, %d of %d users in the "
                  "database",
                  attempt, qPrintable(point.describe()), r.lastDone, r.total,
                  partial ? "mid-apply"
                  : wrote ? "the job was complete"
                          : "nothing written, does not count",
                  after.users, expected.users);
            if (wrote && !partial) {
                error = startAgain();
                QVERIFY2(error.isEmpty(), qPrintable(error));
                continue;
            }
            before = after;
        }
        QVERIFY2(midApply >= killsNeeded,
                 qPrintable(QStringLiteral("only %1 of %2 kills landed mid-apply in %3 attempts "
                                           "(%4 fresh starts)")
                                .arg(midApply)
                                .arg(killsNeeded)
                                .arg(attempt)
                                .arg(restarts) +
                            QString::fromLatin1(seedText)));

        // Once more, to the end: the same database as the uninterrupted run.
        const Run last = migrate(*db, applyArgs);
        QVERIFY2(last.started && !last.killed, qPrintable(last.output));
        QVERIFY2(last.exitCode == whole.exitCode, qPrintable(last.output));
        QVERIFY2(importLockReleased(*db, 0), "a finished run left the import lock held");
        State finalState;
        error = readState(*db, finalState);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (auto it = expected.tables.constBegin(); it != expected.tables.constEnd(); ++it)
            QVERIFY2(finalState.tables.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") +
                                difference(finalState.tables.value(it.key()), it.value()) +
                                QString::fromLatin1(seedText)));
        QCOMPARE(finalState.tables.keys(), expected.tables.keys());
        QCOMPARE(countsText(finalState.eventTypes), countsText(expected.eventTypes));
        QVERIFY2(finalState.duplicateEvents.isEmpty(),
                 qPrintable(finalState.duplicateEvents.join(QLatin1Char('\n'))));

        // A dry run on the finished database plans nothing.
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        const QString referencePlanFile = dir.filePath(QStringLiteral("reference-plan.json"));
        const QStringList dryArgs{QStringLiteral("--from-export"), exportFile,
                                  QStringLiteral("--dry-run"),     QStringLiteral("--admin-role"),
                                  QStringLiteral("admin"),         QStringLiteral("--plan-out")};
        const Run dry = migrate(*db, dryArgs + QStringList{planFile});
        QVERIFY2(dry.exitCode == 3, qPrintable(dry.output)); // the conflicts remain
        const Run referenceDry = migrate(*reference, dryArgs + QStringList{referencePlanFile});
        QVERIFY2(referenceDry.exitCode == 3, qPrintable(referenceDry.output));
        const QJsonObject plan = readJson(planFile);
        QCOMPARE(plan.value(QStringLiteral("format")).toString(),
                 QStringLiteral("codemie-admin.migration-plan/1"));
        const QJsonObject summary = plan.value(QStringLiteral("summary")).toObject();
        for (const char *field : {"create", "update", "projects_to_create", "memberships_to_add",
                                  "memberships_to_remove"})
            QVERIFY2(summary.value(QLatin1String(field)).toInt(-1) == 0,
                     qPrintable(QStringLiteral("%1 is %2 in the final plan")
                                    .arg(QLatin1String(field))
                                    .arg(summary.value(QLatin1String(field)).toInt(-1))));
        QVERIFY(summary.value(QStringLiteral("conflict")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("unchanged")).toInt() > 2500);
        QVERIFY(plan.value(QStringLiteral("projects")).toArray().isEmpty());
        const QJsonArray users = plan.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), userCount);
        for (const QJsonValue &u : users)
            QVERIFY2(u.toObject().value(QStringLiteral("operations")).toArray().isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(u.toObject()).toJson())));
        QCOMPARE(
            QJsonDocument(summary).toJson(QJsonDocument::Compact),
            QJsonDocument(readJson(referencePlanFile).value(QStringLiteral("summary")).toObject())
                .toJson(QJsonDocument::Compact));
        qInfo("%d of %d kills landed mid-apply", midApply, attempt);
    }

    // Found by killedRunsLoseNothing: a Keycloak user whose `applications`
    // name the e-mail of a user imported after them in the same batch. The
    // plan gives that user a personal project; applying it must too, whatever
    // the batch size, and a re-run must then plan nothing.
    void personalProjectNamedEarlierInTheSameBatch()
    {
        CODEMIE_TEST_DB(batched, QStringLiteral("pg-2.42.0"));
        CODEMIE_TEST_DB(single, QStringLiteral("pg-2.42.0"));
        QVERIFY(seedActor(*batched));
        QVERIFY(seedActor(*single));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString exportFile = dir.filePath(QStringLiteral("kill-test-realm.json"));
        const QString error = writeExport(
            exportFile, QJsonArray{exportUser(1, {userEmail(2), QStringLiteral("team-x")}),
                                   exportUser(2, {QStringLiteral("team-x")}), exportUser(3, {})});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList args{
            QStringLiteral("--from-export"), exportFile, QStringLiteral("--apply"),
            QStringLiteral("--actor"),       actorEmail, QStringLiteral("--batch-size")};
        const Run one = migrate(*single, args + QStringList{QStringLiteral("1")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.output));
        const Run fifty = migrate(*batched, args + QStringList{QStringLiteral("50")});
        QVERIFY2(fifty.exitCode == 0, qPrintable(fifty.output));

        const QString personal =
            QStringLiteral("SELECT count(*) FROM applications WHERE name = ? AND project_type = "
                           "'personal' AND created_by = ?");
        QCOMPARE(single->admin().scalar(personal, {userEmail(2), userId(2)}).value.toInt(), 1);
        QStringList problems;
        if (batched->admin().scalar(personal, {userEmail(2), userId(2)}).value.toInt() != 1)
            problems << QStringLiteral("with --batch-size 50, %1 has no personal project")
                            .arg(userEmail(2));
        State expected;
        QVERIFY(readState(*single, expected).isEmpty());
        State actual;
        QVERIFY(readState(*batched, actual).isEmpty());
        for (auto it = expected.tables.constBegin(); it != expected.tables.constEnd(); ++it)
            if (actual.tables.value(it.key()) != it.value())
                problems << QStringLiteral("%1 with --batch-size 50 against 1: %2")
                                .arg(it.key(),
                                     difference(actual.tables.value(it.key()), it.value()));
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        const Run dry = migrate(*batched, {QStringLiteral("--from-export"), exportFile,
                                           QStringLiteral("--plan-out"), planFile});
        const QJsonObject summary = readJson(planFile).value(QStringLiteral("summary")).toObject();
        for (const char *field : {"create", "update", "projects_to_create", "memberships_to_add"})
            if (summary.value(QLatin1String(field)).toInt(-1) != 0)
                problems << QStringLiteral("the re-run plans %1 %2")
                                .arg(summary.value(QLatin1String(field)).toInt(-1))
                                .arg(QLatin1String(field));
        if (dry.exitCode != 0)
            problems << QStringLiteral("the dry run exited with %1").arg(dry.exitCode);
        if (!problems.isEmpty()) {
            qWarning("%s\nThe re-run's plan:\n%s", qPrintable(problems.join(QLatin1Char('\n'))),
                     qPrintable(dry.output));
            QFAIL(qPrintable(problems.first()));
        }
    }
};

QTEST_GUILESS_MAIN(TstMigrationKill)
#include "tst_migrationkill.moc"
