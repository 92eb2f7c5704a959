// The member CSV reader of the project import (platform-rules.md §7): file
// limits, encoding, RFC 4180 quoting, header, and every row error with the
// platform's wording.

#include "MemberCsv.h"

#include <QTest>

using namespace codemie;

namespace {
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// A look-up over a fixed directory of users, counting how often it is asked.
struct Directory {
    QHash<QString, MemberCsvUser> users;
    int calls = 0;
    QStringList asked;

    MemberCsv::UserLookup lookup()
    {
        return [this](const QStringList &emails) {
            ++calls;
            asked = emails;
            Result<QHash<QString, MemberCsvUser>> r;
            for (const QString &e : emails)
                if (users.contains(e))
                    r.value.insert(e, users.value(e));
            return r;
        };
    }
};

QByteArray rows(int count)
{
    QByteArray csv = "email,role\n";
    for (int i = 0; i < count; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,user\n";
    return csv;
}
} // namespace

class TstMemberCsv : public QObject {
    Q_OBJECT
private slots:
    void goodFile()
    {
        const auto r = MemberCsv::parse("email,role\r\n  Ada@Example.COM ,project_admin\r\n"
                                        "bob@example.com,user\r\ncarol@example.com,\r\n"
                                        "dan@example.com,PROJECT_ADMIN\r\n");
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 4);
        QCOMPARE(r.value.at(0).email, QStringLiteral("ada@example.com")); // trimmed, lower-cased
        QVERIFY(r.value.at(0).isProjectAdmin);
        QCOMPARE(r.value.at(0).row, 1);
        QCOMPARE(r.value.at(0).line, 2);
        QVERIFY(!r.value.at(1).isProjectAdmin);
        QCOMPARE(r.value.at(2).normalisedRole(), QStringLiteral("user")); // empty role = user
        QVERIFY(r.value.at(3).isProjectAdmin);
        QCOMPARE(MemberCsv::errorCount(r.value), 0);
        for (const MemberCsvRow &row : r.value)
            QVERIFY2(row.isValid(), qPrintable(row.error()));

        // The role column is optional; extra columns and column order do not matter.
        const auto noRole =
            MemberCsv::parse("name,Email,team\nAda,ada@example.com,x\nBob,bob@example.com\n");
        QVERIFY2(noRole.isOk(), qPrintable(noRole.outcome.fullText()));
        QCOMPARE(noRole.value.size(), 2);
        QCOMPARE(noRole.value.at(1).email, QStringLiteral("bob@example.com"));
        QVERIFY(!noRole.value.at(1).isProjectAdmin);

        // Blank lines are skipped; a missing final line break is fine.
        const auto blanks = MemberCsv::parse("email\n\nada@example.com\n\n\nbob@example.com");
        QVERIFY(blanks.isOk());
        QCOMPARE(blanks.value.size(), 2);
        QCOMPARE(blanks.value.at(1).row, 2);
        QCOMPARE(blanks.value.at(1).line, 6);

        // The template offered by the dialog is itself a valid file.
        const auto tmpl = MemberCsv::parse(MemberCsv::templateBytes());
        QVERIFY(tmpl.isOk());
        QCOMPARE(tmpl.value.size(), 1);
        QCOMPARE(MemberCsv::templateBytes(), QByteArray("email,role\nuser@example.com,user\n"));
    }

    void byteOrderMark()
    {
        // The platform keeps the BOM in the first header name and then misses
        // the email column; the console accepts it.
        const auto r = MemberCsv::parse("\xEF\xBB\xBF"
                                        "email,role\nada@example.com,user\n");
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 1);
        QCOMPARE(r.value.first().email, QStringLiteral("ada@example.com"));
        // A BOM alone is an empty file.
        QCOMPARE(MemberCsv::parse("\xEF\xBB\xBF").outcome.message(),
                 QStringLiteral("CSV validation failed"));
    }

    void quotedFields()
    {
        const auto r = MemberCsv::parse("\"email\",\"role\"\n"
                                        "\"ada@example.com\",\"project_admin\"\n"
                                        "\"bob@example.com\",\"us\"\"er\"\n"
                                        "\"x,y@example.com\",user\n"
                                        "\"multi\nline@example.com\",\"\"\n"
                                        "carol@example.com,\"user\"\n");
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 5);
        QVERIFY(r.value.at(0).isValid());
        QVERIFY(r.value.at(0).isProjectAdmin);
        QCOMPARE(r.value.at(1).role, QStringLiteral("us\"er")); // doubled quote = one quote
        QCOMPARE(
            r.value.at(1).error(),
            QStringLiteral("Invalid role 'us\"er'. Allowed values: ['project_admin', 'user']"));
        QCOMPARE(r.value.at(2).email, QStringLiteral("x,y@example.com")); // comma inside quotes
        QCOMPARE(r.value.at(2).error(), QStringLiteral("Invalid email address: 'x,y@example.com'"));
        QCOMPARE(r.value.at(3).email, QStringLiteral("multi\nline@example.com"));
        QVERIFY(!r.value.at(3).isValid());
        QCOMPARE(r.value.at(4).line, 7); // the quoted line break counts
        QVERIFY(r.value.at(4).isValid());
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("details");
        QTest::newRow("unclosed quote")
            << QByteArray("email\nada@example.com\n\"bob@example.com\n")
            << QStringLiteral("Line 3: a quoted field is not closed (missing \")");
        QTest::newRow("text after quote")
            << QByteArray("email\n\"ada\"@example.com\n")
            << QStringLiteral("Line 2: unexpected text after a closing quote");
        QTest::newRow("stray quote")
            << QByteArray("email,role\nada@example.com,us\"er\n")
            << QStringLiteral("Line 2: a double quote inside a field that does not start with one");
        QTest::newRow("nul") << QByteArray("email\nada@exa\0mple.com\n", 23)
                             << QStringLiteral("Line 2: the file contains a NUL character");
    }
    void malformedCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, details);
        const auto r = MemberCsv::parse(csv);
        QVERIFY(!r.isOk());
        QCOMPARE(r.outcome.message(), QStringLiteral("CSV parsing failed"));
        QCOMPARE(r.outcome.details(), details);
        QVERIFY(!r.outcome.help().isEmpty());
        QVERIFY(r.value.isEmpty());
    }

    void badRoleAndEmail()
    {
        const auto r = MemberCsv::parse("email,role\nada@example.com,administrator\n"
                                        "not-an-email,user\n,user\nbob@example.com, Admin \n"
                                        "a b@example.com,user\n");
        QVERIFY(r.isOk());
        QCOMPARE(r.value.at(0).error(), QStringLiteral("Invalid role 'administrator'. Allowed "
                                                       "values: ['project_admin', 'user']"));
        QCOMPARE(r.value.at(1).error(), QStringLiteral("Invalid email address: 'not-an-email'"));
        QCOMPARE(r.value.at(2).error(), QStringLiteral("Invalid email address: ''"));
        // The role is quoted as written (trimmed).
        QCOMPARE(r.value.at(3).error(), QStringLiteral("Invalid role 'Admin'. Allowed values: "
                                                       "['project_admin', 'user']"));
        QCOMPARE(r.value.at(4).error(), QStringLiteral("Invalid email address: 'a b@example.com'"));
        QCOMPARE(MemberCsv::errorCount(r.value), 5);
        QCOMPARE(MemberCsv::errorLines(r.value).first(),
                 QStringLiteral("Row 1: Invalid role 'administrator'. Allowed values: "
                                "['project_admin', 'user']"));
    }

    void duplicatesAndJoinedErrors()
    {
        const auto r = MemberCsv::parse("email,role\nada@example.com,user\nADA@example.com ,x\n"
                                        "bob@example.com,user\nada@example.com,project_admin\n");
        QVERIFY(r.isOk());
        QVERIFY(r.value.at(0).isValid()); // the first occurrence is fine
        // Several errors on one row are joined with "; ", in the platform's order.
        QCOMPARE(r.value.at(1).error(),
                 QStringLiteral("Invalid role 'x'. Allowed values: ['project_admin', 'user']; "
                                "Duplicate email: 'ada@example.com' appears more than once"));
        QVERIFY(r.value.at(2).isValid());
        QCOMPARE(r.value.at(3).error(),
                 QStringLiteral("Duplicate email: 'ada@example.com' appears more than once"));
    }

    void unknownUsersAtValidation()
    {
        auto r = MemberCsv::parse("email,role\nada@example.com,user\nghost@example.com,user\n"
                                  "gone@example.com,project_admin\nbad-email,user\n"
                                  "ada@example.com,user\n");
        QVERIFY(r.isOk());
        Directory dir;
        dir.users.insert(QStringLiteral("ada@example.com"), {QStringLiteral("id-ada"), true});
        dir.users.insert(QStringLiteral("gone@example.com"), {QStringLiteral("id-gone"), false});
        QVERIFY(MemberCsv::resolveUsers(r.value, dir.lookup()));
        QCOMPARE(dir.calls, 1); // one batch look-up
        // Each e-mail asked once; malformed ones are not asked.
        QCOMPARE(dir.asked, QStringList({QStringLiteral("ada@example.com"),
                                         QStringLiteral("ghost@example.com"),
                                         QStringLiteral("gone@example.com")}));
        QCOMPARE(r.value.at(0).userId, QStringLiteral("id-ada"));
        QVERIFY(r.value.at(0).isValid());
        QCOMPARE(r.value.at(1).error(),
                 QStringLiteral("User not found for email: 'ghost@example.com'"));
        QVERIFY(r.value.at(1).userId.isEmpty());
        QCOMPARE(r.value.at(2).error(),
                 QStringLiteral("User 'gone@example.com' is deactivated and cannot be assigned to "
                                "projects"));
        QCOMPARE(r.value.at(3).error(), QStringLiteral("Invalid email address: 'bad-email'"));
        QCOMPARE(r.value.at(4).error(),
                 QStringLiteral("Duplicate email: 'ada@example.com' appears more than once"));

        // A failing look-up is reported, not turned into "not found".
        auto again = MemberCsv::parse("email\nada@example.com\n");
        const Outcome o = MemberCsv::resolveUsers(again.value, [](const QStringList &) {
            Result<QHash<QString, MemberCsvUser>> failed;
            failed.outcome =
                Outcome::failure(Outcome::Kind::DatabaseError, QStringLiteral("connection lost"));
            return failed;
        });
        QCOMPARE(o.message(), QStringLiteral("connection lost"));
    }

    void rowLimit()
    {
        const auto ok = MemberCsv::parse(rows(1000));
        QVERIFY2(ok.isOk(), qPrintable(ok.outcome.fullText()));
        QCOMPARE(ok.value.size(), 1000);
        const auto tooMany = MemberCsv::parse(rows(1001));
        QCOMPARE(tooMany.outcome.message(), QStringLiteral("CSV validation failed"));
        QCOMPARE(tooMany.outcome.details(),
                 QStringLiteral("CSV exceeds the maximum of 1000 rows (got 1001)"));
        QCOMPARE(tooMany.outcome.httpStatus(), 422);
    }

    void sizeLimit()
    {
        // Exactly 5 MB is accepted (as far as size goes); one byte more is not.
        QByteArray big = "email\nada@example.com\n";
        big += QByteArray(MemberCsv::MaxBytes - big.size(), '\n');
        QCOMPARE(qint64(big.size()), MemberCsv::MaxBytes);
        const auto atLimit = MemberCsv::parse(big);
        QVERIFY2(atLimit.isOk(), qPrintable(atLimit.outcome.fullText()));
        big += '\n';
        const auto over = MemberCsv::parse(big);
        QCOMPARE(over.outcome.message(), QStringLiteral("File too large"));
        QCOMPARE(over.outcome.details(), QStringLiteral("CSV file must not exceed 5 MB"));
        QCOMPARE(over.outcome.httpStatus(), 413);
        // One line of 100 MB: refused by the size, not parsed.
        const QByteArray line = "email\n" + QByteArray(100 * 1024 * 1024, 'a');
        const auto longLine = MemberCsv::parse(line);
        QCOMPARE(longLine.outcome.message(), QStringLiteral("File too large"));
        QVERIFY(longLine.value.isEmpty());
    }

    void notUtf8_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("latin-1") << QByteArray("email\nj\xF6rg@example.com\n")
                                 << QStringLiteral("byte 0xF6 at position 7 (line 2)");
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "e\0m\0a\0i\0l\0",
                                              12)
                                << QStringLiteral("byte 0xFF at position 0 (line 1)");
        QTest::newRow("overlong") << QByteArray("email\n\xC0\xAF@example.com\n")
                                  << QStringLiteral("byte 0xC0 at position 6 (line 2)");
        QTest::newRow("surrogate") << QByteArray("email\n\xED\xA0\x80@example.com\n")
                                   << QStringLiteral("byte 0xED at position 6 (line 2)");
        QTest::newRow("truncated") << QByteArray("email\nada@example.com\xE2\x82")
                                   << QStringLiteral("byte 0xE2 at position 21 (line 2)");
        QTest::newRow("after bom") << QByteArray("\xEF\xBB\xBF"
                                                 "email\n\x80\n")
                                   << QStringLiteral("byte 0x80 at position 9 (line 2)");
    }
    void notUtf8()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        const auto r = MemberCsv::parse(csv);
        QCOMPARE(r.outcome.message(), QStringLiteral("CSV decoding failed"));
        QVERIFY2(r.outcome.details().startsWith(QStringLiteral("File must be UTF-8 encoded")),
                 qPrintable(r.outcome.details()));
        QVERIFY2(r.outcome.details().contains(where), qPrintable(r.outcome.details()));
    }

    void headerProblems()
    {
        auto r = MemberCsv::parse("mail,role\nada@example.com,user\n");
        QCOMPARE(r.outcome.message(), QStringLiteral("CSV validation failed"));
        QCOMPARE(r.outcome.details(), QStringLiteral("CSV must contain an 'email' column"));
        r = MemberCsv::parse("email,role\n");
        QCOMPARE(r.outcome.details(),
                 QStringLiteral("CSV file must contain at least one data row"));
        r = MemberCsv::parse("email,role\n\n\n");
        QCOMPARE(r.outcome.details(),
                 QStringLiteral("CSV file must contain at least one data row"));
        r = MemberCsv::parse({});
        QCOMPARE(r.outcome.message(), QStringLiteral("CSV validation failed"));
        QVERIFY(r.outcome.details().contains(QStringLiteral("empty")));
        r = MemberCsv::parse("\n\r\n");
        QVERIFY(r.outcome.details().contains(QStringLiteral("empty")));
    }

    void oddUnicode()
    {
        // Non-ASCII addresses, a no-break space around a value (trimmed), a
        // zero-width space inside (kept: it is a different address), emoji,
        // combining characters and a right-to-left name; old Mac line ends.
        const QString csv = QStringLiteral("email,role\r"
                                           "J\u00D6RG@B\u00FCcher.example,user\r"
                                           "\u00A0ada@example.com\u00A0,project_admin\r"
                                           "zw\u200Bsp@example.com,user\r"
                                           "\U0001F680rocket@example.com,user\r"
                                           "e\u0301t\u00E9@example.com,user\r"
                                           "\u05D0\u05D1@example.com,user\r");
        const auto r = MemberCsv::parse(utf8(csv));
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        QCOMPARE(r.value.size(), 6);
        QCOMPARE(r.value.at(0).email, QStringLiteral("j\u00F6rg@b\u00FCcher.example"));
        QVERIFY(r.value.at(0).isValid());
        QCOMPARE(r.value.at(1).email, QStringLiteral("ada@example.com"));
        QVERIFY(r.value.at(1).isProjectAdmin);
        QCOMPARE(r.value.at(2).email, QStringLiteral("zw\u200Bsp@example.com"));
        QCOMPARE(r.value.at(3).email, QStringLiteral("\U0001F680rocket@example.com"));
        QCOMPARE(r.value.at(5).line, 7);
        for (const MemberCsvRow &row : r.value)
            QVERIFY2(row.isValid(), qPrintable(row.error()));
        // The error quotes the address as read, multi-byte characters intact.
        const auto bad = MemberCsv::parse(
            utf8(QStringLiteral("email,role\n\u00E9l\u00E8ve@x.example,\u00E9l\u00E8ve\n")));
        QCOMPARE(bad.value.first().error(),
                 QStringLiteral("Invalid role '\u00E9l\u00E8ve'. Allowed values: ['project_admin', "
                                "'user']"));
    }
};

QTEST_GUILESS_MAIN(TstMemberCsv)
#include "tst_membercsv.moc"
