#include "ProfileManagerDialog.h"

#include "ConnectionTestPanel.h"
#include "ProfileEditor.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SessionFactory.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/HeaderState.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
const QString kGeometryKey = QStringLiteral("profileManager/geometry");
constexpr int kIdRole = Qt::UserRole;

QString authText(Profile::Auth auth)
{
    switch (auth) {
    case Profile::Auth::ApiKey:
        return ProfileManagerDialog::tr("API key");
    case Profile::Auth::OAuth:
        return ProfileManagerDialog::tr("OAuth sign-in");
    case Profile::Auth::HeaderUser:
        return ProfileManagerDialog::tr("Header authentication");
    case Profile::Auth::ClientCertificate:
        return ProfileManagerDialog::tr("Client certificate");
    case Profile::Auth::Windows:
        return ProfileManagerDialog::tr("Windows (NTLM)");
    }
    return {};
}

QString kindText(Profile::Kind kind)
{
    return kind == Profile::Kind::Cloud ? ProfileManagerDialog::tr("Qlik Cloud")
                                        : ProfileManagerDialog::tr("Qlik Sense Enterprise");
}

QPushButton *button(const QString &text, const QString &name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}
} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, SessionFactory *factory,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_factory(factory)
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_testPanel(new ConnectionTestPanel(factory, this))
    , m_add(button(tr("&Add…"), QStringLiteral("addProfileButton"), tr("Add a connection profile (Ctrl+N)"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editProfileButton"), tr("Edit the selected profile"), this))
    , m_duplicate(button(tr("D&uplicate"), QStringLiteral("duplicateProfileButton"),
                         tr("Copy the selected profile with its settings and secrets"), this))
    , m_remove(button(tr("&Remove…"), QStringLiteral("removeProfileButton"),
                      tr("Remove the selected profile with its secrets (Del)"), this))
    , m_test(button(tr("&Test connection"), QStringLiteral("testProfileButton"),
                    tr("Connect with the selected profile and show what it may do (Ctrl+T)"), this))
    , m_open(button(tr("&Open"), QStringLiteral("openProfileButton"), tr("Open the selected profile in the window"), this))
{
    setObjectName(QStringLiteral("profileManager"));
    setWindowTitle(tr("Connection profiles"));
    resize(820, 480);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(220);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding-left: 6px; }"));
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setObjectName(QStringLiteral("profileManagerStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_add->setShortcut(QKeySequence::New);
    m_remove->setShortcut(QKeySequence::Delete);
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_open->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileManagerDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfileManagerDialog::testProfile);
    connect(m_open, &QPushButton::clicked, this, &ProfileManagerDialog::openProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateDetails);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfileManagerDialog::openProfile);

    auto *buttons = new QVBoxLayout;
    int widest = 0;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_remove, m_test})
        widest = std::max(widest, b->fontMetrics().horizontalAdvance(b->text()) + 40);
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_remove, m_test})
        b->setMinimumWidth(widest);
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_testPanel, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("profileManagerSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    rememberSplitterState(splitter, QStringLiteral("profileManager/splitter"));

    auto *body = new QHBoxLayout;
    body->addWidget(splitter, 1);
    body->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeProfilesButton"));
    close->addButton(m_open, QDialogButtonBox::AcceptRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_store, &ProfileStore::changed, this, &ProfileManagerDialog::reload);
    reload();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void ProfileManagerDialog::setBuiltIns(const QList<Profile> &builtIns)
{
    m_builtIns = builtIns;
    reload();
}

QStringList ProfileManagerDialog::builtInNames() const
{
    QStringList names;
    for (const Profile &p : m_builtIns)
        names << p.name;
    return names;
}

void ProfileManagerDialog::reload()
{
    const QString current = selectedId();
    // A handful of rows: rebuilt whole, the selection kept (and announced once, below).
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto add = [this](const Profile &p) {
        auto *item = new QListWidgetItem(p.builtIn ? tr("%1 (built in)").arg(p.name) : p.name, m_list);
        item->setData(kIdRole, p.id);
        item->setToolTip(tr("%1 · %2").arg(kindText(p.kind), p.url.toDisplayString()));
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 14));
    };
    for (const Profile &p : std::as_const(m_builtIns))
        add(p);
    for (const Profile &p : m_store->profiles())
        add(p);
    select(current.isEmpty() && m_list->count() > 0 ? m_list->item(0)->data(kIdRole).toString() : current);
    updateDetails();
}

void ProfileManagerDialog::select(const QString &profileId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == profileId) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (m_list->count() > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

QString ProfileManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

std::optional<Profile> ProfileManagerDialog::selected() const
{
    const QString id = selectedId();
    for (const Profile &p : m_builtIns) {
        if (p.id == id)
            return p;
    }
    return m_store->profile(id);
}

void ProfileManagerDialog::updateDetails()
{
    // A reload of the same profile (a pin saved while testing it) keeps its test going.
    if (selectedId() != m_detailsId) {
        m_detailsId = selectedId();
        m_testPanel->cancel();
        m_testPanel->clear();
    }
    const std::optional<Profile> p = selected();
    const bool editable = p && !p->builtIn;
    m_edit->setEnabled(editable);
    m_duplicate->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_test->setEnabled(p.has_value());
    m_open->setEnabled(p.has_value());
    // Built-in profiles point at a sandbox on a port that changes every run: a copy of
    // one would not open tomorrow.
    m_duplicate->setToolTip(p && p->builtIn ? tr("Built-in profiles cannot be copied: the sandbox's address changes "
                                                 "every time ODAG Admin starts.")
                                            : tr("Copy the selected profile with its settings and secrets"));
    if (!p) {
        m_details->setText(tr("No profile is selected."));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(p->name.toHtmlEscaped());
    html += tr("<p>%1<br>%2<br>Sign in with: %3</p>")
                .arg(kindText(p->kind).toHtmlEscaped(), p->url.toDisplayString().toHtmlEscaped(),
                     authText(p->auth).toHtmlEscaped());
    if (p->builtIn)
        html += tr("<p>Built in: always there, not editable.</p>");
    if (!p->pinnedCertificates.isEmpty())
        html += tr("<p>%n trusted server certificate(s).</p>", "", int(p->pinnedCertificates.size()));
    m_details->setText(html);
}

ProfileEditor *ProfileManagerDialog::showEditor(const Profile &profile)
{
    auto *editor = new ProfileEditor(profile, builtInNames(), m_store, m_secrets, m_factory, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &ProfileEditor::saved, this, [this](const QString &id) {
        reload();
        select(id);
        m_status->setText(tr("Saved."));
    });
    editor->show();
    return editor;
}

ProfileEditor *ProfileManagerDialog::addProfile()
{
    Profile p;
    p.name = m_store->uniqueName(tr("New profile"), builtInNames());
    p.url = QUrl();
    return showEditor(p);
}

ProfileEditor *ProfileManagerDialog::editProfile()
{
    const std::optional<Profile> p = selected();
    if (!p || p->builtIn)
        return nullptr;
    return showEditor(*p);
}

void ProfileManagerDialog::duplicateProfile()
{
    const std::optional<Profile> p = selected();
    if (!p || p->builtIn)
        return;
    Profile copy = *p;
    copy.id = ProfileStore::newId();
    copy.name = m_store->uniqueName(tr("%1 (copy)").arg(p->name), builtInNames());
    m_store->save(copy);
    select(copy.id);
    m_status->setText(tr("Copied %1 with its settings and secrets as %2.").arg(p->name, copy.name));
    copySecrets(*p, copy, SessionFactory::secretsOf(p->auth));
}

void ProfileManagerDialog::copySecrets(const Profile &from, const Profile &to, QList<Profile::Secret> secrets)
{
    if (secrets.isEmpty())
        return;
    const Profile::Secret secret = secrets.takeFirst();
    m_secrets->read(from.secretKey(secret), this,
                    [this, from, to, secrets, secret](const std::optional<QByteArray> &value, const QString &error) {
                        if (!error.isEmpty()) {
                            m_status->setText(tr("The copy has no secrets: %1").arg(error));
                            return;
                        }
                        if (!value) {
                            copySecrets(from, to, secrets);
                            return;
                        }
                        m_secrets->write(to.secretKey(secret), *value, this,
                                         [this, from, to, secrets](const QString &writeError) {
                                             if (!writeError.isEmpty())
                                                 m_status->setText(tr("The copy has no secrets: %1").arg(writeError));
                                             else
                                                 copySecrets(from, to, secrets);
                                         });
                    });
}

void ProfileManagerDialog::removeProfile()
{
    const std::optional<Profile> p = selected();
    if (!p || p->builtIn)
        return;
    if (dialogs::question(this, tr("Remove profile"),
                          tr("Remove the profile %1 with its stored key or password and its trusted "
                             "certificates? This cannot be undone.")
                              .arg(p->name))
        != QMessageBox::Yes)
        return;
    for (Profile::Secret s : {Profile::Secret::ApiKey, Profile::Secret::RefreshToken,
                              Profile::Secret::CertificatePassword, Profile::Secret::WindowsPassword}) {
        m_secrets->remove(p->secretKey(s), this, [this, name = p->name](const QString &error) {
            if (!error.isEmpty())
                m_status->setText(tr("The profile %1 is removed, but a secret stayed in the keychain: %2")
                                      .arg(name, error));
        });
    }
    m_store->remove(p->id);
    m_status->setText(tr("Removed %1.").arg(p->name));
}

void ProfileManagerDialog::testProfile()
{
    if (const std::optional<Profile> p = selected())
        m_testPanel->test(*p);
}

void ProfileManagerDialog::openProfile()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Q_EMIT openRequested(id);
    accept();
}

void ProfileManagerDialog::done(int result)
{
    m_testPanel->cancel();
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace odag::gui
