// The Budgets page and Spend over time, driven through their widgets
// offscreen against the known numbers of tests/support/BudgetSeed.h
// (PostgreSQL 2.42, SQLite 2.42), the hidden state on PostgreSQL 2.19, and
// the demo database (every view shows something; screenshots).

#include "BudgetModels.h"
#include "BudgetSeed.h"
#include "BudgetsPage.h"
#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "PlatformSession.h"
#include "ProjectBudgetsSection.h"
#include "ProjectDetailDialog.h"
#include "ProjectRepository.h"
#include "ProjectTableModel.h"
#include "ProjectsPage.h"
#include "SpendChart.h"
#include "SpendView.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "UserBudgetsCard.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserTableModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {
QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

QStringList column(QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << cell(model, r, c);
    return out;
}

QString scaleTag()
{
    const QString f = qEnvironmentVariable("QT_SCALE_FACTOR");
    return f.isEmpty() ? QStringLiteral("100") : QString::number(int(f.toDouble() * 100));
}

// Waits for the spend view's next answer after `action`.
bool reloaded(SpendView *view, const std::function<void()> &action)
{
    QSignalSpy spy(view, &SpendView::loaded);
    action();
    if (spy.isEmpty() && !spy.wait(codemie::test::conditionWaitMs))
        return false;
    return !view->isLoading();
}

} // namespace

class TstBudgetsPage : public QObject {
    Q_OBJECT
private slots:
    void budgetsAssignmentsAndCurrentSpend_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void budgetsAssignmentsAndCurrentSpend()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy listed(&page, &BudgetsPage::budgetsLoaded);
        page.setSession(session.get());
        QVERIFY(page.budgetsAvailable());
        QVERIFY(listed.wait(codemie::test::conditionWaitMs));
        QTableView *table = page.budgetTable();
        QVERIFY(table->isVisible());
        QVERIFY(!page.unavailableLabel()->isVisible());
        QVERIFY(page.readOnlyNote()->text().contains(QStringLiteral("API and LLM proxy")));

        // Global budgets, as on the web: id, name, category, limits (hard,
        // soft below), duration, reset, updated.
        QAbstractItemModel *m = table->model();
        QCOMPARE(column(m, BudgetListModel::Id),
                 (QStringList{QStringLiteral("power-cli"), QStringLiteral("standard-platform")}));
        QCOMPARE(cell(m, 0, BudgetListModel::Category), QStringLiteral("CLI"));
        QCOMPARE(cell(m, 0, BudgetListModel::Limits), QStringLiteral("$500.00\nSoft $400.00"));
        QCOMPARE(cell(m, 0, BudgetListModel::Duration), QStringLiteral("Weekly (7d)"));
        QCOMPARE(cell(m, 1, BudgetListModel::Duration), QStringLiteral("Monthly (30d)"));
        QVERIFY(cell(m, 0, BudgetListModel::Reset).contains(QStringLiteral("2026")) ||
                cell(m, 0, BudgetListModel::Reset).contains(QStringLiteral("26")));
        QCOMPARE(cell(m, 1, BudgetListModel::Updated), QStringLiteral("-"));

        // Category filter and search.
        QComboBox *category = page.categoryFilter();
        category->setCurrentIndex(category->findData(QStringLiteral("cli")));
        QCOMPARE(column(m, BudgetListModel::Id), QStringList{QStringLiteral("power-cli")});
        category->setCurrentIndex(0);
        QTest::keyClicks(page.searchEdit(), QStringLiteral("STAND"));
        QCOMPARE(column(m, BudgetListModel::Id), QStringList{QStringLiteral("standard-platform")});
        page.searchEdit()->clear();
        QCOMPARE(m->rowCount(), 2);

        // Selecting a budget: its users with their spend, the total.
        QSignalSpy details(&page, &BudgetsPage::detailsLoaded);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(m->index(1, BudgetListModel::Name)).center());
        QCOMPARE(page.selectedBudget().budgetId, QStringLiteral("standard-platform"));
        QVERIFY(details.wait(codemie::test::conditionWaitMs));
        QVERIFY2(page.currentSpendLabel()->text().contains(QStringLiteral("$126.00")),
                 qPrintable(page.currentSpendLabel()->text()));
        QVERIFY(page.currentSpendLabel()->text().contains(QStringLiteral("users with spend: 2")));
        QVERIFY(page.currentSpendLabel()->text().contains(QStringLiteral("$75.00")));
        QCOMPARE(page.assignedLabel()->text(), QStringLiteral("Assigned to users: 2."));
        QVERIFY(page.editNote()->isVisible());
        QVERIFY(page.editNote()->text().contains(QStringLiteral("No Edit here")));
        BudgetAssigneeModel *assignees = page.assigneeModel();
        QTRY_COMPARE(assignees->rowCount(), 2);
        QCOMPARE(cell(assignees, 0, BudgetAssigneeModel::AssignedTo),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(cell(assignees, 0, BudgetAssigneeModel::CurrentSpend),
                 QStringLiteral("$51.00 (51.0 %)"));
        QCOMPARE(cell(assignees, 1, BudgetAssigneeModel::CurrentSpend),
                 QStringLiteral("$75.00 (75.0 %)"));
        // 51 % is yellow, exactly 75 % still yellow.
        const QColor warning = spendLevelColor(QApplication::palette(), SpendLevel::Warning);
        QCOMPARE(assignees->index(0, BudgetAssigneeModel::CurrentSpend)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 warning);
        QCOMPARE(assignees->index(1, BudgetAssigneeModel::CurrentSpend)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 warning);

        // A project budget: the project and member allocations, the
        // override marked; exactly 50 % is green.
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("project")));
        QCOMPARE(column(m, BudgetListModel::Id),
                 QStringList{QStringLiteral("project-alpha-platform")});
        QVERIFY(page.selectBudget(QStringLiteral("project-alpha-platform")));
        QVERIFY(details.wait(codemie::test::conditionWaitMs));
        QVERIFY2(page.currentSpendLabel()->text().contains(
                     QStringLiteral("$500.00 of $1,000.00 (50.0 %)")),
                 qPrintable(page.currentSpendLabel()->text()));
        QCOMPARE(page.currentSpendLabel()->palette().color(QPalette::WindowText),
                 spendLevelColor(QApplication::palette(), SpendLevel::Ok));
        QTRY_COMPARE(assignees->rowCount(), 3);
        QCOMPARE(column(assignees, BudgetAssigneeModel::Kind),
                 (QStringList{QStringLiteral("Project"), QStringLiteral("Project member"),
                              QStringLiteral("Project member")}));
        QCOMPARE(cell(assignees, 2, BudgetAssigneeModel::Allocation),
                 QStringLiteral("$400.00 ★ override"));
        QCOMPARE(cell(assignees, 1, BudgetAssigneeModel::Allocation), QStringLiteral("$600.00"));
        // bob spent 390 of his 400: red against his allocation.
        QCOMPARE(assignees->index(2, BudgetAssigneeModel::CurrentSpend)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Danger));
        QCOMPARE(page.assignedLabel()->text(),
                 QStringLiteral("Assigned to projects: 1, project member allocations: 2."));
    }

    void spendOverTime_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void spendOverTime()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy listed(&page, &BudgetsPage::budgetsLoaded);
        page.setSession(session.get());
        QVERIFY(listed.wait(codemie::test::conditionWaitMs));
        SpendView *view = page.spendView();
        // Hidden on its tab, it reads nothing; shown, it reads.
        QVERIFY(!view->isVisible());
        view->setReferenceDay(d(12, 3));
        QVERIFY(!view->isLoading());
        QVERIFY(view->series().points.isEmpty());
        QVERIFY(reloaded(view, [&] { page.tabs()->setCurrentWidget(view); }));
        QCOMPARE(view->series().points.size(), 30);
        view->setPeriodDays(7);
        QTRY_VERIFY(!view->isLoading());

        // From the project budget to its chart.
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("project")));
        QVERIFY(page.selectBudget(QStringLiteral("project-alpha-platform")));
        QVERIFY(page.showSpendButton()->isEnabled());
        QVERIFY(reloaded(view, [&] { QTest::mouseClick(page.showSpendButton(), Qt::LeftButton); }));
        QCOMPARE(page.tabs()->currentWidget(), view);
        QCOMPARE(view->subject().kind, SpendSubject::Kind::Project);
        QCOMPARE(view->subjectEdit()->text(), QStringLiteral("alpha"));
        QCOMPARE(view->subject().category, QStringLiteral("platform"));
        QVERIFY2(view->errorLabel()->isHidden(), qPrintable(view->errorLabel()->text()));

        // Nov 27 – Dec 3, platform keys of alpha; the budget resets Dec 2.
        // day     daily  cumulative
        // Nov 27  0      0
        // Nov 28  0      0
        // Nov 29  3.00   3.00
        // Nov 30  0      3.00
        // Dec 1   1.25   4.25
        // Dec 2   2.50   2.50  reset
        // Dec 3  10.00  12.50
        const SpendSeries &s = view->series();
        QCOMPARE(s.points.size(), 7);
        const QList<double> daily{0, 0, 3.0, 0, 1.25, 2.5, 10.0};
        const QList<double> cumulative{0, 0, 3.0, 3.0, 4.25, 2.5, 12.5};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(s.points.at(i).day, d(11, 27).addDays(i));
            QCOMPARE(s.points.at(i).daily, daily.at(i));
            QCOMPARE(s.points.at(i).cumulative, cumulative.at(i));
            QCOMPARE(s.points.at(i).reset, i == 5);
        }
        QCOMPARE(s.hardLimit.value_or(-1), 1000.0);
        QCOMPARE(s.softLimit.value_or(-1), 800.0);
        // The table shows the same numbers.
        QAbstractItemModel *t = view->table()->model();
        QCOMPARE(t->rowCount(), 7);
        QCOMPARE(cell(t, 6, SpendSeriesModel::Daily), QStringLiteral("$10.00"));
        QCOMPARE(cell(t, 6, SpendSeriesModel::Cumulative), QStringLiteral("$12.50"));
        QCOMPARE(cell(t, 5, SpendSeriesModel::Reset), QStringLiteral("Budget reset"));
        // Top spenders of the period (platform keys): alpha 16.75, beta 7.75.
        QCOMPARE(column(view->topProjects(), TopSpenderModel::Who),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(cell(view->topProjects(), 0, TopSpenderModel::Spend), QStringLiteral("$16.75"));
        QCOMPARE(view->comparison().current, 16.75);
        QCOMPARE(view->comparison().previous, 0.0);

        // Hover shows the day's value.
        SpendChart *chart = view->chart();
        QTRY_VERIFY(chart->isVisible());
        // (From elsewhere first: the pointer may already be there.)
        QTest::mouseMove(chart, chart->pointFor(0));
        QTest::mouseMove(chart, chart->pointFor(6));
        QTRY_COMPARE(chart->hoveredIndex(), 6);
        QVERIFY2(chart->dayText(6).contains(QStringLiteral("$10.00 spent")),
                 qPrintable(chart->dayText(6)));
        QVERIFY(chart->toolTip().contains(QStringLiteral("$12.50 cumulative")));
        // The keyboard moves it too.
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(chart->hoveredIndex(), 5);
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("budget reset")));

        // Export the data as CSV through the button and its file dialog.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("alpha.csv"));
        codemie::test::whenModal<QFileDialog>([csvPath](QFileDialog *dialog) {
            dialog->selectFile(csvPath);
            static_cast<QDialog *>(dialog)->accept(); // QDialog's is public
        });
        QTest::mouseClick(view->exportCsvButton(), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()),
                 QStringLiteral("day,daily_spend_usd,cumulative_spend_usd,budget_reset\r\n"
                                "2026-11-27,0.00,0.00,\r\n"
                                "2026-11-28,0.00,0.00,\r\n"
                                "2026-11-29,3.00,3.00,\r\n"
                                "2026-11-30,0.00,3.00,\r\n"
                                "2026-12-01,1.25,4.25,\r\n"
                                "2026-12-02,2.50,2.50,yes\r\n"
                                "2026-12-03,10.00,12.50,\r\n"));
        const QString pngPath = dir.filePath(QStringLiteral("alpha.png"));
        QVERIFY(view->exportPng(pngPath).isOk());
        QImage png(pngPath);
        QVERIFY(!png.isNull());
        QCOMPARE(png.size(), chart->grab().size());

        // Another period: 30 days, same total, one more reset (Nov 2 is
        // outside, so still one), and this period against the previous.
        QVERIFY(reloaded(view, [&] { view->setPeriodDays(30); }));
        QCOMPARE(view->series().points.size(), 30);
        QCOMPARE(view->series().from, d(11, 4));
        QCOMPARE(view->series().total(), 16.75);
        QCOMPARE(view->table()->model()->rowCount(), 30);
        // A custom range: Dec 1 – Dec 2.
        QVERIFY(reloaded(view, [&] { view->setCustomRange(d(12, 1), d(12, 2)); }));
        QCOMPARE(view->series().points.size(), 2);
        QCOMPARE(view->series().total(), 3.75);
        QCOMPARE(view->comparison().previous, 3.0); // Nov 29

        // A user, typed in: both categories, limits summed.
        QVERIFY(reloaded(view, [&] { view->setPeriodDays(7); }));
        view->subjectKindCombo()->setCurrentIndex(
            view->subjectKindCombo()->findData(int(SpendSubject::Kind::User)));
        view->categoryCombo()->setCurrentIndex(0);
        QTRY_VERIFY(!view->isLoading());
        view->subjectEdit()->setText(QStringLiteral("alice@example.com"));
        QVERIFY(reloaded(view, [&] { QTest::keyClick(view->subjectEdit(), Qt::Key_Return); }));
        QCOMPARE(view->series().total(), 31.0);
        QCOMPARE(view->series().hardLimit.value_or(-1), 600.0);
        QCOMPARE(view->series().resetDays(), QList<QDate>{d(12, 1)});
        // An unknown user says so.
        view->subjectEdit()->setText(QStringLiteral("nobody-here@example.com"));
        QVERIFY(reloaded(view, [&] { QTest::mouseClick(view->showButton(), Qt::LeftButton); }));
        QVERIFY(view->errorLabel()->isVisible());
        QVERIFY(view->errorLabel()->text().contains(QStringLiteral("nobody-here@example.com")));
        // Double-clicking a top spender shows theirs.
        QTRY_VERIFY(!view->isLoading());
    }

    // The demo database (scripts/demo) gives every view something real to
    // show. With CODEMIE_SCREENSHOT_DIR set, saves the screenshots; with
    // CODEMIE_BUDGETS_DARK set (tst_budgetspage_200), in the dark palette.
    void demoDatabaseFillsEveryView()
    {
        const bool dark = !qEnvironmentVariableIsEmpty("CODEMIE_BUDGETS_DARK");
        if (dark)
            Theme::apply(Theme::Appearance::Dark);
        const QString tag = QStringLiteral("%1-%2").arg(
            dark ? QStringLiteral("dark") : QStringLiteral("light"), scaleTag());
        QTemporaryDir dir;
        DemoDataGenerator::Options options;
        options.lastSpendDay = d(11, 28);
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const auto created = DemoDatabase::ensure(path, options);
        QVERIFY2(created.isOk(), qPrintable(created.outcome.fullText()));
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        PlatformSession session(codemie::test::sqliteSettings(path), {}, o);
        QVERIFY(session.open());

        BudgetsPage page;
        const bool twice = scaleTag() == QStringLiteral("200");
        page.resize(twice ? QSize(960, 540) : QSize(1280, 800));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy listed(&page, &BudgetsPage::budgetsLoaded);
        page.setSession(&session);
        QVERIFY(listed.wait(codemie::test::conditionWaitMs));
        QVERIFY(page.budgetTable()->model()->rowCount() >= 8);
        QSignalSpy details(&page, &BudgetsPage::detailsLoaded);
        QVERIFY(page.selectBudget(QStringLiteral("standard-platform")));
        QVERIFY(details.wait(codemie::test::conditionWaitMs));
        QTRY_VERIFY(page.assigneeModel()->rowCount() > 10);
        QVERIFY2(page.currentSpendLabel()->text().contains(QLatin1Char('$')),
                 qPrintable(page.currentSpendLabel()->text()));
        // Users near, at and over their limit: more than one colour.
        QSet<QString> colours;
        for (int r = 0; r < page.assigneeModel()->rowCount(); ++r)
            colours << page.assigneeModel()
                           ->index(r, BudgetAssigneeModel::CurrentSpend)
                           .data(Qt::ForegroundRole)
                           .value<QColor>()
                           .name();
        QVERIFY(colours.size() >= 2);
        // What a reader sees of the layout: the heading on one line; the
        // budget list's columns fill its width; the assignees' e-mails whole.
        const QFontMetrics titleMetrics(page.detailTitle()->font());
        QVERIFY2(page.detailTitle()->height() < 2 * titleMetrics.lineSpacing(),
                 qPrintable(page.detailTitle()->text()));
        const QHeaderView *listHeader = page.budgetTable()->horizontalHeader();
        QTRY_VERIFY(listHeader->length() >= page.budgetTable()->viewport()->width());
        // ... and no more: the list does not scroll sideways, even in a
        // window as narrow as 1080p at 200 % leaves it.
        QTRY_COMPARE(page.budgetTable()->horizontalScrollBar()->maximum(), 0);
        {
            const QSize before = page.size();
            page.resize(780, before.height());
            QTRY_COMPARE(page.budgetTable()->horizontalScrollBar()->maximum(), 0);
            QTRY_VERIFY(listHeader->length() >= page.budgetTable()->viewport()->width());
            page.resize(before);
            QTRY_VERIFY(listHeader->length() >= page.budgetTable()->viewport()->width());
        }
        if (!twice) {
            const QTableView *who = page.assigneeView();
            const QAbstractItemModel *m = who->model();
            int widest = 0;
            for (int r = 0; r < m->rowCount(); ++r)
                widest = qMax(widest,
                              who->fontMetrics().horizontalAdvance(
                                  m->index(r, BudgetAssigneeModel::AssignedTo).data().toString()));
            QTRY_VERIFY2(who->columnWidth(BudgetAssigneeModel::AssignedTo) >= widest,
                         qPrintable(QStringLiteral("%1 px for e-mails of %2 px")
                                        .arg(who->columnWidth(BudgetAssigneeModel::AssignedTo))
                                        .arg(widest)));
        }
        codemie::test::saveScreenshot(page, QStringLiteral("budgets-page-%1").arg(tag));

        // A project budget with members, one overridden.
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("project")));
        QVERIFY(page.selectBudget(QStringLiteral("project-payments-api-platform")));
        QVERIFY(details.wait(codemie::test::conditionWaitMs));
        QTRY_VERIFY(page.assigneeModel()->rowCount() > 2);
        // Read every page (the list is lazy), then count the overrides.
        while (page.assigneeModel()->canFetchMore({})) {
            page.assigneeModel()->fetchMore({});
            QTRY_VERIFY(!page.assigneeModel()->isLoading());
        }
        QCOMPARE(page.assigneeModel()->rowCount(), page.assigneeModel()->totalCount());
        int overrides = 0;
        for (int r = 0; r < page.assigneeModel()->rowCount(); ++r)
            overrides += page.assigneeModel()
                             ->index(r, BudgetAssigneeModel::Allocation)
                             .data()
                             .toString()
                             .contains(QStringLiteral("override"));
        QCOMPARE(overrides, 1);
        codemie::test::saveScreenshot(page, QStringLiteral("project-budget-%1").arg(tag));

        // Its spend over 90 days, with limits and resets.
        SpendView *view = page.spendView();
        QVERIFY(reloaded(view, [&] { page.tabs()->setCurrentWidget(view); }));
        QVERIFY(reloaded(view, [&] { view->setReferenceDay(d(11, 28)); }));
        QVERIFY(reloaded(view, [&] { view->setPeriodDays(90); }));
        QVERIFY(reloaded(view, [&] { page.showSelectedSpend(); }));
        QVERIFY2(view->errorLabel()->isHidden(), qPrintable(view->errorLabel()->text()));
        QCOMPARE(view->series().points.size(), 90);
        QVERIFY(view->series().total() > 0);
        QCOMPARE(view->series().hardLimit.value_or(-1), 1000.0);
        QVERIFY(!view->series().resetDays().isEmpty());
        QVERIFY(view->topProjects()->rowCount() == 10);
        QVERIFY(view->topUsers()->rowCount() == 10);
        SpendChart *chart = view->chart();
        chart->setHoveredIndex(60);
        codemie::test::saveScreenshot(page, QStringLiteral("spend-over-time-%1").arg(tag));
        view->views()->setCurrentWidget(view->table());
        codemie::test::saveScreenshot(page, QStringLiteral("spend-table-%1").arg(tag));
        view->views()->setCurrentWidget(chart);
        // A user from the top spenders: their budgets' limits.
        const QModelIndex top = view->topUsers()->index(0, 0);
        QVERIFY(reloaded(view, [&] { emit view->topUsersView()->activated(top); }));
        QCOMPARE(view->subject().kind, SpendSubject::Kind::User);
        QVERIFY(view->series().total() > 0);
        QVERIFY(view->series().hardLimit.has_value());
        if (dark)
            Theme::apply(Theme::Appearance::Light);
    }

    // The Users page's Budgets column: the web UI's budget cell.
    void usersPageBudgetsColumn_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void usersPageBudgetsColumn()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine.contains(QStringLiteral("2.42"));
        codemie::test::BudgetSeed seed;
        if (budgets)
            QVERIFY(codemie::test::seedBudgets(*db, seed));
        else
            db->addUser(QStringLiteral("alice@example.com"));
        db->addUser(QStringLiteral("carol@example.com"));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        UsersPage page;
        page.resize(2000, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        UserTableModel *m = page.model();
        QTRY_VERIFY(m->totalCount() >= 2 && !m->isLoading());
        auto rowOf = [m](const QString &email) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, UserTableModel::Email).data().toString() == email)
                    return r;
            return -1;
        };
        QTRY_VERIFY(rowOf(QStringLiteral("carol@example.com")) >= 0);
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->isColumnHidden(UserTableModel::Budgets), !budgets);
        if (!budgets)
            return;
        const int alice = rowOf(QStringLiteral("alice@example.com"));
        QCOMPARE(m->index(alice, UserTableModel::Budgets).data().toString(),
                 QStringLiteral("Total $301.00 / $600.00 (Platform $51.00 / $100.00, CLI $250.00 "
                                "/ $500.00)"));
        // 301 / 600 = 50.2 %: yellow.
        QCOMPARE(m->index(alice, UserTableModel::Budgets).data(Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Warning));
        QVERIFY(m->index(alice, UserTableModel::Budgets)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("CLI: $250.00 spent of $500.00 (50.0 %)")));
        const int bob = rowOf(QStringLiteral("bob@example.com"));
        QCOMPARE(m->index(bob, UserTableModel::Budgets).data().toString(),
                 QStringLiteral("Total $75.00 / $100.00 (Platform $75.00 / $100.00)"));
        const int carol = rowOf(QStringLiteral("carol@example.com"));
        QCOMPARE(m->index(carol, UserTableModel::Budgets).data().toString(), QStringLiteral("-"));
        table->scrollTo(m->index(alice, UserTableModel::Budgets));
        codemie::test::saveScreenshot(
            page, QStringLiteral("users-budgets-column-light-%1").arg(scaleTag()));
        QVERIFY(!m->index(carol, UserTableModel::Budgets).data(Qt::ForegroundRole).isValid());
    }

    void projectsPageBudgetsColumn_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void projectsPageBudgetsColumn()
    {
        if (qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK"))
            Theme::apply(Theme::Appearance::Dark);
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine.contains(QStringLiteral("2.42"));
        codemie::test::BudgetSeed seed;
        if (budgets) {
            QVERIFY(codemie::test::seedBudgets(*db, seed));
            QVERIFY(codemie::test::seedProjectBudgetViews(*db, seed));
        } else {
            db->addProject(QStringLiteral("alpha"));
        }
        db->addProject(QStringLiteral("delta"));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        ProjectsPage page;
        page.resize(1600, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        ProjectTableModel *m = page.model();
        QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() >= 2 && !m->isLoading(),
                                 codemie::test::conditionWaitMs);
        auto rowOf = [m](const QString &name) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->projectAt(r).name == name)
                    return r;
            return -1;
        };
        QTableView *table = page.table();
        // No budget tables on 2.19: no column.
        QCOMPARE(table->isColumnHidden(ProjectTableModel::Budgets), !budgets);
        QCOMPARE(m->headerData(ProjectTableModel::Budgets, Qt::Horizontal).toString(),
                 QStringLiteral("Budgets"));
        if (!budgets)
            return;
        auto cell = [m, &rowOf](const QString &name, int role = Qt::DisplayRole) {
            return m->index(rowOf(name), ProjectTableModel::Budgets).data(role);
        };
        QCOMPARE(cell(QStringLiteral("alpha")).toString(),
                 QStringLiteral("Total $532.00 / $1,040.00 (Platform $500.00 / $1,000.00, CLI "
                                "$30.00 / $40.00, Premium models $2.00 / $0.00)"));
        // 532 / 1040 = 51.2 %: yellow; the categories in the tooltip (exactly
        // 50 % and 75 %, and a zero limit without a percentage).
        QCOMPARE(cell(QStringLiteral("alpha"), Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Warning));
        const QString tip = cell(QStringLiteral("alpha"), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Platform: $500.00 spent of $1,000.00 (50.0 %)")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("CLI: $30.00 spent of $40.00 (75.0 %)")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Premium models: $2.00 spent of $0.00")) &&
                     !tip.contains(QStringLiteral("$0.00 (")),
                 qPrintable(tip));
        // gamma: 90 % red; its CLI budget was deleted: "- / -".
        QCOMPARE(cell(QStringLiteral("gamma")).toString(),
                 QStringLiteral("Total $9.00 / $10.00 (Platform $9.00 / $10.00, CLI - / -)"));
        QCOMPARE(cell(QStringLiteral("gamma"), Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Danger));
        // beta (a deleted assignment) and delta (none): "-", no colour.
        QCOMPARE(cell(QStringLiteral("beta")).toString(), QStringLiteral("-"));
        QCOMPARE(cell(QStringLiteral("delta")).toString(), QStringLiteral("-"));
        QVERIFY(!cell(QStringLiteral("delta"), Qt::ForegroundRole).isValid());
        // Budgets, last, takes the room the other columns leave: in a wide
        // window that is alpha's whole cell (narrower, the cell is elided and
        // the tooltip above has every category, as on the Users page).
        const int needed =
            table->fontMetrics().horizontalAdvance(cell(QStringLiteral("alpha")).toString());
        page.resize(1900, 420);
        QTRY_VERIFY2(table->columnWidth(ProjectTableModel::Budgets) >= needed,
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(table->columnWidth(ProjectTableModel::Budgets))
                                    .arg(needed)));
        codemie::test::saveScreenshot(page,
                                      QStringLiteral("projects-budgets-column-%1-%2")
                                          .arg(qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK")
                                                   ? QStringLiteral("dark")
                                                   : QStringLiteral("light"),
                                               scaleTag()));
    }

    void projectDetailBudgets_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void projectDetailBudgets()
    {
        if (qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK"))
            Theme::apply(Theme::Appearance::Dark);
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine.contains(QStringLiteral("2.42"));
        codemie::test::BudgetSeed seed;
        if (budgets) {
            QVERIFY(codemie::test::seedBudgets(*db, seed));
            QVERIFY(codemie::test::seedProjectBudgetViews(*db, seed));
        } else {
            db->addProject(QStringLiteral("alpha"));
        }
        auto session = db->session(QStringLiteral("nobody@example.com"));
        const auto alpha = ProjectRepository(*session).findByName(QStringLiteral("alpha"));
        QVERIFY2(alpha.isOk(), qPrintable(alpha.outcome.fullText()));
        ProjectDetailDialog dialog(*session, alpha.value);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProjectBudgetsSection *section = dialog.budgetsSection();
        QVERIFY(section->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!section->isLoading(), codemie::test::conditionWaitMs);
        if (!budgets) {
            // 2.19: one line that says why, nothing else.
            QVERIFY(!section->budgetsAvailable());
            QVERIFY(section->unavailableLabel()->isVisible());
            QVERIFY(section->unavailableText().contains(QStringLiteral("2.25")));
            QVERIFY(section->noticeText().isEmpty());
            QVERIFY(!section->membersTable()->isVisible());
            return;
        }
        QVERIFY(section->budgetsAvailable());
        QVERIFY(section->unavailableText().isEmpty());
        // Read-only, and why.
        QVERIFY(section->noticeText().contains(QStringLiteral("read-only")));
        QVERIFY(section->noticeText().contains(QStringLiteral("would not be enforced")));
        const QLocale locale;
        const QString reset = locale.toString(
            QDateTime(QDate(2026, 12, 8), QTime(0, 0), QTimeZone::utc()).toLocalTime().date(),
            QLocale::ShortFormat);
        QCOMPARE(
            section->cardText(QStringLiteral("platform")),
            QStringLiteral("Platform\nAlpha platform\nSpend $500.00 (50.0%)\nHard limit: "
                           "$1,000.00\nSoft limit: $800.00\nReset period: Monthly (30d)\n"
                           "Resets %1")
                .arg(locale.toString(QDateTime(QDate(2026, 12, 2), QTime(0, 0), QTimeZone::utc())
                                         .toLocalTime()
                                         .date(),
                                     QLocale::ShortFormat)));
        QCOMPARE(section->cardText(QStringLiteral("cli")),
                 QStringLiteral("CLI\nAlpha CLI\nSpend $30.00 (75.0%)\nHard limit: $40.00\nSoft "
                                "limit: $30.00\nReset period: Weekly (7d)\nResets %1")
                     .arg(reset));
        QVERIFY(section->cardText(QStringLiteral("premium_models"))
                    .startsWith(QStringLiteral("Premium models\nAlpha premium\nSpend $2.00\n")));
        // Exactly 50 % green, exactly 75 % yellow, a zero limit no colour.
        const QPalette pal = QApplication::palette();
        QCOMPARE(section->spendColor(QStringLiteral("platform")),
                 spendLevelColor(pal, SpendLevel::Ok));
        QCOMPARE(section->spendColor(QStringLiteral("cli")),
                 spendLevelColor(pal, SpendLevel::Warning));
        QVERIFY(!section->spendColor(QStringLiteral("premium_models")).isValid());
        // The web UI's sync tooltips.
        QCOMPARE(section->syncToolTip(QStringLiteral("platform")),
                 QStringLiteral("Budget is active and synced with the provider"));
        QCOMPARE(section->syncToolTip(QStringLiteral("cli")),
                 QStringLiteral("Sync in progress — budget limits are being applied to the "
                                "provider"));
        QCOMPARE(section->syncToolTip(QStringLiteral("premium_models")),
                 QStringLiteral("Provider sync failed — budget limits may not be enforced"));
        QVERIFY(section->groupText().startsWith(
            QStringLiteral("Budget group: Alpha budget · Monthly (30d) · created by "
                           "alice@example.com on ")));
        // Members: by e-mail, bob's fixed override marked with its reason.
        // What the table shows: its headers and cells, through its view.
        QTableView *members = section->membersTable();
        const QAbstractItemModel *mm = members->model();
        QCOMPARE(mm->rowCount(), 3);
        QStringList headers;
        for (int c = 0; c < mm->columnCount(); ++c)
            headers << mm->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("Member"), QStringLiteral("Category"),
                              QStringLiteral("Spend / allocation"), QStringLiteral("Soft limit"),
                              QStringLiteral("Allocation"), QStringLiteral("Sync")}));
        const auto at = [mm](int row, int c, int role = Qt::DisplayRole) {
            return mm->index(row, c).data(role);
        };
        QCOMPARE(at(0, 0).toString(), QStringLiteral("Alice Able (alice@example.com)"));
        QCOMPARE(at(0, 1).toString(), QStringLiteral("Platform"));
        QCOMPARE(at(0, 2).toString(), QStringLiteral("$120.00 / $600.00"));
        QCOMPARE(at(0, 4).toString(), QStringLiteral("Equal share"));
        QVERIFY(!at(0, 4, Qt::ForegroundRole).isValid());
        QCOMPARE(at(1, 1).toString(), QStringLiteral("CLI"));
        QCOMPARE(at(1, 2).toString(), QStringLiteral("$15.00 / $20.00"));
        QCOMPARE(at(1, 5).toString(), QStringLiteral("pending"));
        QCOMPARE(at(2, 0).toString(), QStringLiteral("Bob Baker (bob@example.com)"));
        QCOMPARE(at(2, 2).toString(), QStringLiteral("$390.00 / $400.00"));
        QCOMPARE(at(2, 2, Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(pal, SpendLevel::Danger)); // 97.5 %
        QCOMPARE(at(2, 4).toString(), QStringLiteral("★ Fixed (override)"));
        QCOMPARE(at(2, 4, Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(pal, SpendLevel::Warning));
        QVERIFY(at(2, 4, Qt::ToolTipRole).toString().contains(QStringLiteral("Release crunch")));
        // Every text whole: each column at least as wide as its widest cell
        // and its header (the view sizes them from a sample of rows).
        for (int c = 0; c + 1 < mm->columnCount(); ++c) {
            int widest = members->horizontalHeader()->sectionSizeHint(c);
            for (int r = 0; r < mm->rowCount(); ++r)
                widest =
                    qMax(widest, members->fontMetrics().horizontalAdvance(at(r, c).toString()));
            QVERIFY2(members->columnWidth(c) >= widest,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(c)
                                    .arg(members->columnWidth(c))
                                    .arg(widest)));
        }
        QCOMPARE(section->membersCountText(), QStringLiteral("3 allocation(s)"));
        QVERIFY(section->membersTable()->isVisible());
        // The budgets in view (at 200 % the dialog's body scrolls).
        if (auto *area = dialog.findChild<QScrollArea *>()) {
            QTest::qWait(100); // the layout of the answer first
            area->verticalScrollBar()->setValue(section->mapTo(area->widget(), QPoint()).y());
        }
        codemie::test::saveScreenshot(dialog,
                                      QStringLiteral("project-detail-budgets-%1-%2")
                                          .arg(qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK")
                                                   ? QStringLiteral("dark")
                                                   : QStringLiteral("light"),
                                               scaleTag()));

        // gamma: the noop dot, a deleted budget's card, no group, no members.
        const auto gamma = ProjectRepository(*session).findByName(QStringLiteral("gamma"));
        ProjectDetailDialog other(*session, gamma.value);
        other.show();
        QTRY_VERIFY_WITH_TIMEOUT(!other.budgetsSection()->isLoading(),
                                 codemie::test::conditionWaitMs);
        ProjectBudgetsSection *g = other.budgetsSection();
        QCOMPARE(g->syncToolTip(QStringLiteral("platform")),
                 QStringLiteral("No provider configured — budget limits are tracked locally only"));
        QCOMPARE(g->spendColor(QStringLiteral("platform")),
                 spendLevelColor(pal, SpendLevel::Danger)); // 90 %
        QVERIFY(g->cardText(QStringLiteral("cli"))
                    .startsWith(QStringLiteral("CLI\nold-cli (deleted budget)\nSpend -\nHard "
                                               "limit: -\n")));
        QVERIFY(!g->spendColor(QStringLiteral("cli")).isValid());
        QCOMPARE(g->cardText(QStringLiteral("premium_models")),
                 QStringLiteral("Premium models\n— not assigned —"));
        QCOMPARE(g->syncToolTip(QStringLiteral("premium_models")), QString());
        QCOMPARE(g->groupText(), QStringLiteral("Budget group: -"));
        QCOMPARE(g->membersTable()->model()->rowCount(), 0);
        // No allocation: one line instead of an empty table above the
        // project's members.
        QVERIFY(!g->membersTable()->isVisible());
        QCOMPARE(g->membersCountText(), QStringLiteral("No member allocations."));
    }

    // Many allocations: the columns are sized from the header and the longest
    // texts, not by measuring every row, yet each text is whole wherever its
    // row is (here a long name well below the first rows shown).
    void projectDetailManyAllocations_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0")});
    }
    void projectDetailManyAllocations()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        codemie::test::BudgetSeed seed;
        QVERIFY(codemie::test::seedBudgets(*db, seed));
        QVERIFY(codemie::test::seedProjectBudgetViews(*db, seed));
        const QString longName =
            QStringLiteral("Maximiliane Wilhelmine von Hohenzollern-Sigmaringen-Brandenburg");
        const QString insert = QStringLiteral(
            "INSERT INTO project_member_budget_assignments (id, project_name, budget_category, "
            "project_budget_id, user_id, allocation_mode, allocated_soft_budget, "
            "allocated_max_budget, spend, sync_status, override_reason) VALUES (?, 'alpha', "
            "'platform', 'project-alpha-platform', ?, ?, 8, 10, ?, 'ok', ?)");
        for (int i = 0; i < 40; ++i) {
            const QString email =
                QStringLiteral("member-%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
            const QString id = db->addUser(email, false, false, true,
                                           i == 27 ? longName : QStringLiteral("Member %1").arg(i));
            const bool fixed = i % 10 == 3;
            QVERIFY(db->admin().exec(
                insert, {QStringLiteral("m-many-%1").arg(i), id,
                         fixed ? QStringLiteral("fixed") : QStringLiteral("equal"), double(i % 12),
                         fixed ? QStringLiteral("On call") : QString()}));
        }
        auto session = db->session(QStringLiteral("nobody@example.com"));
        const auto alpha = ProjectRepository(*session).findByName(QStringLiteral("alpha"));
        QVERIFY2(alpha.isOk(), qPrintable(alpha.outcome.fullText()));
        ProjectDetailDialog dialog(*session, alpha.value);
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProjectBudgetsSection *section = dialog.budgetsSection();
        QTRY_VERIFY_WITH_TIMEOUT(!section->isLoading(), codemie::test::conditionWaitMs);
        QTableView *members = section->membersTable();
        const QAbstractItemModel *mm = members->model();
        QCOMPARE(mm->rowCount(), 43); // alice's two, bob's, and the 40
        QCOMPARE(section->membersCountText(), QStringLiteral("43 allocation(s)"));
        // By e-mail: alice twice, bob, then member-00 … member-39.
        int longRow = -1;
        for (int r = 0; r < mm->rowCount(); ++r)
            if (mm->index(r, 0).data().toString().startsWith(longName))
                longRow = r;
        QCOMPARE(longRow, 3 + 27);
        QCOMPARE(mm->index(longRow, 0).data().toString(),
                 QStringLiteral("%1 (member-27@example.com)").arg(longName));
        QCOMPARE(mm->index(3 + 3, 4).data().toString(), QStringLiteral("★ Fixed (override)"));
        QCOMPARE(mm->index(3 + 3, 4).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("A fixed (manually overridden) allocation: On call"));
        QCOMPARE(mm->index(3 + 3, 4).data(Qt::ForegroundRole).value<QColor>(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Warning));
        // The long row is not among the rows shown first...
        QVERIFY(members->rowAt(members->viewport()->height() - 1) < longRow);
        // ... and every text is whole all the same.
        for (int c = 0; c + 1 < mm->columnCount(); ++c) {
            int widest = members->horizontalHeader()->sectionSizeHint(c);
            for (int r = 0; r < mm->rowCount(); ++r)
                widest = qMax(widest, members->fontMetrics().horizontalAdvance(
                                          mm->index(r, c).data().toString()));
            QVERIFY2(members->columnWidth(c) >= widest,
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(c)
                                    .arg(members->columnWidth(c))
                                    .arg(widest)));
        }
        QVERIFY(members->columnWidth(0) >=
                members->fontMetrics().horizontalAdvance(mm->index(longRow, 0).data().toString()));
    }

    void userDetailsBudgetCardAndSpendSort_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void userDetailsBudgetCardAndSpendSort()
    {
        if (qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK"))
            Theme::apply(Theme::Appearance::Dark);
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool budgets = engine.contains(QStringLiteral("2.42"));
        codemie::test::BudgetSeed seed;
        if (budgets) {
            QVERIFY(codemie::test::seedBudgets(*db, seed));
        } else {
            seed.alice = db->addUser(QStringLiteral("alice@example.com"));
            seed.bob = db->addUser(QStringLiteral("bob@example.com"));
        }
        const QString carol = db->addUser(QStringLiteral("carol@example.com"));
        auto session = db->session(QStringLiteral("nobody@example.com"));

        // The Budgets header sorts by total spend (in SQL).
        UsersPage page;
        page.resize(1800, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        UserTableModel *m = page.model();
        QTRY_VERIFY_WITH_TIMEOUT(m->totalCount() >= 3 && !m->isLoading(),
                                 codemie::test::conditionWaitMs);
        if (budgets) {
            auto *table = page.findChild<QTableView *>();
            QHeaderView *header = table->horizontalHeader();
            table->scrollTo(m->index(0, UserTableModel::Budgets));
            const int x = header->sectionViewportPosition(UserTableModel::Budgets) +
                          header->sectionSize(UserTableModel::Budgets) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
            QTRY_COMPARE_WITH_TIMEOUT(m->query().sortKey, UserQuery::SortKey::TotalSpend,
                                      codemie::test::conditionWaitMs);
            table->sortByColumn(UserTableModel::Budgets, Qt::DescendingOrder);
            QTRY_VERIFY_WITH_TIMEOUT(m->query().descending && m->totalCount() >= 3 &&
                                         !m->isLoading() && m->isRowLoaded(1),
                                     codemie::test::conditionWaitMs);
            // alice $301, then bob $75, then the users without spend.
            QCOMPARE(m->userAt(0).id, seed.alice);
            QCOMPARE(m->userAt(1).id, seed.bob);
        }

        const auto alice = UserRepository(*session).findById(seed.alice);
        QVERIFY(alice.isOk());
        UserDetailsDialog dialog(*session, alice.value);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        UserBudgetsCard *card = dialog.budgetsCard();
        QTRY_VERIFY_WITH_TIMEOUT(!card->isLoading(), codemie::test::conditionWaitMs);
        if (!budgets) {
            QVERIFY(!card->budgetsAvailable());
            QVERIFY(card->unavailableText().contains(QStringLiteral("2.23")));
            QVERIFY(!card->assignmentsTable()->isVisible());
            return;
        }
        QVERIFY(card->noticeText().contains(QStringLiteral("would not be enforced")));
        QTableWidget *a = card->assignmentsTable();
        QCOMPARE(a->rowCount(), 3);
        QCOMPARE(a->item(0, 0)->text(), QStringLiteral("Platform"));
        QCOMPARE(a->item(0, 1)->text(), QStringLiteral("Standard platform — $100.00 / 30d"));
        QCOMPARE(a->item(1, 1)->text(), QStringLiteral("Power CLI — $500.00 / 7d"));
        QCOMPARE(a->item(2, 0)->text(), QStringLiteral("Premium models"));
        QCOMPARE(a->item(2, 1)->text(), QStringLiteral("No budget"));
        QTableWidget *sp = card->spendingTable();
        QCOMPARE(card->spendingText(),
                 QStringLiteral("Shows this user's current spending against their budget limit."));
        QCOMPARE(sp->rowCount(), 2);
        QCOMPARE(sp->item(0, 1)->text(), QStringLiteral("$51.00"));
        QCOMPARE(sp->item(0, 3)->text(), QStringLiteral("51.0 %"));
        QCOMPARE(sp->item(0, 3)->foreground().color(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Warning));
        QCOMPARE(sp->item(1, 1)->text(), QStringLiteral("$250.00"));
        QCOMPARE(sp->item(1, 3)->text(), QStringLiteral("50.0 %")); // exactly 50 %: green
        QCOMPARE(sp->item(1, 3)->foreground().color(),
                 spendLevelColor(QApplication::palette(), SpendLevel::Ok));
        if (auto *area = dialog.findChild<QScrollArea *>()) {
            QTest::qWait(100); // the layout of the answer first
            area->verticalScrollBar()->setValue(card->mapTo(area->widget(), QPoint()).y());
        }
        codemie::test::saveScreenshot(dialog,
                                      QStringLiteral("user-details-budgets-%1-%2")
                                          .arg(qEnvironmentVariableIsSet("CODEMIE_BUDGETS_DARK")
                                                   ? QStringLiteral("dark")
                                                   : QStringLiteral("light"),
                                               scaleTag()));
        // carol: nothing assigned, no spend.
        const auto c = UserRepository(*session).findById(carol);
        UserDetailsDialog other(*session, c.value);
        QTRY_VERIFY_WITH_TIMEOUT(!other.budgetsCard()->isLoading(), codemie::test::conditionWaitMs);
        QCOMPARE(other.budgetsCard()->assignmentsTable()->item(0, 1)->text(),
                 QStringLiteral("No budget"));
        QCOMPARE(other.budgetsCard()->spendingText(), QStringLiteral("No spending data available"));
        QCOMPARE(other.budgetsCard()->spendingTable()->rowCount(), 0);
    }

    void showActivityFromTheDialogs_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void showActivityFromTheDialogs()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool events = engine.contains(QStringLiteral("2.42")); // activity_events: 2.40+
        const QString alice = db->addUser(QStringLiteral("alice@example.com"));
        db->addProject(QStringLiteral("alpha"));
        auto session = db->session(QStringLiteral("nobody@example.com"));

        // The project detail: the button (2.40+) closes the dialog and the
        // page asks for the Activity events page filtered to the project.
        ProjectsPage projects;
        projects.show();
        QVERIFY(QTest::qWaitForWindowExposed(&projects));
        projects.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(projects.selectProject(QStringLiteral("alpha")),
                                 codemie::test::conditionWaitMs);
        QSignalSpy projectActivity(&projects, &ProjectsPage::showActivityRequested);
        bool seen = false;
        codemie::test::whenModal<ProjectDetailDialog>([&](ProjectDetailDialog *d) {
            seen = true;
            QCOMPARE(d->showActivityButton()->isVisible(), events);
            if (events)
                d->showActivityButton()->click();
            else
                d->reject();
        });
        projects.showDetails();
        QVERIFY(seen);
        if (events) {
            QCOMPARE(projectActivity.size(), 1);
            QCOMPARE(projectActivity.at(0).at(0).toString(), QStringLiteral("project"));
            QCOMPARE(projectActivity.at(0).at(1).toString(), QStringLiteral("alpha"));
        } else {
            QCOMPARE(projectActivity.size(), 0);
        }

        // The user details: the same, filtered to the user's id.
        UsersPage users;
        users.show();
        QVERIFY(QTest::qWaitForWindowExposed(&users));
        users.setSession(session.get());
        UserTableModel *m = users.model();
        QTRY_VERIFY_WITH_TIMEOUT(m->totalCount() >= 1 && !m->isLoading() && m->isRowLoaded(0),
                                 codemie::test::conditionWaitMs);
        int row = -1;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->userAt(r).id == alice)
                row = r;
        QVERIFY(row >= 0);
        users.findChild<QTableView *>()->setCurrentIndex(m->index(row, UserTableModel::Email));
        QSignalSpy userActivity(&users, &UsersPage::showActivityRequested);
        seen = false;
        codemie::test::whenModal<UserDetailsDialog>([&](UserDetailsDialog *d) {
            seen = true;
            QCOMPARE(d->showActivityButton()->isVisible(), events);
            if (events)
                d->showActivityButton()->click();
            else
                d->reject();
        });
        users.openDetails();
        QVERIFY(seen);
        QCOMPARE(userActivity.size(), events ? 1 : 0);
        if (events) {
            QCOMPARE(userActivity.at(0).at(0).toString(), QStringLiteral("user"));
            QCOMPARE(userActivity.at(0).at(1).toString(), alice);
        }
    }

    void hiddenWithoutBudgetTables()
    {
        CODEMIE_TEST_DB(db, QStringLiteral("pg-2.19.0"));
        auto session = db->session(QStringLiteral("nobody@example.com"));
        BudgetsPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSession(session.get());
        QVERIFY(!page.budgetsAvailable());
        QVERIFY(page.unavailableLabel()->isVisible());
        QVERIFY(!page.budgetTable()->isVisible());
        QVERIFY(!page.spendView()->isVisible());
        const QString why = page.unavailableLabel()->text();
        QVERIFY2(why.contains(QStringLiteral("no budget tables")) &&
                     why.contains(QStringLiteral("2.23")) && why.contains(QStringLiteral("2.19")),
                 qPrintable(why));
        QVERIFY(!why.contains(QLatin1Char('\n')));
    }
};

QTEST_MAIN(TstBudgetsPage)
#include "tst_budgetspage.moc"
