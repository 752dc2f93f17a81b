#include "AppDetailsTab.h"

#include "api/AppsApi.h"
#include "gui/widgets/ErrorBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QString when(const DateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toDateTime().toLocalTime(), QLocale::ShortFormat)
                        : AppDetailsTab::tr("—");
}
} // namespace

AppDetailsTab::AppDetailsTab(api::Transport &transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_banner(new ErrorBanner(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save changes"), this))
{
    setObjectName(QStringLiteral("appDetailsTab"));
    m_name->setObjectName(QStringLiteral("appDetailsName"));
    m_name->setAccessibleName(tr("App name"));
    m_name->setMaxLength(256);
    m_description->setObjectName(QStringLiteral("appDetailsDescription"));
    m_description->setAccessibleName(tr("App description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_save->setObjectName(QStringLiteral("appDetailsSave"));
    m_save->setToolTip(tr("Save the name and description (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    m_id = addRow(form, tr("App ID:"), QStringLiteral("appDetailsId"));
    m_space = addRow(form, tr("Space:"), QStringLiteral("appDetailsSpace"));
    m_owner = addRow(form, tr("Owner:"), QStringLiteral("appDetailsOwner"));
    m_created = addRow(form, tr("Created:"), QStringLiteral("appDetailsCreated"));
    m_modified = addRow(form, tr("Modified:"), QStringLiteral("appDetailsModified"));
    m_reloaded = addRow(form, tr("Last reload:"), QStringLiteral("appDetailsReloaded"));
    m_published = addRow(form, tr("Published:"), QStringLiteral("appDetailsPublished"));
    m_origin = addRow(form, tr("Published from:"), QStringLiteral("appDetailsOrigin"));
    m_usage = addRow(form, tr("Usage:"), QStringLiteral("appDetailsUsage"));
    m_flags = addRow(form, tr("Properties:"), QStringLiteral("appDetailsFlags"));
    m_privileges = addRow(form, tr("Your privileges:"), QStringLiteral("appDetailsPrivileges"));
    m_privileges->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_name, &QLineEdit::textChanged, this, &AppDetailsTab::updateSave);
    connect(m_description, &QPlainTextEdit::textChanged, this, &AppDetailsTab::updateSave);
    connect(m_save, &QPushButton::clicked, this, &AppDetailsTab::save);
    connect(m_banner, &ErrorBanner::retryRequested, this, &AppDetailsTab::save);
    clearApp();
}

QLabel *AppDetailsTab::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void AppDetailsTab::clearApp()
{
    m_app = AppInfo{};
    m_banner->clear();
    m_name->clear();
    m_description->clear();
    for (QLabel *l : {m_id, m_space, m_owner, m_created, m_modified, m_reloaded, m_published, m_origin, m_usage,
                      m_flags, m_privileges})
        l->clear();
    setEnabled(false);
}

void AppDetailsTab::setApp(const AppInfo &app, const QString &spaceName)
{
    const bool sameApp = app.id == m_app.id;
    const bool edited = sameApp && (m_name->text() != m_app.name || m_description->toPlainText() != m_app.description);
    m_app = app;
    setEnabled(true);
    if (!sameApp)
        m_banner->clear();
    // Unsaved edits of this app survive a refresh of its attributes.
    if (!edited) {
        m_name->setText(app.name);
        m_description->setPlainText(app.description);
    }
    const bool canUpdate = app.privileges.isEmpty() || app.can(QStringLiteral("update"));
    m_name->setReadOnly(!canUpdate);
    m_description->setReadOnly(!canUpdate);
    m_id->setText(app.id);
    m_space->setText(app.spaceId.isEmpty() ? tr("Personal space") : tr("%1 (%2)").arg(spaceName, app.spaceId));
    m_owner->setText(app.owner.isEmpty() || app.owner == app.ownerId ? app.ownerId
                                                                     : tr("%1 (%2)").arg(app.owner, app.ownerId));
    m_created->setText(when(app.createdDate));
    m_modified->setText(when(app.modifiedDate));
    m_reloaded->setText(when(app.lastReloadTime));
    m_published->setText(app.isPublished() ? tr("yes, %1").arg(when(app.publishTime)) : tr("no"));
    m_origin->setText(app.originAppId.isEmpty() ? tr("—") : app.originAppId);
    m_usage->setText(app.usage ? displayName(*app.usage) : tr("—"));
    QStringList flags;
    if (app.hasSectionAccess)
        flags << tr("section access");
    if (app.isDirectQueryMode)
        flags << tr("Direct Query");
    if (app.encrypted)
        flags << tr("encrypted");
    m_flags->setText(flags.isEmpty() ? tr("—") : flags.join(QStringLiteral(", ")));
    m_privileges->setText(app.privileges.isEmpty() ? tr("not reported") : app.privileges.join(QStringLiteral(", ")));
    updateSave();
}

void AppDetailsTab::updateSave()
{
    const bool changed = !m_app.id.isEmpty() &&
                         (m_name->text().trimmed() != m_app.name || m_description->toPlainText() != m_app.description);
    m_save->setEnabled(changed && !m_saving && !m_name->text().trimmed().isEmpty() && !m_name->isReadOnly());
}

void AppDetailsTab::save()
{
    if (m_app.id.isEmpty() || m_saving)
        return;
    UpdateApp update;
    UpdateAppAttributes attributes;
    attributes.name = m_name->text().trimmed();
    attributes.description = m_description->toPlainText();
    update.attributes = attributes;
    m_saving = true;
    updateSave();
    const QString appId = m_app.id;
    api::AppsApi(m_transport).updateApp(appId, update, this, [this, appId](const api::ApiResult<AppInfo> &r) {
        m_saving = false;
        if (appId != m_app.id)
            return;
        if (!r.ok()) {
            // The edits stay in the fields for another try.
            m_banner->showError(tr("Could not save the app"), r.error());
            updateSave();
            return;
        }
        m_banner->clear();
        m_name->setText(r->name);
        m_description->setPlainText(r->description);
        m_app = r.value();
        updateSave();
        Q_EMIT appUpdated(r.value());
    });
}

} // namespace odag::gui
