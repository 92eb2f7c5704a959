#include "MigrationHistory.h"

#include "MigrationReport.h"
#include "ShownText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationHistory)
};

constexpr qint64 maxReportBytes = 512LL * 1024 * 1024;
constexpr int maxRuns = 200;

int intOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? int(qBound(-1e9, v.toDouble(), 1e9)) : 0;
}
QString textOf(const QJsonObject &o, const char *key)
{
    return ShownText::escaped(o.value(QLatin1String(key)).toString(), 300);
}
} // namespace

QString SavedMigrationRun::outcome() const
{
    if (!applied)
        return Tr::tr("dry run");
    if (failedBatches > 0)
        return Tr::tr("failed");
    if (cancelled)
        return Tr::tr("cancelled");
    return Tr::tr("complete");
}

bool SavedMigrationRun::complete() const
{
    return applied && failedBatches == 0 && !cancelled;
}

Result<MigrationState> MigrationHistory::state(const PlatformDatabase &db,
                                               const SchemaCapabilities &caps)
{
    Result<MigrationState> r;
    MigrationState &s = r.value;
    QSqlQuery q = db.newQuery();
    r.outcome = db.exec(q, QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN auth_source = "
                                          "'keycloak' THEN 1 ELSE 0 END), 0) FROM users"));
    if (!r.outcome)
        return r;
    if (q.next()) {
        s.users = q.value(0).toInt();
        s.keycloakUsers = q.value(1).toInt();
    }
    s.audited = caps.hasActivityEvents;
    if (!s.audited)
        return r;
    const QString source = db.isPostgres()
                               ? QStringLiteral("e.attributes->>'source'")
                               : QStringLiteral("json_extract(e.attributes, '$.source')");
    QSqlQuery events = db.newQuery();
    r.outcome = db.exec(
        events, QStringLiteral("SELECT count(*), max(e.created_at) FROM activity_events e WHERE ") +
                    source + QStringLiteral(" = 'keycloak_migration'"));
    if (!r.outcome)
        return r;
    if (events.next()) {
        s.migrationEvents = events.value(0).toInt();
        const QVariant last = events.value(1);
        s.lastEventAt = PlatformDatabase::toUtc(last);
    }
    if (s.migrationEvents > 0) {
        QSqlQuery actor = db.newQuery();
        r.outcome =
            db.exec(actor, QStringLiteral("SELECT u.email FROM activity_events e JOIN users u ON "
                                          "u.id = e.actor_id WHERE ") +
                               source +
                               QStringLiteral(" = 'keycloak_migration' ORDER BY e.created_at "
                                              "DESC LIMIT 1"));
        if (r.outcome && actor.next())
            s.lastActorEmail = actor.value(0).toString();
    }
    return r;
}

Result<int> MigrationHistory::activeAdministrators(const PlatformDatabase &db,
                                                   const SchemaCapabilities &caps)
{
    Result<int> r;
    const QString yes = db.boolLiteral(true);
    const auto count = db.scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE is_active = %1 AND (is_admin = %1%2)")
            .arg(yes,
                 caps.hasMaintainer ? QStringLiteral(" OR is_maintainer = ") + yes : QString()));
    r.outcome = count.outcome;
    r.value = count.value.toInt();
    return r;
}

QString MigrationHistory::reportsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/migration-reports");
}

Result<SavedMigrationRun> MigrationHistory::runFromJson(const QByteArray &json, const QString &path)
{
    Result<SavedMigrationRun> r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        plan.value(QStringLiteral("format")).toString() !=
            QStringLiteral("codemie-admin.migration-plan/1")) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("“%1” is not a migration report of this console.")
                                         .arg(QDir::toNativeSeparators(path)),
                                     error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : QString());
        return r;
    }
    SavedMigrationRun &run = r.value;
    run.path = path;
    const QJsonObject info = root.value(QStringLiteral("run")).toObject();
    run.database = textOf(info, "database");
    run.actor = textOf(info, "actor");
    run.finishedAt =
        QDateTime::fromString(info.value(QStringLiteral("finished_at")).toString(), Qt::ISODate);
    if (!run.finishedAt.isValid())
        run.finishedAt =
            QDateTime::fromString(plan.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    run.finishedAt = run.finishedAt.toUTC();
    run.plannedBatches = intOf(info, "planned_batches");
    run.source = textOf(plan, "source");
    run.realm = textOf(plan, "realm");
    run.policy = textOf(plan, "policy");
    const QJsonObject summary = plan.value(QStringLiteral("summary")).toObject();
    run.plannedUsers = intOf(summary, "create") + intOf(summary, "update");
    if (root.contains(QStringLiteral("result"))) {
        const QJsonObject result = root.value(QStringLiteral("result")).toObject();
        run.applied = true;
        run.batches = intOf(result, "batches");
        run.failedBatches = intOf(result, "failed_batches");
        run.usersCreated = intOf(result, "users_created");
        run.usersUpdated = intOf(result, "users_updated");
        run.projectsCreated = intOf(result, "projects_created");
        run.membershipsAdded = intOf(result, "memberships_added");
        run.conflicts = intOf(result, "conflicts");
        run.cancelled = result.value(QStringLiteral("cancelled")).toBool();
    }
    if (root.contains(QStringLiteral("verification"))) {
        const QJsonObject v = root.value(QStringLiteral("verification")).toObject();
        run.verified = true;
        run.differences = int(v.value(QStringLiteral("differences")).toArray().size());
    }
    return r;
}

Result<SavedMigrationRun> MigrationHistory::readRun(const QString &path)
{
    Result<SavedMigrationRun> r;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > maxReportBytes) {
        r.outcome = Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("“%1” is not a report file this console reads (a plain file of at most 512 MB).")
                .arg(QDir::toNativeSeparators(path)));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.outcome = Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("The report “%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
        return r;
    }
    // Asks for the file's own size (plus one byte, to notice a file that
    // grew since): QIODevice::read(n) reserves n bytes up front, so asking
    // for the 512 MB limit allocated that much for every report listed.
    return runFromJson(file.read(qMin(info.size(), maxReportBytes) + 1), path);
}

QList<SavedMigrationRun> MigrationHistory::savedRuns(const QString &folder)
{
    QList<SavedMigrationRun> runs;
    const QDir dir(folder);
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end()); // names start with the time: newest first
    for (const QString &name : std::as_const(names)) {
        if (runs.size() >= maxRuns)
            break;
        const auto run = readRun(dir.filePath(name));
        if (run.isOk())
            runs << run.value;
    }
    std::stable_sort(runs.begin(), runs.end(),
                     [](const SavedMigrationRun &a, const SavedMigrationRun &b) {
                         return a.finishedAt > b.finishedAt;
                     });
    return runs;
}

QString MigrationHistory::verdict(const MigrationState &state, const QList<SavedMigrationRun> &runs)
{
    const QLocale locale;
    const SavedMigrationRun *last = nullptr;
    for (const SavedMigrationRun &run : runs)
        if (run.applied) {
            last = &run;
            break;
        }
    if (last && !last->complete())
        return Tr::tr("Partly migrated: the last run (%1) stopped after batch %2 of %3. Start the "
                      "migration again to finish it.")
            .arg(locale.toString(last->finishedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(last->batches - last->failedBatches)
            .arg(qMax(last->plannedBatches, last->batches));
    if (last)
        return Tr::tr("Migrated on %1 by %2: %3 users, %4 projects.")
            .arg(locale.toString(last->finishedAt.toLocalTime().date(),
                                 QStringLiteral("d MMM yyyy")),
                 last->actor.isEmpty() ? Tr::tr("the system") : last->actor,
                 locale.toString(last->usersCreated + last->usersUpdated),
                 locale.toString(last->projectsCreated));
    if (state.migrationEvents > 0)
        return Tr::tr("Migrated on %1 by %2 (from the platform's audit rows; this console has no "
                      "report of it).")
            .arg(locale.toString(state.lastEventAt.toLocalTime().date(),
                                 QStringLiteral("d MMM yyyy")),
                 state.lastActorEmail.isEmpty() ? Tr::tr("the system") : state.lastActorEmail);
    if (state.keycloakUsers > 0)
        return Tr::tr("%1 of %2 users came from Keycloak, but this console has no record of a "
                      "migration here (the platform's own import, or another console).")
            .arg(locale.toString(state.keycloakUsers), locale.toString(state.users));
    return Tr::tr("Not migrated yet.");
}

QString MigrationHistory::markdown(const MigrationPlan &plan, const ApplyResult *result,
                                   const VerificationResult *verification, const RunInfo &info)
{
    return markdown(PlanTotals::of(plan), result, verification, info);
}

QString MigrationHistory::markdown(const PlanTotals &plan, const ApplyResult *result,
                                   const VerificationResult *verification, const RunInfo &info)
{
    QStringList lines;
    lines << Tr::tr("# Keycloak migration report") << QString();
    lines << Tr::tr("- Finished: %1").arg(info.finishedAt.toString(Qt::ISODate));
    lines << Tr::tr("- Database: %1").arg(info.database);
    lines << Tr::tr("- Acting administrator: %1")
                 .arg(info.actor.isEmpty() ? Tr::tr("the system") : info.actor);
    lines << Tr::tr("- Source: %1").arg(plan.source);
    lines << Tr::tr("- Policy: %1").arg(MigrationOptions::policyName(plan.policy)) << QString();
    lines << Tr::tr("## Plan") << QString() << QStringLiteral("```")
          << MigrationReport::planSummary(plan, 200) << QStringLiteral("```") << QString();
    if (result)
        lines << Tr::tr("## Result") << QString() << QStringLiteral("```")
              << MigrationReport::resultSummary(*result) << QStringLiteral("```") << QString();
    if (verification)
        lines << Tr::tr("## Verification") << QString() << QStringLiteral("```")
              << MigrationReport::verificationSummary(*verification, 500) << QStringLiteral("```")
              << QString();
    return lines.join(QLatin1Char('\n'));
}

Result<QString> MigrationHistory::save(const QString &folder, const MigrationPlan &plan,
                                       const MigrationOptions &options, const ApplyResult *result,
                                       const VerificationResult *verification, const RunInfo &info)
{
    int pending = 0;
    for (const UserPlan &u : plan.users)
        if (!u.ops.isEmpty())
            ++pending;
    return save(
        folder, PlanTotals::of(plan), pending,
        [&plan](QIODevice &out) { return MigrationReport::writePlan(out, plan); }, options, result,
        verification, info);
}

Result<QString> MigrationHistory::save(const QString &folder, const PlanTotals &plan,
                                       int pendingUsers,
                                       const std::function<bool(QIODevice &)> &writePlan,
                                       const MigrationOptions &options, const ApplyResult *result,
                                       const VerificationResult *verification, const RunInfo &info)
{
    Result<QString> r;
    if (!QDir().mkpath(folder)) {
        r.outcome =
            Outcome::failure(Outcome::Kind::InvalidInput,
                             Tr::tr("The folder “%1” for migration reports cannot be created.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return r;
    }
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString realm = plan.realm;
    realm.replace(unsafe, QStringLiteral("_"));
    const QString stem = QDir(folder).filePath(
        info.finishedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') +
        realm.left(60));
    const int batchSize = qMax(1, options.batchSize);
    QJsonObject rest{
        {QStringLiteral("run"),
         QJsonObject{
             {QStringLiteral("database"), info.database},
             {QStringLiteral("actor"), info.actor},
             {QStringLiteral("finished_at"), info.finishedAt.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("planned_batches"), (pendingUsers + batchSize - 1) / batchSize}}}};
    if (result)
        rest.insert(QStringLiteral("result"), MigrationReport::resultToJson(*result));
    if (verification)
        rest.insert(QStringLiteral("verification"),
                    MigrationReport::verificationToJson(*verification));
    // {"plan": <the plan>, <rest's members>} (MigrationReport::writeReport).
    QSaveFile json(stem + QStringLiteral(".json"));
    const QByteArray members = MigrationReport::membersOf(rest);
    if (!json.open(QIODevice::WriteOnly) || json.write("{\"plan\": ") < 0 || !writePlan(json) ||
        json.write("," + members + "}\n") < 0 || !json.commit()) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("The report “%1” could not be written.")
                                         .arg(QDir::toNativeSeparators(json.fileName())),
                                     json.errorString());
        return r;
    }
    QSaveFile md(stem + QStringLiteral(".md"));
    if (md.open(QIODevice::WriteOnly)) {
        md.write(markdown(plan, result, verification, info).toUtf8());
        md.commit();
    }
    r.value = json.fileName();
    return r;
}

} // namespace codemie
