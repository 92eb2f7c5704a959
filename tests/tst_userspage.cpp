// The Users page and the user details dialog, driven through their widgets
// offscreen, against real databases (PostgreSQL 2.42 and 2.19, SQLite).

#include "BulkActionDialog.h"
#include "GuiTestSupport.h"
#include "PlatformSession.h"
#include "ProjectTableModel.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "UserBulkOperation.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserSearchIndex.h"
#include "UserSearchService.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
// u00000@example.com and `more` users like it (u00001 … with the same
// columns), in one statement: ids are md5 (PostgreSQL) or random (SQLite),
// in another order than the e-mails.
bool addUsersLikeU00000(codemie::test::TestDatabase &db, int more)
{
    db.addUser(QStringLiteral("u00000@example.com"));
    const QString columns =
        QStringLiteral("date, update_date, user_type, is_active, auth_source, email_verified, "
                       "project_limit, deleted_at, is_admin, is_maintainer, name");
    const QString sql =
        db.isPostgres()
            ? QStringLiteral("INSERT INTO users (id, username, email, %1) SELECT md5(g::text), "
                             "'u' || lpad(g::text, 5, '0'), 'u' || lpad(g::text, 5, '0') || "
                             "'@example.com', %1 FROM users, generate_series(1, %2) g WHERE "
                             "email = 'u00000@example.com'")
            : QStringLiteral("INSERT INTO users (id, username, email, %1) WITH RECURSIVE g(n) "
                             "AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %2) SELECT "
                             "lower(hex(randomblob(16))), 'u' || printf('%05d', n), 'u' || "
                             "printf('%05d', n) || '@example.com', %1 FROM users, g WHERE email "
                             "= 'u00000@example.com'");
    return bool(db.admin().exec(sql.arg(columns).arg(more)));
}
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w.grab().save(QDir(dir).filePath(name));
}
// As it is now, without waiting: a write in flight is still in flight.
void screenshotNow(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w.grab().save(QDir(dir).filePath(name));
}
int scalar(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}
// Starts a write in the dialog and waits for its end: true when it was
// applied, false when it was refused (or never started).
bool written(UserDetailsDialog &dialog, const std::function<bool(UserDetailsDialog &)> &start)
{
    QSignalSpy finished(&dialog, &UserDetailsDialog::writeFinished);
    if (!start(dialog) || !dialog.isBusy())
        return false;
    if (!finished.wait(codemie::test::conditionWaitMs)) {
        qWarning("the write did not finish");
        return false;
    }
    return finished.constFirst().at(0).toBool();
}
bool save(UserDetailsDialog &d)
{
    return d.saveRolesAndSettings();
}
bool add(UserDetailsDialog &d)
{
    return d.addProject();
}
bool toggle(UserDetailsDialog &d)
{
    return d.toggleSelectedRole(false);
}
bool unassign(UserDetailsDialog &d)
{
    return d.unassignSelected(false);
}
void selectProject(UserDetailsDialog &dialog, const QString &name)
{
    QTableWidget *table = dialog.projectsTable();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == name)
            table->selectRow(r);
}
// The budgets a 2.42 database needs for the budget filter: two global ones
// and a project budget (never offered as a filter).
void addBudgets(TestDatabase &db)
{
    for (const auto &[id, name, category] :
         {std::tuple{"power-cli", "Power CLI", "cli"},
          std::tuple{"standard-platform", "Standard platform", "platform"}})
        QVERIFY(db.admin().exec(
            QStringLiteral("INSERT INTO budgets (budget_id, name, soft_budget, max_budget, "
                           "budget_duration, budget_category, created_by) VALUES (?, ?, 80, "
                           "100, '30d', ?, 'x')"),
            {QString::fromLatin1(id), QString::fromLatin1(name), QString::fromLatin1(category)}));
    db.addProject(QStringLiteral("alpha"));
    QVERIFY(db.admin().exec(QStringLiteral(
        "INSERT INTO budgets (budget_id, name, soft_budget, max_budget, budget_duration, "
        "budget_category, created_by, budget_type, project_name) VALUES ('project-alpha', "
        "'Alpha platform', 800, 1000, '30d', 'platform', 'x', 'project', 'alpha')")));
}
void assignBudget(TestDatabase &db, const QString &userId, const QString &category,
                  const QString &budgetId)
{
    QVERIFY(db.admin().exec(QStringLiteral("INSERT INTO user_budget_assignments (user_id, "
                                           "category, budget_id) VALUES (?, ?, ?)"),
                            {userId, category, budgetId}));
}
// The acting boss@example.com (an admin, and a maintainer where the release
// has them) and t@example.com, a plain member of the shared project "alpha";
// returns t's id.
QString addBossAndMember(TestDatabase &db, bool maintainer)
{
    db.addUser(QStringLiteral("boss@example.com"), true, maintainer);
    const QString target = db.addUser(QStringLiteral("t@example.com"));
    db.addProject(QStringLiteral("alpha"));
    db.addMembership(target, QStringLiteral("alpha"), false);
    return target;
}
QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}
// Answers every message box that comes up while it lives (with the button
// named `answer`, else Cancel/close) and remembers what each one showed.
struct ModalWatch {
    struct Seen {
        QString title, text, defaultButton;
        QStringList buttons;
    };
    QString answer;
    QList<Seen> seen;
    QTimer timer;
    explicit ModalWatch(const QString &answerWith = {})
        : answer(answerWith)
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            Seen s;
            s.title = box->windowTitle();
            s.text = box->text();
            s.defaultButton = box->defaultButton()
                                  ? box->defaultButton()->text().remove(QLatin1Char('&'))
                                  : QString();
            for (QAbstractButton *b : box->buttons())
                s.buttons << b->text().remove(QLatin1Char('&'));
            seen << s;
            if (QAbstractButton *b = buttonNamed(box, answer))
                b->click();
            else
                box->reject();
        });
        timer.start();
    }
};
QAction *bulkAction(UsersPage &page, const QString &text)
{
    for (QToolButton *b : page.findChildren<QToolButton *>())
        if (b->accessibleName() == QStringLiteral("Bulk actions") && b->menu())
            for (QAction *a : b->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}
QToolButton *toolButton(QWidget &page, const QString &textStart)
{
    for (QToolButton *b : page.findChildren<QToolButton *>())
        if (b->text().startsWith(textStart))
            return b;
    return nullptr;
}
void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect r = table->visualRect(table->model()->index(row, UserTableModel::Email));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, r.center());
}
QToolButton *chip(QWidget &page, const QString &text)
{
    for (QToolButton *b : page.findChildren<QToolButton *>())
        if (b->accessibleName() == QStringLiteral("Remove filter %1").arg(text) && b->isVisible())
            return b;
    return nullptr;
}
} // namespace

class TstUsersPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userspage"));
        // Screenshots in the dark palette (with QT_SCALE_FACTOR=2: the
        // 200% dark set under resources/screenshots/); the checks are the same.
        if (qEnvironmentVariable("CODEMIE_SCREENSHOT_PALETTE") == QStringLiteral("dark"))
            QApplication::setPalette(Theme::palette(Theme::Appearance::Dark));
    }
    void init() { QSettings().clear(); }

    void modelIsSoundAndSearchesOnTheServer_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void modelIsSoundAndSearchesOnTheServer()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true,
                    engine != QStringLiteral("pg-2.19.0"));
        for (int i = 0; i < 450; ++i)
            db->addUser(QStringLiteral("person%1@example.com").arg(i, 3, 10, QLatin1Char('0')));
        auto session = db->session(QStringLiteral("root@example.com"));
        UsersPage page;
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectTableModel projects;
        QAbstractItemModelTester projectTester(
            &projects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        projects.setSession(session.get());
        page.resize(1000, 600);
        page.show();
        page.setSession(session.get());
        QTRY_COMPARE(page.model()->totalCount(), 451);
        QTRY_VERIFY(page.model()->isRowLoaded(0));
        page.table()->scrollToBottom();
        QTRY_VERIFY(page.model()->isRowLoaded(450));
        QTest::keyClicks(page.searchBox(), QStringLiteral("person04"));
        QTRY_COMPARE(page.model()->totalCount(), 10);
        // A filter shows as a chip, is kept between runs, and can be removed.
        page.roleFilter()->setCurrentIndex(
            page.roleFilter()->findData(int(UserQuery::Role::Admin)));
        QTRY_COMPARE(page.model()->totalCount(), 0);
        QVERIFY(page.chipTexts().join(QLatin1Char(' ')).contains(QStringLiteral("Role: Admin")));
        {
            UsersPage again;
            QCOMPARE(again.roleFilter()->currentText(), QStringLiteral("Admin"));
        }
        page.roleFilter()->setCurrentIndex(0);
        QVERIFY(page.chipTexts().isEmpty());
    }

    // The project filter suggests names from the database as you type (the
    // last of the comma-separated names), and shows one removable chip per
    // project.
    void projectFilterSuggestsAndChipsPerProject_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void projectFilterSuggestsAndChipsPerProject()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("root@example.com"), true,
                    engine != QStringLiteral("pg-2.19.0"));
        const QStringList projects{QStringLiteral("alpha-team"), QStringLiteral("alpha-ops"),
                                   QStringLiteral("beta-team"), QStringLiteral("gamma")};
        for (int i = 0; i < projects.size(); ++i) {
            db->addProject(projects.at(i));
            const QString id = db->addUser(QStringLiteral("member%1@example.com").arg(i));
            db->addMembership(id, projects.at(i), false);
        }
        auto session = db->session(QStringLiteral("root@example.com"));
        UsersPage page;
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QTRY_COMPARE(page.model()->totalCount(), 5);

        QSignalSpy suggested(&page, &UsersPage::projectSuggestionsLoaded);
        page.projectFilter()->setFocus();
        QTest::keyClicks(page.projectFilter(), QStringLiteral("alpha"));
        QTRY_COMPARE(suggested.size(), 1);
        QStringList names = suggested.at(0).at(0).toStringList();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("alpha-ops"), QStringLiteral("alpha-team")}));
        // Typing on after a comma completes the new name and keeps the first.
        page.projectFilter()->setText(QStringLiteral("alpha-team,"));
        QTest::keyClicks(page.projectFilter(), QStringLiteral(" TEAM"));
        QTRY_COMPARE(suggested.size(), 2);
        QCompleter *completer = page.projectFilter()->completer();
        QVERIFY(completer);
        QStringList completions;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
            completions << completer->pathFromIndex(completer->completionModel()->index(row, 0));
        completions.sort();
        QCOMPARE(completions, (QStringList{QStringLiteral("alpha-team, alpha-team"),
                                           QStringLiteral("alpha-team, beta-team")}));

        page.projectFilter()->setText(QStringLiteral("alpha-team, beta-team"));
        QTest::keyClick(page.projectFilter(), Qt::Key_Return);
        QTRY_COMPARE(page.model()->totalCount(), 2);
        QCOMPARE(page.chipTexts(), (QStringList{QStringLiteral("Project: alpha-team  ✕"),
                                                QStringLiteral("Project: beta-team  ✕")}));
        QToolButton *betaChip = chip(page, QStringLiteral("Project: beta-team"));
        QVERIFY(betaChip);
        betaChip->click();
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QCOMPARE(page.projectFilter()->text(), QStringLiteral("alpha-team"));
        QCOMPARE(page.chipTexts(), QStringList{QStringLiteral("Project: alpha-team  ✕")});
    }

    void detailsDialogInterlocks_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void detailsDialogInterlocks()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("boss@example.com"), true, v242);
        const QString target = db->addUser(QStringLiteral("t@example.com"));
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("t@example.com"), QStringLiteral("personal"), target);
        db->addMembership(target, QStringLiteral("t@example.com"), false);
        auto session = db->session(QStringLiteral("boss@example.com"));
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.maintainerBox()->isVisible(), v242); // hidden on 2.19
        QVERIFY(dialog.adminBox()->isEnabled());
        if (v242) {
            // Maintainer turns Admin on and locks it.
            dialog.maintainerBox()->click();
            QVERIFY(dialog.adminBox()->isChecked());
            QVERIFY(!dialog.adminBox()->isEnabled());
            QVERIFY(!dialog.unlimitedBox()->isEnabled());
            QVERIFY(written(dialog, save));
            const UserRecord u = UserRepository(*session).findById(target).value;
            QVERIFY(u.isMaintainer && u.isAdmin && !u.projectLimit.has_value());
            QCOMPARE(dialog.messageText(), QStringLiteral("User updated successfully"));
        } else {
            dialog.adminBox()->click();
            QVERIFY(written(dialog, save));
            QVERIFY(UserRepository(*session).findById(target).value.isAdmin);
        }
        // Suggestions as you type: shared projects only, read on a worker.
        QSignalSpy suggested(&dialog, &UserDetailsDialog::projectSuggestionsLoaded);
        dialog.addProjectEdit()->setFocus();
        QTest::keyClicks(dialog.addProjectEdit(), QStringLiteral("t@"));
        QTRY_COMPARE(suggested.size(), 1); // one answer, for the last keystroke
        QCOMPARE(suggested.at(0).at(0).toStringList(), QStringList()); // personal: not offered
        dialog.addProjectEdit()->clear();
        QTest::keyClicks(dialog.addProjectEdit(), QStringLiteral("LPH"));
        QTRY_COMPARE(suggested.size(), 2);
        QCOMPARE(suggested.at(1).at(0).toStringList(), QStringList{QStringLiteral("alpha")});

        // Add a project (case-insensitively resolved), change role, unassign.
        dialog.addProjectEdit()->setText(QStringLiteral("ALPHA"));
        dialog.addRoleBox()->setCurrentIndex(1);
        QVERIFY(written(dialog, add));
        QCOMPARE(dialog.messageText(), QStringLiteral("Added to alpha"));
        QVERIFY(dialog.addProjectEdit()->text().isEmpty());
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = 'alpha' AND is_project_admin = ?"),
                        {target, true}),
                 1);
        QVERIFY(!dialog.addProject()); // empty name: "Project is required"
        QCOMPARE(dialog.messageText(), QStringLiteral("Project is required"));
        dialog.addProjectEdit()->setText(QStringLiteral("alpha"));
        QVERIFY(!written(dialog, add));
        QCOMPARE(dialog.messageText(), QStringLiteral("User already assigned to project"));
        dialog.addProjectEdit()->setText(QStringLiteral("no-such-project"));
        QVERIFY(!written(dialog, add));
        QCOMPARE(dialog.messageText(), QStringLiteral("Project not found"));
        // The personal project's row cannot be changed.
        selectProject(dialog, QStringLiteral("t@example.com"));
        QVERIFY(!written(dialog, unassign));
        QCOMPARE(dialog.messageText(),
                 QStringLiteral("Cannot modify membership of a personal project"));
        screenshot(dialog, QStringLiteral("user-details.png"));
        selectProject(dialog, QStringLiteral("alpha"));
        QVERIFY(written(dialog, toggle));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {false}),
                 1);
        QVERIFY(written(dialog, unassign));
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM user_projects WHERE project_name = 'alpha'")),
            0);
        QCOMPARE(dialog.projectsTable()->rowCount(), 1); // refreshed: the personal project
        // A concurrent change is reported and nothing is overwritten.
        UserDetailsDialog stale(*session, UserRepository(*session).findById(target).value);
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE users SET user_type = 'external', update_date = ? WHERE id = ?"),
            {PlatformDatabase::utcValue(QDateTime::currentDateTimeUtc().addSecs(120)), target}));
        // The dialog still shows the old value; the user picks External too.
        QCOMPARE(stale.userTypeBox()->currentData().toString(), QStringLiteral("regular"));
        stale.userTypeBox()->setCurrentIndex(1);
        QCOMPARE(UserRepository(*session).findById(target).value.userType,
                 QStringLiteral("external"));
        QVERIFY(!written(stale, save));
        QVERIFY2(stale.messageText().contains(QStringLiteral("changed by someone else")),
                 qPrintable(stale.messageText()));
        // The dialog now shows what is stored.
        QCOMPARE(stale.userTypeBox()->currentData().toString(), QStringLiteral("external"));
        QVERIFY(!stale.saveRolesAndSettings()); // nothing left to save
        QCOMPARE(stale.messageText(), QStringLiteral("Nothing to save."));
    }

    // Keys in the user details dialog do what the user asked and nothing
    // more: Enter in "Project name" adds the project (the dialog stays);
    // Change role and Unassign ask first, as the project detail dialog
    // does; afterwards focus is not on "Deactivate user…", and Enter there
    // opens no prompt; the deactivation prompt's button says "Deactivate".
    void detailsDialogKeysAndConfirmations_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void detailsDialogKeysAndConfirmations()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString target = addBossAndMember(*db, true);
        db->addProject(QStringLiteral("beta"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString adminIn = QStringLiteral(
            "SELECT count(*) FROM user_projects WHERE user_id = ? AND project_name = ? AND "
            "is_project_admin = ?");
        const QString memberOf = QStringLiteral(
            "SELECT count(*) FROM user_projects WHERE user_id = ? AND project_name = ?");

        // Enter in the project field adds it; the dialog stays open.
        QSignalSpy finished(&dialog, &UserDetailsDialog::writeFinished);
        dialog.addProjectEdit()->setFocus();
        QTest::keyClicks(dialog.addProjectEdit(), QStringLiteral("beta"));
        QTest::keyClick(dialog.addProjectEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageText(), QStringLiteral("Added to beta"));
        QCOMPARE(scalar(*db, memberOf, {target, QStringLiteral("beta")}), 1);
        QCOMPARE(dialog.result(), 0); // neither accepted nor rejected

        // Change role asks; Cancel changes nothing.
        QTableWidget *table = dialog.projectsTable();
        selectProject(dialog, QStringLiteral("alpha"));
        {
            ModalWatch watch(QStringLiteral("Cancel"));
            QTest::mouseClick(dialog.toggleRoleButton(), Qt::LeftButton);
            QCOMPARE(watch.seen.size(), 1);
            QCOMPARE(watch.seen.at(0).title, QStringLiteral("Change User Role?"));
            QCOMPARE(watch.seen.at(0).text,
                     QStringLiteral(
                         "Are you sure you want to change the role in alpha to Project Admin?"));
            QCOMPARE(watch.seen.at(0).defaultButton, QStringLiteral("Cancel"));
            QVERIFY(watch.seen.at(0).buttons.contains(QStringLiteral("Change Role")));
        }
        QVERIFY(!dialog.isBusy());
        QCOMPARE(scalar(*db, adminIn, {target, QStringLiteral("alpha"), true}), 0);
        // "Change Role" changes it; focus is then not on Deactivate, and
        // Enter where focus is opens no prompt.
        {
            ModalWatch watch(QStringLiteral("Change Role"));
            QTest::mouseClick(dialog.toggleRoleButton(), Qt::LeftButton);
            QCOMPARE(watch.seen.size(), 1);
            QTRY_COMPARE(finished.size(), 2);
            QCOMPARE(dialog.messageText(), QStringLiteral("Role updated successfully"));
            QCOMPARE(scalar(*db, adminIn, {target, QStringLiteral("alpha"), true}), 1);
            QWidget *focus = dialog.focusWidget();
            QVERIFY(focus);
            QVERIFY(focus != dialog.deactivateButton());
            QTest::keyClick(focus, Qt::Key_Return);
            QCOMPARE(watch.seen.size(), 1); // no deactivation prompt
            QVERIFY(dialog.isVisible());
        }
        // Unassign asks too ("Unassign"), then focus stays off Deactivate.
        selectProject(dialog, QStringLiteral("alpha"));
        {
            ModalWatch watch(QStringLiteral("Unassign"));
            table->setFocus();
            QTest::mouseClick(dialog.unassignButton(), Qt::LeftButton);
            QCOMPARE(watch.seen.size(), 1);
            QCOMPARE(watch.seen.at(0).title, QStringLiteral("Unassign from Project?"));
            QCOMPARE(watch.seen.at(0).text,
                     QStringLiteral("Are you sure you want to unassign this user from alpha?"));
            QCOMPARE(watch.seen.at(0).defaultButton, QStringLiteral("Cancel"));
            QTRY_COMPARE(finished.size(), 3);
            QCOMPARE(scalar(*db, memberOf, {target, QStringLiteral("alpha")}), 0);
            QWidget *focus = dialog.focusWidget();
            QVERIFY(focus);
            QVERIFY(focus != dialog.deactivateButton());
            QTest::keyClick(focus, Qt::Key_Return);
            QCOMPARE(watch.seen.size(), 1);
            QVERIFY(dialog.isVisible());
        }
        // Enter on a focused "Deactivate user…" does nothing; a click asks,
        // with "Deactivate" (not Yes) and Cancel as the default.
        {
            ModalWatch watch(QStringLiteral("Cancel"));
            dialog.deactivateButton()->setFocus();
            QTest::keyClick(dialog.deactivateButton(), Qt::Key_Return);
            QCOMPARE(watch.seen.size(), 0);
            QTest::mouseClick(dialog.deactivateButton(), Qt::LeftButton);
            QCOMPARE(watch.seen.size(), 1);
            QCOMPARE(watch.seen.at(0).title, QStringLiteral("Deactivate User?"));
            QVERIFY(watch.seen.at(0).buttons.contains(QStringLiteral("Deactivate")));
            QVERIFY(!watch.seen.at(0).buttons.contains(QStringLiteral("Yes")));
            QCOMPARE(watch.seen.at(0).defaultButton, QStringLiteral("Cancel"));
        }
        QVERIFY(!UserRepository(*session).findById(target).value.isDeactivated());
        screenshot(dialog, QStringLiteral("user-details-keys.png"));
    }

    // The bulk dialogs: titled with the action and the user count, project
    // names suggested as you type, an unknown project refused before any
    // question, no stray widget, "Assign"/"Unassign" instead of OK, a
    // summary that reads, the selection kept after a refusal, and "Select
    // users first" before any dialog. "Select all matching" highlights
    // what it acts on.
    void bulkDialogs_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void bulkDialogs()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        for (int i = 0; i < 3; ++i)
            db->addUser(QStringLiteral("bulk%1@example.com").arg(i));
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("ml-ops"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QTest::keyClicks(page.searchBox(), QStringLiteral("bulk"));
        QTRY_COMPARE(page.model()->totalCount(), 3);
        QTRY_VERIFY(page.model()->isRowLoaded(2));
        clickRow(page.table(), 0);
        clickRow(page.table(), 1, Qt::ControlModifier);
        QCOMPARE(page.targetUserIds().size(), 2);

        // Unassign: its own title, and no role box (drawn over the form before).
        bool unassignSeen = false;
        test::whenModal<BulkActionDialog>([&](BulkActionDialog *d) {
            unassignSeen = true;
            QCOMPARE(d->windowTitle(),
                     QStringLiteral("Unassign 2 selected user(s) from a project"));
            QVERIFY(!d->roleBox());
            for (QComboBox *box : d->findChildren<QComboBox *>())
                QVERIFY(!box->isVisible());
            QCOMPARE(d->actionButton()->text(), QStringLiteral("Unassign"));
            screenshot(*d, QStringLiteral("bulk-unassign.png"));
            d->reject();
        });
        bulkAction(page, QStringLiteral("Unassign from project…"))->trigger();
        QVERIFY(unassignSeen);

        // Assign: suggestions, and a typo refused in the dialog, before asking.
        ModalWatch watch(QStringLiteral("Assign"));
        bool assignSeen = false;
        test::whenModal<BulkActionDialog>([&](BulkActionDialog *d) {
            assignSeen = true;
            QCOMPARE(d->windowTitle(), QStringLiteral("Assign 2 selected user(s) to a project"));
            QSignalSpy suggested(d, &BulkActionDialog::projectSuggestionsLoaded);
            QTest::keyClicks(d->projectEdit(), QStringLiteral("ml-o"));
            QTRY_VERIFY(!suggested.isEmpty());
            QCOMPARE(suggested.constLast().at(0).toStringList(),
                     QStringList{QStringLiteral("ml-ops")});
            QVERIFY(d->projectEdit()->completer()->popup()->isVisible());
            QTest::keyClick(d->projectEdit()->completer()->popup(), Qt::Key_Escape);
            QTest::mouseClick(d->actionButton(), Qt::LeftButton);
            // Looked up on the dialog's worker: the click returns at once,
            // says so and blocks a second click; the answer comes after.
            QVERIFY(d->isChecking());
            QCOMPARE(d->messageText(), QStringLiteral("Looking up the project…"));
            QVERIFY(!d->actionButton()->isEnabled());
            QTRY_VERIFY(!d->isChecking());
            QVERIFY(d->isVisible());
            QVERIFY(d->actionButton()->isEnabled());
            QCOMPARE(d->messageText(), QStringLiteral("Project not found"));
            QVERIFY(watch.seen.isEmpty()); // nothing asked yet
            screenshot(*d, QStringLiteral("bulk-assign-unknown-project.png"));
            d->projectEdit()->clear();
            QTest::keyClicks(d->projectEdit(), QStringLiteral("ML-OPS"));
            if (QWidget *popup = d->projectEdit()->completer()->popup(); popup->isVisible())
                QTest::keyClick(popup, Qt::Key_Escape);
            QTest::keyClick(d->projectEdit(), Qt::Key_Return);
        });
        bulkAction(page, QStringLiteral("Assign to project…"))->trigger();
        QVERIFY(assignSeen);
        QCOMPARE(watch.seen.size(), 2); // the confirmation, then the summary
        QCOMPARE(watch.seen.at(0).title, QStringLiteral("Assign Users to Project?"));
        QCOMPARE(watch.seen.at(0).text, QStringLiteral("Assign 2 user(s) to ml-ops as user?"));
        QCOMPARE(watch.seen.at(0).defaultButton, QStringLiteral("Cancel"));
        QCOMPARE(watch.seen.at(1).text, QStringLiteral("2 user(s) changed."));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM user_projects WHERE "
                                            "project_name = 'ml-ops'")),
                 2);
        // Read again: the same two users are still selected.
        QTRY_COMPARE(page.targetUserIds().size(), 2);

        // Refused for both (not members of alpha): nothing changes, the
        // selection stays for the next try.
        watch.answer = QStringLiteral("Change Role");
        watch.seen.clear();
        test::whenModal<BulkActionDialog>([&](BulkActionDialog *d) {
            QCOMPARE(d->windowTitle(),
                     QStringLiteral("Change the project role of 2 selected user(s)"));
            QTest::keyClicks(d->projectEdit(), QStringLiteral("alpha"));
            d->roleBox()->setCurrentIndex(1);
            QTest::mouseClick(d->actionButton(), Qt::LeftButton);
        });
        bulkAction(page, QStringLiteral("Change project role…"))->trigger();
        QCOMPARE(watch.seen.size(), 2);
        QCOMPARE(watch.seen.at(0).text,
                 QStringLiteral("Change the role of 2 user(s) in alpha to Project Admin?"));
        QVERIFY2(
            watch.seen.at(1).text.startsWith(QStringLiteral("0 user(s) changed; 2 refused.\nbulk")),
            qPrintable(watch.seen.at(1).text));
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(page.targetUserIds().size(), 2);

        // Deactivate asks with "Deactivate" and no stray "?".
        watch.answer = QStringLiteral("Cancel");
        watch.seen.clear();
        bulkAction(page, QStringLiteral("Deactivate…"))->trigger();
        QCOMPARE(watch.seen.size(), 1);
        QCOMPARE(watch.seen.at(0).text,
                 QStringLiteral("Deactivate 2 user(s)? Deactivation cannot be undone."));
        QVERIFY(watch.seen.at(0).buttons.contains(QStringLiteral("Deactivate")));

        // "Select all matching" highlights every row it acts on; a click on
        // one row turns it off.
        QToolButton *all = toolButton(page, QStringLiteral("Select all"));
        QVERIFY(all);
        QCOMPARE(all->text(), QStringLiteral("Select all matching (3)"));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 3);
        QCOMPARE(page.targetUserIds().size(), 3);
        clickRow(page.table(), 1);
        QVERIFY(!all->isChecked());
        QCOMPARE(page.targetUserIds().size(), 1);

        // Nobody selected: said before any dialog opens.
        page.table()->clearSelection();
        watch.seen.clear();
        bulkAction(page, QStringLiteral("Assign to project…"))->trigger();
        QCOMPARE(watch.seen.size(), 1);
        QCOMPARE(watch.seen.at(0).text,
                 QStringLiteral("Select users first, or choose \"Select all matching\"."));
    }

    // The Users table as the web UI shows it: "-" for an empty value (the
    // username stands in for a missing name), "No" in the Yes/No columns,
    // "No data available" in an empty list, Escape and "Clear filters" to
    // get every user back, the e-mail column as wide as the e-mails, and
    // names sorted as people read them on SQLite too (as PostgreSQL with a
    // language collation sorts them).
    void usersTableReadsLikeTheWebUi_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void usersTableReadsLikeTheWebUi()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        if (db->isPostgres()) {
            // The platform's databases use a language collation; the test
            // server's default is C (byte order).
            QVERIFY(db->admin().exec(QStringLiteral(
                "ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(255) COLLATE \"en-US-x-icu\"")));
        }
        db->addUser(QStringLiteral("boss@example.com"), true, true, true, QStringLiteral("Boss"));
        const QString longEmail =
            QStringLiteral("a.rather.long.address.of.someone@research-department.example.com");
        for (const auto &[email, name] :
             {std::pair{QStringLiteral("zoe@example.com"), QStringLiteral("Zoë")},
              std::pair{QStringLiteral("angel@example.com"), QStringLiteral("Ángel")},
              std::pair{QStringLiteral("angela@example.com"), QStringLiteral("Angela")},
              std::pair{QStringLiteral("emile@example.com"), QStringLiteral("Émile")},
              std::pair{longEmail, QStringLiteral("Long")}})
            db->addUser(email, false, false, true, name);
        const QString nameless =
            db->addUser(QStringLiteral("nameless@example.com"), false, false, true, QString());
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        // Wide enough for every column at its content width, the Budgets
        // column (2.23+) included, and the long e-mail whole.
        page.resize(1500, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QTRY_COMPARE(page.model()->totalCount(), 7);
        QTRY_VERIFY(page.model()->isRowLoaded(6));
        QVERIFY(!page.emptyNotice()->isVisible());
        QVERIFY(!page.clearFiltersButton()->isVisible());

        auto rowOf = [&](const QString &email) {
            for (int r = 0; r < page.model()->rowCount(); ++r)
                if (page.model()->userAt(r).email == email)
                    return r;
            return -1;
        };
        auto cell = [&](const QString &email, int column) {
            return page.model()->index(rowOf(email), column).data().toString();
        };
        const QString namelessName = UserRepository(*session).findById(nameless).value.username;
        QCOMPARE(cell(QStringLiteral("nameless@example.com"), UserTableModel::Name),
                 namelessName.isEmpty() ? QStringLiteral("-") : namelessName);
        QCOMPARE(cell(QStringLiteral("zoe@example.com"), UserTableModel::Admin),
                 QStringLiteral("No"));
        QCOMPARE(cell(QStringLiteral("zoe@example.com"), UserTableModel::ProjectAdmin),
                 QStringLiteral("No"));
        QCOMPARE(cell(QStringLiteral("boss@example.com"), UserTableModel::Admin),
                 QStringLiteral("Yes"));
        QCOMPARE(cell(QStringLiteral("zoe@example.com"), UserTableModel::Projects),
                 QStringLiteral("-"));
        // E-mails are not cut while the window has room.
        const auto widths = [&page] {
            QStringList w;
            for (int c = 0; c < UserTableModel::ColumnCount; ++c)
                w << QStringLiteral("%1=%2%3")
                         .arg(UserTableModel::columnTitle(c))
                         .arg(page.table()->columnWidth(c))
                         .arg(page.table()->isColumnHidden(c) ? QStringLiteral(" (hidden)")
                                                              : QString());
            return w.join(QStringLiteral(", "));
        };
        QTRY_VERIFY2(page.table()->columnWidth(UserTableModel::Email) >
                         page.table()->fontMetrics().horizontalAdvance(longEmail),
                     qPrintable(widths()));
        screenshot(page, QStringLiteral("users-page.png"));

        // Names descending, by clicking the header twice: accents next to
        // their letter, not after "Z".
        QHeaderView *header = page.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(UserTableModel::Name) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTRY_VERIFY(page.model()->query().sortKey == UserQuery::SortKey::Name);
        if (!page.model()->query().descending)
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTRY_VERIFY(page.model()->query().descending);
        QTRY_VERIFY(page.model()->isRowLoaded(6));
        QStringList names;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            names << page.model()->userAt(r).name;
        names.removeAll(QString());
        QCOMPARE(names, (QStringList{QStringLiteral("Zoë"), QStringLiteral("Long"),
                                     QStringLiteral("Émile"), QStringLiteral("Boss"),
                                     QStringLiteral("Angela"), QStringLiteral("Ángel")}));

        // Nothing found: said in the table; Escape brings everyone back.
        page.searchBox()->setFocus();
        QTest::keyClicks(page.searchBox(), QStringLiteral("no-such-person"));
        QTRY_COMPARE(page.model()->totalCount(), 0);
        QTRY_VERIFY(page.emptyNotice()->isVisible());
        QCOMPARE(page.emptyNotice()->text(), QStringLiteral("No data available"));
        QVERIFY(page.clearFiltersButton()->isVisible());
        screenshot(page, QStringLiteral("users-empty.png"));
        QTest::keyClick(page.searchBox(), Qt::Key_Escape);
        QVERIFY(page.searchBox()->text().isEmpty());
        QTRY_COMPARE(page.model()->totalCount(), 7);
        QVERIFY(!page.emptyNotice()->isVisible());
        // "Clear filters" resets the search and every filter at once.
        QTest::keyClicks(page.searchBox(), QStringLiteral("zoe"));
        page.roleFilter()->setCurrentIndex(page.roleFilter()->findData(int(UserQuery::Role::User)));
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QVERIFY(page.clearFiltersButton()->isVisible());
        QTest::mouseClick(page.clearFiltersButton(), Qt::LeftButton);
        QVERIFY(page.searchBox()->text().isEmpty());
        QCOMPARE(page.roleFilter()->currentIndex(), 0);
        QVERIFY(page.chipTexts().isEmpty());
        QTRY_COMPARE(page.model()->totalCount(), 7);
        QVERIFY(!page.clearFiltersButton()->isVisible());
    }

    void rolesNeedAMaintainerFrom223()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("keeper@example.com"), true, true);
        db->addUser(QStringLiteral("admin@example.com"), true, false);
        const QString target = db->addUser(QStringLiteral("t@example.com"));
        auto session = db->session(QStringLiteral("admin@example.com"));
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        QVERIFY(!dialog.adminBox()->isEnabled());
        QVERIFY(dialog.adminBox()->toolTip().contains(QStringLiteral("Only maintainers")));
        QVERIFY(!dialog.maintainerBox()->isEnabled());
        // The admin still edits non-role fields.
        QVERIFY(dialog.userTypeBox()->isEnabled());
        dialog.userTypeBox()->setCurrentIndex(1);
        QVERIFY(written(dialog, save));
        QCOMPARE(UserRepository(*session).findById(target).value.userType,
                 QStringLiteral("external"));
        // Own roles are never editable.
        UserDetailsDialog self(*session, session->actor());
        QVERIFY(!self.adminBox()->isEnabled());
        QVERIFY(self.adminBox()->toolTip().contains(QStringLiteral("own")));
    }

    void readOnlySessionDisablesEditing()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("plain@example.com"));
        const QString target = db->addUser(QStringLiteral("t@example.com"));
        auto session = db->session(QStringLiteral("plain@example.com"));
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        QVERIFY(!dialog.userTypeBox()->isEnabled());
        QVERIFY(!dialog.adminBox()->isEnabled());
        QVERIFY(
            dialog.adminBox()->toolTip().contains(QStringLiteral("not a platform administrator")));
        UsersPage page;
        page.setSession(session.get());
        QTRY_COMPARE(page.model()->totalCount(), 2);
        page.setAllMatching(true);
        page.runBulk(int(UserBulkOperation::Kind::Deactivate), {}, false, false);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM users WHERE is_active = ?"), {true}),
            2);
    }

    void bulkActionsOnSelectionAndAllMatching_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void bulkActionsOnSelectionAndAllMatching()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true,
                    engine != QStringLiteral("pg-2.19.0"));
        for (int i = 0; i < 30; ++i)
            db->addUser(QStringLiteral("bulk%1@example.com").arg(i, 2, 10, QLatin1Char('0')));
        db->addProject(QStringLiteral("alpha"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.resize(1000, 700);
        page.show();
        page.setSession(session.get());
        QTest::keyClicks(page.searchBox(), QStringLiteral("bulk"));
        QTRY_COMPARE(page.model()->totalCount(), 30);
        QTRY_VERIFY(page.model()->isRowLoaded(2));
        page.table()->selectionModel()->select(
            page.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.table()->selectionModel()->select(
            page.model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.targetUserIds().size(), 2);
        page.runBulk(int(UserBulkOperation::Kind::AssignToProject), QStringLiteral("alpha"), true,
                     false);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {true}),
                 2);
        // Every matching user: assign as user; the two admins keep... the role asked for.
        QTRY_COMPARE(page.model()->totalCount(), 30);
        page.setAllMatching(true);
        QCOMPARE(page.targetUserIds().size(), 30);
        page.runBulk(int(UserBulkOperation::Kind::AssignToProject), QStringLiteral("alpha"), false,
                     false);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM user_projects WHERE project_name = 'alpha'")),
            30);
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {true}),
                 0);
        // Bulk on a personal project is refused as a whole.
        UserBulkOperation personal(*session, UserBulkOperation::Kind::AssignToProject,
                                   QStringLiteral("missing-project"));
        QCOMPARE(personal.apply({session->actor().id}).outcome.message(),
                 QStringLiteral("Project not found"));
        // Deactivate all matching: the acting admin is not among them; all 30 go.
        QTRY_COMPARE(page.model()->totalCount(), 30);
        page.setAllMatching(true);
        page.runBulk(int(UserBulkOperation::Kind::Deactivate), {}, false, false);
        QCOMPARE(
            scalar(*db,
                   QStringLiteral(
                       "SELECT count(*) FROM users WHERE is_active = ? AND deleted_at IS NOT NULL"),
                   {false}),
            30);
        QTRY_COMPARE(page.model()->totalCount(), 0);
        // Deactivating oneself in bulk is refused per user, with the reason.
        UserBulkOperation self(*session, UserBulkOperation::Kind::Deactivate);
        const auto r = self.apply({session->actor().id});
        QVERIFY(r.isOk());
        QCOMPARE(r.value.refused.size(), 1);
    }

    // A selection far down a long list survives the reload after a bulk
    // action (and a refresh): every selected user still listed is selected
    // again wherever it now is, found without reading the rows between (the
    // index's matches; SQL when the index does not answer: sorting by total
    // spend on PostgreSQL, every sort on SQLite, each with ties broken by
    // id); users no longer listed drop out; the next bulk action acts on
    // exactly the users selected.
    void selectionKeptAfterReloadWherever_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<bool>("byIndex");
        QTest::newRow("pg-2.42.0 index")
            << QStringLiteral("pg-2.42.0") << int(UserTableModel::Email) << true;
        QTest::newRow("pg-2.42.0 sql, spend ties")
            << QStringLiteral("pg-2.42.0") << int(UserTableModel::Budgets) << false;
        QTest::newRow("sqlite-2.42.0, name ties")
            << QStringLiteral("sqlite-2.42.0") << int(UserTableModel::Name) << false;
    }
    void selectionKeptAfterReloadWherever()
    {
        QFETCH(QString, engine);
        QFETCH(int, sortColumn);
        QFETCH(bool, byIndex);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        // u00000 and 2,999 more like it, their ids in another order than
        // their e-mails (and every name the same: sorted by name, or by
        // spend, the id decides).
        QVERIFY(addUsersLikeU00000(*db, 2999));
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("beta"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 700);
        page.show();
        page.setSession(session.get());
        QTableView *table = page.table();
        UserTableModel *model = page.model();
        QTRY_COMPARE(model->totalCount(), 3001);
        if (byIndex) {
            QVERIFY(model->searchService());
            QTRY_VERIFY(model->searchService()->state() == UserSearchService::State::Ready);
            page.reload(); // now answered by the index
        } else {
            table->sortByColumn(sortColumn, Qt::AscendingOrder);
        }
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 3001);
        QCOMPARE(model->isAnsweredByIndex(), byIndex);
        // Clicks on rows 5, 1,234 and 2,000 (Ctrl adds), 1,234 last: current.
        const auto userOn = [&](int row) {
            // Empty if it never loads (the comparisons below then fail).
            table->scrollTo(model->index(row, UserTableModel::Email));
            if (!QTest::qWaitFor(
                    [&] {
                        model->data(model->index(row, UserTableModel::Email));
                        return model->isRowLoaded(row);
                    },
                    codemie::test::conditionWaitMs))
                return QString();
            return model->userAt(row).id;
        };
        const auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
            const QString id = userOn(row);
            clickRow(table, row, modifiers);
            return id;
        };
        const QString shifted = userOn(100); // not selected; deactivated later
        const QString near = click(5, {});
        const QString gone = click(2000, Qt::ControlModifier);
        const QString far = click(1234, Qt::ControlModifier);
        QVERIFY(!near.isEmpty() && !far.isEmpty() && !gone.isEmpty() && !shifted.isEmpty());
        QVERIFY(page.countText().contains(QStringLiteral("3 selected")));
        const QStringList three{near, far, gone};
        const auto targets = [&page] {
            const QStringList ids = page.targetUserIds();
            return QSet<QString>(ids.cbegin(), ids.cend());
        };
        QCOMPARE(targets(), QSet<QString>(three.cbegin(), three.cend()));

        // What the page shows selected, read back by id (each row loaded).
        const auto selectedIds = [&] {
            QList<int> rows;
            for (const QModelIndex &index : table->selectionModel()->selectedRows())
                rows << index.row();
            QSet<QString> ids;
            for (int row : std::as_const(rows))
                ids << userOn(row);
            return ids;
        };
        const auto membersOf = [&](const QString &project) {
            QSet<QString> ids;
            QSqlQuery q = db->admin().newQuery();
            if (db->admin().exec(q,
                                 QStringLiteral("SELECT user_id FROM user_projects WHERE "
                                                "project_name = ?"),
                                 {project}))
                while (q.next())
                    ids << q.value(0).toString();
            return ids;
        };

        // A bulk action that keeps all three listed: all three stay selected.
        page.runBulk(int(UserBulkOperation::Kind::AssignToProject), QStringLiteral("alpha"), false,
                     false);
        QCOMPARE(membersOf(QStringLiteral("alpha")), QSet<QString>(three.cbegin(), three.cend()));
        QTRY_VERIFY(!model->isLoading() && table->selectionModel()->selectedRows().size() == 3);
        QVERIFY(!model->isAnsweredByIndex()); // the index was dropped by the write
        QVERIFY2(page.countText().contains(QStringLiteral("3 selected")),
                 qPrintable(page.countText()));
        // The current row is the user clicked last, still on screen.
        QCOMPARE(table->currentIndex().row(), 1234);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        QCOMPARE(targets(), QSet<QString>(three.cbegin(), three.cend()));
        QCOMPARE(selectedIds(), QSet<QString>(three.cbegin(), three.cend()));
        screenshot(page, QStringLiteral("users-selection-kept.png"));

        // Someone else deactivates a selected user and one above the far
        // one: after a refresh the first is no longer selected and the far
        // user is one row up.
        for (const QString &id : {gone, shifted})
            QVERIFY(db->admin().exec(QStringLiteral("UPDATE users SET is_active = ?, deleted_at "
                                                    "= update_date WHERE id = ?"),
                                     {false, id}));
        if (byIndex) {
            // The index read again, after the change: it answers the refresh.
            UserSearchService *search = model->searchService();
            QTRY_VERIFY(search->state() == UserSearchService::State::Ready && search->index() &&
                        search->index()->loadedFingerprint() ==
                            UserSearchIndex::fingerprint(*session).value);
        }
        page.reload();
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 2999 &&
                    table->selectionModel()->selectedRows().size() == 2);
        QCOMPARE(model->isAnsweredByIndex(), byIndex);
        const QStringList two{near, far};
        QCOMPARE(selectedIds(), QSet<QString>(two.cbegin(), two.cend()));
        QVERIFY2(page.countText().contains(QStringLiteral("2 selected")),
                 qPrintable(page.countText()));
        QCOMPARE(table->currentIndex().row(), 1233);

        // The next bulk action acts on exactly those two, though the near
        // row's page may not be read now.
        QCOMPARE(targets(), QSet<QString>(two.cbegin(), two.cend()));
        page.runBulk(int(UserBulkOperation::Kind::AssignToProject), QStringLiteral("beta"), false,
                     false);
        QCOMPARE(membersOf(QStringLiteral("beta")), QSet<QString>(two.cbegin(), two.cend()));
        QTRY_VERIFY(!model->isLoading() && table->selectionModel()->selectedRows().size() == 2);
        QVERIFY2(page.countText().contains(QStringLiteral("2 selected")),
                 qPrintable(page.countText()));

        // Deactivating them takes them out of the (active) list: nothing
        // stays selected, and the count says so.
        page.runBulk(int(UserBulkOperation::Kind::Deactivate), {}, false, false);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 2997);
        QTRY_VERIFY(!page.countText().contains(QStringLiteral("selected")));
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        QVERIFY(page.targetUserIds().isEmpty());
    }

    // Selected rows whose pages were never read (a Shift range, Ctrl+A) are
    // acted on too, each by its id; a selection over the bound a reload
    // keeps (10,000) is cleared by the reload, and the page says so.
    void bulkTargetsSelectedRowsNotRead_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void bulkTargetsSelectedRowsNotRead()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        QVERIFY(addUsersLikeU00000(*db, 10000));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.resize(1100, 700);
        page.show();
        page.setSession(session.get());
        QTableView *table = page.table();
        UserTableModel *model = page.model();
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 10002 && model->isRowLoaded(3));
        const auto all = UserRepository(*session).ids(model->query());
        QVERIFY(all.isOk());
        QCOMPARE(all.value.size(), 10002);
        // Row 3 clicked, row 9,000 Shift-clicked: the pages between unread.
        clickRow(table, 3);
        table->scrollTo(model->index(9000, UserTableModel::Email));
        clickRow(table, 9000, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 8998);
        QVERIFY(!model->isRowLoaded(4000));
        QCOMPARE(page.targetUserIds(), all.value.mid(3, 8998));
        // Ctrl+A: every row, more than a reload keeps.
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 10002);
        QCOMPARE(page.targetUserIds(), all.value);
        QSignalSpy messages(&page, &UsersPage::message);
        page.reload();
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 10002 && !messages.isEmpty());
        QVERIFY2(
            messages.constLast().at(0).toString().contains(QStringLiteral("cleared by the reload")),
            qPrintable(messages.constLast().at(0).toString()));
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!page.countText().contains(QStringLiteral("selected")));
        QVERIFY(page.targetUserIds().isEmpty());
    }

    void budgetFilter_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void budgetFilter()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("boss@example.com"), true, budgets);
        const QString a = db->addUser(QStringLiteral("a@example.com"));
        const QString b = db->addUser(QStringLiteral("b@example.com"));
        db->addUser(QStringLiteral("c@example.com"));
        const QString budgetKey = QStringLiteral("users/filter/budget");
        auto session = db->session(QStringLiteral("boss@example.com"));
        if (!budgets) {
            // No budgets before 2.23: no filter, and one kept from another
            // database filters nothing here.
            QSettings().setValue(budgetKey, QStringLiteral("power-cli"));
            UsersPage page;
            page.show();
            page.setSession(session.get());
            QVERIFY(!page.budgetFilter()->isVisible());
            QTRY_COMPARE(page.model()->totalCount(), 4);
            QVERIFY(page.model()->query().budgetId.isEmpty());
            QVERIFY(page.chipTexts().isEmpty());
            return;
        }
        addBudgets(*db);
        assignBudget(*db, a, QStringLiteral("cli"), QStringLiteral("power-cli"));
        assignBudget(*db, b, QStringLiteral("cli"), QStringLiteral("power-cli"));
        assignBudget(*db, b, QStringLiteral("platform"), QStringLiteral("standard-platform"));
        UsersPage page;
        page.resize(1100, 420);
        page.show();
        QSignalSpy loaded(&page, &UsersPage::budgetsLoaded);
        page.setSession(session.get());
        QComboBox *filter = page.budgetFilter();
        QVERIFY(filter->isVisible());
        QCOMPARE(filter->accessibleName(), QStringLiteral("Budget filter"));
        QVERIFY(!filter->toolTip().isEmpty());
        QVERIFY(loaded.wait(codemie::test::conditionWaitMs));
        // The global budgets by name (not the project budget).
        QStringList items;
        for (int i = 0; i < filter->count(); ++i)
            items << filter->itemText(i);
        QCOMPARE(items,
                 (QStringList{QStringLiteral("Any budget"), QStringLiteral("Power CLI (CLI)"),
                              QStringLiteral("Standard platform (Platform)")}));
        QTRY_COMPARE(page.model()->totalCount(), 4);
        filter->setCurrentIndex(filter->findData(QStringLiteral("power-cli")));
        QTRY_COMPARE(page.model()->totalCount(), 2);
        QTRY_VERIFY(page.model()->isRowLoaded(1));
        QCOMPARE(page.model()->userAt(0).id, a);
        QCOMPARE(page.model()->userAt(1).id, b);
        QCOMPARE(page.chipTexts(), QStringList{QStringLiteral("Budget: Power CLI (CLI)  ✕")});
        filter->setCurrentIndex(filter->findData(QStringLiteral("standard-platform")));
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QTRY_VERIFY(page.model()->isRowLoaded(0));
        QCOMPARE(page.model()->userAt(0).id, b);
        screenshot(page, QStringLiteral("users-page-budget-filter.png"));
        {
            // Kept between runs: it filters at once, and is named once the
            // budgets are read.
            UsersPage again;
            QSignalSpy againLoaded(&again, &UsersPage::budgetsLoaded);
            again.setSession(session.get());
            QCOMPARE(again.model()->query().budgetId, QStringLiteral("standard-platform"));
            QVERIFY(againLoaded.wait(codemie::test::conditionWaitMs));
            QCOMPARE(again.budgetFilter()->currentText(),
                     QStringLiteral("Standard platform (Platform)"));
            QCOMPARE(again.chipTexts(),
                     QStringList{QStringLiteral("Budget: Standard platform (Platform)  ✕")});
            QTRY_COMPARE(again.model()->totalCount(), 1);
        }
        // The chip removes the filter, and that is kept too.
        QToolButton *budgetChip =
            chip(page, QStringLiteral("Budget: Standard platform (Platform)"));
        QVERIFY(budgetChip);
        budgetChip->click();
        QTRY_COMPARE(page.model()->totalCount(), 4);
        QCOMPARE(filter->currentIndex(), 0);
        QVERIFY(page.chipTexts().isEmpty());
        QCOMPARE(QSettings().value(budgetKey).toString(), QString());
        // A kept budget deleted meanwhile is dropped, with a word why.
        filter->setCurrentIndex(filter->findData(QStringLiteral("power-cli")));
        QTRY_COMPARE(page.model()->totalCount(), 2);
        QVERIFY(db->admin().exec(
            QStringLiteral("DELETE FROM user_budget_assignments WHERE budget_id = 'power-cli'")));
        QVERIFY(
            db->admin().exec(QStringLiteral("DELETE FROM budgets WHERE budget_id = 'power-cli'")));
        UsersPage later;
        QSignalSpy messages(&later, &UsersPage::message);
        QSignalSpy laterLoaded(&later, &UsersPage::budgetsLoaded);
        later.setSession(session.get());
        QVERIFY(laterLoaded.wait(codemie::test::conditionWaitMs));
        QCOMPARE(later.budgetFilter()->count(), 2);
        QCOMPARE(later.budgetFilter()->currentIndex(), 0);
        QVERIFY(later.chipTexts().isEmpty());
        QVERIFY(later.model()->query().budgetId.isEmpty());
        QTRY_COMPARE(later.model()->totalCount(), 4);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.constFirst().at(0).toString(),
                 QStringLiteral("Budget filter removed: that budget no longer exists."));
        QCOMPARE(QSettings().value(budgetKey).toString(), QString());
    }

    // Until the worker's count arrives the page says it is reading, not
    // "0 user(s) match" over an empty table (seen in the walkthrough right
    // after the window opened on the demo database).
    void countSaysReadingUntilItArrives_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void countSaysReadingUntilItArrives()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        db->addUser(QStringLiteral("someone@example.com"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QVERIFY(page.model()->isLoading());
        QCOMPARE(page.countText(), QStringLiteral("Reading users…"));
        QVERIFY(!page.emptyNotice()->isVisible());
        QTRY_COMPARE(page.countText(), QStringLiteral("2 user(s) match"));
        // A search that finds nobody: reading, then empty, said in the table.
        QTest::keyClicks(page.searchBox(), QStringLiteral("no-such-person"));
        QTRY_COMPARE(page.countText(), QStringLiteral("0 user(s) match"));
        QVERIFY(page.emptyNotice()->isVisible());
    }

    void detailsWriteOnAWorker_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void detailsWriteOnAWorker()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString target = addBossAndMember(*db, engine != QStringLiteral("pg-2.19.0"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        const QString isAdminSql =
            QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = 'alpha' AND "
                           "is_project_admin = ?");
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        selectProject(dialog, QStringLiteral("alpha"));
        QSignalSpy finished(&dialog, &UserDetailsDialog::writeFinished);
        QSignalSpy changed(&dialog, &UserDetailsDialog::userChanged);
        QVERIFY(dialog.toggleSelectedRole(false));
        // In flight: busy shown, the writing controls off, the rest usable.
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.busyIndicator()->isVisible());
        QCOMPARE(dialog.messageText(), QStringLiteral("Saving…"));
        for (QWidget *w : std::initializer_list<QWidget *>{
                 dialog.saveButton(), dialog.addButton(), dialog.toggleRoleButton(),
                 dialog.unassignButton(), dialog.deactivateButton(), dialog.userTypeBox(),
                 dialog.adminBox(), dialog.addProjectEdit(), dialog.addRoleBox()})
            QVERIFY2(!w->isEnabled(), qPrintable(w->accessibleName()));
        QVERIFY(dialog.projectsTable()->isEnabled());
        QVERIFY(!dialog.toggleSelectedRole(false)); // no second write meanwhile
        QVERIFY(!dialog.deactivate(false));
        screenshotNow(dialog, QStringLiteral("user-details-saving.png"));
        QVERIFY(finished.wait(codemie::test::conditionWaitMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().at(0).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toString(), target);
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.busyIndicator()->isVisible());
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.toggleRoleButton()->isEnabled()); // the row is still selected
        QCOMPARE(dialog.messageText(), QStringLiteral("Role updated successfully"));
        QCOMPARE(scalar(*db, isAdminSql, {true}), 1);
        QCOMPARE(dialog.projectsTable()->item(dialog.projectsTable()->currentRow(), 2)->text(),
                 QStringLiteral("Project admin"));
        // Changed by someone else meanwhile: refused inline, nothing
        // overwritten, and the dialog shows what is stored.
        QVERIFY(db->admin().exec(
            QStringLiteral("UPDATE user_projects SET is_project_admin = ? WHERE user_id = ?"),
            {false, target}));
        QVERIFY(!written(dialog, toggle));
        QVERIFY2(dialog.messageText().startsWith(QStringLiteral(
                     "The role of t@example.com in alpha was changed by someone else")),
                 qPrintable(dialog.messageText()));
        QCOMPARE(scalar(*db, isAdminSql, {false}), 1);
        QCOMPARE(dialog.projectsTable()->item(dialog.projectsTable()->currentRow(), 2)->text(),
                 QStringLiteral("User"));
        QCOMPARE(changed.size(), 1);
        screenshot(dialog, QStringLiteral("user-details-refusal.png"));
        // Deactivation too.
        QVERIFY(written(dialog, [](UserDetailsDialog &d) { return d.deactivate(false); }));
        QCOMPARE(dialog.messageText(), QStringLiteral("User deactivated successfully"));
        QVERIFY(UserRepository(*session).findById(target).value.isDeactivated());
        QVERIFY(!dialog.saveButton()->isEnabled()); // one-way
    }

    void closingDuringAWrite_data() { TestDatabase::addEngineRows(TestDatabase::writableTags()); }
    void closingDuringAWrite()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const QString target = addBossAndMember(*db, engine != QStringLiteral("pg-2.19.0"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        {
            // Destroyed with the write in flight: the write completes, and its
            // result goes nowhere.
            auto *dialog =
                new UserDetailsDialog(*session, UserRepository(*session).findById(target).value);
            dialog->show();
            selectProject(*dialog, QStringLiteral("alpha"));
            QVERIFY(dialog->toggleSelectedRole(false));
            QVERIFY(dialog->isBusy());
            dialog->close();
            delete dialog;
        }
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {true}),
                 1);
        QTest::qWait(100);
        // From the Users page: closed while saving, and the table row follows.
        UsersPage page;
        page.show();
        page.setSession(session.get());
        QTest::keyClicks(page.searchBox(), QStringLiteral("t@example"));
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QTRY_VERIFY(page.model()->isRowLoaded(0));
        const QModelIndex type = page.model()->index(0, UserTableModel::UserType);
        QCOMPARE(type.data().toString(), QStringLiteral("Regular"));
        page.table()->setCurrentIndex(type);
        bool closedWhileBusy = false;
        QTimer::singleShot(0, &page, [&closedWhileBusy] {
            auto *dialog = qobject_cast<UserDetailsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->userTypeBox()->setCurrentIndex(
                dialog->userTypeBox()->findData(QStringLiteral("external")));
            closedWhileBusy = dialog->saveRolesAndSettings() && dialog->isBusy();
            dialog->reject();
        });
        page.openDetails();
        QVERIFY(closedWhileBusy);
        QCOMPARE(UserRepository(*session).findById(target).value.userType,
                 QStringLiteral("external"));
        QTRY_COMPARE(page.model()->index(0, UserTableModel::UserType).data().toString(),
                     QStringLiteral("External"));
    }

    void firstMaintainerIsConfirmed()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.42.0"));
        db->addUser(QStringLiteral("admin@example.com"), true, false);
        const QString target = db->addUser(QStringLiteral("t@example.com"));
        auto session = db->session(QStringLiteral("admin@example.com"));
        UserDetailsDialog dialog(*session, UserRepository(*session).findById(target).value);
        dialog.show();
        QVERIFY(dialog.maintainerBox()->isEnabled()); // no maintainer yet
        const QString maintainers =
            QStringLiteral("SELECT count(*) FROM users WHERE is_maintainer = ? AND is_admin = ?");
        // The question comes from the write's result, inside its own event
        // loop: answered from a timer.
        QString answer = QStringLiteral("Cancel");
        QString question;
        QTimer answering;
        answering.setInterval(20);
        connect(&answering, &QTimer::timeout, &dialog, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                if (QAbstractButton *b = buttonNamed(box, answer))
                    b->click();
                else
                    box->reject();
            }
        });
        answering.start();
        dialog.maintainerBox()->click();
        QVERIFY(!written(dialog, save));
        QVERIFY2(question.startsWith(QStringLiteral("No maintainer exists yet")),
                 qPrintable(question));
        QCOMPARE(dialog.messageText(), QStringLiteral("Nothing was changed."));
        QVERIFY(!dialog.maintainerBox()->isChecked());
        QCOMPARE(scalar(*db, maintainers, {true, true}), 0);
        answer = QStringLiteral("Grant Maintainer");
        dialog.maintainerBox()->click();
        QVERIFY(written(dialog, save));
        QCOMPARE(dialog.messageText(), QStringLiteral("User updated successfully"));
        QCOMPARE(scalar(*db, maintainers, {true, true}), 1);
        QVERIFY(dialog.maintainerBox()->isChecked());
        // Now a maintainer exists: role changes are theirs.
        QVERIFY(!dialog.maintainerBox()->isEnabled());
    }

    void csvExportOfTheFilteredList()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("sqlite-2.42.0"));
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        const QString cmd = db->addUser(QStringLiteral("=cmd@example.com"), false, false, true,
                                        QStringLiteral("Quote \"and\", comma"));
        db->addProject(QStringLiteral("alpha"));
        db->addProject(QStringLiteral("beta"));
        db->addMembership(cmd, QStringLiteral("alpha"), false);
        db->addMembership(cmd, QStringLiteral("beta"), true);
        db->addUser(QStringLiteral("other@example.com"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.setSession(session.get());
        QTest::keyClicks(page.searchBox(), QStringLiteral("cmd"));
        QTRY_COMPARE(page.model()->totalCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QString error;
        QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("email,username,name")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("'=cmd@example.com,")));
        QVERIFY(lines.at(1).contains(QStringLiteral("\"Quote \"\"and\"\", comma\"")));
        // The projects column names the projects (admin ones first), not a count.
        const int projectsColumn =
            int(lines.at(0).split(QLatin1Char(',')).indexOf(QStringLiteral("projects")));
        QVERIFY(projectsColumn > 0);
        QVERIFY2(lines.at(1).contains(QStringLiteral(",beta;alpha,")), qPrintable(lines.at(1)));
    }

    // Issue 14: short of room the long Budgets cell ("Total $s / $l (CLI
    // $s / $l, Platform …)", whole in its tooltip) gives way before the
    // Projects column is cut.
    void budgetsGiveWayBeforeProjects_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void budgetsGiveWayBeforeProjects()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        addBudgets(*db);
        const QString u = db->addUser(QStringLiteral("ada@example.com"), false, false, true,
                                      QStringLiteral("Ada"));
        for (const QString &p : {QStringLiteral("alpha"), QStringLiteral("beta-research-lab"),
                                 QStringLiteral("gamma-analytics"), QStringLiteral("delta-ops")}) {
            if (p != QStringLiteral("alpha"))
                db->addProject(p);
            db->addMembership(u, p, false);
        }
        assignBudget(*db, u, QStringLiteral("cli"), QStringLiteral("power-cli"));
        assignBudget(*db, u, QStringLiteral("platform"), QStringLiteral("standard-platform"));
        auto session = db->session(QStringLiteral("boss@example.com"));
        UsersPage page;
        page.resize(1580, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QTRY_COMPARE(page.model()->totalCount(), 2);
        QTRY_VERIFY(page.model()->isRowLoaded(1));
        QTableView *table = page.table();
        QVERIFY(!table->isColumnHidden(UserTableModel::Budgets));
        int row = page.model()->userAt(0).email == QStringLiteral("ada@example.com") ? 0 : 1;
        const QModelIndex budgetsCell = page.model()->index(row, UserTableModel::Budgets);
        QVERIFY(budgetsCell.data().toString().startsWith(QStringLiteral("Total ")));
        // The whole text in the tooltip, per category.
        const QString tip = budgetsCell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("CLI")) && tip.contains(QStringLiteral("Platform")),
                 qPrintable(tip));
        const QFontMetrics fm = table->fontMetrics();
        const int projectsText = fm.horizontalAdvance(
            page.model()->index(row, UserTableModel::Projects).data().toString());
        const int budgetsText = fm.horizontalAdvance(budgetsCell.data().toString());
        const auto widths = [&] {
            return QStringLiteral("viewport %1, Projects %2 (text %3), Budgets %4 (text %5)")
                .arg(table->viewport()->width())
                .arg(table->columnWidth(UserTableModel::Projects))
                .arg(projectsText)
                .arg(table->columnWidth(UserTableModel::Budgets))
                .arg(budgetsText);
        };
        // Not everything fits: the Budgets cell is elided, Projects whole.
        QTRY_VERIFY2(table->columnWidth(UserTableModel::Projects) > projectsText &&
                         table->columnWidth(UserTableModel::Budgets) < budgetsText,
                     qPrintable(widths()));
        // Every column within the view: nothing pushed off to the right.
        int total = 0;
        for (int c = 0; c < UserTableModel::ColumnCount; ++c)
            if (!table->isColumnHidden(c))
                total += table->columnWidth(c);
        QVERIFY2(total <= table->viewport()->width(), qPrintable(widths()));
        screenshot(page, QStringLiteral("users-budgets-give-way.png"));
    }
};

QTEST_MAIN(TstUsersPage)
#include "tst_userspage.moc"
