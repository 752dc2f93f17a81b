#include "Transport.h"

#include "Logging.h"
#include "Redaction.h"
#include "TransportPrivate.h"

#include <QCoreApplication>

namespace odag::api {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::Transport)
};

bool isAbsolute(const QString &path)
{
    return path.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive);
}

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace

bool RequestSpec::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Transport::Private::Private(Transport *q_, QUrl base_, Options options_)
    : q(q_)
    , base(std::move(base_))
    , options(options_)
    , nam(new QNetworkAccessManager(q_))
    , limiter(options_.rateBudgetFraction)
{
    // A redirect to another origin would carry the credentials there.
    nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

QList<QByteArray> Transport::Private::secrets() const
{
    return auth ? auth->secrets() : QList<QByteArray>{};
}

bool Transport::Private::resolve(const RequestSpec &spec, QUrl &url, QString &problem) const
{
    if (!base.isValid() || base.host().isEmpty()) {
        problem = Tr::tr("The server address %1 is not a valid URL.")
                      .arg(redaction::url(base, secrets()));
        return false;
    }
    if (isAbsolute(spec.path)) {
        url = QUrl(spec.path, QUrl::TolerantMode);
        if (!url.isValid()) {
            problem = Tr::tr("The server sent a link that is not a valid URL.");
            return false;
        }
        // A next-page link is followed with the tenant's credentials: only on the tenant.
        if (!sameOrigin(url, base)) {
            const auto origin =
                QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo;
            problem = Tr::tr("The server sent a link to another server (%1 instead of %2); it "
                             "was not followed.")
                          .arg(url.adjusted(origin).toString(), base.adjusted(origin).toString());
            return false;
        }
        url.setFragment({});
    } else {
        QString path = spec.path;
        QString query;
        const qsizetype questionMark = path.indexOf(u'?');
        if (questionMark >= 0) {
            query = path.mid(questionMark + 1);
            path.truncate(questionMark);
        }
        QString basePath = base.path(QUrl::FullyEncoded);
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        url = base;
        url.setFragment({});
        // Tolerant mode keeps the percent-encoding of pathSegment() as it is.
        url.setPath(basePath + path, QUrl::TolerantMode);
        url.setQuery(query, QUrl::TolerantMode);
    }

    const auto items = spec.query.queryItems(QUrl::FullyDecoded);
    if (!items.isEmpty()) {
        // Every reserved character is encoded ('+' and '&' in a name filter included),
        // which QUrlQuery alone would leave as they are.
        QString query = url.query(QUrl::FullyEncoded);
        for (const auto &[key, value] : items) {
            if (!query.isEmpty())
                query += u'&';
            query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        url.setQuery(query, QUrl::TolerantMode);
    }
    if (!url.isValid()) {
        problem = Tr::tr("The request address is not a valid URL.");
        return false;
    }
    return true;
}

Transport::Transport(QUrl baseUrl, QObject *parent)
    : Transport(std::move(baseUrl), Options{}, parent)
{}

Transport::Transport(QUrl baseUrl, Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(baseUrl), options))
{
    qRegisterMetaType<odag::api::Exchange>();
}

Transport::~Transport()
{
    const auto calls = d->calls;
    for (Private::Call *call : calls)
        call->abandon();
}

QUrl Transport::baseUrl() const
{
    return d->base;
}

const Transport::Options &Transport::options() const
{
    return d->options;
}

void Transport::setAuthenticator(std::shared_ptr<Authenticator> auth)
{
    d->auth = std::move(auth);
}

std::shared_ptr<Authenticator> Transport::authenticator() const
{
    return d->auth;
}

void Transport::setPinnedCertificates(QList<QByteArray> sha256Digests)
{
    d->pins = std::move(sha256Digests);
}

QList<QByteArray> Transport::pinnedCertificates() const
{
    return d->pins;
}

RateLimiter &Transport::rateLimiter()
{
    return d->limiter;
}

QNetworkAccessManager *Transport::networkAccessManager() const
{
    return d->nam;
}

PendingCall *Transport::send(RequestSpec spec, QObject *context, RawCallback done)
{
    QUrl url;
    QString problem;
    const bool valid = d->resolve(spec, url, problem);
    auto *call = new Private::Call(d.get(), std::move(spec), context, std::move(done));
    d->calls.append(call);
    // Nothing happens before the event loop runs again, so the caller can connect to
    // the call's signals (waiting, progress) first, and the callback never runs inside
    // send().
    if (valid) {
        call->start(url);
    } else {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.technical = problem;
        call->failBeforeStart(error);
    }
    return call;
}

void Transport::cancelAll()
{
    const auto calls = d->calls;
    for (Private::Call *call : calls)
        call->cancel();
}

int Transport::callsInFlight() const
{
    return int(d->calls.size());
}

QString Transport::redactUrl(const QUrl &url)
{
    return redaction::url(url);
}

} // namespace odag::api
