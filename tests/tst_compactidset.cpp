// The Keycloak read remembers every id it handed on, to drop the duplicates
// that shifted pages bring (issue 16: a million users in bounded memory).
// Past its memory limit the set moves to a hash table in a temporary file;
// these tests pin that it answers exactly as a set in memory does before,
// while and after it moves and grows, and that a temporary folder that
// cannot be written is reported instead of being taken for "seen before".

#include "KeyDigest.h"
#include "UnwritableTempDir.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace codemie;

namespace {
// Keycloak's own ids (canonical UUIDs), ids imported from elsewhere (any
// text), and the nil UUID, whose bits are the file's empty slot.
QString idAt(int i)
{
    if (i % 13 == 0)
        return QStringLiteral("ldap-user-%1").arg(i);
    if (i == 7)
        return QStringLiteral("00000000-0000-0000-0000-000000000000");
    return QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
}
} // namespace

class TstCompactIdSet : public QObject {
    Q_OBJECT
private slots:
    void answersAsASetInMemory_data()
    {
        QTest::addColumn<int>("memoryLimit");
        QTest::newRow("in memory") << 1000000;
        QTest::newRow("to disk after 10") << 10;
        QTest::newRow("to disk after 3000") << 3000;
    }
    void answersAsASetInMemory()
    {
        QFETCH(int, memoryLimit);
        constexpr int ids = 6000; // the file starts at 1,024 slots: it grows 3 times
        CompactIdSet set(memoryLimit);
        QSet<QString> reference;
        // Each id once, then every third id again (a shifted page), with the
        // same text in upper case, which is another id.
        for (int i = 0; i < ids; ++i) {
            const QString id = idAt(i);
            QCOMPARE(set.insert(id), !reference.contains(id));
            reference.insert(id);
            if (i % 3 == 0) {
                const QString again = idAt(i / 2);
                QCOMPARE(set.insert(again), !reference.contains(again));
                reference.insert(again);
            }
        }
        const QString upper = idAt(1).toUpper();
        QVERIFY(!reference.contains(upper));
        QVERIFY(set.insert(upper));
        reference.insert(upper);

        QVERIFY2(set.error().isEmpty(), qPrintable(set.error()));
        QCOMPARE(set.isOnDisk(), memoryLimit < ids);
        QCOMPARE(set.size(), reference.size());
        for (int i = 0; i < ids; ++i)
            QVERIFY(set.contains(idAt(i)));
        QVERIFY(set.contains(upper));
        QVERIFY(!set.contains(idAt(ids + 1)));
        QVERIFY(!set.contains(QStringLiteral("ldap-user-%1").arg(ids + 13)));
        QVERIFY(!set.insert(idAt(7)));

        set.clear();
        QCOMPARE(set.size(), 0);
        QVERIFY(!set.isOnDisk());
        QVERIFY(set.insert(idAt(1)));
    }

    void aTemporaryFolderThatCannotBeWrittenIsReported()
    {
        const codemie::test::UnwritableTempDir unwritable; // until the test returns
        QVERIFY(unwritable.isValid());
        CompactIdSet set(4);
        bool allNew = true;
        for (int i = 0; i < 8; ++i)
            allNew = set.insert(idAt(i + 1)) && allNew;
        QVERIFY(!allNew);
        QVERIFY(!set.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCompactIdSet)
#include "tst_compactidset.moc"
