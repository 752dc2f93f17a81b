#pragma once

// Shared by the ODAG client tests: runs one typed call to completion and checks what
// reached the ScriptedServer (method, raw path, every query item, JSON body) and which
// rate-limit tier the call was counted in.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "api/JsonCall.h"
#include "api/Transport.h"

#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace odagtest {

using QueryItems = QList<QPair<QString, QString>>;

inline odag::api::Transport::Options fastTransportOptions()
{
    odag::api::Transport::Options o;
    o.defaultTimeoutMs = 3000;
    o.backoffBaseMs = 5;
    o.maxRetries = 2;
    return o;
}

// Starts a call with a callback and waits for its one delivery.
template <class T>
odag::api::ApiResult<T>
runCall(const std::function<odag::api::PendingCall *(odag::api::Callback<T>)> &start)
{
    CallCatcher<odag::api::ApiResult<T>> catcher;
    odag::api::PendingCall *call = start(catcher.callback());
    if (!call || !catcher.wait(8000)) {
        odag::api::ApiError e;
        e.kind = odag::api::ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test saw no answer");
        return e;
    }
    // Exactly one delivery, even after the event loop ran on.
    QTest::qWait(5);
    if (catcher.count != 1) {
        odag::api::ApiError e;
        e.technical = QStringLiteral("callback ran %1 times").arg(catcher.count);
        return e;
    }
    return catcher.get();
}

inline QueryItems sortedItems(QueryItems items)
{
    std::sort(items.begin(), items.end());
    return items;
}

struct Sent
{
    QByteArray method;
    QByteArray rawPath;
    QueryItems query;
    QJsonValue body = QJsonValue(QJsonValue::Undefined); // undefined: no body expected
};

// QCOMPAREs the last request against `expected`; the caller checks
// QTest::currentTestFailed() afterwards. Query items named in `ignore` (xrfkey) are
// left out of the comparison.
inline void verifySent(const ScriptedServer::Request &r, const Sent &expected,
                       const QStringList &ignore = {})
{
    QCOMPARE(r.method, expected.method);
    QCOMPARE(r.rawPath, expected.rawPath);
    QueryItems items;
    for (const auto &item : r.query.queryItems(QUrl::FullyDecoded)) {
        if (!ignore.contains(item.first))
            items.push_back(item);
    }
    QCOMPARE(sortedItems(items), sortedItems(expected.query));
    if (expected.body.isUndefined()) {
        QVERIFY2(r.body.isEmpty(), r.body.constData());
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonDocument want = expected.body.isArray()
                                       ? QJsonDocument(expected.body.toArray())
                                       : QJsonDocument(expected.body.toObject());
        QCOMPARE(doc, want);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    }
}

} // namespace odagtest
