#include "CostCenterRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CostCenterRules)
};
} // namespace

Outcome CostCenterRules::validateName(const QString &rawName, const QString &pattern)
{
    const QString name = normalisedName(rawName);
    if (name.isEmpty())
        return Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("Cost center name is required"),
                                {}, {}, 400);
    if (name.size() > MaxNameLength)
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Cost center name cannot exceed %1 characters").arg(MaxNameLength), {}, {}, 400);
    const QRegularExpression re(pattern);
    if (!re.isValid() || !re.match(name).hasMatch())
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Cost center name must match the pattern %1").arg(pattern),
            Tr::tr("For example: eng-ops123 (lowercase letters and digits, one hyphen between "
                   "two parts)."),
            {}, 400);
    return Outcome::ok();
}

Outcome CostCenterRules::validateDescription(const QString &description)
{
    if (description.size() > MaxDescriptionLength)
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            Tr::tr("Cost center description cannot exceed %1 characters").arg(MaxDescriptionLength),
            {}, {}, 400);
    return Outcome::ok();
}

Outcome CostCenterRules::duplicateNameOutcome(const QString &existingName, bool existingIsDeleted)
{
    return Outcome::failure(
        Outcome::Kind::Refused, Tr::tr("Cost center '%1' already exists").arg(existingName),
        existingIsDeleted ? Tr::tr("It was deleted, but its name stays taken: names are unique "
                                   "among all cost centers, deleted ones included.")
                          : QString(),
        Tr::tr("Choose a different name."), 409);
}

Outcome CostCenterRules::checkDelete(const QStringList &projects, int total)
{
    if (total <= 0)
        return Outcome::ok();
    QString list = projects.join(QStringLiteral(", "));
    if (total > projects.size())
        list = Tr::tr("%1 and %n more", nullptr, int(total - projects.size())).arg(list);
    return Outcome::failure(Outcome::Kind::Refused,
                            Tr::tr("Cost center has linked active projects"),
                            Tr::tr("Referenced by %n project(s): %1", nullptr, total).arg(list),
                            Tr::tr("Remove these projects from the cost center first, then "
                                   "delete it."),
                            409);
}

} // namespace codemie
