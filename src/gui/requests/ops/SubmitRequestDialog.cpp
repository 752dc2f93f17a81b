#include "SubmitRequestDialog.h"

#include "gui/requests/RequestConversion.h"

#include "api/OdagLinksApi.h"
#include "api/QseOdagApi.h"
#include "gui/widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace odag::gui {

namespace {

// The selection-app field a binding reads: its parameter name, else the field named in
// its template variable (`odags_Region` -> Region).
QString fieldOf(const Binding &b)
{
    if (b.selectAppParamName && !b.selectAppParamName->isEmpty())
        return *b.selectAppParamName;
    const qsizetype underscore = b.templateAppVarName.indexOf(QLatin1Char('_'));
    return underscore < 0 ? b.templateAppVarName : b.templateAppVarName.mid(underscore + 1);
}

} // namespace

SubmitRequestDialog::SubmitRequestDialog(TenantSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_links(new LinkService(session, this))
    , m_banner(new ErrorBanner(this))
    , m_linkCombo(new QComboBox(this))
    , m_selectionApp(new QLineEdit(this))
    , m_sheet(new QLineEdit(this))
    , m_rowEstimate(new QLineEdit(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_addField(new QPushButton(tr("&Add field"), this))
    , m_removeField(new QPushButton(tr("&Remove field"), this))
    , m_validation(new QLabel(this))
    , m_result(new QLabel(this))
    , m_submit(new QPushButton(tr("&Submit request"), this))
{
    setObjectName(QStringLiteral("submitRequestDialog"));
    setWindowTitle(tr("Submit a generation request"));
    m_banner->setObjectName(QStringLiteral("submitErrorBanner"));

    m_linkCombo->setObjectName(QStringLiteral("submitLinkCombo"));
    m_linkCombo->setAccessibleName(tr("Link"));
    m_linkCombo->setToolTip(tr("The ODAG link to generate an app with"));
    m_linkCombo->setMinimumContentsLength(30);
    m_selectionApp->setObjectName(QStringLiteral("submitSelectionApp"));
    m_selectionApp->setAccessibleName(tr("Selection app ID"));
    m_selectionApp->setToolTip(
        tr("The selection app the request is made from (prefilled from the link)"));
    m_sheet->setObjectName(QStringLiteral("submitSheet"));
    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheet->setPlaceholderText(tr("optional: the selection app sheet"));
    m_rowEstimate->setObjectName(QStringLiteral("submitRowEstimate"));
    m_rowEstimate->setAccessibleName(tr("Row estimate"));
    m_rowEstimate->setPlaceholderText(tr("optional: rows the generated app will hold"));
    m_rowEstimate->setToolTip(tr("Checked against the link's row estimate range for you"));

    m_table->setObjectName(QStringLiteral("submitSelectionTable"));
    m_table->setAccessibleName(tr("Selection state"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Values"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(FieldColumn, 160);
    {
        // The state column holds combo boxes, which the header cannot measure by itself.
        QComboBox probe;
        probe.addItems({tr("Selected (S)"), tr("Optional (O)"), tr("Excluded (X)")});
        m_table->setColumnWidth(StateColumn, probe.sizeHint().width() + 4);
    }
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addField->setObjectName(QStringLiteral("submitAddField"));
    m_addField->setToolTip(tr("Add a field to the selection state"));
    m_removeField->setObjectName(QStringLiteral("submitRemoveField"));
    m_removeField->setToolTip(tr("Remove the selected field rows"));
    connect(m_addField, &QPushButton::clicked, this, [this] { addField(QString()); });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_table->removeRow(r);
    });

    m_validation->setObjectName(QStringLiteral("submitValidation"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_validation->hide();
    m_result->setObjectName(QStringLiteral("submitResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_submit->setToolTip(
        tr("Send the request (%1)").arg(m_submit->shortcut().toString(QKeySequence::NativeText)));
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &SubmitRequestDialog::submit);

    auto *form = new QFormLayout;
    form->addRow(tr("&Link:"), m_linkCombo);
    form->addRow(tr("Selection a&pp:"), m_selectionApp);
    form->addRow(tr("S&heet:"), m_sheet);
    form->addRow(tr("Row &estimate:"), m_rowEstimate);

    auto *group = new QGroupBox(tr("Selection state"), this);
    auto *groupLayout = new QVBoxLayout(group);
    auto *hint = new QLabel(tr("One row per field: values separated by commas or one per line; "
                               "the state says whether they are selected (S), optional (O) or "
                               "excluded (X). Rows of the same field are merged."),
                            group);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addField);
    rowButtons->addWidget(m_removeField);
    rowButtons->addStretch(1);
    groupLayout->addWidget(hint);
    groupLayout->addWidget(m_table, 1);
    groupLayout->addLayout(rowButtons);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("submitClose"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(group, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_linkCombo, &QComboBox::currentIndexChanged, this,
            &SubmitRequestDialog::onLinkChanged);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SubmitRequestDialog::loadLinks);
    loadLinks();
}

void SubmitRequestDialog::loadLinks()
{
    m_banner->clear();
    m_linkCombo->clear();
    m_linkCombo->addItem(tr("Loading links…"));
    m_linkCombo->setEnabled(false);
    m_submit->setEnabled(false);
    m_links->listLinks(this, [this](const api::ApiResult<QList<LinkRecord>> &result) {
        const QSignalBlocker block(m_linkCombo);
        m_linkCombo->clear();
        if (!result.ok()) {
            m_banner->showError(tr("Could not load the links."), result.error());
            m_linkCombo->addItem(tr("No links"));
            return;
        }
        m_records = result.value();
        for (const LinkRecord &r : std::as_const(m_records)) {
            const QString status = r.link.status.raw();
            m_linkCombo->addItem(status.isEmpty() || status == QLatin1StringView("active")
                                     ? r.link.name
                                     : tr("%1 (%2)").arg(r.link.name, status),
                                 r.id());
        }
        m_linkCombo->setEnabled(!m_records.isEmpty());
        m_submit->setEnabled(!m_records.isEmpty());
        m_loaded = true;
        const int wanted = m_wantedLink.isEmpty() ? -1 : m_linkCombo->findData(m_wantedLink);
        m_linkCombo->setCurrentIndex(wanted >= 0 ? wanted : 0);
        onLinkChanged();
        Q_EMIT linksLoadedChanged();
    });
}

void SubmitRequestDialog::selectLink(const QString &linkId)
{
    m_wantedLink = linkId;
    if (!m_loaded)
        return;
    const int i = m_linkCombo->findData(linkId);
    if (i >= 0)
        m_linkCombo->setCurrentIndex(i);
}

QString SubmitRequestDialog::selectedLinkId() const
{
    return m_loaded ? m_linkCombo->currentData().toString() : QString();
}

void SubmitRequestDialog::onLinkChanged()
{
    const QString id = selectedLinkId();
    for (const LinkRecord &r : std::as_const(m_records)) {
        if (r.id() != id)
            continue;
        m_selectionApp->setText(r.selectionAppId);
        // Offer the fields the link's bindings read, unless the user has typed a selection.
        bool empty = true;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (!m_table->item(row, ValuesColumn) ||
                !m_table->item(row, ValuesColumn)->text().trimmed().isEmpty())
                empty = false;
        }
        if (!empty)
            return;
        m_table->setRowCount(0);
        QStringList fields;
        for (const Binding &b : r.link.bindings.value_or(QList<Binding>())) {
            if (b.selectAppParamType != SelectAppParamType::Exclude && !fields.contains(fieldOf(b)))
                fields << fieldOf(b);
        }
        if (r.qse && r.qse->properties && r.qse->properties->bindings) {
            for (const QseBinding &b : *r.qse->properties->bindings) {
                if (b.selectionField && !fields.contains(*b.selectionField))
                    fields << *b.selectionField;
            }
        }
        for (const QString &f : std::as_const(fields))
            addField(f);
        return;
    }
}

void SubmitRequestDialog::addField(const QString &field, const QString &values, SelectStatus state)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, FieldColumn, new QTableWidgetItem(field));
    m_table->setItem(row, ValuesColumn, new QTableWidgetItem(values));
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(QStringLiteral("submitStateCombo%1").arg(row));
    combo->setAccessibleName(tr("Selection state of row %1").arg(row + 1));
    combo->addItem(tr("Selected (S)"), int(SelectStatus::Selected));
    combo->addItem(tr("Optional (O)"), int(SelectStatus::Optional));
    combo->addItem(tr("Excluded (X)"), int(SelectStatus::Excluded));
    combo->setCurrentIndex(combo->findData(int(state)));
    m_table->setCellWidget(row, StateColumn, combo);
}

QStringList SubmitRequestDialog::splitValues(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,\\n;]"));
    for (const QString &part : text.split(separators)) {
        const QString v = part.trimmed();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

Result<RequestPostPayload, QStringList> SubmitRequestDialog::payload() const
{
    QStringList problems;
    RequestPostPayload p;
    if (selectedLinkId().isEmpty())
        problems << tr("Choose a link.");
    p.selectionApp = m_selectionApp->text().trimmed();
    if (p.selectionApp.isEmpty())
        problems << tr("Enter the ID of the selection app.");
    if (!m_sheet->text().trimmed().isEmpty())
        p.sheetname = m_sheet->text().trimmed();
    const QString rows = m_rowEstimate->text().trimmed();
    if (!rows.isEmpty()) {
        bool ok = false;
        const qint64 n = QLocale().toLongLong(rows, &ok);
        const qint64 plain = ok ? n : rows.toLongLong(&ok);
        if (!ok || plain < 0)
            problems << tr("The row estimate must be a whole number of rows, 0 or more.");
        else
            p.actualRowEst = plain;
    }

    SelectionState state;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString field = m_table->item(row, FieldColumn)
                                  ? m_table->item(row, FieldColumn)->text().trimmed()
                                  : QString();
        const QStringList values =
            splitValues(m_table->item(row, ValuesColumn) ? m_table->item(row, ValuesColumn)->text()
                                                         : QString());
        if (field.isEmpty() && values.isEmpty())
            continue;
        if (field.isEmpty()) {
            problems << tr("Row %1: enter the field name for the values %2.")
                            .arg(row + 1)
                            .arg(values.join(QStringLiteral(", ")));
            continue;
        }
        if (values.isEmpty()) {
            problems << tr("Row %1: enter at least one value for %2.").arg(row + 1).arg(field);
            continue;
        }
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, StateColumn));
        const auto status =
            combo ? SelectStatus(combo->currentData().toInt()) : SelectStatus::Selected;
        auto it = std::find_if(state.begin(), state.end(), [&](const FieldSelectionState &f) {
            return f.selectionAppParamName == field;
        });
        if (it == state.end()) {
            FieldSelectionState f;
            f.selectionAppParamName = field;
            f.selectionAppParamType = SelectAppParamType::Field;
            state.append(f);
            it = state.end() - 1;
        }
        for (const QString &v : values) {
            FieldValue fv;
            fv.strValue = v;
            bool numeric = false;
            v.toDouble(&numeric);
            if (numeric)
                fv.numValue = v;
            fv.selStatus = status;
            it->values.append(fv);
        }
    }
    for (FieldSelectionState &f : state)
        f.selectedSize = int(f.count(SelectStatus::Selected));
    if (state.isEmpty() && problems.isEmpty())
        problems << tr("Add at least one field with values: the request is made from a selection.");
    if (!problems.isEmpty())
        return problems;
    p.bindSelectionState = state;
    p.selectionState = state;
    return p;
}

void SubmitRequestDialog::submit()
{
    if (m_busy || !m_session)
        return;
    m_banner->clear();
    m_result->hide();
    const auto built = payload();
    if (!built.ok()) {
        m_validation->setText(tr("Please correct the following:") + QLatin1Char('\n') +
                              QStringLiteral("• ") + built.error().join(QStringLiteral("\n• ")));
        m_validation->show();
        return;
    }
    m_validation->hide();
    m_busy = true;
    m_submit->setEnabled(false);
    m_submit->setText(tr("Submitting…"));
    const QString linkId = selectedLinkId();
    auto done = [this](const api::ApiResult<RequestObject> &result) {
        m_busy = false;
        m_submit->setEnabled(true);
        m_submit->setText(tr("&Submit request"));
        if (!result.ok()) {
            // The input stays as it is, so the user can correct it and send again.
            m_banner->showError(tr("The request was not accepted."), result.error());
            return;
        }
        showAnswer(result.value());
    };
    if (m_session->kind() == TenantSession::Kind::SenseEnterprise) {
        // Seed 001 leaves selectionState's content open; the Cloud payload inside it is
        // what the ODAG service reads best (and what the sandbox documents).
        QJsonObject state = json::encode(built.value()).toObject();
        QseRequestCreate create;
        create.selectionState = state;
        api::QseOdagApi(m_session->transport())
            .submitRequest(linkId, create, this, [done](const api::ApiResult<QseRequest> &r) {
                if (r.ok())
                    done(fromQse(r.value()));
                else
                    done(r.error());
            });
    } else {
        api::OdagLinksApi(m_session->transport()).submitRequest(linkId, built.value(), this, done);
    }
}

void SubmitRequestDialog::showAnswer(const RequestObject &request)
{
    QString text =
        tr("Request %1 was created; it is %2.").arg(request.id, displayName(request.state));
    const QStringList messages = request.validation.value_or(QStringList());
    if (!messages.isEmpty())
        text += QLatin1Char('\n') + tr("Messages from the service:") + QStringLiteral("\n• ") +
                messages.join(QStringLiteral("\n• "));
    m_result->setText(text);
    m_result->show();
    Q_EMIT submitted(request);
}

QString SubmitRequestDialog::resultText() const
{
    return m_result->isVisible() || !m_result->text().isEmpty() ? m_result->text() : QString();
}

} // namespace odag::gui
