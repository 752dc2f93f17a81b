#pragma once

// The HTML pages of the sandbox's /oauth/authorize: the sign-in page where a person picks
// a demo user and allows or denies the app, and the error page shown when the request
// cannot be sent back to the app (unknown client, a redirect URI that is not loopback).

#include "SandboxUsers.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace odag::sandbox::oauthpages {

// `hidden` are the authorization request's parameters, carried through the form.
QByteArray signInPage(const QList<SandboxUser> &users, const QString &defaultUserId,
                      const QList<QPair<QString, QString>> &hidden);
QByteArray errorPage(const QString &message);

} // namespace odag::sandbox::oauthpages
