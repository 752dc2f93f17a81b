#include "Screenshot.h"

#include "gui/MainWindow.h"
#include "gui/connection/TenantSession.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>

namespace odag::app {

void takeScreenshotWhenLoaded(gui::MainWindow *window, const QString &path, int timeoutMs)
{
    auto done = std::make_shared<bool>(false);
    auto save = [window, path, done](bool timedOut) {
        if (*done)
            return;
        *done = true;
        if (timedOut)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "The view did not finish loading; "
                                                                        "saving the screenshot as it is.")));
        // Let pending layouts and paints settle before grabbing.
        QTimer::singleShot(150, window, [window, path, timedOut] {
            const bool saved = window->grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Could not write %1.").arg(path)));
            QCoreApplication::exit(saved && !timedOut && window->session() ? 0 : 1);
        });
    };
    QTimer::singleShot(timeoutMs, window, [save] { save(true); });
    window->whenCurrentLoaded([save] { save(false); });
}

namespace {
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *window, const QElapsedTimer &since)
        : QObject(window)
        , m_window(window)
        , m_since(since)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The first paint of any widget of the window: the window is on screen.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && !m_fired && widget && widget->window() == m_window) {
            m_fired = true;
            std::printf("painted %lld\n", static_cast<long long>(m_since.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QElapsedTimer m_since;
    bool m_fired = false;
};
} // namespace

void installStartupProbe(gui::MainWindow *window, const QElapsedTimer &sinceStart)
{
    if (qEnvironmentVariable("ODAG_STARTUP_PROBE") != QLatin1StringView("1"))
        return;
    qApp->installEventFilter(new PaintProbe(window, sinceStart));
}

} // namespace odag::app
