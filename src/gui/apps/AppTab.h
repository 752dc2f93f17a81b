#pragma once

#include "api/Transport.h"

#include <QPointer>
#include <QWidget>

class QVBoxLayout;

namespace odag::gui {

class ErrorBanner;

// Base of the tabs that show what one app holds (data model, lineage, script, reload
// logs): reads its data for the selected app only while the tab is shown, so browsing
// the list costs one call per visible tab, and says when a read finished.
class AppTab : public QWidget
{
    Q_OBJECT
public:
    AppTab(api::Transport &transport, QWidget *parent = nullptr);

    // The app to show; empty clears the tab.
    void setAppId(const QString &appId);
    QString appId() const { return m_appId; }
    // Reads the current app again.
    void reload();

Q_SIGNALS:
    void loadFinished(bool ok);

protected:
    // Read the data of appId(); call finishLoad() when done.
    virtual void load() = 0;
    virtual void clear() = 0;
    void finishLoad(bool ok) { Q_EMIT loadFinished(ok); }
    void showEvent(QShowEvent *event) override;

    api::Transport &transport() { return m_transport; }
    ErrorBanner *banner() const { return m_banner; }
    QVBoxLayout *tabLayout() const { return m_layout; }

private:
    api::Transport &m_transport;
    ErrorBanner *m_banner;
    QVBoxLayout *m_layout;
    QString m_appId;
    bool m_stale = false;
};

} // namespace odag::gui
