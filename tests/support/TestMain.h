#pragma once

// A test main that picks the headless platform only when none is set, so a developer
// can still watch a GUI test run on a real display with QT_QPA_PLATFORM=xcb.

#include <QApplication>
#include <QTest>

#define ODAG_TEST_MAIN(TestClass)                                                                  \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                        \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

// Verifies a Result-like value is ok, printing its error when it is not.
#define ODAG_VERIFY_OK(result)                                                                     \
    do {                                                                                           \
        const auto &odagResult_ = (result);                                                        \
        QVERIFY2(odagResult_.ok(), odagResult_.ok() ? "" : qPrintable(odagResult_.error().toString())); \
    } while (false)
