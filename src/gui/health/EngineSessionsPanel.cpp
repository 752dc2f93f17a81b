#include "EngineSessionsPanel.h"

#include "EngineSessionModel.h"
#include "api/EngineApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

EngineSessionsPanel::EngineSessionsPanel(TenantSession *session, QWidget *parent)
    : HealthSection(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(tr("loading…"), this))
    , m_model(new EngineSessionModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("engineSessionsPanel"));
    m_summary->setObjectName(QStringLiteral("engineSessionsSummary"));
    m_summary->setWordWrap(true);
    m_model->setObjectName(QStringLiteral("engineSessionModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EngineSessionModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("engineSessionsView"));
    m_view->setAccessibleName(tr("Engine sessions"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EngineSessionModel::UserColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(EngineSessionModel::UserColumn, 220);
    header->resizeSection(EngineSessionModel::AppColumn, 240);
    header->resizeSection(EngineSessionModel::StateColumn, 90);
    header->resizeSection(EngineSessionModel::TtlColumn, 90);
    header->resizeSection(EngineSessionModel::SessionColumn, 260);
    rememberHeaderState(header, QStringLiteral("health/sessions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_banner, &ErrorBanner::retryRequested, this, &EngineSessionsPanel::refresh);
}

bool EngineSessionsPanel::refresh()
{
    if (m_pending)
        return false;
    m_pending = true;
    m_banner->clear();
    api::EngineApi(m_session->transport())
        .sessions(this, [this](const api::ApiResult<EngineSessionList> &r) {
            m_pending = false;
            if (r.ok()) {
                m_model->setRows(r.value());
                m_loaded = true;
                const int n = m_model->rowCount();
                m_summary->setText(n == 0
                                       ? tr("No websocket sessions are open on the engine.")
                                       : tr("%n websocket session(s) open on the engine.", "", n));
                Q_EMIT titleChanged(tr("Sessions (%1)").arg(n));
            } else if (!wasCanceled(r)) {
                // The table keeps the last list; the banner says it could not be refreshed.
                if (!m_loaded)
                    m_summary->setText(tr("The sessions are not known."));
                m_banner->showError(tr("Could not list the engine sessions"), r.error());
            }
            Q_EMIT finished(r.ok());
        });
    return true;
}

} // namespace odag::gui
