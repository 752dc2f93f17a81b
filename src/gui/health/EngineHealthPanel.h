#pragma once

#include "HealthSection.h"
#include "core/Engine.h"

class QFormLayout;
class QLabel;
class QProgressBar;

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// How the tenant's engine is doing: liveness (GET /engine/health) and the healthcheck
// figures (GET /engine/healthcheck), formatted, with gauges for memory and CPU.
class EngineHealthPanel : public HealthSection
{
    Q_OBJECT
public:
    explicit EngineHealthPanel(TenantSession *session, QWidget *parent = nullptr);

    bool refresh() override;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    QProgressBar *addGauge(QFormLayout *form, const QString &label, const QString &objectName);
    void showHealth(EngineHealth health);
    void showHealthcheck(const HealthcheckStatus &h);
    void showUnknown();
    void finishOne(bool ok);

    TenantSession *m_session;
    ErrorBanner *m_banner;
    QLabel *m_status;
    QLabel *m_version;
    QLabel *m_started;
    QProgressBar *m_memoryBar;
    QLabel *m_memory;
    QProgressBar *m_cpuBar;
    QLabel *m_sessions;
    QLabel *m_apps;
    QLabel *m_users;
    QLabel *m_saturated;
    QLabel *m_calls;
    QLabel *m_selections;
    QLabel *m_cacheHits;
    QLabel *m_cacheEntries;
    QLabel *m_cacheBytes;
    int m_pending = 0;
    bool m_ok = true;
    bool m_checkFailed = false;
};

} // namespace odag::gui
