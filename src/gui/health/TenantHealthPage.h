#pragma once

#include "gui/Workspace.h"

#include <QList>
#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace odag::gui {

class HealthSection;
class OdagAppsPanel;
class TenantSession;

// The Tenant workspace: which tenant this is, its ODAG settings and ODAG apps, and how its
// engine is doing (health, healthcheck figures, sessions). Each section loads and fails
// on its own; the page refreshes them together, by hand (F5) or every 30 s when asked.
// On Qlik Sense Enterprise it shows the ODAG service's version instead of the Qlik Cloud
// sections.
class TenantHealthPage : public Workspace
{
    Q_OBJECT
public:
    explicit TenantHealthPage(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("health"); }
    QString title() const override { return tr("Tenant"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/health.svg")); }
    void refresh() override;
    bool showSubView(const QString &name) override;

    // The --view names of the tabs.
    static QString appsSubView() { return QStringLiteral("health-apps"); }
    static QString sessionsSubView() { return QStringLiteral("health-sessions"); }

    void setAutoRefreshInterval(int msec);

private:
    QWidget *createCloudSections();
    QWidget *createQseSections();
    QWidget *createAppsSummary(OdagAppsPanel *apps, QWidget *parent);
    void addSection(HealthSection *section);
    void sectionFinished(HealthSection *section, bool ok);

    TenantSession *m_session;
    QPushButton *m_refresh;
    QCheckBox *m_autoRefresh;
    QLabel *m_updated;
    QTimer *m_timer;
    QTabWidget *m_tabs = nullptr;
    QList<HealthSection *> m_sections;
    QSet<HealthSection *> m_waiting; // the sections this refresh waits for
    bool m_failed = false;
};

} // namespace odag::gui
