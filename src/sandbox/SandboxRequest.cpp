#include "SandboxRequest.h"

#include "SandboxResponder.h"

namespace odag::sandbox {

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SandboxRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool SandboxRequest::hasQueryValue(const QString &name) const
{
    return query.hasQueryItem(name);
}

QUrl SandboxRequest::absoluteUrl(const QString &p, const QUrlQuery &q) const
{
    QUrl u;
    u.setScheme(url.scheme().isEmpty() ? QStringLiteral("http") : url.scheme());
    u.setHost(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
    u.setPort(url.port());
    u.setPath(p);
    if (!q.isEmpty())
        u.setQuery(q);
    return u;
}

SandboxResponse SandboxRequest::error(int status, const QString &title, const QString &detail,
                                      const QString &code) const
{
    return errorResponse(area, status, title, detail, code);
}

SandboxResponse SandboxRequest::error(int status, const QString &detail) const
{
    return errorResponse(area, status, statusTitle(status), detail);
}

std::shared_ptr<SandboxResponder> SandboxRequest::defer() const
{
    m_deferred = true;
    return m_responder;
}

} // namespace odag::sandbox
