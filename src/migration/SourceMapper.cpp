#include "SourceMapper.h"

#include <QCoreApplication>
#include <QSet>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SourceMapper)
};
} // namespace

QStringList SourceMapper::splitProjectNames(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values)
        for (const QString &part : value.split(QLatin1Char(',')))
            if (const QString name = part.trimmed(); !name.isEmpty())
                names << name;
    return names;
}

SourceUser SourceMapper::map(const KeycloakUser &user, const MigrationOptions &options)
{
    SourceUser s;
    s.id = user.id;
    s.username = user.username;
    s.email = user.email.trimmed().isEmpty() ? user.username : user.email.trimmed();
    QStringList nameParts;
    for (const QString &part : {user.firstName.trimmed(), user.lastName.trimmed()})
        if (!part.isEmpty())
            nameParts << part;
    s.name = nameParts.join(QLatin1Char(' '));
    s.enabled = user.enabled;
    applyOptions(s, options);

    const QStringList members =
        splitProjectNames(user.attributes.value(QStringLiteral("applications")));
    const QStringList admins =
        splitProjectNames(user.attributes.value(QStringLiteral("applications_admin")));
    QSet<QString> adminKeys;
    for (const QString &a : admins)
        adminKeys.insert(a.toLower());
    QSet<QString> seen;
    for (const QString &name : members + admins) {
        const QString key = name.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        s.memberships << SourceMembership{name, adminKeys.contains(key)};
    }
    if (user.email.trimmed().isEmpty())
        s.warnings << Tr::tr("no e-mail in Keycloak: the username is used as e-mail");
    return s;
}

void SourceMapper::applyOptions(SourceUser &s, const MigrationOptions &options)
{
    s.isAdmin = options.adminIds.contains(s.id);
    if (s.username.startsWith(QStringLiteral("service-account-")))
        s.skipReason = Tr::tr("service account");
    else if (!s.enabled && !options.includeDisabled)
        s.skipReason = Tr::tr("disabled in Keycloak (use --include-disabled to import)");
    else
        s.skipReason.clear();
}

QList<SourceUser> SourceMapper::mapAll(const QList<KeycloakUser> &users,
                                       const MigrationOptions &options)
{
    QList<SourceUser> mapped;
    mapped.reserve(users.size());
    for (const KeycloakUser &u : users)
        mapped << map(u, options);
    return mapped;
}

} // namespace codemie
