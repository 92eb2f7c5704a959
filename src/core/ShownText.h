#pragma once

#include <QString>

namespace codemie {

// Text from other systems (Keycloak data, connection strings, file names)
// made safe to print in a terminal, a log or a message: control characters
// (ESC, CR, LF, tab, C1) and lone surrogates become \xNN or \uNNNN escapes,
// so that no forged line or terminal sequence can appear; text longer than
// `maxLength` characters is cut with an ellipsis.
class ShownText {
public:
    static QString escaped(const QString &text, qsizetype maxLength = 200);
};

} // namespace codemie
