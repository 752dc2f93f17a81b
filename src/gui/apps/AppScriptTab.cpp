#include "AppScriptTab.h"

#include "AppTableItems.h"
#include "ScriptHighlighter.h"
#include "api/AppDataApi.h"
#include "core/rules/ScriptBindings.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
constexpr int ScriptIdRole = Qt::UserRole + 2;
}

AppScriptTab::AppScriptTab(api::Transport &transport, QWidget *parent)
    : AppTab(transport, parent)
    , m_history(new QStandardItemModel(0, 3, this))
    , m_historyView(new QTableView(this))
    , m_more(new QPushButton(tr("Older versions"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new ScriptHighlighter(m_editor->document()))
    , m_bindings(new QListWidget(this))
    , m_message(new QLineEdit(this))
    , m_save(new QPushButton(tr("Set script"), this))
    , m_rescan(new QTimer(this))
{
    setObjectName(QStringLiteral("appScriptTab"));
    m_history->setHorizontalHeaderLabels({tr("Saved"), tr("By"), tr("Message")});
    m_history->setSortRole(appitems::SortRole);
    m_historyView->setObjectName(QStringLiteral("appScriptHistory"));
    m_historyView->setAccessibleName(tr("Script versions"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    rememberHeaderState(m_historyView->horizontalHeader(), QStringLiteral("apps/appScriptHistory"));
    m_more->setObjectName(QStringLiteral("appScriptMore"));
    m_more->setToolTip(tr("Read the next page of older script versions"));
    m_more->hide();

    m_editor->setObjectName(QStringLiteral("appScriptEditor"));
    m_editor->setAccessibleName(tr("Load script"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabStopDistance(m_editor->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_bindings->setObjectName(QStringLiteral("appScriptBindings"));
    m_bindings->setAccessibleName(tr("ODAG bind variables in the script"));
    m_bindings->setUniformItemSizes(true);
    m_message->setObjectName(QStringLiteral("appScriptMessage"));
    m_message->setAccessibleName(tr("Version message"));
    m_message->setPlaceholderText(tr("What changed in this version"));
    m_save->setObjectName(QStringLiteral("appScriptSave"));
    m_save->setToolTip(tr("Save the script as a new version (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    m_rescan->setSingleShot(true);
    m_rescan->setInterval(250);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Versions"), historyBox));
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addWidget(m_more);

    auto *bindingsBox = new QWidget(this);
    auto *bindingsLayout = new QVBoxLayout(bindingsBox);
    bindingsLayout->setContentsMargins(0, 0, 0, 0);
    bindingsLayout->addWidget(new QLabel(tr("ODAG bindings found"), bindingsBox));
    bindingsLayout->addWidget(m_bindings, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("appScriptSplitter"));
    split->addWidget(historyBox);
    split->addWidget(m_editor);
    split->addWidget(bindingsBox);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 600, 220});
    rememberSplitterState(split, QStringLiteral("apps/scriptSplitter"));

    auto *saveRow = new QHBoxLayout;
    auto *messageLabel = new QLabel(tr("Version &message:"), this);
    messageLabel->setBuddy(m_message);
    saveRow->addWidget(messageLabel);
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);

    tabLayout()->addWidget(split, 1);
    tabLayout()->addLayout(saveRow);

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showVersion(m_history->index(current.row(), 0).data(ScriptIdRole).toString());
            });
    connect(m_more, &QPushButton::clicked, this, [this] { readPage(m_next); });
    connect(m_editor, &QPlainTextEdit::textChanged, m_rescan, qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AppScriptTab::updateButtons);
    connect(m_rescan, &QTimer::timeout, this, &AppScriptTab::updateBindings);
    connect(m_save, &QPushButton::clicked, this, &AppScriptTab::setScript);
    updateButtons();
}

void AppScriptTab::clear()
{
    m_history->removeRows(0, m_history->rowCount());
    m_next.clear();
    m_more->hide();
    m_shownText.clear();
    m_editor->clear();
    m_message->clear();
    m_bindings->clear();
}

void AppScriptTab::load()
{
    m_history->removeRows(0, m_history->rowCount());
    readPage({});
}

void AppScriptTab::readPage(const QString &nextHref)
{
    const QString appId = this->appId();
    m_more->setEnabled(false);
    auto done = [this, appId, first = nextHref.isEmpty()](const api::ApiResult<AppScriptList> &r) {
        if (appId != this->appId())
            return;
        m_more->setEnabled(true);
        if (!r.ok()) {
            banner()->showError(tr("Could not read the script history"), r.error());
            finishLoad(false);
            return;
        }
        for (const AppScript &s : r->scripts) {
            QStandardItem *when = appitems::time(s.modified());
            when->setData(s.versionId(), ScriptIdRole);
            m_history->appendRow({when, appitems::text(s.modifierId.value_or(QString())),
                                  appitems::text(s.versionMessage.value_or(QString()))});
        }
        m_next = r->nextHref();
        m_more->setVisible(!m_next.isEmpty());
        m_historyView->resizeColumnToContents(0);
        if (first && m_history->rowCount() > 0)
            m_historyView->setCurrentIndex(m_history->index(0, 0)); // the current version
        else if (first)
            finishLoad(true);
    };
    api::AppDataApi calls(transport());
    if (nextHref.isEmpty())
        calls.getScripts(appId, this, done);
    else
        calls.nextScriptsPage(nextHref, this, done);
}

void AppScriptTab::showVersion(const QString &scriptId)
{
    const QString appId = this->appId();
    api::AppDataApi(transport()).getScript(appId, scriptId, this, [this, appId](const api::ApiResult<AppScript> &r) {
        if (appId != this->appId())
            return;
        if (!r.ok()) {
            banner()->showError(tr("Could not read the script version"), r.error());
            finishLoad(false);
            return;
        }
        m_shownText = r->script.value_or(QString());
        m_editor->setPlainText(m_shownText);
        updateBindings();
        updateButtons();
        finishLoad(true);
    });
}

void AppScriptTab::updateBindings()
{
    m_rescan->stop();
    m_bindings->clear();
    const rules::ScriptScan scan = rules::ScriptBindings::scan(m_editor->toPlainText());
    QSet<QString> seen;
    for (const rules::ScriptBinding &b : scan.occurrences) {
        if (seen.contains(b.templateAppVarName))
            continue;
        seen.insert(b.templateAppVarName);
        const QString text = b.hasRange() ? tr("%1 [%2-%3] — line %4")
                                                .arg(b.templateAppVarName)
                                                .arg(b.lowerBound.value_or(0))
                                                .arg(b.upperBound.value_or(0))
                                                .arg(b.line)
                                          : tr("%1 — line %2").arg(b.templateAppVarName).arg(b.line);
        auto *item = new QListWidgetItem(text, m_bindings);
        item->setToolTip(tr("Field %1, selection states %2")
                             .arg(b.fieldName, b.selectionStates.isEmpty() ? tr("default") : b.selectionStates));
    }
    for (const rules::ScriptIssue &issue : scan.issues) {
        auto *item = new QListWidgetItem(tr("Line %1: %2").arg(issue.line).arg(issue.message), m_bindings);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (m_bindings->count() == 0)
        new QListWidgetItem(tr("No ODAG bind variables"), m_bindings);
}

void AppScriptTab::updateButtons()
{
    m_save->setEnabled(!appId().isEmpty() && !m_saving && m_editor->toPlainText() != m_shownText);
}

void AppScriptTab::setScript()
{
    if (appId().isEmpty() || m_saving)
        return;
    const QString appId = this->appId();
    AppScriptSet body;
    body.script = m_editor->toPlainText();
    if (!m_message->text().trimmed().isEmpty())
        body.versionMessage = m_message->text().trimmed();
    m_saving = true;
    updateButtons();
    api::AppDataApi(transport()).setScript(appId, body, this,
                                           [this, appId, text = body.script](const api::ApiResult<std::optional<AppScript>> &r) {
                                               m_saving = false;
                                               if (appId != this->appId())
                                                   return;
                                               if (!r.ok()) {
                                                   // The text and message stay for another try.
                                                   banner()->showError(tr("Could not save the script"), r.error());
                                                   updateButtons();
                                                   return;
                                               }
                                               m_message->clear();
                                               m_shownText = text;
                                               updateButtons();
                                               Q_EMIT scriptSaved();
                                               reload();
                                           });
}

} // namespace odag::gui
