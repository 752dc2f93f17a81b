#pragma once

#include "HealthSection.h"
#include "core/OdagTenant.h"

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace odag::api {
struct ApiError;
}

namespace odag::gui {

class ErrorBanner;
class TenantSession;

// The tenant's ODAG settings (odagEnabled, dynamicViewEnabled) as check boxes that are
// editable only when the tenant says this user may change them (canupdate). Save sends
// only the members the user changed; a failed save keeps the edit. A refresh never
// overwrites unsaved edits.
class OdagSettingsPanel : public HealthSection
{
    Q_OBJECT
public:
    explicit OdagSettingsPanel(TenantSession *session, QWidget *parent = nullptr);

    bool refresh() override;
    bool isDirty() const;

private:
    void save();
    void revert();
    void finishOne(bool ok);
    void applyServerValues();
    void updateControls();
    QString lockReason() const;

    TenantSession *m_session;
    ErrorBanner *m_banner;
    QCheckBox *m_odagEnabled;
    QCheckBox *m_dynamicViews;
    QLabel *m_permission;
    QLabel *m_result;
    QPushButton *m_save;
    QPushButton *m_revert;

    OdagSettings m_server;           // the last values the tenant answered
    bool m_readable = false;         // the settings could be read
    bool m_adminOnly = false;        // reading them was refused (403)
    std::optional<bool> m_canUpdate; // unknown until canupdate answers
    bool m_saving = false;
    int m_generation = 0; // answers of older loads are dropped
    int m_pending = 0;
    bool m_ok = true;
    bool m_settingsFailed = false; // this load could not read the settings
};

} // namespace odag::gui
