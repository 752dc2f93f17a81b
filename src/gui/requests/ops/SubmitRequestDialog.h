#pragma once

#include "core/OdagRequest.h"
#include "gui/links/LinkService.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace odag::gui {

class ErrorBanner;

// Submits a generation request for a link without the Sense client: the link, its
// selection app (prefilled), a sheet, a row estimate and the selection state as a table
// (field, values, state S/O/X), checked before sending. The answer (the new request's
// state and validation messages, or the API's error) is shown in the dialog, and the
// input stays for another try. Opened with open() or show().
class SubmitRequestDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        ValuesColumn,
        StateColumn
    };

    explicit SubmitRequestDialog(TenantSession *session, QWidget *parent = nullptr);

    // Preselects a link once the list has loaded (or now, if it has).
    void selectLink(const QString &linkId);
    bool linksLoaded() const { return m_loaded; }

    // Adds a selection-state row (also what the Add button does, with empty values).
    void addField(const QString &field, const QString &values = {},
                  SelectStatus state = SelectStatus::Selected);

    // What would be sent, or the list of problems with the input.
    Result<RequestPostPayload, QStringList> payload() const;
    QString resultText() const;

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void submitted(const odag::RequestObject &request);
    void linksLoadedChanged();

private:
    void loadLinks();
    void onLinkChanged();
    void showAnswer(const RequestObject &request);
    QString selectedLinkId() const;
    static QStringList splitValues(const QString &text);

    QPointer<TenantSession> m_session;
    LinkService *m_links;
    QList<LinkRecord> m_records;
    QString m_wantedLink;
    bool m_loaded = false;
    bool m_busy = false;

    ErrorBanner *m_banner;
    QComboBox *m_linkCombo;
    QLineEdit *m_selectionApp;
    QLineEdit *m_sheet;
    QLineEdit *m_rowEstimate;
    QTableWidget *m_table;
    QPushButton *m_addField;
    QPushButton *m_removeField;
    QLabel *m_validation;
    QLabel *m_result;
    QPushButton *m_submit;
};

} // namespace odag::gui
