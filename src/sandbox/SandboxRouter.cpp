#include "SandboxRouter.h"

#include <QUrl>

#include <algorithm>

namespace odag::sandbox {

namespace {

bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) &&
           segment.endsWith(QLatin1Char('}'));
}

QStringList splitPattern(const QString &pattern)
{
    QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts;
}

// Fills params and returns true when the pattern matches the segments.
bool matches(const QStringList &pattern, const QStringList &segments,
             QHash<QString, QString> *params)
{
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (isParam(p)) {
            if (segments.at(i).isEmpty())
                return false;
            if (params)
                params->insert(p.mid(1, p.size() - 2), segments.at(i));
        } else if (p != segments.at(i)) {
            return false;
        }
    }
    return true;
}

// True when a is more specific than b: at the first segment where they differ in
// kind, a has the literal.
bool moreSpecific(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool pa = isParam(a.at(i));
        const bool pb = isParam(b.at(i));
        if (pa != pb)
            return !pa;
    }
    return false;
}

} // namespace

void SandboxRouter::add(const QByteArray &method, const QString &pattern,
                        const RouteOptions &options, Handler handler)
{
    const QByteArray m = method.toUpper();
    const QStringList segments = splitPattern(pattern);
    for (auto &route : m_routes) {
        if (route->method == m && route->segments == segments) {
            route->options = options;
            route->handler = std::move(handler);
            route->pattern = pattern;
            return;
        }
    }
    auto route = std::make_unique<Route>();
    route->method = m;
    route->pattern = pattern;
    route->options = options;
    route->handler = std::move(handler);
    route->segments = segments;
    m_routes.push_back(std::move(route));
}

void SandboxRouter::get(const QString &pattern, const RouteOptions &options, Handler handler)
{
    add(QByteArrayLiteral("GET"), pattern, options, std::move(handler));
}

void SandboxRouter::put(const QString &pattern, const RouteOptions &options, Handler handler)
{
    add(QByteArrayLiteral("PUT"), pattern, options, std::move(handler));
}

void SandboxRouter::post(const QString &pattern, const RouteOptions &options, Handler handler)
{
    add(QByteArrayLiteral("POST"), pattern, options, std::move(handler));
}

void SandboxRouter::patch(const QString &pattern, const RouteOptions &options, Handler handler)
{
    add(QByteArrayLiteral("PATCH"), pattern, options, std::move(handler));
}

void SandboxRouter::del(const QString &pattern, const RouteOptions &options, Handler handler)
{
    add(QByteArrayLiteral("DELETE"), pattern, options, std::move(handler));
}

SandboxRouter::Match SandboxRouter::match(const QByteArray &method,
                                          const QStringList &segments) const
{
    Match result;
    const Route *best = nullptr;
    for (const auto &route : m_routes) {
        if (!matches(route->segments, segments, nullptr))
            continue;
        if (route->method != method) {
            if (!result.allowed.contains(route->method))
                result.allowed.append(route->method);
            continue;
        }
        if (!best || moreSpecific(route->segments, best->segments))
            best = route.get();
    }
    if (best) {
        result.result = Match::Result::Found;
        result.route = best;
        matches(best->segments, segments, &result.params);
        result.allowed.clear();
        return result;
    }
    if (!result.allowed.isEmpty()) {
        result.result = Match::Result::MethodNotAllowed;
        std::sort(result.allowed.begin(), result.allowed.end());
    }
    return result;
}

SandboxRouter::Match SandboxRouter::match(const QByteArray &method,
                                          const QString &decodedPath) const
{
    return match(method, decodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts));
}

QStringList SandboxRouter::splitEncodedPath(const QByteArray &encodedPath)
{
    QStringList segments;
    const QList<QByteArray> parts = encodedPath.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        segments.append(QUrl::fromPercentEncoding(part));
    }
    return segments;
}

QString SandboxRouter::joinSegments(const QStringList &segments)
{
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

} // namespace odag::sandbox
