#pragma once

// Typed calls on top of the Transport: send a request, decode the answer into T with
// the core codecs, report any failure as ApiError. Every typed client call is a thin
// function over sendJson().
//
// A large answer (a link's 2,500 requests are about 2 MiB) is decoded on a worker thread
// so the window stays responsive; the callback still runs on the caller's thread, and
// never after its context died or the call was cancelled.

#include "Transport.h"
#include "core/Json.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>

namespace odag::api {

// Answers larger than this are decoded on a worker thread (QtConcurrent) so that a big
// list does not freeze the window; smaller ones decode in place, where a thread hop
// would cost more than it saves.
inline constexpr qsizetype kOffThreadDecodeBytes = 256 * 1024;

template <class T>
using Callback = std::function<void(const ApiResult<T> &)>;

// Maps a body that does not decode into an ApiError of kind Decode.
ApiError decodeFailure(const DecodeError &error, const RawResponse &response, const RequestSpec &spec);

// Encodes a domain value as the request body.
template <class T>
QByteArray jsonBody(const T &value)
{
    return json::toBytes(json::encode(value));
}

// Percent-encodes one path segment (IDs come from servers and users).
QString pathSegment(const QString &id);

namespace detail {

// The PendingCall sendJson hands out: it fronts the transport's call (its progress
// signals, its cancel) and stays unfinished while a large answer is decoded on a worker
// thread, so cancelling it then still works: the callback gets Canceled, never the
// decoded value. Belongs to the transport, deletes itself when finished.
class DecodingCall : public PendingCall
{
    Q_OBJECT
public:
    DecodingCall(Transport &transport, QObject *context,
                 std::function<void(const ApiError &)> fail);

    void setInner(PendingCall *inner);
    void cancel() override;
    bool isFinished() const override { return m_finished; }

    // Runs `deliver` unless the context died, then finishes.
    void complete(const std::function<void()> &deliver);

    // Whether a decode may go to a worker: the callback must come back to this thread
    // (the transport's, where the context lives in the app).
    bool canDecodeOffThread() const;

    // Runs `work` on a worker thread and `deliver` with its result back on this thread,
    // unless the call was cancelled (then the callback got Canceled) or the context died
    // (then nothing runs). `canceled` is what a cancel during the decode delivers.
    template <class R>
    void decodeOffThread(std::function<R()> work, std::function<void(R &&)> deliver,
                         const ApiError &canceled)
    {
        m_canceled = canceled;
        auto *watcher = new QFutureWatcher<R>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, deliver = std::move(deliver)] {
                    if (m_finished || watcher != m_watcher)
                        return;
                    m_watcher = nullptr;
                    R result = watcher->future().takeResult();
                    watcher->deleteLater();
                    complete([&deliver, &result] { deliver(std::move(result)); });
                });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

private:
    // Finishes without a callback: the context died, or the transport dropped the call.
    void finishQuietly();
    void dropWatcher();

    QPointer<PendingCall> m_inner;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    std::function<void(const ApiError &)> m_fail;
    QPointer<QFutureWatcherBase> m_watcher; // set while a decode runs
    ApiError m_canceled;
    bool m_finished = false;
};

} // namespace detail

template <class T>
PendingCall *sendJson(Transport &transport, RequestSpec spec, QObject *context, Callback<T> done)
{
    if constexpr (std::is_same_v<T, Empty> || std::is_same_v<T, RawResponse>) {
        // Nothing to decode: the transport's own call is all there is.
        return transport.send(std::move(spec), context,
                              [done = std::move(done)](const ApiResult<RawResponse> &r) {
                                  if (!r.ok())
                                      done(r.error());
                                  else if constexpr (std::is_same_v<T, Empty>)
                                      done(Empty{});
                                  else
                                      done(r.value());
                              });
    } else {
        auto *call = new detail::DecodingCall(transport, context,
                                              [done](const ApiError &e) { done(e); });
        QPointer<detail::DecodingCall> guard(call);
        RequestSpec copy = spec;
        PendingCall *inner = transport.send(
            std::move(spec), context,
            [guard, done, copy](const ApiResult<RawResponse> &r) {
                if (!guard)
                    return; // the transport is being torn down with its calls
                if (!r.ok()) {
                    guard->complete([&done, &r] { done(r.error()); });
                    return;
                }
                const RawResponse raw = r.value();
                const auto deliver = [done, raw, copy](Result<T> &&decoded) {
                    if (!decoded.ok())
                        done(decodeFailure(decoded.error(), raw, copy));
                    else
                        done(std::move(decoded).value());
                };
                if (raw.body.size() <= kOffThreadDecodeBytes || !guard->canDecodeOffThread()) {
                    auto decoded = json::decode<T>(raw.body);
                    guard->complete([&deliver, &decoded] { deliver(std::move(decoded)); });
                    return;
                }
                ApiError canceled;
                canceled.kind = ApiError::Kind::Canceled;
                canceled.httpStatus = raw.status;
                canceled.method = QString::fromLatin1(copy.method);
                canceled.url = Transport::redactUrl(raw.url);
                // The worker reads its own copy of the body (implicitly shared, so no
                // bytes are copied) and touches nothing else.
                guard->template decodeOffThread<Result<T>>(
                    [body = raw.body] { return json::decode<T>(body); }, deliver, canceled);
            });
        call->setInner(inner);
        return call;
    }
}

} // namespace odag::api
