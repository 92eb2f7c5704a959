#pragma once

#include "SchemaCapabilities.h"

#include <QList>
#include <QString>

namespace codemie {

// What the platform's guide asks after the data is in the database, filled
// in for one deployment: each step a title, a sentence and a block to copy
// (Helm values, a kubectl command). Never holds a secret: where one is
// needed, the block has a placeholder.
struct DeploymentStep {
    QString title;
    QString text;
    QString block; // empty when the step has nothing to copy
};

class DeploymentSteps {
public:
    // `projectLimit`: the USER_PROJECT_LIMIT the migration used.
    static QList<DeploymentStep> forRelease(const PlatformRelease &release,
                                            const SchemaCapabilities &caps, int projectLimit);
    // 2.41 and later read the UI's feature flags from the backend (v1/config).
    static bool uiReadsBackendConfig(const PlatformRelease &release);
};

} // namespace codemie
