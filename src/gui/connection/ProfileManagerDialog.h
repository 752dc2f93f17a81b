#pragma once

#include "Profile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace odag::gui {

class ConnectionTestPanel;
class ProfileEditor;
class ProfileStore;
class SecretStore;
class SessionFactory;

// The list of connection profiles, built-in ones first and read-only: add, edit,
// duplicate (settings and secrets), remove (with its secrets and pins, after asking),
// test the connection, and open one in the main window.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, SessionFactory *factory,
                         QWidget *parent = nullptr);

    // The built-in profiles (the sandbox ones), listed first.
    void setBuiltIns(const QList<Profile> &builtIns);
    // Selects a profile by id.
    void select(const QString &profileId);
    QString selectedId() const;

    // The actions behind the buttons (tests call them too). The editors open with show().
    ProfileEditor *addProfile();
    ProfileEditor *editProfile();
    void duplicateProfile();
    void removeProfile();
    void testProfile();
    void openProfile();

Q_SIGNALS:
    void openRequested(const QString &profileId);

protected:
    void done(int result) override;

private:
    std::optional<Profile> selected() const;
    QStringList builtInNames() const;
    void reload();
    void updateDetails();
    ProfileEditor *showEditor(const Profile &profile);
    void copySecrets(const Profile &from, const Profile &to, QList<Profile::Secret> secrets);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    SessionFactory *m_factory;
    QList<Profile> m_builtIns;
    QString m_detailsId; // the profile the details and the test result are about
    QListWidget *m_list;
    QLabel *m_details;
    QLabel *m_status;
    ConnectionTestPanel *m_testPanel;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_open;
};

} // namespace odag::gui
