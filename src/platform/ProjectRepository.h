#pragma once

#include "DomainTypes.h"
#include "Outcome.h"
#include "UserQuery.h"

#include <QSqlQuery>

namespace codemie {

class PlatformSession;

// Changes to a shared project's editable fields. Unset members stay as they are.
struct ProjectChange {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> displayName;  // empty string clears it
    std::optional<QString> costCenterId; // empty string clears it
};

// Reads and changes projects (`applications`) with the platform's rules.
class ProjectRepository {
public:
    explicit ProjectRepository(PlatformSession &session);

    Result<int> count(const ProjectQuery &query) const;
    Result<QList<ProjectRecord>> page(const ProjectQuery &query) const;
    // Exact name, not soft-deleted.
    Result<ProjectRecord> findByName(const QString &name) const;
    // Case-insensitive, soft-deleted rows included (the platform's uniqueness look-up).
    Result<ProjectRecord> findByNameInsensitive(const QString &name) const;

    // Creates a shared project as the platform's POST /v1/projects does: the
    // acting administrator becomes its creator and project admin.
    Result<ProjectRecord> createShared(const QString &name, const QString &description,
                                       const QString &displayName = {},
                                       const QString &costCenterId = {});
    Result<ProjectRecord> update(const ProjectRecord &expected, const ProjectChange &change);
    Outcome remove(const ProjectRecord &expected);
    Result<QList<CostCenter>> costCenters() const;

private:
    QString selectColumns() const;
    ProjectRecord fromQuery(const QSqlQuery &q) const;
    Result<ProjectRecord> findOne(const QString &condition, const QVariant &value,
                                  bool forUpdate) const;
    Result<QStringList> resourceCounts(const QString &projectName) const;
    bool sameAsRead(const ProjectRecord &a, const ProjectRecord &b) const;

    PlatformSession &m_session;
};

} // namespace codemie
