#pragma once

#include <QString>
#include <QStringList>

namespace codemie {

// What this installation of the console carries and found at run time: the
// Qt SQL drivers, the TLS backend, the keychain backend, the translations and
// the window's platform plugins. `codemie-admin --version` prints it and
// `codemie-admin self-test` checks it, so that an installer (or a person whose
// console cannot connect) sees at once what a package left out.
struct RuntimeInventory {
    QString version;              // "0.1.0"
    QString qtVersion;            // of the Qt loaded at run time
    QStringList sqlDrivers;       // drivers that load, e.g. "QPSQL", "QSQLITE"
    QStringList brokenSqlDrivers; // listed by Qt but failing to load, with why
    QString tlsBackend;           // "openssl", "schannel", "securetransport"; empty: none
    QString tlsLibrary;           // "OpenSSL 3.0.15 …"
    QString keychainBackend;      // "Secret Service", "macOS Keychain", …
    QStringList languages;        // catalogues embedded in the binary: "en", "de"
    QStringList qtLanguages;      // of those, the ones Qt's own catalogue exists for
    QStringList platformPlugins;  // window-system plugins found: "xcb", "offscreen", …

    // Reads everything above from the running process.
    static RuntimeInventory collect();

    // What the console cannot work without, each as a sentence that says what
    // to install; empty when nothing is missing.
    QStringList problems() const;
    // Lines for --version and self-test ("SQL drivers: QPSQL, QSQLITE").
    QStringList lines() const;
};

} // namespace codemie
