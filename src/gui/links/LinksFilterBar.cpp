#include "LinksFilterBar.h"

#include "LinksFilterProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setToolTip(accessible);
    // Long app names must not push the row off screen; the popup shows them whole.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(16);
    return c;
}

void refill(QComboBox *c, const QString &anyText, const QMap<QString, QString> &byLabel)
{
    const QString current = c->currentData().toString();
    const QSignalBlocker block(c);
    c->clear();
    c->addItem(anyText, QString());
    for (auto it = byLabel.constBegin(); it != byLabel.constEnd(); ++it)
        c->addItem(it.key(), it.value());
    const int at = c->findData(current);
    c->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

LinksFilterBar::LinksFilterBar(LinksFilterProxy *proxy, const LinkCapabilities &caps, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_status(makeCombo(this, QStringLiteral("linksStatusFilter"), tr("Filter by status")))
    , m_owner(makeCombo(this, QStringLiteral("linksOwnerFilter"), tr("Filter by owner")))
    , m_selectionApp(makeCombo(this, QStringLiteral("linksSelectionAppFilter"), tr("Filter by selection app")))
    , m_type(makeCombo(this, QStringLiteral("linksTypeFilter"), tr("Filter by type")))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("linksFilters"));
    m_search->setObjectName(QStringLiteral("linksSearch"));
    m_search->setPlaceholderText(tr("Search name, ID, app or owner (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search links"));
    m_search->setClearButtonEnabled(true);

    m_status->addItem(tr("Any status"), QString());
    for (LinkStatus s : {LinkStatus::Active, LinkStatus::Disabled, LinkStatus::Decommissioned, LinkStatus::Incomplete})
        m_status->addItem(displayName(OpenEnum<LinkStatus>(s)), OpenEnum<LinkStatus>::nameOf(s));
    m_type->addItem(tr("Links and dynamic views"), int(LinksFilterProxy::TypeFilter::All));
    m_type->addItem(tr("Links only"), int(LinksFilterProxy::TypeFilter::Links));
    m_type->addItem(tr("Dynamic views only"), int(LinksFilterProxy::TypeFilter::DynamicViews));
    m_type->setVisible(caps.dynamicViews);
    setLinks({});

    m_count->setObjectName(QStringLiteral("linksCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *note = new QLabel(tr("Qlik Sense Enterprise has no link status changes: delete a link to retire it."), this);
    note->setObjectName(QStringLiteral("linksQseNote"));
    note->setWordWrap(true);
    note->setVisible(!caps.statusChanges);

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_owner);
    row->addWidget(m_selectionApp);
    row->addWidget(m_type);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(note);

    connect(m_search, &QLineEdit::textChanged, this, &LinksFilterBar::apply);
    for (QComboBox *c : {m_status, m_owner, m_selectionApp, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &LinksFilterBar::apply);
}

void LinksFilterBar::setLinks(const QList<LinkRecord> &links)
{
    QMap<QString, QString> owners;
    QMap<QString, QString> apps;
    for (const LinkRecord &r : links) {
        if (!r.link.owner.id.isEmpty())
            owners.insert(r.link.owner.name.isEmpty() ? r.link.owner.id : r.link.owner.name, r.link.owner.id);
        if (!r.selectionAppId.isEmpty())
            apps.insert(r.selectionAppName.isEmpty() ? r.selectionAppId : r.selectionAppName, r.selectionAppId);
    }
    refill(m_owner, tr("Any owner"), owners);
    refill(m_selectionApp, tr("Any selection app"), apps);
    apply();
}

void LinksFilterBar::apply()
{
    m_proxy->setText(m_search->text());
    m_proxy->setStatus(m_status->currentData().toString());
    m_proxy->setOwnerId(m_owner->currentData().toString());
    m_proxy->setSelectionAppId(m_selectionApp->currentData().toString());
    m_proxy->setTypeFilter(LinksFilterProxy::TypeFilter(m_type->currentData().toInt()));
}

void LinksFilterBar::updateCount(int shown, int all)
{
    m_count->setText(shown == all ? tr("%n link(s)", "", all) : tr("%1 of %n link(s)", "", all).arg(shown));
}

void LinksFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace odag::gui
