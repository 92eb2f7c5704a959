#include "JsonText.h"

namespace codemie {

void JsonText::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void JsonText::appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        break;
    default:
        appendString(out, value.toString());
    }
}

QByteArray JsonText::object(std::initializer_list<QPair<QString, QVariant>> members)
{
    QByteArray out("{");
    bool first = true;
    for (const auto &[key, value] : members) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        appendValue(out, value);
    }
    out += '}';
    return out;
}

} // namespace codemie
