// OAuthAuth: bearer tokens that renew themselves before they expire and after a 401.

#include "OAuth.h"
#include "Logging.h"
#include "OAuthHttp.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <vector>

namespace odag::api {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::api::OAuth)
};

// Renew this long before the access token expires, so calls never race its end; a
// fifth of the lifetime for short-lived tokens, at most a minute.
qint64 refreshMarginMs(qint64 lifetimeMs)
{
    return std::min<qint64>(60000, lifetimeMs / 5);
}

oauthhttp::Form refreshForm(const OAuthClient &client, const QByteArray &refreshToken)
{
    return {{"grant_type", "refresh_token"},
            {"refresh_token", refreshToken},
            {"client_id", client.clientId.toUtf8()}};
}

} // namespace

class OAuthAuth::Private
{
public:
    OAuthClient client;
    OAuthTokens tokens;
    std::function<void(const OAuthTokens &)> onChanged;
    // Lives on the thread that made the authenticator (the GUI thread): the timer,
    // the network manager and the replies' callbacks all belong to it.
    QObject context;
    QTimer timer;
    QNetworkAccessManager *nam = nullptr;
    // Callers waiting for the renewal in flight: a burst of 401s renews once, since the
    // refresh token rotates and a second use of the old one would fail.
    std::vector<std::function<void(bool, QString)>> waiting;
    bool refreshing = false;

    void schedule()
    {
        timer.stop();
        if (tokens.refreshToken.isEmpty() || !tokens.expiresAt.isValid())
            return;
        const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(tokens.expiresAt);
        const qint64 due = std::max<qint64>(0, lifetime - refreshMarginMs(lifetime));
        timer.start(int(std::min<qint64>(due, std::numeric_limits<int>::max())));
    }
};

OAuthAuth::OAuthAuth(OAuthClient client, OAuthTokens tokens)
    : d(std::make_unique<Private>())
{
    d->client = std::move(client);
    d->tokens = std::move(tokens);
    d->nam = new QNetworkAccessManager(&d->context);
    d->timer.setSingleShot(true);
    QObject::connect(&d->timer, &QTimer::timeout, &d->context, [this] {
        refresh([](bool ok, const QString &why) {
            if (!ok)
                qCWarning(lcApi).noquote() << "renewing the OAuth sign-in before it expires failed:" << why;
        });
    });
    d->schedule();
}

OAuthAuth::~OAuthAuth() = default;

void OAuthAuth::apply(QNetworkRequest &request)
{
    if (d->tokens.isValid())
        request.setRawHeader("Authorization", "Bearer " + d->tokens.accessToken);
}

QList<QByteArray> OAuthAuth::secrets() const
{
    QList<QByteArray> out;
    if (!d->tokens.accessToken.isEmpty())
        out << d->tokens.accessToken;
    if (!d->tokens.refreshToken.isEmpty())
        out << d->tokens.refreshToken;
    return out;
}

bool OAuthAuth::canRefresh() const
{
    return !d->tokens.refreshToken.isEmpty();
}

void OAuthAuth::refresh(std::function<void(bool ok, QString error)> done)
{
    if (d->tokens.refreshToken.isEmpty()) {
        done(false, Tr::tr("The sign-in has no refresh token; sign in again."));
        return;
    }
    d->waiting.push_back(std::move(done));
    if (d->refreshing)
        return;
    d->refreshing = true;
    d->timer.stop();
    qCInfo(lcApi) << "renewing the OAuth access token";
    oauthhttp::requestTokens(
        d->nam, d->client, refreshForm(d->client, d->tokens.refreshToken), d->tokens.refreshToken,
        &d->context, [this](const OAuthTokens &tokens, const QString &why) {
            d->refreshing = false;
            std::vector<std::function<void(bool, QString)>> waiting;
            waiting.swap(d->waiting);
            if (!why.isEmpty()) {
                for (auto &waiter : waiting)
                    waiter(false, Tr::tr("The sign-in could not be renewed: %1").arg(why));
                return;
            }
            d->tokens = tokens;
            d->schedule();
            if (d->onChanged)
                d->onChanged(d->tokens);
            for (auto &waiter : waiting)
                waiter(true, {});
        });
}

OAuthTokens OAuthAuth::tokens() const
{
    return d->tokens;
}

void OAuthAuth::setTokensChangedHandler(std::function<void(const OAuthTokens &)> handler)
{
    d->onChanged = std::move(handler);
}

void OAuthAuth::signOut(std::function<void(QString error)> done)
{
    d->timer.stop();
    // The refresh token ends the whole sign-in; with none, the access token is all there is.
    const QByteArray token = d->tokens.refreshToken.isEmpty() ? d->tokens.accessToken : d->tokens.refreshToken;
    const QByteArray hint = d->tokens.refreshToken.isEmpty() ? "access_token" : "refresh_token";
    // Forgotten at once: whatever the tenant answers, this app no longer signs with them.
    d->tokens = OAuthTokens{};
    if (token.isEmpty()) {
        done({});
        return;
    }
    oauthhttp::postForm(d->nam, d->client, oauthhttp::endpoint(d->client, QStringLiteral("revoke")),
                        {{"token", token}, {"token_type_hint", hint}, {"client_id", d->client.clientId.toUtf8()}},
                        &d->context, [done = std::move(done)](int status, const QByteArray &, const QString &error) {
        if (!error.isEmpty())
            done(Tr::tr("The tenant could not be told to end the sign-in: %1").arg(error));
        else if (status < 200 || status >= 300)
            done(Tr::tr("The tenant did not end the sign-in (HTTP status %1).").arg(status));
        else
            done({});
    });
}

void OAuthAuth::renew(const OAuthClient &client, const QByteArray &refreshToken, QObject *context,
                      std::function<void(const OAuthTokens &tokens, const QString &error)> done)
{
    if (refreshToken.isEmpty()) {
        done({}, Tr::tr("The sign-in has no refresh token; sign in again."));
        return;
    }
    auto *nam = new QNetworkAccessManager(context);
    oauthhttp::requestTokens(nam, client, refreshForm(client, refreshToken), refreshToken,
                             context ? context : nam,
                             [nam, done = std::move(done)](const OAuthTokens &tokens, const QString &why) {
        nam->deleteLater();
        done(tokens, why.isEmpty() ? QString() : Tr::tr("The sign-in could not be renewed: %1").arg(why));
    });
}

} // namespace odag::api
