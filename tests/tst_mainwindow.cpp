// The main window on a real demo database, driven through its widgets on
// the offscreen platform.

#include "ActivityPage.h"
#include "CostCenterEditDialog.h"
#include "CostCentersPage.h"
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "ProjectDetailDialog.h"
#include "ProjectTableModel.h"
#include "ProjectsPage.h"
#include "UserDetailsDialog.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;

// Receives the URLs the window asks the desktop to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void openUrl(const QUrl &url) { opened << url; }
};

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026));
}

// Clicks the menu bar's `menuTitle`, then the entry `entryText` in it.
bool clickMenu(MainWindow &w, const QString &menuTitle, const QString &entryText)
{
    QMenuBar *bar = w.menuBar();
    QAction *menuAction = nullptr;
    for (QAction *a : bar->actions()) {
        if (plain(a->text()) == menuTitle)
            menuAction = a;
    }
    if (!menuAction || !menuAction->menu())
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
    QMenu *menu = menuAction->menu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, test::conditionWaitMs))
        return false;
    for (QAction *a : menu->actions()) {
        if (plain(a->text()) == entryText) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
            return true;
        }
    }
    return false;
}

} // namespace

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

    // Help → About names the version, the Qt, drivers, TLS and keychain
    // backends this process found, and the three licences.
    void helpAboutNamesTheInstallation()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString text;
        QString title;
        test::whenModal<AboutDialog>([&](AboutDialog *d) {
            text = d->text();
            title = d->windowTitle();
            screenshot(*d, QStringLiteral("about.png"));
            auto *buttons = d->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        });
        QVERIFY(
            clickMenu(w, QStringLiteral("Help"), QStringLiteral("About CodeMie Admin Console")));
        QTRY_VERIFY(!text.isEmpty());
        QCOMPARE(title, QStringLiteral("About CodeMie Admin Console"));
        QVERIFY2(text.contains(QStringLiteral("Version ") + QStringLiteral(CODEMIE_VERSION)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("SQL drivers: ")));
        QVERIFY(text.contains(QStringLiteral("QSQLITE")));
        QVERIFY(text.contains(QStringLiteral("Keychain backend: ")));
        if (QSslSocket::supportsSsl())
            QVERIFY(text.contains(QStringLiteral("TLS backend: ") + QSslSocket::activeBackend()));
        QVERIFY(text.contains(QStringLiteral("LGPLv3")));
        QVERIFY(text.contains(QStringLiteral("QtKeychain</b>: BSD")));
        QVERIFY(text.contains(QStringLiteral("All rights reserved")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Help → Keyboard shortcuts lists every action of the window that has a
    // shortcut (menus and pages), read from the actions themselves.
    void helpShortcutsListsEveryShortcut()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList rows;
        test::whenModal<ShortcutsDialog>([&](ShortcutsDialog *d) {
            QTableWidget *t = d->table();
            for (int r = 0; r < t->rowCount(); ++r)
                rows << t->item(r, 0)->text() + QLatin1Char('|') + t->item(r, 1)->text() +
                            QLatin1Char('|') + t->item(r, 2)->text();
            screenshot(*d, QStringLiteral("shortcuts.png"));
            QTest::keyClick(t, Qt::Key_Escape);
        });
        QVERIFY(clickMenu(w, QStringLiteral("Help"), QStringLiteral("Keyboard shortcuts")));
        QTRY_VERIFY(!rows.isEmpty());
        const auto has = [&rows](const QString &what, const QKeySequence &keys) {
            const QString tail = QLatin1Char('|') + what + QLatin1Char('|') +
                                 keys.toString(QKeySequence::NativeText);
            for (const QString &r : rows) {
                if (r.endsWith(tail) || r.contains(tail + QStringLiteral(", ")))
                    return true;
            }
            return false;
        };
        QVERIFY2(has(QStringLiteral("Refresh"), QKeySequence::Refresh),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(has(QStringLiteral("Find"), QKeySequence::Find));
        QVERIFY(has(QStringLiteral("Users"), QKeySequence(Qt::CTRL | Qt::Key_1)));
        QVERIFY(has(QStringLiteral("Cost centers"), QKeySequence(Qt::CTRL | Qt::Key_6)));
        QVERIFY(has(QStringLiteral("New project"), QKeySequence::New));
        QVERIFY(has(QStringLiteral("Copy the selected rows"), QKeySequence::Copy));
        // Every action of the window with a shortcut is there.
        const auto actions = w.findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (a->shortcut().isEmpty() || a->menu())
                continue;
            QVERIFY2(has(plain(a->text()), a->shortcut()), qPrintable(a->text()));
        }
    }

    // Help → Platform-managed mode documentation asks the desktop to open the
    // platform's page on it.
    void helpOpensPlatformDocumentation()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "openUrl");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(clickMenu(w, QStringLiteral("Help"),
                          QStringLiteral("Platform-managed mode documentation")));
        QTRY_COMPARE(catcher.opened.size(), 1);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened.first().toString(),
                 QStringLiteral("https://github.com/codemie-ai/docs/blob/main/docs/admin/"
                                "configuration/access-control/"
                                "platform-managed-mode-configuration.md"));
    }

    // Ctrl+1…N go to the pages in the navigation's order, the navigation's
    // tooltips say so, and the window reopens on the page it was closed on.
    void ctrlNumberSwitchesPagesAndLastPageIsRemembered()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.activateWindow();
            QCOMPARE(w.currentPage(), MainWindow::UsersPage);
            QListWidget *nav = w.navigation();
            QCOMPARE(nav->count(), 6);
            for (int row = nav->count() - 1; row >= 0; --row) {
                const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + row));
                QTest::keySequence(&w, keys);
                QCOMPARE(int(w.currentPage()), row);
                QVERIFY2(
                    nav->item(row)->toolTip().contains(keys.toString(QKeySequence::NativeText)),
                    qPrintable(nav->item(row)->toolTip()));
            }
            QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_5));
            QCOMPARE(w.currentPage(), MainWindow::ActivityPage);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.currentPage(), MainWindow::ActivityPage);
        QCOMPARE(again.navigation()->currentRow(), int(MainWindow::ActivityPage));
        QCOMPARE(again.findChild<QStackedWidget *>()->currentWidget(),
                 static_cast<QWidget *>(again.activityPage()));
    }

    // Enter (Return, and the keypad's Enter) on a focused row opens it, on
    // every page whose rows have a detail: reached with Ctrl+N, the row
    // clicked, then the key pressed on the real table view.
    void enterOnARowOpensIt_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("key");
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
            const char *k = key == Qt::Key_Return ? "return" : "enter";
            QTest::addRow("users-%s", k) << int(MainWindow::UsersPage) << key;
            QTest::addRow("projects-%s", k) << int(MainWindow::ProjectsPage) << key;
            QTest::addRow("activity-%s", k) << int(MainWindow::ActivityPage) << key;
            QTest::addRow("costcenters-%s", k) << int(MainWindow::CostCentersPage) << key;
        }
    }

    void enterOnARowOpensIt()
    {
        QFETCH(int, page);
        QFETCH(int, key);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        QVERIFY(w.connectTo(demo(), {}, o).isOk());
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        QCOMPARE(int(w.currentPage()), page);

        QAbstractItemView *table = nullptr;
        switch (MainWindow::Page(page)) {
        case MainWindow::UsersPage:
            table = w.usersPage()->table();
            break;
        case MainWindow::ProjectsPage:
            table = w.projectsPage()->table();
            break;
        case MainWindow::ActivityPage:
            table = w.activityPage()->table();
            break;
        case MainWindow::CostCentersPage:
            table = w.costCentersPage()->table();
            break;
        default:
            QFAIL("no table");
        }
        QVERIFY(table->isVisible());
        // The first row, once read (its first cell is text, not "Loading…").
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const QModelIndex first = table->model()->index(0, 0);
        QTRY_VERIFY(!first.data().toString().isEmpty() &&
                    first.data().toString() != QStringLiteral("Loading…"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);

        QString opened;
        switch (MainWindow::Page(page)) {
        case MainWindow::UsersPage:
            test::whenModal<UserDetailsDialog>([&](UserDetailsDialog *d) {
                opened = d->user().email;
                d->reject();
            });
            break;
        case MainWindow::ProjectsPage:
            test::whenModal<ProjectDetailDialog>([&](ProjectDetailDialog *d) {
                opened = d->project().name;
                d->reject();
            });
            break;
        case MainWindow::CostCentersPage:
            test::whenModal<CostCenterEditDialog>([&](CostCenterEditDialog *d) {
                opened = d->windowTitle();
                d->reject();
            });
            break;
        default:
            test::whenModal<QDialog>([&](QDialog *d) {
                opened = d->windowTitle();
                d->reject();
            });
            break;
        }
        QTest::keyClick(table, Qt::Key(key),
                        key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        QTRY_VERIFY2(!opened.isEmpty(), "no dialog opened on the key");
        QVERIFY(!QApplication::activeModalWidget());
        qInfo() << "opened" << opened;
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
