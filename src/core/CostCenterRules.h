#pragma once

#include "Outcome.h"

#include <QStringList>

namespace codemie {

// The platform's cost-center rules (platform-rules.md §9, web-ui.md §7): the
// name must match COST_CENTER_NAME_PATTERN (default ^[a-z0-9]+-[a-z0-9]+$)
// and be unique case-insensitively (the database's unique index on
// lower(name) covers deleted rows too); the description has at most 500
// characters; a cost center that active projects still reference cannot be
// deleted.
class CostCenterRules {
public:
    static QString defaultNamePattern() { return QStringLiteral("^[a-z0-9]+-[a-z0-9]+$"); }
    // The name as it will be stored: trimmed.
    static QString normalisedName(const QString &name) { return name.trimmed(); }
    static Outcome validateName(const QString &name, const QString &pattern = defaultNamePattern());
    static Outcome validateDescription(const QString &description);
    // `existingName` is the stored spelling of the row that holds the name.
    static Outcome duplicateNameOutcome(const QString &existingName, bool existingIsDeleted);
    // `projects` are the active projects that reference it (all of them or
    // the first ones), `total` how many there are.
    static Outcome checkDelete(const QStringList &projects, int total);

    static constexpr int MaxNameLength = 255;
    static constexpr int MaxDescriptionLength = 500;
};

} // namespace codemie
