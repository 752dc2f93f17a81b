#pragma once

#include "LinkBundle.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace odag::gui {

class ErrorBanner;

// Imports a link bundle into the current tenant in three steps: map every app of the
// bundle to an app of this tenant (matched by name, confirmed or changed by the user),
// preview what each link would become without writing anything (a dry run with the
// lint findings), then create the links one by one with progress and cancel and a
// result per link.
class BundleImportDialog : public QDialog
{
    Q_OBJECT
public:
    BundleImportDialog(LinkService *service, LinkBundle bundle, QWidget *parent = nullptr);

    // Bundle app ID -> chosen tenant app ID (empty: none chosen).
    QHash<QString, QString> remap() const;
    const QList<PlannedLink> &plan() const { return m_plan; }

Q_SIGNALS:
    void linksCreated();

private:
    enum Page
    {
        AppsPage,
        PreviewPage,
        ImportPage
    };

    QWidget *buildAppsPage();
    QWidget *buildPreviewPage();
    QWidget *buildImportPage();
    void loadApps();
    void showPage(Page page);
    void buildPreview();
    void startImport();
    void importNext();
    void finishOne(int row, bool ok, const QString &result, const QString &newId);
    void finishImport();

    LinkService *m_service;
    LinkBundle m_bundle;
    QList<AppStateCondensed> m_tenantApps;
    QList<PlannedLink> m_plan;
    QList<int> m_queue; // plan rows still to create
    int m_created = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    bool m_importing = false;
    QPointer<QObject> m_call;

    QStackedWidget *m_pages;
    ErrorBanner *m_banner;
    QLabel *m_appsStatus;
    QTableWidget *m_appsTable;
    QList<QComboBox *> m_appCombos; // one per bundle app, in m_bundle.apps order
    QTableWidget *m_previewTable;
    QLabel *m_previewSummary;
    QTableWidget *m_resultTable;
    QProgressBar *m_progress;
    QLabel *m_importSummary;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace odag::gui
