#pragma once

// The error body of every Qlik Cloud /api/v1 path (seed 003 ErrorResponse, with the
// `source` and `traceId` the real services add).

#include "Json.h"

namespace odag {

// One entry of ErrorResponse.errors.
struct ErrorResponseItem
{
    std::optional<QString> code;
    std::optional<QString> title;
    std::optional<QString> detail;
    // The seed types it as a string ("404"); some services send a number: kept as sent.
    std::optional<QJsonValue> status;
    std::optional<QJsonObject> meta;
    std::optional<QJsonObject> source; // {parameter, pointer}
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("code", &ErrorResponseItem::code);
        v("title", &ErrorResponseItem::title);
        v("detail", &ErrorResponseItem::detail);
        v("status", &ErrorResponseItem::status);
        v("meta", &ErrorResponseItem::meta);
        v("source", &ErrorResponseItem::source);
    }
    bool operator==(const ErrorResponseItem &) const = default;

    // The HTTP status named in the entry, 0 when absent or not a number.
    int httpStatus() const
    {
        if (!status)
            return 0;
        if (status->isDouble())
            return status->toInt();
        bool ok = false;
        const int n = status->toString().toInt(&ok);
        return ok ? n : 0;
    }
};

struct ErrorResponse
{
    std::optional<QList<ErrorResponseItem>> errors;
    std::optional<QString> traceId;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("errors", &ErrorResponse::errors);
        v("traceId", &ErrorResponse::traceId);
    }
    bool operator==(const ErrorResponse &) const = default;

    // The first entry, which services put the cause in.
    std::optional<ErrorResponseItem> first() const
    {
        if (!errors || errors->isEmpty())
            return std::nullopt;
        return errors->first();
    }
};

} // namespace odag
