#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace codemie {

// Spend of one UTC day (as the repository sums it).
struct DailySpend {
    QDate day;
    double amount = 0.0;
};

// One day of a spend chart.
struct SpendSeriesPoint {
    QDate day;
    double daily = 0.0;
    // Since the start of the shown period, or since the last reset inside it.
    double cumulative = 0.0;
    bool reset = false; // a budget period starts on this day
};

// The numbers behind the spend chart and its table: every UTC day of the
// period (days without spend are zero), limits and reset days.
struct SpendSeries {
    QDate from;
    QDate to;
    QList<SpendSeriesPoint> points;
    std::optional<double> hardLimit;
    std::optional<double> softLimit;

    double total() const;
    // The largest value the chart must show (daily, cumulative, limits).
    double maxValue() const;
    QList<QDate> resetDays() const;
    // "day,daily_spend_usd,cumulative_spend_usd,budget_reset" then one line a
    // day: ISO dates, plain numbers with two decimals, "yes" or empty.
    QString toCsv() const;
};

// This period against the one before it (of the same length).
struct SpendComparison {
    double current = 0.0;
    double previous = 0.0;
    // (current − previous) / previous × 100; none when the previous is zero.
    std::optional<double> changePercent() const;
};

class SpendSeriesBuilder {
public:
    // The UTC calendar day of a moment, whatever its time zone.
    static QDate utcDay(const QDateTime &moment);
    // Sums timestamped amounts into UTC days.
    static QList<DailySpend> bucketByUtcDay(const QList<QPair<QDateTime, double>> &amounts);
    // Every day from `from` to `to` (inclusive) with the sum of `rows` on it
    // (rows outside are ignored, rows of the same day added); the
    // cumulative starts at zero on `from` and again on each reset day.
    static SpendSeries build(const QList<DailySpend> &rows, const QDate &from, const QDate &to,
                             const QList<QDate> &resetDays = {});
    // The sums of [from, to] and of the as long period before it, from rows
    // that cover both.
    static SpendComparison compare(const QList<DailySpend> &rows, const QDate &from,
                                   const QDate &to);
    // The period before [from, to] of the same length: its first day.
    static QDate previousFrom(const QDate &from, const QDate &to);
};

} // namespace codemie
