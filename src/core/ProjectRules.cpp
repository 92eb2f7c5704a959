#include "ProjectRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProjectRules)
};
Outcome refused(int status, const QString &message, const QString &details = {})
{
    return Outcome::failure(Outcome::Kind::Refused, message, details, {}, status);
}
} // namespace

const QStringList &ProjectRules::reservedNames()
{
    static const QStringList names = {
        QStringLiteral("admin"),   QStringLiteral("system"), QStringLiteral("root"),
        QStringLiteral("api"),     QStringLiteral("null"),   QStringLiteral("undefined"),
        QStringLiteral("default"), QStringLiteral("test"),   QStringLiteral("demo")};
    return names;
}

Outcome ProjectRules::validateName(const QString &name)
{
    if (name.size() < MinNameLength)
        return refused(400, Tr::tr("Project name must be at least 3 characters"));
    if (name.size() > MaxNameLength)
        return refused(400, Tr::tr("Project name cannot exceed 100 characters"));
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!pattern.match(name).hasMatch())
        return refused(400,
                       Tr::tr("Invalid project name. Must be 3-100 lowercase alphanumeric "
                              "characters (underscore/hyphen allowed), cannot contain uppercase "
                              "letters, cannot start with special character, and cannot use "
                              "reserved names (admin, system, root, api, null, undefined, "
                              "default, test, demo)"));
    if (reservedNames().contains(name.toLower()))
        return refused(400, Tr::tr("Project name '%1' is reserved and cannot be used").arg(name));
    return Outcome::ok();
}

Outcome ProjectRules::duplicateNameOutcome(const QString &existingName)
{
    return refused(
        409,
        Tr::tr("Project '%1' already exists. Please choose a different name.").arg(existingName));
}

Outcome ProjectRules::validateDescription(const QString &description)
{
    if (description.trimmed().isEmpty())
        return refused(400, Tr::tr("Project description is required"));
    if (description.size() > MaxDescriptionLength)
        return refused(400, Tr::tr("Project description cannot exceed 500 characters"));
    return Outcome::ok();
}

Outcome ProjectRules::validateDisplayName(const QString &displayName)
{
    if (displayName.trimmed().size() > MaxDisplayNameLength)
        return refused(400, Tr::tr("Project display name cannot exceed 150 characters"));
    return Outcome::ok();
}

Outcome ProjectRules::checkDelete(const ProjectRecord &project, int membersOtherThanCreator,
                                  bool checksMembers, const QStringList &resourceCounts)
{
    if (project.isPersonal())
        return refused(403, Tr::tr("Cannot delete a personal project"));
    if (checksMembers && membersOtherThanCreator > 0)
        return refused(
            409,
            Tr::tr("Project '%1' cannot be deleted because it has assigned users. Remove "
                   "all users first.")
                .arg(project.name),
            Tr::tr("Assigned users: %1").arg(membersOtherThanCreator));
    if (!resourceCounts.isEmpty())
        return refused(409,
                       Tr::tr("Project '%1' cannot be deleted because it has assigned resources. "
                              "Remove all assistants, workflows, skills, datasources, and "
                              "integrations first.")
                           .arg(project.name),
                       resourceCounts.join(QStringLiteral(", ")));
    return Outcome::ok();
}

Outcome ProjectRules::checkRename(const ProjectRecord &project, int memberCount)
{
    if (project.isPersonal())
        return refused(403, Tr::tr("Cannot rename a personal project"));
    if (memberCount > 0)
        return refused(409,
                       Tr::tr("Project name cannot be changed while users are assigned to it"));
    return Outcome::ok();
}

Outcome ProjectRules::checkMembershipChange(const ProjectRecord &project)
{
    if (project.isPersonal())
        return refused(403, Tr::tr("Cannot modify membership of a personal project"));
    return Outcome::ok();
}

Outcome ProjectRules::checkUnassign(const ProjectRecord &project, const QString &userId)
{
    Outcome o = checkMembershipChange(project);
    if (!o)
        return o;
    if (!project.createdBy.isEmpty() && project.createdBy == userId)
        return refused(400, Tr::tr("Cannot remove the project creator from the project"));
    return Outcome::ok();
}

Outcome ProjectRules::projectBudgetsBlockMembership(const QString &projectName)
{
    return refused(
        409,
        Tr::tr("Project '%1' has active project budgets: change its members in the CodeMie web "
               "interface")
            .arg(projectName),
        Tr::tr(
            "The platform creates each member's budget allocation through its API and its LLM "
            "proxy; a membership written directly to the database would leave the member without "
            "one."));
}

} // namespace codemie
