#include "Redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace odag::api::redaction {

namespace {

QString maskSecrets(QString text, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        // Very short values would mask ordinary words; no real credential is that short.
        if (secret.size() < 4)
            continue;
        text.replace(QString::fromUtf8(secret), mask);
        const QString encoded =
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret)));
        text.replace(encoded, mask);
    }
    return text;
}

} // namespace

bool isSensitiveName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"code" || lower == u"sig" || lower == u"signature" || lower == u"auth" ||
        lower == u"authorization" || lower == u"session" || lower == u"sessionid")
        return true;
    for (const char *part : {"key", "token", "secret", "password", "passwd", "credential"}) {
        if (lower.contains(QLatin1StringView(part)))
            return true;
    }
    return false;
}

QString url(const QUrl &url, const QList<QByteArray> &secrets)
{
    QUrl copy = url;
    if (!copy.password().isEmpty())
        copy.setPassword(mask);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSensitiveName(QUrl::fromPercentEncoding(item.first.toLatin1())))
                item.second = mask;
        }
        QUrlQuery masked;
        masked.setQueryItems(items);
        copy.setQuery(masked.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return maskSecrets(copy.toString(QUrl::FullyEncoded), secrets);
}

QString text(const QString &text, const QList<QByteArray> &secrets)
{
    static const QRegularExpression pairs(
        QStringLiteral("([?&;\\s]([A-Za-z0-9_.-]*)=)([^&\\s#\"']+)"));
    QString out = maskSecrets(text, secrets);
    QString result;
    qsizetype last = 0;
    auto it = pairs.globalMatch(out);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!isSensitiveName(match.capturedView(2)))
            continue;
        result += QStringView(out).mid(last, match.capturedStart(3) - last);
        result += mask;
        last = match.capturedEnd(3);
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace odag::api::redaction
