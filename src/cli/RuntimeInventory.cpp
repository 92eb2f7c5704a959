#include "RuntimeInventory.h"

#include "KeychainCredentialStore.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSslSocket>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RuntimeInventory)
};

const QStringList requiredSqlDrivers = {QStringLiteral("QPSQL"), QStringLiteral("QSQLITE")};

// A driver listed by Qt may still fail to load (its plugin present, libpq
// missing): open a connection object, without connecting, to find out.
QString driverProblem(const QString &driver)
{
    const QString name = QStringLiteral("codemie-inventory-") + driver;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (!db.isValid())
            problem = db.lastError().text().isEmpty() ? Tr::tr("the driver does not load")
                                                      : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QStringList platformPluginsFound()
{
    QStringList found;
    for (const QString &path : QCoreApplication::libraryPaths()) {
        const QDir dir(path + QStringLiteral("/platforms"));
        const auto files = dir.entryList(QDir::Files);
        for (QString f : files) {
            // libqxcb.so, qwindows.dll, libqcocoa.dylib → xcb, windows, cocoa
            f = f.section(QLatin1Char('.'), 0, 0);
            if (f.startsWith(QStringLiteral("lib")))
                f = f.mid(3);
            if (f.startsWith(QLatin1Char('q')))
                f = f.mid(1);
            if (!f.isEmpty() && !found.contains(f))
                found << f;
        }
    }
    found.sort();
    return found;
}
} // namespace

RuntimeInventory RuntimeInventory::collect()
{
    RuntimeInventory r;
    r.version = QStringLiteral(CODEMIE_VERSION);
    r.qtVersion = QString::fromLatin1(qVersion());
    for (const QString &driver : QSqlDatabase::drivers()) {
        const QString problem = driverProblem(driver);
        if (problem.isEmpty())
            r.sqlDrivers << driver;
        else
            r.brokenSqlDrivers << driver + QStringLiteral(" (") + problem + QLatin1Char(')');
    }
    if (QSslSocket::supportsSsl()) {
        r.tlsBackend = QSslSocket::activeBackend();
        r.tlsLibrary = QSslSocket::sslLibraryVersionString();
    }
    r.keychainBackend = KeychainCredentialStore().backendName();
    r.languages = QStringList{QStringLiteral("en")} + Translations::embeddedLanguages();
    for (const QString &language : r.languages) {
        if (language != QStringLiteral("en") && Translations::qtCatalogueExists(language))
            r.qtLanguages << language;
    }
    r.platformPlugins = platformPluginsFound();
    return r;
}

QStringList RuntimeInventory::problems() const
{
    QStringList out;
    for (const QString &driver : requiredSqlDrivers) {
        if (sqlDrivers.contains(driver))
            continue;
        const QString package = driver == QStringLiteral("QPSQL")
                                    ? QStringLiteral("libqt6sql6-psql")
                                    : QStringLiteral("libqt6sql6-sqlite");
        out << Tr::tr("The Qt SQL driver %1 is missing or does not load: the console cannot open "
                      "%2 databases. Reinstall the console, or on Debian and Ubuntu install %3.")
                   .arg(driver,
                        driver == QStringLiteral("QPSQL") ? QStringLiteral("PostgreSQL")
                                                          : QStringLiteral("SQLite"),
                        package);
    }
    if (tlsBackend.isEmpty() || tlsBackend == QStringLiteral("cert-only"))
        out << Tr::tr("No TLS backend: the console cannot reach Keycloak over HTTPS or check a "
                      "database's certificate. Reinstall the console, or install OpenSSL 3 "
                      "(libssl3) and Qt's TLS plugins.");
    if (languages.size() < 2)
        out << Tr::tr("The console's translations are missing from this build: it was built "
                      "without its catalogues. Rebuild it with Qt's LinguistTools.");
    if (platformPlugins.isEmpty())
        out << Tr::tr("No Qt platform plugin: the window cannot open (the headless commands "
                      "still work). Reinstall the console, or on Debian and Ubuntu install "
                      "libqt6gui6.");
    return out;
}

QStringList RuntimeInventory::lines() const
{
    const QString none = Tr::tr("none");
    QStringList out;
    out << QStringLiteral("codemie-admin %1 (Qt %2)").arg(version, qtVersion);
    QString sql = sqlDrivers.isEmpty() ? none : sqlDrivers.join(QStringLiteral(", "));
    if (!brokenSqlDrivers.isEmpty())
        sql += QStringLiteral("; ") +
               Tr::tr("not loading: %1").arg(brokenSqlDrivers.join(QStringLiteral(", ")));
    out << Tr::tr("SQL drivers: %1").arg(sql);
    out << Tr::tr("TLS backend: %1")
               .arg(tlsBackend.isEmpty()
                        ? none
                        : (tlsLibrary.isEmpty() ? tlsBackend
                                                : tlsBackend + QStringLiteral(" (") + tlsLibrary +
                                                      QLatin1Char(')')));
    out << Tr::tr("Keychain backend: %1 (QtKeychain)").arg(keychainBackend);
    out << Tr::tr("Translations: %1; Qt's own texts: %2")
               .arg(languages.join(QStringLiteral(", ")),
                    qtLanguages.isEmpty() ? none : qtLanguages.join(QStringLiteral(", ")));
    out << Tr::tr("Window platforms: %1")
               .arg(platformPlugins.isEmpty() ? none : platformPlugins.join(QStringLiteral(", ")));
    return out;
}

} // namespace codemie
