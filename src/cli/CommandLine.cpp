#include "CommandLine.h"

#include "DemoDataGenerator.h"
#include "KeychainCredentialStore.h"
#include "KeycloakClient.h"
#include "MigrationExecutor.h"
#include "MigrationPlanWriter.h"
#include "MigrationReport.h"
#include "MigrationSource.h"
#include "MigrationStream.h"
#include "MigrationVerifier.h"
#include "PlatformSession.h"
#include "ProfileStore.h"
#include "ProjectRepository.h"
#include "RealmExportReader.h"
#include "RuntimeInventory.h"
#include "SchemaInstaller.h"
#include "SourceMapper.h"
#include "UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <functional>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Reads the password from the environment, never from an argument.
QString passwordFromEnvironment()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGPASSWORD"));
}
} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("status"), QStringLiteral("generate"), QStringLiteral("profiles"),
            QStringLiteral("migrate"), QStringLiteral("self-test")};
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h") ||
            a == QStringLiteral("--version") || a == QStringLiteral("-v") ||
            a == QStringLiteral("help"))
            return true;
    }
    return !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-'));
}

QString CommandLine::versionText()
{
    return RuntimeInventory::collect().lines().join(QLatin1Char('\n'));
}

QString CommandLine::helpText() const
{
    return Tr::tr(
        "Usage: codemie-admin [--demo] [COMMAND [OPTIONS]]\n"
        "\n"
        "Without a command the console opens its window (--demo: on the embedded demo\n"
        "database, created on first use). With a command it runs headless.\n"
        "\n"
        "Commands:\n"
        "  status (--db URI | --profile NAME) [--actor EMAIL] [--json]\n"
        "      Connect and report the server, schema revision, detected platform\n"
        "      release, features, user and project counts, the acting administrator's\n"
        "      role and whether a platform upgrade is in progress.\n"
        "      Exit status: 0 connected and writable, 3 read-only (reason printed),\n"
        "      1 failure, 2 usage error.\n"
        "  profiles list | show NAME | test NAME [--json]\n"
        "      The connection profiles the window uses. show never prints a secret;\n"
        "      test connects with the secrets in the keychain (or PGPASSWORD).\n"
        "  migrate (--keycloak-url URL --realm REALM --client-id ID | --from-export PATH)\n"
        "          (--db URI | --profile NAME) [--policy merge|overwrite]\n"
        "          [--include-disabled] [--admin-role ROLE] [--project-limit N]\n"
        "          [--actor EMAIL] [--dry-run | --apply] [--verify] [--plan-out FILE]\n"
        "          [--report FILE] [--ca-bundle PEM] [--batch-size N] [--connections N]\n"
        "          [--window N]\n"
        "      Move Keycloak users and their applications / applications_admin\n"
        "      projects into the platform database: plan (the default, writes\n"
        "      nothing), apply in batches, verify. Exit status: 0 success, 1 failure,\n"
        "      2 usage error, 3 finished with conflicts or verification differences.\n"
        "      On PostgreSQL, --connections batches (default 2) are applied at once.\n"
        "      Users are kept in a temporary file and planned --window at a time\n"
        "      (default 5000; at most 1000 on SQLite), so memory stays flat.\n"
        "  self-test\n"
        "      Check what this installation carries: the PostgreSQL and SQLite\n"
        "      drivers, a TLS backend, the translations and a window platform.\n"
        "      Prints what it found; exit status 1 names each missing part.\n"
        "  generate --db URI [--init-schema RELEASE] [--users N] [--projects N]\n"
        "           [--spend-days N] [--seed N]\n"
        "      Fill an empty platform database with deterministic sample data (for\n"
        "      demos and benchmarks; never point it at a real platform database).\n"
        "\n"
        "URI: postgresql://USER@HOST:PORT/DATABASE?schema=codemie&sslmode=verify-full\n"
        "     or sqlite:/path/to/file.sqlite\n"
        "With --profile the password comes from the operating system's keychain;\n"
        "otherwise from the PGPASSWORD environment variable (the Keycloak client\n"
        "secret from KEYCLOAK_ADMIN_CLIENT_SECRET), never from the command line.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version, SQL drivers, TLS, keychain and translations.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--version")) ||
        arguments.contains(QStringLiteral("-v"))) {
        m_out << versionText() << Qt::endl;
        return Success;
    }
    if (arguments.isEmpty() || arguments.contains(QStringLiteral("--help")) ||
        arguments.contains(QStringLiteral("-h")) || arguments.first() == QStringLiteral("help")) {
        m_out << helpText();
        return Success;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QStringLiteral("status"))
        return status(rest);
    if (command == QStringLiteral("generate"))
        return generate(rest);
    if (command == QStringLiteral("profiles"))
        return profiles(rest);
    if (command == QStringLiteral("migrate"))
        return migrate(rest);
    if (command == QStringLiteral("self-test"))
        return selfTest(rest);
    m_err << Tr::tr("Unknown command '%1'. Run codemie-admin --help for the list of commands.")
                 .arg(command)
          << Qt::endl;
    return UsageError;
}

int CommandLine::selfTest(const QStringList &args)
{
    if (!args.isEmpty()) {
        m_err << Tr::tr("Unexpected argument '%1'.").arg(args.first()) << Qt::endl;
        return UsageError;
    }
    const RuntimeInventory inventory = RuntimeInventory::collect();
    for (const QString &line : inventory.lines())
        m_out << line << Qt::endl;
    const QStringList problems = inventory.problems();
    if (problems.isEmpty()) {
        m_out << Tr::tr("Self-test passed: everything the console needs is here.") << Qt::endl;
        return Success;
    }
    for (const QString &problem : problems)
        m_err << problem << Qt::endl;
    m_err << Tr::tr("Self-test failed: %n part(s) missing.", nullptr, int(problems.size()))
          << Qt::endl;
    return Failure;
}

namespace {
// The database password for a profile: the keychain first, then PGPASSWORD.
QString profilePassword(const ConnectionProfile &profile)
{
    auto keychain = CredentialStoreProvider::open(500);
    const auto stored = keychain.store->read(
        CredentialStore::keyFor(profile.id, CredentialStore::Purpose::DatabasePassword));
    return stored.isOk() ? stored.value : passwordFromEnvironment();
}
} // namespace

int CommandLine::status(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("Database URI."), Tr::tr("URI"));
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("Connection profile."),
                                     Tr::tr("NAME"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   Tr::tr("E-mail of the administrator you act as."),
                                   Tr::tr("EMAIL"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({db, profile, actor, json});
    if (!parser.parse(QStringList{QStringLiteral("status")} + args)) {
        m_err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(db) == parser.isSet(profile)) {
        m_err << Tr::tr("status needs either --db URI (for example "
                        "postgresql://admin@db.example:5432/codemie) or --profile NAME")
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(profile)) {
        const auto p = ProfileStore().byName(parser.value(profile));
        if (!p) {
            m_err << Tr::tr("No profile named %1. Run codemie-admin profiles list.")
                         .arg(parser.value(profile))
                  << Qt::endl;
            return UsageError;
        }
        return report(p->database, profilePassword(*p),
                      parser.isSet(actor) ? parser.value(actor) : p->actorEmail,
                      p->defaultProjectLimit, parser.isSet(json));
    }
    const auto settings = ConnectionSettings::fromUri(parser.value(db));
    if (!settings.outcome) {
        m_err << settings.outcome.fullText() << Qt::endl;
        return UsageError;
    }
    return report(settings.value, passwordFromEnvironment(), parser.value(actor), 3,
                  parser.isSet(json));
}

int CommandLine::profiles(const QStringList &args)
{
    const QString action = args.value(0);
    const bool json = args.contains(QStringLiteral("--json"));
    QStringList rest = args.mid(1);
    rest.removeAll(QStringLiteral("--json"));
    ProfileStore store;
    if (action == QStringLiteral("list") && rest.isEmpty()) {
        const auto all = store.profiles();
        if (json) {
            QJsonArray list;
            for (const ConnectionProfile &p : all)
                list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                        {QStringLiteral("database"), p.database.toUri()},
                                        {QStringLiteral("actor"), p.actorEmail},
                                        {QStringLiteral("keycloak"), p.hasKeycloak}});
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (all.isEmpty())
            m_out << Tr::tr("No connection profiles yet. Create them in the window (File → "
                            "Connection profiles).")
                  << Qt::endl;
        for (const ConnectionProfile &p : all)
            m_out << p.name << QStringLiteral("\t") << p.serverText() << QStringLiteral("\t")
                  << (p.actorEmail.isEmpty() ? Tr::tr("(no actor)") : p.actorEmail) << Qt::endl;
        return Success;
    }
    if ((action == QStringLiteral("show") || action == QStringLiteral("test")) &&
        rest.size() == 1) {
        const auto p = store.byName(rest.first());
        if (!p) {
            m_err
                << Tr::tr("No profile named %1. Run codemie-admin profiles list.").arg(rest.first())
                << Qt::endl;
            return UsageError;
        }
        if (action == QStringLiteral("test"))
            return report(p->database, profilePassword(*p), p->actorEmail, p->defaultProjectLimit,
                          json);
        auto keychain = CredentialStoreProvider::open(500);
        auto stored = [&](CredentialStore::Purpose purpose) {
            if (!keychain.unavailableReason.isEmpty())
                return Tr::tr("unknown (no keychain: %1)").arg(keychain.unavailableReason);
            return keychain.store->read(CredentialStore::keyFor(p->id, purpose)).isOk()
                       ? Tr::tr("stored in the keychain")
                       : Tr::tr("not stored");
        };
        QJsonObject o{{QStringLiteral("name"), p->name},
                      {QStringLiteral("database"), p->database.toUri()},
                      {QStringLiteral("actor"), p->actorEmail},
                      {QStringLiteral("default_project_limit"), p->defaultProjectLimit},
                      {QStringLiteral("database_password"),
                       stored(CredentialStore::Purpose::DatabasePassword)}};
        if (p->hasKeycloak) {
            o.insert(QStringLiteral("keycloak_url"), p->keycloakUrl.toString());
            o.insert(QStringLiteral("keycloak_realm"), p->keycloakRealm);
            o.insert(QStringLiteral("keycloak_client_id"), p->keycloakClientId);
            o.insert(QStringLiteral("keycloak_ca_bundle"), p->keycloakCaBundle);
            o.insert(QStringLiteral("keycloak_client_secret"),
                     stored(CredentialStore::Purpose::KeycloakClientSecret));
        }
        if (json) {
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                m_out << QString(it.key() + QLatin1Char(':')).leftJustified(24)
                      << it.value().toVariant().toString() << Qt::endl;
        }
        return Success;
    }
    m_err << Tr::tr("Usage: codemie-admin profiles list | show NAME | test NAME [--json]")
          << Qt::endl;
    return UsageError;
}

int CommandLine::report(const ConnectionSettings &cs, const QString &password,
                        const QString &actorEmail, int defaultProjectLimit, bool jsonOutput)
{
    PlatformSession::Options options;
    options.actorEmail = actorEmail;
    options.defaultProjectLimit = defaultProjectLimit;
    PlatformSession session(cs, password, options);
    const Outcome opened = session.open();
    if (!opened) {
        if (jsonOutput) {
            QJsonObject o{{QStringLiteral("connected"), false},
                          {QStringLiteral("error"), opened.message()},
                          {QStringLiteral("details"), opened.details()},
                          {QStringLiteral("help"), opened.help()}};
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        }
        m_err << opened.fullText() << Qt::endl;
        return Failure;
    }
    const SchemaInfo &info = session.schema();
    int users = -1, deactivated = -1, projects = -1, shared = -1;
    if (info.caps.hasUsersTable && !info.upgradeInProgress) {
        UserRepository userRepo(session);
        UserQuery q;
        const auto active = userRepo.count(q);
        q.activity = UserQuery::Activity::Deactivated;
        const auto inactive = userRepo.count(q);
        if (active.isOk())
            users = active.value;
        if (inactive.isOk())
            deactivated = inactive.value;
        ProjectRepository projectRepo(session);
        ProjectQuery pq;
        const auto all = projectRepo.count(pq);
        pq.type = ProjectQuery::Type::Shared;
        const auto sharedCount = projectRepo.count(pq);
        if (all.isOk())
            projects = all.value;
        if (sharedCount.isOk())
            shared = sharedCount.value;
    }
    const QString reason = session.readOnlyReason();
    const bool writable = reason.isEmpty();
    if (jsonOutput) {
        QJsonObject o;
        o.insert(QStringLiteral("connected"), true);
        o.insert(QStringLiteral("server"), info.serverVersion);
        o.insert(QStringLiteral("connection"), cs.toUri());
        o.insert(QStringLiteral("schema"), cs.isPostgres() ? cs.schema : QString());
        o.insert(QStringLiteral("revision"), info.revision);
        o.insert(QStringLiteral("release"), info.release.label);
        o.insert(QStringLiteral("release_known"), info.release.knownRevision);
        o.insert(QStringLiteral("features"), QJsonArray::fromStringList(info.caps.featureNames()));
        o.insert(QStringLiteral("users_active"), users);
        o.insert(QStringLiteral("users_deactivated"), deactivated);
        o.insert(QStringLiteral("projects"), projects);
        o.insert(QStringLiteral("projects_shared"), shared);
        o.insert(QStringLiteral("actor"), session.hasActor() ? session.actor().email : QString());
        o.insert(QStringLiteral("actor_role"), session.actorRoleLabel());
        o.insert(QStringLiteral("upgrade_in_progress"), info.upgradeInProgress);
        o.insert(QStringLiteral("builtin_keycloak_migration_seen"), info.builtInMigrationSeen);
        o.insert(QStringLiteral("writable"), writable);
        o.insert(QStringLiteral("read_only_reason"), reason);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        auto line = [this](const QString &label, const QString &value) {
            m_out << label.leftJustified(20) << value << Qt::endl;
        };
        auto number = [](int n) {
            return n < 0 ? Tr::tr("unavailable") : QString::number(n);
        };
        line(Tr::tr("Server:"),
             QStringLiteral("%1 (%2%3)")
                 .arg(info.serverVersion, cs.displayName(),
                      cs.isPostgres() ? Tr::tr(", schema %1").arg(cs.schema) : QString()));
        line(Tr::tr("Schema revision:"),
             info.revision.isEmpty() ? Tr::tr("unreadable") : info.revision);
        // The release alone: "Platform release: 2.41.0–2.42.0", not "Platform … schema".
        line(Tr::tr("Platform release:"),
             info.release.label +
                 (info.release.knownRevision ? QString() : Tr::tr(" (from features)")));
        line(Tr::tr("Features:"), info.caps.featureNames().join(QStringLiteral(", ")));
        line(Tr::tr("Users:"),
             Tr::tr("%1 active, %2 deactivated").arg(number(users), number(deactivated)));
        line(Tr::tr("Projects:"), Tr::tr("%1 (%2 shared)").arg(number(projects), number(shared)));
        line(Tr::tr("Acting as:"),
             session.hasActor()
                 ? QStringLiteral("%1 (%2)").arg(session.actor().email, session.actorRoleLabel())
                 : Tr::tr("nobody (--actor EMAIL)"));
        line(Tr::tr("Platform upgrade:"),
             info.upgradeInProgress ? Tr::tr("IN PROGRESS") : Tr::tr("not in progress"));
        if (info.builtInMigrationSeen)
            line(Tr::tr("Built-in import:"),
                 Tr::tr("the platform's own Keycloak migration has run on this database"));
        line(Tr::tr("Access:"),
             writable ? Tr::tr("read-write") : Tr::tr("read-only: %1").arg(reason));
    }
    return writable ? Success : ReadOnly;
}

int CommandLine::generate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("Database URI."), Tr::tr("URI"));
    const QCommandLineOption init(QStringLiteral("init-schema"),
                                  Tr::tr("Create the platform schema of this release first."),
                                  Tr::tr("RELEASE"));
    const QCommandLineOption users(QStringLiteral("users"), Tr::tr("Number of users."), Tr::tr("N"),
                                   QStringLiteral("2000"));
    const QCommandLineOption projects(QStringLiteral("projects"), Tr::tr("Shared projects."),
                                      Tr::tr("N"), QStringLiteral("160"));
    const QCommandLineOption days(QStringLiteral("spend-days"), Tr::tr("Days of spend."),
                                  Tr::tr("N"), QStringLiteral("120"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed."), Tr::tr("N"),
                                  QStringLiteral("20261129"));
    parser.addOptions({db, init, users, projects, days, seed});
    if (!parser.parse(QStringList{QStringLiteral("generate")} + args) || !parser.isSet(db)) {
        m_err << (parser.errorText().isEmpty() ? Tr::tr("generate needs --db URI")
                                               : parser.errorText())
              << Qt::endl;
        return UsageError;
    }
    bool okUsers = false, okProjects = false, okDays = false, okSeed = false;
    DemoDataGenerator::Options options;
    options.users = parser.value(users).toInt(&okUsers);
    options.sharedProjects = parser.value(projects).toInt(&okProjects);
    options.spendDays = parser.value(days).toInt(&okDays);
    options.seed = parser.value(seed).toUInt(&okSeed);
    if (!okUsers || !okProjects || !okDays || !okSeed || options.users < 1 ||
        options.users > 5000000 || options.sharedProjects < 0 || options.spendDays < 0 ||
        options.spendDays > 3650) {
        m_err << Tr::tr(
                     "--users, --projects, --spend-days and --seed take whole numbers (users 1 to "
                     "5,000,000; spend days up to 3,650).")
              << Qt::endl;
        return UsageError;
    }
    const auto settings = ConnectionSettings::fromUri(parser.value(db));
    if (!settings.outcome) {
        m_err << settings.outcome.fullText() << Qt::endl;
        return UsageError;
    }
    PlatformDatabase database(settings.value, passwordFromEnvironment());
    database.setCreateIfMissing(parser.isSet(init));
    Outcome o = database.open();
    if (o && parser.isSet(init)) {
        if (!SchemaInstaller::releases(settings.value.isPostgres()).contains(parser.value(init))) {
            m_err << Tr::tr("No schema fixture for release %1; available: %2")
                         .arg(parser.value(init),
                              SchemaInstaller::releases(settings.value.isPostgres())
                                  .join(QStringLiteral(", ")))
                  << Qt::endl;
            return UsageError;
        }
        o = SchemaInstaller::install(database, parser.value(init));
    }
    if (!o) {
        m_err << o.fullText() << Qt::endl;
        return Failure;
    }
    const auto probed = SchemaProbe(database).probe();
    if (!probed.outcome) {
        m_err << probed.outcome.fullText() << Qt::endl;
        return Failure;
    }
    const auto existing = database.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!existing.outcome || existing.value.toInt() > 0) {
        m_err << Tr::tr("The database already has users: generate only fills an empty platform "
                        "schema.")
              << Qt::endl;
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    options.progress = [this](const QString &what, int percent) {
        m_err << QStringLiteral("[%1%] %2").arg(percent, 3).arg(what) << Qt::endl;
    };
    const auto result = DemoDataGenerator(database, probed.value.caps, options).run();
    if (!result.outcome) {
        m_err << result.outcome.fullText() << Qt::endl;
        return Failure;
    }
    const auto &s = result.value;
    m_out << Tr::tr("Generated %1 users (%2 admins, %3 deactivated), %4 shared and %5 personal "
                    "projects, %6 memberships, %7 budgets, %8 spend rows in %9 s.")
                 .arg(s.users)
                 .arg(s.admins)
                 .arg(s.deactivated)
                 .arg(s.sharedProjects)
                 .arg(s.personalProjects)
                 .arg(s.memberships)
                 .arg(s.budgets)
                 .arg(s.spendRows)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    m_out << Tr::tr("Act as %1 (maintainer).").arg(s.actorEmail) << Qt::endl;
    return Success;
}

} // namespace codemie

namespace codemie {

int CommandLine::migrate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("keycloak-url"), Tr::tr("Keycloak base URL."),
                                 Tr::tr("URL"));
    const QCommandLineOption realm(QStringLiteral("realm"), Tr::tr("Realm."), Tr::tr("REALM"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Tr::tr("Client id."),
                                      Tr::tr("ID"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"), Tr::tr("CA bundle (PEM)."),
                                      Tr::tr("PEM"));
    const QCommandLineOption fromExport(QStringLiteral("from-export"), Tr::tr("Realm export file."),
                                        Tr::tr("PATH"));
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("Database URI."), Tr::tr("URI"));
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("Connection profile."),
                                     Tr::tr("NAME"));
    const QCommandLineOption policy(QStringLiteral("policy"), Tr::tr("merge or overwrite."),
                                    Tr::tr("POLICY"), QStringLiteral("merge"));
    const QCommandLineOption includeDisabled(QStringLiteral("include-disabled"),
                                             Tr::tr("Import disabled users."));
    const QCommandLineOption adminRole(QStringLiteral("admin-role"),
                                       Tr::tr("Realm role of admins."), Tr::tr("ROLE"));
    const QCommandLineOption projectLimit(QStringLiteral("project-limit"), Tr::tr("Project limit."),
                                          Tr::tr("N"));
    const QCommandLineOption actor(QStringLiteral("actor"), Tr::tr("Acting administrator."),
                                   Tr::tr("EMAIL"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Plan only (default)."));
    const QCommandLineOption apply(QStringLiteral("apply"), Tr::tr("Apply the plan."));
    const QCommandLineOption verify(QStringLiteral("verify"), Tr::tr("Verify afterwards."));
    const QCommandLineOption planOut(QStringLiteral("plan-out"), Tr::tr("Write the plan as JSON."),
                                     Tr::tr("FILE"));
    const QCommandLineOption reportOut(QStringLiteral("report"),
                                       Tr::tr("Write the report as JSON."), Tr::tr("FILE"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                       Tr::tr("Users per transaction."), Tr::tr("N"),
                                       QStringLiteral("1000"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         Tr::tr("Batches applied at once (PostgreSQL)."),
                                         Tr::tr("N"), QStringLiteral("2"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    Tr::tr("Users planned and verified per database round."),
                                    Tr::tr("N"), QString::number(MigrationStream::defaultWindow));
    parser.addOptions({url,          realm,     clientId,  caBundle,        fromExport,
                       db,           profile,   policy,    includeDisabled, adminRole,
                       projectLimit, actor,     dryRun,    apply,           verify,
                       planOut,      reportOut, batchSize, connections,     window});
    auto usage = [this](const QString &text) {
        m_err << text << Qt::endl
              << Tr::tr("Run codemie-admin --help for the migrate options.") << Qt::endl;
        return UsageError;
    };
    if (!parser.parse(QStringList{QStringLiteral("migrate")} + args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    const bool live = parser.isSet(url) || parser.isSet(realm) || parser.isSet(clientId);
    if (live == parser.isSet(fromExport))
        return usage(
            Tr::tr("Give either --keycloak-url, --realm and --client-id, or --from-export PATH."));
    if (live && (!parser.isSet(url) || !parser.isSet(realm) || !parser.isSet(clientId)))
        return usage(
            Tr::tr("A live Keycloak source needs --keycloak-url, --realm and --client-id."));
    if (parser.isSet(db) == parser.isSet(profile))
        return usage(Tr::tr("Give either --db URI or --profile NAME."));
    if (parser.isSet(dryRun) && parser.isSet(apply))
        return usage(Tr::tr("--dry-run and --apply exclude each other."));
    MigrationOptions options;
    if (parser.value(policy) == QStringLiteral("overwrite"))
        options.policy = MigrationOptions::Policy::Overwrite;
    else if (parser.value(policy) != QStringLiteral("merge"))
        return usage(Tr::tr("--policy is merge or overwrite."));
    options.includeDisabled = parser.isSet(includeDisabled);
    options.adminRole = parser.value(adminRole);
    bool ok = true;
    options.batchSize = parser.value(batchSize).toInt(&ok);
    if (!ok || options.batchSize < 1 || options.batchSize > 10000)
        return usage(Tr::tr("--batch-size takes a number from 1 to 10,000."));
    options.connections = parser.value(connections).toInt(&ok);
    if (!ok || options.connections < 1 || options.connections > 16)
        return usage(Tr::tr("--connections takes a number from 1 to 16."));
    const int windowSize = parser.value(window).toInt(&ok);
    if (!ok || windowSize < 1 || windowSize > 100000)
        return usage(Tr::tr("--window takes a number from 1 to 100,000."));

    // The database.
    ConnectionSettings settings;
    QString password = passwordFromEnvironment();
    QString actorEmail = parser.value(actor);
    std::optional<ConnectionProfile> chosen;
    if (parser.isSet(profile)) {
        chosen = ProfileStore().byName(parser.value(profile));
        if (!chosen)
            return usage(Tr::tr("No profile named %1.").arg(parser.value(profile)));
        settings = chosen->database;
        password = profilePassword(*chosen);
        if (actorEmail.isEmpty())
            actorEmail = chosen->actorEmail;
        options.projectLimit = chosen->defaultProjectLimit;
    } else {
        const auto parsed = ConnectionSettings::fromUri(parser.value(db));
        if (!parsed.isOk())
            return usage(parsed.outcome.fullText());
        settings = parsed.value;
    }
    if (parser.isSet(projectLimit)) {
        options.projectLimit = parser.value(projectLimit).toInt(&ok);
        if (!ok || options.projectLimit < 0)
            return usage(Tr::tr("--project-limit takes a whole number, 0 or more."));
    }

    // A progress bar on a terminal, plain lines otherwise (logs, pipelines).
    const bool terminal = isatty(fileno(stderr)) != 0;
    auto progressLine = [this, terminal](const QString &what, int done, int total,
                                         const QString &more = {}) {
        const QString text = QStringLiteral("%1: %2/%3").arg(what).arg(done).arg(total) + more;
        if (!terminal) {
            m_err << text << Qt::endl;
            return;
        }
        const int width = 30;
        const int filled = total > 0 ? width * done / total : width;
        m_err << QStringLiteral("\r[") << QString(filled, QLatin1Char('#'))
              << QString(width - filled, QLatin1Char(' ')) << QStringLiteral("] ") << text;
        if (done >= total)
            m_err << Qt::endl;
        m_err.flush();
    };

    // The source (the wizard reads it through the same MigrationSource).
    MigrationSourceSpec spec;
    spec.adminRole = options.adminRole;
    if (live) {
        spec.kind = MigrationSourceSpec::Kind::Keycloak;
        KeycloakSourceSettings &ks = spec.keycloak;
        ks.baseUrl = QUrl::fromUserInput(parser.value(url));
        ks.realm = parser.value(realm);
        ks.clientId = parser.value(clientId);
        ks.caBundlePath = parser.value(caBundle);
        spec.clientSecret = QProcessEnvironment::systemEnvironment().value(
            QStringLiteral("KEYCLOAK_ADMIN_CLIENT_SECRET"));
        if (chosen) {
            ks.allowPlainHttp = chosen->keycloakPlainHttpConfirmed;
            if (ks.caBundlePath.isEmpty())
                ks.caBundlePath = chosen->keycloakCaBundle;
            auto keychain = CredentialStoreProvider::open(500);
            const auto stored = keychain.store->read(CredentialStore::keyFor(
                chosen->id, CredentialStore::Purpose::KeycloakClientSecret));
            if (stored.isOk())
                spec.clientSecret = stored.value;
        }
        if (spec.clientSecret.isEmpty()) {
            m_err << Tr::tr(
                         "No Keycloak client secret: set KEYCLOAK_ADMIN_CLIENT_SECRET or store it "
                         "in the profile.")
                  << Qt::endl;
            return UsageError;
        }
    } else {
        spec.exportPath = parser.value(fromExport);
    }
    // Streamed: the users are mapped as they arrive and kept in a temporary
    // file, planned, applied and verified window by window (MigrationStream);
    // memory holds the windows and a few compact keys per user.
    MigrationStream stream(options, windowSize);
    auto read = MigrationSource::readStreamed(spec, stream, [&](const KeycloakReadProgress &p) {
        progressLine(Tr::tr("Reading Keycloak users"), p.done, p.total,
                     QStringLiteral(" (%1, %2)")
                         .arg(Tr::tr("%n page(s)", nullptr, p.pages),
                              Tr::tr("%n retry(s)", nullptr, p.retries)));
    });
    for (const QString &w : std::as_const(read.value.warnings))
        m_err << Tr::tr("warning: %1").arg(w) << Qt::endl;
    // Each role of the platform guide's list the service account lacks.
    const KeycloakPreflight &pre = read.value.preflight;
    for (const QString &role : pre.missingRoles)
        m_err << (KeycloakClient::requiredRoles().contains(role)
                      ? Tr::tr("missing service-account role: %1 (needed to read users)")
                      : Tr::tr("warning: missing service-account role: %1 (in the platform "
                               "guide's list)"))
                     .arg(role)
              << Qt::endl;
    if (!pre.grantRolesHelp.isEmpty())
        m_err << pre.grantRolesHelp << Qt::endl;
    if (!read.isOk()) {
        m_err << read.outcome.fullText() << Qt::endl;
        return Failure;
    }
    const QString sourceText = read.value.sourceText;
    read.value = {};

    // Connect and plan.
    PlatformSession::Options sessionOptions;
    sessionOptions.actorEmail = actorEmail;
    sessionOptions.defaultProjectLimit = options.projectLimit;
    PlatformSession session(settings, password, sessionOptions);
    const Outcome opened = session.open();
    if (!opened) {
        m_err << opened.fullText() << Qt::endl;
        return Failure;
    }
    if (!actorEmail.isEmpty()) {
        if (!session.hasActor()) {
            m_err << Tr::tr("No platform user has the e-mail %1 (--actor).").arg(actorEmail)
                  << Qt::endl;
            return UsageError;
        }
        stream.setActorId(session.actor().id);
    }
    // The JSON plan is written as it is made, into --plan-out and into the
    // report's "plan"; each file appears whole (or not at all) when done.
    const auto cannotWrite = [this](const QString &path, const QString &why) {
        m_err << QCoreApplication::translate("CommandLine", "Cannot write %1: %2").arg(path, why)
              << Qt::endl;
        return Failure;
    };
    QSaveFile planFile(parser.value(planOut));
    QSaveFile reportFile(parser.value(reportOut));
    std::optional<MigrationPlanWriter> planWriter;
    std::optional<MigrationPlanWriter> reportPlanWriter;
    QList<MigrationPlanSink *> writers;
    if (parser.isSet(planOut)) {
        if (!planFile.open(QIODevice::WriteOnly))
            return cannotWrite(planFile.fileName(), planFile.errorString());
        writers << &planWriter.emplace(planFile);
    }
    if (parser.isSet(reportOut)) {
        if (!reportFile.open(QIODevice::WriteOnly) || reportFile.write("{\"plan\": ") < 0)
            return cannotWrite(reportFile.fileName(), reportFile.errorString());
        writers << &reportPlanWriter.emplace(reportFile);
    }
    const auto printPlan = [&](const PlanTotals &plan) {
        m_out << MigrationReport::planSummary(plan) << Qt::endl;
        if (!parser.isSet(apply) && !plan.isEmpty())
            m_out << Tr::tr("Dry run: nothing was written. Run again with --apply to make these "
                            "changes.")
                  << Qt::endl;
    };
    const auto planProgress = [&](qint64 done, qint64 total) {
        progressLine(Tr::tr("Planning"), int(done), int(total));
    };
    const auto applyProgress = [&](int done, int total) {
        progressLine(Tr::tr("Applying"), done, total);
    };
    // With --apply on a writable database the plan is made while it is
    // applied (MigrationStream::planAndApply); the summary is printed as soon
    // as the plan is whole.
    std::optional<Result<ApplyResult>> applied;
    if (parser.isSet(apply) && session.schema().canWrite) {
        applied = stream.planAndApply(session.db(), session.caps(), session.schema().revision,
                                      sourceText, writers, printPlan, planProgress, applyProgress);
        if (!applied->isOk() || !stream.isPlanned()) {
            m_err << (applied->isOk() ? Tr::tr("The migration stopped before the plan was "
                                               "complete; run it again to finish the job.")
                                      : applied->outcome.fullText())
                  << Qt::endl;
            return Failure;
        }
    } else {
        const auto planned = stream.plan(session.db(), session.caps(), session.schema().revision,
                                         sourceText, writers, planProgress);
        if (!planned.isOk()) {
            m_err << planned.outcome.fullText() << Qt::endl;
            return Failure;
        }
        printPlan(planned.value);
    }
    if (planWriter && (!planWriter->ok() || !planFile.commit()))
        return cannotWrite(planFile.fileName(), planFile.errorString());
    if (reportPlanWriter && !reportPlanWriter->ok())
        return cannotWrite(reportFile.fileName(), reportFile.errorString());
    const PlanTotals &plan = stream.totals();
    bool problems = plan.count(UserPlan::Action::Conflict) > 0;
    QJsonObject report; // besides the plan
    const auto writeReport = [&] {
        if (!parser.isSet(reportOut))
            return true;
        const QByteArray members = MigrationReport::membersOf(report);
        if ((!members.isEmpty() && reportFile.write("," + members) < 0) ||
            reportFile.write("}\n") < 0 || !reportFile.commit()) {
            cannotWrite(reportFile.fileName(), reportFile.errorString());
            return false;
        }
        return true;
    };

    if (parser.isSet(apply)) {
        if (!session.schema().canWrite) {
            m_err << Tr::tr("The migration cannot write to this database: %1")
                         .arg(session.schema().readOnlyReason)
                  << Qt::endl;
            return Failure;
        }
        if (!applied)
            applied = stream.apply(session.db(), applyProgress);
        if (!applied->isOk()) {
            m_err << applied->outcome.fullText() << Qt::endl;
            return Failure;
        }
        m_out << MigrationReport::resultSummary(applied->value) << Qt::endl;
        // The plan's conflicts are never written, so the apply does not meet
        // them again: say so, or "0 conflicts" would read as if they were gone.
        if (const int conflicted = plan.count(UserPlan::Action::Conflict); conflicted > 0)
            m_out << Tr::tr("%n user(s) with a conflict in the plan were left as they are (listed "
                            "above and in the JSON plan).",
                            nullptr, conflicted)
                  << Qt::endl;
        report.insert(QStringLiteral("result"), MigrationReport::resultToJson(applied->value));
        if (applied->value.failedBatches > 0) {
            writeReport();
            return Failure;
        }
        problems = problems || applied->value.conflicts > 0;
    }
    if (parser.isSet(verify)) {
        const auto verified = stream.verify(session.db(), session.caps());
        if (!verified.isOk()) {
            m_err << verified.outcome.fullText() << Qt::endl;
            return Failure;
        }
        m_out << MigrationReport::verificationSummary(verified.value) << Qt::endl;
        report.insert(QStringLiteral("verification"),
                      MigrationReport::verificationToJson(verified.value));
        problems = problems || !verified.value.ok();
    }
    if (!writeReport())
        return Failure;
    return problems ? FinishedWithProblems : Success;
}

} // namespace codemie
