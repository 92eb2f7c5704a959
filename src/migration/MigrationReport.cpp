#include "MigrationReport.h"

#include "JsonText.h"
#include "ShownText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)
};
QJsonObject opToJson(const PlannedOp &op)
{
    QJsonObject o{{QStringLiteral("op"), PlannedOp::kindName(op.kind)}};
    if (!op.userId.isEmpty())
        o.insert(QStringLiteral("user_id"), op.userId);
    if (!op.project.isEmpty())
        o.insert(QStringLiteral("project"), op.project);
    switch (op.kind) {
    case PlannedOp::Kind::AddMembership:
    case PlannedOp::Kind::RaiseProjectAdmin:
    case PlannedOp::Kind::LowerProjectAdmin:
        o.insert(QStringLiteral("is_project_admin"), op.isProjectAdmin);
        break;
    case PlannedOp::Kind::CreateUser:
        o.insert(QStringLiteral("is_admin"), op.isAdmin);
        [[fallthrough]];
    case PlannedOp::Kind::UpdateIdentity:
        o.insert(QStringLiteral("username"), op.username);
        o.insert(QStringLiteral("email"), op.email);
        o.insert(QStringLiteral("name"), op.name.isEmpty() ? QJsonValue() : QJsonValue(op.name));
        break;
    default:
        break;
    }
    if (op.budgetWarning)
        o.insert(QStringLiteral("project_has_budgets"), true);
    return o;
}
} // namespace

namespace {
QJsonObject userToJson(const UserPlan &u)
{
    QJsonArray ops;
    for (const PlannedOp &op : u.ops)
        ops.append(opToJson(op));
    QJsonObject o{{QStringLiteral("user_id"), u.userId},
                  {QStringLiteral("username"), u.username},
                  {QStringLiteral("email"), u.email},
                  {QStringLiteral("action"), UserPlan::actionName(u.action)},
                  {QStringLiteral("operations"), ops}};
    if (!u.reason.isEmpty())
        o.insert(QStringLiteral("reason"), u.reason);
    if (!u.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(u.warnings));
    return o;
}

// userToJson() written as text directly: a plan of 10,000 users is written
// in a few milliseconds instead of half a second of QJsonObject trees.
void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}
void appendString(QByteArray &out, const char *key, const QString &value)
{
    appendKey(out, key);
    JsonText::appendString(out, value);
}
void appendBool(QByteArray &out, const char *key, bool value)
{
    appendKey(out, key);
    out += value ? "true" : "false";
}
void appendOp(QByteArray &out, const PlannedOp &op)
{
    out += "{\"op\":";
    JsonText::appendString(out, PlannedOp::kindName(op.kind));
    if (!op.userId.isEmpty())
        appendString(out, "user_id", op.userId);
    if (!op.project.isEmpty())
        appendString(out, "project", op.project);
    switch (op.kind) {
    case PlannedOp::Kind::AddMembership:
    case PlannedOp::Kind::RaiseProjectAdmin:
    case PlannedOp::Kind::LowerProjectAdmin:
        appendBool(out, "is_project_admin", op.isProjectAdmin);
        break;
    case PlannedOp::Kind::CreateUser:
        appendBool(out, "is_admin", op.isAdmin);
        [[fallthrough]];
    case PlannedOp::Kind::UpdateIdentity:
        appendString(out, "username", op.username);
        appendString(out, "email", op.email);
        appendKey(out, "name");
        if (op.name.isEmpty())
            out += "null";
        else
            JsonText::appendString(out, op.name);
        break;
    default:
        break;
    }
    if (op.budgetWarning)
        appendBool(out, "project_has_budgets", true);
    out += '}';
}
void appendUser(QByteArray &out, const UserPlan &u)
{
    out += "{\"user_id\":";
    JsonText::appendString(out, u.userId);
    appendString(out, "username", u.username);
    appendString(out, "email", u.email);
    appendString(out, "action", UserPlan::actionName(u.action));
    appendKey(out, "operations");
    out += '[';
    for (int i = 0; i < u.ops.size(); ++i) {
        if (i > 0)
            out += ',';
        appendOp(out, u.ops.at(i));
    }
    out += ']';
    if (!u.reason.isEmpty())
        appendString(out, "reason", u.reason);
    if (!u.warnings.isEmpty()) {
        appendKey(out, "warnings");
        out += '[';
        for (int i = 0; i < u.warnings.size(); ++i) {
            if (i > 0)
                out += ',';
            JsonText::appendString(out, u.warnings.at(i));
        }
        out += ']';
    }
    out += '}';
}

} // namespace

// Everything of the plan's JSON but its "users".
QJsonObject MigrationReport::planHeadToJson(const PlanTotals &plan)
{
    QJsonArray projects;
    for (const PlannedOp &op : plan.projectOps)
        projects.append(opToJson(op));
    const QJsonObject summary{
        {QStringLiteral("create"), plan.count(UserPlan::Action::Create)},
        {QStringLiteral("update"), plan.count(UserPlan::Action::Update)},
        {QStringLiteral("unchanged"), plan.count(UserPlan::Action::Unchanged)},
        {QStringLiteral("skipped"), plan.count(UserPlan::Action::Skipped)},
        {QStringLiteral("conflict"), plan.count(UserPlan::Action::Conflict)},
        {QStringLiteral("projects_to_create"), int(plan.projectOps.size())},
        {QStringLiteral("memberships_to_add"), plan.opCount(PlannedOp::Kind::AddMembership)},
        {QStringLiteral("memberships_to_remove"), plan.opCount(PlannedOp::Kind::RemoveMembership)}};
    return {{QStringLiteral("format"), QStringLiteral("codemie-admin.migration-plan/1")},
            {QStringLiteral("source"), plan.source},
            {QStringLiteral("realm"), plan.realm},
            {QStringLiteral("policy"), MigrationOptions::policyName(plan.policy)},
            {QStringLiteral("schema_revision"), plan.schemaRevision},
            {QStringLiteral("created_at"), plan.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("projects"), projects},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}};
}

QByteArray MigrationReport::membersOf(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void MigrationReport::appendUserJson(QByteArray &out, const UserPlan &user)
{
    appendUser(out, user);
}

QJsonObject MigrationReport::planToJson(const MigrationPlan &plan)
{
    QJsonArray users;
    for (const UserPlan &u : plan.users)
        users.append(userToJson(u));
    QJsonObject o = planHeadToJson(PlanTotals::of(plan));
    o.insert(QStringLiteral("users"), users);
    return o;
}

bool MigrationReport::writePlan(QIODevice &out, const MigrationPlan &plan)
{
    bool ok = out.write("{") >= 0 &&
              out.write(membersOf(planHeadToJson(PlanTotals::of(plan)))) >= 0 &&
              out.write(",\n\"users\": [") >= 0;
    QByteArray chunk;
    for (int i = 0; ok && i < plan.users.size(); ++i) {
        chunk += i == 0 ? "\n" : ",\n";
        appendUser(chunk, plan.users.at(i));
        if (chunk.size() >= 256 * 1024) {
            ok = out.write(chunk) >= 0;
            chunk.clear();
        }
    }
    return ok && out.write(chunk) >= 0 && out.write("\n]}\n") >= 0;
}

bool MigrationReport::writeReport(QIODevice &out, const MigrationPlan &plan,
                                  const QJsonObject &rest)
{
    const QByteArray members = membersOf(rest);
    return out.write("{\"plan\": ") >= 0 && writePlan(out, plan) &&
           (members.isEmpty() || out.write("," + members) >= 0) && out.write("}\n") >= 0;
}

QJsonObject MigrationReport::resultToJson(const ApplyResult &r)
{
    return {{QStringLiteral("format"), QStringLiteral("codemie-admin.migration-result/1")},
            {QStringLiteral("batches"), r.batches},
            {QStringLiteral("failed_batches"), r.failedBatches},
            {QStringLiteral("operations_applied"), r.appliedOps},
            {QStringLiteral("users_created"), r.usersCreated},
            {QStringLiteral("users_updated"), r.usersUpdated},
            {QStringLiteral("projects_created"), r.projectsCreated},
            {QStringLiteral("memberships_added"), r.membershipsAdded},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("cancelled"), r.cancelled},
            {QStringLiteral("elapsed_ms"), r.elapsedMs},
            {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}};
}

QJsonObject MigrationReport::verificationToJson(const VerificationResult &v)
{
    return {{QStringLiteral("format"), QStringLiteral("codemie-admin.migration-verification/1")},
            {QStringLiteral("users_checked"), v.usersChecked},
            {QStringLiteral("ok"), v.ok()},
            {QStringLiteral("differences"), QJsonArray::fromStringList(v.differences)}};
}

QByteArray MigrationReport::planCsvHeader()
{
    return "user_id,username,email,action,reason,warnings,operations\r\n";
}

void MigrationReport::appendUserCsv(QByteArray &out, const UserPlan &u)
{
    const auto cell = [](QString value) {
        if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
            value.prepend(QLatin1Char('\''));
        if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
            value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                    QLatin1Char('"');
        return value;
    };
    QStringList ops;
    for (const PlannedOp &op : u.ops)
        ops << PlannedOp::kindName(op.kind) +
                   (op.project.isEmpty() ? QString() : QLatin1Char(' ') + op.project);
    const QStringList row{cell(u.userId),
                          cell(u.username),
                          cell(u.email),
                          cell(UserPlan::actionName(u.action)),
                          cell(u.reason),
                          cell(u.warnings.join(QStringLiteral("; "))),
                          cell(ops.join(QStringLiteral("; ")))};
    out += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool MigrationReport::writePlanCsv(QIODevice &out, const MigrationPlan &plan)
{
    QByteArray buffer = planCsvHeader();
    for (const UserPlan &u : plan.users) {
        appendUserCsv(buffer, u);
        if (buffer.size() > 1024 * 1024) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out.write(buffer) == buffer.size();
}

QString MigrationReport::planSummary(const MigrationPlan &plan, int detailLimit)
{
    return planSummary(PlanTotals::of(plan), detailLimit);
}

QString MigrationReport::planSummary(const PlanTotals &plan, int detailLimit)
{
    QStringList lines;
    lines << Tr::tr("Plan (%1 policy) from %2:")
                 .arg(MigrationOptions::policyName(plan.policy),
                      ShownText::escaped(plan.source, 300));
    lines << Tr::tr("  users: %1 to create, %2 to update, %3 unchanged, %4 skipped, %5 conflicts")
                 .arg(plan.count(UserPlan::Action::Create))
                 .arg(plan.count(UserPlan::Action::Update))
                 .arg(plan.count(UserPlan::Action::Unchanged))
                 .arg(plan.count(UserPlan::Action::Skipped))
                 .arg(plan.count(UserPlan::Action::Conflict));
    lines << Tr::tr(
                 "  projects to create: %1; memberships to add: %2, to raise to project admin: %3, "
                 "to lower: %4, to remove: %5")
                 .arg(plan.projectOps.size())
                 .arg(plan.opCount(PlannedOp::Kind::AddMembership))
                 .arg(plan.opCount(PlannedOp::Kind::RaiseProjectAdmin))
                 .arg(plan.opCount(PlannedOp::Kind::LowerProjectAdmin))
                 .arg(plan.opCount(PlannedOp::Kind::RemoveMembership));
    int shown = 0;
    for (const UserPlan &u : plan.detailed) {
        if (u.action != UserPlan::Action::Conflict && u.action != UserPlan::Action::Skipped &&
            u.warnings.isEmpty())
            continue;
        if (shown++ >= detailLimit) {
            lines << Tr::tr("  … more in the JSON plan (--plan-out)");
            break;
        }
        // Keycloak's text (e-mails, project names inside reasons and warnings)
        // is shown escaped: no terminal sequence, no forged line.
        QString line = QStringLiteral("  %1 %2").arg(
            UserPlan::actionName(u.action).leftJustified(9), ShownText::escaped(u.email, 255));
        if (!u.reason.isEmpty())
            line += QStringLiteral(": ") + ShownText::escaped(u.reason, 1000);
        for (const QString &w : u.warnings)
            line +=
                QStringLiteral("\n      ") + Tr::tr("warning: %1").arg(ShownText::escaped(w, 1000));
        lines << line;
    }
    for (const QString &w : plan.warnings.mid(0, detailLimit))
        lines << Tr::tr("  warning: %1").arg(ShownText::escaped(w, 1000));
    if (plan.isEmpty())
        lines << Tr::tr("Nothing to change.");
    return lines.join(QLatin1Char('\n'));
}

QString MigrationReport::resultSummary(const ApplyResult &r)
{
    QStringList lines;
    lines << Tr::tr("Applied %1 operations in %2 batches (%3 failed) in %4 s: %5 users created, %6 "
                    "updated, %7 projects created, %8 memberships added, %9 new conflicts while "
                    "applying.")
                 .arg(r.appliedOps)
                 .arg(r.batches)
                 .arg(r.failedBatches)
                 .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                 .arg(r.usersCreated)
                 .arg(r.usersUpdated)
                 .arg(r.projectsCreated)
                 .arg(r.membershipsAdded)
                 .arg(r.conflicts);
    if (r.cancelled)
        lines << Tr::tr("Cancelled between batches: run the migration again to finish.");
    if (r.failedBatches > 0)
        lines << Tr::tr("Each failed batch wrote nothing; the other batches and the new shared "
                        "projects were written. Mend the cause named below and run the migration "
                        "again: it plans only what is left.");
    for (const QString &e : r.errors)
        lines << Tr::tr("  error: %1").arg(e);
    for (const QString &n : r.notes.mid(0, 50))
        lines << Tr::tr("  note: %1").arg(n);
    return lines.join(QLatin1Char('\n'));
}

QString MigrationReport::verificationSummary(const VerificationResult &v, int detailLimit)
{
    QStringList lines;
    lines
        << (v.ok()
                ? Tr::tr("Verified %1 users: the database matches the source.").arg(v.usersChecked)
                : Tr::tr("Verified %1 users: %2 differences.")
                      .arg(v.usersChecked)
                      .arg(v.differences.size()));
    for (const QString &d : v.differences.mid(0, detailLimit))
        lines << QStringLiteral("  ") + d;
    return lines.join(QLatin1Char('\n'));
}

} // namespace codemie
