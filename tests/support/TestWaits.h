#pragma once

// One bound for every wait on a condition in the suite. Qt's QTRY_* macros
// give up after 5 s, which a worker thread's fresh database connection and
// query can take on a loaded 2-core machine under ASan. A wait returns as
// soon as its condition holds, so a passing run is not slowed; only a hang
// waits the whole bound. Included by TestDatabase.h and GuiTestSupport.h,
// after <QTest>, so that every test's QTRY_VERIFY, QTRY_VERIFY2 and
// QTRY_COMPARE use it.

#include <QTest>

namespace codemie::test {
constexpr int conditionWaitMs = 60000;
} // namespace codemie::test

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, codemie::test::conditionWaitMs)
#undef QTRY_VERIFY2
#define QTRY_VERIFY2(expr, messageExpression)                                                      \
    QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, codemie::test::conditionWaitMs)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected)                                                               \
    QTRY_COMPARE_WITH_TIMEOUT(expr, expected, codemie::test::conditionWaitMs)
