#pragma once

// Internals of the Transport shared by Transport.cpp (setup, URL building) and
// TransportCall.cpp (one call's attempts, waits, retries and error mapping).

#include "Transport.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>

#ifndef QT_NO_SSL
#include <QSslError>
#endif

namespace odag::api {

class Transport::Private
{
public:
    class Call;

    Private(Transport *q, QUrl base, Options options);

    // The URL of `spec`, or an explanation of why it cannot be sent.
    bool resolve(const RequestSpec &spec, QUrl &url, QString &problem) const;
    // Secrets to mask in anything logged about a request.
    QList<QByteArray> secrets() const;

    Transport *q;
    QUrl base;
    Options options;
    QNetworkAccessManager *nam = nullptr;
    RateLimiter limiter;
    std::shared_ptr<Authenticator> auth;
    QList<QByteArray> pins; // SHA-256 of leaf certificates trusted despite TLS errors
    QList<Call *> calls;
};

class Transport::Private::Call : public PendingCall
{
public:
    Call(Private *d, RequestSpec spec, QObject *context, RawCallback done);
    ~Call() override;

    void start(const QUrl &url);
    void failBeforeStart(const ApiError &error);
    void cancel() override;
    bool isFinished() const override { return m_finished; }
    // Transport teardown: stop without running the callback.
    void abandon();

private:
    enum class Retry
    {
        No,
        Idempotent,
        Always
    };

    void scheduleAttempt();
    void startAttempt();
    QNetworkReply *dispatch(const QNetworkRequest &request);
    bool rewind();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void handleHttpError(const RawResponse &raw);
    void handleNetworkError(QNetworkReply::NetworkError code, const QString &errorString);
    bool retryLater(Retry policy, int delayMs, bool announce, const QString &why);
    int backoffMs() const;
    ApiError makeError(ApiError::Kind kind) const;
    void reportExchange(int status, const QString &error);
    void releaseReply();
    void finish(const ApiResult<RawResponse> &result);

    Private *d;
    RequestSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    RawCallback m_done;
    QUrl m_url;
    QUrl m_sentUrl;
    QList<QByteArray> m_secrets;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_wait;
    QElapsedTimer m_attemptClock;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_refreshed = false;
    int m_attempt = 0;
    int m_retries = 0;
    int m_rateLimitWaits = 0;

    // Per attempt.
    QByteArray m_body;
    qint64 m_received = 0;
    qint64 m_sent = 0;
    qint64 m_sinkWritten = 0;
    QString m_sinkError;
    QStringList m_tlsErrors;
    QList<QByteArray> m_peerChain; // DER, leaf first, of a certificate that failed

    qint64 m_uploadStart = 0;
    qint64 m_sinkStart = 0;
};

} // namespace odag::api
