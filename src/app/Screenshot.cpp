#include "Screenshot.h"
#include "StartupTrace.h"

#include "gui/MainWindow.h"
#include "gui/Workspace.h"
#include "gui/connection/TenantSession.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>
#include <utility>

namespace odag::app {

namespace {
// The window as the user sees it: with no window manager (offscreen, Xvfb) open dialogs
// are separate top-level windows, so they are painted over the window, centred, as a
// desktop would show them.
QPixmap grabWithDialogs(QWidget *window)
{
    QPixmap shot = window->grab();
    const auto topLevels = QApplication::topLevelWidgets();
    for (QWidget *w : topLevels) {
        if (w == window || !w->isVisible() || !w->parentWidget() || w->parentWidget()->window() != window
            || !(w->windowFlags() & Qt::Dialog))
            continue;
        const QPixmap dialog = w->grab();
        QPainter painter(&shot);
        const QPoint at((shot.width() - dialog.width()) / 2, (shot.height() - dialog.height()) / 2);
        painter.fillRect(QRect(at + QPoint(4, 4), dialog.size()), QColor(0, 0, 0, 60)); // a soft shadow
        painter.drawPixmap(at, dialog);
        painter.setPen(window->palette().color(QPalette::Mid));
        painter.drawRect(QRect(at, dialog.size()).adjusted(0, 0, -1, -1));
    }
    return shot;
}
} // namespace

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
            const bool saved = grabWithDialogs(window).save(path, "PNG");
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
// Fires once on the first paint of any widget of the window, then removes itself.
class FirstPaintHook : public QObject
{
public:
    FirstPaintHook(QWidget *window, std::function<void()> fn)
        : QObject(window)
        , m_window(window)
        , m_fn(std::move(fn))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && m_fn && widget && widget->window() == m_window) {
            StartupTrace::mark("first paint event");
            // After this paint has been handled, not inside it.
            QTimer::singleShot(0, m_window, std::exchange(m_fn, {}));
            qApp->removeEventFilter(this);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_fn;
};
} // namespace

void onFirstPaint(gui::MainWindow *window, std::function<void()> fn)
{
    qApp->installEventFilter(new FirstPaintHook(window, std::move(fn)));
}

void installStartupProbe(gui::MainWindow *window, const QElapsedTimer &sinceStart)
{
    if (qEnvironmentVariable("ODAG_STARTUP_PROBE") != QLatin1StringView("1"))
        return;
    const QElapsedTimer since = sinceStart;
    onFirstPaint(window, [window, since] {
        StartupTrace::mark("painted");
        std::printf("painted %lld\n", static_cast<long long>(since.elapsed()));
        std::fflush(stdout);
        // Then the first workspace with its data: the connection opens, the workspace
        // loads, and the frame after that shows it.
        window->whenCurrentLoaded([window, since] {
            gui::Workspace *shown = window->currentWorkspace();
            if (!shown) {
                std::printf("workspace failed\n");
                std::fflush(stdout);
                QCoreApplication::exit(1);
                return;
            }
            onFirstPaint(window, [since] {
                StartupTrace::mark("workspace painted");
                std::printf("workspace %lld\n", static_cast<long long>(since.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            shown->update();
        });
    });
}

} // namespace odag::app
