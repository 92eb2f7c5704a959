#include "CommandLine.h"

#include "DemoDataGenerator.h"
#include "KeychainCredentialStore.h"
#include "PlatformSession.h"
#include "ProfileStore.h"
#include "ProjectRepository.h"
#include "SchemaInstaller.h"
#include "UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace codemie {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

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
    return {QStringLiteral("status"), QStringLiteral("generate"), QStringLiteral("profiles")};
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
    return QStringLiteral("codemie-admin %1 (Qt %2)")
        .arg(QStringLiteral(CODEMIE_VERSION), QString::fromLatin1(qVersion()));
}

QString CommandLine::helpText() const
{
    return tr("Usage: codemie-admin [--demo] [COMMAND [OPTIONS]]\n"
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
              "  -v, --version  Show the version.\n");
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
    m_err << tr("Unknown command '%1'. Run codemie-admin --help for the list of commands.")
                 .arg(command)
          << Qt::endl;
    return UsageError;
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
    const QCommandLineOption db(QStringLiteral("db"), tr("Database URI."), tr("URI"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Connection profile."),
                                     tr("NAME"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   tr("E-mail of the administrator you act as."), tr("EMAIL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({db, profile, actor, json});
    if (!parser.parse(QStringList{QStringLiteral("status")} + args)) {
        m_err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first())
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(db) == parser.isSet(profile)) {
        m_err << tr("status needs either --db URI (for example "
                    "postgresql://admin@db.example:5432/codemie) or --profile NAME")
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(profile)) {
        const auto p = ProfileStore().byName(parser.value(profile));
        if (!p) {
            m_err << tr("No profile named %1. Run codemie-admin profiles list.")
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
            m_out << tr("No connection profiles yet. Create them in the window (File → "
                        "Connection profiles).")
                  << Qt::endl;
        for (const ConnectionProfile &p : all)
            m_out << p.name << QStringLiteral("\t") << p.serverText() << QStringLiteral("\t")
                  << (p.actorEmail.isEmpty() ? tr("(no actor)") : p.actorEmail) << Qt::endl;
        return Success;
    }
    if ((action == QStringLiteral("show") || action == QStringLiteral("test")) &&
        rest.size() == 1) {
        const auto p = store.byName(rest.first());
        if (!p) {
            m_err << tr("No profile named %1. Run codemie-admin profiles list.").arg(rest.first())
                  << Qt::endl;
            return UsageError;
        }
        if (action == QStringLiteral("test"))
            return report(p->database, profilePassword(*p), p->actorEmail, p->defaultProjectLimit,
                          json);
        auto keychain = CredentialStoreProvider::open(500);
        auto stored = [&](CredentialStore::Purpose purpose) {
            if (!keychain.unavailableReason.isEmpty())
                return tr("unknown (no keychain: %1)").arg(keychain.unavailableReason);
            return keychain.store->read(CredentialStore::keyFor(p->id, purpose)).isOk()
                       ? tr("stored in the keychain")
                       : tr("not stored");
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
    m_err << tr("Usage: codemie-admin profiles list | show NAME | test NAME [--json]") << Qt::endl;
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
            return n < 0 ? tr("unavailable") : QString::number(n);
        };
        line(tr("Server:"),
             QStringLiteral("%1 (%2%3)")
                 .arg(info.serverVersion, cs.displayName(),
                      cs.isPostgres() ? tr(", schema %1").arg(cs.schema) : QString()));
        line(tr("Schema revision:"), info.revision.isEmpty() ? tr("unreadable") : info.revision);
        line(tr("Platform release:"),
             info.release.displayText() +
                 (info.release.knownRevision ? QString() : tr(" (from features)")));
        line(tr("Features:"), info.caps.featureNames().join(QStringLiteral(", ")));
        line(tr("Users:"), tr("%1 active, %2 deactivated").arg(number(users), number(deactivated)));
        line(tr("Projects:"), tr("%1 (%2 shared)").arg(number(projects), number(shared)));
        line(tr("Acting as:"),
             session.hasActor()
                 ? QStringLiteral("%1 (%2)").arg(session.actor().email, session.actorRoleLabel())
                 : tr("nobody (--actor EMAIL)"));
        line(tr("Platform upgrade:"),
             info.upgradeInProgress ? tr("IN PROGRESS") : tr("not in progress"));
        if (info.builtInMigrationSeen)
            line(tr("Built-in import:"),
                 tr("the platform's own Keycloak migration has run on this database"));
        line(tr("Access:"), writable ? tr("read-write") : tr("read-only: %1").arg(reason));
    }
    return writable ? Success : ReadOnly;
}

int CommandLine::generate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("Database URI."), tr("URI"));
    const QCommandLineOption init(QStringLiteral("init-schema"),
                                  tr("Create the platform schema of this release first."),
                                  tr("RELEASE"));
    const QCommandLineOption users(QStringLiteral("users"), tr("Number of users."), tr("N"),
                                   QStringLiteral("2000"));
    const QCommandLineOption projects(QStringLiteral("projects"), tr("Shared projects."), tr("N"),
                                      QStringLiteral("160"));
    const QCommandLineOption days(QStringLiteral("spend-days"), tr("Days of spend."), tr("N"),
                                  QStringLiteral("120"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), tr("N"),
                                  QStringLiteral("20261129"));
    parser.addOptions({db, init, users, projects, days, seed});
    if (!parser.parse(QStringList{QStringLiteral("generate")} + args) || !parser.isSet(db)) {
        m_err << (parser.errorText().isEmpty() ? tr("generate needs --db URI") : parser.errorText())
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
        m_err << tr("--users, --projects, --spend-days and --seed take whole numbers (users 1 to "
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
            m_err << tr("No schema fixture for release %1; available: %2")
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
        m_err << tr("The database already has users: generate only fills an empty platform "
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
    m_out << tr("Generated %1 users (%2 admins, %3 deactivated), %4 shared and %5 personal "
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
    m_out << tr("Act as %1 (maintainer).").arg(s.actorEmail) << Qt::endl;
    return Success;
}

} // namespace codemie
