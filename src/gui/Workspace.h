#pragma once

#include <QIcon>
#include <QWidget>

namespace odag::gui {

// A page of the main window (Links, Requests, Tenant...). Says when its first load has
// finished, so --screenshot can wait for real data instead of a fixed delay.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString viewId() const = 0; // stable name for --view and settings
    virtual QString title() const = 0;  // translated
    virtual QIcon icon() const = 0;
    virtual void refresh() = 0;

    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void statusMessage(const QString &message);

protected:
    // Call when a load finished, successfully or not.
    void markLoaded()
    {
        const bool first = !m_loaded;
        m_loaded = true;
        if (first)
            Q_EMIT loaded();
    }

private:
    bool m_loaded = false;
};

} // namespace odag::gui
