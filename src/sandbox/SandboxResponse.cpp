#include "SandboxResponse.h"

#include "core/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace odag::sandbox {

SandboxResponse SandboxResponse::json(const QJsonValue &value, int status)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = json::toBytes(value);
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse SandboxResponse::bytes(QByteArray body, QByteArray contentType, int status)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    return r;
}

SandboxResponse SandboxResponse::deferredReply()
{
    SandboxResponse r;
    r.deferred = true;
    return r;
}

SandboxResponse &SandboxResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    if (name.compare(QByteArrayLiteral("content-type"), Qt::CaseInsensitive) == 0)
        return contentType;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString newTraceId()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(QByteArray::number(words[0], 16).rightJustified(16, '0') +
                               QByteArray::number(words[1], 16).rightJustified(16, '0'));
}

SandboxResponse errorResponse(ApiArea area, int status, const QString &title, const QString &detail,
                              const QString &code)
{
    const QString errorCode =
        code.isEmpty() ? QStringLiteral("HTTP-") + QString::number(status) : code;
    QJsonObject body;
    switch (area) {
    case ApiArea::QseOdag:
        body.insert(QStringLiteral("message"), detail.isEmpty() ? title : detail);
        break;
    case ApiArea::OdagCloud: {
        QJsonObject entry{
            {QStringLiteral("code"), errorCode},
            {QStringLiteral("title"), title},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("statusCode"), status}}}};
        body.insert(QStringLiteral("errors"), QJsonArray{entry});
        body.insert(QStringLiteral("traceId"), newTraceId());
        break;
    }
    case ApiArea::CloudV1:
    case ApiArea::Engine:
    case ApiArea::Control:
    case ApiArea::Other: {
        QJsonObject entry{{QStringLiteral("code"), errorCode},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("detail"), detail},
                          {QStringLiteral("status"), QString::number(status)}};
        body.insert(QStringLiteral("errors"), QJsonArray{entry});
        body.insert(QStringLiteral("traceId"), newTraceId());
        break;
    }
    }
    return SandboxResponse::json(body, status);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString statusTitle(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("odag::sandbox", "Bad Request");
    case 401:
        return QCoreApplication::translate("odag::sandbox", "Unauthorized");
    case 403:
        return QCoreApplication::translate("odag::sandbox", "Forbidden");
    case 404:
        return QCoreApplication::translate("odag::sandbox", "Not Found");
    case 405:
        return QCoreApplication::translate("odag::sandbox", "Method Not Allowed");
    case 409:
        return QCoreApplication::translate("odag::sandbox", "Conflict");
    case 413:
        return QCoreApplication::translate("odag::sandbox", "Payload Too Large");
    case 429:
        return QCoreApplication::translate("odag::sandbox", "Too Many Requests");
    case 500:
        return QCoreApplication::translate("odag::sandbox", "Internal Server Error");
    case 502:
        return QCoreApplication::translate("odag::sandbox", "Bad Gateway");
    case 503:
        return QCoreApplication::translate("odag::sandbox", "Service Unavailable");
    default: {
        const QByteArray phrase = reasonPhrase(status);
        return phrase.isEmpty()
                   ? QCoreApplication::translate("odag::sandbox", "HTTP error %1").arg(status)
                   : QString::fromLatin1(phrase);
    }
    }
}

} // namespace odag::sandbox
