#pragma once

// Waits for one typed API call in a test and hands back its result, so tests can check
// the server's state through the same clients the app uses.

#include "api/JsonCall.h"

#include <QTest>

#include <optional>

namespace odag::test {

template <class T, class Start>
api::ApiResult<T> waitFor(Start start, int timeoutMs = 10000)
{
    std::optional<api::ApiResult<T>> out;
    QObject context;
    start(&context, [&out](const api::ApiResult<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        api::ApiError timeout;
        timeout.kind = api::ApiError::Kind::Timeout;
        return timeout;
    }
    return *out;
}

} // namespace odag::test
