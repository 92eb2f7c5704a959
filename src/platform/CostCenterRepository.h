#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QSqlQuery>
#include <QStringList>

namespace codemie {

class PlatformSession;

// A project as the cost-center screen lists it.
struct CostCenterProject {
    QString name;
    QString displayName;
    QString costCenterId; // its cost center now (empty: none)
    QString costCenterName;
};

// Reads and changes cost centers (`cost_centers`, 2.19+) and which projects
// they hold (`applications.cost_center_id`) with the platform's rules. Every
// write runs in one transaction, checks that the row is still as it was read
// and appends its activity_events row on 2.40+. Deletion is soft
// (`deleted_at`), as the platform's own lists hide deleted rows and
// soft-deleted projects may still reference the row.
class CostCenterRepository {
public:
    explicit CostCenterRepository(PlatformSession &session);

    // Empty when this database has cost centers; otherwise why not.
    QString unavailableReason() const;
    bool available() const { return unavailableReason().isEmpty(); }

    // Not deleted, by name (case-insensitive); `search` matches name or description.
    Result<QList<CostCenterRecord>> list(const QString &search = {}) const;
    Result<CostCenterRecord> findById(const QString &id) const;
    // Active projects of the cost center, by name.
    Result<QList<CostCenterProject>> projects(const QString &costCenterId) const;
    // Active projects not in the cost center, matching `search`, by name.
    Result<QList<CostCenterProject>> candidates(const QString &costCenterId, const QString &search,
                                                int limit = 200) const;

    Result<CostCenterRecord> create(const QString &name, const QString &description);
    Result<CostCenterRecord> update(const CostCenterRecord &expected, const QString &name,
                                    const QString &description);
    Outcome remove(const CostCenterRecord &expected);
    // Sets (or clears) the cost center of these projects; returns how many changed.
    Result<int> assignProjects(const CostCenterRecord &costCenter, const QStringList &projectNames);
    Result<int> removeProjects(const CostCenterRecord &costCenter, const QStringList &projectNames);

private:
    QString idParameter() const;
    QString selectColumns() const;
    CostCenterRecord fromQuery(const QSqlQuery &q) const;
    Result<CostCenterRecord> findOne(const QString &id, bool forUpdate) const;
    Outcome checkName(const QString &name, const QString &exceptId) const;
    Outcome changedOutcome(const CostCenterRecord &expected, const QString &what) const;
    Result<int> setProjects(const CostCenterRecord &costCenter, const QStringList &projectNames,
                            bool assign);

    PlatformSession &m_session;
};

} // namespace codemie
