#include "BundleImportDialog.h"

#include "gui/widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace odag::gui {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    t->setItem(row, column, item);
}

QLabel *intro(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}
} // namespace

BundleImportDialog::BundleImportDialog(LinkService *service, LinkBundle bundle, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_bundle(std::move(bundle))
    , m_pages(new QStackedWidget(this))
    , m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("bundleImportDialog"));
    m_banner->setObjectName(QStringLiteral("bundleErrorBanner"));
    setWindowTitle(tr("Import links"));
    resize(860, 520);

    m_pages->addWidget(buildAppsPage());
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildImportPage());

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< Back"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(tr("Preview >"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_back->setObjectName(QStringLiteral("bundleBack"));
    m_next->setObjectName(QStringLiteral("bundleNext"));
    m_import->setObjectName(QStringLiteral("bundleImport"));
    m_cancel->setObjectName(QStringLiteral("bundleCancel"));
    m_close->setObjectName(QStringLiteral("bundleClose"));
    m_next->setToolTip(tr("See what each link would become, without changing the tenant"));
    m_import->setToolTip(tr("Create the links on this tenant"));
    m_cancel->setToolTip(tr("Stop; links already created stay"));
    // The buttons act by page; the box must not close the dialog on its own.
    disconnect(buttons, nullptr, this, nullptr);

    auto *layout = new QVBoxLayout(this);
    auto *source = intro(tr("Bundle from %1, exported %2: %n link(s).", "", int(m_bundle.links.size()))
                             .arg(m_bundle.sourceUrl.isEmpty() ? tr("an unnamed tenant") : m_bundle.sourceUrl,
                                  m_bundle.exportedAt.isEmpty() ? tr("at an unknown time") : m_bundle.exportedAt),
                         this);
    source->setObjectName(QStringLiteral("bundleSource"));
    layout->addWidget(source);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { showPage(AppsPage); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        buildPreview();
        showPage(PreviewPage);
    });
    connect(m_import, &QPushButton::clicked, this, &BundleImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_importing) {
            reject();
            return;
        }
        m_cancelled = true;
        delete m_call; // the create in flight: its answer is dropped
        importNext();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    showPage(AppsPage);
    loadApps();
}

QWidget *BundleImportDialog::buildAppsPage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(intro(tr("Links point at apps by ID, and IDs differ between tenants. Choose the app of this "
                          "tenant that takes the place of each app of the bundle; apps with the same name are "
                          "chosen for you."),
                       page));
    if (m_service->isQse())
        l->addWidget(intro(tr("Qlik Sense Enterprise's ODAG API lists no apps: the apps offered are those the "
                              "links of this tenant use, by ID."),
                           page));
    m_appsStatus = new QLabel(tr("Reading the apps of this tenant…"), page);
    m_appsStatus->setObjectName(QStringLiteral("bundleAppsStatus"));
    l->addWidget(m_appsStatus);
    m_appsTable = makeTable({tr("Role"), tr("App in the bundle"), tr("ID in the bundle"), tr("App in this tenant")},
                            QStringLiteral("bundleAppsTable"), page);
    m_appsTable->setRowCount(int(m_bundle.apps.size()));
    for (int i = 0; i < m_bundle.apps.size(); ++i) {
        const BundleApp &a = m_bundle.apps.at(i);
        setCell(m_appsTable, i, 0, a.role == QStringLiteral("selection") ? tr("Selection app") : tr("Template app"));
        setCell(m_appsTable, i, 1, a.name);
        setCell(m_appsTable, i, 2, a.id);
        auto *combo = new QComboBox(m_appsTable);
        combo->setObjectName(QStringLiteral("bundleAppCombo%1").arg(i));
        combo->setAccessibleName(tr("App of this tenant for %1").arg(a.name));
        combo->setEnabled(false);
        m_appsTable->setCellWidget(i, 3, combo);
        m_appCombos.push_back(combo);
    }
    m_appsTable->resizeColumnsToContents();
    m_appsTable->setColumnWidth(3, 300);
    l->addWidget(m_appsTable, 1);
    return page;
}

QWidget *BundleImportDialog::buildPreviewPage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(intro(tr("Dry run: nothing has been written yet. This is what Import would create."), page));
    m_previewTable = makeTable({tr("Link"), tr("Action"), tr("Selection app"), tr("Template app"), tr("Problems found")},
                               QStringLiteral("bundlePreviewTable"), page);
    m_previewTable->setWordWrap(true);
    l->addWidget(m_previewTable, 1);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("bundlePreviewSummary"));
    l->addWidget(m_previewSummary);
    return page;
}

QWidget *BundleImportDialog::buildImportPage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("bundleProgress"));
    l->addWidget(m_progress);
    m_resultTable = makeTable({tr("Link"), tr("Result"), tr("New link ID")}, QStringLiteral("bundleResultTable"), page);
    l->addWidget(m_resultTable, 1);
    m_importSummary = new QLabel(page);
    m_importSummary->setObjectName(QStringLiteral("bundleImportSummary"));
    l->addWidget(m_importSummary);
    return page;
}

void BundleImportDialog::loadApps()
{
    m_next->setEnabled(false);
    m_service->listApps(this, [this](const api::ApiResult<QList<AppStateCondensed>> &r) {
        if (!r.ok()) {
            m_banner->showError(tr("Could not read the apps of this tenant"), r.error());
            m_appsStatus->setText(tr("Without the apps of this tenant the links cannot be mapped."));
            return;
        }
        m_tenantApps = r.value();
        std::sort(m_tenantApps.begin(), m_tenantApps.end(), [](const AppStateCondensed &a, const AppStateCondensed &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        int matched = 0;
        for (int i = 0; i < m_bundle.apps.size(); ++i) {
            QComboBox *combo = m_appCombos.at(i);
            combo->addItem(tr("(none: skip its links)"), QString());
            for (const AppStateCondensed &a : std::as_const(m_tenantApps))
                combo->addItem(a.name == a.id ? a.id : tr("%1 (%2)").arg(a.name, a.id), a.id);
            const QString match = LinkBundle::matchByName(m_bundle.apps.at(i), m_tenantApps);
            combo->setCurrentIndex(std::max(0, combo->findData(match)));
            combo->setEnabled(true);
            if (!match.isEmpty())
                ++matched;
        }
        m_appsStatus->setText(tr("%1 of %n app(s) matched by name. Check each choice.", "", int(m_bundle.apps.size()))
                                  .arg(matched));
        m_appsTable->resizeColumnsToContents();
        m_next->setEnabled(true);
    });
}

QHash<QString, QString> BundleImportDialog::remap() const
{
    QHash<QString, QString> out;
    for (int i = 0; i < m_bundle.apps.size(); ++i) {
        const QString chosen = m_appCombos.at(i)->currentData().toString();
        if (!chosen.isEmpty())
            out.insert(m_bundle.apps.at(i).id, chosen);
    }
    return out;
}

void BundleImportDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_back->setVisible(page == PreviewPage);
    m_next->setVisible(page == AppsPage);
    m_import->setVisible(page == PreviewPage);
    m_cancel->setVisible(page != ImportPage || m_importing);
    m_close->setVisible(page == ImportPage && !m_importing);
    if (page == PreviewPage) {
        const bool any = std::any_of(m_plan.cbegin(), m_plan.cend(), [](const PlannedLink &p) { return !p.blocked; });
        m_import->setEnabled(any);
        m_import->setDefault(true);
    } else if (page == AppsPage) {
        m_next->setDefault(true);
    }
}

void BundleImportDialog::buildPreview()
{
    auto nameOf = [this](const QString &id) {
        for (const AppStateCondensed &a : std::as_const(m_tenantApps)) {
            if (a.id == id)
                return a.name == a.id ? id : tr("%1 (%2)").arg(a.name, id);
        }
        return id;
    };
    m_plan = m_bundle.plan(remap(), m_service->isQse());
    m_previewTable->setRowCount(int(m_plan.size()));
    int creates = 0;
    for (int row = 0; row < m_plan.size(); ++row) {
        const PlannedLink &p = m_plan.at(row);
        if (!p.blocked)
            ++creates;
        setCell(m_previewTable, row, 0, p.name);
        setCell(m_previewTable, row, 1, p.blocked ? tr("Skip") : tr("Create"));
        setCell(m_previewTable, row, 2, p.selectionAppId.isEmpty() ? tr("missing") : nameOf(p.selectionAppId));
        setCell(m_previewTable, row, 3, p.templateAppId.isEmpty() ? tr("missing") : nameOf(p.templateAppId));
        setCell(m_previewTable, row, 4, p.problems.isEmpty() ? tr("none") : p.problems.join(QLatin1Char('\n')));
    }
    m_previewTable->resizeColumnsToContents();
    m_previewTable->resizeRowsToContents();
    m_previewSummary->setText(tr("%1 of %n link(s) would be created.", "", int(m_plan.size())).arg(creates));
}

void BundleImportDialog::startImport()
{
    if (m_importing)
        return;
    m_importing = true;
    m_cancelled = false;
    m_created = 0;
    m_failed = 0;
    m_queue.clear();
    m_resultTable->setRowCount(int(m_plan.size()));
    for (int row = 0; row < m_plan.size(); ++row) {
        const PlannedLink &p = m_plan.at(row);
        setCell(m_resultTable, row, 0, p.name);
        setCell(m_resultTable, row, 1, p.blocked ? tr("Skipped: an app is not chosen") : tr("Waiting"));
        setCell(m_resultTable, row, 2, QString());
        if (!p.blocked)
            m_queue.push_back(row);
    }
    m_progress->setRange(0, int(m_queue.size()));
    m_progress->setValue(0);
    m_banner->clear();
    showPage(ImportPage);
    importNext();
}

void BundleImportDialog::importNext()
{
    if (m_queue.isEmpty()) {
        finishImport();
        return;
    }
    if (m_cancelled) {
        for (int row : std::as_const(m_queue))
            setCell(m_resultTable, row, 1, tr("Cancelled"));
        m_queue.clear();
        finishImport();
        return;
    }
    const int row = m_queue.first();
    const PlannedLink &p = m_plan.at(row);
    setCell(m_resultTable, row, 1, tr("Creating…"));
    delete m_call;
    m_call = new QObject(this);
    if (m_service->isQse()) {
        m_service->createQseLink(p.qse, m_call, [this, row](const api::ApiResult<LinkService::QseAnswer> &r) {
            if (r.ok())
                finishOne(row, true,
                          r.value().second.isEmpty() ? tr("Created")
                                                     : tr("Created: %1").arg(r.value().second.join(QStringLiteral("; "))),
                          r.value().first.id());
            else
                finishOne(row, false, tr("Failed: %1").arg(r.error().message()), {});
        });
    } else {
        m_service->createLink(p.cloud, m_call, [this, row](const api::ApiResult<LinkRecord> &r) {
            if (r.ok())
                finishOne(row, true,
                          tr("Created (%1)").arg(displayName(r.value().link.status).toLower()), r.value().id());
            else
                finishOne(row, false, tr("Failed: %1").arg(r.error().message()), {});
        });
    }
}

void BundleImportDialog::finishOne(int row, bool ok, const QString &result, const QString &newId)
{
    m_queue.removeOne(row);
    (ok ? m_created : m_failed)++;
    setCell(m_resultTable, row, 1, result);
    setCell(m_resultTable, row, 2, newId);
    m_progress->setValue(m_progress->value() + 1);
    // Continue once this answer's call has been let go.
    QMetaObject::invokeMethod(this, &BundleImportDialog::importNext, Qt::QueuedConnection);
}

void BundleImportDialog::finishImport()
{
    if (!m_importing)
        return;
    m_importing = false;
    m_resultTable->resizeColumnsToContents();
    m_importSummary->setText(tr("%1 created, %2 failed, of %n link(s).", "", int(m_plan.size()))
                                 .arg(m_created)
                                 .arg(m_failed));
    showPage(ImportPage);
    m_close->setDefault(true);
    if (m_created > 0)
        Q_EMIT linksCreated();
}

} // namespace odag::gui
