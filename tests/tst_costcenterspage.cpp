// The Cost centers page driven through its real widgets on the offscreen
// platform against real databases (PostgreSQL 2.42 and 2.19, SQLite 2.42):
// create with the platform's name rule, assign projects, a refused delete
// that names the projects, edit, remove projects, delete; read-only users.

#include "CostCenterEditDialog.h"
#include "CostCenterProjectsDialog.h"
#include "CostCentersPage.h"
#include "GuiTestSupport.h"
#include "PlatformSession.h"
#include "TestDatabase.h"
#include "Theme.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;
using codemie::test::whenModal;

namespace {
int count(TestDatabase &db, const QString &sql, const QVariantList &params = {})
{
    const auto r = db.admin().scalar(sql, params);
    return r.isOk() ? r.value.toInt() : -1;
}

bool settled(CostCentersPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLoading(); }, codemie::test::conditionWaitMs);
}

QString cell(CostCentersPage &page, int row, int column)
{
    QTableWidgetItem *item = page.table()->item(row, column);
    return item ? item->text() : QString();
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text) {
            b->click();
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no button %1 in the message box").arg(text)));
}
} // namespace

class TstCostCentersPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_costcenterspage"));
    }
    void init()
    {
        QSettings().clear();
        // CODEMIE_SCREENSHOT_APPEARANCE=dark: the screenshots in the dark palette.
        if (qEnvironmentVariable("CODEMIE_SCREENSHOT_APPEARANCE") == QStringLiteral("dark"))
            Theme::apply(Theme::Appearance::Dark);
    }

    void createAssignDeleteEdit_data()
    {
        TestDatabase::addEngineRows(TestDatabase::writableTags());
    }
    void createAssignDeleteEdit()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        db->addUser(QStringLiteral("ada.lovelace@codemie.example"), true, v242);
        for (const char *p : {"alpha-app", "beta-app", "gamma-app"})
            db->addProject(QString::fromLatin1(p));
        auto session = db->session(QStringLiteral("ada.lovelace@codemie.example"));
        CostCentersPage page;
        QCOMPARE(page.unavailableText(), QStringLiteral("Not connected to a platform database."));
        page.setSession(session.get());
        page.resize(1100, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settled(page));
        QVERIFY(page.unavailableText().isEmpty());
        QCOMPARE(page.statusText(),
                 QStringLiteral("No cost centers yet. Create the first with New cost center."));
        QVERIFY(page.newButton()->isEnabled());
        QVERIFY(!page.editButton()->isEnabled());

        // Create: the pattern is checked as it is typed.
        bool checked = false;
        whenModal<CostCenterEditDialog>([&](CostCenterEditDialog *d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("Create cost center"));
            QCOMPARE(d->nameEdit()->placeholderText(), QStringLiteral("eng-ops123"));
            QVERIFY(!d->saveButton()->isEnabled());
            QTest::keyClicks(d->nameEdit(), QStringLiteral("Eng-Ops"));
            QVERIFY(d->errorText().startsWith(
                QStringLiteral("Cost center name must match the pattern ^[a-z0-9]+-[a-z0-9]+$")));
            QVERIFY(!d->saveButton()->isEnabled());
            d->nameEdit()->clear();
            QTest::keyClicks(d->nameEdit(), QStringLiteral("eng-ops"));
            QVERIFY(d->errorText().isEmpty());
            QTest::keyClicks(d->descriptionEdit(), QStringLiteral("Engineering operations"));
            checked = true;
            d->saveButton()->click();
        });
        page.newButton()->click();
        QVERIFY(checked);
        QVERIFY(settled(page));
        QCOMPARE(page.shownNames(), QStringList{QStringLiteral("eng-ops")});
        QCOMPARE(page.statusText(), QStringLiteral("Cost center eng-ops created."));
        QVERIFY(page.selected());
        QCOMPARE(cell(page, 0, CostCentersPage::Description),
                 QStringLiteral("Engineering operations"));
        QCOMPARE(cell(page, 0, CostCentersPage::CreatedBy),
                 QStringLiteral("ada.lovelace@codemie.example"));
        QCOMPARE(cell(page, 0, CostCentersPage::Projects), QStringLiteral("0"));

        // A duplicate is refused inside the dialog, which stays open.
        QString duplicate;
        whenModal<CostCenterEditDialog>([&](CostCenterEditDialog *d) {
            QTest::keyClicks(d->nameEdit(), QStringLiteral("eng-ops"));
            d->saveButton()->click();
            duplicate = d->errorText();
            QVERIFY(d->isVisible());
            d->reject();
        });
        page.newButton()->click();
        QCOMPARE(duplicate, QStringLiteral("Cost center 'eng-ops' already exists\nChoose a "
                                           "different name."));

        // Assign two projects.
        whenModal<CostCenterProjectsDialog>([&](CostCenterProjectsDialog *d) {
            QVERIFY(
                QTest::qWaitFor([&] { return !d->isLoading(); }, codemie::test::conditionWaitMs));
            QCOMPARE(d->list()->count(), 3);
            d->setChecked({QStringLiteral("alpha-app"), QStringLiteral("beta-app")});
            QCOMPARE(d->assignButton()->text(), QStringLiteral("Assign 2 project(s)"));
            d->assignButton()->click();
        });
        page.assignButton()->click();
        QVERIFY(settled(page));
        QCOMPARE(page.statusText(), QStringLiteral("2 project(s) assigned to eng-ops."));
        QCOMPARE(cell(page, 0, CostCentersPage::Projects), QStringLiteral("2"));
        QTRY_COMPARE(page.projectList()->count(), 2);
        QCOMPARE(page.projectList()->item(0)->text(), QStringLiteral("alpha-app"));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM applications WHERE "
                                           "cost_center_id IS NOT NULL")),
                 2);
        if (engine == QStringLiteral("pg-2.42.0"))
            codemie::test::saveScreenshot(page, QStringLiteral("cost-centers"));

        // Delete while referenced: confirmed, then refused with the projects named.
        QString refusal;
        whenModal<QMessageBox>([&](QMessageBox *confirm) {
            QCOMPARE(confirm->windowTitle(), QStringLiteral("Delete Cost Center?"));
            QCOMPARE(confirm->text(), QStringLiteral("Delete the cost center eng-ops? This "
                                                     "action cannot be undone."));
            whenModal<QMessageBox>([&](QMessageBox *warning) {
                refusal = warning->text();
                codemie::test::saveScreenshot(*warning,
                                              QStringLiteral("cost-center-delete-refused"));
                warning->accept();
            });
            clickButton(confirm, QStringLiteral("Delete"));
        });
        page.deleteButton()->click();
        QTRY_VERIFY(!refusal.isEmpty());
        QCOMPARE(refusal, QStringLiteral("Cost center has linked active projects\nReferenced by 2 "
                                         "project(s): alpha-app, beta-app\nRemove these projects "
                                         "from the cost center first, then delete it."));
        QVERIFY(settled(page));
        QCOMPARE(page.shownNames(), QStringList{QStringLiteral("eng-ops")});

        // Edit: rename.
        whenModal<CostCenterEditDialog>([&](CostCenterEditDialog *d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("Edit cost center"));
            QCOMPARE(d->nameEdit()->text(), QStringLiteral("eng-ops"));
            d->nameEdit()->selectAll();
            QTest::keyClicks(d->nameEdit(), QStringLiteral("eng-platform"));
            d->saveButton()->click();
        });
        page.editButton()->click();
        QVERIFY(settled(page));
        QCOMPARE(page.shownNames(), QStringList{QStringLiteral("eng-platform")});
        QCOMPARE(page.statusText(), QStringLiteral("Cost center eng-platform saved."));

        // Remove the projects, then delete.
        QTRY_COMPARE(page.projectList()->count(), 2);
        page.projectList()->selectAll();
        QVERIFY(page.removeButton()->isEnabled());
        page.removeButton()->click();
        QVERIFY(settled(page));
        QCOMPARE(page.statusText(), QStringLiteral("2 project(s) removed from eng-platform."));
        QCOMPARE(page.projectList()->count(), 0);
        whenModal<QMessageBox>(
            [&](QMessageBox *confirm) { clickButton(confirm, QStringLiteral("Delete")); });
        page.deleteButton()->click();
        QVERIFY(settled(page));
        QCOMPARE(page.statusText(), QStringLiteral("Cost center eng-platform deleted."));
        QCOMPARE(page.shownNames(), QStringList());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cost_centers WHERE deleted_at IS "
                                           "NOT NULL")),
                 1);
        if (v242)
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM activity_events WHERE "
                                               "event_type LIKE 'cost_center.%'")),
                     3); // created, updated, deleted
    }

    void readOnlyForNonAdmins()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("sqlite-2.42.0"));
        db->addUser(QStringLiteral("plain@example.com"));
        QVERIFY(db->admin().exec(
            QStringLiteral("INSERT INTO cost_centers (id, name, created_by) VALUES "
                           "('6f1c2f0e-7c1a-4e0b-9d55-2b8f3c1a9e42', 'fin-ops', 'x')")));
        auto session = db->session(QStringLiteral("plain@example.com"));
        CostCentersPage page;
        page.setSession(session.get());
        page.show();
        QVERIFY(settled(page));
        QCOMPARE(page.shownNames(), QStringList{QStringLiteral("fin-ops")});
        QVERIFY(page.selectCostCenter(QStringLiteral("fin-ops")));
        QVERIFY(!page.newButton()->isEnabled());
        QVERIFY(!page.editButton()->isEnabled());
        QVERIFY(!page.deleteButton()->isEnabled());
        QVERIFY(!page.assignButton()->isEnabled());
        QVERIFY(
            page.newButton()->toolTip().contains(QStringLiteral("not a platform administrator")));
    }
};

QTEST_MAIN(TstCostCentersPage)
#include "tst_costcenterspage.moc"
