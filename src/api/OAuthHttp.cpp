#include "OAuthHttp.h"

#include "CertificatePin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#ifndef QT_NO_SSL
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace odag::api::oauthhttp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::OAuth)
};

constexpr int timeoutMs = 30000;

} // namespace

QUrl endpoint(const OAuthClient &client, const QString &name)
{
    QUrl url = client.tenantUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/oauth/") + name);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QNetworkReply *postForm(QNetworkAccessManager *nam, const OAuthClient &client, const QUrl &url,
                        const Form &form, QObject *context,
                        std::function<void(int status, const QByteArray &body, const QString &error)> done)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(QString::fromUtf8(key)) + '=' +
                QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam->post(request, body);
#ifndef QT_NO_SSL
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [client, reply](const QList<QSslError> &errors) {
        // The same rule as the Transport's (CertificatePin.h).
        if (pinExcuses(client.pinnedCertificates, reply->sslConfiguration(), errors))
            reply->ignoreSslErrors(errors);
    });
#endif
    QObject::connect(reply, &QNetworkReply::finished, context ? context : reply,
                     [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 0) {
            if (reply->error() == QNetworkReply::OperationCanceledError)
                done(0, {}, Tr::tr("The request was cancelled."));
            else
                done(0, {}, Tr::tr("The tenant could not be reached: %1").arg(reply->errorString()));
            return;
        }
        done(status, answer, {});
    });
    return reply;
}

QNetworkReply *requestTokens(QNetworkAccessManager *nam, const OAuthClient &client, const Form &form,
                             const QByteArray &keepRefresh, QObject *context,
                             std::function<void(const OAuthTokens &tokens, const QString &error)> done)
{
    return postForm(nam, client, endpoint(client, QStringLiteral("token")), form, context,
                    [keepRefresh, done = std::move(done)](int status, const QByteArray &body,
                                                          const QString &error) {
        if (!error.isEmpty()) {
            done({}, error);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (status < 200 || status >= 300) {
            // RFC 6749 5.2: {error, error_description}; the description is for people.
            QString why = o.value(QStringLiteral("error_description")).toString();
            if (why.isEmpty())
                why = o.value(QStringLiteral("error")).toString();
            if (why.isEmpty())
                why = Tr::tr("HTTP status %1").arg(status);
            done({}, Tr::tr("The tenant refused the sign-in: %1").arg(why));
            return;
        }
        OAuthTokens tokens;
        tokens.accessToken = o.value(QStringLiteral("access_token")).toString().toUtf8();
        tokens.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = keepRefresh;
        tokens.scope = o.value(QStringLiteral("scope")).toString();
        const QJsonValue expiresIn = o.value(QStringLiteral("expires_in"));
        const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong()
                                                    : qint64(expiresIn.toDouble());
        if (seconds > 0)
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
        const QString type = o.value(QStringLiteral("token_type")).toString();
        if (!tokens.isValid() || (!type.isEmpty() && type.compare(QLatin1StringView("bearer"), Qt::CaseInsensitive) != 0)) {
            done({}, Tr::tr("The tenant's answer to the sign-in holds no usable access token."));
            return;
        }
        done(tokens, {});
    });
}

} // namespace odag::api::oauthhttp
