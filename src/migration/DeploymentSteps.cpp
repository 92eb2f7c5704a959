#include "DeploymentSteps.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeploymentSteps)
};
} // namespace

bool DeploymentSteps::uiReadsBackendConfig(const PlatformRelease &release)
{
    if (release.newer)
        return true;
    // The label names the release or a range ("2.41.0, 2.42.0", "2.23–2.24"):
    // the lowest minor number in it decides.
    static const QRegularExpression version(QStringLiteral("2\\.(\\d+)"));
    int lowest = -1;
    for (auto it = version.globalMatch(release.label); it.hasNext();) {
        const int minor = it.next().captured(1).toInt();
        lowest = lowest < 0 ? minor : qMin(lowest, minor);
    }
    return lowest >= 41;
}

QList<DeploymentStep> DeploymentSteps::forRelease(const PlatformRelease &release,
                                                  const SchemaCapabilities &caps, int projectLimit)
{
    QList<DeploymentStep> steps;
    steps << DeploymentStep{
        Tr::tr("Turn on Platform-managed mode in the backend"),
        Tr::tr("Add these to the codemie-api chart's values and upgrade the release. "
               "USER_PROJECT_LIMIT is the value this migration gave new users."),
        QStringLiteral("extraEnv:\n"
                       "  - name: ENABLE_USER_MANAGEMENT\n"
                       "    value: \"true\"\n"
                       "  - name: USER_PROJECT_LIMIT\n"
                       "    value: \"%1\"\n")
            .arg(projectLimit)};
    if (uiReadsBackendConfig(release)) {
        steps << DeploymentStep{
            Tr::tr("The web UI follows the backend"),
            Tr::tr("This database is at platform %1: the UI reads its feature flags from the "
                   "backend's v1/config, so viteEnableUserManagement and "
                   "viteEnableBudgetManagement are not needed (and no longer read).")
                .arg(release.label),
            {}};
    } else {
        QString block = QStringLiteral("viteEnableUserManagement: \"true\"\n");
        if (caps.hasGlobalBudgets)
            block += QStringLiteral("viteEnableBudgetManagement: \"true\"\n");
        steps << DeploymentStep{Tr::tr("Turn on the Administration screens in the web UI"),
                                Tr::tr("Add these to the codemie-ui chart's values (platform %1 "
                                       "reads them at build time) and upgrade the release.")
                                    .arg(release.label),
                                block};
    }
    steps << DeploymentStep{
        Tr::tr("Leave the platform's own Keycloak import off"),
        Tr::tr("This console did the migration: the KEYCLOAK_MIGRATION_* variables are not "
               "needed. Where they are set, remove them: left on, the platform imports again on "
               "every pod restart and can overwrite the changes administrators make."),
        QStringLiteral("kubectl -n codemie set env deployment/codemie-api "
                       "KEYCLOAK_MIGRATION_ENABLED-\n")};
    steps << DeploymentStep{
        Tr::tr("Keep the Keycloak client secret in Kubernetes, not in values"),
        Tr::tr("If the backend still needs the admin client (for example for logins' e-mail "
               "sync), store its secret as a Kubernetes secret. Replace the placeholder; never "
               "paste the real secret into a file that is checked in."),
        QStringLiteral("kubectl -n codemie create secret generic codemie-keycloak-admin \\\n"
                       "  --from-literal=KEYCLOAK_ADMIN_CLIENT_SECRET='<client secret>'\n")};
    return steps;
}

} // namespace codemie
