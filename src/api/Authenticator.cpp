#include "Authenticator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#ifndef QT_NO_SSL
#include <QSslConfiguration>
#endif

namespace odag::api {

namespace {
const QString xrfkeyName = QStringLiteral("xrfkey");
}

Authenticator::~Authenticator() = default;

void Authenticator::refresh(std::function<void(bool ok, QString error)> done)
{
    done(false, QCoreApplication::translate("odag::api::Authenticator",
                                            "This sign-in method cannot be renewed."));
}

void NoAuth::apply(QNetworkRequest &) {}

ApiKeyAuth::ApiKeyAuth(QByteArray key)
    : m_key(std::move(key))
{}

void ApiKeyAuth::apply(QNetworkRequest &request)
{
    request.setRawHeader("Authorization", "Bearer " + m_key);
}

QList<QByteArray> ApiKeyAuth::secrets() const
{
    return m_key.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{m_key};
}

QseAuth::QseAuth() = default;

QseAuth::QseAuth(Settings settings)
    : m_settings(std::move(settings))
{}

QString QseAuth::makeXrfKey()
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString key;
    key.reserve(16);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < 16; ++i)
        key.append(QLatin1Char(alphabet[generator->bounded(alphabetSize)]));
    return key;
}

QByteArray QseAuth::userHeaderValue(const QString &userDirectory, const QString &userId)
{
    return "UserDirectory=" + userDirectory.toUtf8() + "; UserId=" + userId.toUtf8();
}

void QseAuth::apply(QNetworkRequest &request)
{
    // QSE rejects a request whose header and query keys differ, and a key must not be
    // reused: every attempt, retries included, gets its own.
    const QString key = makeXrfKey();
    QUrl url = request.url();
    QUrlQuery query(url);
    query.removeAllQueryItems(xrfkeyName);
    query.addQueryItem(xrfkeyName, key);
    url.setQuery(query);
    request.setUrl(url);
    request.setRawHeader("X-Qlik-Xrfkey", key.toLatin1());

    if (!m_settings.userId.isEmpty() && !m_settings.headerName.isEmpty())
        request.setRawHeader(m_settings.headerName,
                             userHeaderValue(m_settings.userDirectory, m_settings.userId));

#ifndef QT_NO_SSL
    if (!m_settings.clientCertificate.isNull() && !m_settings.privateKey.isNull()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setLocalCertificate(m_settings.clientCertificate);
        tls.setPrivateKey(m_settings.privateKey);
        if (!m_settings.caCertificates.isEmpty())
            tls.addCaCertificates(m_settings.caCertificates);
        request.setSslConfiguration(tls);
    } else if (!m_settings.caCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(m_settings.caCertificates);
        request.setSslConfiguration(tls);
    }
#endif
}

QList<QByteArray> QseAuth::secrets() const
{
    // The xrfkey is redacted by name; the user header names an account, not a secret.
    return {};
}

} // namespace odag::api
