// LinkEditor: saving, the conflict view, status changes and delete.

#include "ConflictDialog.h"
#include "LinkEditor.h"
#include "api/ApiError.h"
#include "core/rules/LinkLint.h"
#include "gui/widgets/Dialogs.h"
#include "gui/widgets/ErrorBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace odag::gui {

void LinkEditor::save()
{
    saveChecked(true);
}

void LinkEditor::saveChecked(bool askAboutWarnings)
{
    if (m_saving || !m_linkLoaded || !m_service)
        return;
    m_banner->clear();
    m_message->setVisible(false);
    if (m_state.link.name.trimmed().isEmpty() && m_qse) {
        m_message->setText(tr("The link needs a name."));
        m_message->setVisible(true);
        return;
    }
    if (!m_qse) {
        const QList<rules::LintIssue> issues = rules::LinkLint::lint(m_state.link);
        if (rules::LinkLint::hasErrors(issues)) {
            m_message->setText(tr("Not saved: fix the errors listed under Lint first."));
            m_message->setVisible(true);
            showPage(Page::Lint);
            return;
        }
        if (!issues.isEmpty() && askAboutWarnings) {
            const auto answer = dialogs::question(
                this, tr("Save with warnings?"),
                tr("Lint found %n warning(s) in this link (see the Lint tab). Save anyway?", "", int(issues.size())),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                showPage(Page::Lint);
                return;
            }
        }
    }
    m_saving = true;
    updateButtons();
    if (m_qse)
        saveQse();
    else
        saveCloud();
}

void LinkEditor::saveCloud()
{
    if (!m_new) {
        const LinkPutPayload payload = LinkPutPayload::fromLink(m_state.link, m_state.selectionAppId);
        m_service->updateLink(m_state.id(), payload, this, [this](const api::ApiResult<LinkRecord> &r) {
            if (r.ok())
                saved(r.value(), {});
            else if (r.error().httpStatus == 409)
                startConflict();
            else
                saveError(tr("The link was not saved."), r.error());
        });
        return;
    }
    // Ask first whether this user may create a link for this pair of apps.
    const QString selection = m_state.selectionAppId;
    const QString templateApp = m_state.link.templateApp.id;
    m_service->canCreate(selection, templateApp, this, [this](const api::ApiResult<bool> &allowed) {
        if (!allowed.ok()) {
            saveError(tr("Could not check whether you may create this link."), allowed.error());
            return;
        }
        if (!allowed.value()) {
            m_saving = false;
            m_message->setText(tr("Not created: the tenant does not let you create ODAG links for this selection "
                                  "app and template app. Your edits are kept."));
            m_message->setVisible(true);
            flushDraft();
            updateButtons();
            return;
        }
        const LinkStateFull &l = m_state.link;
        LinkAddPayload payload;
        payload.extra = l.extra;
        payload.name = l.name;
        payload.bindings = l.bindings;
        payload.properties = l.properties;
        payload.rowEstExpr = l.rowEstExpr;
        payload.dynamicView = l.dynamicView;
        payload.templateApp = l.templateApp.id;
        payload.selectionApp = m_state.selectionAppId;
        payload.includeScript = l.includeScript;
        m_service->createLink(payload, this, [this](const api::ApiResult<LinkRecord> &r) {
            if (r.ok())
                saved(r.value(), {});
            else
                saveError(tr("The link was not created."), r.error());
        });
    });
}

void LinkEditor::saveQse()
{
    const QseLink q = m_state.qse.value_or(QseLink{});
    const auto done = [this](const api::ApiResult<LinkService::QseAnswer> &r) {
        if (r.ok())
            saved(r.value().first, r.value().second);
        else
            saveError(m_new ? tr("The link was not created.") : tr("The link was not saved."), r.error());
    };
    if (m_new) {
        QseLinkCreate create;
        create.name = q.name.value_or(QString());
        create.selectionAppId = m_state.selectionAppId;
        create.templateAppId = m_state.link.templateApp.id;
        create.properties = q.properties;
        m_service->createQseLink(create, this, done);
    } else {
        QseLinkUpdate update;
        update.name = q.name;
        update.properties = q.properties;
        m_service->updateQseLink(m_state.id(), update, this, done);
    }
}

void LinkEditor::saved(const LinkRecord &record, const QStringList &feedback)
{
    m_saving = false;
    LinkRecord r = record;
    if (r.selectionAppId.isEmpty())
        r.selectionAppId = m_state.selectionAppId;
    if (r.selectionAppName.isEmpty())
        r.selectionAppName = m_state.selectionAppName;
    m_draftTimer->stop();
    m_drafts.remove(m_draftKey);
    m_draftKey = r.id();
    m_new = false;
    m_base = r;
    m_state = r;
    refreshExcept(nullptr);
    m_message->setText(feedback.isEmpty() ? tr("Saved.") : tr("Saved. The server said: %1").arg(feedback.join(u'\n')));
    m_message->setVisible(true);
    Q_EMIT linkSaved(r);
}

void LinkEditor::saveError(const QString &what, const api::ApiError &error)
{
    m_saving = false;
    // The edits stay in the editor and on disk: nothing typed is lost by a failed save.
    m_banner->showError(what, error);
    flushDraft();
    updateButtons();
    Q_EMIT saveFailed();
}

void LinkEditor::startConflict()
{
    m_service->getLink(m_state.id(), m_state.selectionAppId, this, [this](const api::ApiResult<LinkRecord> &r) {
        if (!r.ok()) {
            saveError(tr("The link changed on the server and could not be read again."), r.error());
            return;
        }
        LinkRecord theirs = r.value();
        if (theirs.selectionAppId.isEmpty())
            theirs.selectionAppId = m_state.selectionAppId;
        auto *dialog = new ConflictDialog(json::encode(m_base.link).toObject(), json::encode(m_state.link).toObject(),
                                          json::encode(theirs.link).toObject(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, theirs] {
            const auto merged = json::decode<LinkStateFull>(dialog->merged());
            m_saving = false;
            if (!merged.ok()) {
                m_message->setText(tr("The merged link is not valid: %1").arg(merged.error().toString()));
                m_message->setVisible(true);
                updateButtons();
                return;
            }
            // Their version is the new base: the next save carries its modifiedDate.
            m_base = theirs;
            m_state.link = merged.value();
            m_state.link.modifiedDate = theirs.link.modifiedDate;
            refreshExcept(nullptr);
            saveChecked(false); // the warnings were accepted with the first attempt
        });
        connect(dialog, &QDialog::rejected, this, [this] {
            m_saving = false;
            m_message->setText(tr("Not saved: the link changed on the server. Your edits are kept; save again to "
                                  "compare them with the server's version."));
            m_message->setVisible(true);
            flushDraft();
            updateButtons();
        });
        dialog->open();
    });
}

void LinkEditor::changeStatus(LinkStatusSetting setting)
{
    if (m_saving || m_new || !m_service)
        return;
    if (setting == LinkStatusSetting::Decommission
        && dialogs::question(this, tr("Decommission link?"),
                             tr("Decommission “%1”? Users can no longer generate apps from it, and a "
                                "decommissioned link cannot be activated again.")
                                 .arg(m_base.link.name))
               != QMessageBox::Yes)
        return;
    m_saving = true;
    m_banner->clear();
    updateButtons();
    m_service->setStatus(m_base, setting, this, [this](const api::ApiResult<LinkRecord> &r) {
        m_saving = false;
        if (!r.ok()) {
            m_banner->showError(tr("The status was not changed."), r.error());
            updateButtons();
            return;
        }
        const bool hadEdits = hasUnsavedChanges();
        LinkRecord fresh = r.value();
        fresh.selectionAppId = m_base.selectionAppId;
        fresh.selectionAppName = m_base.selectionAppName;
        m_base = fresh;
        if (hadEdits) {
            // Keep the edits; take the server's status and concurrency token.
            m_state.link.status = fresh.link.status;
            m_state.link.modifiedDate = fresh.link.modifiedDate;
            m_state.link.modifiedByUser = fresh.link.modifiedByUser;
        } else {
            m_state = fresh;
        }
        refreshExcept(nullptr);
        m_message->setText(tr("Status: %1").arg(displayName(fresh.link.status)));
        m_message->setVisible(true);
        Q_EMIT linkSaved(fresh);
    });
}

void LinkEditor::deleteLink()
{
    if (m_saving || m_new || !m_service)
        return;
    if (dialogs::question(this, tr("Delete link?"),
                          tr("Delete the link “%1” from the server? This cannot be undone.").arg(m_base.link.name))
        != QMessageBox::Yes)
        return;
    m_saving = true;
    updateButtons();
    const QString id = m_base.id();
    m_service->deleteLink(id, this, [this, id](const api::ApiResult<api::Empty> &r) {
        m_saving = false;
        if (!r.ok()) {
            m_banner->showError(tr("The link was not deleted."), r.error());
            updateButtons();
            return;
        }
        m_draftTimer->stop();
        m_drafts.remove(m_draftKey);
        m_state = m_base; // nothing left to save
        m_message->setText(tr("The link was deleted."));
        m_message->setVisible(true);
        m_save->setEnabled(false);
        m_delete->setEnabled(false);
        Q_EMIT linkDeleted(id);
    });
}

} // namespace odag::gui
