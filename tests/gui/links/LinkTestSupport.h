#pragma once

// Helpers for the Links tests: wait for one API answer (to check what the server has),
// and find a toolbar action's button.

#include "api/ApiError.h"
#include "api/JsonCall.h"

#include <QAction>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <functional>
#include <optional>

namespace odag::test {

// Runs `call` with a context and a callback, waits up to 10 s for the answer.
template <class T>
std::optional<api::ApiResult<T>> await(const std::function<void(QObject *, api::Callback<T>)> &call)
{
    std::optional<api::ApiResult<T>> result;
    QObject context;
    call(&context, [&result](const api::ApiResult<T> &r) { result = r; });
    // No answer in time leaves the result empty, which the caller checks.
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    return result;
}

// The tool button of the action named `name` in `window`.
inline QToolButton *toolButton(QWidget *window, const QString &actionName)
{
    return window->findChild<QToolButton *>(actionName + QStringLiteral("Button"));
}

} // namespace odag::test
