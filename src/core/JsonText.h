#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace codemie {

// JSON text written directly, for bulk writers that would otherwise spend
// their time building and serialising QJsonDocument trees.
class JsonText {
public:
    // Appends `text` as a JSON string (quoted, escaped, UTF-8).
    static void appendString(QByteArray &out, const QString &text);
    // Appends a scalar: null, bool, integer, double or string.
    static void appendValue(QByteArray &out, const QVariant &value);
    // {"key": value, …} of scalars, in the given order.
    static QByteArray object(std::initializer_list<QPair<QString, QVariant>> members);
};

} // namespace codemie
