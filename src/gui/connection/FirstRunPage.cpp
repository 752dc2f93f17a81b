#include "FirstRunPage.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
// One of the two choices: a big button with a line that says what it does.
QFrame *choice(QPushButton *button, const QString &text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(300);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(18, 18, 18, 18);
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    button->setMinimumHeight(40);
    v->addWidget(button);
    v->addWidget(label, 1, Qt::AlignTop);
    return frame;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new QPushButton(tr("Try the &sandbox"), this))
    , m_add(new QPushButton(tr("&Add a profile…"), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    m_sandbox->setObjectName(QStringLiteral("firstRunSandboxButton"));
    m_sandbox->setToolTip(tr("Open the built-in sandbox tenant with demo data"));
    m_sandbox->setDefault(true);
    m_add->setObjectName(QStringLiteral("firstRunAddProfileButton"));
    m_add->setToolTip(tr("Connect to a Qlik Cloud tenant or a Qlik Sense Enterprise site (Ctrl+Shift+M)"));
    connect(m_sandbox, &QPushButton::clicked, this, &FirstRunPage::sandboxRequested);
    connect(m_add, &QPushButton::clicked, this, &FirstRunPage::addProfileRequested);

    auto *title = new QLabel(tr("<h1>Welcome to ODAG Admin</h1>"), this);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    auto *intro = new QLabel(tr("Administer On-Demand App Generation links and requests, spaces, apps and "
                                "reloads of a Qlik tenant. Where would you like to start?"),
                             this);
    intro->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("firstRunSecretsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(16);
    choices->addWidget(choice(m_sandbox,
                              tr("A local tenant with demo links, requests, apps and users. Nothing you do "
                                 "there touches a real tenant."),
                              this));
    choices->addWidget(choice(m_add,
                              tr("Connect to your Qlik Cloud tenant (API key) or Qlik Sense Enterprise site "
                                 "(header, certificate or Windows sign-in)."),
                              this));

    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *v = new QVBoxLayout(column);
    v->setSpacing(14);
    v->addWidget(title);
    v->addWidget(intro);
    v->addSpacing(8);
    v->addLayout(choices);
    v->addWidget(m_notice);

    auto *outer = new QGridLayout(this);
    outer->addWidget(column, 0, 0, Qt::AlignCenter);
}

void FirstRunPage::setSecretsNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace odag::gui
