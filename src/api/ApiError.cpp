#include "ApiError.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace odag::api {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::ApiError)
};

// The standard reason phrase: what a person can look up when the body says nothing.
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

// "404 Not Found", or "418" when the phrase is not a standard one.
QString statusLabel(int status)
{
    const QString text = statusText(status);
    return text.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + text;
}

// The server's own explanation, best first.
QString explanation(const ApiError &e)
{
    if (!e.detail.isEmpty())
        return e.detail;
    if (!e.title.isEmpty())
        return e.title;
    return {};
}

QString withExplanation(const QString &sentence, const ApiError &e)
{
    const QString why = explanation(e);
    return why.isEmpty() ? sentence : sentence + u' ' + Tr::tr("The server said: %1").arg(why);
}

QString httpMessage(const ApiError &e)
{
    const int status = e.httpStatus;
    switch (status) {
    case 400: {
        const QString why = explanation(e);
        return Tr::tr("The server refused the request as invalid: %1")
            .arg(why.isEmpty() ? statusLabel(status) : why);
    }
    case 401:
        return withExplanation(
            Tr::tr("The server did not accept your sign-in or API key. Sign in again or check the "
                   "key in the connection settings."),
            e);
    case 403:
        return withExplanation(Tr::tr("You do not have permission to do this on the server."), e);
    case 404:
        return withExplanation(
            Tr::tr("The server could not find the item. It may have been deleted or moved."), e);
    case 409:
        return withExplanation(Tr::tr("The item was changed by someone else since you loaded it. "
                                      "Reload it and try again."),
                               e);
    case 429:
        if (e.retryAfterSeconds > 0)
            return Tr::tr("The server received too many requests and asks to wait %n second(s).",
                          nullptr, e.retryAfterSeconds);
        return Tr::tr("The server received too many requests. Wait a minute and try again.");
    default:
        break;
    }
    if (status >= 500) {
        QString sentence =
            Tr::tr("The server had an error (%1). Try again later.").arg(statusLabel(status));
        if (status == 503 && e.retryAfterSeconds > 0)
            sentence = Tr::tr("The server is unavailable (%1) and asks to wait %n second(s).",
                              nullptr, e.retryAfterSeconds)
                           .arg(statusLabel(status));
        return withExplanation(sentence, e);
    }
    return withExplanation(Tr::tr("The server refused the request (%1).").arg(statusLabel(status)),
                           e);
}

} // namespace

QString ApiError::message() const
{
    switch (kind) {
    case Kind::Http:
        return httpMessage(*this);
    case Kind::Network:
        if (technical.isEmpty())
            return Tr::tr("The connection to the server failed.");
        return Tr::tr("The connection to the server failed: %1").arg(technical);
    case Kind::Tls:
        if (technical.isEmpty())
            return Tr::tr("The secure connection to the server failed.");
        return Tr::tr("The secure connection to the server failed: %1").arg(technical);
    case Kind::Timeout:
        if (timeoutMs > 0)
            return Tr::tr("The server did not answer within %n second(s).", nullptr,
                          std::max(1, (timeoutMs + 999) / 1000));
        return Tr::tr("The server did not answer in time.");
    case Kind::Canceled:
        return Tr::tr("The request was cancelled.");
    case Kind::Decode:
        if (technical.isEmpty())
            return Tr::tr("The server's answer could not be read.");
        return Tr::tr("The server's answer could not be read: %1").arg(technical);
    case Kind::RateLimited:
        if (retryAfterSeconds > 0)
            return Tr::tr("The server received too many requests and asks to wait %n second(s). "
                          "Try again later.",
                          nullptr, retryAfterSeconds);
        return Tr::tr("The server still refuses requests as too many after several waits. Try "
                      "again in a few minutes.");
    }
    return Tr::tr("The request failed.");
}

QString ApiError::details() const
{
    QStringList lines{message()};
    if (!method.isEmpty() || !url.isEmpty())
        lines << Tr::tr("Request: %1 %2").arg(method, url);
    if (httpStatus > 0)
        lines << Tr::tr("HTTP status: %1").arg(statusLabel(httpStatus));
    if (!code.isEmpty())
        lines << Tr::tr("Error code: %1").arg(code);
    if (!title.isEmpty() && title != detail)
        lines << Tr::tr("Error title: %1").arg(title);
    if (!traceId.isEmpty())
        lines << Tr::tr("Trace ID: %1").arg(traceId);
    if (attempts > 1)
        lines << Tr::tr("Attempts: %1").arg(attempts);
    if (!technical.isEmpty() && kind == Kind::Http)
        lines << Tr::tr("Technical: %1").arg(technical);
    return lines.join(u'\n');
}

} // namespace odag::api
