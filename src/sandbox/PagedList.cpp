#include "PagedList.h"

#include <QJsonArray>
#include <QJsonObject>

namespace odag::sandbox {

SandboxResponse pagedList(const SandboxRequest &request, const SandboxStore &store, ListQuery query,
                          const PagedListOptions &options)
{
    query.limit = options.defaultLimit;
    const QString problem = query.readPaging(request.query, options.maxLimit);
    if (!problem.isEmpty())
        return request.error(400, problem);
    const auto page = store.list(query);
    if (!page)
        return request.error(400, page.error());

    QJsonArray data;
    for (const StoredDocument &doc : page->items)
        data.append(options.toJson ? options.toJson(doc) : QJsonValue(doc.json));
    return SandboxResponse::json(
        QJsonObject{{QStringLiteral("data"), data},
                    {QStringLiteral("links"), pageLinks(request.url, *page)},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), page->total}}}});
}

} // namespace odag::sandbox
