#pragma once

// OAuth2 tests against the sandbox: a blocking HTTP helper that never follows redirects
// (so a test sees the 302 and its Location), and FakeBrowser, which plays the person at
// the browser: it reads the sandbox's sign-in page, submits its form with Allow or Deny,
// and follows the redirect to the app's loopback listener like a browser would.

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace oauthkit {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

inline Reply http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/x-www-form-urlencoded",
                  const QByteArray &bearer = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.location = reply->rawHeader("Location");
    r.error = reply->error();
    delete reply;
    return r;
}

// The authorization request's parameters plus the page's form fields, form-encoded.
inline QByteArray decisionForm(const QUrl &authorizeUrl, const QString &decision, const QString &userId)
{
    QByteArray form = authorizeUrl.query(QUrl::FullyEncoded).toUtf8();
    form += "&decision=" + decision.toUtf8();
    if (!userId.isEmpty())
        form += "&user=" + QUrl::toPercentEncoding(userId);
    return form;
}

inline QUrl withoutQuery(QUrl url)
{
    url.setQuery(QString());
    return url;
}

// Asynchronous, so it can run inside a dialog's browser opener without a nested loop.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    QString decision = QStringLiteral("allow");
    QString userId; // empty: the page's default (the admin)
    int pageStatus = 0;
    QByteArray page;
    int finalStatus = 0;
    QByteArray finalPage;
    QUrl redirectedTo;

    void open(const QUrl &authorizeUrl)
    {
        QNetworkReply *get = m_nam.get(QNetworkRequest(authorizeUrl));
        connect(get, &QNetworkReply::finished, this, [this, get, authorizeUrl] {
            get->deleteLater();
            pageStatus = get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            page = get->readAll();
            QNetworkRequest post(withoutQuery(authorizeUrl));
            post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *submit = m_nam.post(post, decisionForm(authorizeUrl, decision, userId));
            connect(submit, &QNetworkReply::finished, this, [this, submit] {
                submit->deleteLater();
                redirectedTo = QUrl::fromEncoded(submit->rawHeader("Location"));
                if (!redirectedTo.isValid() || redirectedTo.isEmpty()) {
                    finalStatus = submit->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    finalPage = submit->readAll();
                    Q_EMIT finished();
                    return;
                }
                QNetworkReply *back = m_nam.get(QNetworkRequest(redirectedTo));
                connect(back, &QNetworkReply::finished, this, [this, back] {
                    back->deleteLater();
                    finalStatus = back->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    finalPage = back->readAll();
                    Q_EMIT finished();
                });
            });
        });
    }

Q_SIGNALS:
    void finished();

private:
    QNetworkAccessManager m_nam;
};

} // namespace oauthkit
