// Bulk inserts keep every value exactly, whatever it contains. On PostgreSQL
// the rows travel by COPY (text format, escaped by us) or as one JSON
// document, on SQLite as bound VALUES; for each, quoting, control characters,
// non-BMP characters, NULLs, booleans, numbers and JSON columns are checked
// by reading the rows back.
#include "BatchInsert.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace codemie;
using namespace codemie::test;

Q_DECLARE_METATYPE(codemie::BatchInsert::Method)

namespace {
// engine × method: COPY and JSON on PostgreSQL, VALUES on both.
void addMethodRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<BatchInsert::Method>("method");
    QTest::addColumn<QString>("expected");
    const QString pg = QStringLiteral("pg-2.42.0");
    const QString sqlite = QStringLiteral("sqlite-2.42.0");
    QTest::newRow("pg-copy") << pg << BatchInsert::Method::Best << QStringLiteral("copy");
    QTest::newRow("pg-json") << pg << BatchInsert::Method::Json << QStringLiteral("json");
    QTest::newRow("pg-values") << pg << BatchInsert::Method::Values << QStringLiteral("values");
    QTest::newRow("sqlite") << sqlite << BatchInsert::Method::Best << QStringLiteral("values");
}

// applications rows: id, name, date, update_date, git_repos (JSON), project_type.
BatchInsert projectRows(const PlatformDatabase &pg, BatchInsert::Method method)
{
    return BatchInsert(pg, QStringLiteral("applications"),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("date"),
                        QStringLiteral("update_date"), QStringLiteral("git_repos"),
                        QStringLiteral("project_type")},
                       {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                        QStringLiteral("?"), pg.jsonParameter(), QStringLiteral("?")},
                       method);
}
} // namespace

class TstBatchInsert : public QObject {
    Q_OBJECT

private slots:
    void valuesSurviveTheTrip_data() { addMethodRows(); }
    void valuesSurviveTheTrip()
    {
        QFETCH(QString, engine);
        QFETCH(BatchInsert::Method, method);
        QFETCH(QString, expected);
        CODEMIE_TEST_DB(db, engine);
        PlatformDatabase &pg = db->admin();
        const QStringList awkward{
            QStringLiteral("plain"),
            QStringLiteral("quote \" and backslash \\ and \\\" together"),
            QStringLiteral("tab\tnewline\ncarriage\rbell\x07 unit\x1f"),
            QStringLiteral("straße – Ünïcødé 名前 😀 \U0001F680"),
            QStringLiteral("'single' ''quotes'' ; DROP TABLE users; --"),
            QStringLiteral("{\"looks\": [\"like json\"]}"),
            QString(5000, QLatin1Char('x')),
        };
        const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
        {
            WriteTransaction tx(pg);
            QVERIFY(tx.beginOutcome());
            BatchInsert users(pg, QStringLiteral("users"),
                              {QStringLiteral("id"), QStringLiteral("date"),
                               QStringLiteral("update_date"), QStringLiteral("username"),
                               QStringLiteral("email"), QStringLiteral("name"),
                               QStringLiteral("user_type"), QStringLiteral("is_active"),
                               QStringLiteral("is_admin"), QStringLiteral("auth_source"),
                               QStringLiteral("email_verified"), QStringLiteral("project_limit"),
                               QStringLiteral("is_maintainer")},
                              {}, method);
            QCOMPARE(users.methodName(), expected);
            BatchInsert events(pg, QStringLiteral("activity_events"),
                               {QStringLiteral("id"), QStringLiteral("domain"),
                                QStringLiteral("event_type"), QStringLiteral("entity_type"),
                                QStringLiteral("entity_id"), QStringLiteral("actor_id"),
                                QStringLiteral("attributes"), QStringLiteral("created_at")},
                               {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                                QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"),
                                pg.jsonParameter(), QStringLiteral("?")},
                               method);
            QCOMPARE(events.methodName(), expected);
            for (int i = 0; i < awkward.size(); ++i) {
                const QString id = QStringLiteral("user-%1").arg(i);
                QVERIFY(users.add(
                    {id, now, now, QStringLiteral("name-%1").arg(i),
                     QStringLiteral("u%1@example.com").arg(i),
                     i % 2 ? QVariant(awkward.at(i)) : QVariant(QMetaType::fromType<QString>()),
                     QStringLiteral("regular"), i % 3 == 0, i % 2 == 1, QStringLiteral("keycloak"),
                     true, i == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(2147483647 - i),
                     false}));
                QJsonObject attributes{{QStringLiteral("text"), awkward.at(i)},
                                       {QStringLiteral("flag"), i % 2 == 0},
                                       {QStringLiteral("n"), i}};
                QVERIFY(events.add(
                    {QStringLiteral("event-%1").arg(i), QStringLiteral("user_management"),
                     QStringLiteral("user.created"), QStringLiteral("user"), id,
                     QVariant(QMetaType::fromType<QString>()),
                     QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)),
                     now}));
            }
            QVERIFY(users.flush());
            QVERIFY(events.flush());
            QVERIFY(tx.commit());
        }
        for (int i = 0; i < awkward.size(); ++i) {
            QSqlQuery q = pg.newQuery();
            QVERIFY(pg.exec(q,
                            QStringLiteral("SELECT name, is_active, is_admin, project_limit FROM "
                                           "users WHERE id = ?"),
                            {QStringLiteral("user-%1").arg(i)}));
            QVERIFY(q.next());
            if (i % 2)
                QCOMPARE(q.value(0).toString(), awkward.at(i));
            else
                QVERIFY(q.value(0).isNull());
            QCOMPARE(q.value(1).toBool(), i % 3 == 0);
            QCOMPARE(q.value(2).toBool(), i % 2 == 1);
            if (i == 0)
                QVERIFY(q.value(3).isNull());
            else
                QCOMPARE(q.value(3).toInt(), 2147483647 - i);

            QSqlQuery e = pg.newQuery();
            QVERIFY(pg.exec(e,
                            QStringLiteral("SELECT attributes, actor_id FROM activity_events "
                                           "WHERE id = ?"),
                            {QStringLiteral("event-%1").arg(i)}));
            QVERIFY(e.next());
            const QJsonObject back = QJsonDocument::fromJson(e.value(0).toByteArray()).object();
            QCOMPARE(back.value(QStringLiteral("text")).toString(), awkward.at(i));
            QCOMPARE(back.value(QStringLiteral("flag")).toBool(), i % 2 == 0);
            QCOMPARE(back.value(QStringLiteral("n")).toInt(), i);
            QVERIFY(e.value(1).isNull());
        }
    }

    // More rows than one statement carries, and a failing row: the error
    // names the constraint and nothing of the transaction is kept.
    void manyRowsAndAFailure_data() { addMethodRows(); }
    void manyRowsAndAFailure()
    {
        QFETCH(QString, engine);
        QFETCH(BatchInsert::Method, method);
        QFETCH(QString, expected);
        CODEMIE_TEST_DB(db, engine);
        PlatformDatabase &pg = db->admin();
        const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
        const auto insertProjects = [&](int count, bool duplicateLast) {
            WriteTransaction tx(pg);
            if (!tx.beginOutcome())
                return tx.beginOutcome();
            BatchInsert projects = projectRows(pg, method);
            if (projects.methodName() != expected)
                return Outcome::failure(Outcome::Kind::InvalidInput,
                                        QStringLiteral("method %1").arg(projects.methodName()));
            for (int i = 0; i < count; ++i) {
                const QString name = QStringLiteral("bulk-%1").arg(
                    duplicateLast && i == count - 1 ? 0 : i, 5, 10, QLatin1Char('0'));
                const Outcome o = projects.add(
                    {name, name, now, now, QStringLiteral("[]"), QStringLiteral("shared")});
                if (!o)
                    return o;
            }
            const Outcome o = projects.flush();
            return o ? tx.commit() : o;
        };
        QVERIFY(insertProjects(12000, false));
        QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE name LIKE "
                                          "'bulk-%'"))
                     .value.toInt(),
                 12000);
        // The JSON column holds an empty array, not the text "[]".
        QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE git_repos "
                                          "= '[]'"))
                     .value.toInt(),
                 12000);
        QVERIFY(pg.exec(QStringLiteral("DELETE FROM applications WHERE name LIKE 'bulk-%'")));
        const Outcome failed = insertProjects(7000, true);
        QVERIFY(!failed);
        QVERIFY2(!failed.fullText().isEmpty(), "the failure says what went wrong");
        QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE name LIKE "
                                          "'bulk-%'"))
                     .value.toInt(),
                 0);
    }

    // A table another session holds locked: COPY gives up after the lock
    // timeout with the message the console shows for any locked write, and
    // the connection takes the next statement.
    void lockedTableIsReportedAsBusy_data() { addMethodRows(); }
    void lockedTableIsReportedAsBusy()
    {
        QFETCH(QString, engine);
        QFETCH(BatchInsert::Method, method);
        QFETCH(QString, expected);
        if (!engine.startsWith(QLatin1String("pg")))
            QSKIP("SQLite's locking is covered by the repository tests");
        CODEMIE_TEST_DB(db, engine);
        PlatformDatabase &pg = db->admin();
        const std::unique_ptr<PlatformDatabase> other = pg.sibling();
        QVERIFY(other->open());
        WriteTransaction holder(*other);
        QVERIFY(holder.beginOutcome());
        QVERIFY(other->exec(QStringLiteral("LOCK TABLE applications IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(pg.exec(QStringLiteral("SET lock_timeout = '300ms'")));
        const QVariant now = PlatformDatabase::utcValue(PlatformDatabase::nowUtc());
        {
            WriteTransaction tx(pg);
            QVERIFY(tx.beginOutcome());
            BatchInsert projects = projectRows(pg, method);
            QCOMPARE(projects.methodName(), expected);
            QVERIFY(projects.add({QStringLiteral("locked-out"), QStringLiteral("locked-out"), now,
                                  now, QStringLiteral("[]"), QStringLiteral("shared")}));
            const Outcome o = projects.flush();
            QVERIFY(!o);
            QCOMPARE(o.kind(), Outcome::Kind::Busy);
            QVERIFY2(o.fullText().contains(QStringLiteral("lock")), qPrintable(o.fullText()));
        }
        holder.rollback();
        QCOMPARE(pg.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE name = "
                                          "'locked-out'"))
                     .value.toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TstBatchInsert)
#include "tst_batchinsert.moc"
