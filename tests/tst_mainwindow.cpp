// The main window on a real demo database, driven through its widgets on
// the offscreen platform.

#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectTableModel.h"
#include "ProjectsPage.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;

class TstMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    ConnectionSettings demo() const { return test::sqliteSettings(m_path); }
    static void screenshot(QWidget &w, const QString &name) { test::saveScreenshot(w, name); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        DemoDataGenerator::Options o;
        o.users = 2000;
        o.lastSpendDay = QDate(2026, 11, 28);
        const auto r = DemoDatabase::ensure(m_path, o);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
    }
    // The pages keep their filters between runs: every test starts without any.
    void init() { QSettings().clear(); }

    void listsSearchesAndSortsUsers()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.bannerText().isEmpty()); // "Not connected"
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        const Outcome opened = w.connectTo(demo(), {}, o);
        QVERIFY2(opened.isOk(), qPrintable(opened.fullText()));
        QVERIFY(w.bannerText().isEmpty());
        QVERIFY(w.statusText().contains(QStringLiteral("Platform 2.41.0–2.42.0 schema")));
        QVERIFY(w.statusText().contains(
            QStringLiteral("Acting as ada.lovelace@codemie.example (Maintainer)")));

        UserTableModel *users = w.userModel();
        QTableView *table = w.usersPage()->table();
        QTRY_VERIFY(users->totalCount() > 1900);
        QCOMPARE(users->rowCount(), users->totalCount()); // known length, rows load lazily
        QTRY_VERIFY(users->isRowLoaded(0));
        QVERIFY(!users->isRowLoaded(users->rowCount() - 1));
        // Scrolling to the end loads the last page, on a worker thread.
        table->scrollToBottom();
        QTRY_VERIFY(users->isRowLoaded(users->rowCount() - 1));

        // Typing in the search box filters through SQL after the debounce.
        QTest::keyClicks(w.usersPage()->searchBox(), QStringLiteral("ada.love"));
        QTRY_COMPARE(users->totalCount(), 1);
        QTRY_VERIFY(users->isRowLoaded(0));
        QCOMPARE(users->data(users->index(0, UserTableModel::Email)).toString(),
                 DemoDataGenerator::demoActorEmail());
        QCOMPARE(users->data(users->index(0, UserTableModel::Maintainer)).toString(),
                 QStringLiteral("Yes"));
        w.usersPage()->searchBox()->clear();
        QTRY_VERIFY(users->totalCount() > 1900);

        // Clicking a header sorts on the server.
        table->horizontalHeader()->setSortIndicator(UserTableModel::Email, Qt::DescendingOrder);
        QTRY_VERIFY(users->query().descending);
        QTRY_VERIFY(users->isRowLoaded(1));
        const QString first = users->data(users->index(0, UserTableModel::Email)).toString();
        const QString second = users->data(users->index(1, UserTableModel::Email)).toString();
        QVERIFY(first.toLower() >= second.toLower());
        screenshot(w, QStringLiteral("users.png"));

        w.showPage(MainWindow::ProjectsPage);
        QTRY_VERIFY(w.projectModel()->totalCount() > 150);
        QTest::keyClicks(w.projectsPage()->searchBox(), QStringLiteral("payments"));
        QTRY_VERIFY(w.projectModel()->totalCount() < 50);
        QVERIFY(w.projectModel()->totalCount() > 0);
        screenshot(w, QStringLiteral("projects.png"));
        w.showPage(MainWindow::BudgetsPage);
        screenshot(w, QStringLiteral("budgets.png"));
    }

    void readOnlyBannerNamesTheReason()
    {
        MainWindow w;
        w.show();
        PlatformSession::Options o;
        o.actorEmail = QStringLiteral("nobody@nowhere.example");
        QVERIFY(w.connectTo(demo(), {}, o).isOk());
        QVERIFY(w.bannerText().contains(
            QStringLiteral("No platform user has the e-mail nobody@nowhere.example")));
        QVERIFY(w.statusText().contains(QStringLiteral("No acting administrator")));
        screenshot(w, QStringLiteral("read-only.png"));
    }

    void findShortcutFocusesSearch()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QTest::keySequence(&w, QKeySequence::Find);
        QTRY_VERIFY(w.usersPage()->searchBox()->hasFocus());
    }

    void remembersGeometry()
    {
        {
            MainWindow w;
            w.show();
            w.resize(913, 677);
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(913, 677));
    }

    void badDatabaseFileIsAClearError()
    {
        MainWindow w;
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just text \xff\xfe");
        f.close();
        ConnectionSettings s;
        s.driver = ConnectionSettings::Driver::SQLite;
        s.sqlitePath = junk;
        const Outcome o = w.connectTo(s, {}, {});
        QVERIFY(!o.isOk());
        QVERIFY(!o.message().isEmpty());
        QVERIFY(w.session() == nullptr);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
