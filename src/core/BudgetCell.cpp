#include "BudgetCell.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BudgetCell)
};

// The C locale (LC_ALL=C) has no group separators: show it as en-US, as the
// web UI does for an English browser.
QLocale moneyLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

const QString cli = QStringLiteral("cli");
const QString platform = QStringLiteral("platform");
const QString premium = QStringLiteral("premium_models");
const QString cliSuffix = QStringLiteral("_codemie_cli");
const QString premiumSuffix = QStringLiteral("_codemie_premium_models");
} // namespace

QString Money::format(double usd, const QLocale &locale)
{
    if (!std::isfinite(usd))
        return QStringLiteral("-");
    // -0.004 rounds to zero: no "-$0.00".
    const double rounded = std::round(usd * 100.0) / 100.0;
    return moneyLocale(locale).toCurrencyString(rounded == 0.0 ? 0.0 : rounded, QStringLiteral("$"),
                                                2);
}

QString Money::format(std::optional<double> usd, const QLocale &locale)
{
    return usd ? format(*usd, locale) : QStringLiteral("-");
}

QString Money::plain(double usd)
{
    const double rounded = std::round(usd * 100.0) / 100.0;
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 2);
}

std::optional<double> BudgetRules::percent(std::optional<double> spent,
                                           std::optional<double> hardLimit)
{
    if (!spent || !hardLimit || !(*hardLimit > 0.0) || !std::isfinite(*spent))
        return std::nullopt;
    return *spent / *hardLimit * 100.0;
}

SpendLevel BudgetRules::level(std::optional<double> spent, std::optional<double> hardLimit)
{
    const auto p = percent(spent, hardLimit);
    if (!p)
        return SpendLevel::None;
    if (*p > DangerAbovePercent)
        return SpendLevel::Danger;
    if (*p > WarningAbovePercent)
        return SpendLevel::Warning;
    return SpendLevel::Ok;
}

QStringList BudgetRules::categories()
{
    return {platform, cli, premium};
}

QString BudgetRules::categoryLabel(const QString &category)
{
    if (category == platform)
        return Tr::tr("Platform");
    if (category == cli)
        return Tr::tr("CLI");
    if (category == premium)
        return Tr::tr("Premium models");
    return category;
}

int BudgetRules::categoryOrder(const QString &category)
{
    const int i = int(categories().indexOf(category));
    return i < 0 ? 99 : i;
}

int BudgetRules::durationDays(const QString &duration)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*([smhd])\\s*$"));
    const auto m = re.match(duration);
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    qint64 seconds = n;
    if (unit == QLatin1Char('m'))
        seconds = n * 60;
    else if (unit == QLatin1Char('h'))
        seconds = n * 3600;
    else if (unit == QLatin1Char('d'))
        seconds = n * 86400;
    if (seconds <= 0)
        return -1;
    // Only whole days make reset marks on a chart of days.
    return seconds % 86400 == 0 ? int(seconds / 86400) : 0;
}

QString BudgetRules::durationLabel(const QString &duration)
{
    const QString d = duration.trimmed();
    if (d == QStringLiteral("1d"))
        return Tr::tr("Daily (1d)");
    if (d == QStringLiteral("7d"))
        return Tr::tr("Weekly (7d)");
    if (d == QStringLiteral("30d"))
        return Tr::tr("Monthly (30d)");
    return d;
}

QDateTime BudgetRules::parseResetAt(const QString &raw)
{
    QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // Python's isoformat() may give microseconds: keep milliseconds.
        static const QRegularExpression micro(QStringLiteral("(\\.\\d{3})\\d+"));
        text.replace(micro, QStringLiteral("\\1"));
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

QList<QDate> BudgetRules::resetDays(const QDateTime &nextReset, const QString &duration,
                                    const QDate &from, const QDate &to)
{
    QList<QDate> days;
    const int period = durationDays(duration);
    if (!nextReset.isValid() || period <= 0 || !from.isValid() || !to.isValid() || to < from)
        return days;
    const QDate anchor = nextReset.toUTC().date();
    // The first reset day on or after `from`.
    const qint64 offset = anchor.daysTo(from);
    qint64 steps = offset / period;
    if (offset > 0 && offset % period != 0)
        ++steps;
    else if (offset < 0)
        steps = -((-offset) / period);
    for (QDate d = anchor.addDays(steps * period); d <= to; d = d.addDays(period))
        if (d >= from)
            days << d;
    return days;
}

QString BudgetRules::customerId(const QString &userId, const QString &category)
{
    if (category == cli)
        return userId + cliSuffix;
    if (category == premium)
        return userId + premiumSuffix;
    return userId;
}

QString BudgetRules::userIdOfCustomer(const QString &customerId)
{
    for (const QString &suffix : {cliSuffix, premiumSuffix})
        if (customerId.endsWith(suffix))
            return customerId.left(customerId.size() - suffix.size());
    return customerId;
}

QList<BudgetCellLine> BudgetCell::lines(const QList<CategorySpend> &categories,
                                        const QLocale &locale)
{
    QList<BudgetCellLine> out;
    if (categories.isEmpty()) {
        out << BudgetCellLine{{}, QStringLiteral("-"), SpendLevel::None, {}};
        return out;
    }
    QList<CategorySpend> sorted = categories;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return BudgetRules::categoryOrder(a.category) < BudgetRules::categoryOrder(b.category);
    });
    std::optional<double> spent;
    std::optional<double> limit;
    for (const CategorySpend &c : std::as_const(sorted)) {
        if (c.spent)
            spent = spent.value_or(0.0) + *c.spent;
        if (c.hardLimit)
            limit = limit.value_or(0.0) + *c.hardLimit;
    }
    auto toolTip = [&locale](const QString &label, std::optional<double> s,
                             std::optional<double> l) {
        const auto p = BudgetRules::percent(s, l);
        if (!p)
            return Tr::tr("%1: %2 spent of %3")
                .arg(label, Money::format(s, locale), Money::format(l, locale));
        return Tr::tr("%1: %2 spent of %3 (%4 %)")
            .arg(label, Money::format(s, locale), Money::format(l, locale),
                 moneyLocale(locale).toString(*p, 'f', 1));
    };
    out << BudgetCellLine{
        {},
        Tr::tr("Total %1 / %2").arg(Money::format(spent, locale), Money::format(limit, locale)),
        BudgetRules::level(spent, limit),
        toolTip(Tr::tr("Total"), spent, limit)};
    for (const CategorySpend &c : std::as_const(sorted))
        out << BudgetCellLine{
            c.category,
            QStringLiteral("%1 / %2").arg(Money::format(c.spent, locale),
                                          Money::format(c.hardLimit, locale)),
            BudgetRules::level(c.spent, c.hardLimit),
            toolTip(BudgetRules::categoryLabel(c.category), c.spent, c.hardLimit)};
    return out;
}

QString BudgetCell::text(const QList<BudgetCellLine> &lines)
{
    QStringList texts;
    for (const BudgetCellLine &l : lines)
        texts << l.text;
    return texts.join(QLatin1Char('\n'));
}

QString BudgetCell::oneLine(const QList<BudgetCellLine> &lines)
{
    if (lines.size() <= 1)
        return lines.value(0).text;
    QStringList parts;
    for (int i = 1; i < lines.size(); ++i)
        parts << Tr::tr("%1 %2").arg(BudgetRules::categoryLabel(lines.at(i).category),
                                     lines.at(i).text);
    return Tr::tr("%1 (%2)").arg(lines.first().text, parts.join(QStringLiteral(", ")));
}

QString BudgetCell::toolTip(const QList<BudgetCellLine> &lines)
{
    QStringList tips;
    for (const BudgetCellLine &l : lines)
        if (!l.toolTip.isEmpty())
            tips << l.toolTip;
    return tips.join(QLatin1Char('\n'));
}

BudgetSync::Status BudgetSync::parse(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == QStringLiteral("ok"))
        return Status::Ok;
    if (s == QStringLiteral("noop"))
        return Status::Noop;
    if (s == QStringLiteral("pending"))
        return Status::Pending;
    if (s == QStringLiteral("failed"))
        return Status::Failed;
    return Status::Unknown;
}

BudgetSync::Status BudgetSync::fromProviderMetadata(const QString &json)
{
    if (json.trimmed().isEmpty())
        return Status::Unknown;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return Status::Unknown;
    return parse(doc.object().value(QStringLiteral("sync_status")).toString());
}

QString BudgetSync::toolTip(Status status)
{
    switch (status) {
    case Status::Ok:
        return Tr::tr("Budget is active and synced with the provider");
    case Status::Noop:
        return Tr::tr("No provider configured — budget limits are tracked locally only");
    case Status::Pending:
        return Tr::tr("Sync in progress — budget limits are being applied to the provider");
    case Status::Failed:
        return Tr::tr("Provider sync failed — budget limits may not be enforced");
    case Status::Unknown:
        break;
    }
    return Tr::tr("Sync status not reported");
}

QString BudgetSync::name(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Noop:
        return QStringLiteral("noop");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unknown:
        break;
    }
    return {};
}

} // namespace codemie
