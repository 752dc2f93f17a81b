// OAuthFlow: one browser sign-in with PKCE (RFC 7636) and a loopback redirect (RFC 8252).

#include "OAuth.h"
#include "OAuthHttp.h"
#include "OAuthLoopback.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace odag::api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::OAuth)
};

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / int(sizeof(quint32)));
    return bytes;
}

} // namespace

class OAuthFlow::Private
{
public:
    OAuthClient client;
    QNetworkAccessManager *nam = nullptr;
    OAuthLoopback *loopback = nullptr;
    QByteArray verifier;
    QByteArray state;
    QUrl redirectUri;
    QUrl authorizationUrl;
    QPointer<QNetworkReply> tokenCall;
    QPointer<QTcpSocket> browser;
    bool running = false;
};

OAuthFlow::OAuthFlow(OAuthClient client, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->client = std::move(client);
    d->nam = new QNetworkAccessManager(this);
    d->loopback = new OAuthLoopback(this);
    connect(d->loopback, &OAuthLoopback::callbackReceived, this,
            [this](const QUrlQuery &query, QTcpSocket *socket) {
        if (!d->running) {
            OAuthLoopback::answer(socket, false, Tr::tr("This sign-in has already ended. Return to ODAG Admin."));
            return;
        }
        // The state proves the answer belongs to this sign-in and not to a page that
        // sent the browser here with someone else's code.
        const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
        if (state != d->state) {
            OAuthLoopback::answer(socket, false, Tr::tr("This answer does not belong to the sign-in ODAG Admin started."));
            finishFailed(Tr::tr("The sign-in answer does not belong to this sign-in (state mismatch). "
                                "Start the sign-in again."));
            return;
        }
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        if (!error.isEmpty()) {
            const QString description =
                query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            const QString message =
                error == QLatin1StringView("access_denied")
                    ? Tr::tr("The sign-in was denied in the browser.")
                    : Tr::tr("The tenant refused the sign-in: %1")
                          .arg(description.isEmpty() ? error : description);
            OAuthLoopback::answer(socket, false, message);
            finishFailed(message);
            return;
        }
        const QByteArray code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
        if (code.isEmpty()) {
            const QString message = Tr::tr("The tenant's answer carries no authorization code.");
            OAuthLoopback::answer(socket, false, message);
            finishFailed(message);
            return;
        }
        // One answer is all we take: stop listening, keep the browser waiting for the result.
        d->loopback->close();
        d->browser = socket;
        d->tokenCall = oauthhttp::requestTokens(
            d->nam, d->client,
            {{"grant_type", "authorization_code"},
             {"code", code},
             {"redirect_uri", d->redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
             {"client_id", d->client.clientId.toUtf8()},
             {"code_verifier", d->verifier}},
            {}, this, [this](const OAuthTokens &tokens, const QString &why) {
                if (!d->running)
                    return;
                if (!why.isEmpty()) {
                    OAuthLoopback::answer(d->browser, false,
                                          Tr::tr("ODAG Admin could not sign you in: %1").arg(why));
                    finishFailed(why);
                    return;
                }
                OAuthLoopback::answer(d->browser, true,
                                      Tr::tr("You are signed in to ODAG Admin. You can close this tab."));
                d->running = false;
                Q_EMIT succeeded(tokens);
            });
    });
}

OAuthFlow::~OAuthFlow()
{
    d->running = false;
    if (d->tokenCall)
        d->tokenCall->abort();
}

void OAuthFlow::finishFailed(const QString &message)
{
    d->running = false;
    d->loopback->close();
    if (d->tokenCall)
        d->tokenCall->abort();
    Q_EMIT failed(message);
}

void OAuthFlow::start()
{
    if (d->running)
        cancel();
    d->loopback->close();
    d->browser.clear();
    if (!d->loopback->listen(d->client.redirectPort)) {
        Q_EMIT failed(Tr::tr("ODAG Admin cannot wait for the browser on port %1: %2")
                          .arg(d->client.redirectPort)
                          .arg(d->loopback->errorString()));
        return;
    }
    d->running = true;
    d->verifier = base64Url(randomBytes(32)); // 43 characters, RFC 7636 4.1
    d->state = base64Url(randomBytes(16));
    const QByteArray challenge = base64Url(QCryptographicHash::hash(d->verifier, QCryptographicHash::Sha256));
    d->redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                              .arg(d->loopback->port())
                              .arg(OAuthLoopback::callbackPath()));

    QUrl url = oauthhttp::endpoint(d->client, QStringLiteral("authorize"));
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), d->client.clientId);
    add(QStringLiteral("redirect_uri"), d->redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), d->client.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("state"), QString::fromLatin1(d->state));
    url.setQuery(query);
    d->authorizationUrl = url;
    Q_EMIT authorizationUrl(url);
}

void OAuthFlow::cancel()
{
    if (!d->running)
        return;
    OAuthLoopback::answer(d->browser, false, Tr::tr("The sign-in was cancelled in ODAG Admin."));
    finishFailed(Tr::tr("The sign-in was cancelled."));
}

bool OAuthFlow::isRunning() const
{
    return d->running;
}

QUrl OAuthFlow::redirectUri() const
{
    return d->redirectUri;
}

QUrl OAuthFlow::lastAuthorizationUrl() const
{
    return d->authorizationUrl;
}

} // namespace odag::api
