// Budgets page and spend chart at scale: on a PostgreSQL database filled by
// the generator (2,000 shared projects × 365 days of spend), measures the
// time to the first budget rows, to a selected budget's assignments and
// current spend, and to a drawn 365-day chart (all projects, and one
// project), each next to the same reads made directly through the
// repository on a second connection, plus the peak resident memory. Prints
// figures; asserts nothing.
//
// "Connect" is what the main window does on connecting: the page lets go
// of the old session and gets the new one (its list emptied, no selection).
//
//   PGPASSWORD=… budgets_bench postgresql://user@host:port/db?sslmode=disable ACTOR_EMAIL

#include "BenchWait.h"
#include "BudgetModels.h"
#include "BudgetViewRepository.h"
#include "BudgetsPage.h"
#include "PlatformSession.h"
#include "ProjectBudgetsSection.h"
#include "ProjectRepository.h"
#include "ProjectTableModel.h"
#include "SpendChart.h"
#include "SpendView.h"
#include "UserRepository.h"
#include "UserTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace codemie;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
QString memory(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(int(qstrlen(key)))).simplified();
    return {};
}
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

using codemie::bench::waitFor;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: budgets_bench URI ACTOR_EMAIL" << Qt::endl;
        return 2;
    }
    const auto settings = ConnectionSettings::fromUri(QString::fromLocal8Bit(argv[1]));
    PlatformSession::Options options;
    options.actorEmail = QString::fromLocal8Bit(argv[2]);
    const QString password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGPASSWORD"));
    PlatformSession session(settings.value, password, options);
    if (!session.open()) {
        out << "cannot connect" << Qt::endl;
        return 1;
    }
    PlatformSession raw(settings.value, password, options);
    raw.open();
    BudgetViewRepository repo(raw);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate last = today.addDays(-1); // the generator's last spend day
    out << "load average at the start: " << loadAverage() << Qt::endl;
    out << "spend rows: "
        << raw.db()
               .scalar(QStringLiteral("SELECT count(*) FROM project_spend_tracking"))
               .value.toLongLong()
        << Qt::endl;

    BudgetsPage page;
    page.resize(1280, 800);
    page.show();
    // Where the page's time to first rows goes: letting go of the old
    // session, setting up the new one (workers), its answer applied
    // (connect, query, model, columns fitted), then drawn (cumulative).
    QList<double> pageLetGo, pageSetUp, pageAnswered;
    QList<double> rawConnectFirst, rawReaderFirst, pageFirst, rawFirst, pageDetails, rawDetails,
        chartAll, rawAll, chartProject, rawProject, pageRefresh, rawRefresh;
    for (int round = 0; round < 5; ++round) {
        // Budgets list, as the main window connects: the page lets go of
        // the old session, then reads with the new one on its worker
        // (connection, model, view) to the first rows drawn; vs raw.
        QElapsedTimer t;
        t.start();
        page.setSession(nullptr);
        pageLetGo << ms(t);
        page.setSession(&session);
        pageSetUp << ms(t);
        waitFor([&] { return !page.isLoading() && page.listModel()->rowCount() > 0; });
        pageAnswered << ms(t);
        page.repaint();
        pageFirst << ms(t);
        t.restart();
        repo.budgets();
        rawFirst << ms(t);
        // The same with a fresh connection (the page opens its workers' own).
        t.restart();
        {
            PlatformSession fresh(settings.value, password, options);
            fresh.open();
            BudgetViewRepository(fresh).budgets();
        }
        rawConnectFirst << ms(t);
        // The same without the schema probe: a reader connection, as the
        // page's worker opens (PlatformSession::readerClone()).
        t.restart();
        {
            const auto reader = session.readerClone();
            reader->open();
            BudgetViewRepository(*reader).budgets();
        }
        rawReaderFirst << ms(t);

        // A global budget's details: current spend, counts, first page.
        t.restart();
        page.selectBudget(QStringLiteral("standard-platform"));
        waitFor([&] {
            return !page.isLoading() && !page.assigneeModel()->isLoading() &&
                   page.assigneeModel()->rowCount() > 0;
        });
        pageDetails << ms(t);
        t.restart();
        repo.currentSpend(QStringLiteral("standard-platform"));
        repo.assigneeCounts(QStringLiteral("standard-platform"));
        repo.assignees(QStringLiteral("standard-platform"), 0, BudgetAssigneeModel::PageSize);
        rawDetails << ms(t);

        // 365 days of all projects, to a drawn chart.
        SpendView *view = page.spendView();
        page.tabs()->setCurrentWidget(view);
        view->setReferenceDay(last);
        waitFor([&] { return !view->isLoading(); });
        t.restart();
        view->showSubject(SpendSubject{});
        view->setPeriodDays(365);
        waitFor([&] { return !view->isLoading(); });
        view->chart()->repaint();
        chartAll << ms(t);
        const QDate from = last.addDays(-364);
        t.restart();
        repo.limits(SpendSubject{}, from, last);
        repo.dailySpend(SpendSubject{}, SpendSeriesBuilder::previousFrom(from, last), last);
        repo.topProjects(from, last, 10);
        repo.topUsers(from, last, 10);
        rawAll << ms(t);

        // One project (the biggest) with its budget.
        const SpendSubject project{SpendSubject::Kind::Project, QStringLiteral("payments-api"),
                                   QStringLiteral("platform")};
        t.restart();
        view->showSubject(project);
        waitFor([&] { return !view->isLoading(); });
        view->chart()->repaint();
        chartProject << ms(t);
        t.restart();
        repo.limits(project, from, last);
        repo.dailySpend(project, SpendSeriesBuilder::previousFrom(from, last), last);
        repo.topProjects(from, last, 10, project.category);
        repo.topUsers(from, last, 10, project.category);
        rawProject << ms(t);
        if (round == 0)
            out << "chart points: " << view->series().points.size()
                << ", total: " << view->series().total() << Qt::endl;
        page.tabs()->setCurrentIndex(0);

        // Refresh (F5) with that budget selected, as the main window does:
        // the page reads its list again on a new worker connection and keeps
        // the selection, whose spend, counts and assignees are read again.
        page.selectBudget(QStringLiteral("standard-platform"));
        waitFor([&] { return !page.isLoading() && !page.assigneeModel()->isLoading(); });
        t.restart();
        page.setSession(&session);
        waitFor([&] {
            return !page.isLoading() && !page.assigneeModel()->isLoading() &&
                   page.assigneeModel()->rowCount() > 0;
        });
        page.repaint();
        pageRefresh << ms(t);
        t.restart();
        {
            PlatformSession fresh(settings.value, password, options);
            fresh.open();
            BudgetViewRepository freshRepo(fresh);
            freshRepo.budgets();
            freshRepo.currentSpend(QStringLiteral("standard-platform"));
            freshRepo.assigneeCounts(QStringLiteral("standard-platform"));
            freshRepo.assignees(QStringLiteral("standard-platform"), 0,
                                BudgetAssigneeModel::PageSize);
        }
        rawRefresh << ms(t);
    }
    // The Projects page at 2,000 shared projects: its model with the Budgets
    // column (a page of projects and their budget cells, read together), as
    // on connecting, to the first rows drawn; the project detail's budget
    // cards of the biggest project; the Users page sorted by total spend.
    ProjectTableModel projects;
    QTableView projectView;
    projectView.setModel(&projects);
    projectView.resize(1280, 800);
    projectView.show();
    ProjectBudgetsSection cards;
    cards.resize(900, 600);
    cards.show();
    UserTableModel users;
    QTableView userView;
    userView.setModel(&users);
    userView.resize(1280, 800);
    userView.show();
    users.setSession(&session);
    waitFor([&] { return !users.isLoading() && users.isRowLoaded(0); });
    QList<double> projectsFirst, projectsFloor, projectsReaderFloor, cardsShown, cardsRaw, bySpend,
        bySpendRaw;
    const auto readProjects = [](PlatformSession &s) {
        ProjectQuery q;
        q.limit = 200;
        ProjectRepository(s).count(q);
        const auto listed = ProjectRepository(s).page(q);
        QStringList names;
        for (const ProjectRecord &p : listed.value)
            names << p.name;
        BudgetViewRepository(s).projectBudgetCells(names);
    };
    UserRepository userRepo(raw);
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        projects.setSession(nullptr);
        projects.setSession(&session);
        waitFor([&] { return !projects.isLoading() && projects.rowCount() > 0; });
        projectView.repaint();
        projectsFirst << ms(t);
        t.restart();
        {
            PlatformSession fresh(settings.value, password, options);
            fresh.open();
            readProjects(fresh);
        }
        projectsFloor << ms(t);
        t.restart();
        {
            const auto reader = session.readerClone();
            reader->open();
            readProjects(*reader);
        }
        projectsReaderFloor << ms(t);

        t.restart();
        cards.load(session, QStringLiteral("payments-api"));
        waitFor([&] { return !cards.isLoading(); }, 30000);
        cards.repaint();
        cardsShown << ms(t);
        t.restart();
        repo.projectBudgets(QStringLiteral("payments-api"), ProjectBudgetsSection::MemberLimit);
        cardsRaw << ms(t);

        UserQuery q;
        q.sortKey = UserQuery::SortKey::TotalSpend;
        q.descending = round % 2 == 0;
        q.limit = UserTableModel::PageSize;
        t.restart();
        users.setQuery(q);
        waitFor(
            [&] {
                users.data(users.index(0, 0)); // as the view's paint asks
                return !users.isLoading() && users.isRowLoaded(0);
            },
            30000);
        userView.repaint();
        bySpend << ms(t);
        t.restart();
        userRepo.count(q);
        userRepo.page(q);
        bySpendRaw << ms(t);
    }
    if (cards.cardText(QStringLiteral("platform")).isEmpty())
        out << "note: payments-api has no platform budget card" << Qt::endl;
    out << "projects: " << projects.totalCount()
        << ", first user by spend: " << users.userAt(0).email << Qt::endl;

    auto line = [&out](const QString &what, const QList<double> &ui, const QList<double> &sql) {
        out << QStringLiteral("%1: %2 ms (raw SQL %3 ms, ratio %4x)")
                   .arg(what)
                   .arg(median(ui), 0, 'f', 1)
                   .arg(median(sql), 0, 'f', 1)
                   .arg(median(ui) / std::max(0.001, median(sql)), 0, 'f', 2)
            << Qt::endl;
    };
    out << "budgets page first rows per round (ms):";
    for (double v : pageFirst)
        out << ' ' << QString::number(v, 'f', 1);
    out << Qt::endl << "medians of 5 rounds" << Qt::endl;
    line(QStringLiteral("budgets page, connect to first rows"), pageFirst, rawFirst);
    line(QStringLiteral("  the same against connect + raw SQL"), pageFirst, rawConnectFirst);
    line(QStringLiteral("  the same against connect without the probe + raw SQL"), pageFirst,
         rawReaderFirst);
    out << QStringLiteral("  of which (cumulative medians): old session let go %1 ms, new one set "
                          "up %2 ms, rows in the model %3 ms, drawn %4 ms")
               .arg(median(pageLetGo), 0, 'f', 1)
               .arg(median(pageSetUp), 0, 'f', 1)
               .arg(median(pageAnswered), 0, 'f', 1)
               .arg(median(pageFirst), 0, 'f', 1)
        << Qt::endl;
    line(QStringLiteral("select a budget, to spend and first assignees"), pageDetails, rawDetails);
    line(QStringLiteral("refresh with a budget selected, to list, spend and assignees"),
         pageRefresh, rawRefresh);
    line(QStringLiteral("365-day chart, all projects, drawn"), chartAll, rawAll);
    line(QStringLiteral("365-day chart, one project, drawn"), chartProject, rawProject);
    line(QStringLiteral("projects page (Budgets column), connect to first rows, drawn"),
         projectsFirst, projectsFloor);
    line(QStringLiteral("  the same against connect without the probe + raw SQL"), projectsFirst,
         projectsReaderFloor);
    line(QStringLiteral("project detail budget cards (payments-api), shown"), cardsShown, cardsRaw);
    line(QStringLiteral("users sorted by total spend, to first rows, drawn"), bySpend, bySpendRaw);
    out << "peak resident memory: " << memory("VmHWM:") << Qt::endl;
    out << "load average at the end: " << loadAverage() << Qt::endl;
    return 0;
}
