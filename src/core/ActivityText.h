#pragma once

#include "DomainTypes.h"

#include <QString>

namespace codemie {

// How an activity event reads in the console (the web UI's columns).
class ActivityText {
public:
    // "Ada Lovelace <ada@example.com>", the e-mail or name alone, "system"
    // without an actor, or the actor id when that user is gone.
    static QString actor(const ActivityEvent &event);
    // "user: 5f0c…" (type and id), or the one that is set.
    static QString entity(const ActivityEvent &event);
    // The attributes as "key: value, key: value" (nested values as compact
    // JSON), cut with an ellipsis after `maxLength` characters; empty when
    // there are none.
    static QString attributesSummary(const QString &attributesJson, int maxLength = 120);
    // The whole event as indented JSON, for the details dialog.
    static QString fullJson(const ActivityEvent &event);
};

} // namespace codemie
