#pragma once

#include <QUrl>

namespace codemie::bench {

// Heap bytes in use (not the resident set, which keeps freed pages).
qint64 heapInUse();
// The floor of reading users from Keycloak: one token, then plain sequential
// GETs of every page, each body parsed with QJsonDocument and kept. Returns
// milliseconds; aborts if it did not read `users` users.
qint64 floorRun(const QUrl &base, const QString &realm, const QString &clientId,
                const QString &secret, int users);

} // namespace codemie::bench
