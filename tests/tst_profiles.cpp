// Connection profiles end to end: the profile manager driven through its
// widgets, secrets in the real Secret Service, a real PostgreSQL server (also
// over TLS with verify-full), a restart, the CLI on the same profiles, and a
// scan of every file the console wrote for the secrets used.

#include "FakeKeycloak.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "PlatformSession.h"
#include "ProfileForm.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
void setText(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    // QTest types Latin-1 only; other text is inserted as an input method would.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

QPushButton *button(QWidget *root, const QString &text)
{
    for (QPushButton *b : root->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};
Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CODEMIE_ADMIN_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Every file under the folders this test's console may write to.
QStringList writtenFiles()
{
    QStringList roots{QDir::homePath()};
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::TempLocation})
        roots << QStandardPaths::writableLocation(location);
    QStringList files;
    for (const QString &root : roots) {
        if (root == QDir::tempPath())
            continue; // shared with other processes; the test's own temp files are below HOME
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.removeDuplicates();
    return files;
}
} // namespace

class TstProfiles : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_keycloakSecret;
    codemie::test::FakeKeycloak m_keycloak; // under the legacy /auth layout

private slots:
    void initTestCase()
    {
        // The same organisation and application as the real binary, so that
        // the CLI below sees the profiles this test creates (HOME is private).
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMie"));
        QCoreApplication::setApplicationName(QStringLiteral("codemie-admin"));
        QVERIFY2(QDir::homePath().contains(QStringLiteral("home-tst_profiles")),
                 "run through CTest: HOME must be the test's private folder");
        if (qEnvironmentVariable("CODEMIE_TEST_KEYCHAIN") != QStringLiteral("1")) {
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL("CI without the keychain test session");
            QSKIP("No Secret Service test session (run scripts/test)");
        }
        if (!TestDatabase::postgresAvailable()) {
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL("CI without the PostgreSQL test server");
            QSKIP("No PostgreSQL test server (run scripts/test)");
        }
        // Start from nothing: no profiles from an earlier run.
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
             QStringLiteral("/CodeMie"))
            .removeRecursively();
        m_db = TestDatabase::fromTag(QStringLiteral("pg-2.42.0"));
        QVERIFY(m_db->create().isEmpty());
        m_db->addUser(QStringLiteral("ops@example.com"), true, true);
        m_keycloakSecret =
            QStringLiteral("kc-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_keycloak.createRealm(QStringLiteral("codemie"), QStringLiteral("codemie-admin"),
                               m_keycloakSecret,
                               {QStringLiteral("view-users"), QStringLiteral("query-users")});
        m_keycloak.generateUsers(42);
        codemie::test::FakeKeycloak::Options kcOptions;
        kcOptions.legacyAuthPrefix = true;
        QVERIFY(m_keycloak.start(kcOptions));
    }

    void createSaveTestAndConnect()
    {
        auto opened = CredentialStoreProvider::open(0);
        QVERIFY(opened.unavailableReason.isEmpty());
        MainWindow w;
        w.setCredentialStore(std::move(opened.store), {});
        w.show();
        ProfileManagerDialog dialog(w.profiles(), w.credentials(), w.sessionSecrets(), {}, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileForm *form = dialog.form();
        const ConnectionSettings s = m_db->settings();
        setText(form, "name", QStringLiteral("Staging — TLS"));
        setText(form, "host", QStringLiteral("localhost"));
        form->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(s.port);
        setText(form, "database", s.database);
        setText(form, "user", s.user);
        setText(form, "password", m_db->password());
        setText(form, "rootCert", qEnvironmentVariable("CODEMIE_TEST_PGSSLROOTCERT"));
        auto *ssl = form->findChild<QComboBox *>(QStringLiteral("sslMode"));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        setText(form, "actor", QStringLiteral("ops@example.com"));
        form->findChild<QGroupBox *>(QStringLiteral("keycloak"))->setChecked(true);
        setText(form, "keycloakUrl", m_keycloak.baseUrl().toString());
        setText(form, "realm", QStringLiteral("codemie"));
        setText(form, "clientId", QStringLiteral("codemie-admin"));
        setText(form, "clientSecret", m_keycloakSecret);
        QVERIFY(form->findChild<QCheckBox *>(QStringLiteral("remember"))->isChecked());

        QTest::mouseClick(button(&dialog, QStringLiteral("Test")), Qt::LeftButton);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Connected to PostgreSQL")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("(Maintainer)")));
        // The Keycloak source was checked too, and its /auth layout detected and remembered.
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Keycloak: 42 user(s)")),
                 qPrintable(dialog.statusText()));
        QVERIFY(w.profiles().byName(QStringLiteral("Staging — TLS"))->keycloakLegacyAuthPrefix);
        const QString screenshots = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QTest::qWait(200);
            dialog.grab().save(QDir(screenshots).filePath(QStringLiteral("profile-manager.png")));
        }
        const auto saved = w.profiles().byName(QStringLiteral("staging — tls"));
        QVERIFY(saved);
        QCOMPARE(w.credentials()
                     .read(CredentialStore::keyFor(saved->id,
                                                   CredentialStore::Purpose::DatabasePassword))
                     .value,
                 m_db->password());
        QCOMPARE(w.credentials()
                     .read(CredentialStore::keyFor(saved->id,
                                                   CredentialStore::Purpose::KeycloakClientSecret))
                     .value,
                 m_keycloakSecret);

        QTest::mouseClick(button(&dialog, QStringLiteral("Connect")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Outcome o = w.connectToProfile(dialog.chosenProfile());
        QVERIFY2(o.isOk(), qPrintable(o.fullText()));
        QVERIFY(w.statusText().contains(QStringLiteral("Acting as ops@example.com (Maintainer)")));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Staging — TLS")));
    }

    // The connection profile form as a new administrator meets it: the
    // SQLite field's label reads "File:" (its "&" is a mnemonic, not text),
    // every field starts at the same x, a PostgreSQL error goes when the
    // fields change (SQLite chosen), libpq's tab-indented lines are shown
    // as plain lines, and Test on a new profile still called "New profile"
    // tests it without saving it.
    void newProfileFormAndTestWithoutSaving()
    {
        auto opened = CredentialStoreProvider::open(0);
        QVERIFY(opened.unavailableReason.isEmpty());
        MainWindow w;
        w.setCredentialStore(std::move(opened.store), {});
        const int before = int(w.profiles().profiles().size());
        ProfileManagerDialog dialog(w.profiles(), w.credentials(), w.sessionSecrets(), {}, &w);
        QTest::mouseClick(button(&dialog, QStringLiteral("New")), Qt::LeftButton);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileForm *form = dialog.form();
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
                 QStringLiteral("New profile"));

        // A wrong password: libpq's text, one line per line, no tabs.
        const ConnectionSettings s = m_db->settings();
        form->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(s.port);
        setText(form, "database", s.database);
        setText(form, "user", s.user);
        setText(form, "password", QStringLiteral("wrong-password"));
        setText(form, "rootCert", qEnvironmentVariable("CODEMIE_TEST_PGSSLROOTCERT"));
        setText(form, "actor", QStringLiteral("ops@example.com"));
        QTest::mouseClick(button(&dialog, QStringLiteral("Test")), Qt::LeftButton);
        QVERIFY2(!dialog.statusText().isEmpty(), "no result shown");
        QVERIFY2(!dialog.statusText().contains(QLatin1Char('\t')), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusText().contains(QStringLiteral("\n\n")));
        for (const QString &line : dialog.statusText().split(QLatin1Char('\n')))
            QCOMPARE(line, line.trimmed());
        // Not saved: no "New profile" appeared in the list.
        QCOMPARE(int(w.profiles().profiles().size()), before);
        QVERIFY(!w.profiles().byName(QStringLiteral("New profile")));

        // The right password: connected, still not saved, and said so.
        setText(form, "password", m_db->password());
        QTest::mouseClick(button(&dialog, QStringLiteral("Test")), Qt::LeftButton);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Connected to PostgreSQL")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Not saved")));
        QCOMPARE(int(w.profiles().profiles().size()), before);

        // Switching to SQLite: the PostgreSQL result goes.
        QTest::mouseClick(form->findChild<QRadioButton *>(QStringLiteral("sqlite")),
                          Qt::LeftButton);
        QVERIFY(dialog.statusText().isEmpty());
        // "File:" with its mnemonic, not a literal "&File:".
        auto *path = form->findChild<QLineEdit *>(QStringLiteral("sqlitePath"));
        QLabel *fileLabel = nullptr;
        for (QLabel *l : form->findChildren<QLabel *>())
            if (l->buddy() == path)
                fileLabel = l;
        QVERIFY(fileLabel);
        QCOMPARE(fileLabel->text(), QStringLiteral("&File:"));
        // Every field starts at the same x (the actor and limit rows too).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int x = path->mapTo(form, QPoint(0, 0)).x();
        for (const char *name : {"name", "actor"})
            QCOMPARE(form->findChild<QWidget *>(QLatin1String(name))->mapTo(form, QPoint(0, 0)).x(),
                     x);
        QCOMPARE(form->findChild<QWidget *>(QStringLiteral("projectLimit"))
                     ->mapTo(form, QPoint(0, 0))
                     .x(),
                 x);
        QTest::mouseClick(form->findChild<QRadioButton *>(QStringLiteral("postgres")),
                          Qt::LeftButton);
        QCOMPARE(form->findChild<QWidget *>(QStringLiteral("host"))->mapTo(form, QPoint(0, 0)).x(),
                 x);
        const QString screenshots = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QTest::qWait(200);
            dialog.grab().save(
                QDir(screenshots).filePath(QStringLiteral("first-hour-new-profile.png")));
        }
        dialog.reject();
    }

    void survivesRestartWithoutRetyping()
    {
        auto opened = CredentialStoreProvider::open(0);
        MainWindow w;
        w.setCredentialStore(std::move(opened.store), {});
        const auto profile = w.profiles().byId(w.profiles().lastUsedId());
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("Staging — TLS"));
        QCOMPARE(profile->database.sslMode, QStringLiteral("verify-full"));
        const Outcome o = w.connectToProfile(*profile);
        QVERIFY2(o.isOk(), qPrintable(o.fullText()));
        QVERIFY(w.session()->canWrite());
    }

    void changingThePasswordReplacesIt()
    {
        auto opened = CredentialStoreProvider::open(0);
        MainWindow w;
        w.setCredentialStore(std::move(opened.store), {});
        ProfileManagerDialog dialog(w.profiles(), w.credentials(), w.sessionSecrets(), {}, &w);
        dialog.selectProfile(QStringLiteral("Staging — TLS"));
        setText(dialog.form(), "password", QStringLiteral("not-the-password"));
        QVERIFY(dialog.saveCurrent());
        const auto profile = w.profiles().byName(QStringLiteral("Staging — TLS"));
        QCOMPARE(w.credentials()
                     .read(CredentialStore::keyFor(profile->id,
                                                   CredentialStore::Purpose::DatabasePassword))
                     .value,
                 QStringLiteral("not-the-password"));
        const Outcome wrong = w.connectToProfile(*profile);
        QVERIFY(!wrong.isOk());
        QVERIFY(wrong.fullText().contains(QStringLiteral("password")));
        setText(dialog.form(), "password", m_db->password());
        QVERIFY(dialog.saveCurrent());
        QVERIFY(w.connectToProfile(*profile).isOk());
    }

    void tlsVerifyFull()
    {
        ConnectionSettings s = m_db->settings();
        s.host = QStringLiteral("localhost");
        s.sslMode = QStringLiteral("verify-full");
        s.sslRootCert = qEnvironmentVariable("CODEMIE_TEST_PGSSLROOTCERT");
        PlatformDatabase good(s, m_db->password());
        QVERIFY(good.open());
        QCOMPARE(
            good.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                .value.toBool(),
            true);
        s.sslRootCert = qEnvironmentVariable("CODEMIE_TEST_PGWRONGROOTCERT");
        PlatformDatabase wrong(s, m_db->password());
        const Outcome o = wrong.open();
        QVERIFY(!o.isOk());
        QVERIFY2(o.fullText().contains(QStringLiteral("certificate")), qPrintable(o.fullText()));
        QVERIFY(!o.fullText().contains(m_db->password()));
        // verify-full checks the name: the certificate names localhost, not 127.0.0.1.
        s.sslRootCert = qEnvironmentVariable("CODEMIE_TEST_PGSSLROOTCERT");
        s.host = QStringLiteral("127.0.0.1");
        PlatformDatabase mismatch(s, m_db->password());
        QVERIFY(!mismatch.open().isOk());
    }

    void cliUsesTheSameProfiles()
    {
        Run r = cli({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Staging — TLS")));
        r = cli(
            {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("staging — tls")});
        QCOMPARE(r.code, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("stored in the keychain")));
        r = cli(
            {QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("Staging — TLS")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("read-write")));
        r = cli({QStringLiteral("status"), QStringLiteral("--profile"),
                 QStringLiteral("Staging — TLS"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        for (const QByteArray &secret : {m_db->password().toUtf8(), m_keycloakSecret.toUtf8()}) {
            QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        }
        // Same scan over every CLI output above.
        for (const QStringList &args :
             {QStringList{QStringLiteral("profiles"), QStringLiteral("show"),
                          QStringLiteral("Staging — TLS"), QStringLiteral("--json")},
              QStringList{QStringLiteral("profiles"), QStringLiteral("test"),
                          QStringLiteral("Staging — TLS"), QStringLiteral("--json")}}) {
            const Run out = cli(args);
            for (const QByteArray &secret : {m_db->password().toUtf8(), m_keycloakSecret.toUtf8()})
                QVERIFY2(!out.out.contains(secret) && !out.err.contains(secret),
                         "a secret reached the CLI output");
        }
    }

    void noSecretInAnyFileWritten()
    {
        const QStringList files = writtenFiles();
        QVERIFY2(files.size() >= 1, "the console wrote no settings at all?");
        bool sawProfiles = false;
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            sawProfiles = sawProfiles || content.contains("Staging");
            for (const QString &secret : {m_db->password(), m_keycloakSecret}) {
                QVERIFY2(!content.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("secret found in %1").arg(path)));
                QVERIFY2(!content.contains(secret.toUtf8().toBase64()), qPrintable(path));
            }
        }
        QVERIFY(sawProfiles);
    }

    void deletingTheProfileDeletesItsSecrets()
    {
        auto opened = CredentialStoreProvider::open(0);
        CredentialStore &secrets = *opened.store;
        ProfileStore store;
        const auto profile = store.byName(QStringLiteral("Staging — TLS"));
        QVERIFY(profile);
        QVERIFY(store.remove(profile->id, secrets));
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(profile->id,
                                                   CredentialStore::Purpose::DatabasePassword))
                     .outcome.kind(),
                 Outcome::Kind::NotFound);
        QCOMPARE(secrets
                     .read(CredentialStore::keyFor(profile->id,
                                                   CredentialStore::Purpose::KeycloakClientSecret))
                     .outcome.kind(),
                 Outcome::Kind::NotFound);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TstProfiles)
#include "tst_profiles.moc"
