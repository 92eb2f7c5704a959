// The Activity events page driven through its real widgets on the offscreen
// platform against real databases (PostgreSQL 2.42 and 2.19, SQLite 2.42):
// pages read as the table scrolls, filters, the details dialog, the CSV
// export, the one-line reason when the log is not for this user or schema,
// and "Show activity" from the main window.

#include "ActivityPage.h"
#include "ActivityTableModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PlatformSession.h"
#include "ProjectTableModel.h"
#include "ProjectsPage.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
// `count` events: every third on the same instant, domains and types in
// turn, the actor `actor` on the even ones and "system" on the odd ones.
bool seed(TestDatabase &db, int count, const QString &actor, const QString &aboutUser)
{
    const QString json = db.admin().jsonParameter();
    const QString ts =
        db.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    for (int first = 0; first < count; first += 150) {
        QStringList rows;
        QVariantList params;
        for (int i = first; i < qMin(count, first + 150); ++i) {
            const bool project = i % 3 == 0;
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, %1, %2)").arg(json, ts);
            params << QUuid::createUuid().toString(QUuid::WithoutBraces)
                   << (project ? QStringLiteral("project_management")
                               : QStringLiteral("user_management"))
                   << (project ? QStringLiteral("project.updated")
                               : QStringLiteral("user.project.assigned"))
                   << (project ? QStringLiteral("project") : QStringLiteral("user"))
                   << (project ? QStringLiteral("project-%1").arg(i % 7) : aboutUser)
                   << (i % 2 ? QVariant(QMetaType::fromType<QString>()) : QVariant(actor))
                   << (project ? QStringLiteral("{\"description\": \"Row %1\"}").arg(i)
                               : QStringLiteral("{\"project_name\": \"project-%1\", "
                                                "\"is_project_admin\": true}")
                                     .arg(i % 7))
                   << QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::utc())
                          .addSecs(i / 3)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        }
        if (!db.admin().exec(QStringLiteral("INSERT INTO activity_events (id, domain, event_type, "
                                            "entity_type, entity_id, actor_id, attributes, "
                                            "created_at) VALUES ") +
                                 rows.join(QStringLiteral(", ")),
                             params))
            return false;
    }
    return true;
}

QStringList columnValues(ActivityTableModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->data(model->index(row, column)).toString();
    return values;
}

// Triggers the action called `text` of the next context menu shown.
void whenMenu(const QString &text, bool *found)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, text, found] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu || clock->elapsed() > codemie::test::conditionWaitMs) {
            timer->stop();
            timer->deleteLater();
        }
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->text() == text) {
                *found = true;
                menu->close();
                a->trigger();
                return;
            }
        menu->close();
    });
    timer->start();
}

bool settled(ActivityPage &page)
{
    return QTest::qWaitFor([&] { return !page.model()->isLoading(); },
                           codemie::test::conditionWaitMs);
}
} // namespace

class TstActivityPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_activitypage"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QSettings().clear();
        // CODEMIE_SCREENSHOT_APPEARANCE=dark: the screenshots in the dark palette.
        if (qEnvironmentVariable("CODEMIE_SCREENSHOT_APPEARANCE") == QStringLiteral("dark"))
            Theme::apply(Theme::Appearance::Dark);
    }

    // Memory stays flat: only MaxCachedPages pages are held however far the
    // view scrolls; a page scrolled back to is read again by keyset and
    // shows the same rows as before.
    void windowOfPagesScrollsFarAndBack_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void windowOfPagesScrollsFarAndBack()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("ada.lovelace@codemie.example"), true,
                                          true, true, QStringLiteral("Ada Lovelace"));
        const QString grace = db->addUser(QStringLiteral("grace@codemie.example"));
        const int total = ActivityTableModel::PageSize * (ActivityTableModel::MaxCachedPages + 5);
        QVERIFY(seed(*db, total, maint, grace));
        auto session = db->session(QStringLiteral("ada.lovelace@codemie.example"));
        ActivityTableModel model;
        QSignalSpy loaded(&model, &ActivityTableModel::loaded);
        model.setSession(session.get());
        QVERIFY(loaded.wait(codemie::test::conditionWaitMs) || loaded.size() > 0);
        QStringList seen; // every id in the order first shown
        auto take = [&](int from) {
            for (int row = from; row < model.rowCount(); ++row)
                seen << model.eventAt(row).id;
        };
        take(0);
        while (model.hasMore()) {
            const int before = model.rowCount();
            QSignalSpy more(&model, &ActivityTableModel::moreLoaded);
            model.fetchMore({});
            QVERIFY(more.wait(codemie::test::conditionWaitMs) || more.size() > 0);
            QVERIFY(model.rowCount() > before);
            take(before);
        }
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(int(QSet<QString>(seen.begin(), seen.end()).size()), total);
        // Bounded: the first pages are gone, the last ones held.
        QCOMPARE(model.cachedPageCount(), ActivityTableModel::MaxCachedPages);
        QVERIFY(!model.isRowLoaded(0));
        QVERIFY(model.isRowLoaded(total - 1));
        QCOMPARE(model.eventAt(0).id, QString());
        // Back to the top: "Loading…", then the same rows as before.
        QCOMPARE(model.data(model.index(0, ActivityTableModel::When)).toString(),
                 QStringLiteral("Loading…"));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), codemie::test::conditionWaitMs);
        for (int row = 0; row < ActivityTableModel::PageSize; ++row)
            QCOMPARE(model.eventAt(row).id, seen.at(row));
        // A page in the middle, and the window still bounded.
        const int middle = ActivityTableModel::PageSize * 3 + 7;
        model.data(model.index(middle, ActivityTableModel::When));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(middle), codemie::test::conditionWaitMs);
        const int pageStart = middle - middle % ActivityTableModel::PageSize;
        for (int row = pageStart; row < pageStart + ActivityTableModel::PageSize; ++row)
            QCOMPARE(model.eventAt(row).id, seen.at(row));
        QCOMPARE(model.cachedPageCount(), ActivityTableModel::MaxCachedPages);
    }

    void browseFilterDetailsExport_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void browseFilterDetailsExport()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("ada.lovelace@codemie.example"), true,
                                          true, true, QStringLiteral("Ada Lovelace"));
        const QString grace = db->addUser(QStringLiteral("grace@codemie.example"));
        QVERIFY(seed(*db, 450, maint, grace));
        auto session = db->session(QStringLiteral("ada.lovelace@codemie.example"));
        ActivityPage page;
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.unavailableText(), QStringLiteral("Not connected to a platform database."));
        page.setSession(session.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.unavailableText().isEmpty());
        QVERIFY(settled(page));
        ActivityTableModel *model = page.model();
        QCOMPARE(model->rowCount(), ActivityTableModel::PageSize);
        QTRY_COMPARE(page.countText(), QStringLiteral("450 event(s) match"));
        // Newest first; the columns as the web UI shows them.
        QCOMPARE(model->eventAt(0).createdAt,
                 QDateTime(QDate(2026, 2, 1), QTime(8, 2, 29), QTimeZone::utc()));
        QCOMPARE(model->data(model->index(0, ActivityTableModel::When)).toString(),
                 model->eventAt(0).createdAt.toLocalTime().toString(
                     QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QStringList actors = columnValues(model, ActivityTableModel::Actor);
        QVERIFY(actors.contains(QStringLiteral("Ada Lovelace <ada.lovelace@codemie.example>")));
        QVERIFY(actors.contains(QStringLiteral("system")));
        const QStringList details = columnValues(model, ActivityTableModel::Details);
        QVERIFY(
            details.contains(QStringLiteral("is_project_admin: true, project_name: project-4")));
        QVERIFY(columnValues(model, ActivityTableModel::Entity)
                    .contains(QStringLiteral("user: ") + grace));

        // Scrolling to the end reads the next pages, each row once.
        page.table()->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), 400);
        QVERIFY(settled(page));
        page.table()->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), 450);
        QVERIFY(settled(page));
        QVERIFY(!model->hasMore());
        QSet<QString> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->eventAt(row).id);
        QCOMPARE(ids.size(), 450);
        QVERIFY(!model->canFetchMore({}));

        // The filter options arrive and narrow each other.
        QTRY_VERIFY(page.optionsLoaded());
        QCOMPARE(page.offeredDomains(), (QStringList{QStringLiteral("budget_management"),
                                                     QStringLiteral("project_management"),
                                                     QStringLiteral("user_management")}));
        page.setChecked(QStringLiteral("domainFilter"), {QStringLiteral("project_management")});
        QCOMPARE(page.offeredEventTypes(), QStringList{QStringLiteral("project.updated")});
        QCOMPARE(page.offeredEntityTypes(), QStringList{QStringLiteral("project")});
        QVERIFY(settled(page));
        QTRY_COMPARE(page.countText(), QStringLiteral("150 event(s) match"));
        const QStringList domains = columnValues(model, ActivityTableModel::Domain);
        QCOMPARE(QSet<QString>(domains.begin(), domains.end()),
                 QSet<QString>{QStringLiteral("project_management")});
        codemie::test::saveScreenshot(page, QStringLiteral("activity-events"));

        // The actor, typed: an e-mail in another case; the table follows
        // after the debounce.
        page.clearFilters();
        QVERIFY(settled(page));
        QTest::keyClicks(page.actorEdit(), QStringLiteral("ADA.lovelace@codemie.example"));
        QTRY_COMPARE(model->filter().actor, QStringLiteral("ADA.lovelace@codemie.example"));
        QTRY_COMPARE(page.countText(), QStringLiteral("225 event(s) match"));
        QVERIFY(!columnValues(model, ActivityTableModel::Actor).contains(QStringLiteral("system")));
        page.actorEdit()->clear();
        QTest::keyClicks(page.actorEdit(), QStringLiteral("system"));
        // The same count as before: wait for the new filter's answer itself.
        QTRY_COMPARE(model->filter().actor, QStringLiteral("system"));
        QVERIFY(settled(page));
        QCOMPARE(page.countText(), QStringLiteral("225 event(s) match"));
        const QStringList shownActors = columnValues(model, ActivityTableModel::Actor);
        QCOMPARE(QSet<QString>(shownActors.begin(), shownActors.end()),
                 QSet<QString>{QStringLiteral("system")});

        // From / to (local time in the edits) and the oldest first.
        page.clearFilters();
        QVERIFY(settled(page));
        page.fromEdit()->setDateTime(
            QDateTime(QDate(2026, 2, 1), QTime(8, 1), QTimeZone::utc()).toLocalTime());
        page.toEdit()->setDateTime(
            QDateTime(QDate(2026, 2, 1), QTime(8, 1), QTimeZone::utc()).toLocalTime());
        page.sortBox()->setCurrentIndex(1);
        QTRY_COMPARE(page.countText(), QStringLiteral("180 event(s) match")); // one minute
        QVERIFY(settled(page));
        QCOMPARE(model->eventAt(0).createdAt,
                 QDateTime(QDate(2026, 2, 1), QTime(8, 1), QTimeZone::utc()));

        // The whole event in a dialog.
        page.clearFilters();
        QVERIFY(settled(page));
        page.table()->setCurrentIndex(model->index(0, ActivityTableModel::Details));
        QString shownJson;
        codemie::test::whenModal<QDialog>([&](QDialog *dialog) {
            auto *json = dialog->findChild<QPlainTextEdit *>(QStringLiteral("eventJson"));
            QVERIFY(json);
            shownJson = json->toPlainText();
            codemie::test::saveScreenshot(*dialog, QStringLiteral("activity-event-details"));
            dialog->reject();
        });
        QTest::keyClick(page.table(), Qt::Key_Return);
        QTRY_VERIFY(!shownJson.isEmpty());
        QVERIFY(shownJson.contains(
            QStringLiteral("\"event_type\": \"%1\"").arg(model->eventAt(0).eventType)));
        QVERIFY(shownJson.contains(QStringLiteral("\"id\": \"%1\"").arg(model->eventAt(0).id)));
        QVERIFY(shownJson.contains(QStringLiteral("\"attributes\": {")));

        // Export of the filtered rows, on a worker.
        page.setChecked(QStringLiteral("entityTypeFilter"), {QStringLiteral("user")});
        QVERIFY(settled(page));
        QTRY_COMPARE(page.countText(), QStringLiteral("300 event(s) match"));
        QSignalSpy finished(&page, &ActivityPage::exportFinished);
        const QString path = m_dir.filePath(engine + QStringLiteral("-activity.csv"));
        QVERIFY(page.exportCsv(path));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().startsWith(
            QStringLiteral("300 event(s) exported to ")));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 302);
        QVERIFY(lines.first().startsWith("created_at,domain,event_type,entity_type,entity_id"));
        QVERIFY(lines.at(1).contains(",user_management,user.project.assigned,user,"));
        QVERIFY(page.exportButton()->isEnabled());
        // A folder that cannot be written: the message says what to do.
        finished.clear();
        QVERIFY(page.exportCsv(QStringLiteral("/nonexistent-folder/activity.csv")));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(page.errorText().contains(QStringLiteral("Choose another folder or file name.")));
    }

    // Cancelling an export leaves no file under the chosen name (nor a
    // temporary one), and an older file of that name as it was. The export
    // is held on the server by a lock on the log, so that the cancel comes
    // while its statement runs (before its first row, as while the server
    // sorts a large log); the statement is cancelled on the server.
    void exportCancelledLeavesNoFile_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("pg-2.42.0")});
    }
    void exportCancelledLeavesNoFile()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString maint = db->addUser(QStringLiteral("ada.lovelace@codemie.example"), true,
                                          true, true, QStringLiteral("Ada Lovelace"));
        QVERIFY(seed(*db, 90, maint, maint));
        auto session = db->session(QStringLiteral("ada.lovelace@codemie.example"));
        ActivityPage page;
        page.setSession(session.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settled(page));
        QTRY_COMPARE(page.countText(), QStringLiteral("90 event(s) match"));
        QVERIFY(page.cancelExportButton()->isHidden());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        const QString older = dir.filePath(QStringLiteral("older.csv"));
        {
            QFile f(older);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the file from last week\n");
        }
        QSignalSpy finished(&page, &ActivityPage::exportFinished);
        for (const QString &path : {fresh, older}) {
            finished.clear();
            QSqlDatabase admin = db->admin().database();
            QVERIFY(admin.transaction());
            QVERIFY(db->admin().exec(
                QStringLiteral("LOCK TABLE activity_events IN ACCESS EXCLUSIVE MODE")));
            QVERIFY(page.exportCsv(path));
            QVERIFY(page.cancelExportButton()->isVisible());
            QVERIFY(!page.exportButton()->isEnabled());
            // The export's statement waits for the lock.
            QTRY_VERIFY(db->someoneWaitsForLockOn(QStringLiteral("activity_events")) ||
                        !finished.isEmpty());
            QVERIFY2(
                finished.isEmpty(),
                qPrintable(finished.isEmpty() ? QString() : finished.first().at(1).toString()));
            QTest::mouseClick(page.cancelExportButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, codemie::test::conditionWaitMs);
            QVERIFY(admin.rollback());
            QCOMPARE(finished.first().at(0).toBool(), false);
            QCOMPARE(finished.first().at(1).toString(),
                     QStringLiteral("Export cancelled; %1 was not written.")
                         .arg(QDir::toNativeSeparators(path)));
            QCOMPARE(page.errorText(), finished.first().at(1).toString());
            QVERIFY(page.cancelExportButton()->isHidden());
            QVERIFY(page.exportButton()->isEnabled());
        }
        QVERIFY(!QFile::exists(fresh));
        QFile kept(older);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the file from last week\n"));
        // Nothing else in the folder: no temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("older.csv")});

        // A lock held longer than the console waits for one: a message that
        // says what happened and what to do, and still no file.
        {
            finished.clear();
            QSqlDatabase admin = db->admin().database();
            QVERIFY(admin.transaction());
            QVERIFY(db->admin().exec(
                QStringLiteral("LOCK TABLE activity_events IN ACCESS EXCLUSIVE MODE")));
            QVERIFY(page.exportCsv(fresh));
            QTRY_COMPARE(finished.size(), 1);
            QVERIFY(admin.rollback());
            QCOMPARE(finished.first().at(0).toBool(), false);
            QVERIFY2(page.errorText().startsWith(
                         QStringLiteral("The data is locked by another session.")),
                     qPrintable(page.errorText()));
            QVERIFY(page.errorText().contains(QStringLiteral("try again in a moment")));
            QVERIFY(!QFile::exists(fresh));
        }

        // Exported again without a lock: the whole file replaces the old one.
        finished.clear();
        QVERIFY(page.exportCsv(older));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, codemie::test::conditionWaitMs);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(page.errorText().isEmpty());
        kept.close();
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll().count("\r\n"), 91); // the header and every event
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("older.csv")});
    }

    void hiddenWithAReason_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void hiddenWithAReason()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("admin@example.com"), true, false);
        auto session = db->session(QStringLiteral("admin@example.com"));
        ActivityPage page;
        page.setSession(session.get());
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.unavailableText(),
                 engine == QStringLiteral("pg-2.19.0")
                     ? QStringLiteral("Activity events arrive with platform 2.40; this database's "
                                      "schema has no activity_events table.")
                     : QStringLiteral("Access denied. This page is for maintainers only."));
        QVERIFY(!page.table()->isVisible());
        QCOMPARE(page.model()->rowCount(), 0);
        if (engine == QStringLiteral("pg-2.19.0"))
            codemie::test::saveScreenshot(page, QStringLiteral("activity-events-2.19"));
    }

    // "Show activity" from the main window: the page opens filtered to it.
    void showActivityFromTheWindow()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("sqlite-2.42.0"));
        const QString maint = db->addUser(QStringLiteral("ada.lovelace@codemie.example"), true,
                                          true, true, QStringLiteral("Ada Lovelace"));
        const QString grace = db->addUser(QStringLiteral("grace@codemie.example"));
        QVERIFY(seed(*db, 60, maint, grace));
        for (int i = 0; i < 7; ++i)
            db->addProject(QStringLiteral("project-%1").arg(i));
        MainWindow window;
        PlatformSession::Options options;
        options.actorEmail = QStringLiteral("ada.lovelace@codemie.example");
        QVERIFY(window.connectTo(db->settings(), db->password(), options));
        window.show();
        window.showActivity(QStringLiteral("user"), grace);
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget(), window.activityPage());
        QCOMPARE(window.findChild<QListWidget *>()->currentItem()->text(),
                 QStringLiteral("Activity events"));
        ActivityPage &page = *window.activityPage();
        QCOMPARE(page.entityIdEdit()->text(), grace);
        QCOMPARE(page.currentFilter().entityTypes, QStringList{QStringLiteral("user")});
        QTRY_COMPARE(page.countText(), QStringLiteral("40 event(s) match"));
        QVERIFY(settled(page));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->eventAt(row).entityId, grace);
        // From the Projects page's context menu.
        window.showPage(MainWindow::ProjectsPage);
        QTableView *projects = window.projectsPage()->table();
        QTRY_VERIFY(window.projectModel()->rowCount() > 0);
        QTRY_VERIFY(!window.projectModel()->isLoading());
        int row = -1;
        for (int r = 0; r < window.projectModel()->rowCount(); ++r)
            if (window.projectModel()->projectAt(r).name == QStringLiteral("project-3"))
                row = r;
        QVERIFY(row >= 0);
        projects->selectRow(row);
        bool found = false;
        whenMenu(QStringLiteral("Show activity"), &found);
        emit projects->customContextMenuRequested(
            projects->visualRect(window.projectModel()->index(row, 0)).center());
        QVERIFY(found);
        QCOMPARE(pages->currentWidget(), window.activityPage());
        QCOMPARE(page.entityIdEdit()->text(), QStringLiteral("project-3"));
        QTRY_COMPARE(page.countText(), QStringLiteral("3 event(s) match"));
        // From the Users page's context menu.
        window.showPage(MainWindow::UsersPage);
        QTableView *users = window.usersPage()->table();
        QTRY_VERIFY(window.userModel()->totalCount() == 2);
        QTRY_VERIFY(window.userModel()->isRowLoaded(1));
        row = window.userModel()->userAt(0).id == grace ? 0 : 1;
        QCOMPARE(window.userModel()->userAt(row).id, grace);
        users->setCurrentIndex(window.userModel()->index(row, 0));
        found = false;
        window.activityPage()->clearFilters();
        whenMenu(QStringLiteral("Show activity"), &found);
        emit users->customContextMenuRequested(
            users->visualRect(window.userModel()->index(row, 0)).center());
        QVERIFY(found);
        QCOMPARE(pages->currentWidget(), window.activityPage());
        QCOMPARE(page.entityIdEdit()->text(), grace);
        QTRY_COMPARE(page.countText(), QStringLiteral("40 event(s) match"));
    }
};

QTEST_MAIN(TstActivityPage)
#include "tst_activitypage.moc"
