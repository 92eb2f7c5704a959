// What a streamed migration keeps across its windows (issue 16): only the
// keys more than one user names. ContestedKeys finds them in bounded memory
// by spreading the keys over temporary files; these tests pin that the keys
// found are exactly the contested ones however many files they spread over,
// and that a temporary folder that cannot be written is reported, not taken
// for "nothing contested".

#include "ContestedKeys.h"
#include "UnwritableTempDir.h"

#include <QTest>

using namespace codemie;

namespace {
KeyDigest key(const QString &text)
{
    return KeyDigest::of(text);
}
QString email(int i)
{
    return QStringLiteral("user%1@example.com").arg(i);
}
} // namespace

class TstContestedKeys : public QObject {
    Q_OBJECT
private slots:
    void findsExactlyTheKeysNamedTwice_data()
    {
        QTest::addColumn<qint64>("perBucket");
        QTest::newRow("one bucket") << qint64(1000000);
        QTest::newRow("75 buckets") << qint64(120);
        QTest::newRow("the most buckets") << qint64(1);
    }
    void findsExactlyTheKeysNamedTwice()
    {
        QFETCH(qint64, perBucket);
        constexpr int users = 3000;
        ContestedKeys keys(users * 3, perBucket);
        QVERIFY(keys.buckets() >= 1);
        QVERIFY(keys.buckets() <= ContestedKeys::maxBuckets);
        const qint64 wanted = (users * 3 + perBucket - 1) / perBucket;
        QCOMPARE(keys.buckets(), int(qMin<qint64>(wanted, ContestedKeys::maxBuckets)));

        QSet<KeyDigest> emails, usernames, personal;
        for (int i = 0; i < users; ++i) {
            // Every 97th user takes the e-mail of the user 1,000 before it,
            // windows apart; every 101st the username of user 7.
            const QString e = (i >= 1000 && i % 97 == 0) ? email(i - 1000) : email(i);
            const QString u =
                i % 101 == 0 && i > 0 ? QStringLiteral("login7") : QStringLiteral("login%1").arg(i);
            keys.add(ContestedKeys::Kind::Email, key(e));
            keys.add(ContestedKeys::Kind::Username, key(u));
            if (e != email(i))
                emails.insert(key(e));
            if (u == QStringLiteral("login7") && i > 0)
                usernames.insert(key(u));
            // Each user's personal project; every 50th user's attribute
            // names the personal project of the user 500 after it, and
            // every user names the shared "team-N" projects.
            keys.add(ContestedKeys::Kind::PersonalProject, key(email(i)));
            keys.add(ContestedKeys::Kind::ProjectNamed, key(QStringLiteral("team-%1").arg(i % 9)));
            if (i % 50 == 0 && i + 500 < users) {
                keys.add(ContestedKeys::Kind::ProjectNamed, key(email(i + 500)));
                personal.insert(key(email(i + 500)));
            }
        }
        // An e-mail that is also someone's username is not a collision: the
        // platform keeps them in different columns.
        keys.add(ContestedKeys::Kind::Username, key(email(2999)));

        QString error;
        QVERIFY2(keys.finish(&error), qPrintable(error));
        QVERIFY(!emails.isEmpty());
        QVERIFY(!personal.isEmpty());
        QCOMPARE(keys.emails(), emails);
        QCOMPARE(keys.usernames(), usernames);
        QCOMPARE(keys.personalProjects(), personal);
        QVERIFY(!keys.emails().contains(key(email(2999))));
        QVERIFY(!keys.usernames().contains(key(email(2999))));
    }

    void aTemporaryFolderThatCannotBeWrittenIsReported()
    {
        const codemie::test::UnwritableTempDir unwritable; // until the test returns
        QVERIFY(unwritable.isValid());
        ContestedKeys keys(10);
        keys.add(ContestedKeys::Kind::Email, key(email(1)));
        keys.add(ContestedKeys::Kind::Email, key(email(1)));
        QString error;
        QVERIFY(!keys.finish(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(keys.emails().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstContestedKeys)
#include "tst_contestedkeys.moc"
