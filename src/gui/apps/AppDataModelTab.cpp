#include "AppDataModelTab.h"

#include "AppTableItems.h"
#include "api/AppDataApi.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QTableView *makeView(QStandardItemModel *model, const QString &name, const QString &accessible,
                     QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    rememberHeaderState(view->horizontalHeader(), QStringLiteral("apps/") + name);
    return view;
}
} // namespace

AppDataModelTab::AppDataModelTab(api::Transport &transport, QWidget *parent)
    : AppTab(transport, parent)
    , m_summary(new QLabel(this))
    , m_fields(new QStandardItemModel(0, 6, this))
    , m_tables(new QStandardItemModel(0, 5, this))
{
    setObjectName(QStringLiteral("appDataModelTab"));
    m_summary->setObjectName(QStringLiteral("appDataModelSummary"));
    m_summary->setWordWrap(true);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Tables"), tr("Tags"), tr("Distinct values"),
                                         tr("Total values"), tr("Size")});
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows"), tr("Fields"), tr("Key fields"), tr("Size")});
    m_fields->setSortRole(appitems::SortRole);
    m_tables->setSortRole(appitems::SortRole);

    m_tablesView = makeView(m_tables, QStringLiteral("appTablesView"), tr("Tables of the data model"), this);
    m_fieldsView = makeView(m_fields, QStringLiteral("appFieldsView"), tr("Fields of the data model"), this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("appDataModelSplitter"));
    split->addWidget(m_tablesView);
    split->addWidget(m_fieldsView);
    split->setStretchFactor(1, 2);
    rememberSplitterState(split, QStringLiteral("apps/dataModelSplitter"));
    tabLayout()->addWidget(m_summary);
    tabLayout()->addWidget(split, 1);
}

void AppDataModelTab::clear()
{
    m_fields->removeRows(0, m_fields->rowCount());
    m_tables->removeRows(0, m_tables->rowCount());
    m_summary->clear();
}

void AppDataModelTab::load()
{
    const QString appId = this->appId();
    m_summary->setText(tr("Reading the data model…"));
    api::AppDataApi(transport()).getDataMetadata(appId, this, [this, appId](const api::ApiResult<AppMetadataInfo> &r) {
        if (appId != this->appId())
            return;
        clear();
        if (!r.ok()) {
            banner()->showError(tr("Could not read the data model"), r.error());
            finishLoad(false);
            return;
        }
        const AppMetadataInfo &m = r.value();
        for (const AppMetadataInfo::Table &t : m.tables) {
            m_tables->appendRow({appitems::text(t.name), appitems::count(t.rows), appitems::count(t.fields),
                                 appitems::count(t.keyFields), appitems::bytes(t.byteSize)});
        }
        for (const AppMetadataInfo::Field &f : m.fields) {
            m_fields->appendRow({appitems::text(f.name), appitems::text(f.sourceTables.join(QStringLiteral(", "))),
                                 appitems::text(f.tags.join(QStringLiteral(", "))), appitems::count(f.cardinal),
                                 appitems::count(f.totalCount), appitems::bytes(f.byteSize)});
        }
        if (m.isEmpty())
            m_summary->setText(tr("The app holds no data yet: reload it to build its data model."));
        else
            m_summary->setText(tr("%1 and %2, size in memory %3")
                                   .arg(tr("%n table(s)", "", int(m.tables.size())),
                                        tr("%n field(s)", "", int(m.fields.size())),
                                        m.staticByteSize ? QLocale().formattedDataSize(*m.staticByteSize)
                                                         : tr("not reported")));
        m_tablesView->resizeColumnsToContents();
        m_fieldsView->resizeColumnsToContents();
        finishLoad(true);
    });
}

} // namespace odag::gui
