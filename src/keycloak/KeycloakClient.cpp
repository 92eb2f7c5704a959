#include "KeycloakClient.h"

#include "KeyDigest.h"
#include "KeycloakHttp.h"
#include "ShownText.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>
#include <map>
#include <vector>

namespace codemie {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeycloakClient)
};

const QString realmManagement = QStringLiteral("realm-management");
const QString applicationsAttribute = QStringLiteral("applications");
const QString applicationsAdminAttribute = QStringLiteral("applications_admin");
const QString userTypeAttribute = QStringLiteral("user_type");

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl normalisedBase(const QUrl &url)
{
    QUrl base =
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path, QUrl::TolerantMode);
    return base;
}

// A discovery document request: a body that is not JSON is asked for again
// (it may have been cut off); whether it is a discovery document is decided
// afterwards.
struct DiscoveryCall : KeycloakHttp::Call {
    QString acceptBody() override
    {
        QJsonParseError error{};
        QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError)
            return Tr::tr("malformed JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset);
        return {};
    }
};

struct CountCall : KeycloakHttp::Call {
    int count = -1;
    QString acceptBody() override { return KeycloakClient::readUserCount(payload, count); }
};

struct ObjectCall : KeycloakHttp::Call {
    QJsonObject object;
    QString acceptBody() override { return KeycloakClient::readObject(payload, object); }
};

struct PageCall : KeycloakHttp::Call {
    int first = 0;
    bool brief = false;
    QList<KeycloakUser> users;
    QStringList ids; // brief pages: only the ids are kept
    QString acceptBody() override
    {
        return KeycloakClient::readUsersPage(payload, first, brief, users, ids, failure);
    }
    int size() const { return brief ? ids.size() : users.size(); }
};

} // namespace

QString KeycloakClient::readUserCount(const QByteArray &payload, int &count)
{
    const QByteArray text = payload.trimmed();
    bool digits = !text.isEmpty() && text.size() <= 9;
    for (char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return Tr::tr("the user count is not a number: “%1”").arg(KeycloakHttp::excerpt(payload));
    count = text.toInt();
    return {};
}

QString KeycloakClient::readObject(const QByteArray &payload, QJsonObject &object)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return Tr::tr("malformed JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return Tr::tr("expected a JSON object");
    object = doc.object();
    return {};
}

QString KeycloakClient::readUsersPage(const QByteArray &payload, int first, bool brief,
                                      QList<KeycloakUser> &users, QStringList &ids,
                                      Outcome &failure)
{
    users.clear();
    ids.clear();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return Tr::tr("malformed JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!doc.isArray())
        return Tr::tr("expected a JSON list of users");
    const QJsonArray array = doc.array();
    const QString where = Tr::tr("the page of users starting at %1").arg(first);
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            failure = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("Keycloak sent a list of users with something else than a user in it."),
                where, Tr::tr("Check that the address points at Keycloak itself."));
            return {};
        }
        if (brief) {
            const QJsonValue id = value.toObject().value(QLatin1String("id"));
            if (!id.isString() || id.toString().isEmpty() ||
                id.toString().size() > KeycloakUser::maxValueLength) {
                failure = Outcome::failure(
                    Outcome::Kind::InvalidInput,
                    Tr::tr("Keycloak sent a role member without a usable id."), where,
                    Tr::tr("Check that the address points at Keycloak itself."));
                return {};
            }
            ids.append(id.toString());
            continue;
        }
        Result<KeycloakUser> user = KeycloakUser::fromJson(value.toObject(), where);
        if (!user.isOk()) {
            failure = user.outcome;
            return {};
        }
        users.append(std::move(user.value));
    }
    return {};
}

KeycloakClient::KeycloakClient(KeycloakSourceSettings settings, QString clientSecret)
    : m_settings(std::move(settings))
    , m_http(std::make_unique<KeycloakHttp>(m_settings, std::move(clientSecret)))
{
    m_settings = m_http->settings(); // clamped
}

KeycloakClient::~KeycloakClient() = default;

QStringList KeycloakClient::requiredRoles()
{
    return {QStringLiteral("view-users"), QStringLiteral("query-users")};
}

QStringList KeycloakClient::guideRoles()
{
    return {QStringLiteral("view-users"),         QStringLiteral("view-clients"),
            QStringLiteral("view-authorization"), QStringLiteral("view-events"),
            QStringLiteral("view-realm"),         QStringLiteral("view-identity-providers"),
            QStringLiteral("query-users"),        QStringLiteral("query-clients"),
            QStringLiteral("query-groups"),       QStringLiteral("query-realms")};
}

QStringList KeycloakClient::missingGuideRoles(const QStringList &held)
{
    QStringList missing;
    if (held.contains(QStringLiteral("realm-admin")))
        return missing;
    for (const QString &role : guideRoles())
        if (!held.contains(role))
            missing << role;
    return missing;
}

QString KeycloakClient::grantRolesHelp(const QString &clientId, const QStringList &roles)
{
    if (roles.isEmpty())
        return {};
    return Tr::tr("In the Keycloak admin console open Clients → %1 → Service account roles → "
                  "Assign role, choose “Filter by clients”, search realm-management, tick %2 and "
                  "click Assign; then check again.")
        .arg(ShownText::escaped(clientId, 200), roles.join(QStringLiteral(", ")));
}

Outcome KeycloakClient::validate() const
{
    const QUrl &url = m_settings.baseUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("“%1” is not a Keycloak address.").arg(url.toString(QUrl::RemoveUserInfo)), {},
            Tr::tr(
                "Give the address as https://host[:port], optionally followed by /auth for older "
                "servers."));
    }
    if (!url.userInfo().isEmpty()) {
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("The Keycloak address must not contain a user name or password."), {},
            Tr::tr("Remove the part before @ from the address; the client secret is asked for "
                   "separately and kept in the keychain."));
    }
    if (m_settings.realm.trimmed().isEmpty() || m_settings.realm.size() > 255) {
        return Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("The realm name is missing."),
                                {}, Tr::tr("Give the name of the realm that holds the users."));
    }
    if (m_settings.clientId.trimmed().isEmpty() || m_settings.clientId.size() > 255) {
        return Outcome::failure(
            Outcome::Kind::InvalidInput, Tr::tr("The client id is missing."), {},
            Tr::tr("Give the id of the confidential client whose service account "
                   "reads the users."));
    }
    if (scheme == QLatin1String("http") && !m_settings.allowPlainHttp &&
        !isLoopbackHost(url.host())) {
        return Outcome::failure(
            Outcome::Kind::NeedsConfirmation,
            Tr::tr(
                "The Keycloak address uses plain http to another computer: the client secret and "
                "every user's data would cross the network unencrypted."),
            url.toString(QUrl::RemoveUserInfo),
            Tr::tr("Use https. Only if the network path is trusted, confirm plain http for this "
                   "source."));
    }
    return Outcome::ok();
}

QString KeycloakClient::discoveryIssuer(const QByteArray &payload)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    const QJsonObject o = doc.object();
    const QString issuer = o.value(QLatin1String("issuer")).toString();
    if (doc.isObject() && !issuer.isEmpty() && o.value(QLatin1String("token_endpoint")).isString())
        return issuer;
    return {};
}

Outcome KeycloakClient::discover(KeycloakPreflight *preflight, const std::atomic_bool *cancel)
{
    const QUrl base = normalisedBase(m_settings.baseUrl);
    QList<QUrl> candidates{base};
    const QString path = base.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1String("/auth"))) {
        QUrl stripped = base;
        stripped.setPath(path.chopped(5), QUrl::TolerantMode);
        candidates << stripped;
    } else {
        candidates << KeycloakHttp::appendPath(base, {QStringLiteral("auth")});
    }
    QStringList tried;
    bool realmMissing = false;
    for (const QUrl &candidate : candidates) {
        DiscoveryCall call;
        call.bearer = false;
        call.url = KeycloakHttp::appendPath(candidate, {QStringLiteral("realms"), m_settings.realm,
                                                        QStringLiteral(".well-known"),
                                                        QStringLiteral("openid-configuration")});
        const Outcome batch = m_http->runOne(call, cancel);
        if (!batch)
            return batch;
        const QString where = call.url.toString(QUrl::RemoveUserInfo);
        if (!call.failure && call.status == 0)
            return m_http->scrub(call.failure); // network, TLS: the other layout will not help
        if (call.status == 200 && call.failure) {
            const QString issuer = discoveryIssuer(call.payload);
            if (!issuer.isEmpty()) {
                m_effectiveBase = candidate;
                m_adminBase = KeycloakHttp::appendPath(
                    candidate,
                    {QStringLiteral("admin"), QStringLiteral("realms"), m_settings.realm});
                m_http->setTokenUrl(KeycloakHttp::appendPath(
                    candidate,
                    {QStringLiteral("realms"), m_settings.realm, QStringLiteral("protocol"),
                     QStringLiteral("openid-connect"), QStringLiteral("token")}));
                m_layout = candidate.path().endsWith(QLatin1String("/auth"))
                               ? QStringLiteral("legacy /auth")
                               : QStringLiteral("modern");
                m_issuer = issuer;
                m_discoveryWarnings.clear();
                const QString expected =
                    KeycloakHttp::appendPath(candidate,
                                             {QStringLiteral("realms"), m_settings.realm})
                        .toString();
                if (QUrl(issuer).adjusted(QUrl::StripTrailingSlash) != QUrl(expected)) {
                    m_discoveryWarnings << Tr::tr("Keycloak names itself “%1”, but the console "
                                                  "connects through “%2”. This works when Keycloak "
                                                  "has a fixed host name; if requests are refused "
                                                  "with 401, use Keycloak's own address.")
                                               .arg(issuer, expected);
                }
                m_discovered = true;
                if (preflight) {
                    preflight->serverLayout = m_layout;
                    preflight->effectiveBaseUrl = m_effectiveBase;
                    preflight->issuer = m_issuer;
                }
                return Outcome::ok();
            }
            tried << Tr::tr("%1: HTTP 200 but not a discovery document").arg(where);
            continue;
        }
        QString code;
        const QString said = KeycloakHttp::keycloakError(call.payload, &code);
        if (call.status == 404 && code == QLatin1String("Realm does not exist"))
            realmMissing = true;
        QString what = call.failure.isOk() ? QString() : call.failure.message();
        if (what.isEmpty())
            what = said.isEmpty() && KeycloakHttp::looksLikeHtml(call)
                       ? Tr::tr("a web page")
                       : (said.isEmpty() ? KeycloakHttp::excerpt(call.payload) : said);
        tried << Tr::tr("%1: HTTP %2 %3").arg(where).arg(call.status).arg(what);
    }
    if (realmMissing) {
        return m_http->scrub(Outcome::failure(
            Outcome::Kind::NotFound,
            Tr::tr("The realm “%1” does not exist on this Keycloak server.").arg(m_settings.realm),
            tried.join(QLatin1Char('\n')), Tr::tr("Check the realm name; it is case-sensitive."),
            404));
    }
    return m_http->scrub(Outcome::failure(
        Outcome::Kind::NotFound,
        Tr::tr("No Keycloak realm “%1” was found at %2, with or without /auth.")
            .arg(m_settings.realm, base.toString(QUrl::RemoveUserInfo)),
        tried.join(QLatin1Char('\n')),
        Tr::tr("Check the Keycloak address: it is the part before /realms/ in Keycloak's own "
               "URLs.")));
}

Outcome KeycloakClient::connect(KeycloakPreflight *preflight, const std::atomic_bool *cancel)
{
    if (!m_discovered) {
        const Outcome o = discover(preflight, cancel);
        if (!o)
            return o;
    } else if (preflight) {
        preflight->serverLayout = m_layout;
        preflight->effectiveBaseUrl = m_effectiveBase;
        preflight->issuer = m_issuer;
    }
    return m_http->ensureToken(cancel);
}

Result<int> KeycloakClient::countUsers(const std::atomic_bool *cancel)
{
    Result<int> result;
    CountCall call;
    call.url =
        KeycloakHttp::appendPath(m_adminBase, {QStringLiteral("users"), QStringLiteral("count")});
    const Outcome batch = m_http->runOne(call, cancel);
    if (!batch) {
        result.outcome = batch;
    } else if (call.status == 200 && call.failure && call.count > maxUsers) {
        // Each user read is held until the plan is made: a count past the
        // limit would exhaust memory (or, if it is a lie, send an endless
        // series of requests for empty pages) before anything useful happens.
        result.outcome = Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Keycloak counts %L1 users in realm “%2”; the console reads at most %L3 users "
                   "in one migration.")
                .arg(call.count)
                .arg(ShownText::escaped(m_settings.realm, 100))
                .arg(maxUsers),
            {},
            Tr::tr("A count this large usually means the address leads to something other than "
                   "Keycloak's admin API: check it. A realm that really is this large cannot be "
                   "migrated by this version."));
    } else if (call.status == 200 && call.failure && call.count >= 0) {
        result.value = call.count;
    } else if (call.status == 403) {
        result.outcome = forbidden(Tr::tr("the users of realm “%1”").arg(m_settings.realm),
                                   requiredRoles(), 403);
    } else if (call.status == 404) {
        result.outcome = m_http->scrub(Outcome::failure(
            Outcome::Kind::NotFound,
            Tr::tr("Keycloak's admin API does not know the realm “%1”.").arg(m_settings.realm),
            KeycloakHttp::keycloakError(call.payload),
            Tr::tr("Check the realm name, and that the address is not a proxy that hides "
                   "/admin/.")));
    } else {
        result.outcome = m_http->unexpectedAnswer(call, Tr::tr("Counting the users"));
    }
    return result;
}

Outcome KeycloakClient::forbidden(const QString &what, const QStringList &needed, int status) const
{
    const KeycloakAccessToken &token = m_http->token();
    const QStringList held = token.clientRoles(realmManagement);
    QStringList missing;
    for (const QString &role : needed)
        if (!held.contains(role))
            missing << role;
    QString details;
    if (!token.carriesRoleInformation()) {
        details = Tr::tr("The access token lists no realm-management roles at all. The service "
                         "account needs: %1.")
                      .arg(needed.join(QStringLiteral(", ")));
    } else if (!missing.isEmpty()) {
        details = Tr::tr("The service account of client “%1” lacks the realm-management roles: %2.")
                      .arg(m_settings.clientId, missing.join(QStringLiteral(", ")));
    } else {
        details = Tr::tr("The access token carries %1, yet Keycloak refused. The token may come "
                         "from another realm than the one read.")
                      .arg(needed.join(QStringLiteral(", ")));
    }
    return m_http->scrub(Outcome::failure(
        Outcome::Kind::Refused,
        status > 0
            ? Tr::tr("Keycloak does not let this client read %1 (HTTP %2).").arg(what).arg(status)
            : Tr::tr("Keycloak does not let this client read %1.").arg(what),
        details,
        Tr::tr(
            "In Keycloak, open Clients → %1 → Service accounts roles, assign the client roles %2 "
            "of realm-management, and make sure that “Full scope allowed” is on and the “roles” "
            "client scope is assigned so that the roles reach the token.")
            .arg(m_settings.clientId,
                 (missing.isEmpty() ? needed : missing).join(QStringLiteral(", "))),
        status));
}

Outcome KeycloakClient::checkUserProfile(KeycloakPreflight &preflight,
                                         const std::atomic_bool *cancel)
{
    ObjectCall call;
    call.url =
        KeycloakHttp::appendPath(m_adminBase, {QStringLiteral("users"), QStringLiteral("profile")});
    const Outcome batch = m_http->runOne(call, cancel);
    if (!batch)
        return batch;
    if (call.status == 404 || call.status == 403) {
        if (m_settings.assumeNoUserProfile) {
            preflight.unmanagedAttributePolicy.clear();
            preflight.attributesVisible = true;
            preflight.warnings << Tr::tr("Keycloak did not show its user-profile configuration "
                                         "(HTTP %1); as confirmed, the server is taken to be older "
                                         "than Keycloak 24 and to return attributes unfiltered.")
                                      .arg(call.status);
            return Outcome::ok();
        }
        preflight.attributesVisible = false;
        return m_http->scrub(Outcome::failure(
            Outcome::Kind::NeedsConfirmation,
            Tr::tr(
                "Keycloak did not show the user-profile configuration of realm “%1” (HTTP %2), so "
                "it cannot be checked that the applications attributes are visible.")
                .arg(m_settings.realm)
                .arg(call.status),
            KeycloakHttp::keycloakError(call.payload),
            Tr::tr("On Keycloak 24 and newer, give the service account the realm-management role "
                   "view-users. If the server is Keycloak 23 or older, confirm that, and the "
                   "attributes are read unfiltered."),
            call.status));
    }
    if (call.status != 200 || !call.failure)
        return m_http->unexpectedAnswer(call, Tr::tr("Reading the user-profile configuration"));

    return readUserProfile(call.object, m_settings.realm, preflight);
}

Outcome KeycloakClient::readUserProfile(const QJsonObject &profile, const QString &realm,
                                        KeycloakPreflight &preflight)
{
    const QJsonValue policy = profile.value(QLatin1String("unmanagedAttributePolicy"));
    if (!policy.isUndefined() && !policy.isNull() && !policy.isString()) {
        return Outcome::failure(Outcome::Kind::InvalidInput,
                                Tr::tr("Keycloak's user-profile configuration cannot be read: "
                                       "unmanagedAttributePolicy is not a text."),
                                {}, Tr::tr("Check that the address points at Keycloak itself."));
    }
    preflight.unmanagedAttributePolicy = policy.toString().left(40);
    const bool unmanagedVisible =
        preflight.unmanagedAttributePolicy == QLatin1String("ENABLED") ||
        preflight.unmanagedAttributePolicy == QLatin1String("ADMIN_VIEW") ||
        preflight.unmanagedAttributePolicy == QLatin1String("ADMIN_EDIT");
    QSet<QString> declared;
    QSet<QString> declaredHidden;
    const QJsonValue attributes = profile.value(QLatin1String("attributes"));
    if (attributes.isArray()) {
        for (const QJsonValue &a : attributes.toArray()) {
            const QJsonObject attribute = a.toObject();
            const QString name = attribute.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            const QJsonValue permissions = attribute.value(QLatin1String("permissions"));
            // Without permissions only administrators see a declared attribute.
            bool adminViews = !permissions.isObject();
            if (permissions.isObject()) {
                const QJsonObject p = permissions.toObject();
                for (const char *key : {"view", "edit"})
                    for (const QJsonValue &who : p.value(QLatin1String(key)).toArray())
                        adminViews = adminViews || who.toString() == QLatin1String("admin");
            }
            (adminViews ? declared : declaredHidden).insert(name);
        }
    }
    auto visible = [&](const QString &name) {
        return declared.contains(name) || (!declaredHidden.contains(name) && unmanagedVisible);
    };
    QStringList hidden;
    for (const QString &name : {applicationsAttribute, applicationsAdminAttribute})
        if (!visible(name))
            hidden << name;
    preflight.attributesVisible = hidden.isEmpty();
    if (!visible(userTypeAttribute))
        preflight.warnings << Tr::tr("The attribute user_type is not visible to administrators; "
                                     "every user will be imported as a regular user.");
    if (preflight.attributesVisible)
        return Outcome::ok();
    const bool declaredButHidden =
        !declaredHidden.isEmpty() && (declaredHidden.contains(applicationsAttribute) ||
                                      declaredHidden.contains(applicationsAdminAttribute));
    return Outcome::failure(
        Outcome::Kind::Refused,
        Tr::tr(
            "Keycloak hides the attributes %1 from administrators in realm “%2”: every user would "
            "be imported without projects.")
            .arg(hidden.join(QStringLiteral(", ")), realm),
        declaredButHidden
            ? Tr::tr("The attributes are declared in the realm's user profile without view "
                     "permission for administrators.")
            : Tr::tr("Unmanaged attributes are disabled in realm “%1” (Keycloak 24 and newer) and "
                     "the attributes are not declared in its user profile.")
                  .arg(realm),
        declaredButHidden
            ? Tr::tr("Ask the Keycloak administrator to open Realm settings → User profile, and "
                     "give Admin the view permission on %1; then run the check again.")
                  .arg(hidden.join(QStringLiteral(", ")))
            : Tr::tr("Ask the Keycloak administrator to set Realm settings → General → Unmanaged "
                     "attributes to “Admin can view” (or to declare applications and "
                     "applications_admin in Realm settings → User profile, viewable by Admin); "
                     "then run the check again."));
}

Result<KeycloakPreflight> KeycloakClient::preflight(const std::atomic_bool *cancel)
{
    Result<KeycloakPreflight> result;
    KeycloakPreflight &p = result.value;
    m_preflightPassed = false;
    result.outcome = validate();
    if (!result.isOk())
        return result;
    KeycloakHttp::Session session(*m_http);
    if (!session.outcome()) {
        result.outcome = session.outcome();
        return result;
    }
    m_discovered = false; // look again: the server may have changed
    result.outcome = connect(&p, cancel);
    p.warnings << m_discoveryWarnings;
    if (!result.isOk())
        return result;
    const KeycloakAccessToken &token = m_http->token();
    p.tokenRoles = token.clientRoles(realmManagement);
    if (token.carriesRoleInformation()) {
        p.missingRoles = missingGuideRoles(p.tokenRoles);
        p.grantRolesHelp = grantRolesHelp(m_settings.clientId, p.missingRoles);
    }
    p.tokenAuthorizedParty = token.authorizedParty();
    p.tokenLifetimeSeconds = static_cast<int>(token.lifetimeSeconds());
    if (!token.hasClaims())
        p.warnings << Tr::tr("The access token is not a JWT; its roles cannot be shown.");

    Result<int> count = countUsers(cancel);
    if (!count.isOk()) {
        result.outcome = count.outcome;
        return result;
    }
    p.userCount = count.value;
    if (token.carriesRoleInformation() && !p.tokenRoles.contains(QStringLiteral("view-users"))) {
        // With query-users alone the list silently leaves out users the
        // account may not view: a short list would prove nothing.
        p.canViewUsers = false;
        result.outcome =
            forbidden(Tr::tr("every user of realm “%1”").arg(m_settings.realm), requiredRoles(), 0);
        return result;
    }
    p.canViewUsers = true;
    if (!token.carriesRoleInformation())
        p.warnings << Tr::tr("The access token lists no roles (lightweight tokens?); the counting "
                             "call succeeded, so the account is taken to view users.");
    result.outcome = checkUserProfile(p, cancel);
    if (result.isOk())
        m_preflightPassed = true;
    return result;
}

Result<QList<KeycloakUser>>
KeycloakClient::readUsers(const std::function<void(int done, int total)> &progress,
                          const std::atomic_bool *cancel)
{
    if (!progress)
        return readUsersDetailed({}, cancel);
    return readUsersDetailed(
        [&progress](const KeycloakReadProgress &p) { progress(p.done, p.total); }, cancel);
}

Result<QList<KeycloakUser>>
KeycloakClient::readUsersDetailed(const std::function<void(const KeycloakReadProgress &)> &progress,
                                  const std::atomic_bool *cancel)
{
    Result<QList<KeycloakUser>> result;
    QList<KeycloakUser> &users = result.value;
    result.outcome = readUsersStreamed([&users] { users.clear(); },
                                       [&users](QList<KeycloakUser> &page) {
                                           users.append(std::move(page));
                                           return true;
                                       },
                                       progress, cancel);
    if (!result.isOk())
        users.clear();
    return result;
}

Outcome
KeycloakClient::readUsersStreamed(const std::function<void()> &restart, const UserPageSink &sink,
                                  const std::function<void(const KeycloakReadProgress &)> &progress,
                                  const std::atomic_bool *cancel)
{
    m_report = KeycloakReadReport();
    KeycloakHttp::Session session(*m_http);
    if (!session.outcome())
        return session.outcome();
    if (!m_preflightPassed) {
        Result<KeycloakPreflight> p = preflight(cancel);
        m_report.warnings << p.value.warnings;
        if (!p.isOk())
            return p.outcome;
    }
    const int retriesBefore = m_http->retries();
    m_retriesBefore = retriesBefore;
    const int tokensBefore = m_http->tokensObtained();
    const int renewalsBefore = m_http->renewalsAfter401();
    bool anyApplications = false;
    const UserPageSink watched = [&](QList<KeycloakUser> &page) {
        for (const KeycloakUser &u : std::as_const(page)) {
            if (anyApplications)
                break;
            for (const QString &name : {applicationsAttribute, applicationsAdminAttribute})
                for (const QString &v : u.attributes.value(name))
                    anyApplications = anyApplications || !v.trimmed().isEmpty();
        }
        return sink(page);
    };
    // A realm that changes while it is read shifts the offsets of later
    // pages; when the count moved, the whole read is done again (and the
    // sink told to drop what it got).
    Outcome outcome;
    for (int round = 1;; ++round) {
        if (restart)
            restart();
        anyApplications = false;
        m_report.usersRead = 0;
        m_report.duplicatesDropped = 0;
        outcome = readOnce(watched, progress, cancel);
        if (!outcome.isOk() || m_report.countAtStart == m_report.countAtEnd)
            break;
        if (round == 3) {
            m_report.warnings << Tr::tr("The realm kept changing during the read (%1 users, then "
                                        "%2); the users read may not be exactly the current ones.")
                                     .arg(m_report.countAtStart)
                                     .arg(m_report.countAtEnd);
            break;
        }
        m_report.warnings << Tr::tr("The realm changed during the read (%1 users, then %2); it was "
                                    "read again.")
                                 .arg(m_report.countAtStart)
                                 .arg(m_report.countAtEnd);
    }
    m_report.retries = m_http->retries() - retriesBefore;
    m_report.tokensObtained = m_http->tokensObtained() - tokensBefore;
    m_report.renewalsAfter401 = m_http->renewalsAfter401() - renewalsBefore;
    if (!outcome.isOk())
        return outcome;
    if (!anyApplications && m_report.usersRead > 0)
        m_report.warnings << Tr::tr("None of the %1 users read has a value in applications or "
                                    "applications_admin: every user would be imported without "
                                    "projects. Check the realm's user-profile settings before "
                                    "importing.")
                                 .arg(m_report.usersRead);
    if (progress)
        progress({m_report.usersRead, m_report.usersRead, m_report.pagesFetched, m_report.retries});
    return outcome;
}

Outcome KeycloakClient::readOnce(const UserPageSink &sink,
                                 const std::function<void(const KeycloakReadProgress &)> &progress,
                                 const std::atomic_bool *cancel)
{
    Result<int> count = countUsers(cancel);
    if (!count.isOk())
        return count.outcome;
    const int total = count.value;
    m_report.countAtStart = total;
    const int pageSize = m_settings.pageSize;
    const QUrl usersUrl = KeycloakHttp::appendPath(m_adminBase, {QStringLiteral("users")});
    auto makePage = [&](int first) {
        auto page = std::make_unique<PageCall>();
        page->first = first;
        QUrl url = usersUrl;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("first"), QString::number(first));
        query.addQueryItem(QStringLiteral("max"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("false"));
        url.setQuery(query);
        page->url = url;
        return page;
    };

    // Pages answered but not yet handed on (first -> users), and the size
    // of every page answered (kept after it was handed on).
    std::map<int, QList<KeycloakUser>> pages;
    std::map<int, int> sizes;
    const int planned = std::max(1, (total + pageSize - 1) / pageSize);
    int nextFirst = 0;         // the next page to hand on
    bool recheckedAll = false; // short pages were asked again: every page is final
    // Ids handed on, for the duplicates of shifted pages: in memory up to
    // 100,000 users, then in a temporary file.
    CompactIdSet seen;
    int received = 0;
    Outcome failure;
    // A page of the count's range is handed on when it is as long as the
    // count says, or once short pages were asked again; later ones at once.
    // In Keycloak's order, each user once.
    auto handOn = [&]() -> bool {
        for (auto it = pages.find(nextFirst); it != pages.end(); it = pages.find(nextFirst)) {
            const int expected =
                nextFirst < planned * pageSize ? std::min(pageSize, total - nextFirst) : 0;
            if (!recheckedAll && it->second.size() < expected)
                return true;
            QList<KeycloakUser> fresh;
            fresh.reserve(it->second.size());
            for (KeycloakUser &user : it->second) {
                if (!seen.insert(user.id)) {
                    if (!seen.error().isEmpty()) {
                        failure = Outcome::failure(
                            Outcome::Kind::InvalidInput,
                            Tr::tr("The ids of the users read could not be kept in a temporary "
                                   "file in %1.")
                                .arg(QDir::toNativeSeparators(QDir::tempPath())),
                            seen.error(),
                            Tr::tr("Free some space there (about 32 bytes per Keycloak user), or "
                                   "point TMPDIR at a folder with room, and read again; nothing "
                                   "has been changed."));
                        return false;
                    }
                    ++m_report.duplicatesDropped;
                    continue;
                }
                fresh.append(std::move(user));
            }
            pages.erase(it);
            nextFirst += pageSize;
            m_report.usersRead += static_cast<int>(fresh.size());
            if (!fresh.isEmpty() && !sink(fresh)) {
                failure = Outcome::failure(Outcome::Kind::InvalidInput,
                                           Tr::tr("Reading the users was stopped."));
                return false;
            }
        }
        return true;
    };
    auto onDone = [&](KeycloakHttp::Call &c) {
        auto &page = static_cast<PageCall &>(c);
        if (!page.failure || page.status != 200) {
            failure = page.status == 403
                          ? forbidden(Tr::tr("the users of realm “%1”").arg(m_settings.realm),
                                      requiredRoles(), 403)
                          : m_http->unexpectedAnswer(
                                page, Tr::tr("Reading the users from %1 on").arg(page.first));
            return false;
        }
        ++m_report.pagesFetched;
        // The answer's text is parsed: drop it, or every page's text stays
        // with its call until the read ends (about 1 KB a user).
        page.payload = QByteArray();
        int &size = sizes[page.first];
        const int now = static_cast<int>(page.users.size());
        if (page.first >= nextFirst && now >= size) {
            received += now - size;
            size = now;
            pages[page.first] = std::move(page.users);
        }
        if (progress)
            progress({received, std::max(total, received), m_report.pagesFetched,
                      m_http->retries() - m_retriesBefore});
        return handOn();
    };
    auto runPages = [&](std::vector<std::unique_ptr<PageCall>> &batch) {
        QList<KeycloakHttp::Call *> calls;
        for (auto &p : batch)
            calls << p.get();
        const Outcome o = m_http->run(calls, cancel, onDone);
        return !o ? o : failure;
    };

    // 1. The pages the count announces, plus the one after them, which must
    //    come back empty. Asked in waves of 32 per request in flight, so that
    //    a realm of a million users never holds its 10,000 calls at once.
    Outcome outcome;
    const int wave = 32 * std::max(1, m_settings.maxInFlight);
    for (int start = 0; outcome.isOk() && start <= planned; start += wave) {
        std::vector<std::unique_ptr<PageCall>> batch;
        for (int i = start; i <= planned && i < start + wave; ++i)
            batch.push_back(makePage(i * pageSize));
        outcome = runPages(batch);
    }
    // 2. A page shorter than the count says is not believed: ask again.
    for (int round = 0; outcome.isOk() && round < 2; ++round) {
        std::vector<std::unique_ptr<PageCall>> batch;
        for (int i = 0; i < planned; ++i) {
            const int first = i * pageSize;
            const int expected = std::min(pageSize, total - first);
            if (first >= nextFirst && sizes[first] < expected)
                batch.push_back(makePage(first));
        }
        if (batch.empty())
            break;
        m_report.shortPagesRechecked += static_cast<int>(batch.size());
        outcome = runPages(batch);
    }
    recheckedAll = true;
    if (outcome.isOk() && !handOn())
        outcome = failure;
    // 3. Users added meanwhile: go on until a page comes back empty.
    for (int first = planned * pageSize; outcome.isOk() && sizes[first] > 0;) {
        first += pageSize;
        std::vector<std::unique_ptr<PageCall>> batch;
        batch.push_back(makePage(first));
        outcome = runPages(batch);
    }
    if (!outcome)
        return outcome;
    // 4. Every user handed on; compared with the count now.
    Result<int> after = countUsers(cancel);
    if (!after.isOk())
        return after.outcome;
    m_report.countAtEnd = after.value;
    if (m_report.usersRead < after.value) {
        return Outcome::failure(
            Outcome::Kind::Conflict,
            Tr::tr("Keycloak counts %1 users in realm “%2”, but only %3 could be read.")
                .arg(after.value)
                .arg(m_settings.realm)
                .arg(m_report.usersRead),
            Tr::tr("%1 pages were read again because they came back shorter than expected.")
                .arg(m_report.shortPagesRechecked),
            Tr::tr("Users were removed while reading, or the service account may not view every "
                   "user (it needs view-users, not only query-users). Read again; nothing has been "
                   "changed."));
    }
    if (m_report.usersRead > after.value)
        m_report.warnings << Tr::tr("%1 users were read that Keycloak no longer counts; they were "
                                    "probably deleted during the read.")
                                 .arg(m_report.usersRead - after.value);
    return Outcome::ok();
}

Result<QStringList> KeycloakClient::realmRoleMemberIds(const QString &role,
                                                       const std::atomic_bool *cancel)
{
    Result<QStringList> result;
    if (role.trimmed().isEmpty()) {
        result.outcome =
            Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("The realm role name is missing."),
                             {}, Tr::tr("Give the name of a realm role, such as admin."));
        return result;
    }
    result.outcome = validate();
    if (!result.isOk())
        return result;
    KeycloakHttp::Session session(*m_http);
    if (!session.outcome()) {
        result.outcome = session.outcome();
        return result;
    }
    result.outcome = connect(nullptr, cancel);
    if (!result.isOk())
        return result;
    const QUrl base = KeycloakHttp::appendPath(
        m_adminBase, {QStringLiteral("roles"), role, QStringLiteral("users")});
    QSet<QString> seen;
    constexpr int pageSize = 100;
    for (int first = 0;; first += pageSize) {
        PageCall page;
        page.brief = true;
        page.first = first;
        QUrl url = base;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("first"), QString::number(first));
        query.addQueryItem(QStringLiteral("max"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("briefRepresentation"), QStringLiteral("true"));
        url.setQuery(query);
        page.url = url;
        const Outcome batch = m_http->runOne(page, cancel);
        if (!batch) {
            result.outcome = batch;
            break;
        }
        if (page.status == 404) {
            result.outcome = m_http->scrub(Outcome::failure(
                Outcome::Kind::NotFound,
                Tr::tr("The realm role “%1” does not exist in realm “%2”.")
                    .arg(role, m_settings.realm),
                KeycloakHttp::keycloakError(page.payload),
                Tr::tr("Check the role name under Realm roles in Keycloak; it is case-sensitive."),
                404));
            break;
        }
        if (page.status == 403) {
            result.outcome =
                forbidden(Tr::tr("the members of realm role “%1”").arg(role),
                          {QStringLiteral("view-realm"), QStringLiteral("view-users")}, 403);
            break;
        }
        if (page.status != 200 || !page.failure) {
            result.outcome =
                m_http->unexpectedAnswer(page, Tr::tr("Reading the members of a realm role"));
            break;
        }
        if (page.ids.isEmpty())
            break;
        for (const QString &id : std::as_const(page.ids)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                result.value.append(id);
            }
        }
    }
    if (!result.isOk())
        result.value.clear();
    return result;
}

} // namespace codemie
