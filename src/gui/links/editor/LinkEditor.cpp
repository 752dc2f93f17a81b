#include "LinkEditor.h"

#include "BindingsPage.h"
#include "ConflictDialog.h"
#include "GeneralPage.h"
#include "JsonPage.h"
#include "PreviewPage.h"
#include "PropertiesPage.h"
#include "api/ApiError.h"
#include "core/rules/LinkLint.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QByteArray recordBytes(const LinkRecord &r)
{
    QJsonObject o = json::encode(r.link).toObject();
    o.insert(QStringLiteral("@selectionApp"), r.selectionAppId);
    if (r.qse)
        o.insert(QStringLiteral("@qse"), json::encode(*r.qse));
    return json::toBytes(o);
}
} // namespace

LinkEditor::LinkEditor(LinkService *service, const LinkRecord *record, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_qse(service->isQse())
    , m_new(record == nullptr)
    , m_drafts(service->session() ? service->session()->baseUrl().host() : QString())
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("linkEditor"));
    if (record) {
        m_state = *record;
        m_base = *record;
        m_draftKey = record->id();
    } else {
        if (m_qse)
            m_state.qse = QseLink{};
        m_base = m_state;
        const QStringList pending = m_drafts.newLinkKeys();
        m_draftKey = pending.isEmpty() ? DraftStore::newKey() : pending.first();
    }
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(700); // a pause in typing, not every keystroke
    connect(m_draftTimer, &QTimer::timeout, this, &LinkEditor::flushDraft);
    buildUi();
    refreshExcept(nullptr);

    m_service->listApps(this, [this](const api::ApiResult<QList<AppStateCondensed>> &r) {
        if (r.ok())
            m_general->setApps(r.value());
        else
            m_banner->showError(tr("Could not list the apps for the pickers."), r.error());
        m_appsLoaded = true;
        maybeFinishLoading();
    });
    if (record) {
        loadLink(record->id(), record->selectionAppId);
    } else {
        m_linkLoaded = true;
        offerDraft();
        maybeFinishLoading();
    }
}

LinkEditor::~LinkEditor()
{
    // Pending edits go to disk even when the window goes away without closing properly.
    if (m_draftTimer->isActive())
        flushDraft();
}

void LinkEditor::buildUi()
{
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("editorError"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_general = new GeneralPage(m_qse, m_tabs);
    m_bindings = new BindingsPage(m_service->session(), m_tabs);
    m_properties = new PropertiesPage(m_tabs);
    m_preview = new PreviewPage(m_tabs);
    m_lint = new QListWidget(m_tabs);
    m_lint->setObjectName(QStringLiteral("lintList"));
    m_lint->setAccessibleName(tr("Problems found in the link"));
    m_json = new JsonPage(m_tabs);
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_bindings, tr("&Bindings"));
    m_tabs->addTab(m_properties, tr("&Properties"));
    m_tabs->addTab(m_preview, tr("Pre&view as user"));
    m_tabs->addTab(m_lint, tr("&Lint"));
    m_tabs->addTab(m_json, tr("Raw &JSON"));
    if (m_qse) {
        // QSE links have none of these: their bindings and retention are on General.
        for (QWidget *page : {static_cast<QWidget *>(m_bindings), static_cast<QWidget *>(m_properties),
                              static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_lint),
                              static_cast<QWidget *>(m_json)})
            m_tabs->setTabVisible(m_tabs->indexOf(page), false);
    }
    m_qseNote = new QLabel(tr("Qlik Sense Enterprise link: context-scoped properties, the preview as a user, "
                              "status changes and dynamic views are Qlik Cloud features, so their tabs are "
                              "not shown. Bindings, retention and publishing are on the General tab."),
                           this);
    m_qseNote->setObjectName(QStringLiteral("qseNote"));
    m_qseNote->setWordWrap(true);
    m_qseNote->setVisible(m_qse);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Check and save the link (Ctrl+S)"));
    m_activate = new QPushButton(tr("Ac&tivate"), this);
    m_disable = new QPushButton(tr("D&isable"), this);
    m_decommission = new QPushButton(tr("De&commission…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_activate->setObjectName(QStringLiteral("editorActivate"));
    m_disable->setObjectName(QStringLiteral("editorDisable"));
    m_decommission->setObjectName(QStringLiteral("editorDecommission"));
    m_delete->setObjectName(QStringLiteral("editorDelete"));
    m_decommission->setToolTip(tr("Retire the link for good: a decommissioned link cannot change again"));
    m_delete->setToolTip(tr("Delete the link from the server"));
    for (QPushButton *b : {m_activate, m_disable, m_decommission})
        b->setVisible(!m_qse);
    m_delete->setVisible(m_qse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_decommission);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_qseNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_general, &GeneralPage::edited, this, [this] { pageEdited(m_general); });
    connect(m_bindings, &BindingsPage::edited, this, [this] { pageEdited(m_bindings); });
    connect(m_properties, &PropertiesPage::edited, this, [this] { pageEdited(m_properties); });
    connect(m_json, &JsonPage::applied, this, [this](const LinkStateFull &link) {
        m_state.link = link;
        pageEdited(m_json);
    });
    connect(m_save, &QPushButton::clicked, this, &LinkEditor::save);
    connect(m_activate, &QPushButton::clicked, this, [this] { changeStatus(LinkStatusSetting::Activate); });
    connect(m_disable, &QPushButton::clicked, this, [this] { changeStatus(LinkStatusSetting::Disable); });
    connect(m_decommission, &QPushButton::clicked, this, [this] { changeStatus(LinkStatusSetting::Decommission); });
    connect(m_delete, &QPushButton::clicked, this, &LinkEditor::deleteLink);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_linkLoaded)
            loadLink(m_base.id(), m_base.selectionAppId);
        else
            save();
    });
}

void LinkEditor::loadLink(const QString &linkId, const QString &selectionAppId)
{
    m_banner->clear();
    m_service->getLink(linkId, selectionAppId, this, [this](const api::ApiResult<LinkRecord> &r) {
        if (!r.ok()) {
            m_banner->showError(tr("Could not read the link."), r.error());
        } else {
            LinkRecord record = r.value();
            if (record.selectionAppName.isEmpty())
                record.selectionAppName = m_base.selectionAppName;
            m_base = record;
            m_state = record;
            offerDraft();
            refreshExcept(nullptr);
        }
        m_linkLoaded = true;
        maybeFinishLoading();
    });
}

void LinkEditor::maybeFinishLoading()
{
    updateButtons();
    if (m_linkLoaded && m_appsLoaded && !m_loadedSent) {
        m_loadedSent = true;
        Q_EMIT loaded();
    }
}

// ------------------------------------------------------------------------- drafts

QJsonObject LinkEditor::draftJson() const
{
    QJsonObject o{{QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                  {QStringLiteral("selectionAppId"), m_state.selectionAppId},
                  {QStringLiteral("selectionAppName"), m_state.selectionAppName},
                  {QStringLiteral("link"), json::encode(m_state.link)}};
    if (m_state.qse)
        o.insert(QStringLiteral("qse"), json::encode(*m_state.qse));
    return o;
}

void LinkEditor::restoreDraft(const QJsonObject &draft)
{
    const auto link = json::decode<LinkStateFull>(draft.value(QStringLiteral("link")));
    if (!link.ok())
        return;
    m_state.link = link.value();
    m_state.selectionAppId = draft.value(QStringLiteral("selectionAppId")).toString();
    m_state.selectionAppName = draft.value(QStringLiteral("selectionAppName")).toString();
    if (draft.contains(QStringLiteral("qse"))) {
        const auto qse = json::decode<QseLink>(draft.value(QStringLiteral("qse")));
        if (qse.ok())
            m_state.qse = qse.value();
    }
    // The server's concurrency token stays the one read now: a change made on the server
    // since the draft was written is then caught as a conflict, not overwritten.
    m_state.link.modifiedDate = m_base.link.modifiedDate;
}

void LinkEditor::offerDraft()
{
    const std::optional<QJsonObject> draft = m_drafts.load(m_draftKey);
    if (!draft)
        return;
    const QString when = QDateTime::fromString(draft->value(QStringLiteral("savedAt")).toString(), Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const auto answer = dialogs::question(
        this, tr("Restore unsaved changes?"),
        tr("Unsaved changes to this link were recovered after a crash or failed save (kept %1). Restore them? "
           "No discards them.")
            .arg(when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        restoreDraft(*draft);
        m_message->setText(tr("Unsaved changes restored from the draft."));
        m_message->setVisible(true);
    } else {
        m_drafts.remove(m_draftKey);
    }
}

void LinkEditor::flushDraft()
{
    m_draftTimer->stop();
    if (hasUnsavedChanges())
        m_drafts.save(m_draftKey, draftJson());
    else
        m_drafts.remove(m_draftKey);
}

void LinkEditor::discardChanges()
{
    m_draftTimer->stop();
    m_drafts.remove(m_draftKey);
    m_state = m_base;
    refreshExcept(nullptr);
}

bool LinkEditor::hasUnsavedChanges() const
{
    return recordBytes(m_state) != recordBytes(m_base);
}

// ------------------------------------------------------------------------- tabs

void LinkEditor::showPage(Page page)
{
    QWidget *w = nullptr;
    switch (page) {
    case Page::General: w = m_general; break;
    case Page::Bindings: w = m_bindings; break;
    case Page::Properties: w = m_properties; break;
    case Page::Preview: w = m_preview; break;
    case Page::Lint: w = m_lint; break;
    case Page::Json: w = m_json; break;
    }
    const int index = m_tabs->indexOf(w);
    if (m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

void LinkEditor::pageEdited(QWidget *source)
{
    if (source == m_general)
        m_general->store(m_state);
    else if (source == m_bindings) {
        const QList<Binding> bindings = m_bindings->bindings();
        if (m_state.link.bindings || !bindings.isEmpty())
            m_state.link.bindings = bindings;
    } else if (source == m_properties)
        m_state.link.properties = m_properties->properties();
    m_message->setVisible(false);
    refreshExcept(source);
    m_draftTimer->start();
}

void LinkEditor::refreshExcept(QWidget *source)
{
    if (source != m_general)
        m_general->load(m_state, m_new);
    if (source != m_bindings)
        m_bindings->load(m_state.link.bindings.value_or(QList<Binding>{}), m_state.link.templateApp.id);
    if (source != m_properties)
        m_properties->load(m_state.link.properties);
    m_preview->load(m_state.link.properties);
    if (source != m_json)
        m_json->load(m_state.link);
    updateLint();
    updateButtons();
}

void LinkEditor::updateLint()
{
    if (m_qse)
        return;
    const QList<rules::LintIssue> issues = rules::LinkLint::lint(m_state.link);
    m_lint->clear();
    int errors = 0;
    for (const rules::LintIssue &issue : issues) {
        const bool error = issue.severity == rules::Severity::Error;
        errors += error ? 1 : 0;
        const QString where = issue.context.isEmpty() ? issue.field : tr("%1, %2").arg(issue.field, issue.context);
        auto *item = new QListWidgetItem(
            QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            where.isEmpty() ? issue.message : tr("%1 — %2").arg(where, issue.message), m_lint);
        item->setData(Qt::UserRole, issue.code);
        item->setToolTip(tr("%1 (%2)").arg(rules::displayName(issue.severity), issue.code));
    }
    if (issues.isEmpty())
        new QListWidgetItem(tr("No problems found."), m_lint);
    m_tabs->setTabText(m_tabs->indexOf(m_lint),
                       issues.isEmpty() ? tr("&Lint") : tr("&Lint (%1/%2)").arg(errors).arg(issues.size()));
}

void LinkEditor::updateButtons()
{
    const bool ready = m_linkLoaded && !m_saving;
    m_save->setEnabled(ready && (m_new || hasUnsavedChanges()));
    const LinkStatus status = m_base.link.status.value();
    const bool canChange = ready && !m_new && !m_qse && canChangeStatus(status);
    m_activate->setEnabled(canChange && status != LinkStatus::Active);
    m_disable->setEnabled(canChange && status != LinkStatus::Disabled);
    m_decommission->setEnabled(canChange);
    m_delete->setEnabled(ready && !m_new);
    Q_EMIT stateChanged();
}

} // namespace odag::gui
