#include "CancelOptionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

CancelOptionsDialog::CancelOptionsDialog(int count, QWidget *parent)
    : QDialog(parent)
    , m_autoAck(new QCheckBox(tr("&Acknowledge the cancellation at once (autoAck)"), this))
    , m_delGenApp(new QCheckBox(tr("&Delete the generated app as well (delGenApp)"), this))
    , m_ignoreSucceeded(
          new QCheckBox(tr("&Ignore requests that succeeded meanwhile (ignoreSucceeded)"), this))
{
    setObjectName(QStringLiteral("cancelOptionsDialog"));
    setWindowTitle(tr("Cancel requests"));
    m_autoAck->setObjectName(QStringLiteral("cancelAutoAck"));
    m_delGenApp->setObjectName(QStringLiteral("cancelDelGenApp"));
    m_ignoreSucceeded->setObjectName(QStringLiteral("cancelIgnoreSucceeded"));
    m_autoAck->setToolTip(tr("The request goes on to \"canceled (acknowledged)\" without a "
                             "separate acknowledgement."));
    m_delGenApp->setToolTip(
        tr("Only with autoAck: the generated app is deleted with the request."));
    m_ignoreSucceeded->setToolTip(tr("A request that finished before the cancel arrived is not "
                                     "reported as an error."));
    m_ignoreSucceeded->setChecked(true);
    m_delGenApp->setEnabled(false);
    connect(m_autoAck, &QCheckBox::toggled, m_delGenApp, [this](bool on) {
        m_delGenApp->setEnabled(on);
        if (!on)
            m_delGenApp->setChecked(false);
    });

    auto *text = new QLabel(tr("Cancel %n request(s)? Cancelling is effective only before the "
                               "data load starts; a multiple request cancels its sub-requests "
                               "that are not loading yet.",
                               "", count),
                            this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Cancel &requests"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("cancelOptionsOk"));
    auto *keep = buttons->addButton(tr("&Keep them"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelOptionsKeep"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addWidget(m_autoAck);
    layout->addWidget(m_delGenApp);
    layout->addWidget(m_ignoreSucceeded);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ActionOptions CancelOptionsDialog::options() const
{
    ActionOptions o;
    o.autoAck = m_autoAck->isChecked();
    o.delGenApp = m_delGenApp->isChecked();
    o.ignoreSucceeded = m_ignoreSucceeded->isChecked();
    return o;
}

} // namespace odag::gui
