#include "AppTab.h"

#include "gui/widgets/ErrorBanner.h"

#include <QVBoxLayout>

namespace odag::gui {

AppTab::AppTab(api::Transport &transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_banner(new ErrorBanner(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->addWidget(m_banner);
    connect(m_banner, &ErrorBanner::retryRequested, this, &AppTab::reload);
}

void AppTab::setAppId(const QString &appId)
{
    if (appId == m_appId && !m_stale)
        return;
    m_appId = appId;
    m_banner->clear();
    clear();
    m_stale = !appId.isEmpty();
    if (m_stale && isVisible())
        reload();
}

void AppTab::reload()
{
    if (m_appId.isEmpty())
        return;
    m_stale = false;
    m_banner->clear();
    load();
}

void AppTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace odag::gui
