#pragma once

#include "gui/Workspace.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace odag::gui {

class ErrorBanner;
class SpaceDetailsPanel;
class SpacesModel;
class TenantSession;

// The Spaces workspace (Qlik Cloud): the tenant's spaces filtered on the server by type,
// name and owner and read page by page; create, edit and delete a space; the selected
// space's details and members. A Qlik Sense Enterprise session gets a page that says
// why there is nothing here.
class SpacesWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit SpacesWorkspace(TenantSession *session, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("spaces"); }
    QString title() const override { return tr("Spaces"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/spaces.svg")); }
    void refresh() override;

    SpacesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    SpaceDetailsPanel *details() const { return m_details; }

    void newSpace();
    void editSpace();
    void deleteSpace();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCloudUi();
    void buildUnsupportedUi();
    void applyFilter();
    void onSelectionChanged();
    void updateActions();
    void updateCount();
    int currentRow() const;

    TenantSession *m_session;
    SpacesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ErrorBanner *m_banner = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QLineEdit *m_ownerFilter = nullptr;
    QTimer *m_debounce = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    SpaceDetailsPanel *m_details = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadMore = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    bool m_started = false;
};

} // namespace odag::gui
