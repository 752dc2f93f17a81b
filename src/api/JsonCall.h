#pragma once

// Typed calls on top of the Transport: send a request, decode the answer into T with
// the core codecs, report any failure as ApiError. Every typed client call is a thin
// function over sendJson().

#include "Transport.h"
#include "core/Json.h"

#include <functional>
#include <type_traits>

namespace odag::api {

// Answers larger than this are decoded on a worker thread (QtConcurrent) so that a big
// list (2,500 requests of one link are about 2 MiB) does not freeze the window; smaller
// ones decode in place, where a thread hop would cost more than it saves.
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

template <class T>
PendingCall *sendJson(Transport &transport, RequestSpec spec, QObject *context, Callback<T> done)
{
    RequestSpec copy = spec;
    return transport.send(std::move(spec), context,
                          [done = std::move(done), copy](const ApiResult<RawResponse> &r) {
                              if (!r.ok()) {
                                  done(r.error());
                                  return;
                              }
                              if constexpr (std::is_same_v<T, Empty>) {
                                  done(Empty{});
                              } else if constexpr (std::is_same_v<T, RawResponse>) {
                                  done(r.value());
                              } else {
                                  auto decoded = json::decode<T>(r.value().body);
                                  if (!decoded.ok()) {
                                      done(decodeFailure(decoded.error(), r.value(), copy));
                                      return;
                                  }
                                  done(std::move(decoded).value());
                              }
                          });
}

} // namespace odag::api
