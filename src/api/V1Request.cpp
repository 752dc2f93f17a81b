#include "V1Request.h"

namespace odag::api::v1 {

RequestSpec request(const char *method, const QString &path, Tier tier)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = QStringLiteral("/api/v1") + path;
    spec.tier = tier;
    spec.errorFlavor = ErrorFlavor::ErrorResponse;
    return spec;
}

RequestSpec follow(const QString &href, Tier tier)
{
    RequestSpec spec;
    spec.path = href;
    spec.tier = tier;
    spec.errorFlavor = ErrorFlavor::ErrorResponse;
    return spec;
}

void addQuery(QUrlQuery &query, const char *key, const std::optional<QString> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(key), *value);
}

void addQuery(QUrlQuery &query, const char *key, const std::optional<int> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(key), QString::number(*value));
}

void addQuery(QUrlQuery &query, const char *key, const std::optional<bool> &value)
{
    if (value)
        query.addQueryItem(QString::fromLatin1(key),
                           *value ? QStringLiteral("true") : QStringLiteral("false"));
}

QString mediaPath(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    QStringList encoded;
    encoded.reserve(segments.size());
    for (const QString &segment : segments) {
        // QUrl decodes "%2E" back to '.', so dot segments cannot be escaped: no media
        // file is named so, and they are left out.
        if (segment.isEmpty() || segment == QLatin1StringView(".") ||
            segment == QLatin1StringView(".."))
            continue;
        encoded.push_back(pathSegment(segment));
    }
    return encoded.join(QLatin1Char('/'));
}

} // namespace odag::api::v1
