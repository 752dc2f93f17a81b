#include "ConnectionTestPanel.h"

#include "ConnectionProbe.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace odag::gui {

ConnectionTestPanel::ConnectionTestPanel(SessionFactory *factory, QWidget *parent)
    : QFrame(parent)
    , m_factory(factory)
    , m_result(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel test"), this))
{
    setObjectName(QStringLiteral("connectionTestPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 10);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_cancel->setObjectName(QStringLiteral("connectionTestCancel"));
    m_cancel->setToolTip(tr("Stop testing the connection"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionTestPanel::cancel);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    clear();
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    if (m_session)
        m_session->transport().cancelAll();
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->text();
}

void ConnectionTestPanel::clear()
{
    m_result->setText(tr("Test the connection to see who you are signed in as, whether ODAG is enabled and "
                         "what you may do."));
    m_result->setForegroundRole(QPalette::PlaceholderText);
}

void ConnectionTestPanel::setRunning(bool running)
{
    m_running = running;
    m_cancel->setVisible(running);
}

void ConnectionTestPanel::test(const Profile &profile, const SessionFactory::Options &options)
{
    cancel();
    m_result->setForegroundRole(QPalette::WindowText);
    m_result->setText(tr("Testing the connection to %1…").arg(profile.url.toDisplayString().toHtmlEscaped()));
    setRunning(true);
    m_attempt = new QObject(this);
    const QList<QByteArray> pinsBefore = profile.pinnedCertificates;
    m_factory->open(
        profile, m_attempt,
        [this, pinsBefore](std::unique_ptr<TenantSession> session, const QString &error) {
            m_attempt->deleteLater();
            m_attempt = nullptr;
            if (!session) {
                setRunning(false);
                showError(error);
                Q_EMIT finished(false);
                return;
            }
            if (session->transport().pinnedCertificates() != pinsBefore)
                Q_EMIT pinnedCertificatesChanged(session->transport().pinnedCertificates());
            m_session = std::move(session);
            m_probe = new ConnectionProbe(m_session.get(), this);
            connect(m_probe, &ConnectionProbe::succeeded, this, [this](const ConnectionReport &report) {
                setRunning(false);
                showReport(report);
                Q_EMIT finished(true);
            });
            connect(m_probe, &ConnectionProbe::failed, this, [this](const api::ApiError &probeError) {
                setRunning(false);
                showError(probeError.message());
                Q_EMIT finished(false);
            });
            m_probe->start();
        },
        options);
}

void ConnectionTestPanel::cancel()
{
    if (m_attempt) {
        delete m_attempt; // the factory's answer finds no context and is dropped
        m_attempt = nullptr;
    }
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_session) {
        m_session->transport().cancelAll();
        m_session.release()->deleteLater();
    }
    if (m_running) {
        setRunning(false);
        m_result->setText(tr("The test was cancelled."));
    }
}

void ConnectionTestPanel::showReport(const ConnectionReport &report)
{
    QString html = tr("<b>Connection works.</b>");
    html += QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : ConnectionProbe::describe(report))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_result->setForegroundRole(QPalette::WindowText);
    m_result->setText(html);
}

void ConnectionTestPanel::showError(const QString &message)
{
    m_result->setForegroundRole(QPalette::WindowText);
    m_result->setText(tr("<b style=\"color:#b3261e\">Connection failed.</b><br>%1").arg(message.toHtmlEscaped()));
}

} // namespace odag::gui
