#include "ProfileEditor.h"

#include "ConnectionTestPanel.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SessionFactory.h"
#include "gui/widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace odag::gui {

namespace {
const QString kGeometryKey = QStringLiteral("profileEditor/geometry");
}

ProfileEditor::ProfileEditor(const Profile &profile, const QStringList &reservedNames, ProfileStore *store,
                             SecretStore *secrets, SessionFactory *factory, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_isNew(profile.id.isEmpty())
    , m_reserved(reservedNames)
    , m_store(store)
    , m_secrets(secrets)
    , m_factory(factory)
    , m_name(lineEdit(QStringLiteral("profileName"), tr("Profile name"), this))
    , m_kind(new QComboBox(this))
    , m_url(lineEdit(QStringLiteral("profileUrl"), tr("Tenant address"), this))
    , m_urlHint(new QLabel(this))
    , m_auth(new QComboBox(this))
    , m_authPages(new QStackedWidget(this))
    , m_secretsNotice(new QLabel(this))
    , m_saveError(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testPanel(new ConnectionTestPanel(factory, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(m_isNew ? tr("New connection profile") : tr("Edit profile %1").arg(profile.name));
    setMinimumWidth(560);
    resize(640, 600);

    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->setAccessibleName(tr("Kind of tenant"));
    m_kind->addItem(tr("Qlik Cloud"), int(Profile::Kind::Cloud));
    m_kind->addItem(tr("Qlik Sense Enterprise on Windows"), int(Profile::Kind::SenseEnterprise));
    m_kind->setCurrentIndex(profile.kind == Profile::Kind::SenseEnterprise ? 1 : 0);
    m_auth->setObjectName(QStringLiteral("profileAuth"));
    m_kind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_auth->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_urlHint->setObjectName(QStringLiteral("profileUrlHint"));
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    m_urlHint->setWordWrap(true);

    for (Profile::Auth a : {Profile::Auth::ApiKey, Profile::Auth::OAuth, Profile::Auth::HeaderUser,
                            Profile::Auth::ClientCertificate, Profile::Auth::Windows}) {
        QWidget *page = buildAuthPage(a);
        m_pageOf.insert(int(a), page);
        m_authPages->addWidget(page);
    }

    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("profileNameError")));
    form->addRow(tr("&Kind:"), m_kind);
    auto *urlColumn = new QWidget(this);
    auto *urlLayout = new QVBoxLayout(urlColumn);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->setSpacing(2);
    urlLayout->addWidget(withError(m_url, QStringLiteral("profileUrlError")));
    urlLayout->addWidget(m_urlHint);
    form->addRow(tr("&Address:"), urlColumn);
    form->addRow(tr("&Sign in with:"), m_auth);

    m_secretsNotice->setObjectName(QStringLiteral("secretsNotice"));
    m_secretsNotice->setWordWrap(true);
    m_secretsNotice->setForegroundRole(QPalette::PlaceholderText);
    m_secretsNotice->setText(
        m_secrets->isPersistent()
            ? tr("Keys and passwords are kept in the system keychain, never in the settings file.")
            : tr("This computer has no keychain: keys and passwords are kept only until ODAG Admin quits."));
    m_saveError->setObjectName(QStringLiteral("profileSaveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_saveError->setVisible(false);

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Connect with what is typed here, without saving (Ctrl+T)"));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(m_testPanel, &ConnectionTestPanel::pinnedCertificatesChanged, this,
            [this](const QList<QByteArray> &pins) { m_profile.pinnedCertificates = pins; });

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProfileButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelProfileButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // The fields of the chosen sign-in, grouped so that switching it reads as one change.
    auto *signIn = new QGroupBox(tr("Sign-in details"), this);
    signIn->setObjectName(QStringLiteral("profileSignInGroup"));
    auto *signInLayout = new QVBoxLayout(signIn);
    signInLayout->addWidget(m_authPages);
    layout->addWidget(signIn);
    layout->addWidget(m_secretsNotice);
    layout->addLayout(testRow);
    layout->addWidget(m_testPanel, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillAuthChoices();
        updateUrlHint();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileEditor::showAuthPage);
    fillAuthChoices();
    updateUrlHint();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

QLineEdit *ProfileEditor::lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setClearButtonEnabled(true);
    return e;
}

QLineEdit *ProfileEditor::secretEdit(Profile::Secret secret, const QString &objectName,
                                     const QString &accessibleName, QWidget *parent)
{
    QLineEdit *e = lineEdit(objectName, accessibleName, parent);
    e->setEchoMode(QLineEdit::Password);
    // A stored secret is never read back into the form: empty keeps it.
    if (!m_isNew && SessionFactory::secretsOf(m_profile.auth).contains(secret))
        e->setPlaceholderText(tr("Stored — leave empty to keep"));
    m_secretEdits.insert(int(secret), e);
    return e;
}

QWidget *ProfileEditor::withError(QWidget *field, const QString &errorObjectName)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(errorObjectName);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setVisible(false);
    v->addWidget(error);
    m_errors.insert(field, error);
    return box;
}

QWidget *ProfileEditor::browseRow(QLineEdit *edit, const QString &buttonName, bool keyFile)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(withError(edit, edit->objectName() + QStringLiteral("Error")), 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(buttonName);
    browse->setToolTip(keyFile ? tr("Choose the PEM private key file") : tr("Choose the certificate file (PEM, PFX or P12)"));
    connect(browse, &QPushButton::clicked, this, [this, edit, keyFile] {
        const QString path = dialogs::openFileName(
            this, keyFile ? tr("Private key") : tr("Client certificate"), edit->text(),
            keyFile ? tr("PEM keys (*.pem *.key);;All files (*)")
                    : tr("Certificates (*.pem *.crt *.cer *.pfx *.p12);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    h->addWidget(browse, 0, Qt::AlignTop);
    return row;
}

QWidget *ProfileEditor::buildAuthPage(Profile::Auth auth)
{
    auto *page = new QWidget(m_authPages);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    switch (auth) {
    case Profile::Auth::ApiKey:
        m_apiKey = secretEdit(Profile::Secret::ApiKey, QStringLiteral("profileApiKey"), tr("API key"), page);
        m_apiKey->setToolTip(tr("An API key made in the tenant's profile settings (Settings › API keys)"));
        form->addRow(tr("API &key:"), withError(m_apiKey, QStringLiteral("profileApiKeyError")));
        break;
    case Profile::Auth::OAuth:
        m_oauthClient = lineEdit(QStringLiteral("profileOAuthClientId"), tr("OAuth client ID"), page);
        m_oauthClient->setText(m_profile.oauthClientId);
        m_oauthPort = new QSpinBox(page);
        m_oauthPort->setObjectName(QStringLiteral("profileOAuthPort"));
        m_oauthPort->setAccessibleName(tr("Redirect port"));
        m_oauthPort->setRange(0, 65535);
        m_oauthPort->setSpecialValueText(tr("any free port"));
        m_oauthPort->setValue(m_profile.oauthRedirectPort);
        form->addRow(tr("OAuth &client ID:"), withError(m_oauthClient, QStringLiteral("profileOAuthClientIdError")));
        form->addRow(tr("&Redirect port:"), m_oauthPort);
        break;
    case Profile::Auth::HeaderUser:
        m_headerName = lineEdit(QStringLiteral("profileHeaderName"), tr("Header name"), page);
        m_headerName->setText(QString::fromLatin1(m_profile.headerName));
        m_headerName->setToolTip(tr("The header the virtual proxy reads the user from"));
        m_userDirectory = lineEdit(QStringLiteral("profileUserDirectory"), tr("User directory"), page);
        m_userDirectory->setText(m_profile.userDirectory);
        m_userId = lineEdit(QStringLiteral("profileUserId"), tr("User ID"), page);
        m_userId->setText(m_profile.userId);
        form->addRow(tr("&Header:"), withError(m_headerName, QStringLiteral("profileHeaderNameError")));
        form->addRow(tr("User &directory:"), withError(m_userDirectory, QStringLiteral("profileUserDirectoryError")));
        form->addRow(tr("&User ID:"), withError(m_userId, QStringLiteral("profileUserIdError")));
        break;
    case Profile::Auth::ClientCertificate:
        m_certificatePath = lineEdit(QStringLiteral("profileCertificatePath"), tr("Certificate file"), page);
        m_certificatePath->setText(m_profile.certificatePath);
        m_keyPath = lineEdit(QStringLiteral("profileKeyPath"), tr("Private key file"), page);
        m_keyPath->setText(m_profile.keyPath);
        m_keyPath->setPlaceholderText(tr("Empty for a PFX/P12 file"));
        m_certificatePassword = secretEdit(Profile::Secret::CertificatePassword,
                                           QStringLiteral("profileCertificatePassword"),
                                           tr("Certificate password"), page);
        form->addRow(tr("&Certificate:"), browseRow(m_certificatePath, QStringLiteral("browseCertificateButton"), false));
        form->addRow(tr("Private &key:"), browseRow(m_keyPath, QStringLiteral("browseKeyButton"), true));
        form->addRow(tr("&Password:"), withError(m_certificatePassword, QStringLiteral("profileCertificatePasswordError")));
        break;
    case Profile::Auth::Windows:
        m_windowsUser = lineEdit(QStringLiteral("profileWindowsUser"), tr("Windows user"), page);
        m_windowsUser->setPlaceholderText(tr("DOMAIN\\user"));
        m_windowsUser->setText(m_profile.windowsUser);
        m_windowsPassword = secretEdit(Profile::Secret::WindowsPassword, QStringLiteral("profileWindowsPassword"),
                                       tr("Windows password"), page);
        form->addRow(tr("&Windows user:"), withError(m_windowsUser, QStringLiteral("profileWindowsUserError")));
        form->addRow(tr("&Password:"), withError(m_windowsPassword, QStringLiteral("profileWindowsPasswordError")));
        break;
    }
    return page;
}

void ProfileEditor::fillAuthChoices()
{
    const auto kind = Profile::Kind(m_kind->currentData().toInt());
    const int previous = m_auth->currentIndex() >= 0 ? m_auth->currentData().toInt() : int(m_profile.auth);
    const QSignalBlocker blocker(m_auth);
    m_auth->clear();
    if (kind == Profile::Kind::Cloud) {
        m_auth->addItem(tr("API key"), int(Profile::Auth::ApiKey));
        if (SessionFactory::oauthAvailable() || m_profile.auth == Profile::Auth::OAuth)
            m_auth->addItem(tr("OAuth sign-in in the browser"), int(Profile::Auth::OAuth));
    } else {
        m_auth->addItem(tr("Header authentication (virtual proxy)"), int(Profile::Auth::HeaderUser));
        m_auth->addItem(tr("Client certificate"), int(Profile::Auth::ClientCertificate));
        m_auth->addItem(tr("Windows (NTLM)"), int(Profile::Auth::Windows));
    }
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(previous)));
    showAuthPage();
}

void ProfileEditor::showAuthPage()
{
    m_authPages->setCurrentWidget(m_pageOf.value(m_auth->currentData().toInt()));
}

void ProfileEditor::updateUrlHint()
{
    const bool cloud = Profile::Kind(m_kind->currentData().toInt()) == Profile::Kind::Cloud;
    m_url->setPlaceholderText(cloud ? QStringLiteral("https://tenant.eu.qlikcloud.com")
                                    : QStringLiteral("https://qlik.example.com/prefix"));
    m_urlHint->setText(cloud ? tr("The address of the Qlik Cloud tenant, as in the browser.")
                             : tr("The Qlik Sense server with its virtual proxy prefix, if any; without "
                                  "/api/odag/v1."));
}

Profile ProfileEditor::profile() const
{
    Profile p = m_profile;
    p.builtIn = false;
    p.name = m_name->text().trimmed();
    p.kind = Profile::Kind(m_kind->currentData().toInt());
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    // A QSE service URL pasted whole (…/api/odag/v1) is cut back to the server.
    const QString root = QStringLiteral("/api/odag/v1");
    QString path = p.url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(root))
        path.chop(root.size());
    p.url.setPath(path);
    p.auth = Profile::Auth(m_auth->currentData().toInt());
    p.oauthClientId = m_oauthClient->text().trimmed();
    p.oauthRedirectPort = quint16(m_oauthPort->value());
    p.headerName = m_headerName->text().trimmed().toLatin1();
    p.userDirectory = m_userDirectory->text().trimmed();
    p.userId = m_userId->text().trimmed();
    p.certificatePath = m_certificatePath->text().trimmed();
    p.keyPath = m_keyPath->text().trimmed();
    p.windowsUser = m_windowsUser->text().trimmed();
    return p;
}

void ProfileEditor::setFieldError(QWidget *field, const QString &error)
{
    if (QLabel *label = m_errors.value(field)) {
        label->setText(error);
        label->setVisible(!error.isEmpty());
    }
    field->setAccessibleDescription(error);
}

bool ProfileEditor::validate()
{
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it)
        setFieldError(it.key(), QString());
    const Profile p = profile();
    QWidget *first = nullptr;
    auto fail = [this, &first](QWidget *field, const QString &error) {
        setFieldError(field, error);
        if (!first)
            first = field;
    };
    if (p.name.isEmpty())
        fail(m_name, tr("Give the profile a name."));
    else {
        bool taken = std::any_of(m_reserved.cbegin(), m_reserved.cend(), [&p](const QString &n) {
            return n.compare(p.name, Qt::CaseInsensitive) == 0;
        });
        for (const Profile &other : m_store->profiles())
            taken = taken || (other.id != p.id && other.name.compare(p.name, Qt::CaseInsensitive) == 0);
        if (taken)
            fail(m_name, tr("Another profile is already called %1.").arg(p.name));
    }
    if (m_url->text().trimmed().isEmpty())
        fail(m_url, tr("Enter the tenant's address."));
    else if (!p.url.isValid() || p.url.host().isEmpty()
             || (p.url.scheme() != QLatin1StringView("https") && p.url.scheme() != QLatin1StringView("http")))
        fail(m_url, tr("This is not a web address: expected https://host."));

    const bool keepStored = !m_isNew && m_profile.auth == p.auth;
    switch (p.auth) {
    case Profile::Auth::ApiKey:
        if (m_apiKey->text().trimmed().isEmpty() && !keepStored)
            fail(m_apiKey, tr("Enter the API key."));
        break;
    case Profile::Auth::OAuth:
        if (p.oauthClientId.isEmpty())
            fail(m_oauthClient, tr("Enter the OAuth client ID registered in the tenant."));
        break;
    case Profile::Auth::HeaderUser:
        if (p.headerName.isEmpty())
            fail(m_headerName, tr("Enter the header name (usually X-Qlik-User)."));
        if (p.userId.isEmpty())
            fail(m_userId, tr("Enter the user ID."));
        if (p.headerName.compare("X-Qlik-User", Qt::CaseInsensitive) == 0 && p.userDirectory.isEmpty())
            fail(m_userDirectory, tr("Enter the user directory."));
        break;
    case Profile::Auth::ClientCertificate:
        if (p.certificatePath.isEmpty())
            fail(m_certificatePath, tr("Choose the certificate file."));
        else if (!QFileInfo::exists(p.certificatePath))
            fail(m_certificatePath, tr("There is no file %1.").arg(p.certificatePath));
        if (!p.keyPath.isEmpty() && !QFileInfo::exists(p.keyPath))
            fail(m_keyPath, tr("There is no file %1.").arg(p.keyPath));
        break;
    case Profile::Auth::Windows:
        if (p.windowsUser.isEmpty())
            fail(m_windowsUser, tr("Enter the Windows user as DOMAIN\\user."));
        if (m_windowsPassword->text().isEmpty() && !keepStored)
            fail(m_windowsPassword, tr("Enter the Windows password."));
        break;
    }
    if (first)
        first->setFocus();
    return !first;
}

SessionFactory::Secrets ProfileEditor::typedSecrets() const
{
    SessionFactory::Secrets s;
    const Profile::Auth auth = Profile::Auth(m_auth->currentData().toInt());
    for (Profile::Secret secret : SessionFactory::secretsOf(auth)) {
        const QLineEdit *e = m_secretEdits.value(int(secret));
        if (!e)
            continue; // a refresh token is never typed: it comes from the sign-in
        const QString text = secret == Profile::Secret::ApiKey ? e->text().trimmed() : e->text();
        if (!text.isEmpty())
            s.insert(secret, text.toUtf8());
    }
    return s;
}

void ProfileEditor::testConnection()
{
    if (!validate())
        return;
    SessionFactory::Options options;
    options.overrides = typedSecrets();
    Profile p = profile();
    if (m_isNew)
        p.id = QStringLiteral("unsaved"); // no stored secret can belong to it
    m_testPanel->test(p, options);
}

void ProfileEditor::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_test->setEnabled(!busy);
}

void ProfileEditor::save()
{
    m_saveError->setVisible(false);
    if (!validate())
        return;
    Profile p = profile();
    if (p.id.isEmpty())
        p.id = ProfileStore::newId();
    m_profile.id = p.id;
    QList<QPair<QString, QByteArray>> writes;
    const SessionFactory::Secrets typed = typedSecrets();
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        writes.append({p.secretKey(it.key()), it.value()});
    // An OAuth sign-in made by "Test connection" is kept: the profile opens without a
    // second trip through the browser.
    if (p.auth == Profile::Auth::OAuth && m_testPanel->session()) {
        if (auto *oauth = dynamic_cast<api::OAuthAuth *>(m_testPanel->session()->transport().authenticator().get());
            oauth && !oauth->tokens().refreshToken.isEmpty())
            writes.append({p.secretKey(Profile::Secret::RefreshToken), oauth->tokens().refreshToken});
    }
    // Secrets of a sign-in the profile no longer uses are removed.
    QStringList removals;
    const QList<Profile::Secret> kept = SessionFactory::secretsOf(p.auth);
    for (Profile::Secret s : {Profile::Secret::ApiKey, Profile::Secret::RefreshToken,
                              Profile::Secret::CertificatePassword, Profile::Secret::WindowsPassword}) {
        if (!kept.contains(s) && !m_isNew)
            removals << p.secretKey(s);
    }
    setBusy(true);
    writeSecrets(writes, removals);
}

void ProfileEditor::writeSecrets(QList<QPair<QString, QByteArray>> writes, QStringList removals)
{
    if (!removals.isEmpty()) {
        const QString key = removals.takeFirst();
        m_secrets->remove(key, this, [this, writes, removals](const QString &) { writeSecrets(writes, removals); });
        return;
    }
    if (!writes.isEmpty()) {
        const auto [key, value] = writes.takeFirst();
        m_secrets->write(key, value, this, [this, writes, removals](const QString &error) {
            if (!error.isEmpty()) {
                setBusy(false);
                m_saveError->setText(tr("The profile was not saved: %1").arg(error));
                m_saveError->setVisible(true);
                return;
            }
            writeSecrets(writes, removals);
        });
        return;
    }
    Profile p = profile();
    p.id = m_profile.id;
    m_store->save(p);
    setBusy(false);
    Q_EMIT saved(p.id);
    accept();
}

void ProfileEditor::done(int result)
{
    m_testPanel->cancel();
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace odag::gui
