#pragma once

// Cursor paging over documents filtered in memory. The spaces, items, assignments and
// reloads lists filter by what the caller may see (roles, group membership, SCIM
// expressions), which the store's SQL filters cannot express; the documents are few,
// so they are filtered here and paged with the same keyset cursors as the store
// (sort key, then insertion sequence), which hold while documents come and go.

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxStore.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace odag::sandbox {

struct MemoryList
{
    QString name; // scopes the cursors: one listing's cursor is refused by another
    QList<StoredDocument> documents; // already filtered, any order
    QString sortField;               // JSON member (dotted for nesting); empty: insertion order
    bool descending = false;
    int defaultLimit = 10;
    int maxLimit = 100;
};

// The page a request's `limit`, `next` and `prev` select, or why they are wrong.
Result<ListPage, QString> pageInMemory(const QUrlQuery &query, MemoryList list);

// The answer of a list endpoint: {data, links:{self,next?,prev?}, meta:{count}?}.
SandboxResponse memoryPagedList(const SandboxRequest &request, MemoryList list,
                                const std::function<QJsonValue(const StoredDocument &)> &toJson,
                                bool withCount = true);

} // namespace odag::sandbox
