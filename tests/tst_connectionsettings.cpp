// Connection strings: the libpq URI form and sqlite:PATH; passwords refused.

#include "ConnectionSettings.h"

#include <QTest>

using namespace codemie;

class TstConnectionSettings : public QObject {
    Q_OBJECT
private slots:
    void postgresUri()
    {
        const auto r = ConnectionSettings::fromUri(QStringLiteral(
            "postgresql://admin@db.example.com:6543/platform?schema=tenant_a&sslmode=verify-full"
            "&sslrootcert=/etc/ssl/root%20ca.pem"));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.user, QStringLiteral("admin"));
        QCOMPARE(r.value.host, QStringLiteral("db.example.com"));
        QCOMPARE(r.value.port, 6543);
        QCOMPARE(r.value.database, QStringLiteral("platform"));
        QCOMPARE(r.value.schema, QStringLiteral("tenant_a"));
        QCOMPARE(r.value.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(r.value.sslRootCert, QStringLiteral("/etc/ssl/root ca.pem"));
        QVERIFY(!r.value.isLoopback());
        // Round trip.
        const auto again = ConnectionSettings::fromUri(r.value.toUri());
        QVERIFY(again.isOk());
        QCOMPARE(again.value.sslRootCert, r.value.sslRootCert);
        QCOMPARE(again.value.schema, r.value.schema);
    }
    void percentSignsRoundTrip()
    {
        // A profile stores toUri() and reads it back with fromUri(): a value
        // with a literal "%20" or "%41" in it must come back as it was.
        const auto r = ConnectionSettings::fromUri(
            QStringLiteral("postgresql://admin@db.example.com/codemie?schema=tenant%2541"
                           "&sslrootcert=/etc/ssl/ca%2520bundle.pem"));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.schema, QStringLiteral("tenant%41"));
        QCOMPARE(r.value.sslRootCert, QStringLiteral("/etc/ssl/ca%20bundle.pem"));
        const auto again = ConnectionSettings::fromUri(r.value.toUri());
        QVERIFY2(again.isOk(), qPrintable(again.outcome.fullText()));
        QCOMPARE(again.value.schema, r.value.schema);
        QCOMPARE(again.value.sslRootCert, r.value.sslRootCert);
        QCOMPARE(again.value.toUri(), r.value.toUri());
    }
    void defaults()
    {
        const auto r = ConnectionSettings::fromUri(QStringLiteral("postgres://me@127.0.0.1/"));
        QVERIFY(r.isOk());
        QCOMPARE(r.value.port, 5432);
        QCOMPARE(r.value.database, QStringLiteral("codemie"));
        QCOMPARE(r.value.schema, QStringLiteral("codemie"));
        QVERIFY(r.value.isLoopback());
    }
    void unicodeUser()
    {
        const auto r = ConnectionSettings::fromUri(
            QStringLiteral("postgresql://j%C3%B6rg@localhost:5432/codemie"));
        QVERIFY(r.isOk());
        QCOMPARE(r.value.user, QStringLiteral("jörg"));
    }
    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("needle");
        QTest::newRow("password") << QStringLiteral("postgresql://u:secret@h/db")
                                  << QStringLiteral("PGPASSWORD");
        QTest::newRow("password param")
            << QStringLiteral("postgresql://u@h/db?password=x") << QStringLiteral("PGPASSWORD");
        QTest::newRow("bad sslmode")
            << QStringLiteral("postgresql://u@h/db?sslmode=maybe") << QStringLiteral("sslmode");
        QTest::newRow("unknown param")
            << QStringLiteral("postgresql://u@h/db?foo=1") << QStringLiteral("foo");
        QTest::newRow("no user") << QStringLiteral("postgresql://h/db") << QStringLiteral("user");
        QTest::newRow("mysql") << QStringLiteral("mysql://u@h/db")
                               << QStringLiteral("Not a database connection string");
        QTest::newRow("empty sqlite") << QStringLiteral("sqlite:") << QStringLiteral("file path");
        QTest::newRow("garbage") << QStringLiteral("\x01\x02 ☃")
                                 << QStringLiteral("Not a database");
        // Refused before the password check: the password must not be quoted.
        QTest::newRow("password, bad port")
            << QStringLiteral("postgresql://a:secret@h:abc/db")
            << QStringLiteral("Not a database connection string: postgresql://a:***@h:abc/db");
        QTest::newRow("password, unknown scheme")
            << QStringLiteral("mysql://a:secret@h/db")
            << QStringLiteral("Not a database connection string: mysql://a:***@h/db");
        QTest::newRow("password with @, bad host")
            << QStringLiteral("postgresql://a:se@cret@h[/db") << QStringLiteral("a:***@");
        QTest::newRow("password parameter, unknown scheme")
            << QStringLiteral("pg://h/db?sslmode=x&password=secret")
            << QStringLiteral("password=***");
        QTest::newRow("control characters escaped") << QStringLiteral("pg://h/\x1b[2Jdb\r\nforged")
                                                    << QStringLiteral("\\x1b[2Jdb\\x0d\\x0aforged");
    }
    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(QString, needle);
        const auto r = ConnectionSettings::fromUri(uri);
        QVERIFY(!r.isOk());
        QVERIFY2(r.outcome.fullText().contains(needle), qPrintable(r.outcome.fullText()));
        QVERIFY(!r.outcome.fullText().contains(QStringLiteral("secret")));
        QVERIFY(!r.outcome.fullText().contains(QStringLiteral("cret")));
        QVERIFY(!r.outcome.fullText().contains(QLatin1Char('\x1b')));
    }
    void sqlite()
    {
        const auto r = ConnectionSettings::fromUri(QStringLiteral("sqlite:/tmp/a b/ü.sqlite"));
        QVERIFY(r.isOk());
        QVERIFY(!r.value.isPostgres());
        QCOMPARE(r.value.sqlitePath, QStringLiteral("/tmp/a b/ü.sqlite"));
        QCOMPARE(r.value.toUri(), QStringLiteral("sqlite:/tmp/a b/ü.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connectionsettings.moc"
