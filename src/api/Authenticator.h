#pragma once

// Authenticator: adds a tenant's credentials to every attempt of a request. The
// transport calls apply() for each attempt (a retry gets fresh values, QSE needs a new
// xrfkey each time), redacts secrets() from its log, and on a 401 asks an authenticator
// that canRefresh() to renew its token once before retrying.

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

namespace odag::api {

class Authenticator
{
public:
    virtual ~Authenticator();

    // Adds headers, query items or TLS material. May rewrite request.url().
    virtual void apply(QNetworkRequest &request) = 0;
    // Values that must never appear in a log line.
    virtual QList<QByteArray> secrets() const { return {}; }

    // OAuth2 seam: an authenticator holding a refresh token renews its access token here.
    virtual bool canRefresh() const { return false; }
    virtual void refresh(std::function<void(bool ok, QString error)> done);
};

// No credentials (a QSE virtual proxy that authenticates by other means, tests).
class NoAuth : public Authenticator
{
public:
    void apply(QNetworkRequest &request) override;
};

// Qlik Cloud API key: `Authorization: Bearer <key>`.
class ApiKeyAuth : public Authenticator
{
public:
    explicit ApiKeyAuth(QByteArray key);
    void apply(QNetworkRequest &request) override;
    QList<QByteArray> secrets() const override;

private:
    QByteArray m_key;
};

// Qlik Sense Enterprise: a fresh xrfkey per request (header and query carry the same
// value), optional header authentication through the virtual proxy, optional client
// certificate.
class QseAuth : public Authenticator
{
public:
    struct Settings
    {
        // Header authentication: sent when userId is not empty.
        QByteArray headerName = "X-Qlik-User";
        QString userDirectory;
        QString userId;
        // Client certificate authentication: used when both are set.
        QSslCertificate clientCertificate;
        QSslKey privateKey;
        QList<QSslCertificate> caCertificates; // extra roots (a self-signed QSE), optional
    };

    QseAuth();
    explicit QseAuth(Settings settings);
    void apply(QNetworkRequest &request) override;
    QList<QByteArray> secrets() const override;

    const Settings &settings() const { return m_settings; }

    // 16 characters of [0-9A-Za-z] from the system's secure generator.
    static QString makeXrfKey();
    // The header value of header authentication: `UserDirectory=<dir>; UserId=<id>`.
    static QByteArray userHeaderValue(const QString &userDirectory, const QString &userId);

private:
    Settings m_settings;
};

} // namespace odag::api
