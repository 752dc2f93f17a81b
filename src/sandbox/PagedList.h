#pragma once

// The answer of a cursor-paged list endpoint (spaces, items, reloads...):
//   {data:[...], links:{self:{href}, next:{href}?, prev:{href}?}, meta:{count}}
// with `limit`, `next` and `prev` read from the request's query and every link an
// absolute URL on the server as the client reached it. Bad paging input gives a 400 in
// the path's error shape.

#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxStore.h"

#include <QJsonValue>

#include <functional>

namespace odag::sandbox {

struct PagedListOptions
{
    int defaultLimit = 10;
    int maxLimit = 100;
    // The wire form of one document; by default the stored JSON as it is.
    std::function<QJsonValue(const StoredDocument &)> toJson;
};

// `query` names the collection, sort and filters; its limit and cursor come from the
// request.
SandboxResponse pagedList(const SandboxRequest &request, const SandboxStore &store, ListQuery query,
                          const PagedListOptions &options = {});

} // namespace odag::sandbox
