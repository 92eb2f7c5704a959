#pragma once

#include <QString>
#include <QStringList>

namespace codemie {

// What the platform database offers, decided by probing the catalogue rather
// than trusting a single version number.
struct SchemaCapabilities {
    bool hasUsersTable = false;
    bool hasAdminColumn = false;       // users.is_admin (2.19+)
    bool hasLegacyAdminColumn = false; // users.is_super_admin (<= 2.18)
    bool hasMaintainer = false;        // users.is_maintainer (2.23+)
    bool hasCostCenters = false;       // cost_centers + applications.cost_center_id (2.19+)
    bool hasDisplayName = false;       // applications.display_name (2.39+)
    bool hasGlobalBudgets = false;     // budgets + user_budget_assignments (2.23+)
    bool hasProjectBudgets = false;    // project_budget_assignments (2.25+)
    bool hasBudgetGroups = false;      // project_budget_groups (2.36+)
    bool hasActivityEvents = false;    // activity_events (2.40+)
    bool hasUserEnrichment = false;    // user_enrichment (2.23+)
    QString spendTable;                // project_spend_tracking | project_cost_tracking | empty

    // 2.23+: only maintainers change admin/maintainer flags, "admin" wording.
    bool maintainerEra() const { return hasMaintainer; }
    QStringList featureNames() const;
};

// A release or range of releases whose schema matches what was probed.
struct PlatformRelease {
    QString label; // "2.19.0", "2.23–2.24", "≤ 2.18", "newer than 2.42"
    bool knownRevision = false;
    bool exact = false;  // the revision names one release (or a patch family)
    bool tooOld = false; // pre-2.19 schema: read only
    bool newer = false;  // revision unknown but features of 2.40+: treat as newer

    // "Platform 2.23–2.24 schema"
    QString displayText() const;
};

class PlatformReleaseMap {
public:
    // Releases whose head revision is `revision`, e.g. "2.41.0, 2.42.0";
    // empty when the revision is not a published head.
    static QString releaseForHead(const QString &revision);
    static PlatformRelease detect(const QString &revision, const SchemaCapabilities &caps);
    static QString head2190() { return QStringLiteral("653f5a41ee9a"); }
    static QString head2420() { return QStringLiteral("i1n2t3e4r5a6"); }
};

} // namespace codemie
