#pragma once

#include "api/Transport.h"
#include "core/Apps.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace odag::gui {

class ErrorBanner;

// The Details tab: an app's attributes and the caller's privileges on it as the tenant
// reports them (GET /apps/{id}), with its name and description editable in place
// (PUT /apps/{id}). The user's edits stay when saving fails.
class AppDetailsTab : public QWidget
{
    Q_OBJECT
public:
    AppDetailsTab(api::Transport &transport, QWidget *parent = nullptr);

    // Shows `app`; `spaceName` is the display name of its space.
    void setApp(const AppInfo &app, const QString &spaceName);
    void clearApp();
    const AppInfo &app() const { return m_app; }
    void save();

Q_SIGNALS:
    void appUpdated(const odag::AppInfo &app);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void updateSave();

    api::Transport &m_transport;
    AppInfo m_app;
    ErrorBanner *m_banner;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPushButton *m_save;
    QLabel *m_id;
    QLabel *m_space;
    QLabel *m_owner;
    QLabel *m_created;
    QLabel *m_modified;
    QLabel *m_reloaded;
    QLabel *m_published;
    QLabel *m_origin;
    QLabel *m_usage;
    QLabel *m_flags;
    QLabel *m_privileges;
    bool m_saving = false;
};

} // namespace odag::gui
