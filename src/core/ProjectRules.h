#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QStringList>

namespace codemie {

// The platform's project rules (platform-rules.md §5–§6) with its wording.
class ProjectRules {
public:
    static const QStringList &reservedNames();
    // Name checks of a new or renamed shared project, in the platform's order
    // (length, pattern, reserved). Uniqueness needs the database: see
    // duplicateNameOutcome().
    static Outcome validateName(const QString &name);
    static Outcome duplicateNameOutcome(const QString &existingName);
    static Outcome validateDescription(const QString &description);
    // Trims; an empty result means NULL.
    static Outcome validateDisplayName(const QString &displayName);

    // `membersOtherThanCreator` counts memberships whose user is not the creator.
    static Outcome checkDelete(const ProjectRecord &project, int membersOtherThanCreator,
                               bool checksMembers, const QStringList &resourceCounts);
    static Outcome checkRename(const ProjectRecord &project, int memberCount);
    static Outcome checkMembershipChange(const ProjectRecord &project);
    static Outcome checkUnassign(const ProjectRecord &project, const QString &userId);
    static Outcome projectBudgetsBlockMembership(const QString &projectName);

    static constexpr int MinNameLength = 3;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 500;
    static constexpr int MaxDisplayNameLength = 150;
};

} // namespace codemie
