#pragma once

#include <QString>

namespace codemie {

// Small pieces of SQL text that never contain user input.
class SqlText {
public:
    // "?, ?, ?" for an IN list of `count` bound values.
    static QString placeholders(int count);
    // A PostgreSQL array literal of `values` ({"a","b\"c"}), to bind as one
    // text parameter and use as CAST(? AS text[]): one value instead of a
    // list of placeholders, whatever the count.
    static QString textArray(const QStringList &values);
    // A LIKE pattern (ESCAPE '\') that matches values containing `text`,
    // lower-cased; %, _ and \ in `text` match literally.
    static QString containsPattern(const QString &text);
    // Splits a schema script into statements: each ends with ';' at the end of
    // a line; whole-line "--" comments are dropped.
    static QStringList splitScript(const QString &script);
};

} // namespace codemie
