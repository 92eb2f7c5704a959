// The Users page and the user details dialog, driven through their widgets
// offscreen, against real databases (PostgreSQL 2.42 and 2.19, SQLite).

#include "PlatformSession.h"
#include "ProjectTableModel.h"
#include "TestDatabase.h"
#include "UserBulkOperation.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w.grab().save(QDir(dir).filePath(name));
}
int scalar(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}
} // namespace

class TstUsersPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userspage"));
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
            QVERIFY(dialog.saveRolesAndSettings());
            const UserRecord u = UserRepository(*session).findById(target).value;
            QVERIFY(u.isMaintainer && u.isAdmin && !u.projectLimit.has_value());
            QCOMPARE(dialog.messageText(), QStringLiteral("User updated successfully"));
        } else {
            dialog.adminBox()->click();
            QVERIFY(dialog.saveRolesAndSettings());
            QVERIFY(UserRepository(*session).findById(target).value.isAdmin);
        }
        // Add a project (case-insensitively resolved), change role, unassign.
        dialog.addProjectEdit()->setText(QStringLiteral("ALPHA"));
        dialog.addRoleBox()->setCurrentIndex(1);
        QVERIFY(dialog.addProject());
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE user_id = ? AND "
                                       "project_name = 'alpha' AND is_project_admin = ?"),
                        {target, true}),
                 1);
        QVERIFY(!dialog.addProject()); // empty name: "Project is required"
        QCOMPARE(dialog.messageText(), QStringLiteral("Project is required"));
        dialog.addProjectEdit()->setText(QStringLiteral("alpha"));
        QVERIFY(!dialog.addProject());
        QCOMPARE(dialog.messageText(), QStringLiteral("User already assigned to project"));
        // The personal project's row cannot be changed.
        QTableWidget *table = dialog.projectsTable();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("t@example.com"))
                table->selectRow(r);
        QVERIFY(!dialog.unassignSelected());
        screenshot(dialog, QStringLiteral("user-details.png"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("alpha"))
                table->selectRow(r);
        QVERIFY(dialog.toggleSelectedRole());
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT count(*) FROM user_projects WHERE project_name = "
                                       "'alpha' AND is_project_admin = ?"),
                        {false}),
                 1);
        QVERIFY(dialog.unassignSelected());
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM user_projects WHERE project_name = 'alpha'")),
            0);
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
        QVERIFY(!stale.saveRolesAndSettings());
        QVERIFY2(stale.messageText().contains(QStringLiteral("changed by someone else")),
                 qPrintable(stale.messageText()));
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
        QVERIFY(dialog.saveRolesAndSettings());
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

    void csvExportOfTheFilteredList()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("sqlite-2.42.0"));
        db->addUser(QStringLiteral("boss@example.com"), true, true);
        db->addUser(QStringLiteral("=cmd@example.com"), false, false, true,
                    QStringLiteral("Quote \"and\", comma"));
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
    }
};

QTEST_MAIN(TstUsersPage)
#include "tst_userspage.moc"
