#pragma once

// Transport: the one network manager wrapper. Request spec in, PendingCall out. It adds
// authentication, keeps each rate-limit tier inside its budget, retries what is safe to
// retry, applies a timeout to every request, maps every failure into ApiError, and logs
// each exchange with secrets redacted.

#include "ApiError.h"
#include "Authenticator.h"
#include "RateLimiter.h"
#include "Tier.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkReply;

namespace odag::api {

// How the server words its errors on this path.
enum class ErrorFlavor {
    ErrorV2,       // {errors:[{code,title,detail,meta:{statusCode}}], traceId}  (ODAG)
    ErrorResponse, // {errors:[{code,title,detail,status,meta}]}                 (/api/v1)
    QseMessage     // {message}                                                  (QSE ODAG)
};

struct RequestSpec
{
    QByteArray method = "GET";
    // Path relative to the tenant base URL ("/api/v1/spaces"), or an absolute URL taken
    // from a links.next.href (it must be on the tenant's host; other hosts are refused).
    QString path;
    QUrlQuery query;
    QByteArray body;                        // sent when non-empty (or for POST/PUT/PATCH)
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    Tier tier = Tier::Tier1;
    // Safe to resend after a 5xx, a timeout or a dropped connection. Defaults from the
    // method (GET/HEAD/PUT/DELETE yes, POST/PATCH no) unless set explicitly.
    std::optional<bool> idempotent;
    ErrorFlavor errorFlavor = ErrorFlavor::ErrorV2;
    int timeoutMs = 0;                      // 0: the transport's default
    // A 429 is waited out and resent. Off where 429 is an answer, not a rate limit (the
    // engine's /health says "alive but busy" with it).
    bool retryOn429 = true;
    QIODevice *uploadDevice = nullptr;      // streamed instead of `body` (app import)
    QIODevice *downloadSink = nullptr;      // body written here instead of kept (app export)

    bool isIdempotent() const;
};

struct RawResponse
{
    int status = 0;
    QByteArray body;                        // empty when downloadSink was used
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;                               // final URL (after redirects)
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// One call in flight. Owned by the Transport; deletes itself after finishing. Hold a
// QPointer to it to cancel or to follow its progress.
class PendingCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Cancels the call; its callback receives ApiError::Kind::Canceled (if its context
    // still lives). Safe to call at any time, also after it finished.
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    // Bytes sent (upload) or received (download); total is -1 when unknown.
    void uploadProgress(qint64 done, qint64 total);
    void downloadProgress(qint64 done, qint64 total);
    // Waiting for the rate-limit budget or a Retry-After: the UI can say so.
    void waiting(int milliseconds);
    void finished();
};

// One line of the exchange log. URL and headers are already redacted.
struct Exchange
{
    QByteArray method;
    QString url;
    int status = 0;          // 0 when no response
    qint64 elapsedMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int attempt = 1;         // >1 for retries
    QString error;           // empty on success
};

class Transport : public QObject
{
    Q_OBJECT
public:
    using RawCallback = std::function<void(const ApiResult<RawResponse> &)>;

    struct Options
    {
        int defaultTimeoutMs = 30000;
        int maxRetries = 3;               // for idempotent calls on 5xx/timeout/drop
        int backoffBaseMs = 500;          // doubled per attempt, with jitter
        int max429Retries = 5;            // waits for Retry-After before giving up
        int maxRetryAfterSeconds = 120;   // a longer Retry-After fails the call instead
        double rateBudgetFraction = 0.9;  // share of each tier's limit the app allows itself
    };

    explicit Transport(QUrl baseUrl, QObject *parent = nullptr);
    Transport(QUrl baseUrl, Options options, QObject *parent = nullptr);
    // Aborts the calls still in flight without running their callbacks: their owners
    // are being torn down with the transport.
    ~Transport() override;

    QUrl baseUrl() const;
    const Options &options() const;
    void setAuthenticator(std::shared_ptr<Authenticator> auth);
    std::shared_ptr<Authenticator> authenticator() const;
    // Certificates the user chose to trust for this profile despite failed verification:
    // SHA-256 digests (raw 32 bytes) of the leaf certificate. A TLS error is ignored only
    // when the server's leaf certificate matches one of them; verification stays on.
    void setPinnedCertificates(QList<QByteArray> sha256Digests);
    QList<QByteArray> pinnedCertificates() const;
    RateLimiter &rateLimiter();
    QNetworkAccessManager *networkAccessManager() const;

    // Sends the request. `done` runs on the thread of `context`, once, unless `context`
    // was destroyed first. The returned call is valid until `finished`.
    PendingCall *send(RequestSpec spec, QObject *context, RawCallback done);

    // Cancels every call in flight (profile switch, shutdown).
    void cancelAll();
    // Calls started and not yet finished.
    int callsInFlight() const;

    // Redaction used by the exchange log and by ApiError::url.
    static QString redactUrl(const QUrl &url);

Q_SIGNALS:
    void exchanged(const odag::api::Exchange &exchange);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace odag::api

Q_DECLARE_METATYPE(odag::api::Exchange)
