#pragma once

#include "AppFormDialog.h"
#include "api/Transport.h"
#include "core/Apps.h"
#include "core/Spaces.h"

#include <QObject>

class QWidget;

namespace odag::gui {

class AppTransferBar;

// Runs the actions that change apps, each with the form or confirmation it needs:
// create, copy, move to a space and out, change owner, publish and republish to a
// managed space, delete, export and import. Forms open non-modally (open()) as children
// of the workspace; results come back as signals so the list updates in place.
class AppOperations : public QObject
{
    Q_OBJECT
public:
    AppOperations(api::Transport &transport, QWidget *dialogParent, AppTransferBar *transfer,
                  QObject *parent = nullptr);

    void setSpaces(const QList<Space> &spaces) { m_spaces = spaces; }

    void create();
    void copy(const AppInfo &app);
    void move(const AppInfo &app);
    void removeFromSpace(const AppInfo &app);
    void changeOwner(const AppInfo &app);
    void publish(const AppInfo &app);
    void republish(const AppInfo &app);
    void remove(const AppInfo &app);
    void exportApp(const AppInfo &app);
    void importApp();

Q_SIGNALS:
    void appAdded(const odag::AppInfo &app);
    void appChanged(const odag::AppInfo &app);
    void appRemoved(const QString &appId);
    void failed(const QString &what, const odag::api::ApiError &error);
    void message(const QString &text);

private:
    // Spaces of the given types ("shared", "managed", "data"), by name.
    QList<Space> spacesOf(const QStringList &types) const;
    AppFormDialog *form(const QString &objectName, const QString &title, const QString &intro,
                        AppFormDialog::Fields fields, AppFormDialog::Fields required, const QList<Space> &spaces,
                        bool personalChoice);
    // Sends a call whose answer is the changed app; `what` names the failure.
    template <class Call>
    void change(const QString &what, const QString &done, Call call, bool added = false);

    api::Transport &m_transport;
    QWidget *m_dialogParent;
    AppTransferBar *m_transfer;
    QList<Space> m_spaces;
};

} // namespace odag::gui
