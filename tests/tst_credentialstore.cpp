// Secrets in a real keychain: Secret Service (gnome-keyring in a private
// D-Bus session started by scripts/test), and the memory fallback when no
// keychain answers. Profiles keep no secret in their file.

#include "KeychainCredentialStore.h"
#include "MemoryCredentialStore.h"
#include "ProfileStore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace codemie;

namespace {
bool keychainExpected()
{
    return qEnvironmentVariable("CODEMIE_TEST_KEYCHAIN") == QStringLiteral("1");
}
} // namespace

class TstCredentialStore : public QObject {
    Q_OBJECT
private:
    bool requireKeychain()
    {
        if (keychainExpected())
            return true;
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))
            qFatal("CI without the keychain test session (CODEMIE_TEST_KEYCHAIN unset)");
        return false;
    }

private slots:
    void realKeychainStoresReplacesAndDeletes()
    {
        if (!requireKeychain())
            QSKIP("No Secret Service test session (run scripts/test)");
        auto opened = CredentialStoreProvider::open(0);
        QVERIFY2(opened.unavailableReason.isEmpty(), qPrintable(opened.unavailableReason));
        QVERIFY(opened.store->isPersistent());
        CredentialStore &store = *opened.store;
        const QString key =
            CredentialStore::keyFor(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    CredentialStore::Purpose::DatabasePassword);
        QCOMPARE(store.read(key).outcome.kind(), Outcome::Kind::NotFound);
        const QString secret =
            QStringLiteral("pä$$ wörd \"'\\ \U0001F511 ") + QString(300, QLatin1Char('x'));
        QVERIFY(store.write(key, secret));
        QCOMPARE(store.read(key).value, secret);
        // A second store instance (as after a restart) reads the same secret.
        KeychainCredentialStore again;
        QCOMPARE(again.read(key).value, secret);
        QVERIFY(store.write(key, QStringLiteral("replaced")));
        QCOMPARE(again.read(key).value, QStringLiteral("replaced"));
        QVERIFY(store.remove(key));
        QCOMPARE(again.read(key).outcome.kind(), Outcome::Kind::NotFound);
        QVERIFY(store.remove(key)); // removing a missing secret is fine
    }

    void profilesKeepSecretsInTheKeychainOnly()
    {
        if (!requireKeychain())
            QSKIP("No Secret Service test session (run scripts/test)");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        KeychainCredentialStore secrets;
        ProfileStore store(file);
        ConnectionProfile p;
        p.name = QStringLiteral("Production — EU");
        p.database =
            ConnectionSettings::fromUri(
                QStringLiteral("postgresql://admin@db.example:5432/codemie?sslmode=verify-full"))
                .value;
        p.actorEmail = QStringLiteral("ops@example.com");
        p.hasKeycloak = true;
        p.keycloakUrl = QUrl(QStringLiteral("https://sso.example.com"));
        p.keycloakRealm = QStringLiteral("codemie");
        p.keycloakClientId = QStringLiteral("codemie-admin");
        const auto saved = store.save(p);
        QVERIFY(saved.isOk());
        const QString dbSecret = QStringLiteral("db-secret-%1").arg(QUuid::createUuid().toString());
        const QString kcSecret = QStringLiteral("kc-secret-%1").arg(QUuid::createUuid().toString());
        QVERIFY(secrets.write(
            CredentialStore::keyFor(saved.value.id, CredentialStore::Purpose::DatabasePassword),
            dbSecret));
        QVERIFY(secrets.write(
            CredentialStore::keyFor(saved.value.id, CredentialStore::Purpose::KeycloakClientSecret),
            kcSecret));
        // Rename keeps the secrets.
        ConnectionProfile renamed = saved.value;
        renamed.name = QStringLiteral("prod-eu");
        QVERIFY(store.save(renamed).isOk());
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(renamed.id,
                                                   CredentialStore::Purpose::DatabasePassword))
                     .value,
                 dbSecret);
        // Duplicate copies them under the copy's own keys.
        const auto copy = store.duplicate(renamed.id, QStringLiteral("prod-eu copy"), secrets);
        QVERIFY(copy.isOk());
        QVERIFY(copy.value.id != renamed.id);
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(copy.value.id,
                                                   CredentialStore::Purpose::KeycloakClientSecret))
                     .value,
                 kcSecret);
        // The settings file holds no secret.
        store.sync();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("prod-eu"));
        QVERIFY(!text.contains(dbSecret.toUtf8()));
        QVERIFY(!text.contains(kcSecret.toUtf8()));
        // Deleting a profile deletes its secrets.
        QVERIFY(store.remove(renamed.id, secrets));
        QVERIFY(!store.byName(QStringLiteral("prod-eu")));
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(renamed.id,
                                                   CredentialStore::Purpose::DatabasePassword))
                     .outcome.kind(),
                 Outcome::Kind::NotFound);
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(renamed.id,
                                                   CredentialStore::Purpose::KeycloakClientSecret))
                     .outcome.kind(),
                 Outcome::Kind::NotFound);
        QVERIFY(store.remove(copy.value.id, secrets));
        // Profiles survive a "restart" (a new store on the same file).
        QVERIFY(store.save(p).isOk());
        ProfileStore reopened(file);
        const auto back = reopened.byName(QStringLiteral("production — eu"));
        QVERIFY(back);
        QCOMPARE(back->database.host, QStringLiteral("db.example"));
        QCOMPARE(back->database.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(back->keycloakRealm, QStringLiteral("codemie"));
    }

    void profileValidation()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
        MemoryCredentialStore secrets;
        ConnectionProfile p;
        p.name = QStringLiteral("   ");
        QCOMPARE(store.save(p).outcome.kind(), Outcome::Kind::InvalidInput);
        p.name = QStringLiteral("Dev");
        QVERIFY(store.save(p).isOk());
        p.name = QStringLiteral("dev");
        QVERIFY(store.save(p).outcome.message().contains(QStringLiteral("already exists")));
        QCOMPARE(store.profiles().size(), 1);
        ConnectionProfile http;
        http.hasKeycloak = true;
        http.keycloakUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!http.keycloakNeedsPlainHttpConfirmation());
        http.keycloakUrl = QUrl(QStringLiteral("http://sso.example.com"));
        QVERIFY(http.keycloakNeedsPlainHttpConfirmation());
        http.keycloakUrl = QUrl(QStringLiteral("https://sso.example.com"));
        QVERIFY(!http.keycloakNeedsPlainHttpConfirmation());
    }

    void profileNameEditedByHand()
    {
        // A name with white space around it (the file edited by hand) is
        // listed and found as save() would have stored it.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/p1/name"), QStringLiteral(" Staging\n"));
            settings.setValue(QStringLiteral("profiles/p1/database"),
                              QStringLiteral("sqlite:/tmp/staging.db"));
        }
        ProfileStore store(file);
        const QList<ConnectionProfile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, QStringLiteral("Staging"));
        const auto found = store.byName(QStringLiteral("staging"));
        QVERIFY(found);
        QCOMPARE(found->id, QStringLiteral("p1"));
    }
};

QTEST_GUILESS_MAIN(TstCredentialStore)
#include "tst_credentialstore.moc"
