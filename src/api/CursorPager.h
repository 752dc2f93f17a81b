#pragma once

// CursorPager: reads a whole cursor-paged list (`{data:[...], links:{next:{href}}}`)
// by following links.next.href as the server wrote it, page after page, and hands the
// items over in one list. It reports progress per page, can be cancelled, stops at an
// optional item cap, and refuses to loop when a server repeats a next link. A large page
// is decoded on a worker thread (see kOffThreadDecodeBytes).

#include "JsonCall.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace odag::api {

// links.next.href of a list page; empty on the last page.
QString nextHref(const QJsonObject &page);

class CursorPager : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(int pages, qint64 items)>;

    // Follows the pages starting with `first`. `done` runs once (unless `context` died)
    // with every item, or with the first error. maxItems >= 0 stops after that many
    // items (the list is cut to it). The pager belongs to the transport and deletes
    // itself when finished.
    template <class T>
    static CursorPager *fetchAll(Transport &transport, RequestSpec first, QObject *context,
                                 Progress progress, Callback<QList<T>> done, int maxItems = -1);

    // Stops after the page in flight; `done` receives ApiError::Kind::Canceled.
    void cancel();
    bool isFinished() const { return m_finished; }
    int pages() const { return m_pages; }
    qint64 items() const { return m_items; }

Q_SIGNALS:
    void progress(int pages, qint64 items);
    void finished();

private:
    struct PageResult
    {
        qint64 items = 0;
        QString next;
    };
    // Decodes one page body and keeps its items; a DecodeError when it does not decode.
    using Consume = std::function<Result<PageResult>(const QByteArray &body)>;

    CursorPager(Transport &transport, RequestSpec first, QObject *context, Progress progress,
                int maxItems);
    void start(Consume consume, std::function<void()> succeed,
               std::function<void(const ApiError &)> fail);
    void requestPage(const QString &path);
    // A page arrived: decoded here when small, on a worker thread when large.
    void onPage(const ApiResult<RawResponse> &result, const RequestSpec &spec);
    void onPageDecoded(const Result<PageResult> &page, const RawResponse &raw,
                       const RequestSpec &spec);
    void complete(const std::optional<ApiError> &error);

    template <class T>
    struct PageOf
    {
        QList<T> data;
        QJsonObject extra;

        template <class V>
        static void fields(V &v)
        {
            v("data", &PageOf::data);
        }
    };

    Transport &m_transport;
    RequestSpec m_first;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Progress m_progress;
    int m_maxItems = -1;
    Consume m_consume;
    std::function<void()> m_succeed;
    std::function<void(const ApiError &)> m_fail;
    QPointer<PendingCall> m_call;
    QSet<QString> m_seen;
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_finished = false;
};

template <class T>
CursorPager *CursorPager::fetchAll(Transport &transport, RequestSpec first, QObject *context,
                                   Progress progress, Callback<QList<T>> done, int maxItems)
{
    auto *pager =
        new CursorPager(transport, std::move(first), context, std::move(progress), maxItems);
    auto all = std::make_shared<QList<T>>();
    auto consume = [all](const QByteArray &body) -> Result<PageResult> {
        auto parsed = json::parse(body);
        if (!parsed.ok())
            return parsed.error();
        auto page = json::decode<PageOf<T>>(parsed.value());
        if (!page.ok())
            return page.error();
        PageResult r;
        r.items = page.value().data.size();
        r.next = nextHref(parsed.value().toObject());
        all->append(std::move(page).value().data);
        return r;
    };
    auto succeed = [all, done, maxItems] {
        if (maxItems >= 0 && all->size() > maxItems)
            all->resize(maxItems);
        done(std::move(*all));
    };
    auto fail = [done](const ApiError &error) { done(error); };
    pager->start(std::move(consume), std::move(succeed), std::move(fail));
    return pager;
}

} // namespace odag::api
