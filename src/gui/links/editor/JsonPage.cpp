#include "JsonPage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

JsonPage::JsonPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply JSON"), this))
    , m_revert(new QPushButton(tr("R&evert"), this))
{
    setObjectName(QStringLiteral("jsonPage"));
    m_text->setObjectName(QStringLiteral("linkJson"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Link JSON"));
    m_status->setObjectName(QStringLiteral("jsonStatus"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("jsonApply"));
    m_revert->setObjectName(QStringLiteral("jsonRevert"));
    m_apply->setToolTip(tr("Use this JSON in the other tabs (Ctrl+Return)"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JsonPage::validate);
    connect(m_apply, &QPushButton::clicked, this, &JsonPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        const LinkStateFull shown = m_shown;
        m_shown = LinkStateFull{};
        load(shown);
    });
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
}

void JsonPage::load(const LinkStateFull &link)
{
    if (m_dirty || (link == m_shown && !m_text->toPlainText().isEmpty()))
        return;
    m_shown = link;
    m_loading = true;
    m_text->setPlainText(QString::fromUtf8(QJsonDocument(json::encode(link).toObject()).toJson(QJsonDocument::Indented)));
    validate();
    m_loading = false;
}

void JsonPage::validate()
{
    if (!m_loading)
        m_dirty = true;
    m_decoded.reset();
    const auto parsed = json::parse(m_text->toPlainText().toUtf8());
    if (!parsed.ok()) {
        m_valid = false;
        m_status->setText(tr("Not JSON: %1").arg(parsed.error().toString()));
    } else {
        const auto decoded = json::decode<LinkStateFull>(parsed.value());
        m_valid = decoded.ok();
        if (decoded.ok()) {
            m_decoded = decoded.value();
            m_status->setText(m_dirty ? tr("Valid link JSON; Apply to use it.") : tr("Valid link JSON."));
        } else {
            m_status->setText(tr("Not a valid link: %1").arg(decoded.error().toString()));
        }
    }
    m_status->setStyleSheet(m_valid ? QString() : QStringLiteral("color: #b00020;"));
    m_apply->setEnabled(m_valid && m_dirty);
    m_revert->setEnabled(m_dirty);
}

void JsonPage::apply()
{
    if (!m_valid || !m_decoded)
        return;
    m_dirty = false;
    m_shown = *m_decoded;
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    m_status->setText(tr("Valid link JSON."));
    Q_EMIT applied(*m_decoded);
}

} // namespace odag::gui
