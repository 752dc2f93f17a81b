#pragma once

// Redaction: takes secrets out of URLs and log text before they are logged or shown, so
// an exchange log or an error report can be shared with support as it is.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace odag::api::redaction {

inline constexpr QLatin1StringView mask{"***"};

// A query parameter whose value is a credential by its name (xrfkey, api_key, token,
// client_secret, password, code...).
bool isSensitiveName(QStringView name);

// The URL as a string with sensitive query values and any password masked, and every
// value in `secrets` masked wherever it appears.
QString url(const QUrl &url, const QList<QByteArray> &secrets = {});

// Free text (an error string that quotes the URL): every value in `secrets` masked, and
// `name=value` pairs of sensitive names masked.
QString text(const QString &text, const QList<QByteArray> &secrets = {});

} // namespace odag::api::redaction
