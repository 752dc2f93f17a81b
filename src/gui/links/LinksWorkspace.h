#pragma once

#include "LinkService.h"
#include "gui/Workspace.h"

#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;

namespace odag::gui {

class ErrorBanner;
class LinkBatch;
class LinkDetailsPanel;
class LinksFilterBar;
class LinksFilterProxy;
class LinksModel;
struct LinkOutcome;

// The Links workspace: every ODAG link of the tenant in a filterable, sortable table
// with a details panel, the status actions (Qlik Cloud) or delete (Qlik Sense
// Enterprise) on one or many selected links, and export/import of link bundles. Creating
// and editing is the link editor's: this page asks for it through signals.
class LinksWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit LinksWorkspace(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("links"); }
    QString title() const override { return tr("Links"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/links.svg")); }
    void refresh() override { reload(); }
    // "link-editor": once the links are read, opens the demo-rich link with the most
    // contexts in the editor on its properties matrix.
    bool showSubView(const QString &name) override;

    LinkService *service() const { return m_service; }
    LinksModel *model() const { return m_model; }
    // Selects the link (once it is listed) and scrolls to it.
    void selectLink(const QString &id);
    QList<LinkRecord> selectedLinks() const;

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void newLinkRequested();
    void editLinkRequested(const odag::gui::LinkRecord &record);

private:
    QString m_subView;

    enum class StatusAction
    {
        Activate,
        Disable,
        Decommission
    };

    void buildToolbar();
    QWidget *buildFilters();
    void loadPending(const QStringList &ids);
    void checkCanCreate();
    void updateActions();
    void updateDetails();
    void updateCount();
    QString statusBlocker(const QList<LinkRecord> &links, LinkStatus target) const;
    void runStatus(StatusAction action);
    void runDelete();
    void runBatch(const QList<LinkRecord> &links, const QString &what, std::function<void(const LinkRecord &, QObject *, std::function<void(LinkOutcome)>)> op);
    void batchFinished(const QString &what, const QList<LinkOutcome> &outcomes);
    void editCurrent();
    // Opens the link editor on `record` (a new link when nullptr), one window per link.
    void openEditor(const LinkRecord *record);
    void openSubViewEditor();
    void exportSelected();
    void importBundle();

    LinkService *m_service;
    LinksModel *m_model;
    LinksFilterProxy *m_proxy;
    ErrorBanner *m_banner;
    QToolBar *m_toolbar;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_activateAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_decommissionAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_refreshAction = nullptr;
    LinksFilterBar *m_filters = nullptr;
    QTableView *m_table;
    LinkDetailsPanel *m_details;
    QSplitter *m_splitter;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<QObject> m_loadCall; // the list and count calls of the current load
    QPointer<LinkBatch> m_batch;
    QString m_pendingSelect;
    QString m_newLinkBlocker; // why New link is off (Cloud cancreate), empty when allowed
    bool m_loading = false;
    bool m_started = false; // the first load ran (on first show)
};

} // namespace odag::gui
