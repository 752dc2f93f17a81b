// The yardstick of the start-up benchmark: a bare Qt Widgets window that prints
// "painted <ms>" on its first paint and quits, exactly as odag-admin's probe does.
// With --text it shows one line of text: the same window plus what any text costs on a
// first paint (reading the font configuration, loading a font), for comparison only.

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

namespace {
class Window : public QWidget
{
public:
    explicit Window(const QElapsedTimer &since) : m_since(since) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_fired)
            return;
        m_fired = true;
        std::printf("painted %lld\n", static_cast<long long>(m_since.elapsed()));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

private:
    QElapsedTimer m_since;
    bool m_fired = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    Window w(since);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto *layout = new QVBoxLayout(&w);
        layout->addWidget(new QLabel(QStringLiteral("Connecting…"), &w), 0, Qt::AlignCenter);
    }
    w.resize(1280, 800);
    w.show();
    return QApplication::exec();
}
