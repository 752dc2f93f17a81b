#include "ErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace odag::api::errorbody {

namespace {

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString traceIdIn(const QJsonObject &object)
{
    for (const char *key : {"traceId", "traceID", "trace_id", "requestId"}) {
        const QString value = stringOf(object.value(QLatin1StringView(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool fillFromErrors(ApiError &error, const QJsonObject &root)
{
    const QJsonArray errors = root.value(QLatin1StringView("errors")).toArray();
    if (errors.isEmpty() || !errors.first().isObject())
        return false;
    const QJsonObject first = errors.first().toObject();
    error.code = stringOf(first.value(QLatin1StringView("code")));
    error.title = stringOf(first.value(QLatin1StringView("title")));
    error.detail = stringOf(first.value(QLatin1StringView("detail")));
    if (error.traceId.isEmpty())
        error.traceId = traceIdIn(first.value(QLatin1StringView("meta")).toObject());
    return true;
}

bool fillFromMessage(ApiError &error, const QJsonObject &root)
{
    const QString message = stringOf(root.value(QLatin1StringView("message")));
    if (message.isEmpty())
        return false;
    error.detail = message;
    return true;
}

} // namespace

void fill(ApiError &error, const QByteArray &body, ErrorFlavor flavor)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A gateway's text answer ("upstream connect error") still helps; an HTML page
        // does not.
        const QString text = QString::fromUtf8(body).simplified();
        if (!text.isEmpty() && text.size() <= 300 && !text.startsWith(u'<') &&
            !text.startsWith(u'{') && !text.startsWith(u'['))
            error.detail = text;
        return;
    }
    const QJsonObject root = doc.object();
    error.traceId = traceIdIn(root);
    if (error.traceId.isEmpty())
        error.traceId = traceIdIn(root.value(QLatin1StringView("meta")).toObject());
    if (flavor == ErrorFlavor::QseMessage) {
        if (!fillFromMessage(error, root))
            fillFromErrors(error, root);
    } else {
        if (!fillFromErrors(error, root))
            fillFromMessage(error, root);
    }
    if (error.title.isEmpty())
        error.title = stringOf(root.value(QLatin1StringView("title")));
    if (error.code.isEmpty())
        error.code = stringOf(root.value(QLatin1StringView("code")));
}

QString traceIdFromHeaders(const RawResponse &response)
{
    for (const char *name : {"X-Request-Id", "X-Qlik-Trace-Id", "X-Trace-Id"}) {
        const QByteArray value = response.header(name).trimmed();
        if (!value.isEmpty())
            return QString::fromLatin1(value);
    }
    // traceparent: version-traceid-parentid-flags
    const QList<QByteArray> parts = response.header("traceparent").trimmed().split('-');
    if (parts.size() >= 4 && parts.at(1).size() == 32)
        return QString::fromLatin1(parts.at(1));
    return {};
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return int(std::clamp<qint64>(seconds, 0, 24 * 3600 * 365));
    // IMF-fixdate, the one form servers send today; the obsolete forms are not worth it.
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(nowUtc.secsTo(date), 0, 24 * 3600 * 365));
}

} // namespace odag::api::errorbody
