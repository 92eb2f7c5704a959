// Users page at scale: measures, on a PostgreSQL database filled by the
// generator (100,000 users), connect-to-first-rows, search refresh latency
// next to the raw query time of the same queries, a scroll from the first to
// the last row, the peak resident memory after it, and opening a user's
// details. Prints figures; asserts nothing.
//
//   PGPASSWORD=… users_bench postgresql://user@host:port/db?sslmode=disable ACTOR_EMAIL

#include "BenchWait.h"
#include "BudgetViewRepository.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserSearchService.h"
#include "UserTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcessEnvironment>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <algorithm>

using namespace codemie;

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const int i = qBound(0, int(p * double(v.size() - 1) + 0.5), int(v.size()) - 1);
    return v.at(i);
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
} // namespace

using codemie::bench::waitFor;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: users_bench URI ACTOR_EMAIL" << Qt::endl;
        return 2;
    }
    const auto settings = ConnectionSettings::fromUri(QString::fromLocal8Bit(argv[1]));
    PlatformSession::Options options;
    options.actorEmail = QString::fromLocal8Bit(argv[2]);
    const QString password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGPASSWORD"));

    QElapsedTimer timer;
    timer.start();
    PlatformSession session(settings.value, password, options);
    if (!session.open()) {
        out << "cannot connect" << Qt::endl;
        return 1;
    }
    UserTableModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    // The rows on screen are all shown (the first of them, and the last the
    // viewport holds), or there are none.
    const auto screenShown = [&] {
        if (model.isLoading())
            return false;
        if (model.totalCount() == 0)
            return true;
        int last = view.rowAt(view.viewport()->height() - 2);
        if (last < 0)
            last = model.rowCount() - 1;
        return model.isRowLoaded(0) && model.isRowLoaded(last);
    };
    model.setSession(&session);
    waitFor(screenShown);
    const double firstRows = double(timer.nsecsElapsed()) / 1e6;
    out << "load average at start: " << loadAverage() << Qt::endl;
    out << "rows: " << model.totalCount() << Qt::endl;
    // The floor: a fresh connection, then the count and the first page as
    // the model reads them (no GUI, no memberships or budgets).
    {
        QElapsedTimer t;
        t.start();
        PlatformSession fresh(settings.value, password, options);
        fresh.open();
        UserRepository repo(fresh);
        UserQuery q;
        q.limit = UserTableModel::PageSize;
        repo.count(q);
        repo.page(q);
        out << QStringLiteral("connect to first rows: %1 ms (floor: connect + count + first page "
                              "%2 ms)")
                   .arg(firstRows, 0, 'f', 1)
                   .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 1)
            << Qt::endl;
    }
    // The same with the first page's memberships and budget cells, as the
    // model reads them for the Projects and Budgets columns.
    {
        QElapsedTimer t;
        t.start();
        PlatformSession fresh(settings.value, password, options);
        fresh.open();
        UserRepository repo(fresh);
        UserQuery q;
        q.limit = UserTableModel::PageSize;
        repo.count(q);
        const auto page = repo.page(q);
        QStringList ids;
        for (const UserRecord &u : page.value)
            ids << u.id;
        MembershipRepository(fresh).projectsOfUsers(ids, 3);
        if (fresh.caps().hasGlobalBudgets)
            BudgetViewRepository(fresh).userBudgetCells(ids);
        const double floor = double(t.nsecsElapsed()) / 1e6;
        out << QStringLiteral("  floor with the Projects and Budgets columns' reads: %1 ms "
                              "(ratio %2x)")
                   .arg(floor, 0, 'f', 1)
                   .arg(firstRows / floor, 0, 'f', 2)
            << Qt::endl;
    }
    out << "memory before the search index: VmRSS " << memory("VmRSS:") << Qt::endl;
    if (UserSearchService *search = model.searchService()) {
        QElapsedTimer t;
        t.start();
        waitFor(
            [&] {
                return search->state() == UserSearchService::State::Ready ||
                       search->state() == UserSearchService::State::Failed;
            },
            600000);
        if (search->index()) {
            const auto index = search->index();
            out << QStringLiteral("search index: ready %1 ms after the first rows (load %2 ms), "
                                  "%3 users, %4 MB, %5 bytes a user")
                       .arg(t.elapsed())
                       .arg(index->loadMs())
                       .arg(index->userCount())
                       .arg(double(index->memoryBytes()) / 1048576.0, 0, 'f', 1)
                       .arg(double(index->memoryBytes()) /
                                double(qMax<qsizetype>(1, index->userCount())),
                            0, 'f', 1)
                << Qt::endl;
        } else {
            out << "search index: not ready: " << search->lastError() << Qt::endl;
        }
        out << "memory with the search index: VmRSS " << memory("VmRSS:") << ", peak VmHWM "
            << memory("VmHWM:") << Qt::endl;
    }

    // 50 varied searches, sorts and filters; each against the raw queries
    // (count + first page) on a direct connection in the same run.
    const QStringList terms = {QStringLiteral("ada"),    QStringLiteral("zofia.x"),
                               QStringLiteral("nguy"),   QStringLiteral("partner"),
                               QStringLiteral("1234"),   QStringLiteral("o'n"),
                               QStringLiteral("müller"), QStringLiteral("99"),
                               QStringLiteral("e"),      QStringLiteral("@codemie")};
    QList<double> modelTimes, rawTimes;
    QList<UserQuery> asked;
    PlatformSession raw(settings.value, password, options);
    raw.open();
    UserRepository rawRepo(raw);
    const int searches =
        qMax(1, QProcessEnvironment::systemEnvironment()
                    .value(QStringLiteral("CODEMIE_BENCH_SEARCHES"), QStringLiteral("50"))
                    .toInt());
    for (int i = 0; i < searches; ++i) {
        UserQuery q;
        q.search = terms.at(i % terms.size());
        q.sortKey = i % 3 == 0 ? UserQuery::SortKey::Name : UserQuery::SortKey::Email;
        q.descending = i % 2;
        if (i % 5 == 4)
            q.role = UserQuery::Role::ProjectAdmin;
        if (i % 7 == 6)
            q.userType = QStringLiteral("external");
        q.limit = UserTableModel::PageSize;
        asked << q;
        QElapsedTimer t;
        t.start();
        model.setQuery(q);
        waitFor(screenShown);
        modelTimes << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        rawRepo.count(q);
        rawRepo.page(q);
        rawTimes << double(t.nsecsElapsed()) / 1e6;
    }
    const double mMed = percentile(modelTimes, 0.5), mP95 = percentile(modelTimes, 0.95);
    const double rMed = percentile(rawTimes, 0.5), rP95 = percentile(rawTimes, 0.95);
    out << QStringLiteral(
               "search refresh (%1 searches, model, to first rows): median %2 ms, p95 %3 ms")
               .arg(searches)
               .arg(mMed, 0, 'f', 1)
               .arg(mP95, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("raw SQL of the old query (count + first page): median %1 ms, p95 %2 ms")
               .arg(rMed, 0, 'f', 1)
               .arg(rP95, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio: median %1x, p95 %2x")
               .arg(mMed / rMed, 0, 'f', 2)
               .arg(mP95 / rP95, 0, 'f', 2)
        << Qt::endl;

    // Search as you type: each keystroke of a few names and addresses (and
    // a backspace), every keystroke a query, until its screen of rows shows.
    {
        const QStringList typed = {QStringLiteral("ada.lovelace"), QStringLiteral("nguyen"),
                                   QStringLiteral("zofia.x"), QStringLiteral("müller1"),
                                   QStringLiteral("@codemie.ex")};
        QList<double> typeTimes;
        for (const QString &word : typed) {
            QStringList keys;
            for (int n = 1; n <= word.size(); ++n)
                keys << word.left(n);
            keys << word.left(word.size() - 1); // backspace
            for (const QString &text : std::as_const(keys)) {
                UserQuery q;
                q.search = text;
                q.limit = UserTableModel::PageSize;
                QElapsedTimer t;
                t.start();
                model.setQuery(q);
                waitFor(screenShown);
                typeTimes << double(t.nsecsElapsed()) / 1e6;
            }
        }
        out << QStringLiteral("search as you type (%1 keystrokes, to the screen's rows): median "
                              "%2 ms, p95 %3 ms, max %4 ms")
                   .arg(typeTimes.size())
                   .arg(percentile(typeTimes, 0.5), 0, 'f', 1)
                   .arg(percentile(typeTimes, 0.95), 0, 'f', 1)
                   .arg(percentile(typeTimes, 1.0), 0, 'f', 1)
            << Qt::endl;
    }

    // What of that is the search itself: the index's match() of the same
    // queries, in memory (the rest is reading the page's rows, memberships
    // and budgets by id, and showing them).
    if (model.searchService() && model.searchService()->index()) {
        const auto index = model.searchService()->index();
        QList<double> matchTimes;
        for (const UserQuery &q : std::as_const(asked)) {
            QElapsedTimer t;
            t.start();
            const auto rows = index->match(q);
            matchTimes << double(t.nsecsElapsed()) / 1e6;
            Q_UNUSED(rows);
        }
        out << QStringLiteral("of which the index's match in memory: median %1 ms, p95 %2 ms")
                   .arg(percentile(matchTimes, 0.5), 0, 'f', 1)
                   .arg(percentile(matchTimes, 0.95), 0, 'f', 1)
            << Qt::endl;
    }

    // Drag the scroll bar straight to the end: only the last page is read.
    model.setQuery(UserQuery());
    waitFor([&] { return model.isRowLoaded(0); });
    timer.restart();
    view.scrollToBottom();
    waitFor([&] { return model.isRowLoaded(model.rowCount() - 1); });
    out << QStringLiteral("jump to the last row: %1 ms")
               .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
        << Qt::endl;

    // Scroll from the first to the last row, a screen at a time, waiting for
    // the rows on screen each time (what a user holding Page Down sees).
    // CODEMIE_BENCH_SCROLL=0 skips it (a million rows take many minutes).
    if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("CODEMIE_BENCH_SCROLL")) !=
        QStringLiteral("0")) {
        model.setQuery(UserQuery());
        waitFor([&] { return model.isRowLoaded(0); });
        view.scrollToTop();
        QCoreApplication::processEvents();
        timer.restart();
        QScrollBar *bar = view.verticalScrollBar();
        int steps = 0;
        while (bar->value() < bar->maximum()) {
            bar->setValue(qMin(bar->maximum(), bar->value() + bar->pageStep() * 10));
            const int row = view.rowAt(view.viewport()->height() - 2);
            waitFor([&] { return row < 0 || model.isRowLoaded(row); });
            ++steps;
        }
        waitFor([&] { return model.isRowLoaded(model.rowCount() - 1); });
        out << QStringLiteral("scroll first to last row (%1 jumps of 10 screens): %2 s")
                   .arg(steps)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
            << Qt::endl;
    }
    out << "load average at the end: " << loadAverage() << Qt::endl;
    out << "memory after scroll: VmRSS " << memory("VmRSS:") << ", peak VmHWM " << memory("VmHWM:")
        << Qt::endl;

    // Open a user's details (user row + memberships + widgets).
    QList<double> detailTimes;
    for (int i = 0; i < 10; ++i) {
        const int row = i * 9973 % model.rowCount();
        waitFor([&] {
            model.data(model.index(row, 0));
            return model.isRowLoaded(row);
        });
        QElapsedTimer t;
        t.start();
        UserDetailsDialog dialog(session, model.userAt(row));
        dialog.show();
        QCoreApplication::processEvents();
        detailTimes << double(t.nsecsElapsed()) / 1e6;
    }
    out << QStringLiteral("open user details: median %1 ms, max %2 ms")
               .arg(percentile(detailTimes, 0.5), 0, 'f', 1)
               .arg(percentile(detailTimes, 1.0), 0, 'f', 1)
        << Qt::endl;
    return 0;
}
