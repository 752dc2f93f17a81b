#pragma once

#include "HealthSection.h"
#include "core/OdagTenant.h"

#include <array>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace odag::gui {

class ErrorBanner;
class OdagAppListModel;
class TenantSession;

// The tenant's ODAG apps of each kind (selection, template, generated) in three tabs
// with their counts, names and selectable IDs, and one filter for all three. Each list
// loads on its own: one that fails keeps the others.
class OdagAppsPanel : public HealthSection
{
    Q_OBJECT
public:
    explicit OdagAppsPanel(TenantSession *session, QWidget *parent = nullptr);

    bool refresh() override;

    OdagAppListModel *model(OdagAppType type) const;
    QSortFilterProxyModel *proxy(OdagAppType type) const;
    // The list of this kind has been read at least once.
    bool isLoaded(OdagAppType type) const;

private:
    struct AppList
    {
        OdagAppType type = OdagAppType::Unknown;
        OdagAppListModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTableView *view = nullptr;
        bool loaded = false;
    };

    void addList(int i, OdagAppType type, const QString &objectName, const QString &description);
    void updateTitles();
    void copyIds(const AppList &list);

    TenantSession *m_session;
    ErrorBanner *m_banner;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    std::array<AppList, 3> m_lists;
    int m_pending = 0;
    bool m_ok = true;
};

} // namespace odag::gui
