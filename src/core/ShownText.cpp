#include "ShownText.h"

namespace codemie {

QString ShownText::escaped(const QString &text, qsizetype maxLength)
{
    QString shown;
    shown.reserve(qMin(text.size(), maxLength) + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown.size() >= maxLength) {
            shown += QStringLiteral("…");
            break;
        }
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            shown += text.at(i);
            shown += text.at(++i);
        } else if (QChar::isSurrogate(c)) {
            shown += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            shown += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        } else {
            shown += text.at(i);
        }
    }
    return shown;
}

} // namespace codemie
