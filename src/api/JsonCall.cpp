#include "JsonCall.h"

#include "ErrorBody.h"

#include <QThread>

namespace odag::api {

ApiError decodeFailure(const DecodeError &error, const RawResponse &response,
                       const RequestSpec &spec)
{
    ApiError e;
    e.kind = ApiError::Kind::Decode;
    e.httpStatus = response.status;
    e.technical = error.toString();
    e.method = QString::fromLatin1(spec.method);
    e.url = Transport::redactUrl(response.url);
    e.traceId = errorbody::traceIdFromHeaders(response);
    return e;
}

QString pathSegment(const QString &id)
{
    // Everything outside the unreserved set is encoded, '/' and '?' included, so an ID
    // can never step into another path or start a query.
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

namespace detail {

DecodingCall::DecodingCall(Transport &transport, QObject *context,
                           std::function<void(const ApiError &)> fail)
    : PendingCall(&transport)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_fail(std::move(fail))
{
    if (context) {
        // Nobody waits for the answer any more: a decode in progress is dropped.
        connect(context, &QObject::destroyed, this, &DecodingCall::finishQuietly);
    }
}

void DecodingCall::setInner(PendingCall *inner)
{
    m_inner = inner;
    connect(inner, &PendingCall::uploadProgress, this, &PendingCall::uploadProgress);
    connect(inner, &PendingCall::downloadProgress, this, &PendingCall::downloadProgress);
    connect(inner, &PendingCall::waiting, this, &PendingCall::waiting);
    // The transport's call finished without calling back (its context died, or it was
    // abandoned): this one has nothing left to wait for either. After a callback it is
    // either finished already or decoding.
    connect(inner, &PendingCall::finished, this, [this] {
        if (!m_watcher)
            finishQuietly();
    });
}

void DecodingCall::cancel()
{
    if (m_finished)
        return;
    if (m_inner && !m_inner->isFinished()) {
        m_inner->cancel(); // its callback completes this call with Canceled
        return;
    }
    if (m_watcher) {
        // The answer is being decoded: the worker's result will be dropped.
        dropWatcher();
        const ApiError canceled = m_canceled;
        const auto fail = m_fail;
        complete([&fail, &canceled] {
            if (fail)
                fail(canceled);
        });
    }
}

bool DecodingCall::canDecodeOffThread() const
{
    return QThread::currentThread() == thread();
}

void DecodingCall::complete(const std::function<void()> &deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    dropWatcher();
    if (!m_hasContext || m_context)
        deliver();
    m_fail = nullptr;
    Q_EMIT finished();
    deleteLater();
}

void DecodingCall::finishQuietly()
{
    if (m_finished)
        return;
    m_finished = true;
    dropWatcher();
    m_fail = nullptr;
    Q_EMIT finished();
    deleteLater();
}

void DecodingCall::dropWatcher()
{
    if (m_watcher) {
        // The worker runs to its end on its own copy of the body; nobody reads the result.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

} // namespace detail

} // namespace odag::api
