// A machine without any keychain: the console still works, keeps secrets in
// memory for this run, says so in a banner and disables "remember".
// CTest runs this with DBUS_SESSION_BUS_ADDRESS pointing at no bus.

#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "ProfileForm.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"

#include <QCheckBox>
#include <QDir>
#include <QTest>
#include <QTimer>

using namespace codemie;

class TstNoKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_nokeychain"));
    }

    void fallsBackToMemoryWithAReason()
    {
        const auto opened = CredentialStoreProvider::open(100);
        QVERIFY(!opened.store->isPersistent());
        QVERIFY(!opened.unavailableReason.isEmpty());
        QVERIFY(opened.unavailableReason.contains(QStringLiteral("keychain"), Qt::CaseInsensitive));
        CredentialStore &memory = *opened.store;
        QVERIFY(memory.write(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(memory.read(QStringLiteral("k")).value, QStringLiteral("v"));
        QVERIFY(memory.remove(QStringLiteral("k")));
        QCOMPARE(memory.read(QStringLiteral("k")).outcome.kind(), Outcome::Kind::NotFound);
    }

    void bannerAndDisabledRemember()
    {
        auto opened = CredentialStoreProvider::open(100);
        const QString reason = opened.unavailableReason;
        MainWindow w;
        w.setCredentialStore(std::move(opened.store), reason);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.bannerText().contains(QStringLiteral("No keychain is available")),
                 qPrintable(w.bannerText()));
        QVERIFY(w.bannerText().contains(QStringLiteral("kept for this run only")));
        const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            w.grab().save(QDir(dir).filePath(QStringLiteral("no-keychain-banner.png")));
        }
        ProfileManagerDialog dialog(w.profiles(), w.credentials(), w.sessionSecrets(), reason, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCheckBox *remember = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            if (box->text().startsWith(QStringLiteral("Remember secrets")))
                remember = box;
        QVERIFY(remember);
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(reason));
        QVERIFY(!dialog.form()->rememberSecrets());
        if (!dir.isEmpty()) {
            QTest::qWait(200);
            dialog.grab().save(
                QDir(dir).filePath(QStringLiteral("profile-manager-no-keychain.png")));
        }
    }
};

QTEST_MAIN(TstNoKeychain)
#include "tst_nokeychain.moc"
