#pragma once

#include <QUrl>

namespace codemie {

// Where the platform documents Platform-managed mode. The reference material
// names the page only by its place in the documentation's repository
// (codemie-ai/docs: docs/admin/configuration/access-control/
// platform-managed-mode-configuration.md), so the link opens that page.
inline QUrl platformManagedModeDocsUrl()
{
    return QUrl(QStringLiteral(
        "https://github.com/codemie-ai/docs/blob/main/docs/admin/configuration/access-control/"
        "platform-managed-mode-configuration.md"));
}

} // namespace codemie
