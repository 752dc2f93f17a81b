#pragma once

// Shapes shared by the Qlik Cloud ODAG links and requests APIs (seeds 000 and 002).

#include "Json.h"

namespace odag {

// AppStateCondensedV2: an app named in a link, request or ODAG apps list.
struct AppStateCondensed
{
    QString id;
    QString name;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &AppStateCondensed::id);
        v("name", &AppStateCondensed::name);
    }
    bool operator==(const AppStateCondensed &) const = default;
};

// UserStateCondensedV2: the owner of a link or request.
struct UserStateCondensed
{
    QString id;
    QString name;
    QString subject;
    QString tenantid;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("id", &UserStateCondensed::id);
        v("name", &UserStateCondensed::name);
        v("subject", &UserStateCondensed::subject);
        v("tenantid", &UserStateCondensed::tenantid);
    }
    bool operator==(const UserStateCondensed &) const = default;
};

// MetaV2
struct ErrorMetaV2
{
    std::optional<int> statusCode;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("statusCode", &ErrorMetaV2::statusCode);
    }
    bool operator==(const ErrorMetaV2 &) const = default;
};

// ErrorDetailsV2
struct ErrorDetailsV2
{
    std::optional<QString> code;
    std::optional<QString> title;
    std::optional<QString> detail;
    std::optional<ErrorMetaV2> meta;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("code", &ErrorDetailsV2::code);
        v("title", &ErrorDetailsV2::title);
        v("detail", &ErrorDetailsV2::detail);
        v("meta", &ErrorDetailsV2::meta);
    }
    bool operator==(const ErrorDetailsV2 &) const = default;
};

// ErrorV2: the error body of every ODAG path.
struct ErrorV2
{
    std::optional<QList<ErrorDetailsV2>> errors;
    std::optional<QString> traceId;
    QJsonObject extra;

    template <class V>
    static void fields(V &v)
    {
        v("errors", &ErrorV2::errors);
        v("traceId", &ErrorV2::traceId);
    }
    bool operator==(const ErrorV2 &) const = default;
};

} // namespace odag
