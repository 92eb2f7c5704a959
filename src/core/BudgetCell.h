#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace codemie {

// Money as the web UI shows it: always USD, two decimals, the separators of
// the user's locale ("$1,234.56" in en-US, "1.234,56 $" in de-DE); a missing
// value is "-", zero is "$0.00".
class Money {
public:
    static QString format(double usd, const QLocale &locale = QLocale());
    static QString format(std::optional<double> usd, const QLocale &locale = QLocale());
    // The number alone for files (CSV): "1234.56", never localized.
    static QString plain(double usd);
};

// How a spend compares with its hard limit (web UI §6.4 and the spend
// colours of §1): above 75 % danger, above 50 % warning, otherwise ok; the
// comparisons are strict, so exactly 50 % is ok and exactly 75 % is a
// warning. No level at all when the hard limit is missing or not above zero,
// or when the spend is unknown.
enum class SpendLevel { None, Ok, Warning, Danger };

class BudgetRules {
public:
    static constexpr double WarningAbovePercent = 50.0;
    static constexpr double DangerAbovePercent = 75.0;

    static std::optional<double> percent(std::optional<double> spent,
                                         std::optional<double> hardLimit);
    static SpendLevel level(std::optional<double> spent, std::optional<double> hardLimit);

    // platform, cli, premium_models in the web UI's order.
    static QStringList categories();
    // "Platform", "CLI", "Premium models"; an unknown category as it is.
    static QString categoryLabel(const QString &category);
    // Position in the web UI's order (unknown categories last).
    static int categoryOrder(const QString &category);

    // Whole days of a duration such as "30d" (30), "24h" (1); 0 for a
    // period shorter than a day ("12h", "90m", "30s"); -1 when unreadable.
    static int durationDays(const QString &duration);
    // "Daily (1d)", "Weekly (7d)", "Monthly (30d)", otherwise the raw text.
    static QString durationLabel(const QString &duration);
    // `budget_reset_at` is LiteLLM's raw ISO-8601 text: read as UTC when it
    // carries no offset; invalid when unreadable.
    static QDateTime parseResetAt(const QString &raw);
    // The UTC days in [from, to] on which a budget whose next reset is
    // `nextReset` and whose period is `duration` was (or will be) reset:
    // nextReset − k·period for every k, and forward too. Empty for periods
    // shorter than a day or an unreadable reset.
    static QList<QDate> resetDays(const QDateTime &nextReset, const QString &duration,
                                  const QDate &from, const QDate &to);
    // The LiteLLM customer of a user and category: the user id for
    // `platform`, "<id>_codemie_cli", "<id>_codemie_premium_models".
    static QString customerId(const QString &userId, const QString &category);
    // The user id inside a customer id (the reverse of customerId()).
    static QString userIdOfCustomer(const QString &customerId);
};

// One category's spend and hard limit, as the budget cell gets them.
struct CategorySpend {
    QString category;
    std::optional<double> spent;
    std::optional<double> hardLimit;
};

// One line of the budget cell (web UI §6.4).
struct BudgetCellLine {
    QString category; // empty for the Total line
    QString text;     // "Total $12.00 / $200.00", "$5.00 / -"
    SpendLevel level = SpendLevel::None;
    QString toolTip;
};

class BudgetCell {
public:
    // No assignments: one line "-". Otherwise "Total $spent / $limit" (spent
    // = the sum of the known spends, "-" if none is known; limit = the sum of
    // the known hard limits, "-" if none), then one line per category in the
    // web UI's order, each coloured against its own hard limit.
    static QList<BudgetCellLine> lines(const QList<CategorySpend> &categories,
                                       const QLocale &locale = QLocale());
    // The lines as one text, one per line.
    static QString text(const QList<BudgetCellLine> &lines);
    // The cell on one table line, as the Users and Projects pages show it:
    // "Total $s / $l (Platform $s / $l, CLI $s / $l)", or "-".
    static QString oneLine(const QList<BudgetCellLine> &lines);
    // Every line's tooltip, one per line.
    static QString toolTip(const QList<BudgetCellLine> &lines);
};

// The provider sync status of a project budget or a member allocation
// (web UI §6.2): ok, noop, pending, failed.
class BudgetSync {
public:
    enum class Status { Unknown, Ok, Noop, Pending, Failed };
    static Status parse(const QString &status);
    // `sync_status` inside a budget's provider_metadata JSON text.
    static Status fromProviderMetadata(const QString &json);
    // The web UI's four tooltips; "Sync status not reported" otherwise.
    static QString toolTip(Status status);
    // "ok", "noop", "pending", "failed", "" (the platform's words).
    static QString name(Status status);
};

} // namespace codemie
