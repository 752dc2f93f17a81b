#pragma once

// Shared by the /api/v1 client tests: a transport on a ScriptedServer that fails fast,
// fixtures from tests/data/v1, and a way to run one typed call to its end.

#include "CallCatcher.h"
#include "ScriptedServer.h"
#include "api/JsonCall.h"
#include "api/Transport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace v1kit {

inline odag::api::Transport::Options fastOptions()
{
    odag::api::Transport::Options o;
    o.defaultTimeoutMs = 5000;
    o.backoffBaseMs = 5;
    o.maxRetries = 1;
    o.max429Retries = 0;
    return o;
}

inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ODAG_TEST_DATA_DIR "/v1/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

inline QJsonValue jsonOf(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Starts a typed call with a callback and waits for its one delivery.
template <class T, class Start> odag::api::ApiResult<T> run(Start &&start)
{
    CallCatcher<odag::api::ApiResult<T>> c;
    start(odag::api::Callback<T>(c.callback()));
    if (!c.wait(10000)) {
        odag::api::ApiError timedOut;
        timedOut.kind = odag::api::ApiError::Kind::Timeout;
        timedOut.technical = QStringLiteral("the test gave up waiting");
        return timedOut;
    }
    return c.get();
}

// Reproducible bytes of every value, a NUL first: what a QVF or an image looks like to
// the client.
inline QByteArray binaryBlob(int size)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (int i = 0; i < size; ++i)
        b[i] = char(gen.bounded(256));
    b[0] = '\0';
    return b;
}

inline QString q(const ScriptedServer::Request &r, const char *key)
{
    return r.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

} // namespace v1kit

#define V1_VERIFY_OK(result)                                                                       \
    QVERIFY2((result).ok(), (result).ok()                                                          \
                                ? ""                                                               \
                                : qPrintable((result).error().details() + QStringLiteral(" / ") +  \
                                             (result).error().technical))
