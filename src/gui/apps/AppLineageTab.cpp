#include "AppLineageTab.h"

#include "AppTableItems.h"
#include "api/AppDataApi.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

AppLineageTab::AppLineageTab(api::Transport &transport, QWidget *parent)
    : AppTab(transport, parent)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("appLineageTab"));
    m_model->setHorizontalHeaderLabels({tr("Source"), tr("Statement")});
    m_model->setSortRole(appitems::SortRole);
    m_view->setObjectName(QStringLiteral("appLineageView"));
    m_view->setAccessibleName(tr("Data lineage"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("apps/appLineageView"));
    tabLayout()->addWidget(m_view, 1);
}

void AppLineageTab::clear()
{
    m_model->removeRows(0, m_model->rowCount());
}

void AppLineageTab::load()
{
    const QString appId = this->appId();
    api::AppDataApi(transport()).getDataLineage(appId, this, [this, appId](const api::ApiResult<AppDataLineageList> &r) {
        if (appId != this->appId())
            return;
        clear();
        if (!r.ok()) {
            banner()->showError(tr("Could not read the data lineage"), r.error());
            finishLoad(false);
            return;
        }
        for (const AppDataLineage &l : r.value()) {
            QStandardItem *statement = appitems::text(l.statement.value_or(QString()).simplified());
            statement->setToolTip(l.statement.value_or(QString()));
            m_model->appendRow({appitems::text(l.discriminator.value_or(QString())), statement});
        }
        m_view->resizeColumnToContents(0);
        finishLoad(true);
    });
}

} // namespace odag::gui
