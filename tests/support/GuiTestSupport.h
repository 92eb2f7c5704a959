#pragma once

// Helpers for the tests that drive real widgets (offscreen).

#include "ConnectionSettings.h"
#include "TestWaits.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

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

// Runs `action` on the next modal widget of type T once it is shown (the
// code under test is blocked in exec() meanwhile). Gives up after the
// suite's wait bound, so that a dialog that never comes cannot be clicked
// by this timer in a later test; a failed check inside `action` closes the
// dialog, so that the test fails instead of hanging in exec().
template <typename T> void whenModal(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, action] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(w);
            if (QTest::currentTestFailed() && w->isVisible())
                w->close();
        } else if (clock->elapsed() > codemie::test::conditionWaitMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace codemie::test
