// Money, the budget cell's thresholds (web UI §6.4) and the daily spend
// series: pure functions in src/core, checked against hand-computed values.

#include "BudgetCell.h"
#include "SpendSeries.h"

#include <QTest>
#include <QTimeZone>

using namespace codemie;

namespace {
const QLocale us(QLocale::English, QLocale::UnitedStates);
const QLocale de(QLocale::German, QLocale::Germany);
QDate d(int month, int day)
{
    return QDate(2026, month, day);
}
} // namespace

class TstBudgetCell : public QObject {
    Q_OBJECT
private slots:
    void moneyIsUsdWithTwoDecimalsInTheLocale()
    {
        QCOMPARE(Money::format(1234.56, us), QStringLiteral("$1,234.56"));
        QCOMPARE(Money::format(0.0, us), QStringLiteral("$0.00"));
        QCOMPARE(Money::format(-0.001, us), QStringLiteral("$0.00"));
        QCOMPARE(Money::format(1234567.891, us), QStringLiteral("$1,234,567.89"));
        QCOMPARE(Money::format(std::optional<double>(), us), QStringLiteral("-"));
        const QString german = Money::format(1234.5, de);
        QVERIFY2(german.contains(QStringLiteral("1.234,50")), qPrintable(german));
        QVERIFY(german.contains(QLatin1Char('$')));
        // The C locale (LC_ALL=C) still groups thousands, as en-US.
        QCOMPARE(Money::format(1234.56, QLocale::c()), QStringLiteral("$1,234.56"));
        QCOMPARE(Money::plain(1234.567), QStringLiteral("1234.57"));
        QCOMPARE(Money::plain(-0.001), QStringLiteral("0.00"));
    }

    void levelsUseStrictComparisons_data()
    {
        QTest::addColumn<double>("spent");
        QTest::addColumn<double>("limit");
        QTest::addColumn<int>("level");
        QTest::newRow("0%") << 0.0 << 100.0 << int(SpendLevel::Ok);
        QTest::newRow("exactly 50% is green") << 50.0 << 100.0 << int(SpendLevel::Ok);
        QTest::newRow("just above 50%") << 50.01 << 100.0 << int(SpendLevel::Warning);
        QTest::newRow("exactly 75% is yellow") << 75.0 << 100.0 << int(SpendLevel::Warning);
        QTest::newRow("just above 75%") << 75.01 << 100.0 << int(SpendLevel::Danger);
        QTest::newRow("over the limit") << 130.0 << 100.0 << int(SpendLevel::Danger);
        QTest::newRow("50% of 3") << 1.5 << 3.0 << int(SpendLevel::Ok);
        QTest::newRow("75% of 200") << 150.0 << 200.0 << int(SpendLevel::Warning);
        QTest::newRow("zero limit: no colour") << 10.0 << 0.0 << int(SpendLevel::None);
        QTest::newRow("negative limit: no colour") << 10.0 << -5.0 << int(SpendLevel::None);
    }
    void levelsUseStrictComparisons()
    {
        QFETCH(double, spent);
        QFETCH(double, limit);
        QFETCH(int, level);
        QCOMPARE(int(BudgetRules::level(spent, limit)), level);
    }

    void missingValuesGetNoColour()
    {
        QCOMPARE(BudgetRules::level(10.0, std::nullopt), SpendLevel::None);
        QCOMPARE(BudgetRules::level(std::nullopt, 100.0), SpendLevel::None);
        QVERIFY(!BudgetRules::percent(10.0, 0.0));
        QCOMPARE(*BudgetRules::percent(75.0, 100.0), 75.0);
    }

    void cellHasTotalThenCategoriesInTheWebOrder()
    {
        QCOMPARE(BudgetCell::text(BudgetCell::lines({}, us)), QStringLiteral("-"));
        // Given out of order: the cell shows Platform, CLI, Premium models.
        const auto lines =
            BudgetCell::lines({CategorySpend{QStringLiteral("premium_models"), std::nullopt, 50.0},
                               CategorySpend{QStringLiteral("platform"), 100.0, 200.0},
                               CategorySpend{QStringLiteral("cli"), 75.0, 100.0}},
                              us);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(BudgetCell::text(lines), QStringLiteral("Total $175.00 / $350.00\n"
                                                         "$100.00 / $200.00\n"
                                                         "$75.00 / $100.00\n"
                                                         "- / $50.00"));
        QCOMPARE(lines.at(0).level, SpendLevel::Ok);      // 175 / 350 = exactly 50 %
        QCOMPARE(lines.at(1).level, SpendLevel::Ok);      // exactly 50 %
        QCOMPARE(lines.at(2).level, SpendLevel::Warning); // exactly 75 %
        QCOMPARE(lines.at(3).level, SpendLevel::None);    // spend unknown
        QCOMPARE(lines.at(2).category, QStringLiteral("cli"));
        QCOMPARE(lines.at(2).toolTip, QStringLiteral("CLI: $75.00 spent of $100.00 (75.0 %)"));
        QCOMPARE(lines.at(3).toolTip, QStringLiteral("Premium models: - spent of $50.00"));
    }

    void cellWithoutKnownSpendOrLimit()
    {
        const auto lines = BudgetCell::lines(
            {CategorySpend{QStringLiteral("platform"), std::nullopt, std::nullopt}}, us);
        QCOMPARE(BudgetCell::text(lines), QStringLiteral("Total - / -\n- / -"));
        QCOMPARE(lines.at(0).level, SpendLevel::None);
        // A zero limit: the money is shown, the colour is not.
        const auto zero = BudgetCell::lines({CategorySpend{QStringLiteral("cli"), 5.0, 0.0}}, us);
        QCOMPARE(BudgetCell::text(zero), QStringLiteral("Total $5.00 / $0.00\n$5.00 / $0.00"));
        QCOMPARE(zero.at(0).level, SpendLevel::None);
        QCOMPARE(zero.at(1).level, SpendLevel::None);
    }

    void durationsAndLabels()
    {
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("30d")), 30);
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("7d")), 7);
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("48h")), 2);
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("12h")), 0);
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("0d")), -1);
        QCOMPARE(BudgetRules::durationDays(QStringLiteral("monthly")), -1);
        QCOMPARE(BudgetRules::durationLabel(QStringLiteral("30d")),
                 QStringLiteral("Monthly (30d)"));
        QCOMPARE(BudgetRules::durationLabel(QStringLiteral("14d")), QStringLiteral("14d"));
        QCOMPARE(BudgetRules::categoryLabel(QStringLiteral("premium_models")),
                 QStringLiteral("Premium models"));
    }

    void resetAtIsReadAsUtc()
    {
        const QDateTime utc(d(12, 8), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(BudgetRules::parseResetAt(QStringLiteral("2026-12-08T00:00:00Z")), utc);
        QCOMPARE(BudgetRules::parseResetAt(QStringLiteral("2026-12-08T00:00:00")), utc);
        QCOMPARE(BudgetRules::parseResetAt(QStringLiteral("2026-12-08 00:00:00.123456+00:00")),
                 utc.addMSecs(123));
        QCOMPARE(BudgetRules::parseResetAt(QStringLiteral("2026-12-08T01:00:00+01:00")), utc);
        QVERIFY(!BudgetRules::parseResetAt(QStringLiteral("soon")).isValid());
        QVERIFY(!BudgetRules::parseResetAt(QString()).isValid());
    }

    void resetDaysGoBackAndForthByThePeriod()
    {
        const QDateTime next(d(12, 8), QTime(0, 0), QTimeZone::utc());
        // 30 days back from Dec 8: Nov 8, Oct 9, Sep 9.
        QCOMPARE(BudgetRules::resetDays(next, QStringLiteral("30d"), d(9, 1), d(12, 5)),
                 (QList<QDate>{d(9, 9), d(10, 9), d(11, 8)}));
        // The range includes the reset day itself, and later ones.
        QCOMPARE(BudgetRules::resetDays(next, QStringLiteral("7d"), d(12, 1), d(12, 22)),
                 (QList<QDate>{d(12, 1), d(12, 8), d(12, 15), d(12, 22)}));
        // A reset at 23:30 UTC falls on its UTC day.
        const QDateTime late(d(12, 8), QTime(23, 30), QTimeZone::utc());
        QCOMPARE(BudgetRules::resetDays(late, QStringLiteral("1d"), d(12, 6), d(12, 8)),
                 (QList<QDate>{d(12, 6), d(12, 7), d(12, 8)}));
        QVERIFY(BudgetRules::resetDays(next, QStringLiteral("12h"), d(12, 1), d(12, 9)).isEmpty());
        QVERIFY(BudgetRules::resetDays({}, QStringLiteral("30d"), d(12, 1), d(12, 9)).isEmpty());
    }

    void customerIds()
    {
        QCOMPARE(BudgetRules::customerId(QStringLiteral("u1"), QStringLiteral("cli")),
                 QStringLiteral("u1_codemie_cli"));
        QCOMPARE(BudgetRules::customerId(QStringLiteral("u1"), QStringLiteral("platform")),
                 QStringLiteral("u1"));
        QCOMPARE(BudgetRules::userIdOfCustomer(QStringLiteral("u1_codemie_premium_models")),
                 QStringLiteral("u1"));
        QCOMPARE(BudgetRules::userIdOfCustomer(QStringLiteral("u1")), QStringLiteral("u1"));
    }

    void utcDaysAtTheEdges()
    {
        // 23:59 and 00:01 UTC are two days; 00:30 in Berlin (UTC+1) is the
        // previous UTC day, 23:30 in New York (UTC−5) the next one.
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone newYork("America/New_York");
        QVERIFY(berlin.isValid() && newYork.isValid());
        const QList<QPair<QDateTime, double>> amounts{
            {QDateTime(d(3, 1), QTime(23, 59), QTimeZone::utc()), 1.25},
            {QDateTime(d(3, 2), QTime(0, 1), QTimeZone::utc()), 2.50},
            {QDateTime(d(3, 3), QTime(0, 30), berlin), 4.00},   // 2026-03-02 23:30 UTC
            {QDateTime(d(3, 3), QTime(23, 30), newYork), 8.00}, // 2026-03-04 04:30 UTC
        };
        const auto days = SpendSeriesBuilder::bucketByUtcDay(amounts);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).day, d(3, 1));
        QCOMPARE(days.at(0).amount, 1.25);
        QCOMPARE(days.at(1).day, d(3, 2));
        QCOMPARE(days.at(1).amount, 6.50);
        QCOMPARE(days.at(2).day, d(3, 4));
        QCOMPARE(days.at(2).amount, 8.00);
    }

    void seriesAgainstAHandComputedOne()
    {
        // Rows out of order, one day twice, one before and one after the
        // period; a reset on Mar 4.
        const QList<DailySpend> rows{{d(3, 3), 3.0},    {d(3, 1), 1.0}, {d(3, 3), 0.5},
                                     {d(2, 28), 100.0}, {d(3, 5), 2.0}, {d(3, 6), 100.0},
                                     {d(3, 4), 4.0}};
        const SpendSeries s = SpendSeriesBuilder::build(rows, d(3, 1), d(3, 5), {d(3, 4)});
        // day      daily  cumulative
        // Mar 1    1.00   1.00
        // Mar 2    0.00   1.00
        // Mar 3    3.50   4.50
        // Mar 4    4.00   4.00  (reset)
        // Mar 5    2.00   6.00
        QCOMPARE(s.points.size(), 5);
        const QList<double> daily{1.0, 0.0, 3.5, 4.0, 2.0};
        const QList<double> cumulative{1.0, 1.0, 4.5, 4.0, 6.0};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.points.at(i).day, d(3, 1 + i));
            QCOMPARE(s.points.at(i).daily, daily.at(i));
            QCOMPARE(s.points.at(i).cumulative, cumulative.at(i));
            QCOMPARE(s.points.at(i).reset, i == 3);
        }
        QCOMPARE(s.total(), 10.5);
        QCOMPARE(s.resetDays(), QList<QDate>{d(3, 4)});
        QCOMPARE(s.toCsv(),
                 QStringLiteral("day,daily_spend_usd,cumulative_spend_usd,budget_reset\r\n"
                                "2026-03-01,1.00,1.00,\r\n"
                                "2026-03-02,0.00,1.00,\r\n"
                                "2026-03-03,3.50,4.50,\r\n"
                                "2026-03-04,4.00,4.00,yes\r\n"
                                "2026-03-05,2.00,6.00,\r\n"));
        SpendSeries limited = s;
        limited.hardLimit = 20.0;
        QCOMPARE(limited.maxValue(), 20.0);
        QCOMPARE(s.maxValue(), 6.0);
        QVERIFY(SpendSeriesBuilder::build(rows, d(3, 5), d(3, 1)).points.isEmpty());
    }

    void periodAgainstThePreviousOne()
    {
        const QList<DailySpend> rows{
            {d(2, 24), 1.0}, {d(2, 25), 2.0}, {d(2, 28), 3.0}, {d(3, 1), 10.0}, {d(3, 5), 5.0}};
        QCOMPARE(SpendSeriesBuilder::previousFrom(d(3, 1), d(3, 5)), d(2, 24));
        const SpendComparison c = SpendSeriesBuilder::compare(rows, d(3, 1), d(3, 5));
        QCOMPARE(c.current, 15.0);
        QCOMPARE(c.previous, 6.0);
        QCOMPARE(*c.changePercent(), 150.0);
        QVERIFY(!(SpendComparison{5.0, 0.0}.changePercent()));
    }
};

QTEST_GUILESS_MAIN(TstBudgetCell)
#include "tst_budgetcell.moc"
