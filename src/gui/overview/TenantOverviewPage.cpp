#include "TenantOverviewPage.h"

#include "api/EngineApi.h"
#include "api/OdagTenantApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QString yesNo(const std::optional<bool> &v, const QString &yes, const QString &no)
{
    if (!v)
        return TenantOverviewPage::tr("not reported");
    return *v ? yes : no;
}

QString count(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : TenantOverviewPage::tr("not reported");
}

// The engine reports memory in megabytes.
QString megabytes(const std::optional<double> &v)
{
    return v ? QLocale().formattedDataSize(qint64(*v * 1024 * 1024)) : TenantOverviewPage::tr("not reported");
}
} // namespace

TenantOverviewPage::TenantOverviewPage(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_updated(new QLabel(this))
{
    setObjectName(QStringLiteral("tenantPage"));

    auto *heading = new QLabel(tr("<h2>%1</h2>").arg(session->profileName().toHtmlEscaped()), this);
    auto *url = new QLabel(session->baseUrl().toDisplayString().toHtmlEscaped(), this);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url->setObjectName(QStringLiteral("tenantUrl"));
    m_refresh->setObjectName(QStringLiteral("tenantRefresh"));
    m_refresh->setToolTip(tr("Reload the tenant's settings and health (F5)"));
    m_updated->setObjectName(QStringLiteral("tenantUpdated"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(heading);
    titles->addWidget(url);
    head->addLayout(titles, 1);
    head->addWidget(m_updated);
    head->addWidget(m_refresh);

    auto *odagBox = new QGroupBox(tr("On-demand app generation"), this);
    auto *odagForm = new QFormLayout(odagBox);
    m_odagEnabled = addRow(odagForm, tr("ODAG"), QStringLiteral("odagEnabled"));
    m_dynamicViews = addRow(odagForm, tr("Dynamic views"), QStringLiteral("dynamicViewEnabled"));
    m_canUpdate = addRow(odagForm, tr("You can change these settings"), QStringLiteral("canUpdateSettings"));

    auto *engineBox = new QGroupBox(tr("Engine health"), this);
    auto *engineForm = new QFormLayout(engineBox);
    m_engineStatus = addRow(engineForm, tr("Status"), QStringLiteral("engineStatus"));
    m_engineVersion = addRow(engineForm, tr("Version"), QStringLiteral("engineVersion"));
    m_engineStarted = addRow(engineForm, tr("Running since"), QStringLiteral("engineStarted"));
    m_memory = addRow(engineForm, tr("Memory (committed / allocated / free)"), QStringLiteral("engineMemory"));
    m_cpu = addRow(engineForm, tr("CPU"), QStringLiteral("engineCpu"));
    m_sessions = addRow(engineForm, tr("Sessions (active / total)"), QStringLiteral("engineSessions"));
    m_apps = addRow(engineForm, tr("Apps (active / loaded)"), QStringLiteral("engineApps"));
    m_users = addRow(engineForm, tr("Users (active / total)"), QStringLiteral("engineUsers"));
    m_saturated = addRow(engineForm, tr("Saturated"), QStringLiteral("engineSaturated"));

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(odagBox, 1, Qt::AlignTop);
    boxes->addWidget(engineBox, 1, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(head);
    layout->addWidget(m_banner);
    layout->addLayout(boxes);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &TenantOverviewPage::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &TenantOverviewPage::refresh);
    refresh();
}

QLabel *TenantOverviewPage::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(tr("loading…"), this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void TenantOverviewPage::refresh()
{
    if (m_pending > 0)
        return;
    m_pending = 4;
    m_failed = false;
    m_refresh->setEnabled(false);
    m_banner->clear();
    api::Transport &t = m_session->transport();

    api::OdagTenantApi(t).getSettings(this, [this](const api::ApiResult<OdagSettings> &r) {
        if (r.ok()) {
            m_odagEnabled->setText(yesNo(r->odagEnabled, tr("enabled"), tr("disabled")));
            m_dynamicViews->setText(yesNo(r->dynamicViewEnabled, tr("enabled"), tr("disabled")));
        } else {
            m_odagEnabled->setText(tr("unknown"));
            m_dynamicViews->setText(tr("unknown"));
            // Only tenant admins may read the settings: that is information, not a fault.
            if (r.error().httpStatus == 403) {
                m_odagEnabled->setText(tr("visible to tenant admins only"));
            } else {
                m_failed = true;
                m_banner->showError(tr("Could not read the ODAG settings"), r.error());
            }
        }
        finishOne();
    });
    api::OdagTenantApi(t).canUpdateSettings(this, [this](const api::ApiResult<CanUpdateSettings> &r) {
        m_canUpdate->setText(r.ok() ? (r->allowed() ? tr("yes") : tr("no")) : tr("unknown"));
        finishOne();
    });
    api::EngineApi(t).healthcheck(this, [this](const api::ApiResult<HealthcheckStatus> &r) {
        if (r.ok()) {
            const HealthcheckStatus &h = r.value();
            m_engineVersion->setText(h.version.value_or(tr("not reported")));
            m_engineStarted->setText(h.started.value_or(tr("not reported")));
            m_memory->setText(h.mem ? tr("%1 / %2 / %3")
                                          .arg(megabytes(h.mem->committed), megabytes(h.mem->allocated), megabytes(h.mem->free))
                                    : tr("not reported"));
            m_cpu->setText(h.cpu && h.cpu->total ? tr("%1 %").arg(QLocale().toString(*h.cpu->total, 'f', 1))
                                                 : tr("not reported"));
            m_sessions->setText(h.session ? tr("%1 / %2").arg(count(h.session->active), count(h.session->total))
                                          : tr("not reported"));
            m_apps->setText(h.apps ? tr("%1 / %2")
                                         .arg(QLocale().toString(h.apps->active_docs.value_or(QStringList{}).size()),
                                              QLocale().toString(h.apps->loaded_docs.value_or(QStringList{}).size()))
                                   : tr("not reported"));
            m_users->setText(h.users ? tr("%1 / %2").arg(count(h.users->active), count(h.users->total))
                                     : tr("not reported"));
            m_saturated->setText(yesNo(h.saturated, tr("yes — the engine refuses new work"), tr("no")));
        } else {
            for (QLabel *l : {m_engineVersion, m_engineStarted, m_memory, m_cpu, m_sessions, m_apps, m_users, m_saturated})
                l->setText(tr("unknown"));
            m_failed = true;
            m_banner->showError(tr("Could not read the engine health"), r.error());
        }
        finishOne();
    });
    api::EngineApi(t).health(this, [this](const api::ApiResult<EngineHealth> &r) {
        m_engineStatus->setText(r.ok() ? displayName(r.value()) : tr("unreachable: %1").arg(r.error().message()));
        finishOne();
    });
}

void TenantOverviewPage::finishOne()
{
    if (--m_pending > 0)
        return;
    m_refresh->setEnabled(true);
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT statusMessage(m_failed ? tr("Tenant overview loaded with errors") : tr("Tenant overview loaded"));
    markLoaded();
}

} // namespace odag::gui
