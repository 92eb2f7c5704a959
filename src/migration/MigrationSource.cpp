#include "MigrationSource.h"

#include "KeycloakClient.h"
#include "RealmExportReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MigrationSource)
};

Result<MigrationSourceData> readExport(const MigrationSourceSpec &spec)
{
    Result<MigrationSourceData> r;
    const auto exported = RealmExportReader::read(spec.exportPath);
    if (!exported.isOk()) {
        r.outcome = exported.outcome;
        return r;
    }
    MigrationSourceData &d = r.value;
    d.users = exported.value.users;
    d.realm = exported.value.realm;
    d.warnings = exported.value.warnings;
    if (!spec.adminRole.isEmpty()) {
        if (!exported.value.roleMembers.contains(spec.adminRole)) {
            r.outcome = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("The export has no realm role %1.").arg(spec.adminRole),
                Tr::tr("Realm roles with members in the export: %1")
                    .arg(QStringList(exported.value.roleMembers.keys()).join(QStringLiteral(", "))),
                Tr::tr("Name a realm role of the export, or none."));
            r.value = {};
            return r;
        }
        const QStringList ids = exported.value.roleMembers.value(spec.adminRole);
        d.adminIds = QSet<QString>(ids.begin(), ids.end());
    }
    d.sourceText = Tr::tr("realm export %1 (realm %2)")
                       .arg(QDir::toNativeSeparators(spec.exportPath), d.realm);
    return r;
}
// The pre-flight of `client`: token, layout, roles, count, user profile.
Result<MigrationSourceData> preflight(KeycloakClient &client, const MigrationSourceSpec &spec,
                                      const std::atomic_bool *cancel)
{
    Result<MigrationSourceData> r;
    const auto pre = client.preflight(cancel);
    if (!pre.isOk()) {
        r.outcome = pre.outcome;
        r.value.preflight = pre.value; // what was found before it stopped (missing roles)
        return r;
    }
    r.value.preflight = pre.value;
    r.value.realm = spec.keycloak.realm;
    r.value.warnings = pre.value.warnings;
    r.value.sourceText =
        Tr::tr("Keycloak %1, realm %2").arg(spec.keycloak.baseUrl.toString(), spec.keycloak.realm);
    return r;
}
} // namespace

QString MigrationSource::demoExportPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/demo");
    const QString path = folder + QStringLiteral("/codemie-demo-realm.json");
    QFile embedded(QStringLiteral(":/codemie/demo/keycloak-realm-export.json"));
    if (!QDir().mkpath(folder) || !embedded.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = embedded.readAll();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == data)
        return path;
    existing.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return {};
    return path;
}

QString MigrationSourceSpec::identity() const
{
    if (kind == Kind::ExportFile)
        return QStringLiteral("export|") + QDir::cleanPath(exportPath) + QLatin1Char('|') +
               adminRole;
    return QStringLiteral("keycloak|%1|%2|%3|%4|%5")
        .arg(keycloak.baseUrl.toString(), keycloak.realm, keycloak.clientId, keycloak.caBundlePath,
             adminRole);
}

Result<MigrationSourceData> MigrationSource::check(const MigrationSourceSpec &spec,
                                                   const std::atomic_bool *cancel)
{
    if (spec.kind == MigrationSourceSpec::Kind::ExportFile)
        return readExport(spec);
    KeycloakClient client(spec.keycloak, spec.clientSecret);
    return preflight(client, spec, cancel);
}

Result<MigrationSourceData>
MigrationSource::read(const MigrationSourceSpec &spec,
                      const std::function<void(const KeycloakReadProgress &)> &progress,
                      const std::atomic_bool *cancel)
{
    if (spec.kind == MigrationSourceSpec::Kind::ExportFile)
        return readExport(spec);
    KeycloakClient client(spec.keycloak, spec.clientSecret);
    Result<MigrationSourceData> r = preflight(client, spec, cancel);
    if (!r.isOk())
        return r;
    const auto users = client.readUsersDetailed(progress, cancel);
    r.value.readReport = client.lastReadReport();
    if (!users.isOk()) {
        r.outcome = users.outcome;
        r.value.users.clear();
        return r;
    }
    r.value.users = users.value;
    if (!spec.adminRole.isEmpty()) {
        const auto admins = client.realmRoleMemberIds(spec.adminRole, cancel);
        if (!admins.isOk()) {
            r.outcome = admins.outcome;
            r.value.users.clear();
            return r;
        }
        r.value.adminIds = QSet<QString>(admins.value.begin(), admins.value.end());
    }
    return r;
}

Result<MigrationSourceData>
MigrationSource::readStreamed(const MigrationSourceSpec &spec, MigrationSourceSink &sink,
                              const std::function<void(const KeycloakReadProgress &)> &progress,
                              const std::atomic_bool *cancel)
{
    if (spec.kind == MigrationSourceSpec::Kind::ExportFile) {
        Result<MigrationSourceData> r = readExport(spec);
        if (!r.isOk())
            return r;
        QList<KeycloakUser> users = std::move(r.value.users);
        r.value.users = {};
        sink.restart(r.value);
        constexpr qsizetype piece = 1000;
        for (qsizetype at = 0; at < users.size(); at += piece) {
            QList<KeycloakUser> part;
            part.reserve(qMin(piece, users.size() - at));
            for (qsizetype i = at; i < qMin(at + piece, users.size()); ++i)
                part.append(std::move(users[i]));
            if (!sink.add(part)) {
                r.outcome = sink.failure();
                return r;
            }
        }
        return r;
    }
    KeycloakClient client(spec.keycloak, spec.clientSecret);
    Result<MigrationSourceData> r = preflight(client, spec, cancel);
    if (!r.isOk())
        return r;
    if (!spec.adminRole.isEmpty()) {
        const auto admins = client.realmRoleMemberIds(spec.adminRole, cancel);
        if (!admins.isOk()) {
            r.outcome = admins.outcome;
            return r;
        }
        r.value.adminIds = QSet<QString>(admins.value.begin(), admins.value.end());
    }
    bool sinkFailed = false;
    r.outcome = client.readUsersStreamed([&] { sink.restart(r.value); },
                                         [&](QList<KeycloakUser> &page) {
                                             sinkFailed = !sink.add(page);
                                             return !sinkFailed;
                                         },
                                         progress, cancel);
    if (sinkFailed)
        r.outcome = sink.failure();
    r.value.readReport = client.lastReadReport();
    return r;
}

} // namespace codemie
