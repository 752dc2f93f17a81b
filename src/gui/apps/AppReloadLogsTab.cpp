#include "AppReloadLogsTab.h"

#include "AppTableItems.h"
#include "api/AppDataApi.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
constexpr int ReloadIdRole = Qt::UserRole + 2;
}

AppReloadLogsTab::AppReloadLogsTab(api::Transport &transport, QWidget *parent)
    : AppTab(transport, parent)
    , m_model(new QStandardItemModel(0, 3, this))
    , m_view(new QTableView(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("appReloadLogsTab"));
    m_model->setHorizontalHeaderLabels({tr("Finished"), tr("Result"), tr("Duration")});
    m_model->setSortRole(appitems::SortRole);
    m_view->setObjectName(QStringLiteral("appReloadLogsView"));
    m_view->setAccessibleName(tr("Reload logs"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("apps/appReloadLogsView"));
    m_log->setObjectName(QStringLiteral("appReloadLogText"));
    m_log->setAccessibleName(tr("Reload log text"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a reload to read its log."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("appReloadLogsSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_log);
    split->setStretchFactor(1, 2);
    rememberSplitterState(split, QStringLiteral("apps/reloadLogsSplitter"));
    tabLayout()->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showLog(m_model->index(current.row(), 0).data(ReloadIdRole).toString());
            });
}

void AppReloadLogsTab::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    m_log->clear();
}

void AppReloadLogsTab::load()
{
    const QString appId = this->appId();
    api::AppDataApi(transport()).getReloadLogs(appId, this, [this, appId](const api::ApiResult<ReloadLogList> &r) {
        if (appId != this->appId())
            return;
        clear();
        if (!r.ok()) {
            banner()->showError(tr("Could not read the reload logs"), r.error());
            finishLoad(false);
            return;
        }
        for (const ReloadLog &log : r->logs) {
            QStandardItem *when = appitems::time(log.when());
            when->setData(log.effectiveReloadId(), ReloadIdRole);
            QStandardItem *result = appitems::text(!log.success ? tr("unknown")
                                                   : *log.success ? tr("Succeeded")
                                                                  : tr("Failed"));
            QStandardItem *duration =
                appitems::count(log.duration ? std::optional<qint64>(*log.duration) : std::nullopt);
            if (log.duration)
                duration->setText(tr("%1 s").arg(QLocale().toString(double(*log.duration) / 1000.0, 'f', 1)));
            m_model->appendRow({when, result, duration});
        }
        if (m_model->rowCount() == 0)
            m_log->setPlaceholderText(tr("The app has not been reloaded yet."));
        else
            m_log->setPlaceholderText(tr("Select a reload to read its log."));
        m_view->resizeColumnsToContents();
        finishLoad(true);
    });
}

void AppReloadLogsTab::showLog(const QString &reloadId)
{
    const QString appId = this->appId();
    m_log->setPlainText(tr("Reading the log…"));
    api::AppDataApi(transport()).getReloadLog(appId, reloadId, this,
                                              [this, appId](const api::ApiResult<QString> &r) {
                                                  if (appId != this->appId())
                                                      return;
                                                  if (!r.ok()) {
                                                      m_log->clear();
                                                      banner()->showError(tr("Could not read the reload log"), r.error());
                                                      return;
                                                  }
                                                  m_log->setPlainText(r.value());
                                              });
}

} // namespace odag::gui
