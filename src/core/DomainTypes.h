#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace codemie {

// A row of `users`, as the console reads it. The admin flag is called
// `is_admin` from 2.19 on (`is_super_admin` before).
struct UserRecord {
    QString id;
    QString username;
    QString email;
    QString name; // may be empty (NULL)
    QString userType = QStringLiteral("regular");
    QString authSource;
    bool isActive = true;
    bool isAdmin = false;
    bool isMaintainer = false;
    bool emailVerified = false;
    std::optional<int> projectLimit; // nullopt = unlimited (NULL)
    QDateTime lastLoginAt;
    QDateTime deletedAt;
    QDateTime created;
    QDateTime updated;
    int projectCount = 0; // memberships, when the query asked for them

    bool isDeactivated() const { return !isActive || deletedAt.isValid(); }
    bool isEffectiveAdmin() const { return isAdmin || isMaintainer; }
    bool operator==(const UserRecord &o) const;
    bool operator!=(const UserRecord &o) const { return !(*this == o); }
};

// A project: a row of `applications`.
struct ProjectRecord {
    QString name; // = id
    QString displayName;
    QString description;
    QString projectType = QStringLiteral("shared"); // personal | shared
    QString createdBy;                              // user id or empty (NULL)
    QString createdByEmail;
    QString costCenterId;
    QString costCenterName;
    QDateTime created;
    QDateTime updated;
    QDateTime deletedAt;
    int memberCount = 0;
    int adminCount = 0;

    bool isPersonal() const { return projectType == QStringLiteral("personal"); }
    QString label() const { return displayName.isEmpty() ? name : displayName; }
};

// A row of `user_projects`.
struct Membership {
    QString id;
    QString userId;
    QString projectName;
    bool isProjectAdmin = false;
    QDateTime created;
    QDateTime updated;
    // Joined details for display.
    QString projectType;
    QString userEmail;
    QString userName;
};

struct CostCenter {
    QString id;
    QString name;
    QString description;
    int projectCount = 0; // active projects that reference it
};

// A row of `cost_centers` with what its own screen shows.
struct CostCenterRecord : CostCenter {
    QString createdBy;      // as stored (the creator's user id, or what the platform wrote)
    QString createdByEmail; // the creator's e-mail when `createdBy` names a user
    QDateTime created;
    QDateTime updated;
};

struct Budget {
    QString budgetId;
    QString name;
    QString description;
    QString category; // platform | cli | premium_models
    QString budgetType = QStringLiteral("global");
    QString duration;
    QString projectName;
    double softBudget = 0.0;
    double maxBudget = 0.0;
    QString resetAt;
    int assignedUsers = 0;
};

struct SpendPoint {
    QDate day;
    QString subject; // project name, or user identifier for budget rows
    QString category;
    double dailySpend = 0.0;
    double periodSpend = 0.0;
};

struct ActivityEvent {
    QString id;
    QString domain;
    QString eventType;
    QString entityType;
    QString entityId;
    QString actorId;
    QString attributesJson;
    QDateTime createdAt;
    QString actorName; // of the acting user (empty for "system" or a removed user)
    QString actorEmail;
    // created_at exactly as the database orders it (microseconds on
    // PostgreSQL): the keyset position of this row together with `id`.
    QString orderKey;
};

} // namespace codemie
