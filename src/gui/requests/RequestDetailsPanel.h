#pragma once

#include "core/OdagRequest.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QTableWidget;

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class TenantSession;

// The details of one request: every RequestObjectV2 field in words (IDs selectable), its
// validation messages, its load, and the selections it was made with, read from the
// tenant (GET .../selections) when a new request is shown.
class RequestDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailsPanel(TenantSession *session, QWidget *parent = nullptr);

    // Shows `request` (nullptr: nothing, or `count` requests selected). The selections are
    // read again only when the request ID changes.
    void showRequest(const odag::RequestObject *request, const QString &linkName, int count = 1);
    QString requestId() const { return m_id; }

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName, bool selectable = false);
    void loadSelections(const QString &requestId);

    TenantSession *m_session;
    QString m_id;
    QPointer<api::PendingCall> m_call;
    QLabel *m_heading;
    QWidget *m_body;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_requestId;
    QLabel *m_state;
    QLabel *m_kind;
    QLabel *m_link;
    QLabel *m_owner;
    QLabel *m_created;
    QLabel *m_modified;
    QLabel *m_generatedApp;
    QLabel *m_templateApp;
    QLabel *m_selectionApp;
    QLabel *m_sheet;
    QLabel *m_rows;
    QLabel *m_rowExpr;
    QLabel *m_retention;
    QLabel *m_parent;
    QLabel *m_hashes;
    QLabel *m_error;
    QLabel *m_loadStatus;
    QLabel *m_loadHost;
    QLabel *m_loadTimes;
    QLabel *m_validation;
    QLabel *m_selectionsNote;
    QTableWidget *m_selections;
};

} // namespace odag::gui
