// The attributes JSON of an activity event (written by the platform, read by
// the Activity page): the Details column's summary and the details dialog's
// full JSON. The summary keeps to its length and one line, never ends in half
// a surrogate pair, and the full JSON always parses back.
#include "ActivityText.h"
#include "FuzzSupport.h"

#include <QJsonDocument>

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString attributes = QString::fromUtf8(fuzz::bytes(data, size));
    for (const int maxLength : {120, 2, 1000}) {
        const QString summary = ActivityText::attributesSummary(attributes, maxLength);
        if (summary.size() > maxLength)
            abort(); // the column's bound
        if (summary.contains(QLatin1Char('\n')) || summary.contains(QLatin1Char('\r')))
            abort(); // one line in the table
        if (!summary.isEmpty() && summary.back().isHighSurrogate())
            abort(); // cut inside a character
    }
    ActivityEvent event;
    event.id = QStringLiteral("7b1f");
    event.domain = QStringLiteral("users");
    event.eventType = QStringLiteral("user_updated");
    event.attributesJson = attributes;
    event.createdAt = QDateTime::fromSecsSinceEpoch(1764930000, Qt::UTC);
    const QString full = ActivityText::fullJson(event);
    QJsonParseError error{};
    const QJsonDocument back = QJsonDocument::fromJson(full.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !back.isObject())
        abort(); // the details dialog shows valid JSON
    return 0;
}
