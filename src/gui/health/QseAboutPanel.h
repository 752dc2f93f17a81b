#pragma once

#include "HealthSection.h"

class QLabel;

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// On Qlik Sense Enterprise: the ODAG service's version (GET /api/odag/v1/about), how many
// links and requests it holds (by request status), and why the Qlik Cloud parts of this
// page (ODAG settings and apps, engine health) are not here.
class QseAboutPanel : public HealthSection
{
    Q_OBJECT
public:
    explicit QseAboutPanel(TenantSession *session, QWidget *parent = nullptr);

    bool refresh() override;

private:
    void finishOne(bool ok);

    TenantSession *m_session;
    ErrorBanner *m_banner;
    QLabel *m_version;
    QLabel *m_stability;
    QLabel *m_links;
    QLabel *m_requests;
    int m_pending = 0;
    bool m_ok = true;
};

} // namespace odag::gui
