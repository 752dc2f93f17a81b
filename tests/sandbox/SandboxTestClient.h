#pragma once

// A blocking HTTP client for the sandbox tests: one call at a time over a real
// QNetworkAccessManager, with the answer's status, headers, body, network error and
// duration. Deliberately not the project's api client: these tests check the server.

#include "sandbox/SandboxDemoUsers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <functional>

struct TestReply
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    // errors[0] of an ErrorV2 or ErrorResponse body.
    QJsonObject firstError() const
    {
        return object().value(QStringLiteral("errors")).toArray().at(0).toObject();
    }
};

class TestClient
{
public:
    explicit TestClient(QUrl base)
        : m_base(std::move(base))
    {}

    void setBase(const QUrl &base) { m_base = base; }
    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QNetworkAccessManager &manager() { return m_nam; }

    QNetworkRequest request(const QString &pathAndQuery,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QUrl url = m_base.resolved(QUrl(pathAndQuery));
        QNetworkRequest req(url);
        if (!m_apiKey.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_apiKey);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return req;
    }

    TestReply call(const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
    {
        QNetworkRequest req = request(pathAndQuery, headers);
        if (!body.isEmpty() && req.header(QNetworkRequest::ContentTypeHeader).isNull())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        return wait(reply, timer, timeoutMs);
    }

    TestReply get(const QString &path) { return call("GET", path); }
    TestReply put(const QString &path, const QByteArray &body) { return call("PUT", path, body); }

    static TestReply wait(QNetworkReply *reply, const QElapsedTimer &timer, int timeoutMs)
    {
        TestReply r;
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, [&]() {
            r.timedOut = true;
            loop.quit();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        guard.start(timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        r.elapsedMs = timer.elapsed();
        if (r.timedOut)
            reply->abort();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

private:
    QUrl m_base;
    QByteArray m_apiKey;
    QNetworkAccessManager m_nam;
};

inline QByteArray adminKey()
{
    return QByteArray(odag::sandbox::demo::kAdminKey);
}
inline QByteArray analystKey()
{
    return QByteArray(odag::sandbox::demo::kAnalystKey);
}
