// The offline source: files as `kc.sh export` writes them.
#include "RealmExportReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace codemie;

namespace {

QJsonObject demo()
{
    QFile f(QStringLiteral(CODEMIE_DEMO_REALM_EXPORT));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("demo export missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

void write(const QString &path, const QJsonDocument &doc)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(doc.toJson());
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

const KeycloakUser *find(const QList<KeycloakUser> &users, const QString &username)
{
    for (const KeycloakUser &u : users)
        if (u.username == username)
            return &u;
    return nullptr;
}

QStringList usernames(const QList<KeycloakUser> &users)
{
    QStringList out;
    for (const KeycloakUser &u : users)
        out << u.username;
    return out;
}

// The demo realm written as --users different_files would: a realm file
// without users and users files of `perFile` users each.
QString writeSplit(const QString &dir, int perFile)
{
    QJsonObject realm = demo();
    const QJsonArray users = realm.take(QStringLiteral("users")).toArray();
    write(dir + QStringLiteral("/codemie-demo-realm.json"), QJsonDocument(realm));
    for (int n = 0; n * perFile < users.size(); ++n) {
        QJsonArray part;
        for (int i = n * perFile; i < std::min<int>((n + 1) * perFile, users.size()); ++i)
            part.append(users.at(i));
        write(dir + QStringLiteral("/codemie-demo-users-%1.json").arg(n),
              QJsonDocument(QJsonObject{{QStringLiteral("realm"), QStringLiteral("codemie-demo")},
                                        {QStringLiteral("users"), part}}));
    }
    // Noise that must be left alone.
    write(dir + QStringLiteral("/other-users-0.json"),
          QJsonDocument(QJsonObject{{QStringLiteral("realm"), QStringLiteral("other")},
                                    {QStringLiteral("users"), QJsonArray()}}));
    write(dir + QStringLiteral("/codemie-demo-users-notes.txt"), QByteArray("not json"));
    return dir + QStringLiteral("/codemie-demo-realm.json");
}

} // namespace

class TestRealmExportReader : public QObject {
    Q_OBJECT

private slots:
    void demoSingleFile()
    {
        const auto r = RealmExportReader::read(QStringLiteral(CODEMIE_DEMO_REALM_EXPORT));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.realm, QStringLiteral("codemie-demo"));
        QCOMPARE(r.value.users.size(), 66);
        QCOMPARE(r.value.files.size(), 1);
        int serviceAccounts = 0, disabled = 0;
        for (const KeycloakUser &u : r.value.users) {
            serviceAccounts += u.isServiceAccount();
            disabled += !u.enabled;
        }
        QCOMPARE(serviceAccounts, 3);
        QCOMPARE(disabled, 2);
        const KeycloakUser *api =
            find(r.value.users, QStringLiteral("service-account-codemie-api"));
        QVERIFY(api);
        QCOMPARE(api->serviceAccountClientId, QStringLiteral("codemie-api"));
        const KeycloakUser *reports =
            find(r.value.users, QStringLiteral("service-account-reports"));
        QVERIFY(reports && reports->serviceAccountClientId.isEmpty() &&
                reports->isServiceAccount());

        const KeycloakUser *ingrid = find(r.value.users, QStringLiteral("ingrid.solberg"));
        QCOMPARE(
            ingrid->attributes.value(QStringLiteral("applications")),
            QStringList({QStringLiteral("alpha-team, beta-team"), QStringLiteral("gamma-team")}));
        QVERIFY(find(r.value.users, QStringLiteral("ursula.stein"))->attributes.isEmpty());
        QVERIFY(!find(r.value.users, QStringLiteral("ahmed.karimi"))->federationLink.isEmpty());
        QVERIFY(find(r.value.users, QStringLiteral("build-bot"))->email.isEmpty());
        QCOMPARE(find(r.value.users, QStringLiteral("grace.okafor"))->email,
                 QStringLiteral("Grace.Okafor@Example.COM"));

        // Direct holders of the admin realm role, including the disabled one.
        QSet<QString> admins;
        for (const QString &id : r.value.roleMembers.value(QStringLiteral("admin")))
            for (const KeycloakUser &u : r.value.users)
                if (u.id == id)
                    admins.insert(u.username);
        QCOMPARE(admins,
                 QSet<QString>({QStringLiteral("marcus.hale"), QStringLiteral("elena.vasquez"),
                                QStringLiteral("wanda.kemp")}));
        QVERIFY(find(r.value.users, QStringLiteral("marcus.hale"))
                    ->realmRoles.contains(QStringLiteral("admin")));
    }

    void splitFilesAnyEntryPoint_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("realm file") << QStringLiteral("codemie-demo-realm.json");
        QTest::newRow("folder") << QString();
        QTest::newRow("a users file") << QStringLiteral("codemie-demo-users-1.json");
    }
    void splitFilesAnyEntryPoint()
    {
        QFETCH(QString, entry);
        QTemporaryDir dir;
        writeSplit(dir.path(), 10); // 7 files; users-10 sorts before users-2 by name
        const auto whole = RealmExportReader::read(QStringLiteral(CODEMIE_DEMO_REALM_EXPORT));
        const auto r = RealmExportReader::read(entry.isEmpty() ? dir.path() : dir.filePath(entry));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.realm, QStringLiteral("codemie-demo"));
        QCOMPARE(usernames(r.value.users), usernames(whole.value.users)); // same users, same order
        QCOMPARE(r.value.roleMembers, whole.value.roleMembers);
        QCOMPARE(r.value.files.size(), 8); // the realm file and 7 users files
    }

    void manyUsersFilesInNumericOrder()
    {
        QTemporaryDir dir;
        writeSplit(dir.path(), 5); // 14 files: -users-0 … -users-13
        const auto r = RealmExportReader::read(dir.path());
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.files.size(), 15);
        QVERIFY(r.value.files.at(3).endsWith(QStringLiteral("-users-2.json")));
        QVERIFY(r.value.files.at(13).endsWith(QStringLiteral("-users-12.json")));
        QCOMPARE(r.value.users.size(), 66);
        QCOMPARE(r.value.users.first().username, QStringLiteral("marcus.hale"));
    }

    void sameUserTwiceIsReadOnce()
    {
        QTemporaryDir dir;
        const QString realmFile = writeSplit(dir.path(), 50);
        // A stale copy of users-0 under a later number.
        QFile::copy(dir.filePath(QStringLiteral("codemie-demo-users-0.json")),
                    dir.filePath(QStringLiteral("codemie-demo-users-2.json")));
        const auto r = RealmExportReader::read(realmFile);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.users.size(), 66);
        QCOMPARE(r.value.duplicatesDropped, 50);
        // Said, not dropped silently.
        QCOMPARE(r.value.warnings.size(), 1);
        QVERIFY2(
            r.value.warnings.first().contains(QStringLiteral("50 user(s) appear more than once")),
            qPrintable(r.value.warnings.first()));
    }

    void listOfRealms()
    {
        QTemporaryDir dir;
        QJsonObject second{{QStringLiteral("realm"), QStringLiteral("master")},
                           {QStringLiteral("users"), QJsonArray()}};
        const QString one = dir.filePath(QStringLiteral("one.json"));
        const QString two = dir.filePath(QStringLiteral("two.json"));
        write(one, QJsonDocument(QJsonArray{demo()}));
        write(two, QJsonDocument(QJsonArray{second, demo()}));
        QCOMPARE(RealmExportReader::read(one).value.users.size(), 66);
        const auto ambiguous = RealmExportReader::read(two);
        QCOMPARE(ambiguous.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY(ambiguous.outcome.details().contains(QStringLiteral("master, codemie-demo")));
        QCOMPARE(RealmExportReader::read(two, QStringLiteral("codemie-demo")).value.users.size(),
                 66);
        QCOMPARE(RealmExportReader::read(two, QStringLiteral("nope")).outcome.kind(),
                 Outcome::Kind::InvalidInput);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("{\"realm\": \"x\",\n \"users\": [ {\"id\": }")
                                  << int(Outcome::Kind::InvalidInput) << QStringLiteral("line 2");
        QTest::newRow("empty file")
            << QByteArray() << int(Outcome::Kind::InvalidInput) << QStringLiteral("not valid JSON");
        QTest::newRow("no realm name")
            << QByteArray("{\"users\": []}") << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("names no realm");
        QTest::newRow("users not a list")
            << QByteArray("{\"realm\":\"x\",\"users\":{}}") << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("is not a list");
        QTest::newRow("user not an object")
            << QByteArray("{\"realm\":\"x\",\"users\":[42]}") << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("user number 1");
        QTest::newRow("user without id")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"username\":\"a\"}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("field “id”: missing");
        QTest::newRow("numeric username")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":7}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("expected text, found number");
        QTest::newRow("attribute value object")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"a\","
                          "\"attributes\":{\"applications\":[{}]}}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("attributes.applications");
        QTest::newRow("absurd timestamp")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"a\","
                          "\"createdTimestamp\":1e300}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("not a time stamp");
        QTest::newRow("huge value")
            << (QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"a\","
                           "\"lastName\":\"") +
                QByteArray(70000, 'z') + "\"}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("70000 characters");
        // Text that cannot be stored: refused with the user and the field
        // named, and the advice is about the file, not a server.
        QTest::newRow("lone surrogate in e-mail")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"ann\","
                          "\"email\":\"ann\\ud800@example.com\"}]}")
            << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("user “ann”, field “email”: it contains invalid Unicode (a lone "
                              "surrogate U+D800) at character 4");
        QTest::newRow("NUL in a project name")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"bob\","
                          "\"attributes\":{\"applications\":[\"te\\u0000am\"]}}]}")
            << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("field “attributes.applications”: it contains a NUL character");
        QTest::newRow("NUL in an id")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\\u0000\",\"username\":\"c\"}]}")
            << int(Outcome::Kind::InvalidInput) << QStringLiteral("field “id”: it contains a NUL");
        QTest::newRow("escape sequence in a username")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":"
                          "\"ev\\u001b[2Jil\\r\\nforged\"}]}")
            << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("user “ev\\x1b[2Jil\\x0d\\x0aforged”, field “username”: it "
                              "contains a control character");
        QTest::newRow("file, not server")
            << QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":7}]}")
            << int(Outcome::Kind::InvalidInput)
            << QStringLiteral("The realm export holds user data");
        QTest::newRow("partial export without users")
            << QByteArray("{\"realm\":\"x\",\"clients\":[]}") << int(Outcome::Kind::NotFound)
            << QStringLiteral("kc.sh export");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x-realm.json"));
        write(path, content);
        const auto r = RealmExportReader::read(path);
        QCOMPARE(int(r.outcome.kind()), kind);
        QVERIFY2(r.outcome.fullText().contains(says), qPrintable(r.outcome.fullText()));
        QVERIFY(!r.outcome.help().isEmpty());
        QVERIFY(!r.outcome.fullText().contains(QStringLiteral("address")));
        QVERIFY(!r.outcome.fullText().contains(QLatin1Char('\x1b')));
        QVERIFY(r.value.users.isEmpty());
    }

    // Absurd sizes: each refused with the limit named, in bounded memory,
    // with no user kept.
    void absurdSizesAreRefused()
    {
        QTemporaryDir dir;
        // A 5 GB file (sparse: it takes no disk) is refused by its size,
        // before a byte is read.
        const QString huge = dir.filePath(QStringLiteral("huge-realm.json"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(5LL * 1024 * 1024 * 1024));
        }
        auto r = RealmExportReader::read(huge);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("larger than 1 GB")),
                 qPrintable(r.outcome.fullText()));
        QVERIFY(r.outcome.details().contains(QStringLiteral("different_files")));
        QVERIFY(r.value.users.isEmpty());

        // One JSON string of 200 MB: the file is read, the user refused by
        // the per-value limit, naming the user and the field.
        const QString longValue = dir.filePath(QStringLiteral("long-realm.json"));
        {
            QFile f(longValue);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"big\",\"lastName\":\"");
            const QByteArray chunk(1024 * 1024, 'z');
            for (int i = 0; i < 200; ++i)
                QCOMPARE(f.write(chunk), chunk.size());
            f.write("\"}]}");
        }
        r = RealmExportReader::read(longValue);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("user “big”, field “lastName”: "
                                                             "209715200 characters long")),
                 qPrintable(r.outcome.message().left(300)));
        QVERIFY(r.value.users.isEmpty());

        // A user with 100,001 attribute values.
        QByteArray many = "{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"many\","
                          "\"attributes\":{\"applications\":[";
        for (int i = 0; i <= 100000; ++i)
            many += (i > 0 ? ",\"p" : "\"p") + QByteArray::number(i) + '"';
        many += "]}}]}";
        write(dir.filePath(QStringLiteral("many-realm.json")), many);
        r = RealmExportReader::read(dir.filePath(QStringLiteral("many-realm.json")));
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("100001 values, too many")),
                 qPrintable(r.outcome.message()));
        QVERIFY(r.value.users.isEmpty());
    }

    // Paths that are not plain files: refused at once, before any read that
    // could block (a FIFO) or never end (a device), and in bounded memory.
    void specialFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("x-realm.json"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto r = RealmExportReader::read(fifo);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("not a plain file")),
                 qPrintable(r.outcome.fullText()));
        r = RealmExportReader::read(QStringLiteral("/dev/zero"));
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY(r.outcome.message().contains(QStringLiteral("not a plain file")));

        // A symbolic link to itself is a loop, not a missing file.
        const QString loop = dir.filePath(QStringLiteral("loop.json"));
        QVERIFY(QFile::link(loop, loop));
        r = RealmExportReader::read(loop);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::NotFound);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("symbolic link")),
                 qPrintable(r.outcome.fullText()));

        // A users file in a folder that is a FIFO or a link to a device is
        // named, not skipped.
        QTemporaryDir split;
        const QString realmFile = writeSplit(split.path(), 50);
        QVERIFY(
            ::mkfifo(QFile::encodeName(split.filePath(QStringLiteral("codemie-demo-users-7.json")))
                         .constData(),
                     0600) == 0);
        r = RealmExportReader::read(realmFile);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("codemie-demo-users-7.json")),
                 qPrintable(r.outcome.fullText()));
        QVERIFY(r.value.users.isEmpty());
        QFile::remove(split.filePath(QStringLiteral("codemie-demo-users-7.json")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            split.filePath(QStringLiteral("codemie-demo-users-8.json"))));
        r = RealmExportReader::read(realmFile);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY2(r.outcome.message().contains(QStringLiteral("codemie-demo-users-8.json")),
                 qPrintable(r.outcome.fullText()));
    }

    void scalarAttributeIsAccepted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x-realm.json"));
        write(path, QByteArray("{\"realm\":\"x\",\"users\":[{\"id\":\"1\",\"username\":\"a\","
                               "\"attributes\":{\"applications\":\"solo\"}}]}"));
        const auto r = RealmExportReader::read(path);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.users.first().attributes.value(QStringLiteral("applications")),
                 QStringList{QStringLiteral("solo")});
    }

    void missingPaths()
    {
        QCOMPARE(RealmExportReader::read(QStringLiteral("/nonexistent/x.json")).outcome.kind(),
                 Outcome::Kind::NotFound);
        QTemporaryDir dir;
        const auto empty = RealmExportReader::read(dir.path());
        QCOMPARE(empty.outcome.kind(), Outcome::Kind::InvalidInput);
        QVERIFY(empty.outcome.message().contains(QStringLiteral("no realm file")));
    }
};

QTEST_GUILESS_MAIN(TestRealmExportReader)
#include "tst_realmexportreader.moc"
