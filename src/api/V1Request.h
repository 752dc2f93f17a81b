#pragma once

// Request building shared by the /api/v1 and engine clients: the path prefix, the error
// flavour, the tier, JSON bodies and optional query parameters.

#include "JsonCall.h"

#include <QUrlQuery>

#include <optional>

namespace odag::api::v1 {

// A request on `/api/v1` + `path` (path starts with '/', IDs already pathSegment()ed).
RequestSpec request(const char *method, const QString &path, Tier tier);

// A request on a links.next.href / links.prev.href (absolute on the tenant, or relative
// to the tenant base URL), followed exactly as given.
RequestSpec follow(const QString &href, Tier tier);

template <class T> RequestSpec withJson(RequestSpec spec, const T &body)
{
    spec.body = jsonBody(body);
    return spec;
}

void addQuery(QUrlQuery &query, const char *key, const std::optional<QString> &value);
void addQuery(QUrlQuery &query, const char *key, const std::optional<int> &value);
void addQuery(QUrlQuery &query, const char *key, const std::optional<bool> &value);

// Percent-encodes each segment of a media path but keeps its '/' separators, so nested
// media ("images/logo.png") address the nested file. Empty, "." and ".." segments are
// dropped, so a path cannot climb out of the app's media folder.
QString mediaPath(const QString &path);

// Long server-side work (export, import, copy, publish): the silence allowed before
// the answer starts.
constexpr int LongOperationTimeoutMs = 5 * 60 * 1000;

} // namespace odag::api::v1
