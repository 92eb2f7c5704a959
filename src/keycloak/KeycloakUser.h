#pragma once

#include "Outcome.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace codemie {

// One Keycloak user, normalised from the admin API's or a realm export's
// UserRepresentation. Attribute values are kept raw: splitting, trimming and
// de-duplicating project names is the migration's job.
struct KeycloakUser {
    QString id, username, email, firstName, lastName;
    bool enabled = true;
    bool emailVerified = false;
    qint64 createdTimestamp = 0;           // epoch milliseconds, 0 when unknown
    QMap<QString, QStringList> attributes; // raw attribute values
    QStringList realmRoles;                // direct realm roles, when known (export files)
    QString serviceAccountClientId;        // non-empty for service accounts (export files)
    QString federationLink;                // user-storage component (LDAP/AD), when set

    bool isServiceAccount() const
    {
        return !serviceAccountClientId.isEmpty() ||
               username.startsWith(QLatin1String("service-account-"));
    }

    // Reads one UserRepresentation. Unknown keys are ignored; absent keys
    // mean empty (Keycloak omits nulls). Wrong types, a missing id or
    // username and absurdly long values are errors that name the user and
    // the field. `where` tells the reader where the object came from (a
    // page, a file) and is used in the error text.
    // Texts that cannot be stored (a NUL, a lone surrogate, a control
    // character in id, username or e-mail) are refused the same way.
    // `origin` chooses the advice: a server's answer or an export file.
    enum class Origin { Server, ExportFile };
    static Result<KeycloakUser> fromJson(const QJsonObject &object, const QString &where,
                                         Origin origin = Origin::Server);

    // Longest text accepted in any one field or attribute value. Keycloak
    // itself stops unmanaged attribute values at 2,048 characters.
    static constexpr int maxValueLength = 65536;
};

} // namespace codemie
