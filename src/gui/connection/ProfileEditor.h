#pragma once

#include "Profile.h"
#include "SessionFactory.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace odag::gui {

class ConnectionTestPanel;
class ProfileStore;
class SecretStore;

// Adds or edits one connection profile: its kind (Qlik Cloud, Qlik Sense Enterprise),
// address and sign-in, with the fields of the chosen sign-in only. Validates at the field,
// keeps secrets in the SecretStore (password echo, never in the settings), and tests the
// connection with what is typed before anything is saved.
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    // `profile` with an empty id is a new profile. `reservedNames` are names the profile
    // may not take (the built-in profiles).
    ProfileEditor(const Profile &profile, const QStringList &reservedNames, ProfileStore *store,
                  SecretStore *secrets, SessionFactory *factory, QWidget *parent = nullptr);

    // The profile as the form says (without secrets).
    Profile profile() const;
    // Validates and saves: secrets first, then the profile; accept() when both are done.
    void save();
    void testConnection();

Q_SIGNALS:
    void saved(const QString &profileId);

protected:
    void done(int result) override;

private:
    QWidget *buildAuthPage(Profile::Auth auth);
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
    QLineEdit *secretEdit(Profile::Secret secret, const QString &objectName, const QString &accessibleName,
                          QWidget *parent);
    QWidget *withError(QWidget *field, const QString &errorObjectName);
    QWidget *browseRow(QLineEdit *edit, const QString &buttonName, bool keyFile);
    void fillAuthChoices();
    void showAuthPage();
    void updateUrlHint();
    void setFieldError(QWidget *field, const QString &error);
    bool validate();
    SessionFactory::Secrets typedSecrets() const;
    void writeSecrets(QList<QPair<QString, QByteArray>> writes, QStringList removals);
    void setBusy(bool busy);

    Profile m_profile;
    bool m_isNew;
    QStringList m_reserved;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    SessionFactory *m_factory;

    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLabel *m_urlHint;
    QComboBox *m_auth;
    QStackedWidget *m_authPages;
    QHash<int, QWidget *> m_pageOf; // Profile::Auth -> page
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_oauthClient = nullptr;
    QSpinBox *m_oauthPort = nullptr;
    QLineEdit *m_headerName = nullptr;
    QLineEdit *m_userDirectory = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_certificatePath = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLineEdit *m_certificatePassword = nullptr;
    QLineEdit *m_windowsUser = nullptr;
    QLineEdit *m_windowsPassword = nullptr;
    QHash<QWidget *, QLabel *> m_errors; // field -> its error line
    QHash<int, QLineEdit *> m_secretEdits; // Profile::Secret -> field
    QLabel *m_secretsNotice;
    QLabel *m_saveError;
    QPushButton *m_test;
    ConnectionTestPanel *m_testPanel;
    QDialogButtonBox *m_buttons;
};

} // namespace odag::gui
