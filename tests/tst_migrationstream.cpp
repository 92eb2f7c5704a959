// `codemie-admin migrate` streams (issue 16): the users are planned, applied
// and verified window by window, holding only compact keys across windows.
// What a user notices, with windows far smaller than the input:
//  - the JSON plan written with --plan-out while streaming is the plan the
//    engine makes with every user in memory (the wizard's path), and the
//    printed summary is the same;
//  - an e-mail or username taken by a user several windows earlier is a
//    conflict, and only the first is imported;
//  - a run killed with SIGKILL right after its first committed batch (seen
//    on its own progress line) is finished by running it again: the database
//    ends as one uninterrupted run leaves it, and a dry run plans nothing;
//  - on PostgreSQL --apply plans while it applies: windows planned after the
//    first users were committed are still planned against the database as
//    it was before (the plan written is the plan made before any write),
//    and the database ends row for row as planning everything first and
//    then applying leaves it.

#include "MigrationPlanner.h"
#include "MigrationReport.h"
#include "MigrationSource.h"
#include "MigrationStream.h"
#include "PlatformDatabase.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {

constexpr int userCount = 240;
const QString window = QStringLiteral("7"); // users per window: 35 windows
const QString realmName = QStringLiteral("stream-test");
constexpr int runLimitMs = 300000; // one run of the command (only a hang reaches it)

QString userId(int i)
{
    return QStringLiteral("5f7e0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
QString userName(int i)
{
    return QStringLiteral("suser%1").arg(i, 3, 10, QLatin1Char('0'));
}
QString userEmail(int i)
{
    return userName(i) + QStringLiteral("@stream.example");
}

// Users 1..240. Later users take earlier users' keys, windows apart:
// 200 has user 3's e-mail, 210 user 10's username, 220 user 20's e-mail in
// upper case. User 5 names user 150's e-mail as a project (a personal
// project 21 windows later); 230 is disabled (skipped); 40 names a project
// in two spellings.
QJsonArray users()
{
    QJsonArray list;
    for (int i = 1; i <= userCount; ++i) {
        QString email = userEmail(i);
        QString username = userName(i);
        if (i == 200)
            email = userEmail(3);
        if (i == 210)
            username = userName(10);
        if (i == 220)
            email = userEmail(20).toUpper();
        QJsonArray apps{QStringLiteral("team-%1, shared-%2").arg(i % 6).arg(i % 4)};
        if (i == 5)
            apps << userEmail(150);
        if (i == 40)
            apps << QStringLiteral("Stream-Only") << QStringLiteral("stream-only");
        QJsonObject attributes{{QStringLiteral("applications"), apps}};
        if (i % 7 == 0)
            attributes.insert(QStringLiteral("applications_admin"),
                              QJsonArray{QStringLiteral("team-%1").arg(i % 6)});
        list << QJsonObject{{QStringLiteral("id"), userId(i)},
                            {QStringLiteral("username"), username},
                            {QStringLiteral("firstName"), QStringLiteral("Stream")},
                            {QStringLiteral("lastName"), QString::number(i)},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("emailVerified"), true},
                            {QStringLiteral("enabled"), i != 230},
                            {QStringLiteral("attributes"), attributes}};
    }
    return list;
}

// `without`: user numbers left out.
QString writeExport(const QString &path, const QSet<int> &without = {})
{
    QJsonArray list;
    const QJsonArray all = users();
    for (int i = 1; i <= userCount; ++i)
        if (!without.contains(i))
            list << all.at(i - 1);
    const QJsonObject realm{{QStringLiteral("id"), QStringLiteral("stream-realm")},
                            {QStringLiteral("realm"), realmName},
                            {QStringLiteral("enabled"), true},
                            {QStringLiteral("users"), list}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(realm).toJson(QJsonDocument::Compact)) < 0)
        return file.errorString();
    return {};
}

// What the database holds before the run: an existing shared project in
// another case, and a user who owns user 60's e-mail under another id.
void arrange(TestDatabase &db)
{
    db.addProject(QStringLiteral("Team-1"));
    const QString id = db.addUser(userEmail(60));
    db.admin().exec(QStringLiteral("UPDATE users SET username = ? WHERE id = ?"),
                    {QStringLiteral("existing060"), id}); // the same in every database
}

struct Run {
    int code = -1;
    QString out;
    QString err;
    bool killed = false;
};

// The real command; `killWhen(done, total)`: SIGKILL on the first progress
// line "Applying: done/total" for which it is true.
Run migrateKilling(TestDatabase &db, const QStringList &args,
                   const std::function<bool(int, int)> &killWhen)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("PGPASSWORD"), db.password());
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CODEMIE_ADMIN_BINARY),
            QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), db.uri()} + args);
    if (!p.waitForStarted())
        return r;
    static const QRegularExpression applying(QStringLiteral("^Applying: (\\d+)/(\\d+)$"));
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < runLimitMs) {
        p.waitForReadyRead(5);
        r.out += QString::fromUtf8(p.readAllStandardOutput());
        pending += p.readAllStandardError();
        for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            r.err += line + QLatin1Char('\n');
            const auto m = applying.match(line);
            if (killWhen && !r.killed && m.hasMatch() &&
                killWhen(m.captured(1).toInt(), m.captured(2).toInt())) {
                p.kill();
                r.killed = true;
            }
        }
    }
    p.waitForFinished(runLimitMs);
    r.out += QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(pending + p.readAllStandardError());
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

// Runs tried before a kill test gives up on hitting its moment.
constexpr int killAttempts = 5;

// `killAfterFirstBatch`: SIGKILL as soon as the progress line says one batch
// of the apply is committed and others are left.
Run migrate(TestDatabase &db, const QStringList &args, bool killAfterFirstBatch = false)
{
    if (!killAfterFirstBatch)
        return migrateKilling(db, args, {});
    return migrateKilling(db, args, [](int done, int total) { return done > 0 && done < total; });
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

int scalar(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    return db.admin().scalar(sql, params).value.toInt();
}

} // namespace

class TstMigrationStream : public QObject {
    Q_OBJECT
private slots:
    void streamedPlanEqualsThePlanInMemory_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void streamedPlanEqualsThePlanInMemory()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        arrange(*db);
        QTemporaryDir dir;
        const QString exportFile = dir.filePath(QStringLiteral("realm.json"));
        QCOMPARE(writeExport(exportFile), QString());
        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        const Run r =
            migrate(*db, {QStringLiteral("--from-export"), exportFile, QStringLiteral("--plan-out"),
                          planFile, QStringLiteral("--window"), window});
        QCOMPARE(r.code, 3); // conflicts
        QVERIFY2(r.err.contains(QStringLiteral("Planning: %1/%1").arg(userCount)),
                 qPrintable(r.err));

        // The same input planned with every user in memory.
        MigrationSourceSpec spec;
        spec.exportPath = exportFile;
        auto read = MigrationSource::read(spec);
        QVERIFY2(read.isOk(), qPrintable(read.outcome.fullText()));
        MigrationOptions options;
        options.realm = read.value.realm;
        const auto session = db->session(QString());
        auto planned = MigrationPlanner::planAgainst(session->db(), session->caps(),
                                                     session->schema().revision, read.value.users,
                                                     options, read.value.sourceText);
        QVERIFY2(planned.isOk(), qPrintable(planned.outcome.fullText()));
        const MigrationPlan &plan = planned.value.plan;

        QJsonObject streamed = readJson(planFile);
        QJsonObject inMemory = MigrationReport::planToJson(plan);
        QVERIFY(!streamed.isEmpty());
        for (QJsonObject *o : {&streamed, &inMemory})
            o->remove(QStringLiteral("created_at"));
        QCOMPARE(streamed.value(QStringLiteral("users")).toArray().size(), userCount);
        QCOMPARE(streamed.value(QStringLiteral("summary")),
                 inMemory.value(QStringLiteral("summary")));
        QCOMPARE(streamed.value(QStringLiteral("projects")),
                 inMemory.value(QStringLiteral("projects")));
        // User by user, so that a difference names the user.
        const QJsonArray a = streamed.value(QStringLiteral("users")).toArray();
        const QJsonArray b = inMemory.value(QStringLiteral("users")).toArray();
        for (int i = 0; i < userCount; ++i)
            QVERIFY2(a.at(i) == b.at(i),
                     QByteArray(QJsonDocument(a.at(i).toObject()).toJson() + " vs " +
                                QJsonDocument(b.at(i).toObject()).toJson())
                         .constData());
        QCOMPARE(streamed, inMemory);
        // The printed summary too.
        QVERIFY2(r.out.contains(MigrationReport::planSummary(plan)), qPrintable(r.out));

        // What the plan says about the keys taken windows apart.
        const auto userAt = [&a](int i) {
            return a.at(i - 1).toObject();
        };
        for (int i : {200, 210, 220}) {
            QCOMPARE(userAt(i).value(QStringLiteral("action")).toString(),
                     QStringLiteral("conflict"));
            QVERIFY2(userAt(i)
                         .value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("same e-mail or username")),
                     qPrintable(userAt(i).value(QStringLiteral("reason")).toString()));
        }
        QCOMPARE(userAt(60).value(QStringLiteral("action")).toString(), QStringLiteral("conflict"));
        QCOMPARE(userAt(3).value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QVERIFY(QJsonDocument(userAt(5)).toJson().contains(
            "is the personal project of a user being imported"));
        QCOMPARE(streamed.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("conflict"))
                     .toInt(),
                 4);
    }

    void duplicatesAcrossWindowsImportOnlyTheFirst_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void duplicatesAcrossWindowsImportOnlyTheFirst()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        arrange(*db);
        QTemporaryDir dir;
        const QString exportFile = dir.filePath(QStringLiteral("realm.json"));
        QCOMPARE(writeExport(exportFile), QString());
        const Run r =
            migrate(*db, {QStringLiteral("--from-export"), exportFile, QStringLiteral("--apply"),
                          QStringLiteral("--verify"), QStringLiteral("--window"), window,
                          QStringLiteral("--batch-size"), QStringLiteral("11")});
        QCOMPARE(r.code, 3);
        // 240 users: 1 skipped (disabled), 4 conflicts.
        QVERIFY2(r.out.contains(QStringLiteral("235 users created")), qPrintable(r.out + r.err));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE id LIKE "
                                            "'5f7e0000-%'")),
                 235);
        for (int i : {200, 210, 220})
            QCOMPARE(
                scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {userId(i)}),
                0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE lower(email) = ?"),
                        {userEmail(3)}),
                 1);
        // The first spelling of a project named twice, once.
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM applications WHERE lower(name) = ?"),
                        {QStringLiteral("stream-only")}),
                 1);
        // Existing Team-1 was used, not created again as team-1.
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM applications WHERE lower(name) = ?"),
                        {QStringLiteral("team-1")}),
                 1);
        // User 150's personal project exists and user 5 is not its member.
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = ?"),
                        {userId(5), userEmail(150)}),
                 0);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM applications WHERE name = ? AND "
                                       "project_type = 'personal'"),
                        {userEmail(150)}),
                 1);
    }

    void killedMidApplyThenRunAgainFinishes_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void killedMidApplyThenRunAgainFinishes()
    {
        QFETCH(QString, engine);
        QTemporaryDir dir;
        const QString exportFile = dir.filePath(QStringLiteral("realm.json"));
        QCOMPARE(writeExport(exportFile), QString());
        const QStringList apply{QStringLiteral("--from-export"),
                                exportFile,
                                QStringLiteral("--apply"),
                                QStringLiteral("--window"),
                                window,
                                QStringLiteral("--batch-size"),
                                QStringLiteral("5"),
                                QStringLiteral("--connections"),
                                QStringLiteral("1")};
        // One uninterrupted run, for comparison.
        CODEMIE_TEST_DB(whole, engine);
        arrange(*whole);
        QCOMPARE(migrate(*whole, apply).code, 3);

        // The kill is sent on the first batch's progress line; should the
        // run end before the signal reaches it (a starved test process), it
        // is tried again on a fresh database.
        std::unique_ptr<test::TestDatabase> db;
        Run killed;
        for (int attempt = 1; attempt <= killAttempts; ++attempt) {
            CODEMIE_TEST_DB(fresh, engine);
            arrange(*fresh);
            killed = migrate(*fresh, apply, true);
            db = std::move(fresh);
            if (!killed.killed || killed.code == -2)
                break;
            qInfo("attempt %d: the run finished before the kill reached it", attempt);
        }
        QVERIFY2(killed.killed, qPrintable(killed.err));
        QCOMPARE(killed.code, -2);
        const int written =
            scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE id LIKE '5f7e0000-%'"));
        QVERIFY2(written > 0 && written < 235, qPrintable(QString::number(written)));
        // Every user written by the killed run is whole: with a personal project.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM users u WHERE id LIKE "
                                            "'5f7e0000-%' AND NOT EXISTS (SELECT 1 FROM "
                                            "applications a WHERE a.name = u.email)")),
                 0);

        const Run again = migrate(*db, apply + QStringList{QStringLiteral("--verify")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.out.contains(QStringLiteral("%1 users created").arg(235 - written)),
                 qPrintable(again.out));
        // Line by line, so that a difference is named.
        const QStringList resumed = test::migratedRowsText(*db).split(QLatin1Char('\n'));
        const QStringList uninterrupted = test::migratedRowsText(*whole).split(QLatin1Char('\n'));
        for (const QString &line : resumed)
            QVERIFY2(uninterrupted.contains(line),
                     qPrintable(QStringLiteral("only after the kill: ") + line));
        for (const QString &line : uninterrupted)
            QVERIFY2(resumed.contains(line),
                     qPrintable(QStringLiteral("missing after the kill: ") + line));
        QCOMPARE(resumed, uninterrupted);
        const Run dry = migrate(
            *db, {QStringLiteral("--from-export"), exportFile, QStringLiteral("--window"), window});
        QVERIFY2(dry.out.contains(QStringLiteral("0 to create, 0 to update")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("Nothing to change.")), qPrintable(dry.out));
    }

    // Users 3, 10 and 20 are new, every other one but 200, 210 and 220 (who
    // take their keys) was migrated before. With one user per window and per
    // batch, user 3 is committed while the windows of users 4 to 240 are
    // still to be planned: a planner that saw that write would call user
    // 200 a conflict with an existing user, and the plan would differ from
    // the one made before the run.
    void planningWhileApplyingSeesTheDatabaseBeforeTheRun()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        CODEMIE_TEST_DB(serial, QStringLiteral("pg-2.42.0"));
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.json"));
        const QString exportFile = dir.filePath(QStringLiteral("realm.json"));
        QCOMPARE(writeExport(before, {3, 10, 20, 200, 210, 220}), QString());
        QCOMPARE(writeExport(exportFile), QString());
        for (TestDatabase *d : {db.get(), serial.get()}) {
            arrange(*d);
            const Run first =
                migrate(*d, {QStringLiteral("--from-export"), before, QStringLiteral("--apply")});
            QVERIFY2(first.code == 0 || first.code == 3, qPrintable(first.out + first.err));
        }

        // The plan with every user in memory, made before the run.
        MigrationSourceSpec spec;
        spec.exportPath = exportFile;
        auto read = MigrationSource::read(spec);
        QVERIFY2(read.isOk(), qPrintable(read.outcome.fullText()));
        MigrationOptions options;
        options.realm = read.value.realm;
        QJsonObject inMemory;
        {
            const auto session = db->session(QString());
            auto planned = MigrationPlanner::planAgainst(
                session->db(), session->caps(), session->schema().revision, read.value.users,
                options, read.value.sourceText);
            QVERIFY2(planned.isOk(), qPrintable(planned.outcome.fullText()));
            inMemory = MigrationReport::planToJson(planned.value.plan);
            // Few users to write: the apply starts on the first window.
            QCOMPARE(planned.value.plan.users.at(2).action, UserPlan::Action::Create);
            QVERIFY2(PlanTotals::of(planned.value.plan).count(UserPlan::Action::Create) < 10,
                     "most users were to be migrated before");
        }

        const QString planFile = dir.filePath(QStringLiteral("plan.json"));
        const Run r = migrate(*db, {QStringLiteral("--from-export"), exportFile,
                                    QStringLiteral("--apply"), QStringLiteral("--plan-out"),
                                    planFile, QStringLiteral("--window"), QStringLiteral("1"),
                                    QStringLiteral("--batch-size"), QStringLiteral("1")});
        QCOMPARE(r.code, 3); // the conflicts
        QVERIFY2(r.err.contains(QStringLiteral("Planning: %1/%1").arg(userCount)),
                 qPrintable(r.err));
        QJsonObject streamed = readJson(planFile);
        for (QJsonObject *o : {&streamed, &inMemory})
            o->remove(QStringLiteral("created_at"));
        const QJsonArray a = streamed.value(QStringLiteral("users")).toArray();
        const QJsonArray b = inMemory.value(QStringLiteral("users")).toArray();
        QCOMPARE(a.size(), userCount);
        for (int i = 0; i < userCount; ++i)
            QVERIFY2(a.at(i) == b.at(i),
                     QByteArray(QJsonDocument(a.at(i).toObject()).toJson() + " vs " +
                                QJsonDocument(b.at(i).toObject()).toJson())
                         .constData());
        QCOMPARE(streamed, inMemory);
        for (int i : {200, 210, 220})
            QVERIFY2(a.at(i - 1)
                         .toObject()
                         .value(QStringLiteral("reason"))
                         .toString()
                         .contains(QStringLiteral("same e-mail or username")),
                     qPrintable(a.at(i - 1).toObject().value(QStringLiteral("reason")).toString()));
        // The summary printed once the plan was whole, before the apply's.
        const qsizetype planAt = r.out.indexOf(QStringLiteral("to create"));
        const qsizetype appliedAt = r.out.indexOf(QStringLiteral("users created"));
        QVERIFY2(planAt >= 0 && appliedAt > planAt, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("3 users created")), qPrintable(r.out));

        // The same run planned whole first, then applied (the engine's
        // serial path), into the second database: the same rows.
        {
            const auto session = serial->session(QString());
            MigrationStream stream(options, 1);
            const auto streamedRead = MigrationSource::readStreamed(spec, stream);
            QVERIFY2(streamedRead.isOk(), qPrintable(streamedRead.outcome.fullText()));
            const auto planned =
                stream.plan(session->db(), session->caps(), session->schema().revision,
                            streamedRead.value.sourceText, {});
            QVERIFY2(planned.isOk(), qPrintable(planned.outcome.fullText()));
            const auto applied = stream.apply(session->db());
            QVERIFY2(applied.isOk(), qPrintable(applied.outcome.fullText()));
            QCOMPARE(applied.value.usersCreated, 3);
            QCOMPARE(applied.value.failedBatches, 0);
        }
        const QStringList pipelined = test::migratedRowsText(*db).split(QLatin1Char('\n'));
        const QStringList planFirst = test::migratedRowsText(*serial).split(QLatin1Char('\n'));
        for (const QString &line : pipelined)
            QVERIFY2(planFirst.contains(line),
                     qPrintable(QStringLiteral("only pipelined: ") + line));
        for (const QString &line : planFirst)
            QVERIFY2(pipelined.contains(line),
                     qPrintable(QStringLiteral("only planned first: ") + line));
        QCOMPARE(pipelined, planFirst);
    }

    // Killed while the plan is still being made (the apply's progress total,
    // the users with writes planned so far, is below the run's), then run
    // again: the database ends as one uninterrupted run leaves it.
    void killedWhilePlanningAndApplyingThenRunAgainFinishes()
    {
        QTemporaryDir dir;
        const QString exportFile = dir.filePath(QStringLiteral("realm.json"));
        QCOMPARE(writeExport(exportFile), QString());
        const QStringList apply{QStringLiteral("--from-export"),
                                exportFile,
                                QStringLiteral("--apply"),
                                QStringLiteral("--window"),
                                QStringLiteral("1"),
                                QStringLiteral("--batch-size"),
                                QStringLiteral("1")};
        CODEMIE_TEST_DB(whole, QStringLiteral("pg-2.42.0"));
        arrange(*whole);
        const Run uninterrupted = migrate(*whole, apply);
        QCOMPARE(uninterrupted.code, 3);
        QVERIFY2(uninterrupted.err.contains(QStringLiteral("Applying: 235/235")),
                 qPrintable(uninterrupted.err));

        // Killed on progress output; tried again on a fresh database should
        // the run end before the signal reaches it.
        std::unique_ptr<test::TestDatabase> db;
        Run killed;
        int totalAtKill = -1;
        for (int attempt = 1; attempt <= killAttempts; ++attempt) {
            CODEMIE_TEST_DB(fresh, QStringLiteral("pg-2.42.0"));
            arrange(*fresh);
            killed = migrateKilling(*fresh, apply, [&totalAtKill](int done, int total) {
                totalAtKill = total;
                return done > 0 && total < 235;
            });
            db = std::move(fresh);
            if (!killed.killed || killed.code == -2)
                break;
            qInfo("attempt %d: the run finished before the kill reached it", attempt);
        }
        QVERIFY2(killed.killed, qPrintable(killed.err));
        QCOMPARE(killed.code, -2);
        QVERIFY2(totalAtKill < 235, qPrintable(killed.err));
        // The plan's summary comes once the plan is whole: never printed.
        QVERIFY2(!killed.out.contains(QStringLiteral("to create")), qPrintable(killed.out));
        const int written =
            scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE id LIKE '5f7e0000-%'"));
        QVERIFY2(written > 0 && written < 235, qPrintable(QString::number(written)));
        // The import lock went with the killed process: the next run takes it.
        const Run again = migrate(*db, apply + QStringList{QStringLiteral("--verify")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.out.contains(QStringLiteral("%1 users created").arg(235 - written)),
                 qPrintable(again.out + again.err));
        const QStringList resumed = test::migratedRowsText(*db).split(QLatin1Char('\n'));
        const QStringList expected = test::migratedRowsText(*whole).split(QLatin1Char('\n'));
        for (const QString &line : resumed)
            QVERIFY2(expected.contains(line),
                     qPrintable(QStringLiteral("only after the kill: ") + line));
        for (const QString &line : expected)
            QVERIFY2(resumed.contains(line),
                     qPrintable(QStringLiteral("missing after the kill: ") + line));
        QCOMPARE(resumed, expected);
    }
};

QTEST_GUILESS_MAIN(TstMigrationStream)
#include "tst_migrationstream.moc"
