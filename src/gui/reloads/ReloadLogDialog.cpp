#include "ReloadLogDialog.h"

#include "api/AppDataApi.h"
#include "gui/connection/TenantSession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace odag::gui {

ReloadLogDialog::ReloadLogDialog(TenantSession *session, const Reload &reload, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reload(reload)
    , m_source(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_found(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reloadLogDialog"));
    setWindowTitle(tr("Reload log — %1").arg(reload.id.value_or(QString())));
    resize(820, 560);

    m_source->setObjectName(QStringLiteral("reloadLogSource"));
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_search->setObjectName(QStringLiteral("reloadLogSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_next->setObjectName(QStringLiteral("reloadLogNext"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setShortcut(QKeySequence::FindNext);
    m_previous->setObjectName(QStringLiteral("reloadLogPrevious"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setShortcut(QKeySequence::FindPrevious);
    m_found->setObjectName(QStringLiteral("reloadLogFound"));
    m_text->setObjectName(QStringLiteral("reloadLogText"));
    m_text->setAccessibleName(tr("Reload log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(reload.log.value_or(QString()));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    searchRow->addWidget(m_found);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addLayout(searchRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    addAction(findShortcut);
    connect(findShortcut, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Search from the top for a new text.
        m_text->moveCursor(QTextCursor::Start);
        if (!m_search->text().isEmpty())
            find();
        else
            m_found->clear();
    });
    connect(m_next, &QPushButton::clicked, this, [this] { find(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { find(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadScriptLog();
}

QString ReloadLogDialog::text() const
{
    return m_text->toPlainText();
}

bool ReloadLogDialog::find(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(needle, flags);
    if (!found) {
        // Wrap around once.
        m_text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        found = m_text->find(needle, flags);
    }
    m_found->setText(found ? QString() : tr("Not found"));
    return found;
}

void ReloadLogDialog::loadScriptLog()
{
    const QString appId = m_reload.appId.value_or(QString());
    const QString reloadId = m_reload.id.value_or(QString());
    if (appId.isEmpty() || reloadId.isEmpty()) {
        m_source->setText(tr("Progress log of the reload"));
        Q_EMIT logLoaded();
        return;
    }
    m_loading = true;
    m_source->setText(tr("Progress log of the reload; reading the full script log…"));
    api::AppDataApi(m_session->transport())
        .getReloadLog(appId, reloadId, this, [this](const api::ApiResult<QString> &r) {
            m_loading = false;
            if (r.ok() && !r->isEmpty()) {
                m_text->setPlainText(r.value());
                m_source->setText(tr("Script log of the reload"));
            } else if (r.ok()) {
                m_source->setText(tr("Progress log of the reload (the script log is empty)"));
            } else {
                // The progress log stays; say why the full one is missing.
                m_source->setText(tr("Progress log of the reload. The script log could not be read: %1")
                                      .arg(r.error().message()));
            }
            if (!m_search->text().isEmpty()) {
                m_text->moveCursor(QTextCursor::Start);
                find();
            }
            Q_EMIT logLoaded();
        });
}

} // namespace odag::gui
