// One call of the Transport: its attempts, the waits between them, the retry policy and
// the mapping of every outcome into RawResponse or ApiError.

#include "CertificatePin.h"
#include "ErrorBody.h"
#include "Logging.h"
#include "Redaction.h"
#include "TransportPrivate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QRandomGenerator>
#include <QThread>

#ifndef QT_NO_SSL
#include <QSslConfiguration>
#endif

#include <algorithm>
#include <limits>

namespace odag::api {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::Transport)
};

// An error body worth reading is small; a huge one is not kept whole in memory.
constexpr qsizetype maxErrorBody = 1024 * 1024;

bool isTransientStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

bool hasBody(const RequestSpec &spec)
{
    const QByteArray m = spec.method.toUpper();
    return !spec.body.isEmpty() || spec.uploadDevice || m == "POST" || m == "PUT" || m == "PATCH";
}

} // namespace

Transport::Private::Call::Call(Private *d_, RequestSpec spec, QObject *context, RawCallback done)
    : d(d_)
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{
    m_spec.method = m_spec.method.toUpper();
    m_timeoutMs = m_spec.timeoutMs > 0 ? m_spec.timeoutMs : d->options.defaultTimeoutMs;
    m_timeout.setSingleShot(true);
    m_wait.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Call::onTimeout);
    connect(&m_wait, &QTimer::timeout, this, &Call::scheduleAttempt);
    if (m_spec.uploadDevice)
        m_uploadStart = m_spec.uploadDevice->isSequential() ? 0 : m_spec.uploadDevice->pos();
    if (m_spec.downloadSink)
        m_sinkStart = m_spec.downloadSink->isSequential() ? 0 : m_spec.downloadSink->pos();
}

Transport::Private::Call::~Call()
{
    releaseReply();
    if (d)
        d->calls.removeOne(this);
}

void Transport::Private::Call::start(const QUrl &url)
{
    m_url = url;
    m_sentUrl = url;
    QMetaObject::invokeMethod(this, &Call::scheduleAttempt, Qt::QueuedConnection);
}

void Transport::Private::Call::failBeforeStart(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            ApiError e = error;
            e.method = QString::fromLatin1(m_spec.method);
            e.url = redaction::url(m_url.isEmpty() ? QUrl(m_spec.path) : m_url,
                                   d ? d->secrets() : QList<QByteArray>{});
            finish(e);
        },
        Qt::QueuedConnection);
}

void Transport::Private::Call::cancel()
{
    if (m_finished)
        return;
    if (m_reply)
        reportExchange(0, Tr::tr("cancelled"));
    qCDebug(lcApi).noquote() << "cancelled" << m_spec.method
                             << redaction::url(m_sentUrl, m_secrets);
    finish(makeError(ApiError::Kind::Canceled));
}

void Transport::Private::Call::abandon()
{
    if (m_finished)
        return;
    m_done = nullptr;
    finish(makeError(ApiError::Kind::Canceled));
}

void Transport::Private::Call::scheduleAttempt()
{
    if (m_finished || !d)
        return;
    const qint64 delay = d->limiter.delayFor(m_spec.tier, d->limiter.now());
    if (delay > 0) {
        const int ms = int(std::min<qint64>(delay, std::numeric_limits<int>::max()));
        qCInfo(lcApi).noquote() << "waiting" << ms << "ms for the rate limit before"
                                << m_spec.method << redaction::url(m_url, d->secrets());
        m_wait.start(ms);
        Q_EMIT waiting(ms);
        return;
    }
    startAttempt();
}

QNetworkReply *Transport::Private::Call::dispatch(const QNetworkRequest &request)
{
    QNetworkAccessManager *nam = d->nam;
    if (m_spec.uploadDevice)
        return nam->sendCustomRequest(request, m_spec.method, m_spec.uploadDevice);
    if (m_spec.method == "GET" && m_spec.body.isEmpty())
        return nam->get(request);
    if (m_spec.method == "HEAD")
        return nam->head(request);
    if (hasBody(m_spec))
        return nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    return nam->sendCustomRequest(request, m_spec.method);
}

bool Transport::Private::Call::rewind()
{
    if (QIODevice *upload = m_spec.uploadDevice) {
        if (upload->isSequential() || !upload->seek(m_uploadStart))
            return false;
    }
    if (QIODevice *sink = m_spec.downloadSink; sink && m_sinkWritten > 0) {
        if (sink->isSequential())
            return false;
        if (auto *buffer = qobject_cast<QBuffer *>(sink))
            buffer->buffer().truncate(m_sinkStart);
        else if (auto *file = qobject_cast<QFileDevice *>(sink))
            file->resize(m_sinkStart);
        if (!sink->seek(m_sinkStart))
            return false;
    }
    return true;
}

void Transport::Private::Call::startAttempt()
{
    ++m_attempt;
    if (m_attempt > 1 && !rewind()) {
        // retryLater() checked this; the device changed under us.
        ApiError e = makeError(ApiError::Kind::Network);
        e.technical = Tr::tr("The data could not be sent again: its source or target "
                             "cannot go back to the start.");
        finish(e);
        return;
    }
    d->limiter.record(m_spec.tier, d->limiter.now());

    QNetworkRequest request(m_url);
    if (!m_spec.accept.isEmpty())
        request.setRawHeader("Accept", m_spec.accept);
    if (hasBody(m_spec) && !m_spec.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_spec.contentType);
    request.setRawHeader("User-Agent", QByteArrayLiteral("ODAG-Admin/" ODAG_VERSION));
    if (d->auth)
        d->auth->apply(request);
    m_sentUrl = request.url();
    m_secrets = d->secrets();
    const QByteArray authorization = request.rawHeader("Authorization");
    if (const qsizetype space = authorization.indexOf(' '); space > 0)
        m_secrets.append(authorization.mid(space + 1));
    else if (!authorization.isEmpty())
        m_secrets.append(authorization);

    m_body.clear();
    m_received = 0;
    m_sent = 0;
    m_sinkWritten = 0;
    m_sinkError.clear();
    m_tlsErrors.clear();
    m_peerChain.clear();
    m_timedOut = false;

    QNetworkReply *reply = dispatch(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &Call::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Call::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        m_timeout.start(m_timeoutMs);
        Q_EMIT downloadProgress(done, total);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        m_timeout.start(m_timeoutMs);
        // Qt closes an upload with (0, 0): it would send a progress bar back to empty.
        if (done == 0 && total == 0 && m_sent > 0)
            return;
        m_sent = std::max(m_sent, done);
        Q_EMIT uploadProgress(done, total);
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        // Verification stays on: errors are ignored only as CertificatePin.h allows.
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        const QSslCertificate leaf = peerLeaf(reply->sslConfiguration());
        if (d && pinExcuses(d->pins, reply->sslConfiguration(), errors)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
        m_peerChain.clear();
        for (const QSslCertificate &certificate : chain.isEmpty() ? QList<QSslCertificate>{leaf} : chain)
            if (!certificate.isNull())
                m_peerChain << certificate.toDer();
    });
#endif
    m_attemptClock.start();
    // The timeout counts silence, not total time: an export that keeps streaming for
    // minutes is fine, a server that stops answering is not.
    m_timeout.start(m_timeoutMs);
}

void Transport::Private::Call::onReadyRead()
{
    if (!m_reply)
        return;
    m_timeout.start(m_timeoutMs);
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QIODevice *sink = m_spec.downloadSink;
    if (sink && status >= 200 && status < 300) {
        if (sink->write(chunk) != chunk.size()) {
            m_sinkError = sink->errorString();
            m_reply->abort();
            return;
        }
        m_sinkWritten += chunk.size();
    } else if (!sink || m_body.size() < maxErrorBody) {
        m_body += chunk;
    }
}

void Transport::Private::Call::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, where the timeout is reported
}

void Transport::Private::Call::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    if (reply->bytesAvailable() > 0 && m_sinkError.isEmpty())
        onReadyRead();

    RawResponse raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = m_spec.downloadSink && raw.status >= 200 && raw.status < 300 ? QByteArray() : m_body;
    raw.headers = reply->rawHeaderPairs();
    raw.url = reply->url();
    raw.elapsedMs = m_attemptClock.elapsed();
    const QNetworkReply::NetworkError code = reply->error();
    const QString errorString = redaction::text(reply->errorString(), m_secrets);
    releaseReply();

    if (!m_sinkError.isEmpty()) {
        const QString why = Tr::tr("The download could not be written: %1").arg(m_sinkError);
        reportExchange(raw.status, why);
        ApiError e = makeError(ApiError::Kind::Network);
        e.technical = why;
        finish(e);
        return;
    }
    if (m_timedOut) {
        handleNetworkError(QNetworkReply::TimeoutError, errorString);
        return;
    }
    if (code == QNetworkReply::NoError && raw.status >= 200 && raw.status < 300) {
        reportExchange(raw.status, {});
        finish(raw);
        return;
    }
    // A 2xx cut short (truncated body) is a broken connection, not an answer.
    if (raw.status >= 300 && !(raw.status < 400 && code != QNetworkReply::NoError)) {
        handleHttpError(raw);
        return;
    }
    handleNetworkError(code == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : code,
                       errorString);
}

void Transport::Private::Call::handleHttpError(const RawResponse &raw)
{
    ApiError e = makeError(ApiError::Kind::Http);
    e.httpStatus = raw.status;
    errorbody::fill(e, raw.body, m_spec.errorFlavor);
    if (e.traceId.isEmpty())
        e.traceId = errorbody::traceIdFromHeaders(raw);
    e.technical = QStringLiteral("HTTP %1").arg(raw.status);
    if (!e.code.isEmpty())
        e.technical += u' ' + e.code;
    const std::optional<int> retryAfter =
        errorbody::parseRetryAfter(raw.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (retryAfter)
        e.retryAfterSeconds = *retryAfter;
    reportExchange(raw.status, e.technical);

    const Options &options = d->options;
    if (raw.status == 429) {
        // The server refused without processing: resending is safe for any method.
        e.kind = ApiError::Kind::RateLimited;
        if (retryAfter && *retryAfter > options.maxRetryAfterSeconds) {
            qCWarning(lcApi) << "429 asks to wait" << *retryAfter << "s, more than"
                             << options.maxRetryAfterSeconds << "s: giving up";
            finish(e);
            return;
        }
        if (!m_spec.retryOn429 || m_rateLimitWaits >= options.max429Retries) {
            finish(e);
            return;
        }
        ++m_rateLimitWaits;
        const qint64 waitMs = retryAfter ? qint64(*retryAfter) * 1000 : std::max(1000, backoffMs());
        d->limiter.holdUntil(m_spec.tier, d->limiter.now() + waitMs);
        qCInfo(lcApi).noquote() << "429 on" << m_spec.method << redaction::url(m_sentUrl, m_secrets)
                                << "- holding the tier for" << waitMs << "ms";
        scheduleAttempt();
        return;
    }
    if (raw.status == 401 && d->auth && d->auth->canRefresh() && !m_refreshed) {
        m_refreshed = true;
        QPointer<Call> guard(this);
        qCInfo(lcApi) << "401: renewing the sign-in once before retrying";
        d->auth->refresh([guard, e](bool ok, const QString &why) {
            if (!guard || guard->m_finished)
                return;
            if (ok) {
                guard->scheduleAttempt();
                return;
            }
            ApiError failed = e;
            if (!why.isEmpty())
                failed.technical = why;
            guard->finish(failed);
        });
        return;
    }
    if (isTransientStatus(raw.status)) {
        if (raw.status == 503 && retryAfter) {
            if (*retryAfter > options.maxRetryAfterSeconds) {
                finish(e);
                return;
            }
            if (retryLater(Retry::Idempotent, *retryAfter * 1000, true, e.technical))
                return;
        } else if (retryLater(Retry::Idempotent, backoffMs(), false, e.technical)) {
            return;
        }
    }
    finish(e);
}

void Transport::Private::Call::handleNetworkError(QNetworkReply::NetworkError code,
                                                  const QString &errorString)
{
    ApiError e = makeError(ApiError::Kind::Network);
    e.technical = errorString;
    Retry policy = Retry::No;
    switch (code) {
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.timeoutMs = m_timeoutMs;
        e.technical = Tr::tr("No answer within %1 ms.").arg(m_timeoutMs);
        policy = Retry::Idempotent;
        break;
    case QNetworkReply::ConnectionRefusedError:
        // Refused before anything was sent: no server processed the request.
        policy = Retry::Always;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        // The request may have reached the server before the connection broke.
        policy = Retry::Idempotent;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = ApiError::Kind::Canceled;
        break;
    default:
        break;
    }
    if (!m_tlsErrors.isEmpty()) {
        e.kind = ApiError::Kind::Tls;
        e.technical = m_tlsErrors.join(QStringLiteral("; "));
        e.peerCertificateChain = m_peerChain;
        policy = Retry::No;
    }
    reportExchange(0, e.technical);
    if (retryLater(policy, backoffMs(), false, e.technical))
        return;
    finish(e);
}

bool Transport::Private::Call::retryLater(Retry policy, int delayMs, bool announce,
                                          const QString &why)
{
    if (policy == Retry::No || (policy == Retry::Idempotent && !m_spec.isIdempotent()))
        return false;
    if (m_retries >= d->options.maxRetries)
        return false;
    QIODevice *upload = m_spec.uploadDevice;
    QIODevice *sink = m_spec.downloadSink;
    if ((upload && upload->isSequential()) || (sink && m_sinkWritten > 0 && sink->isSequential()))
        return false;
    ++m_retries;
    qCInfo(lcApi).noquote() << QStringLiteral("retrying %1 %2 in %3 ms after %4 (retry %5 of %6)")
                                   .arg(QString::fromLatin1(m_spec.method),
                                        redaction::url(m_sentUrl, m_secrets),
                                        QString::number(delayMs), why, QString::number(m_retries),
                                        QString::number(d->options.maxRetries));
    m_wait.start(delayMs);
    if (announce)
        Q_EMIT waiting(delayMs);
    return true;
}

int Transport::Private::Call::backoffMs() const
{
    // Exponential with "equal jitter": half fixed, half random, so clients that failed
    // together do not come back together.
    const int exponent = std::min(std::max(m_retries, m_rateLimitWaits), 10);
    const qint64 span = qint64(std::max(1, d->options.backoffBaseMs)) << exponent;
    const qint64 capped = std::min<qint64>(span, 60000);
    return int(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
}

ApiError Transport::Private::Call::makeError(ApiError::Kind kind) const
{
    ApiError e;
    e.kind = kind;
    e.method = QString::fromLatin1(m_spec.method);
    e.url = redaction::url(m_sentUrl.isEmpty() ? m_url : m_sentUrl, m_secrets);
    e.attempts = m_attempt;
    if (kind == ApiError::Kind::Timeout)
        e.timeoutMs = m_timeoutMs;
    return e;
}

void Transport::Private::Call::reportExchange(int status, const QString &error)
{
    Exchange x;
    x.method = m_spec.method;
    x.url = redaction::url(m_sentUrl, m_secrets);
    x.status = status;
    x.elapsedMs = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    x.bytesSent = m_sent > 0 ? m_sent : (status > 0 ? m_spec.body.size() : 0);
    x.bytesReceived = m_received;
    x.attempt = m_attempt;
    x.error = redaction::text(error, m_secrets);
    qCInfo(lcApiExchange).noquote().nospace()
        << x.method << ' ' << x.url << " -> "
        << (status > 0 ? QString::number(status) : QStringLiteral("-")) << " in " << x.elapsedMs
        << " ms, sent " << x.bytesSent << " B, received " << x.bytesReceived << " B, attempt "
        << x.attempt << (x.error.isEmpty() ? QString() : QStringLiteral(", error: ") + x.error);
    if (d)
        Q_EMIT d->q->exchanged(x);
}

void Transport::Private::Call::releaseReply()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void Transport::Private::Call::finish(const ApiResult<RawResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    releaseReply();
    if (d) {
        d->calls.removeOne(this);
        d = nullptr; // the transport may go away in the callback
    }
    RawCallback done = std::move(m_done);
    m_done = nullptr;
    if (done && (!m_hasContext || m_context)) {
        QObject *context = m_context.data();
        if (context && context->thread() != QThread::currentThread())
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
        else
            done(result);
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace odag::api
