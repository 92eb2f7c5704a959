#pragma once

#include "KeycloakPreflight.h"
#include "KeycloakReadReport.h"
#include "KeycloakSourceSettings.h"
#include "KeycloakUser.h"
#include "Outcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

namespace codemie {

class KeycloakHttp;

// Reads the users of one realm through a confidential client's service
// account (client credentials), as keycloak.md §6 recommends: discovery of
// the URL layout (with or without /auth), token, pre-flight checks, then
// every user in the full representation, page by page.
//
// Synchronous: each call blocks until done, spinning its own event loop, so
// it can be used from any thread (one thread at a time) and needs no running
// event loop. The client secret never appears in an outcome or a log line.
class KeycloakClient {
public:
    KeycloakClient(KeycloakSourceSettings settings, QString clientSecret);
    ~KeycloakClient();
    KeycloakClient(const KeycloakClient &) = delete;
    KeycloakClient &operator=(const KeycloakClient &) = delete;

    // Token, /auth detection, realm exists, the service account may view and
    // query users (the missing roles are named on 403), the user count, and
    // the user-profile policy: when applications/applications_admin would be
    // invisible the outcome fails and tells which realm setting to change.
    // The value is filled in as far as the check got, also on failure.
    Result<KeycloakPreflight> preflight(const std::atomic_bool *cancel = nullptr);

    // Every user of the realm (service accounts are not listed by Keycloak's
    // unfiltered list). Runs preflight() first unless it passed already.
    // progress(done, total) is called on the calling thread after each page.
    Result<QList<KeycloakUser>>
    readUsers(const std::function<void(int done, int total)> &progress = {},
              const std::atomic_bool *cancel = nullptr);
    // The same, with pages answered and retries so far as well.
    Result<QList<KeycloakUser>>
    readUsersDetailed(const std::function<void(const KeycloakReadProgress &)> &progress,
                      const std::atomic_bool *cancel = nullptr);

    // Hands the users on page by page, in Keycloak's order and each once,
    // while later pages are still being read: only the pages in flight are
    // held. `restart` is called before the first page and again when the
    // realm changed during the read and is read from the start again (the
    // receiver drops what it got). `sink` returning false stops the read.
    using UserPageSink = std::function<bool(QList<KeycloakUser> &page)>;
    Outcome readUsersStreamed(const std::function<void()> &restart, const UserPageSink &sink,
                              const std::function<void(const KeycloakReadProgress &)> &progress,
                              const std::atomic_bool *cancel = nullptr);

    // Ids of the users that hold the realm role directly (Keycloak's
    // /roles/{role}/users: not through groups or composite roles).
    Result<QStringList> realmRoleMemberIds(const QString &role,
                                           const std::atomic_bool *cancel = nullptr);

    // Figures of the last readUsers() call.
    const KeycloakReadReport &lastReadReport() const { return m_report; }
    const KeycloakSourceSettings &settings() const { return m_settings; }

    // The realm-management roles a service account needs to read users.
    static QStringList requiredRoles();
    // The realm-management roles the platform's guide assigns to the service
    // account, in its order (a superset of requiredRoles()).
    static QStringList guideRoles();
    // Of `guideRoles()`, those `held` lacks (realm-admin holds them all).
    static QStringList missingGuideRoles(const QStringList &held);
    // How to grant `roles` to the service account of `clientId` in the
    // Keycloak admin console.
    static QString grantRolesHelp(const QString &clientId, const QStringList &roles);

    // How the client reads Keycloak's answers (public so that the fuzz targets
    // call the very same code). A returned text means the body is unusable
    // and is asked for again; `failure` set means stop at once.
    // GET /admin/realms/R/users[...]: a JSON list of UserRepresentation (full),
    // or with `brief` only the ids of role members.
    static QString readUsersPage(const QByteArray &payload, int first, bool brief,
                                 QList<KeycloakUser> &users, QStringList &ids, Outcome &failure);
    // The most users one read accepts (the migration streams them; the
    // wizard's preview holds every one); a count past this is refused before
    // any page is requested.
    static constexpr int maxUsers = 2000000;
    // GET /admin/realms/R/users/count: a bare number.
    static QString readUserCount(const QByteArray &payload, int &count);
    // Any answer that must be one JSON object (the user-profile configuration).
    static QString readObject(const QByteArray &payload, QJsonObject &object);
    // The issuer of an OpenID discovery document; empty when the body is not one.
    static QString discoveryIssuer(const QByteArray &payload);
    // Whether the user-profile configuration (GET /admin/realms/R/users/profile)
    // lets administrators see applications / applications_admin; fills in
    // the policy, attributesVisible and warnings of `preflight`.
    static Outcome readUserProfile(const QJsonObject &profile, const QString &realm,
                                   KeycloakPreflight &preflight);

private:
    Outcome validate() const;
    Outcome connect(KeycloakPreflight *preflight, const std::atomic_bool *cancel);
    Outcome discover(KeycloakPreflight *preflight, const std::atomic_bool *cancel);
    Result<int> countUsers(const std::atomic_bool *cancel);
    Outcome forbidden(const QString &what, const QStringList &needed, int status) const;
    Outcome checkUserProfile(KeycloakPreflight &preflight, const std::atomic_bool *cancel);
    Outcome readOnce(const UserPageSink &sink,
                     const std::function<void(const KeycloakReadProgress &)> &progress,
                     const std::atomic_bool *cancel);

    KeycloakSourceSettings m_settings;
    std::unique_ptr<KeycloakHttp> m_http;
    bool m_discovered = false;
    bool m_preflightPassed = false;
    int m_retriesBefore = 0; // the HTTP layer's retries when the read began
    QUrl m_effectiveBase;
    QUrl m_adminBase;
    QString m_layout;
    QString m_issuer;
    QStringList m_discoveryWarnings;
    KeycloakReadReport m_report;
};

} // namespace codemie
