// The same reader tests against the fake Keycloak and the real test server.
#include "KeycloakClient.h"
#include "KeycloakTestTarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace codemie;
using codemie::test::KeycloakTestTarget;

namespace {
const QString migration = QStringLiteral("codemie-migration");

QHash<QString, KeycloakUser> byUsername(const QList<KeycloakUser> &users)
{
    QHash<QString, KeycloakUser> map;
    for (const KeycloakUser &u : users)
        map.insert(u.username, u);
    return map;
}
} // namespace

class TestKeycloakReader : public QObject {
    Q_OBJECT

private slots:
    // Given the server's root, the client finds the layout (with or without
    // /auth) from the discovery document.
    void preflightReportsLayoutCountAndRoles_data() { KeycloakTestTarget::addLayoutRows(); }
    void preflightReportsLayoutCountAndRoles()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        KeycloakClient client(kc->settings(migration), kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        QCOMPARE(p.value.serverLayout, kc->layout());
        QCOMPARE(p.value.effectiveBaseUrl, kc->effectiveBaseUrl());
        QCOMPARE(p.value.issuer,
                 kc->effectiveBaseUrl().toString() + QStringLiteral("/realms/codemie-test"));
        QCOMPARE(p.value.userCount, 240);
        QVERIFY(p.value.canViewUsers);
        QCOMPARE(p.value.unmanagedAttributePolicy, QStringLiteral("ADMIN_VIEW"));
        QVERIFY(p.value.attributesVisible);
        QVERIFY(p.value.tokenRoles.contains(QStringLiteral("view-users")));
        QVERIFY(p.value.tokenRoles.contains(QStringLiteral("query-users")));
        QCOMPARE(p.value.tokenAuthorizedParty, migration);
        // Keycloak derives expires_in from exp - now: 299 happens.
        QVERIFY(p.value.tokenLifetimeSeconds >= 290 && p.value.tokenLifetimeSeconds <= 300);
        QVERIFY2(p.value.warnings.isEmpty(), qPrintable(p.value.warnings.join(QLatin1Char('\n'))));
    }

    // The secret holds + / % space & = ~: both styles must encode it so that
    // the server decodes the very same text.
    void bothClientAuthenticationStyles_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("basic");
        for (const char *t : {"fake", "real"}) {
            QTest::addRow("%s-post", t) << QString::fromLatin1(t) << false;
            QTest::addRow("%s-basic", t) << QString::fromLatin1(t) << true;
        }
    }
    void bothClientAuthenticationStyles()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QFETCH(bool, basic);
        KeycloakSourceSettings s = kc->settings(migration);
        s.clientAuthentication = basic ? KeycloakSourceSettings::ClientAuthentication::SecretBasic
                                       : KeycloakSourceSettings::ClientAuthentication::SecretPost;
        KeycloakClient client(s, kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        if (kc->fake())
            QCOMPARE(kc->fake()->lastClientAuthentication(),
                     basic ? QStringLiteral("basic") : QStringLiteral("post"));
    }

    void wrongSecretIsRefusedWithoutShowingIt_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("basic");
        for (const char *t : {"fake", "real"}) {
            QTest::addRow("%s-post", t) << QString::fromLatin1(t) << false;
            QTest::addRow("%s-basic", t) << QString::fromLatin1(t) << true;
        }
    }
    void wrongSecretIsRefusedWithoutShowingIt()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QFETCH(bool, basic);
        KeycloakSourceSettings s = kc->settings(migration);
        s.clientAuthentication = basic ? KeycloakSourceSettings::ClientAuthentication::SecretBasic
                                       : KeycloakSourceSettings::ClientAuthentication::SecretPost;
        const QString wrong = QStringLiteral("Wr0ng+Secret/with%25 spaces&=");
        KeycloakClient client(s, wrong);
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY(!p.isOk());
        QCOMPARE(p.outcome.kind(), Outcome::Kind::Refused);
        QCOMPARE(p.outcome.httpStatus(), 401);
        QVERIFY(p.outcome.message().contains(migration));
        QVERIFY(p.outcome.details().contains(
            QStringLiteral("Invalid client or Invalid client credentials")));
        const QString text = p.outcome.fullText();
        QVERIFY(!text.contains(wrong));
        QVERIFY(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(wrong))));
        QVERIFY(!text.contains(kc->secret(migration)));
        // Reading fails the same way, without a single user.
        const Result<QList<KeycloakUser>> users = client.readUsers();
        QVERIFY(!users.isOk());
        QVERIFY(users.value.isEmpty());
        QVERIFY(!users.outcome.fullText().contains(wrong));
    }

    void unknownRealmIsNamed_data() { KeycloakTestTarget::addRows(); }
    void unknownRealmIsNamed()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        KeycloakSourceSettings s = kc->settings(migration);
        s.realm = QStringLiteral("no-such-realm");
        KeycloakClient client(s, kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QCOMPARE(p.outcome.kind(), Outcome::Kind::NotFound);
        QVERIFY2(p.outcome.message().contains(QStringLiteral("“no-such-realm” does not exist")),
                 qPrintable(p.outcome.fullText()));
    }

    // Given …/auth/ (as readers of older guides type it), the client finds its
    // way on either layout, and reads through it.
    void addressWithAuthSuffix_data() { KeycloakTestTarget::addLayoutRows(); }
    void addressWithAuthSuffix()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        KeycloakSourceSettings s = kc->settings(migration);
        s.baseUrl = QUrl(kc->baseUrl().toString() + QStringLiteral("/auth/"));
        KeycloakClient client(s, kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        QCOMPARE(p.value.serverLayout, kc->layout());
        QCOMPARE(p.value.effectiveBaseUrl, kc->effectiveBaseUrl());
        const Result<QList<KeycloakUser>> r = client.readUsers();
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 240);
    }

    void readsEveryUserOverSeveralPages_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("inFlight");
        for (const char *t : {"fake", "real"}) {
            QTest::addRow("%s-25x4", t) << QString::fromLatin1(t) << 25 << 4;
            QTest::addRow("%s-100x1", t) << QString::fromLatin1(t) << 100 << 1;
            QTest::addRow("%s-7x2", t) << QString::fromLatin1(t) << 7 << 2;
            // 241 pages asked in waves of 64 (32 per request in flight).
            QTest::addRow("%s-1x2", t) << QString::fromLatin1(t) << 1 << 2;
        }
    }
    void readsEveryUserOverSeveralPages()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QFETCH(int, pageSize);
        QFETCH(int, inFlight);
        KeycloakSourceSettings s = kc->settings(migration);
        s.pageSize = pageSize;
        s.maxInFlight = inFlight;
        KeycloakClient client(s, kc->secret(migration));
        QList<QPair<int, int>> progress;
        const Result<QList<KeycloakUser>> r = client.readUsers([&](int done, int total) {
            progress.append({done, total});
        });
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 240);
        const KeycloakReadReport &report = client.lastReadReport();
        QCOMPARE(report.countAtStart, 240);
        QCOMPARE(report.countAtEnd, 240);
        QCOMPARE(report.usersRead, 240);
        QCOMPARE(report.duplicatesDropped, 0);
        QCOMPARE(report.shortPagesRechecked, 0);
        // Every page and the empty one after them.
        QCOMPARE(report.pagesFetched, (240 + pageSize - 1) / pageSize + 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), qMakePair(240, 240));
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);

        QSet<QString> ids;
        QStringList usernames;
        for (const KeycloakUser &u : r.value) {
            ids.insert(u.id);
            usernames << u.username;
            QVERIFY2(!u.isServiceAccount(), qPrintable(u.username));
        }
        QCOMPARE(ids.size(), 240);
        QStringList sorted = usernames;
        sorted.sort();
        QCOMPARE(usernames, sorted); // Keycloak's order: username ascending

        const QHash<QString, KeycloakUser> users = byUsername(r.value);
        const KeycloakUser ingrid = users.value(QStringLiteral("ingrid.solberg"));
        QCOMPARE(ingrid.id, kc->userId(QStringLiteral("ingrid.solberg")));
        QCOMPARE(
            ingrid.attributes.value(QStringLiteral("applications")),
            QStringList({QStringLiteral("alpha-team, beta-team"), QStringLiteral("gamma-team")}));
        QCOMPARE(ingrid.attributes.value(QStringLiteral("applications_admin")),
                 QStringList{QStringLiteral("beta-team")});
        QCOMPARE(users.value(QStringLiteral("tomasz.wrobel"))
                     .attributes.value(QStringLiteral("applications")),
                 QStringList({QStringLiteral("  delta-team\t"),
                              QStringLiteral("web-portal,docs-site , payments\n")}));
        QCOMPARE(users.value(QStringLiteral("lukas.becker"))
                     .attributes.value(QStringLiteral("applications"))
                     .size(),
                 3);
        const KeycloakUser felix = users.value(QStringLiteral("felix.wagner"));
        QCOMPARE(felix.attributes.value(QStringLiteral("Applications")),
                 QStringList{QStringLiteral("ignored-by-case")});
        QCOMPARE(felix.attributes.value(QStringLiteral("department")),
                 QStringList{QStringLiteral("R&D")});
        const KeycloakUser bot = users.value(QStringLiteral("build-bot"));
        QVERIFY(bot.email.isEmpty());
        QVERIFY(bot.firstName.isEmpty());
        QVERIFY(!bot.emailVerified);
        QCOMPARE(users.value(QStringLiteral("renee.dubois")).firstName,
                 QStringLiteral("Rene\u0301e")); // NFD kept byte for byte
        QCOMPARE(users.value(QStringLiteral("sam.rivers")).firstName,
                 QString::fromUtf8("Sam \xF0\x9F\x9A\x80"));
        QCOMPARE(users.value(QStringLiteral("max.weber")).lastName, QStringLiteral("Weber\\CORP"));
        QVERIFY(!users.value(QStringLiteral("derek.fox")).enabled);
        QVERIFY(users.value(QStringLiteral("marcus.hale")).enabled);
        QCOMPARE(users.value(QStringLiteral("hannah.berg"))
                     .attributes.value(QStringLiteral("notes"))
                     .value(0)
                     .size(),
                 1900);
        QCOMPARE(users.value(QStringLiteral("user0001")).createdTimestamp, 1700000001000LL);
        QVERIFY(users.value(QStringLiteral("ursula.stein")).attributes.isEmpty());
        QVERIFY(
            users.value(QStringLiteral("user0001")).realmRoles.isEmpty()); // not in the list API
    }

    void unmanagedAttributesDisabledStopsBeforeReading_data() { KeycloakTestTarget::addRows(); }
    void unmanagedAttributesDisabledStopsBeforeReading()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        const QString error = kc->setUnmanagedAttributePolicy(QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KeycloakClient client(kc->settings(migration), kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY(!p.isOk());
        QCOMPARE(p.outcome.kind(), Outcome::Kind::Refused);
        QVERIFY(!p.value.attributesVisible);
        QCOMPARE(p.value.unmanagedAttributePolicy, QString());
        QCOMPARE(p.value.userCount, 240);
        QVERIFY(p.outcome.message().contains(QStringLiteral("applications, applications_admin")));
        QVERIFY(p.outcome.help().contains(
            QStringLiteral("Realm settings → General → Unmanaged attributes to “Admin can view”")));
        const Result<QList<KeycloakUser>> users = client.readUsers();
        QCOMPARE(users.outcome.kind(), Outcome::Kind::Refused);
        QVERIFY(users.value.isEmpty());
    }

    void unmanagedAttributesVisibleUnderEachPolicy_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("policy");
        for (const char *t : {"fake", "real"})
            for (const char *policy : {"ENABLED", "ADMIN_VIEW", "ADMIN_EDIT"})
                QTest::addRow("%s-%s", t, policy)
                    << QString::fromLatin1(t) << QString::fromLatin1(policy);
    }
    void unmanagedAttributesVisibleUnderEachPolicy()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QFETCH(QString, policy);
        const QString error = kc->setUnmanagedAttributePolicy(policy);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KeycloakSourceSettings s = kc->settings(migration);
        KeycloakClient client(s, kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        QCOMPARE(p.value.unmanagedAttributePolicy, policy);
        const Result<QList<KeycloakUser>> r = client.readUsers();
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        const KeycloakUser ingrid = byUsername(r.value).value(QStringLiteral("ingrid.solberg"));
        QCOMPARE(ingrid.attributes.value(QStringLiteral("applications_admin")),
                 QStringList{QStringLiteral("beta-team")});
    }

    // Unmanaged attributes off, but the two attributes declared in the user
    // profile for administrators: readable; undeclared ones are not.
    void declaredAttributesAreEnoughWithPolicyDisabled_data() { KeycloakTestTarget::addRows(); }
    void declaredAttributesAreEnoughWithPolicyDisabled()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QString error = kc->declareAttributes(
            {QStringLiteral("applications"), QStringLiteral("applications_admin")},
            {QStringLiteral("admin")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = kc->setUnmanagedAttributePolicy(QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KeycloakClient client(kc->settings(migration), kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        QVERIFY(p.value.attributesVisible);
        QCOMPARE(p.value.warnings.size(), 1); // user_type is not visible
        QVERIFY(p.value.warnings.first().contains(QStringLiteral("user_type")));
        const Result<QList<KeycloakUser>> r = client.readUsers();
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        const QHash<QString, KeycloakUser> users = byUsername(r.value);
        QCOMPARE(users.value(QStringLiteral("ingrid.solberg"))
                     .attributes.value(QStringLiteral("applications"))
                     .size(),
                 2);
        const KeycloakUser felix = users.value(QStringLiteral("felix.wagner"));
        QVERIFY(felix.attributes.contains(QStringLiteral("applications")));
        QVERIFY(!felix.attributes.contains(QStringLiteral("department")));
        QVERIFY(!felix.attributes.contains(QStringLiteral("Applications")));
    }

    void declaredButHiddenFromAdministrators_data() { KeycloakTestTarget::addRows(); }
    void declaredButHiddenFromAdministrators()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QString error = kc->declareAttributes(
            {QStringLiteral("applications"), QStringLiteral("applications_admin")},
            {QStringLiteral("user")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        KeycloakClient client(kc->settings(migration), kc->secret(migration));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY(!p.isOk());
        QVERIFY(!p.value.attributesVisible);
        QVERIFY2(p.outcome.help().contains(QStringLiteral("Realm settings → User profile")),
                 qPrintable(p.outcome.fullText()));
    }

    void missingRolesAreNamed_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("missing");
        for (const char *t : {"fake", "real"}) {
            QTest::addRow("%s-none", t)
                << QString::fromLatin1(t) << QStringLiteral("codemie-norole") << 403
                << QStringLiteral("view-users, query-users");
            QTest::addRow("%s-query-only", t)
                << QString::fromLatin1(t) << QStringLiteral("codemie-queryonly") << 0
                << QStringLiteral("view-users.");
        }
    }
    void missingRolesAreNamed()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        QFETCH(QString, clientId);
        QFETCH(int, status);
        QFETCH(QString, missing);
        KeycloakClient client(kc->settings(clientId), kc->secret(clientId));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY(!p.isOk());
        QCOMPARE(p.outcome.kind(), Outcome::Kind::Refused);
        QCOMPARE(p.outcome.httpStatus(), status);
        QVERIFY(!p.value.canViewUsers);
        QVERIFY2(p.outcome.details().contains(QStringLiteral("lacks the realm-management roles: ") +
                                              missing),
                 qPrintable(p.outcome.fullText()));
        QVERIFY(p.outcome.help().contains(QStringLiteral("Service accounts roles")));
        // The structured list: every role of the guide's list the token lacks.
        for (const QString &role : missing.chopped(missing.endsWith(QLatin1Char('.')) ? 1 : 0)
                                       .split(QStringLiteral(", ")))
            QVERIFY2(p.value.missingRoles.contains(role),
                     qPrintable(p.value.missingRoles.join(QLatin1Char(' '))));
        QVERIFY(p.value.missingRoles.contains(QStringLiteral("view-clients")));
        QVERIFY(p.value.grantRolesHelp.contains(QStringLiteral("Service account roles → Assign")));
        const Result<QList<KeycloakUser>> users = client.readUsers();
        QVERIFY(!users.isOk());
        QVERIFY(users.value.isEmpty());
    }

    void realmRoleMembers_data() { KeycloakTestTarget::addRows(); }
    void realmRoleMembers()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        KeycloakClient client(kc->settings(migration), kc->secret(migration));
        Result<QStringList> admins = client.realmRoleMemberIds(QStringLiteral("admin"));
        QVERIFY2(admins.isOk(), qPrintable(admins.outcome.fullText()));
        QStringList expected{
            kc->userId(QStringLiteral("marcus.hale")), kc->userId(QStringLiteral("elena.vasquez")),
            kc->userId(QStringLiteral("user0080")), kc->userId(QStringLiteral("user0160"))};
        expected.sort();
        admins.value.sort();
        QCOMPARE(admins.value, expected);
        const Result<QStringList> none = client.realmRoleMemberIds(QStringLiteral("no-such-role"));
        QCOMPARE(none.outcome.kind(), Outcome::Kind::NotFound);
        QVERIFY(none.outcome.message().contains(QStringLiteral("no-such-role")));
        // A client without view-realm may read users but not role members.
        const QString other = QStringLiteral("codemie-shortlived");
        KeycloakClient limited(kc->settings(other), kc->secret(other));
        const Result<QStringList> refused = limited.realmRoleMemberIds(QStringLiteral("admin"));
        QCOMPARE(refused.outcome.kind(), Outcome::Kind::Refused);
        QCOMPARE(refused.outcome.httpStatus(), 403);
        QVERIFY2(refused.outcome.details().contains(QStringLiteral("roles: view-realm.")),
                 qPrintable(refused.outcome.fullText()));
    }

    // A 5-second token and a consumer that dawdles: the read outlives the
    // token and renews it before it runs out, without a 401.
    void tokenRenewedDuringLongRead_data() { KeycloakTestTarget::addRows(); }
    void tokenRenewedDuringLongRead()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        const QString clientId = QStringLiteral("codemie-shortlived");
        KeycloakSourceSettings s = kc->settings(clientId);
        s.pageSize = 20;
        s.maxInFlight = 2;
        KeycloakClient client(s, kc->secret(clientId));
        const Result<KeycloakPreflight> p = client.preflight();
        QVERIFY2(p.isOk(), qPrintable(p.outcome.fullText()));
        // A 20 s token (Keycloak counts whole seconds). The client renews
        // after half of it; the read stops for 11 s, past that point, and a
        // request sent just before it still has 9 s to reach Keycloak.
        QVERIFY(p.value.tokenLifetimeSeconds >= 18 && p.value.tokenLifetimeSeconds <= 20);
        bool slept = false;
        const Result<QList<KeycloakUser>> r = client.readUsers([&](int done, int) {
            if (!slept && done >= 40) {
                slept = true;
                QThread::msleep(11000);
            }
        });
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 240);
        QVERIFY(client.lastReadReport().tokensObtained >= 1);
        QCOMPARE(client.lastReadReport().renewalsAfter401, 0);
    }

    void cancelStopsPromptly_data() { KeycloakTestTarget::addRows(); }
    void cancelStopsPromptly()
    {
        CODEMIE_KEYCLOAK_TARGET(kc);
        KeycloakSourceSettings s = kc->settings(migration);
        s.pageSize = 10;
        s.maxInFlight = 1;
        KeycloakClient client(s, kc->secret(migration));
        std::atomic_bool cancel{false};
        int calls = 0;
        const Result<QList<KeycloakUser>> r = client.readUsers(
            [&](int, int) {
                if (++calls == 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r.isOk());
        QVERIFY(r.outcome.message().contains(QStringLiteral("cancelled")));
        QVERIFY(r.value.isEmpty());
        QVERIFY(calls <= 4);
    }
};

QTEST_GUILESS_MAIN(TestKeycloakReader)
#include "tst_keycloakreader.moc"
