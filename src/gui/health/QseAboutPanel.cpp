#include "QseAboutPanel.h"

#include "api/QseOdagApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace odag::gui {

QseAboutPanel::QseAboutPanel(TenantSession *session, QWidget *parent)
    : HealthSection(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
    , m_version(new QLabel(tr("loading…"), this))
    , m_stability(new QLabel(tr("loading…"), this))
    , m_links(new QLabel(tr("loading…"), this))
    , m_requests(new QLabel(tr("loading…"), this))
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
    m_links->setObjectName(QStringLiteral("qseLinkCount"));
    m_requests->setObjectName(QStringLiteral("qseRequestCount"));
    m_requests->setWordWrap(true);
    form->addRow(tr("Links:"), m_links);
    form->addRow(tr("Requests:"), m_requests);

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
    if (m_pending > 0)
        return false;
    m_pending = 3;
    m_ok = true;
    m_banner->clear();
    api::QseOdagApi qse(m_session->transport());
    qse.about(this, [this](const api::ApiResult<QseAbout> &r) {
        if (r.ok()) {
            m_version->setText(r->version.value_or(tr("not reported")));
            m_stability->setText(r->stabilityIndex.value_or(tr("not reported")));
        } else if (!wasCanceled(r)) {
            m_version->setText(tr("unknown"));
            m_stability->setText(tr("unknown"));
            m_banner->showError(tr("Could not read the ODAG service's version"), r.error());
        }
        finishOne(r.ok());
    });
    qse.listLinks(this, [this](const api::ApiResult<QList<QseLink>> &r) {
        if (r.ok()) {
            m_links->setText(QLocale().toString(r->size()));
        } else if (!wasCanceled(r)) {
            m_links->setText(tr("unknown"));
            m_banner->showError(tr("Could not list the ODAG links"), r.error());
        }
        finishOne(r.ok());
    });
    qse.listRequests(this, [this](const api::ApiResult<QList<QseRequest>> &r) {
        if (r.ok()) {
            QMap<QseRequestStatus, int> byStatus;
            for (const QseRequest &request : r.value())
                ++byStatus[request.status ? request.status->value() : QseRequestStatus::Unknown];
            QStringList parts;
            for (QseRequestStatus status :
                 {QseRequestStatus::Queued, QseRequestStatus::Loading, QseRequestStatus::Completed,
                  QseRequestStatus::Failed, QseRequestStatus::Cancelled}) {
                if (byStatus.value(status) > 0)
                    parts << tr("%1: %2").arg(displayName(OpenEnum<QseRequestStatus>(status)),
                                              QLocale().toString(byStatus.value(status)));
            }
            m_requests->setText(parts.isEmpty() ? QLocale().toString(r->size())
                                                : tr("%1 (%2)").arg(QLocale().toString(r->size()),
                                                                    parts.join(tr(" · "))));
        } else if (!wasCanceled(r)) {
            m_requests->setText(tr("unknown"));
            m_banner->showError(tr("Could not list the ODAG requests"), r.error());
        }
        finishOne(r.ok());
    });
    return true;
}

void QseAboutPanel::finishOne(bool ok)
{
    m_ok = m_ok && ok;
    if (--m_pending == 0)
        Q_EMIT finished(m_ok);
}

} // namespace odag::gui
