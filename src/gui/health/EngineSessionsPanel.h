#pragma once

#include "HealthSection.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace odag::gui {

class EngineSessionModel;
class ErrorBanner;
class TenantSession;

// The engine's open websocket sessions (GET /engine/sessions) in a sortable table.
class EngineSessionsPanel : public HealthSection
{
    Q_OBJECT
public:
    explicit EngineSessionsPanel(TenantSession *session, QWidget *parent = nullptr);

    bool refresh() override;

    EngineSessionModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    TenantSession *m_session;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    EngineSessionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace odag::gui
