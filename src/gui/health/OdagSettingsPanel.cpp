#include "OdagSettingsPanel.h"

#include "api/OdagTenantApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setIndent(22); // lines up with the check box text
    return label;
}

void showValue(QCheckBox *box, const std::optional<bool> &value)
{
    if (value) {
        box->setTristate(false);
        box->setCheckState(*value ? Qt::Checked : Qt::Unchecked);
    } else {
        box->setCheckState(Qt::PartiallyChecked); // "not known"
    }
}

bool changed(const QCheckBox *box, const std::optional<bool> &server)
{
    if (box->checkState() == Qt::PartiallyChecked)
        return false;
    return !server || *server != (box->checkState() == Qt::Checked);
}
} // namespace

OdagSettingsPanel::OdagSettingsPanel(TenantSession *session, QWidget *parent)
    : HealthSection(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
    , m_odagEnabled(new QCheckBox(tr("On-demand app generation"), this))
    , m_dynamicViews(new QCheckBox(tr("Dynamic views"), this))
    , m_permission(new QLabel(this))
    , m_result(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("R&evert"), this))
{
    setObjectName(QStringLiteral("odagSettingsPanel"));
    m_odagEnabled->setObjectName(QStringLiteral("odagEnabled"));
    m_odagEnabled->setAccessibleName(tr("On-demand app generation enabled"));
    m_dynamicViews->setObjectName(QStringLiteral("dynamicViewEnabled"));
    m_dynamicViews->setAccessibleName(tr("Dynamic views enabled"));
    m_permission->setObjectName(QStringLiteral("canUpdateSettings"));
    m_permission->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("odagSettingsResult"));
    m_result->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("odagSettingsSave"));
    m_save->setToolTip(tr("Send the changed settings to the tenant (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("odagSettingsRevert"));
    m_revert->setToolTip(tr("Go back to the settings the tenant has"));
    for (QCheckBox *box : {m_odagEnabled, m_dynamicViews}) {
        box->setEnabled(false);
        box->setCheckState(Qt::PartiallyChecked);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_odagEnabled);
    layout->addWidget(hint(tr("Users can generate apps on demand from navigation links."), this));
    layout->addSpacing(6);
    layout->addWidget(m_dynamicViews);
    layout->addWidget(hint(tr("Users can add dynamic views: charts of a template app fed by the "
                              "selections made in another app."),
                           this));
    layout->addSpacing(6);
    layout->addWidget(m_permission);
    layout->addLayout(buttons);

    for (QCheckBox *box : {m_odagEnabled, m_dynamicViews})
        connect(box, &QCheckBox::toggled, this, [this] {
            m_result->clear();
            updateControls();
        });
    connect(m_save, &QPushButton::clicked, this, &OdagSettingsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &OdagSettingsPanel::revert);
    connect(m_banner, &ErrorBanner::retryRequested, this, &OdagSettingsPanel::refresh);
    updateControls();
}

bool OdagSettingsPanel::refresh()
{
    if (m_pending > 0 || m_saving)
        return false;
    m_pending = 2;
    m_ok = true;
    m_settingsFailed = false;
    m_banner->clear();
    const int generation = ++m_generation;
    api::OdagTenantApi tenant(m_session->transport());

    tenant.getSettings(this, [this, generation](const api::ApiResult<OdagSettings> &r) {
        if (generation != m_generation || wasCanceled(r)) {
            finishOne(true);
            return;
        }
        m_adminOnly = false;
        if (r.ok()) {
            m_server = r.value();
            m_readable = true;
        } else if (r.error().httpStatus == 403) {
            // Only tenant admins may read the settings: that is information, not a fault.
            m_readable = false;
            m_adminOnly = true;
            m_server = {};
        } else if (!m_readable || !isDirty()) {
            m_readable = false;
            m_server = {};
        }
        if (!r.ok() && !m_adminOnly) {
            m_ok = false;
            m_settingsFailed = true;
            m_banner->showError(tr("Could not read the ODAG settings"), r.error());
        }
        if (!isDirty())
            applyServerValues();
        finishOne(r.ok() || m_adminOnly);
    });
    tenant.canUpdateSettings(this, [this, generation](const api::ApiResult<CanUpdateSettings> &r) {
        if (generation != m_generation || wasCanceled(r)) {
            finishOne(true);
            return;
        }
        if (r.ok()) {
            m_canUpdate = r->allowed();
        } else {
            m_canUpdate.reset();
            // The settings' own error says more; it keeps the banner when both failed.
            if (!m_settingsFailed)
                m_banner->showError(
                    tr("Could not find out whether you may change the ODAG settings"), r.error());
        }
        finishOne(r.ok());
    });
    updateControls();
    return true;
}

void OdagSettingsPanel::finishOne(bool ok)
{
    m_ok = m_ok && ok;
    --m_pending;
    updateControls();
    if (m_pending == 0)
        Q_EMIT finished(m_ok);
}

bool OdagSettingsPanel::isDirty() const
{
    return m_readable && (changed(m_odagEnabled, m_server.odagEnabled) ||
                          changed(m_dynamicViews, m_server.dynamicViewEnabled));
}

void OdagSettingsPanel::applyServerValues()
{
    const QSignalBlocker b1(m_odagEnabled);
    const QSignalBlocker b2(m_dynamicViews);
    showValue(m_odagEnabled, m_readable ? m_server.odagEnabled : std::nullopt);
    showValue(m_dynamicViews, m_readable ? m_server.dynamicViewEnabled : std::nullopt);
    updateControls();
}

QString OdagSettingsPanel::lockReason() const
{
    if (m_adminOnly || (m_canUpdate && !*m_canUpdate))
        return tr("Only tenant administrators can view or change the ODAG settings.");
    if (!m_canUpdate)
        return tr("Could not find out whether you may change these settings.");
    if (!m_readable)
        return tr("The current settings could not be read, so they cannot be changed now.");
    return {};
}

void OdagSettingsPanel::updateControls()
{
    // The first load decides; later refreshes (auto-refresh) keep the controls usable.
    const bool firstLoad = m_pending > 0 && !m_canUpdate && !m_readable && !m_adminOnly;
    const QString reason = firstLoad ? tr("Loading…") : lockReason();
    const bool editable = reason.isEmpty() && !m_saving;
    for (QCheckBox *box : {m_odagEnabled, m_dynamicViews}) {
        box->setEnabled(editable);
        box->setToolTip(reason);
    }
    m_permission->setText(reason.isEmpty() ? tr("You can change these settings.") : reason);
    m_save->setEnabled(editable && isDirty());
    m_revert->setEnabled(!m_saving && isDirty());
}

void OdagSettingsPanel::revert()
{
    applyServerValues();
    m_result->clear();
}

void OdagSettingsPanel::save()
{
    if (!isDirty() || m_saving)
        return;
    // Only the members the user changed: an absent member stays as it is on the tenant.
    OdagSettingsPutPayload payload;
    if (changed(m_odagEnabled, m_server.odagEnabled))
        payload.odagEnabled = m_odagEnabled->isChecked();
    if (changed(m_dynamicViews, m_server.dynamicViewEnabled))
        payload.dynamicViewEnabled = m_dynamicViews->isChecked();
    m_saving = true;
    ++m_generation; // a load under way answers with the old values
    m_banner->clear();
    m_result->setText(tr("Saving…"));
    updateControls();
    api::OdagTenantApi(m_session->transport())
        .putSettings(payload, this, [this](const api::ApiResult<OdagSettings> &r) {
            m_saving = false;
            if (wasCanceled(r))
                return;
            if (r.ok()) {
                const OdagSettings &saved = r.value();
                if (saved.odagEnabled)
                    m_server.odagEnabled = saved.odagEnabled;
                if (saved.dynamicViewEnabled)
                    m_server.dynamicViewEnabled = saved.dynamicViewEnabled;
                applyServerValues();
                m_result->setText(
                    tr("Saved at %1.")
                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                Q_EMIT statusMessage(tr("ODAG settings saved"));
            } else {
                // The user's edit stays on screen so Save can be tried again.
                m_result->clear();
                m_banner->showError(tr("Could not save the ODAG settings"), r.error());
            }
            updateControls();
        });
}

} // namespace odag::gui
