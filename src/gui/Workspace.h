#pragma once

#include <QIcon>
#include <QStringList>
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

    // Opens a named part of the workspace that --view can ask for (the link editor, the
    // request timeline...), listed beside the workspace in MainWindow's table. Called
    // right after construction, before the first load: the workspace then opens the part
    // once the data it needs is there and calls markLoaded() only when the part shows its
    // data. False for a name it does not know.
    virtual bool showSubView(const QString &name)
    {
        Q_UNUSED(name);
        return false;
    }

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
