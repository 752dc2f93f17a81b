#include "CursorPager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace odag::api {

QString nextHref(const QJsonObject &page)
{
    return page.value(QLatin1StringView("links"))
        .toObject()
        .value(QLatin1StringView("next"))
        .toObject()
        .value(QLatin1StringView("href"))
        .toString();
}

CursorPager::CursorPager(Transport &transport, RequestSpec first, QObject *context,
                         Progress progress, int maxItems)
    : QObject(&transport)
    , m_transport(transport)
    , m_first(std::move(first))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_progress(std::move(progress))
    , m_maxItems(maxItems)
{
    if (context) {
        // Nobody waits for the list any more: stop reading pages.
        connect(context, &QObject::destroyed, this, [this] {
            m_succeed = nullptr;
            m_fail = nullptr;
            cancel();
        });
    }
}

void CursorPager::start(Consume consume, std::function<void()> succeed,
                        std::function<void(const ApiError &)> fail)
{
    m_consume = std::move(consume);
    m_succeed = std::move(succeed);
    m_fail = std::move(fail);
    requestPage(m_first.path);
}

void CursorPager::requestPage(const QString &path)
{
    RequestSpec spec = m_first;
    if (m_pages > 0) {
        // A next link carries its own query (cursor, limit, filters): the first page's
        // query items would be doubled.
        spec.path = path;
        spec.query.clear();
    }
    m_seen.insert(path);
    m_call = m_transport.send(
        spec, this, [this, spec](const ApiResult<RawResponse> &result) { onPage(result, spec); });
}

void CursorPager::onPage(const ApiResult<RawResponse> &result, const RequestSpec &spec)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (!result.ok()) {
        complete(result.error());
        return;
    }
    const RawResponse raw = result.value();
    if (raw.body.size() <= kOffThreadDecodeBytes) {
        onPageDecoded(m_consume(raw.body), raw, spec);
        return;
    }
    // A large page is decoded on a worker thread. Pages come one at a time, so the
    // worker is the only one appending to the list then; its copy of the consumer keeps
    // the list alive if the pager is cancelled meanwhile (the result is then dropped).
    auto *watcher = new QFutureWatcher<Result<PageResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, raw, spec] {
        watcher->deleteLater();
        if (m_finished) // cancelled while decoding
            return;
        onPageDecoded(watcher->future().takeResult(), raw, spec);
    });
    watcher->setFuture(QtConcurrent::run([consume = m_consume, body = raw.body] {
        return consume(body);
    }));
}

void CursorPager::onPageDecoded(const Result<PageResult> &page, const RawResponse &raw,
                                const RequestSpec &spec)
{
    if (!page.ok()) {
        complete(decodeFailure(page.error(), raw, spec));
        return;
    }
    ++m_pages;
    m_items += page.value().items;
    Q_EMIT progress(m_pages, m_items);
    if (m_progress)
        m_progress(m_pages, m_items);
    if (m_finished) // cancelled from the progress handler
        return;

    const QString next = page.value().next;
    if (next.isEmpty() || (m_maxItems >= 0 && m_items >= m_maxItems)) {
        complete(std::nullopt);
        return;
    }
    if (m_seen.contains(next)) {
        ApiError e;
        e.kind = ApiError::Kind::Decode;
        e.httpStatus = raw.status;
        e.method = QString::fromLatin1(spec.method);
        e.url = Transport::redactUrl(raw.url);
        e.technical = QCoreApplication::translate(
                          "odag::api::CursorPager",
                          "links.next.href repeats a page already read (%1); the list was "
                          "stopped after %2 pages")
                          .arg(Transport::redactUrl(QUrl(next)), QString::number(m_pages));
        qCWarning(lcApi).noquote() << "paging loop:" << e.technical;
        complete(e);
        return;
    }
    requestPage(next);
}

void CursorPager::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(); // its callback completes the pager with Canceled
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Canceled;
    e.method = QString::fromLatin1(m_first.method);
    complete(e);
}

void CursorPager::complete(const std::optional<ApiError> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_hasContext || m_context) {
        if (error) {
            if (m_fail)
                m_fail(*error);
        } else if (m_succeed) {
            m_succeed();
        }
    }
    m_succeed = nullptr;
    m_fail = nullptr;
    m_consume = nullptr;
    Q_EMIT finished();
    deleteLater();
}

} // namespace odag::api
