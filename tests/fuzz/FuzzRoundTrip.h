#pragma once

// The property every codec must keep under any input: decoding never crashes, and what
// decodes re-encodes to JSON that decodes again to the same value and the same JSON.

#include "core/Json.h"

#include <cstdint>
#include <cstdlib>

template <class T>
void roundTrip(const QByteArray &bytes)
{
    const auto first = odag::json::decode<T>(bytes);
    if (!first.ok()) {
        // An error always says something.
        if (first.error().message.isEmpty())
            std::abort();
        return;
    }
    const QJsonValue encoded = odag::json::encode(first.value());
    const auto second = odag::json::decode<T>(encoded);
    if (!second.ok())
        std::abort();
    if (odag::json::encode(second.value()) != encoded)
        std::abort();
}

// The first byte picks the type; the rest is the document.
template <class... Ts>
void dispatch(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const std::size_t pick = data[0] % sizeof...(Ts);
    std::size_t i = 0;
    ((i++ == pick ? roundTrip<Ts>(bytes) : void()), ...);
}
