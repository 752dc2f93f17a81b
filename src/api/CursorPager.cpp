#include "CursorPager.h"

#include "Logging.h"

#include <QCoreApplication>

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
    auto page = m_consume(result.value().body);
    if (!page.ok()) {
        complete(decodeFailure(page.error(), result.value(), spec));
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
        e.httpStatus = result.value().status;
        e.method = QString::fromLatin1(spec.method);
        e.url = Transport::redactUrl(result.value().url);
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
