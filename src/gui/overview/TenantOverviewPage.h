#pragma once

#include "gui/Workspace.h"

#include <QDateTime>

class QFormLayout;
class QLabel;
class QPushButton;

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// The Tenant page: which tenant this is, whether ODAG is switched on there, and how its
// engine is doing. The first page a user sees after connecting.
class TenantOverviewPage : public Workspace
{
    Q_OBJECT
public:
    explicit TenantOverviewPage(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("tenant"); }
    QString title() const override { return tr("Tenant"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/tenant.svg")); }
    void refresh() override;

private:
    void finishOne();
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    TenantSession *m_session;
    ErrorBanner *m_banner;
    QPushButton *m_refresh;
    QLabel *m_updated;
    QLabel *m_odagEnabled;
    QLabel *m_dynamicViews;
    QLabel *m_canUpdate;
    QLabel *m_engineStatus;
    QLabel *m_engineVersion;
    QLabel *m_engineStarted;
    QLabel *m_memory;
    QLabel *m_cpu;
    QLabel *m_sessions;
    QLabel *m_apps;
    QLabel *m_users;
    QLabel *m_saturated;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace odag::gui
