#include "AppOperations.h"

#include "AppFormDialog.h"
#include "AppTransferBar.h"
#include "api/AppsApi.h"
#include "gui/widgets/Dialogs.h"

#include <QDir>
#include <algorithm>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace odag::gui {

namespace {
// A file name made from an app name: no characters file systems refuse.
QString fileNameFor(const QString &appName)
{
    QString name = appName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return name.trimmed().isEmpty() ? QStringLiteral("app.qvf") : name + QStringLiteral(".qvf");
}
} // namespace

AppOperations::AppOperations(api::Transport &transport, QWidget *dialogParent, AppTransferBar *transfer,
                             QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_dialogParent(dialogParent)
    , m_transfer(transfer)
{
    connect(m_transfer, &AppTransferBar::imported, this, [this](const AppInfo &app) {
        Q_EMIT appAdded(app);
        Q_EMIT message(tr("Imported “%1”").arg(app.name));
    });
    connect(m_transfer, &AppTransferBar::exported, this, [this](const QString &path) {
        Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_transfer, &AppTransferBar::canceled, this, [this] { Q_EMIT message(tr("Transfer cancelled")); });
    connect(m_transfer, &AppTransferBar::failed, this, &AppOperations::failed);
    connect(m_transfer, &AppTransferBar::fileFailed, this, [this](const QString &text) {
        dialogs::warning(m_dialogParent, tr("App file"), text);
    });
}

QList<Space> AppOperations::spacesOf(const QStringList &types) const
{
    QList<Space> out;
    for (const Space &s : m_spaces) {
        if (s.type && types.contains(s.type->raw()))
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const Space &a, const Space &b) {
        return a.name.value_or(QString()).localeAwareCompare(b.name.value_or(QString())) < 0;
    });
    return out;
}

AppFormDialog *AppOperations::form(const QString &objectName, const QString &title, const QString &intro,
                                   AppFormDialog::Fields fields, AppFormDialog::Fields required,
                                   const QList<Space> &spaces, bool personalChoice)
{
    auto *dialog = new AppFormDialog(title, intro, fields, required, spaces, personalChoice, m_dialogParent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

template <class Call>
void AppOperations::change(const QString &what, const QString &done, Call call, bool added)
{
    call([this, what, done, added](const api::ApiResult<AppInfo> &r) {
        if (!r.ok()) {
            Q_EMIT failed(what, r.error());
            return;
        }
        if (added)
            Q_EMIT appAdded(r.value());
        else
            Q_EMIT appChanged(r.value());
        Q_EMIT message(done.arg(r->name));
    });
}

void AppOperations::create()
{
    auto *dialog = form(QStringLiteral("createAppDialog"), tr("New app"), QString(),
                        AppFormDialog::NameField | AppFormDialog::DescriptionField | AppFormDialog::SpaceField, AppFormDialog::NameField,
                        spacesOf({QStringLiteral("shared"), QStringLiteral("data")}), true);
    dialog->setOkText(tr("Create"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString description = dialog->description();
        const QString space = dialog->spaceId();
        const CreateApp body = CreateApp::make(dialog->name(),
                                               description.isEmpty() ? std::nullopt : std::optional<QString>(description),
                                               space.isEmpty() ? std::nullopt : std::optional<QString>(space));
        change(tr("Could not create the app"), tr("Created “%1”"),
               [this, body](auto done) { api::AppsApi(m_transport).createApp(body, this, done); }, true);
    });
    dialog->open();
}

void AppOperations::copy(const AppInfo &app)
{
    auto *dialog = form(QStringLiteral("copyAppDialog"), tr("Copy app"),
                        tr("Copies “%1” with its script and data.").arg(app.name),
                        AppFormDialog::NameField | AppFormDialog::SpaceField, AppFormDialog::NameField,
                        spacesOf({QStringLiteral("shared"), QStringLiteral("data")}), true);
    dialog->setName(tr("%1 (copy)").arg(app.name));
    dialog->setSpaceId(app.spaceId);
    dialog->setOkText(tr("Copy"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = app.id] {
        const QString space = dialog->spaceId();
        const CreateApp body = CreateApp::make(dialog->name(), std::nullopt,
                                               space.isEmpty() ? std::nullopt : std::optional<QString>(space));
        change(tr("Could not copy the app"), tr("Copied to “%1”"),
               [this, id, body](auto done) { api::AppsApi(m_transport).copyApp(id, body, this, done); }, true);
    });
    dialog->open();
}

void AppOperations::move(const AppInfo &app)
{
    QList<Space> targets;
    for (const Space &s : spacesOf({QStringLiteral("shared"), QStringLiteral("data")})) {
        if (s.id.value_or(QString()) != app.spaceId)
            targets.append(s);
    }
    auto *dialog = form(QStringLiteral("moveAppDialog"), tr("Move app to a space"),
                        tr("Moves “%1” into another shared space. Its members will see it.").arg(app.name),
                        AppFormDialog::SpaceField, AppFormDialog::SpaceField, targets, false);
    dialog->setOkText(tr("Move"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = app.id] {
        const QString space = dialog->spaceId();
        change(tr("Could not move the app"), tr("Moved “%1”"),
               [this, id, space](auto done) { api::AppsApi(m_transport).moveToSpace(id, space, this, done); });
    });
    dialog->open();
}

void AppOperations::removeFromSpace(const AppInfo &app)
{
    if (dialogs::question(m_dialogParent, tr("Remove from space"),
                          tr("Move “%1” out of its space into the owner's personal space?").arg(app.name)) !=
        QMessageBox::Yes)
        return;
    change(tr("Could not remove the app from its space"), tr("“%1” is now in the personal space"),
           [this, id = app.id](auto done) { api::AppsApi(m_transport).removeFromSpace(id, this, done); });
}

void AppOperations::changeOwner(const AppInfo &app)
{
    auto *dialog = form(QStringLiteral("ownerAppDialog"), tr("Change owner"),
                        tr("“%1” is owned by %2. Give it to:").arg(app.name, app.ownerId), AppFormDialog::OwnerField,
                        AppFormDialog::OwnerField, {}, false);
    dialog->setOkText(tr("Change owner"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = app.id] {
        const QString owner = dialog->ownerId();
        change(tr("Could not change the owner"), tr("Changed the owner of “%1”"),
               [this, id, owner](auto done) { api::AppsApi(m_transport).changeOwner(id, owner, this, done); });
    });
    dialog->open();
}

void AppOperations::publish(const AppInfo &app)
{
    auto *dialog = form(QStringLiteral("publishAppDialog"), tr("Publish app"),
                        tr("Publishes a copy of “%1” to a managed space, where its members can use it.").arg(app.name),
                        AppFormDialog::NameField | AppFormDialog::SpaceField, AppFormDialog::NameField | AppFormDialog::SpaceField,
                        spacesOf({QStringLiteral("managed")}), false);
    dialog->setName(app.name);
    dialog->setOkText(tr("Publish"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = app.id] {
        AppPublish body;
        body.spaceId = dialog->spaceId();
        UpdateAppAttributes attributes;
        attributes.name = dialog->name();
        body.attributes = attributes;
        change(tr("Could not publish the app"), tr("Published “%1”"),
               [this, id, body](auto done) { api::AppsApi(m_transport).publishApp(id, body, this, done); }, true);
    });
    dialog->open();
}

void AppOperations::republish(const AppInfo &app)
{
    auto *dialog = form(QStringLiteral("republishAppDialog"), tr("Republish app"),
                        tr("Replaces the copy of “%1” published to a managed space with its current script and "
                           "data.")
                            .arg(app.name),
                        AppFormDialog::SpaceField, AppFormDialog::SpaceField, spacesOf({QStringLiteral("managed")}), false);
    dialog->setOkText(tr("Republish"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = app.id] {
        AppRepublish body;
        body.spaceId = dialog->spaceId();
        body.checkOriginAppId = true;
        change(tr("Could not republish the app"), tr("Republished “%1”"),
               [this, id, body](auto done) { api::AppsApi(m_transport).republishApp(id, body, this, done); });
    });
    dialog->open();
}

void AppOperations::remove(const AppInfo &app)
{
    if (dialogs::question(m_dialogParent, tr("Delete app"),
                          tr("Delete “%1” with its data, script history and reload logs? This cannot be undone.")
                              .arg(app.name)) != QMessageBox::Yes)
        return;
    api::AppsApi(m_transport).deleteApp(app.id, this,
                                        [this, id = app.id, name = app.name](const api::ApiResult<api::Empty> &r) {
                                            if (!r.ok()) {
                                                Q_EMIT failed(tr("Could not delete the app"), r.error());
                                                return;
                                            }
                                            Q_EMIT appRemoved(id);
                                            Q_EMIT message(tr("Deleted “%1”").arg(name));
                                        });
}

void AppOperations::exportApp(const AppInfo &app)
{
    if (m_transfer->isBusy())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = dialogs::saveFileName(m_dialogParent, tr("Export app"),
                                               QDir(dir).filePath(fileNameFor(app.name)), tr("Qlik Sense apps (*.qvf)"));
    if (path.isEmpty())
        return;
    m_transfer->exportApp(app.id, app.name, path);
}

void AppOperations::importApp()
{
    if (m_transfer->isBusy())
        return;
    const QString path = dialogs::openFileName(m_dialogParent, tr("Import app"),
                                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                               tr("Qlik Sense apps (*.qvf)"));
    if (path.isEmpty())
        return;
    auto *dialog = form(QStringLiteral("importAppDialog"), tr("Import app"),
                        tr("Uploads %1 as a new app.").arg(QDir::toNativeSeparators(path)),
                        AppFormDialog::NameField | AppFormDialog::SpaceField, AppFormDialog::Fields(),
                        spacesOf({QStringLiteral("shared"), QStringLiteral("data")}), true);
    dialog->setName(QFileInfo(path).completeBaseName());
    dialog->setOkText(tr("Import"));
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        api::AppImportQuery query;
        if (!dialog->name().isEmpty())
            query.name = dialog->name();
        if (!dialog->spaceId().isEmpty())
            query.spaceId = dialog->spaceId();
        m_transfer->importApp(path, query);
    });
    dialog->open();
}

} // namespace odag::gui
