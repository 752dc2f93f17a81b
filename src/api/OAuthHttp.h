#pragma once

// The token and revocation calls of OAuth2, shared by OAuthFlow and OAuthAuth. They go
// through their own QNetworkAccessManager, not the Transport: they run before there is a
// session (sign-in) or for the Transport's authenticator itself (renewal), and their
// bodies are secrets the exchange log must never see.

#include "OAuth.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace odag::api::oauthhttp {

using Form = QList<QPair<QByteArray, QByteArray>>;

// <tenant>/oauth/<name>, keeping a path prefix of the tenant URL.
QUrl endpoint(const OAuthClient &client, const QString &name);

// Posts a form-urlencoded body. `done` gets the HTTP status (0 when none), the body and
// a translated network error (empty when an answer arrived); it runs once, unless
// `context` is destroyed first. Returns the reply so it can be aborted.
QNetworkReply *postForm(QNetworkAccessManager *nam, const OAuthClient &client, const QUrl &url,
                        const Form &form, QObject *context,
                        std::function<void(int status, const QByteArray &body, const QString &error)> done);

// Posts a token request and reads the answer (RFC 6749 5.1/5.2). `keepRefresh` is used
// when the answer brings no new refresh token. `done` gets tokens or a translated error.
QNetworkReply *requestTokens(QNetworkAccessManager *nam, const OAuthClient &client, const Form &form,
                             const QByteArray &keepRefresh, QObject *context,
                             std::function<void(const OAuthTokens &tokens, const QString &error)> done);

} // namespace odag::api::oauthhttp
