#include "QseAboutPanel.h"

#include "api/QseOdagApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace odag::gui {

QseAboutPanel::QseAboutPanel(TenantSession *session, QWidget *parent)
    : HealthSection(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
    , m_version(new QLabel(tr("loading…"), this))
    , m_stability(new QLabel(tr("loading…"), this))
{
    setObjectName(QStringLiteral("qseAboutPanel"));
    m_version->setObjectName(QStringLiteral("qseVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stability->setObjectName(QStringLiteral("qseStabilityIndex"));
    m_stability->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *box = new QGroupBox(tr("ODAG service"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("API stability:"), m_stability);

    auto *note = new QLabel(
        tr("<p>This is a Qlik Sense Enterprise on Windows site. The ODAG settings, the lists of "
           "selection, template and generated apps and the engine health figures are Qlik Cloud "
           "APIs, so they are not shown here.</p>"
           "<p>On Qlik Sense Enterprise, ODAG is switched on and tuned in the QMC (On-demand app "
           "service), and the engines are watched with the monitoring apps.</p>"),
        this);
    note->setObjectName(QStringLiteral("qseExplanation"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(box);
    layout->addWidget(note);
    connect(m_banner, &ErrorBanner::retryRequested, this, &QseAboutPanel::refresh);
}

bool QseAboutPanel::refresh()
{
    if (m_pending)
        return false;
    m_pending = true;
    m_banner->clear();
    api::QseOdagApi(m_session->transport()).about(this, [this](const api::ApiResult<QseAbout> &r) {
        m_pending = false;
        if (r.ok()) {
            m_version->setText(r->version.value_or(tr("not reported")));
            m_stability->setText(r->stabilityIndex.value_or(tr("not reported")));
        } else if (!wasCanceled(r)) {
            m_version->setText(tr("unknown"));
            m_stability->setText(tr("unknown"));
            m_banner->showError(tr("Could not read the ODAG service's version"), r.error());
        }
        Q_EMIT finished(r.ok());
    });
    return true;
}

} // namespace odag::gui
