#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};
const QString group = QStringLiteral("profiles");
} // namespace

ProfileStore::ProfileStore(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        ConnectionProfile p;
        p.id = id;
        // save() stores names trimmed; one edited by hand is read the same way,
        // so that byName() finds what profiles() lists.
        p.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        const auto db =
            ConnectionSettings::fromUri(m_settings->value(QStringLiteral("database")).toString());
        if (db.isOk())
            p.database = db.value;
        p.actorEmail = m_settings->value(QStringLiteral("actorEmail")).toString();
        p.defaultProjectLimit = m_settings->value(QStringLiteral("defaultProjectLimit"), 3).toInt();
        p.hasKeycloak = m_settings->value(QStringLiteral("keycloak/enabled"), false).toBool();
        p.keycloakUrl = QUrl(m_settings->value(QStringLiteral("keycloak/url")).toString());
        p.keycloakRealm = m_settings->value(QStringLiteral("keycloak/realm")).toString();
        p.keycloakClientId = m_settings->value(QStringLiteral("keycloak/clientId")).toString();
        p.keycloakCaBundle = m_settings->value(QStringLiteral("keycloak/caBundle")).toString();
        p.keycloakLegacyAuthPrefix =
            m_settings->value(QStringLiteral("keycloak/legacyAuthPrefix"), false).toBool();
        p.keycloakPlainHttpConfirmed =
            m_settings->value(QStringLiteral("keycloak/plainHttpConfirmed"), false).toBool();
        m_settings->endGroup();
        if (!p.name.isEmpty())
            list << p;
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

std::optional<ConnectionProfile> ProfileStore::byName(const QString &name) const
{
    for (const ConnectionProfile &p : profiles())
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::byId(const QString &id) const
{
    for (const ConnectionProfile &p : profiles())
        if (p.id == id)
            return p;
    return std::nullopt;
}

Result<ConnectionProfile> ProfileStore::save(ConnectionProfile p)
{
    Result<ConnectionProfile> r;
    p.name = p.name.trimmed();
    if (p.name.isEmpty()) {
        r.outcome =
            Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("Give the profile a name."));
        return r;
    }
    if (p.name.size() > 100) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("A profile name has at most 100 characters."));
        return r;
    }
    const auto clash = byName(p.name);
    if (clash && clash->id != p.id) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                     Tr::tr("A profile named %1 already exists.").arg(clash->name));
        return r;
    }
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(group);
    m_settings->beginGroup(p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("database"), p.database.toUri());
    m_settings->setValue(QStringLiteral("actorEmail"), p.actorEmail.trimmed());
    m_settings->setValue(QStringLiteral("defaultProjectLimit"), p.defaultProjectLimit);
    m_settings->setValue(QStringLiteral("keycloak/enabled"), p.hasKeycloak);
    m_settings->setValue(QStringLiteral("keycloak/url"), p.keycloakUrl.toString());
    m_settings->setValue(QStringLiteral("keycloak/realm"), p.keycloakRealm);
    m_settings->setValue(QStringLiteral("keycloak/clientId"), p.keycloakClientId);
    m_settings->setValue(QStringLiteral("keycloak/caBundle"), p.keycloakCaBundle);
    m_settings->setValue(QStringLiteral("keycloak/legacyAuthPrefix"), p.keycloakLegacyAuthPrefix);
    m_settings->setValue(QStringLiteral("keycloak/plainHttpConfirmed"),
                         p.keycloakPlainHttpConfirmed);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        r.outcome =
            Outcome::failure(Outcome::Kind::DatabaseError,
                             Tr::tr("Could not write the settings file %1.").arg(fileName()), {},
                             Tr::tr("Check that the folder is writable."));
        return r;
    }
    r.value = p;
    return r;
}

Outcome ProfileStore::remove(const QString &id, CredentialStore &secrets)
{
    for (const auto purpose : {CredentialStore::Purpose::DatabasePassword,
                               CredentialStore::Purpose::KeycloakClientSecret}) {
        Outcome o = secrets.remove(CredentialStore::keyFor(id, purpose));
        if (!o)
            return o; // keep the profile so the secret is not orphaned
    }
    m_settings->beginGroup(group);
    m_settings->remove(id);
    m_settings->endGroup();
    if (lastUsedId() == id)
        m_settings->remove(QStringLiteral("lastUsedProfile"));
    m_settings->sync();
    return Outcome::ok();
}

Result<ConnectionProfile> ProfileStore::duplicate(const QString &id, const QString &newName,
                                                  CredentialStore &secrets)
{
    Result<ConnectionProfile> r;
    auto source = byId(id);
    if (!source) {
        r.outcome =
            Outcome::failure(Outcome::Kind::NotFound, Tr::tr("The profile no longer exists."));
        return r;
    }
    ConnectionProfile copy = *source;
    copy.id.clear();
    copy.name = newName;
    r = save(copy);
    if (!r.isOk())
        return r;
    for (const auto purpose : {CredentialStore::Purpose::DatabasePassword,
                               CredentialStore::Purpose::KeycloakClientSecret}) {
        const auto secret = secrets.read(CredentialStore::keyFor(id, purpose));
        if (secret.isOk())
            secrets.write(CredentialStore::keyFor(r.value.id, purpose), secret.value);
    }
    return r;
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(QStringLiteral("lastUsedProfile")).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastUsedProfile"), id);
    m_settings->sync();
}

} // namespace codemie
