#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace odag::gui {

class TenantSession;

// What "Test connection" found out about a tenant.
struct ConnectionReport
{
    QString tenant;        // host (and path prefix) reached
    QString userName;      // Cloud: the user's name; QSE: DIRECTORY\user of the header
    QString userEmail;
    QStringList roles;     // Cloud: the user's roles
    QString serviceVersion; // QSE: the ODAG service's version
    std::optional<bool> odagEnabled;       // unknown when the user may not read it
    std::optional<bool> canChangeSettings; // Cloud: odag-settings/canupdate
    std::optional<bool> canCreateLinks;    // Cloud: odag-links/cancreate
    std::optional<bool> dynamicViewsEnabled;
};

// Runs the calls of "Test connection" on an open session and reports who the user is,
// which tenant answered, whether ODAG is enabled and what the user may do. Qlik Cloud:
// users/me, odag-links/cancreate, odag-settings/canupdate and (when allowed)
// odag-settings. Qlik Sense Enterprise: the ODAG service's about and links. The first
// call that fails for a reason other than a missing right ends the probe with an error.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(TenantSession *session, QObject *parent = nullptr);

    void start();
    void cancel();

    // The report as short lines of text, for the result panel.
    static QStringList describe(const ConnectionReport &report);

Q_SIGNALS:
    void succeeded(const odag::gui::ConnectionReport &report);
    void failed(const odag::api::ApiError &error);

private:
    void startCloud();
    void startQse();
    // True when the error ends the probe (failed() was emitted).
    bool fatal(const api::ApiError &error);
    void step();

    QPointer<TenantSession> m_session;
    ConnectionReport m_report;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace odag::gui
