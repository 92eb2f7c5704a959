// The activity log against real databases (PostgreSQL 2.42 and 2.19,
// SQLite 2.42): keyset paging over ties (every row exactly once, in order),
// the filters, the capped count, the filter options, the streamed CSV export
// and who may read it.

#include "ActivityRepository.h"
#include "ActivityText.h"
#include "CostCenterRepository.h"
#include "PlatformSession.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
struct Ev {
    QString id;
    QString createdAt; // as stored: text the engine accepts
    QString domain = QStringLiteral("user_management");
    QString type = QStringLiteral("user.updated");
    QString entityType = QStringLiteral("user");
    QString entityId;
    QString actorId;
    QString attributes; // JSON text or empty (NULL)
};

QVariant textOrNull(const QString &v)
{
    return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
}

bool insertEvents(TestDatabase &db, const QList<Ev> &events)
{
    const QString json = db.admin().jsonParameter();
    const QString ts =
        db.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    for (int first = 0; first < events.size(); first += 200) {
        QStringList rows;
        QVariantList params;
        for (int i = first; i < qMin(int(events.size()), first + 200); ++i) {
            const Ev &e = events.at(i);
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, %1, %2)").arg(json, ts);
            params << e.id << e.domain << e.type << textOrNull(e.entityType)
                   << textOrNull(e.entityId) << textOrNull(e.actorId) << textOrNull(e.attributes)
                   << e.createdAt;
        }
        const Outcome o = db.admin().exec(
            QStringLiteral("INSERT INTO activity_events (id, domain, event_type, entity_type, "
                           "entity_id, actor_id, attributes, created_at) VALUES ") +
                rows.join(QStringLiteral(", ")),
            params);
        if (!o) {
            qWarning("insertEvents: %s", qPrintable(o.fullText()));
            return false;
        }
    }
    return true;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// All ids a filter matches, read page by page.
QStringList pagedIds(ActivityRepository &repo, const ActivityFilter &filter, int pageSize,
                     int *pages = nullptr)
{
    QStringList ids;
    ActivityCursor cursor;
    int n = 0;
    for (;;) {
        const auto page = repo.page(filter, cursor, pageSize);
        if (!page.isOk()) {
            qWarning("page failed: %s", qPrintable(page.outcome.fullText()));
            return {};
        }
        ++n;
        for (const ActivityEvent &e : page.value.rows)
            ids << e.id;
        if (!page.value.more)
            break;
        if (page.value.rows.size() != pageSize) {
            qWarning("a page before the last one is short");
            return {};
        }
        cursor = page.value.next;
        if (n > 100000)
            return {};
    }
    if (pages)
        *pages = n;
    return ids;
}

QStringList rawOrder(TestDatabase &db, bool newestFirst)
{
    // The whole ordered list in one statement, as the engine sorts it.
    const QString key = db.isPostgres()
                            ? QStringLiteral("created_at")
                            : QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', created_at)");
    const QString dir = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q = db.admin().newQuery();
    db.admin().exec(
        q, QStringLiteral("SELECT id FROM activity_events ORDER BY %1 %2, id %2").arg(key, dir));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}
} // namespace

class TstActivityRepository : public QObject {
    Q_OBJECT
private slots:
    // The Details column: values with line breaks and tabs stay on one line,
    // and a cut never splits a character in two (an emoji is a surrogate
    // pair; half of one shows as a replacement box).
    void attributesSummaryIsOneLineAndCutsWholeCharacters()
    {
        const QString multiLine = ActivityText::attributesSummary(
            QStringLiteral("{\"note\": \"first\\r\\nsecond\\tthird\"}"));
        QCOMPARE(multiLine, QStringLiteral("note: first  second third"));
        // "name: " is six characters; the emoji's pair then sits at 7 and 8.
        const QString emoji = QStringLiteral("{\"name\": \"a\U0001F600bc\"}");
        QCOMPARE(ActivityText::attributesSummary(emoji, 9),
                 QStringLiteral("name: a") + QChar(0x2026));
        QCOMPARE(ActivityText::attributesSummary(emoji, 10),
                 QStringLiteral("name: a\U0001F600") + QChar(0x2026));
    }
    void pagingOverTiesReturnsEveryRowOnceInOrder_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void pagingOverTiesReturnsEveryRowOnceInOrder()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("maint@example.com"), true, true);
        // 600 events on only six instants: long runs of equal timestamps,
        // which page boundaries fall inside.
        QStringList instants{
            QStringLiteral("2026-03-01 10:00:00.000"), QStringLiteral("2026-03-01 10:00:00.001"),
            QStringLiteral("2026-03-01 10:00:01.000"), QStringLiteral("2026-03-02 00:00:00.000"),
            QStringLiteral("2026-03-02 00:00:00.500"), QStringLiteral("2026-03-03 23:59:59.999")};
        if (db->isPostgres()) {
            // Microseconds apart: a cursor kept in milliseconds would merge them.
            instants[1] = QStringLiteral("2026-03-01 10:00:00.000001+00");
            instants[4] = QStringLiteral("2026-03-01 10:00:00.000002+00");
        }
        QList<Ev> events;
        for (int i = 0; i < 600; ++i) {
            Ev e;
            e.id = newId();
            e.createdAt = instants.at((i * 7) % instants.size());
            e.entityId = QStringLiteral("u%1").arg(i);
            // Three domains on the same instants: PostgreSQL reads one index
            // branch per domain and merges them.
            e.domain = i % 3 == 0   ? QStringLiteral("project_management")
                       : i % 3 == 1 ? QStringLiteral("budget_management")
                                    : QStringLiteral("user_management");
            events << e;
        }
        if (!db->isPostgres()) {
            // The column default's format ("T", "Z", no fraction) next to the
            // writers' format on the same instant.
            for (int i = 0; i < 25; ++i) {
                Ev e;
                e.id = newId();
                e.createdAt = QStringLiteral("2026-03-01T10:00:01Z");
                events << e;
            }
        }
        QVERIFY(insertEvents(*db, events));
        auto session = db->session(QStringLiteral("maint@example.com"));
        ActivityRepository repo(*session);
        QVERIFY2(repo.available(), qPrintable(repo.unavailableReason()));
        for (const bool newest : {true, false}) {
            const QStringList expected = rawOrder(*db, newest);
            QCOMPARE(expected.size(), events.size());
            for (const int size : {1, 7, 50, 200, 1000}) {
                ActivityFilter filter;
                filter.newestFirst = newest;
                int pages = 0;
                const QStringList got = pagedIds(repo, filter, size, &pages);
                QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), int(got.size()));
                QCOMPARE(got, expected);
                QCOMPARE(pages, qMax(1, int((events.size() + size - 1) / size)));
            }
        }
        // Two of the three domains, both directions.
        for (const bool newest : {true, false}) {
            ActivityFilter two;
            two.domains = {QStringLiteral("user_management"), QStringLiteral("project_management")};
            two.newestFirst = newest;
            QStringList expected;
            for (const QString &id : rawOrder(*db, newest))
                for (const Ev &e : std::as_const(events))
                    if (e.id == id && e.domain != QStringLiteral("budget_management"))
                        expected << id;
            QCOMPARE(expected.size(), int(events.size()) - 200);
            QCOMPARE(pagedIds(repo, two, 11), expected);
        }
        // The order's timestamps: never increasing, newest first.
        const auto first = repo.page({}, {}, 1000);
        QVERIFY(first.isOk());
        for (int i = 1; i < first.value.rows.size(); ++i)
            QVERIFY(first.value.rows.at(i - 1).createdAt >= first.value.rows.at(i).createdAt);
        QCOMPARE(first.value.rows.first().createdAt,
                 QDateTime(QDate(2026, 3, 3), QTime(23, 59, 59, 999), QTimeZone::utc()));
        // A filter on top of the keyset: the same rows as the raw filtered list.
        ActivityFilter some;
        some.from = QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0, 1), QTimeZone::utc());
        some.to = QDateTime(QDate(2026, 3, 2), QTime(0, 0, 0, 500), QTimeZone::utc());
        const QStringList filtered = pagedIds(repo, some, 9);
        QStringList expected;
        QSqlQuery q = db->admin().newQuery();
        QVERIFY(db->admin().exec(
            q,
            db->isPostgres()
                ? QStringLiteral("SELECT id FROM activity_events WHERE created_at >= '2026-03-01 "
                                 "10:00:00.001+00' AND created_at < '2026-03-02 00:00:00.5+00' "
                                 "ORDER BY created_at DESC, id DESC")
                : QStringLiteral("SELECT id FROM activity_events WHERE strftime('%Y-%m-%d "
                                 "%H:%M:%f', created_at) >= '2026-03-01 10:00:00.001' AND "
                                 "strftime('%Y-%m-%d %H:%M:%f', created_at) < '2026-03-02 "
                                 "00:00:00.500' ORDER BY strftime('%Y-%m-%d %H:%M:%f', "
                                 "created_at) DESC, id DESC")));
        while (q.next())
            expected << q.value(0).toString();
        QVERIFY(expected.size() > 100);
        QCOMPARE(filtered, expected);
    }

    void filtersNarrowTheLog_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void filtersNarrowTheLog()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("maint@example.com"), true, true, true,
                                          QStringLiteral("Ada Maintainer"));
        const QString admin = db->addUser(QStringLiteral("Grace.Admin@Example.com"), true, false,
                                          true, QStringLiteral("Grace Admin"));
        auto at = [](int day, int hour) {
            return QStringLiteral("2026-04-%1 %2:00:00.000")
                .arg(day, 2, 10, QLatin1Char('0'))
                .arg(hour, 2, 10, QLatin1Char('0'));
        };
        QList<Ev> events;
        auto add = [&](const QString &domain, const QString &type, const QString &entityType,
                       const QString &entityId, const QString &actor, const QString &when) {
            Ev e;
            e.id = newId();
            e.domain = domain;
            e.type = type;
            e.entityType = entityType;
            e.entityId = entityId;
            e.actorId = actor;
            e.createdAt = when;
            events << e;
        };
        const QString um = QStringLiteral("user_management");
        const QString pm = QStringLiteral("project_management");
        const QString bm = QStringLiteral("budget_management");
        add(um, QStringLiteral("user.created"), QStringLiteral("user"), admin, {}, at(1, 9));
        add(um, QStringLiteral("user.updated"), QStringLiteral("user"), admin, maint, at(2, 9));
        add(um, QStringLiteral("user.project.assigned"), QStringLiteral("user"), admin, maint,
            at(3, 9));
        add(pm, QStringLiteral("project.created"), QStringLiteral("project"),
            QStringLiteral("alpha-app"), admin, at(4, 9));
        add(pm, QStringLiteral("project.updated"), QStringLiteral("project"),
            QStringLiteral("alpha-app"), admin, at(5, 9));
        add(pm, QStringLiteral("project.deleted"), QStringLiteral("project"),
            QStringLiteral("beta-app"), maint, at(6, 9));
        add(bm, QStringLiteral("budget.created"), QStringLiteral("budget"), QStringLiteral("b-1"),
            maint, at(7, 9));
        add(bm, QStringLiteral("budget.deleted"), QStringLiteral("budget"), QStringLiteral("b-1"),
            {}, at(8, 9));
        events[7].attributes = QStringLiteral("{\"reason\": \"absent_from_provider\"}");
        QVERIFY(insertEvents(*db, events));
        auto session = db->session(QStringLiteral("maint@example.com"));
        ActivityRepository repo(*session);
        auto types = [&](const ActivityFilter &f) {
            QStringList out;
            const auto page = repo.page(f, {}, 100);
            if (!page.isOk())
                return QStringList{page.outcome.fullText()};
            for (const ActivityEvent &e : page.value.rows)
                out << e.eventType;
            return out;
        };
        ActivityFilter f;
        QCOMPARE(types(f).size(), 8);
        QCOMPARE(types(f).first(), QStringLiteral("budget.deleted")); // newest first
        f.newestFirst = false;
        QCOMPARE(types(f).first(), QStringLiteral("user.created"));
        f = {};
        f.domains = {pm, bm};
        QCOMPARE(types(f), (strings({"budget.deleted", "budget.created", "project.deleted",
                                     "project.updated", "project.created"})));
        f.eventTypes = {QStringLiteral("project.updated"), QStringLiteral("budget.created")};
        QCOMPARE(types(f), (strings({"budget.created", "project.updated"})));
        f = {};
        f.entityTypes = {QStringLiteral("project")};
        f.entityId = QStringLiteral("alpha-app");
        QCOMPARE(types(f), (strings({"project.updated", "project.created"})));
        // The actor by id, by e-mail in any case, or "system".
        f = {};
        f.actor = maint;
        QCOMPARE(types(f), (strings({"budget.created", "project.deleted", "user.project.assigned",
                                     "user.updated"})));
        f.actor = QStringLiteral("grace.admin@EXAMPLE.com");
        QCOMPARE(types(f), (strings({"project.updated", "project.created"})));
        f.actor = QStringLiteral("System");
        QCOMPARE(types(f), (strings({"budget.deleted", "user.created"})));
        f.actor = QStringLiteral("nobody@example.com");
        QCOMPARE(types(f), QStringList());
        // From inclusive, to exclusive.
        f = {};
        f.from = QDateTime(QDate(2026, 4, 3), QTime(9, 0), QTimeZone::utc());
        f.to = QDateTime(QDate(2026, 4, 6), QTime(9, 0), QTimeZone::utc());
        QCOMPARE(types(f),
                 (strings({"project.updated", "project.created", "user.project.assigned"})));
        // Actor columns: name and e-mail, nothing for "system".
        f = {};
        f.entityId = admin;
        const auto page = repo.page(f, {}, 10);
        QVERIFY(page.isOk());
        QCOMPARE(page.value.rows.size(), 3);
        QCOMPARE(page.value.rows.at(0).actorName, QStringLiteral("Ada Maintainer"));
        QCOMPARE(page.value.rows.at(0).actorEmail, QStringLiteral("maint@example.com"));
        QVERIFY(page.value.rows.at(2).actorId.isEmpty());
        QVERIFY(page.value.rows.at(2).actorEmail.isEmpty());
        // Capped count.
        QCOMPARE(repo.countUpTo({}, 100).value, 8);
        QCOMPARE(repo.countUpTo({}, 5).value, 6); // "more than 5"
        f = {};
        f.domains = {bm};
        QCOMPARE(repo.countUpTo(f, 100).value, 2);
        // Filter options: the documented values and what the log holds,
        // event types per domain.
        const auto options = repo.filterOptions();
        QVERIFY(options.isOk());
        QCOMPARE(options.value.domains, (QStringList{bm, pm, um}));
        QVERIFY(options.value.entityTypes.contains(QStringLiteral("project_budget_group")));
        QCOMPARE(options.value.eventTypesByDomain.value(bm),
                 (strings({"budget.created", "budget.deleted"})));
        QCOMPARE(options.value.entityTypesByEventType.value(QStringLiteral("project.created")),
                 QStringList{QStringLiteral("project")});
        // Attributes come back as the JSON stored.
        const auto budget = repo.page(
            [&] {
                ActivityFilter b;
                b.eventTypes = {QStringLiteral("budget.deleted")};
                return b;
            }(),
            {}, 5);
        QVERIFY(budget.isOk());
        QVERIFY(budget.value.rows.first().attributesJson.contains(
            QStringLiteral("absent_from_provider")));
    }

    void csvExportStreamsTheFilteredRows_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void csvExportStreamsTheFilteredRows()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("maint@example.com"), true, true, true,
                                          QStringLiteral("Lovelace, Ada \"the first\""));
        QList<Ev> events;
        // More rows than one export page, many on the same instant.
        const int bulk = ActivityRepository::ExportPageSize * 2 + 17;
        for (int i = 0; i < bulk; ++i) {
            Ev e;
            e.id = newId();
            e.createdAt = QStringLiteral("2026-05-01 12:00:0%1.000").arg(i % 3);
            e.entityId = QStringLiteral("bulk-%1").arg(i);
            events << e;
        }
        Ev special;
        special.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        special.createdAt = QStringLiteral("2026-06-01 08:30:00.250");
        special.domain = QStringLiteral("project_management");
        special.type = QStringLiteral("project.updated");
        special.entityType = QStringLiteral("project");
        special.entityId = QStringLiteral("alpha,app");
        special.actorId = maint;
        special.attributes = QStringLiteral("{\"description\": \"two\\nlines, \\\"quoted\\\"\"}");
        events << special;
        QVERIFY(insertEvents(*db, events));
        auto session = db->session(QStringLiteral("maint@example.com"));
        ActivityRepository repo(*session);

        ActivityFilter one;
        one.domains = {QStringLiteral("project_management")};
        QBuffer small;
        small.open(QIODevice::WriteOnly);
        const auto r1 = repo.exportCsv(one, small);
        QVERIFY2(r1.isOk(), qPrintable(r1.outcome.fullText()));
        QCOMPARE(r1.value, qint64(1));
        const QByteArray attributes("{\"\"description\"\": \"\"two\\nlines, "
                                    "\\\"\"quoted\\\"\"\"\"}");
        QCOMPARE(small.data(),
                 QByteArray("created_at,domain,event_type,entity_type,entity_id,actor_id,"
                            "actor_name,actor_email,attributes\r\n"
                            "2026-06-01T08:30:00.250Z,project_management,project.updated,project,"
                            "\"alpha,app\",") +
                     maint.toLatin1() +
                     QByteArray(",\"Lovelace, Ada \"\"the first\"\"\",maint@example.com,\"") +
                     attributes + QByteArray("\"\r\n"));

        // The whole log: every row once, across pages.
        QBuffer all;
        all.open(QIODevice::WriteOnly);
        qint64 lastProgress = 0;
        int progressCalls = 0;
        const auto r2 = repo.exportCsv({}, all, nullptr, [&](qint64 n) {
            QVERIFY(n > lastProgress);
            lastProgress = n;
            ++progressCalls;
        });
        QVERIFY(r2.isOk());
        QCOMPARE(r2.value, qint64(bulk + 1));
        QCOMPARE(progressCalls, 3); // one per page of ExportPageSize
        const QList<QByteArray> lines = all.data().split('\n');
        QCOMPARE(lines.size(), bulk + 3); // header, rows, the empty rest after the last CRLF
        QSet<QByteArray> entityIds;
        for (const QByteArray &line : lines)
            if (line.contains("bulk-"))
                entityIds.insert(line.split(',').at(4));
        QCOMPARE(entityIds.size(), bulk);

        // Cancelled: stops and says how many were written.
        std::atomic_bool cancel{true};
        QBuffer none;
        none.open(QIODevice::WriteOnly);
        const auto r3 = repo.exportCsv({}, none, &cancel);
        QVERIFY(!r3.isOk());
        QCOMPARE(r3.outcome.message(), QStringLiteral("Export cancelled."));
        QVERIFY(none.data().isEmpty());
        // Cancelled half-way (at the first progress report): no row after it.
        std::atomic_bool later{false};
        QBuffer part;
        part.open(QIODevice::WriteOnly);
        const auto r5 = repo.exportCsv({}, part, &later, [&](qint64) { later = true; });
        QVERIFY(!r5.isOk());
        QCOMPARE(r5.outcome.message(), QStringLiteral("Export cancelled."));
        QCOMPARE(r5.value, qint64(ActivityRepository::ExportPageSize));
        QCOMPARE(r5.outcome.details(), QStringLiteral("%1 event(s) were written before it stopped.")
                                           .arg(ActivityRepository::ExportPageSize));
        // The same connection reads on afterwards.
        QVERIFY(repo.page({}, {}, 5).isOk());

        // A device that cannot be written: a message that says what to do.
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        const auto r4 = repo.exportCsv(one, readOnly);
        QVERIFY(!r4.isOk());
        QVERIFY(
            r4.outcome.message().startsWith(QStringLiteral("The CSV file could not be written")));
    }

    // The file a user gets, byte for byte: ties in id order, quotes, commas,
    // line breaks, tabs, backslashes, leading and trailing spaces, odd
    // Unicode, NULLs, the filter and the sort applied.
    void csvExportIsTheFileAUserGets_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void csvExportIsTheFileAUserGets()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("maint@example.com"), true, true, true,
                                          QStringLiteral("Maint"));
        const QString ada = db->addUser(QStringLiteral("ada@example.com"), false, false, true,
                                        QString::fromUtf8(" Ada, \"the\"\nfirst "));
        const QString tie = QStringLiteral("2026-03-01 10:00:00.500");
        Ev a1;
        a1.id = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
        a1.createdAt = tie;
        a1.entityId = QStringLiteral("u,1");
        a1.actorId = maint;
        a1.attributes = QString::fromUtf8("{\"note\": \"comma, \\\"q\\\"\\nnl\"}");
        Ev a2;
        a2.id = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
        a2.createdAt = tie;
        a2.entityId = QString::fromUtf8("tab\there");
        // A woman technologist (ZWJ sequence), e + combining acute, Hebrew,
        // a line separator and a byte-order mark.
        a2.attributes = QString::fromUtf8("{\"text\": \"\U0001F469\u200D\U0001F4BB e\u0301 "
                                          "\u05E9\u05DC\u05D5\u05DD \u2028\uFEFFx\"}");
        Ev a3;
        a3.id = QStringLiteral("00000000-0000-4000-8000-0000000000a3");
        a3.createdAt = tie;
        a3.entityId = QStringLiteral(" spaced ");
        a3.actorId = ada;
        Ev a4;
        a4.id = QStringLiteral("00000000-0000-4000-8000-0000000000a4");
        a4.createdAt = QStringLiteral("2026-02-28 23:59:59.999");
        a4.domain = QStringLiteral("project_management");
        a4.type = QStringLiteral("project.updated");
        a4.entityType = QStringLiteral("project");
        a4.entityId = QString::fromUtf8("back\\slash\r\nCRLF");
        a4.actorId = maint;
        a4.attributes = QStringLiteral("{\"k\": \"v\"}");
        QVERIFY(insertEvents(*db, {a4, a2, a1, a3}));
        auto session = db->session(QStringLiteral("maint@example.com"));
        ActivityRepository repo(*session);
        const auto exportOf = [&](const ActivityFilter &filter) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            const auto r = repo.exportCsv(filter, out);
            if (!r.isOk())
                qWarning("export failed: %s", qPrintable(r.outcome.fullText()));
            return out.data();
        };
        const QByteArray header("created_at,domain,event_type,entity_type,entity_id,actor_id,"
                                "actor_name,actor_email,attributes\r\n");
        const QByteArray l3 = "2026-03-01T10:00:00.500Z,user_management,user.updated,user,"
                              "\" spaced \"," +
                              ada.toLatin1() +
                              ",\" Ada, \"\"the\"\"\nfirst \",ada@example.com,\r\n";
        const QByteArray l2 = "2026-03-01T10:00:00.500Z,user_management,user.updated,user,"
                              "tab\there,,,,\"{\"\"text\"\": \"\"\U0001F469\u200D\U0001F4BB "
                              "e\u0301 \u05E9\u05DC\u05D5\u05DD \u2028\uFEFFx\"\"}\"\r\n";
        const QByteArray l1 = "2026-03-01T10:00:00.500Z,user_management,user.updated,user,"
                              "\"u,1\"," +
                              maint.toLatin1() +
                              ",Maint,maint@example.com,\"{\"\"note\"\": \"\"comma, "
                              "\\\"\"q\\\"\"\\nnl\"\"}\"\r\n";
        const QByteArray l4 = "2026-02-28T23:59:59.999Z,project_management,project.updated,"
                              "project,\"back\\slash\r\nCRLF\"," +
                              maint.toLatin1() +
                              ",Maint,maint@example.com,\"{\"\"k\"\": \"\"v\"\"}\"\r\n";
        QCOMPARE(exportOf({}), header + l3 + l2 + l1 + l4);
        ActivityFilter oldest;
        oldest.newestFirst = false;
        QCOMPARE(exportOf(oldest), header + l4 + l1 + l2 + l3);
        ActivityFilter byAda;
        byAda.actor = QStringLiteral("ADA@example.com");
        QCOMPARE(exportOf(byAda), header + l3);
        ActivityFilter system;
        system.actor = QStringLiteral("system");
        QCOMPARE(exportOf(system), header + l2);
        ActivityFilter projects;
        projects.entityTypes = {QStringLiteral("project")};
        projects.to = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(exportOf(projects), header + l4);
        ActivityFilter nothing;
        nothing.entityId = QStringLiteral("no such entity");
        QCOMPARE(exportOf(nothing), header);

        // The file is what the page shows, line by line: each row of the
        // keyset pages through csvLine() (on PostgreSQL with times that
        // have microseconds, which the file gives to the millisecond as the
        // page does).
        if (db->isPostgres()) {
            Ev micro;
            micro.id = newId();
            micro.createdAt = QStringLiteral("2026-01-01 00:00:00.999600+00");
            Ev micro2;
            micro2.id = newId();
            micro2.createdAt = QStringLiteral("2025-12-31 23:59:59.000400+00");
            Ev half;
            half.id = newId();
            half.createdAt = QStringLiteral("2025-12-31 23:59:58.000500+00");
            QVERIFY(insertEvents(*db, {micro, micro2, half}));
        }
        QByteArray paged = header;
        const auto rows = repo.page({}, {}, 100);
        QVERIFY(rows.isOk());
        for (const ActivityEvent &e : rows.value.rows)
            paged += ActivityRepository::csvLine(e);
        QCOMPARE(exportOf({}).split('\n'), paged.split('\n'));
    }

    void maintainersOnlyAndHiddenBefore240_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void maintainersOnlyAndHiddenBefore240()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("admin@example.com"), true, false);
        if (v242)
            db->addUser(QStringLiteral("maint@example.com"), true, true);
        auto adminSession = db->session(QStringLiteral("admin@example.com"));
        ActivityRepository asAdmin(*adminSession);
        if (!v242) {
            QCOMPARE(asAdmin.unavailableReason(),
                     QStringLiteral("Activity events arrive with platform 2.40; this database's "
                                    "schema has no activity_events table."));
            QVERIFY(!asAdmin.page({}, {}, 10).isOk());
            // Cost centers are there on 2.19.
            QVERIFY(CostCenterRepository(*adminSession).available());
            return;
        }
        QCOMPARE(asAdmin.unavailableReason(),
                 QStringLiteral("Access denied. This page is for maintainers only."));
        const auto refused = asAdmin.page({}, {}, 10);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.outcome.httpStatus(), 403);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(!asAdmin.exportCsv({}, out).isOk());
        QVERIFY(out.data().isEmpty()); // not even the header
        auto maintSession = db->session(QStringLiteral("maint@example.com"));
        QVERIFY(ActivityRepository(*maintSession).available());
    }

    // The console's own writes appear in the log it shows.
    void consoleWritesAppear_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void consoleWritesAppear()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("maint@example.com"), true, true, true,
                                          QStringLiteral("Ada"));
        auto session = db->session(QStringLiteral("maint@example.com"));
        const auto cc = CostCenterRepository(*session).create(QStringLiteral("eng-ops"), {});
        QVERIFY2(cc.isOk(), qPrintable(cc.outcome.fullText()));
        ActivityRepository repo(*session);
        ActivityFilter f;
        f.actor = QStringLiteral("MAINT@example.com");
        const auto page = repo.page(f, {}, 10);
        QVERIFY(page.isOk());
        QCOMPARE(page.value.rows.size(), 1);
        const ActivityEvent &e = page.value.rows.first();
        QCOMPARE(e.eventType, QStringLiteral("cost_center.created"));
        QCOMPARE(e.entityType, QStringLiteral("cost_center"));
        QCOMPARE(e.entityId, cc.value.id);
        QCOMPARE(e.actorId, maint);
        QCOMPARE(e.actorName, QStringLiteral("Ada"));
        QVERIFY(qAbs(e.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
};

QTEST_GUILESS_MAIN(TstActivityRepository)
#include "tst_activityrepository.moc"
