#include "DemoDataGenerator.h"

#include "BatchInsert.h"
#include "BudgetCell.h"
#include "DemoActivityEvents.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <cmath>

namespace codemie {

namespace {

const QStringList firstNames = {
    QStringLiteral("Ada"),       QStringLiteral("Bjørn"),     QStringLiteral("Chidi"),
    QStringLiteral("Dolores"),   QStringLiteral("Émile"),     QStringLiteral("Farah"),
    QStringLiteral("Gustav"),    QStringLiteral("Hiroshi"),   QStringLiteral("Ingrid"),
    QStringLiteral("Jamal"),     QStringLiteral("Katarzyna"), QStringLiteral("Luis"),
    QStringLiteral("Mei"),       QStringLiteral("Nnamdi"),    QStringLiteral("Olga"),
    QStringLiteral("Pranav"),    QStringLiteral("Quentin"),   QStringLiteral("Rosa"),
    QStringLiteral("Søren"),     QStringLiteral("Tamar"),     QStringLiteral("Umar"),
    QStringLiteral("Valentina"), QStringLiteral("Wiktor"),    QStringLiteral("Ximena"),
    QStringLiteral("Yusuf"),     QStringLiteral("Zofia"),     QStringLiteral("Ángel"),
    QStringLiteral("Zoë"),       QStringLiteral("Oisín"),     QStringLiteral("Thảo")};
const QStringList lastNames = {
    QStringLiteral("Abara"),     QStringLiteral("Berg"),      QStringLiteral("Castillo"),
    QStringLiteral("Dąbrowski"), QStringLiteral("Eriksen"),   QStringLiteral("Fischer"),
    QStringLiteral("García"),    QStringLiteral("Haddad"),    QStringLiteral("Ivanova"),
    QStringLiteral("Jansen"),    QStringLiteral("Kowalczyk"), QStringLiteral("Lindqvist"),
    QStringLiteral("Moreau"),    QStringLiteral("Nakamura"),  QStringLiteral("O'Neill"),
    QStringLiteral("Petrov"),    QStringLiteral("Quispe"),    QStringLiteral("Rossi"),
    QStringLiteral("Schmidt"),   QStringLiteral("Tanaka"),    QStringLiteral("Usman"),
    QStringLiteral("Varga"),     QStringLiteral("Wójcik"),    QStringLiteral("Xu"),
    QStringLiteral("Yilmaz"),    QStringLiteral("Zhang"),     QStringLiteral("Nguyễn"),
    QStringLiteral("Müller"),    QStringLiteral("Okafor"),    QStringLiteral("Ferreira")};
const QStringList areas = {
    QStringLiteral("payments"),  QStringLiteral("search"),   QStringLiteral("mobile"),
    QStringLiteral("data"),      QStringLiteral("identity"), QStringLiteral("billing"),
    QStringLiteral("support"),   QStringLiteral("insights"), QStringLiteral("checkout"),
    QStringLiteral("logistics"), QStringLiteral("risk"),     QStringLiteral("marketing"),
    QStringLiteral("platform"),  QStringLiteral("security"), QStringLiteral("devex"),
    QStringLiteral("ml"),        QStringLiteral("catalog"),  QStringLiteral("pricing")};
const QStringList kinds = {QStringLiteral("api"),       QStringLiteral("portal"),
                           QStringLiteral("assistant"), QStringLiteral("pipeline"),
                           QStringLiteral("migration"), QStringLiteral("research"),
                           QStringLiteral("ops"),       QStringLiteral("frontend"),
                           QStringLiteral("backend"),   QStringLiteral("qa")};
const QStringList costCenterNames = {
    QStringLiteral("eng-platform"), QStringLiteral("eng-product"), QStringLiteral("eng-data"),
    QStringLiteral("ops-support"),  QStringLiteral("sales-emea"),  QStringLiteral("sales-na"),
    QStringLiteral("rnd-ai"),       QStringLiteral("fin-shared"),  QStringLiteral("mkt-growth"),
    QStringLiteral("sec-core"),     QStringLiteral("hr-people"),   QStringLiteral("cx-care")};

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == QChar(0x00F8) || c == QChar(0x00D8))
            out += QLatin1Char('o');
    }
    return out;
}

QString uuidFor(const QString &kind, int index)
{
    static const QUuid ns(QStringLiteral("{6f1c2f0e-7c1a-4e0b-9d55-2b8f3c1a9e42}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + QString::number(index))
        .toString(QUuid::WithoutBraces);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const PlatformDatabase &db, const SchemaCapabilities &caps,
                                     Options options)
    : m_db(db)
    , m_caps(caps)
    , m_options(std::move(options))
{}

Result<DemoDataGenerator::Summary> DemoDataGenerator::run()
{
    Result<Summary> result;
    Summary &s = result.value;
    s.actorEmail = demoActorEmail();
    QRandomGenerator rng(m_options.seed);
    if (!m_options.lastSpendDay.isValid())
        m_options.lastSpendDay = QDate::currentDate().addDays(-1);
    auto report = [this](const QString &what, int percent) {
        if (m_options.progress)
            m_options.progress(what, percent);
    };

    WriteTransaction tx(m_db);
    if (!tx.beginOutcome()) {
        result.outcome = tx.beginOutcome();
        return result;
    }
    const QDateTime origin(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc());
    const QDateTime latest(m_options.lastSpendDay, QTime(18, 0), QTimeZone::utc());
    const qint64 span = origin.secsTo(latest);

    // Cost centers.
    QStringList costCenterIds;
    if (m_caps.hasCostCenters) {
        BatchInsert centers(m_db, QStringLiteral("cost_centers"),
                            {QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("description"), QStringLiteral("created_by"),
                             QStringLiteral("date"), QStringLiteral("update_date")});
        for (int i = 0; i < costCenterNames.size(); ++i) {
            const QString id = uuidFor(QStringLiteral("cost-center"), i);
            costCenterIds << id;
            const QVariant when = PlatformDatabase::utcValue(origin.addDays(i));
            Outcome o = centers.add({id, costCenterNames.at(i),
                                     QStringLiteral("Cost center %1").arg(costCenterNames.at(i)),
                                     uuidFor(QStringLiteral("user"), 0), when, when});
            if (!o) {
                result.outcome = o;
                return result;
            }
        }
        result.outcome = centers.flush();
        if (!result.outcome)
            return result;
    }

    // Users.
    report(QCoreApplication::translate("DemoDataGenerator", "Creating users"), 5);
    QStringList userColumns{QStringLiteral("id"),
                            QStringLiteral("date"),
                            QStringLiteral("update_date"),
                            QStringLiteral("username"),
                            QStringLiteral("email"),
                            QStringLiteral("name"),
                            QStringLiteral("user_type"),
                            QStringLiteral("is_active"),
                            m_caps.hasAdminColumn ? QStringLiteral("is_admin")
                                                  : QStringLiteral("is_super_admin"),
                            QStringLiteral("auth_source"),
                            QStringLiteral("email_verified"),
                            QStringLiteral("last_login_at"),
                            QStringLiteral("deleted_at"),
                            QStringLiteral("project_limit")};
    if (m_caps.hasMaintainer)
        userColumns << QStringLiteral("is_maintainer");
    BatchInsert users(m_db, QStringLiteral("users"), userColumns);
    struct GeneratedUser {
        QString id;
        QString email;
        bool active;
        bool admin;
        QDateTime created;
    };
    QList<GeneratedUser> generated;
    generated.reserve(m_options.users);
    QSet<QString> usedEmails;
    for (int i = 0; i < m_options.users; ++i) {
        GeneratedUser u;
        u.id = uuidFor(QStringLiteral("user"), i);
        const QString first = firstNames.at(int(rng.bounded(firstNames.size())));
        const QString last = lastNames.at(int(rng.bounded(lastNames.size())));
        QString username = asciiFold(first) + QLatin1Char('.') + asciiFold(last);
        // From the 900th on every username ends with its number (unique:
        // the names hold no digits), so only the first ones are remembered.
        if (i >= 900 || usedEmails.contains(username))
            username += QString::number(i);
        if (i < 900)
            usedEmails.insert(username);
        const bool external = i > 5 && i % 17 == 0;
        const bool maintainer = i == 0;
        const bool admin = i < 5;
        const bool deactivated = i > 5 && i % 53 == 0;
        const bool noName = i > 5 && i % 41 == 0;
        QString email = external ? username + QStringLiteral("@partner.example")
                                 : username + QStringLiteral("@codemie.example");
        QString name = first + QLatin1Char(' ') + last;
        if (i == 0) {
            username = QStringLiteral("ada.lovelace");
            email = demoActorEmail();
            name = QStringLiteral("Ada Lovelace");
        }
        u.email = email;
        u.active = !deactivated;
        u.admin = admin;
        u.created = origin.addSecs(qint64(double(span) * 0.8 * i / qMax(1, m_options.users)));
        const QDateTime lastLogin =
            i % 3 == 0 ? QDateTime() : latest.addSecs(-qint64(rng.bounded(86400 * 60)));
        const QString authSource =
            i % 11 == 0 ? QStringLiteral("local") : QStringLiteral("keycloak");
        QVariantList row{
            u.id,
            PlatformDatabase::utcValue(u.created),
            PlatformDatabase::utcValue(u.created.addDays(i % 30)),
            username,
            email,
            noName ? nullText() : QVariant(name),
            external ? QStringLiteral("external") : QStringLiteral("regular"),
            !deactivated,
            admin,
            authSource,
            true,
            authSource == QStringLiteral("local") ? PlatformDatabase::utcValue(lastLogin)
                                                  : nullText(),
            deactivated ? PlatformDatabase::utcValue(latest.addDays(-(i % 90))) : nullText(),
            admin ? nullInt() : QVariant(i % 23 == 0 ? 10 : 3)};
        if (m_caps.hasMaintainer)
            row << maintainer;
        Outcome o = users.add(row);
        if (!o) {
            result.outcome = o;
            return result;
        }
        s.admins += admin ? 1 : 0;
        s.maintainers += (maintainer && m_caps.hasMaintainer) ? 1 : 0;
        s.deactivated += deactivated ? 1 : 0;
        s.external += external ? 1 : 0;
        generated << u;
        if (i % 5000 == 4999)
            report(QCoreApplication::translate("DemoDataGenerator", "Creating users"),
                   5 + 30 * i / m_options.users);
    }
    result.outcome = users.flush();
    if (!result.outcome)
        return result;
    s.users = users.total();

    // Projects: the two defaults, shared projects, and a personal project per user.
    report(QCoreApplication::translate("DemoDataGenerator", "Creating projects"), 40);
    QStringList projectColumns{QStringLiteral("id"),          QStringLiteral("date"),
                               QStringLiteral("update_date"), QStringLiteral("name"),
                               QStringLiteral("git_repos"),   QStringLiteral("project_type"),
                               QStringLiteral("created_by"),  QStringLiteral("description")};
    if (m_caps.hasCostCenters)
        projectColumns << QStringLiteral("cost_center_id");
    if (m_caps.hasDisplayName)
        projectColumns << QStringLiteral("display_name");
    BatchInsert projects(m_db, QStringLiteral("applications"), projectColumns);
    BatchInsert members(m_db, QStringLiteral("user_projects"),
                        {QStringLiteral("id"), QStringLiteral("date"),
                         QStringLiteral("update_date"), QStringLiteral("user_id"),
                         QStringLiteral("project_name"), QStringLiteral("is_project_admin")});
    members.sendAfter(projects);
    int membershipIndex = 0;
    QHash<QString, QStringList> sharedMembers; // shared project -> member user ids
    auto addProject = [&](const QString &name, const QString &type, const QVariant &createdBy,
                          const QVariant &description, const QVariant &costCenter,
                          const QVariant &displayName, const QDateTime &when) {
        QVariantList row{name,
                         PlatformDatabase::utcValue(when),
                         PlatformDatabase::utcValue(when),
                         name,
                         QStringLiteral("[]"),
                         type,
                         createdBy,
                         description};
        if (m_caps.hasCostCenters)
            row << costCenter;
        if (m_caps.hasDisplayName)
            row << displayName;
        return projects.add(row);
    };
    auto addMember = [&](const QString &userId, const QString &project, bool projectAdmin,
                         const QDateTime &when) {
        if (!project.contains(QLatin1Char('@')))
            sharedMembers[project] << userId;
        return members.add({uuidFor(QStringLiteral("membership"), membershipIndex++),
                            PlatformDatabase::utcValue(when), PlatformDatabase::utcValue(when),
                            userId, project, projectAdmin});
    };
    for (const QString &name : {QStringLiteral("demo"), QStringLiteral("codemie")}) {
        Outcome o = addProject(name, QStringLiteral("shared"), nullText(), nullText(), nullText(),
                               nullText(), origin);
        if (!o) {
            result.outcome = o;
            return result;
        }
    }
    QStringList sharedNames;
    QSet<QString> usedNames;
    QSet<QString> creatorPairs; // "user id|project" already members as creators
    for (int p = 0; p < m_options.sharedProjects; ++p) {
        QString name = areas.at(p % areas.size()) + QLatin1Char('-') +
                       kinds.at((p / int(areas.size())) % kinds.size());
        if (usedNames.contains(name))
            name += QLatin1Char('-') + QString::number(p);
        usedNames.insert(name);
        sharedNames << name;
        const int creatorIndex = int(rng.bounded(qMax(1, m_options.users)));
        const bool legacy = p % 9 == 0; // auto-created: no creator, no description
        const QDateTime when = origin.addDays(p % 500);
        QString display = name;
        display.replace(QLatin1Char('-'), QLatin1Char(' '));
        display[0] = display.at(0).toUpper();
        Outcome o = addProject(name, QStringLiteral("shared"),
                               legacy ? nullText() : QVariant(generated.value(creatorIndex).id),
                               legacy ? nullText()
                                      : QVariant(QStringLiteral("%1 work of the %2 area.")
                                                     .arg(display, areas.at(p % areas.size()))),
                               costCenterIds.isEmpty() || p % 5 == 4
                                   ? nullText()
                                   : QVariant(costCenterIds.at(p % costCenterIds.size())),
                               p % 4 == 3 ? nullText() : QVariant(display), when);
        if (o && !legacy && creatorIndex < generated.size()) {
            o = addMember(generated.at(creatorIndex).id, name, true, when);
            creatorPairs.insert(generated.at(creatorIndex).id + QLatin1Char('|') + name);
        }
        if (!o) {
            result.outcome = o;
            return result;
        }
    }
    for (int i = 0; i < generated.size(); ++i) {
        const GeneratedUser &u = generated.at(i);
        Outcome o = addProject(u.email, QStringLiteral("personal"), u.id,
                               QStringLiteral("Personal Project for %1").arg(u.email), nullText(),
                               nullText(), u.created);
        if (o)
            o = addMember(u.id, u.email, false, u.created);
        if (!o) {
            result.outcome = o;
            return result;
        }
        ++s.personalProjects;
    }
    result.outcome = projects.flush();
    if (!result.outcome)
        return result;
    s.sharedProjects = int(sharedNames.size()) + 2;

    // Shared memberships: one to five projects each, some as project admin.
    report(QCoreApplication::translate("DemoDataGenerator", "Assigning projects"), 55);
    QSet<QString> seen;
    for (int i = 0; i < generated.size() && !sharedNames.isEmpty(); ++i) {
        const GeneratedUser &u = generated.at(i);
        const int count = 1 + int(rng.bounded(5));
        seen.clear();
        for (int k = 0; k < count; ++k) {
            // Skewed towards the first projects so some are big.
            const double x = rng.generateDouble();
            const int p = int(x * x * sharedNames.size());
            const QString &project = sharedNames.at(qMin(p, int(sharedNames.size()) - 1));
            if (seen.contains(project) || creatorPairs.contains(u.id + QLatin1Char('|') + project))
                continue;
            seen.insert(project);
            Outcome o = addMember(u.id, project, rng.bounded(10) == 0, u.created.addDays(1));
            if (!o) {
                result.outcome = o;
                return result;
            }
        }
    }
    result.outcome = members.flush();
    if (!result.outcome)
        return result;
    s.memberships = members.total();

    // Budgets: the predefined default, standard and power tiers per category,
    // a weekly premium budget; project budgets (with their budget group on
    // 2.36+) split equally over the project's members, one member overridden.
    struct UserBudget {
        QString userId;
        QString category;
        QString budgetId;
        double max = 0;
    };
    QList<UserBudget> userBudgetRows;
    QHash<QString, QPair<QString, QString>> budgetResets; // id -> (reset_at, duration)
    QStringList budgetedProjects;
    if (m_caps.hasGlobalBudgets) {
        report(QCoreApplication::translate("DemoDataGenerator", "Creating budgets"), 70);
        QStringList budgetColumns{
            QStringLiteral("budget_id"),       QStringLiteral("name"),
            QStringLiteral("description"),     QStringLiteral("soft_budget"),
            QStringLiteral("max_budget"),      QStringLiteral("budget_duration"),
            QStringLiteral("budget_category"), QStringLiteral("budget_reset_at"),
            QStringLiteral("created_by"),      QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
        if (m_caps.hasProjectBudgets)
            budgetColumns << QStringLiteral("budget_type") << QStringLiteral("project_name")
                          << QStringLiteral("provider_metadata");
        QStringList budgetValues(budgetColumns.size(), QStringLiteral("?"));
        if (m_caps.hasProjectBudgets)
            budgetValues.last() = m_db.jsonParameter();
        BatchInsert budgets(m_db, QStringLiteral("budgets"), budgetColumns, budgetValues);
        BatchInsert userBudgets(m_db, QStringLiteral("user_budget_assignments"),
                                {QStringLiteral("user_id"), QStringLiteral("category"),
                                 QStringLiteral("budget_id"), QStringLiteral("assigned_at"),
                                 QStringLiteral("assigned_by")});
        userBudgets.sendAfter(budgets);
        const QStringList categories{QStringLiteral("platform"), QStringLiteral("cli"),
                                     QStringLiteral("premium_models")};
        // The platform's own labels (stored data: not translated).
        const QHash<QString, QString> categoryNames{
            {QStringLiteral("platform"), QStringLiteral("Platform")},
            {QStringLiteral("cli"), QStringLiteral("CLI")},
            {QStringLiteral("premium_models"), QStringLiteral("Premium models")}};
        const QVariant created = PlatformDatabase::utcValue(origin);
        const QString actorId = generated.isEmpty() ? QString() : generated.first().id;
        int budgetIndex = 0;
        auto addBudget = [&](const QString &id, const QString &name, double soft, double max,
                             const QString &duration, const QString &category, const QString &type,
                             const QString &project) {
            // Resets spread over the days after the last spend day.
            const QString resetAt = QDateTime(m_options.lastSpendDay.addDays(1 + budgetIndex % 6),
                                              QTime(0, 0), QTimeZone::utc())
                                        .toString(Qt::ISODate);
            budgetResets.insert(id, {resetAt, duration});
            QVariantList row{id,
                             name,
                             QStringLiteral("%1 budget").arg(name),
                             soft,
                             max,
                             duration,
                             category,
                             resetAt,
                             actorId,
                             created,
                             budgetIndex % 3 == 1
                                 ? PlatformDatabase::utcValue(latest.addDays(-(budgetIndex % 40)))
                                 : nullText()};
            if (m_caps.hasProjectBudgets) {
                const QStringList statuses{QStringLiteral("ok"), QStringLiteral("ok"),
                                           QStringLiteral("noop"), QStringLiteral("pending"),
                                           QStringLiteral("failed")};
                row << type << (project.isEmpty() ? nullText() : QVariant(project))
                    << QVariant(QStringLiteral("{\"provider\": \"litellm\", \"sync_status\": "
                                               "\"%1\"}")
                                    .arg(statuses.at(budgetIndex % statuses.size())));
            }
            ++budgetIndex;
            ++s.budgets;
            return budgets.add(row);
        };
        Outcome o = addBudget(QStringLiteral("default"), QStringLiteral("Default"), 50, 100,
                              QStringLiteral("30d"), QStringLiteral("platform"),
                              QStringLiteral("global"), {});
        const QList<QPair<QString, double>> tiers{{QStringLiteral("standard"), 200},
                                                  {QStringLiteral("power"), 600}};
        for (const QString &category : categories)
            for (const auto &tier : tiers)
                if (o)
                    o = addBudget(tier.first + QLatin1Char('-') + category,
                                  tier.first.at(0).toUpper() + tier.first.mid(1) +
                                      QLatin1Char(' ') + categoryNames.value(category),
                                  tier.second * 0.8, tier.second, QStringLiteral("30d"), category,
                                  QStringLiteral("global"), {});
        if (o)
            o = addBudget(QStringLiteral("premium-weekly"), QStringLiteral("Premium weekly"), 120,
                          150, QStringLiteral("7d"), QStringLiteral("premium_models"),
                          QStringLiteral("global"), {});
        if (m_caps.hasProjectBudgets)
            for (int p = 0; p < sharedNames.size() && p < 12 && o; p += 3) {
                budgetedProjects << sharedNames.at(p);
                for (const QString &category : {QStringLiteral("platform"), QStringLiteral("cli")})
                    if (o)
                        o = addBudget(
                            QStringLiteral("project-%1-%2").arg(sharedNames.at(p), category),
                            QStringLiteral("%1 %2").arg(sharedNames.at(p),
                                                        categoryNames.value(category)),
                            category == QStringLiteral("platform") ? 800 : 400,
                            category == QStringLiteral("platform") ? 1000 : 500,
                            QStringLiteral("30d"), category, QStringLiteral("project"),
                            sharedNames.at(p));
            }
        if (o)
            o = budgets.flush();
        for (int i = 0; o && i < generated.size(); i += 7) {
            const QString category = categories.at(i % categories.size());
            QString budgetId =
                (i % 2 ? QStringLiteral("power-") : QStringLiteral("standard-")) + category;
            if (category == QStringLiteral("premium_models") && i % 4 == 0)
                budgetId = QStringLiteral("premium-weekly");
            const double max = budgetId.startsWith(QStringLiteral("power"))   ? 600
                               : budgetId == QStringLiteral("premium-weekly") ? 150
                                                                              : 200;
            userBudgetRows << UserBudget{generated.at(i).id, category, budgetId, max};
            o = userBudgets.add({generated.at(i).id, category, budgetId, created, actorId});
        }
        if (o)
            o = userBudgets.flush();
        if (o && m_caps.hasProjectBudgets) {
            QStringList pbaColumns{QStringLiteral("id"),
                                   QStringLiteral("project_name"),
                                   QStringLiteral("budget_category"),
                                   QStringLiteral("budget_id"),
                                   QStringLiteral("allocation_mode"),
                                   QStringLiteral("assigned_by"),
                                   QStringLiteral("assigned_at")};
            if (m_caps.hasBudgetGroups)
                pbaColumns << QStringLiteral("group_id");
            BatchInsert groups(m_db, QStringLiteral("project_budget_groups"),
                               {QStringLiteral("id"), QStringLiteral("project_name"),
                                QStringLiteral("name"), QStringLiteral("budget_duration"),
                                QStringLiteral("description"), QStringLiteral("created_by"),
                                QStringLiteral("created_at")});
            BatchInsert pba(m_db, QStringLiteral("project_budget_assignments"), pbaColumns);
            BatchInsert pmba(m_db, QStringLiteral("project_member_budget_assignments"),
                             {QStringLiteral("id"), QStringLiteral("project_name"),
                              QStringLiteral("budget_category"),
                              QStringLiteral("project_budget_id"), QStringLiteral("user_id"),
                              QStringLiteral("allocation_mode"),
                              QStringLiteral("allocated_soft_budget"),
                              QStringLiteral("allocated_max_budget"), QStringLiteral("spend"),
                              QStringLiteral("sync_status"), QStringLiteral("override_reason"),
                              QStringLiteral("assigned_by"), QStringLiteral("assigned_at")});
            pba.sendAfter(groups);
            pmba.sendAfter(pba);
            const QStringList syncStatuses{QStringLiteral("ok"),      QStringLiteral("ok"),
                                           QStringLiteral("ok"),      QStringLiteral("noop"),
                                           QStringLiteral("pending"), QStringLiteral("failed")};
            int index = 0;
            int memberIndex = 0;
            for (int g = 0; o && g < budgetedProjects.size(); ++g) {
                const QString &project = budgetedProjects.at(g);
                const QString groupId = uuidFor(QStringLiteral("budget-group"), g);
                if (m_caps.hasBudgetGroups)
                    o = groups.add({groupId, project, project, QStringLiteral("30d"),
                                    QStringLiteral("Budget of %1").arg(project), actorId, created});
                const QStringList projectMembers = sharedMembers.value(project);
                for (const QString &category :
                     {QStringLiteral("platform"), QStringLiteral("cli")}) {
                    if (!o)
                        break;
                    const QString budgetId = QStringLiteral("project-%1-%2").arg(project, category);
                    QVariantList row{uuidFor(QStringLiteral("pba"), index++),
                                     project,
                                     category,
                                     budgetId,
                                     QStringLiteral("equal"),
                                     actorId,
                                     created};
                    if (m_caps.hasBudgetGroups)
                        row << groupId;
                    o = pba.add(row);
                    // Equal split in cents, the first member fixed by hand.
                    const double total = category == QStringLiteral("platform") ? 1000 : 500;
                    const int n = int(projectMembers.size());
                    for (int m = 0; o && m < n; ++m) {
                        const bool fixed = m == 0 && n > 1;
                        const double fixedMax = std::round(total * 0.4 * 100) / 100;
                        const double share =
                            n == 1 ? total : std::floor((total - fixedMax) / (n - 1) * 100) / 100;
                        const double max = fixed ? fixedMax : share;
                        const double spent =
                            std::round(max * (0.1 + rng.generateDouble() * 0.95) * 100) / 100;
                        o = pmba.add(
                            {uuidFor(QStringLiteral("pmba"), memberIndex++), project, category,
                             budgetId, projectMembers.at(m),
                             fixed ? QStringLiteral("fixed") : QStringLiteral("equal"),
                             std::round(max * 80) / 100, max, spent,
                             syncStatuses.at(memberIndex % syncStatuses.size()),
                             fixed ? QVariant(QStringLiteral("Lead of the release")) : nullText(),
                             actorId, created});
                    }
                }
            }
            if (o)
                o = groups.flush();
            if (o)
                o = pba.flush();
            if (o)
                o = pmba.flush();
        }
        if (!o) {
            result.outcome = o;
            return result;
        }
    }

    // Spend: one row a day per shared project and API key (platform, and CLI
    // for every third project); where the schema has subject types, the
    // budget rows of the users with assigned budgets (their LiteLLM
    // customers) and of the project budgets, with period spend that starts
    // again on the budgets' reset days.
    if (!m_caps.spendTable.isEmpty() && m_options.spendDays > 0) {
        report(QCoreApplication::translate("DemoDataGenerator", "Recording spend"), 80);
        const bool subjects = m_caps.spendTable == QStringLiteral("project_spend_tracking");
        const bool userColumn = subjects && m_caps.hasProjectBudgets;
        QStringList spendColumns{QStringLiteral("id"),
                                 QStringLiteral("project_name"),
                                 QStringLiteral("key_hash"),
                                 QStringLiteral("spend_date"),
                                 QStringLiteral("daily_spend"),
                                 QStringLiteral("cumulative_spend"),
                                 QStringLiteral("budget_period_spend"),
                                 QStringLiteral("created_at")};
        if (subjects)
            spendColumns << QStringLiteral("spend_subject_type")
                         << QStringLiteral("budget_category") << QStringLiteral("budget_id");
        if (userColumn)
            spendColumns << QStringLiteral("user_id");
        BatchInsert spend(m_db, m_caps.spendTable, spendColumns);
        const QDate firstDay = m_options.lastSpendDay.addDays(-(m_options.spendDays - 1));
        auto resetsOf = [&](const QString &budgetId) {
            const auto reset = budgetResets.value(budgetId);
            const QList<QDate> days =
                BudgetRules::resetDays(BudgetRules::parseResetAt(reset.first), reset.second,
                                       firstDay, m_options.lastSpendDay);
            return QSet<QDate>(days.cbegin(), days.cend());
        };
        int index = 0;
        Outcome o;
        auto addRow = [&](const QString &subject, const QVariant &key, const QDate &day, int hour,
                          double daily, double cumulative, double period, const QString &type,
                          const QString &category, const QVariant &budgetId,
                          const QVariant &userId) {
            const QDateTime at(day, QTime(hour, 0), QTimeZone::utc());
            QVariantList row{uuidFor(QStringLiteral("spend"), index++),
                             subject,
                             key,
                             PlatformDatabase::utcValue(at),
                             daily,
                             cumulative,
                             period,
                             PlatformDatabase::utcValue(at)};
            if (subjects)
                row << type << category << budgetId;
            if (userColumn)
                row << userId;
            return spend.add(row);
        };
        const QSet<QString> budgeted(budgetedProjects.cbegin(), budgetedProjects.cend());
        for (int p = 0; o && p < sharedNames.size(); ++p) {
            const QString &project = sharedNames.at(p);
            QStringList keyCategories{QStringLiteral("platform")};
            if (subjects && p % 3 == 0)
                keyCategories << QStringLiteral("cli");
            for (const QString &category : std::as_const(keyCategories)) {
                const bool cli = category == QStringLiteral("cli");
                const double base = (cli ? 0.5 : 2.0) + double(rng.bounded(4000)) / 100.0;
                const QString budgetId = QStringLiteral("project-%1-%2").arg(project, category);
                const bool withBudget = subjects && budgeted.contains(project);
                const QSet<QDate> resets = withBudget ? resetsOf(budgetId) : QSet<QDate>();
                double cumulative = 0;
                double period = 0;
                double budgetPeriod = 0;
                for (int d = m_options.spendDays - 1; o && d >= 0; --d) {
                    const QDate day = m_options.lastSpendDay.addDays(-d);
                    if (day.day() == 1)
                        period = 0;
                    if (resets.contains(day))
                        budgetPeriod = 0;
                    const double weekend = day.dayOfWeek() >= 6 ? 0.3 : 1.0;
                    const double trend =
                        1.0 + 0.4 * double(m_options.spendDays - d) / double(m_options.spendDays);
                    const double daily = std::round(base * weekend * trend *
                                                    (0.6 + rng.generateDouble() * 0.8) * 100.0) /
                                         100.0;
                    cumulative += daily;
                    period += daily;
                    budgetPeriod += daily;
                    o = addRow(project,
                               QStringLiteral("key-%1%2")
                                   .arg(p)
                                   .arg(cli ? QStringLiteral("-cli") : QString()),
                               day, 23, daily, cumulative, period, QStringLiteral("key"), category,
                               nullText(), nullText());
                    if (o && withBudget)
                        o = addRow(project, nullText(), day, 23, daily, cumulative, budgetPeriod,
                                   QStringLiteral("project_budget"), category, budgetId,
                                   nullText());
                }
            }
        }
        // Users with a budget: a spend level between a fifth of the limit and
        // a little over it per budget period.
        for (int u = 0; o && subjects && u < userBudgetRows.size(); ++u) {
            const UserBudget &b = userBudgetRows.at(u);
            const QSet<QDate> resets = resetsOf(b.budgetId);
            const int periodDays =
                std::max(1, BudgetRules::durationDays(budgetResets.value(b.budgetId).second));
            const double level = 0.2 + double(rng.bounded(90)) / 100.0;
            const double perDay = b.max * level / periodDays;
            const QString customer = BudgetRules::customerId(b.userId, b.category);
            double cumulative = 0;
            double period = 0;
            for (int d = m_options.spendDays - 1; o && d >= 0; --d) {
                const QDate day = m_options.lastSpendDay.addDays(-d);
                if (resets.contains(day))
                    period = 0;
                const double weekend = day.dayOfWeek() >= 6 ? 0.2 : 1.2;
                const double daily =
                    std::round(perDay * weekend * (0.5 + rng.generateDouble()) * 100.0) / 100.0;
                cumulative += daily;
                period += daily;
                o = addRow(customer, nullText(), day, 22, daily, cumulative, period,
                           QStringLiteral("budget"), b.category, b.budgetId,
                           userColumn ? QVariant(b.userId) : nullText());
            }
        }
        if (o)
            o = spend.flush();
        if (!o) {
            result.outcome = o;
            return result;
        }
        s.spendRows = spend.total();
    }

    // The audit log (2.40+), about the rows written above.
    result.outcome = DemoActivityEvents::generate(m_db, m_caps, m_options.seed, origin, latest,
                                                  m_options.activityEvents)
                         .outcome;
    if (!result.outcome)
        return result;

    report(QCoreApplication::translate("DemoDataGenerator", "Saving"), 95);
    result.outcome = tx.commit();
    report(QCoreApplication::translate("DemoDataGenerator", "Done"), 100);
    return result;
}

} // namespace codemie
