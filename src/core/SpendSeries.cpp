#include "SpendSeries.h"

#include "BudgetCell.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace codemie {

double SpendSeries::total() const
{
    double sum = 0.0;
    for (const SpendSeriesPoint &p : points)
        sum += p.daily;
    return sum;
}

double SpendSeries::maxValue() const
{
    double m = 0.0;
    for (const SpendSeriesPoint &p : points)
        m = std::max({m, p.daily, p.cumulative});
    if (hardLimit)
        m = std::max(m, *hardLimit);
    if (softLimit)
        m = std::max(m, *softLimit);
    return m;
}

QList<QDate> SpendSeries::resetDays() const
{
    QList<QDate> days;
    for (const SpendSeriesPoint &p : points)
        if (p.reset)
            days << p.day;
    return days;
}

QString SpendSeries::toCsv() const
{
    QString csv = QStringLiteral("day,daily_spend_usd,cumulative_spend_usd,budget_reset\r\n");
    for (const SpendSeriesPoint &p : points)
        csv += p.day.toString(Qt::ISODate) + QLatin1Char(',') + Money::plain(p.daily) +
               QLatin1Char(',') + Money::plain(p.cumulative) + QLatin1Char(',') +
               (p.reset ? QStringLiteral("yes") : QString()) + QStringLiteral("\r\n");
    return csv;
}

std::optional<double> SpendComparison::changePercent() const
{
    if (!(previous > 0.0))
        return std::nullopt;
    return (current - previous) / previous * 100.0;
}

QDate SpendSeriesBuilder::utcDay(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().date() : QDate();
}

QList<DailySpend> SpendSeriesBuilder::bucketByUtcDay(const QList<QPair<QDateTime, double>> &amounts)
{
    QHash<QDate, double> sums;
    for (const auto &[moment, amount] : amounts) {
        const QDate day = utcDay(moment);
        if (day.isValid())
            sums[day] += amount;
    }
    QList<DailySpend> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << DailySpend{it.key(), it.value()};
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return out;
}

SpendSeries SpendSeriesBuilder::build(const QList<DailySpend> &rows, const QDate &from,
                                      const QDate &to, const QList<QDate> &resetDays)
{
    SpendSeries s;
    s.from = from;
    s.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return s;
    const qint64 days = from.daysTo(to) + 1;
    QList<double> daily(days, 0.0);
    for (const DailySpend &r : rows) {
        if (!r.day.isValid() || r.day < from || r.day > to)
            continue;
        daily[from.daysTo(r.day)] += r.amount;
    }
    const QSet<QDate> resets(resetDays.cbegin(), resetDays.cend());
    s.points.reserve(days);
    double cumulative = 0.0;
    for (qint64 i = 0; i < days; ++i) {
        SpendSeriesPoint p;
        p.day = from.addDays(i);
        p.reset = resets.contains(p.day);
        if (p.reset)
            cumulative = 0.0;
        p.daily = daily.at(i);
        cumulative += p.daily;
        p.cumulative = cumulative;
        s.points << p;
    }
    return s;
}

QDate SpendSeriesBuilder::previousFrom(const QDate &from, const QDate &to)
{
    return from.addDays(-(from.daysTo(to) + 1));
}

SpendComparison SpendSeriesBuilder::compare(const QList<DailySpend> &rows, const QDate &from,
                                            const QDate &to)
{
    SpendComparison c;
    const QDate previousStart = previousFrom(from, to);
    for (const DailySpend &r : rows) {
        if (r.day >= from && r.day <= to)
            c.current += r.amount;
        else if (r.day >= previousStart && r.day < from)
            c.previous += r.amount;
    }
    return c;
}

} // namespace codemie
