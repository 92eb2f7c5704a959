#pragma once

#include "DemoDataGenerator.h"

namespace codemie {

// The embedded demo database: an SQLite platform database (2.42 schema) in
// the user's data directory, created and filled on first use.
class DemoDatabase {
public:
    static QString defaultPath();
    // Creates the file when missing (or empty); returns the summary of what
    // was generated, or an empty summary when it already existed.
    static Result<DemoDataGenerator::Summary>
    ensure(const QString &path, const DemoDataGenerator::Options &options = {});
};

} // namespace codemie
