#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

namespace codemie {

class PlatformSession;

// Budgets, their assignments and spend: read-only. The platform pushes
// budget writes to its LLM proxy, which enforces them; a row written here
// would show a limit nobody enforces.
class BudgetRepository {
public:
    explicit BudgetRepository(PlatformSession &session);

    bool available() const;
    Result<QList<Budget>> budgets() const;
    // Daily spend per project (the `key` rows, or all rows before 2.23) from
    // `from` to `to` inclusive.
    Result<QList<SpendPoint>> projectSpend(const QDate &from, const QDate &to,
                                           const QString &projectName = {}) const;
    Result<double> totalSpend(const QDate &from, const QDate &to) const;

private:
    PlatformSession &m_session;
};

} // namespace codemie
