#pragma once

// Helpers for the tests that drive real widgets (offscreen).

#include "ConnectionSettings.h"
#include "TestWaits.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace codemie::test {

// Connection settings of an SQLite platform database file (the demo).
inline ConnectionSettings sqliteSettings(const QString &path)
{
    ConnectionSettings s;
    s.driver = ConnectionSettings::Driver::SQLite;
    s.sqlitePath = path;
    return s;
}

// Saves `w` as NAME.png into CODEMIE_SCREENSHOT_DIR when that is set.
inline void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let pending layouts settle before grabbing
    w.grab().save(QDir(dir).filePath(
        name.endsWith(QLatin1String(".png")) ? name : name + QStringLiteral(".png")));
}

} // namespace codemie::test
