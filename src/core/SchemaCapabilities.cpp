#include "SchemaCapabilities.h"

#include <QCoreApplication>
#include <QHash>

namespace codemie {

QStringList SchemaCapabilities::featureNames() const
{
    QStringList names;
    if (hasAdminColumn)
        names << QStringLiteral("admin");
    if (hasLegacyAdminColumn)
        names << QStringLiteral("super_admin(legacy)");
    if (hasMaintainer)
        names << QStringLiteral("maintainer");
    if (hasCostCenters)
        names << QStringLiteral("cost_centers");
    if (hasDisplayName)
        names << QStringLiteral("display_name");
    if (hasGlobalBudgets)
        names << QStringLiteral("global_budgets");
    if (hasProjectBudgets)
        names << QStringLiteral("project_budgets");
    if (hasBudgetGroups)
        names << QStringLiteral("budget_groups");
    if (!spendTable.isEmpty())
        names << QStringLiteral("spend:") + spendTable;
    if (hasActivityEvents)
        names << QStringLiteral("activity_events");
    if (hasUserEnrichment)
        names << QStringLiteral("user_enrichment");
    return names;
}

QString PlatformRelease::displayText() const
{
    return QCoreApplication::translate("PlatformRelease", "Platform %1 schema").arg(label);
}

namespace {
const QHash<QString, QString> &heads()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("a1f2b3c4d5e6"), QStringLiteral("2.15.0")},
        {QStringLiteral("d64ac374f28c"), QStringLiteral("2.16.0")},
        {QStringLiteral("c9b887e959ba"), QStringLiteral("2.17.0")},
        {QStringLiteral("a7c9e1d2f4b6"), QStringLiteral("2.18.0")},
        {QStringLiteral("653f5a41ee9a"), QStringLiteral("2.19.0")},
        {QStringLiteral("d1e2f3a4b5c6"), QStringLiteral("2.20.0")},
        {QStringLiteral("7d4e5f6a8b9c"), QStringLiteral("2.21.0")},
        {QStringLiteral("083aa0973f84"), QStringLiteral("2.22.0–2.22.1")},
        {QStringLiteral("b5a6c7d8e9f0"), QStringLiteral("2.23.0–2.23.2")},
        {QStringLiteral("e5f6a7b8c9d0"), QStringLiteral("2.23.3–2.23.4")},
        {QStringLiteral("234f8f339638"), QStringLiteral("2.24.0")},
        {QStringLiteral("c4f2a8b6d1e9"), QStringLiteral("2.25.0–2.27.0")},
        {QStringLiteral("i3j4k5l6m7n8"), QStringLiteral("2.28.0–2.28.1")},
        {QStringLiteral("f9e8d7c6b5a4"), QStringLiteral("2.29.0–2.29.1")},
        {QStringLiteral("j4k5l6m7n8o9"), QStringLiteral("2.30.0")},
        {QStringLiteral("k5l6m7n8o9p0"), QStringLiteral("2.31.0–2.32.0")},
        {QStringLiteral("22bf0f3ba27b"), QStringLiteral("2.33.0")},
        {QStringLiteral("f9g0h1i2j3k4"), QStringLiteral("2.34.0")},
        {QStringLiteral("p0q1r2s3t4u5"), QStringLiteral("2.35.0")},
        {QStringLiteral("3b3358380aa8"), QStringLiteral("2.36.0")},
        {QStringLiteral("a1b3e5d7f9c2"), QStringLiteral("2.37.0–2.37.1")},
        {QStringLiteral("r2s3t4u5v6w7"), QStringLiteral("2.38.0")},
        {QStringLiteral("p1q2r3s4t5u6"), QStringLiteral("2.39.0–2.39.1")},
        {QStringLiteral("38255069bfab"), QStringLiteral("2.40.0")},
        {QStringLiteral("i1n2t3e4r5a6"), QStringLiteral("2.41.0–2.42.0")},
    };
    return map;
}

// The range of releases a set of probed features fits, oldest feature set first.
QString rangeFromFeatures(const SchemaCapabilities &c)
{
    if (!c.hasAdminColumn)
        return QStringLiteral("≤ 2.18");
    if (!c.hasMaintainer)
        return QStringLiteral("2.19–2.22");
    if (!c.hasProjectBudgets)
        return QStringLiteral("2.23–2.24");
    if (!c.hasBudgetGroups)
        return QStringLiteral("2.25–2.35");
    if (!c.hasDisplayName)
        return QStringLiteral("2.36–2.38");
    if (!c.hasActivityEvents)
        return QStringLiteral("2.39");
    return QStringLiteral("2.40–2.42");
}
} // namespace

QString PlatformReleaseMap::releaseForHead(const QString &revision)
{
    return heads().value(revision);
}

PlatformRelease PlatformReleaseMap::detect(const QString &revision, const SchemaCapabilities &caps)
{
    PlatformRelease r;
    r.tooOld = caps.hasLegacyAdminColumn || !caps.hasAdminColumn;
    const QString exact = releaseForHead(revision);
    if (!exact.isEmpty()) {
        r.knownRevision = true;
        r.exact = true;
        r.label = exact;
        return r;
    }
    r.label = rangeFromFeatures(caps);
    if (caps.hasActivityEvents && !r.tooOld) {
        // Every feature the console knows is there but the revision is not a
        // published head up to 2.42: a newer platform (or a patched one).
        r.newer = true;
        r.label = QStringLiteral("2.42+");
    }
    return r;
}

} // namespace codemie
