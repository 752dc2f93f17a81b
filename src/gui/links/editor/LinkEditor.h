#pragma once

#include "DraftStore.h"
#include "gui/links/LinkService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace odag::api {
struct ApiError;
}

namespace odag::gui {

class BindingsPage;
class ConflictDialog;
class ErrorBanner;
class GeneralPage;
class JsonPage;
class PreviewPage;
class PropertiesPage;

// Edits one ODAG link (or creates one): keeps the working copy every tab shows and
// edits, lints it, saves it (create, update, status changes, QSE delete), resolves a
// 409 through the conflict view and keeps unsaved edits as a local draft.
class LinkEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        General,
        Bindings,
        Properties,
        Preview,
        Lint,
        Json
    };

    LinkEditor(LinkService *service, const LinkRecord *record, QWidget *parent = nullptr);
    ~LinkEditor() override;

    void showPage(Page page);
    bool hasUnsavedChanges() const;
    bool isNew() const { return m_new; }
    bool isSaving() const { return m_saving; }
    bool hasLoaded() const { return m_loadedSent; }
    // The link as edited now.
    const LinkRecord &current() const { return m_state; }
    // Where the draft of this link is kept.
    QString draftPath() const { return m_drafts.pathFor(m_draftKey); }

    // Lints, then creates or updates (asking before saving with warnings).
    void save();
    // Forgets the edits and the draft.
    void discardChanges();
    // Writes the draft now instead of after the typing pause.
    void flushDraft();

Q_SIGNALS:
    void loaded(); // the link (and the app list) arrived and is shown
    void linkSaved(const odag::gui::LinkRecord &record);
    void linkDeleted(const QString &linkId);
    void saveFailed();
    void stateChanged(); // dirty flag, status or name changed

private:
    void buildUi();
    void loadLink(const QString &linkId, const QString &selectionAppId);
    void maybeFinishLoading();
    void offerDraft();
    QJsonObject draftJson() const;
    void restoreDraft(const QJsonObject &draft);

    void pageEdited(QWidget *source);
    void refreshExcept(QWidget *source);
    void updateLint();
    void updateButtons();

    void saveChecked(bool askAboutWarnings);
    void saveCloud();
    void saveQse();
    void saved(const LinkRecord &record, const QStringList &feedback);
    void saveError(const QString &what, const api::ApiError &error);
    void startConflict();
    void changeStatus(LinkStatusSetting setting);
    void deleteLink();

    QPointer<LinkService> m_service;
    bool m_qse;
    bool m_new;
    LinkRecord m_base;  // as read (or last saved)
    LinkRecord m_state; // as edited
    DraftStore m_drafts;
    QString m_draftKey;
    QTimer *m_draftTimer;
    bool m_linkLoaded = false;
    bool m_appsLoaded = false;
    bool m_loadedSent = false;
    bool m_saving = false;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    GeneralPage *m_general = nullptr;
    BindingsPage *m_bindings = nullptr;
    PropertiesPage *m_properties = nullptr;
    PreviewPage *m_preview = nullptr;
    QListWidget *m_lint = nullptr;
    JsonPage *m_json = nullptr;
    QLabel *m_qseNote = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_decommission = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace odag::gui
