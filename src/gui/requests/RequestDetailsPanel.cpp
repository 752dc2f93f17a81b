#include "RequestDetailsPanel.h"

#include "RequestFormat.h"
#include "RequestsModel.h"

#include "api/OdagRequestsApi.h"
#include "gui/connection/TenantSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString nameAndId(const QString &name, const QString &id)
{
    if (id.isEmpty())
        return orDash(name);
    if (name.isEmpty())
        return id;
    return QStringLiteral("%1  (%2)").arg(name, id);
}

QString timeOf(const DateTime &t)
{
    return orDash(RequestFormat::time(RequestsModel::parseTimeMs(t.raw())));
}
} // namespace

RequestDetailsPanel::RequestDetailsPanel(TenantSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("requestDetails"));
    m_heading->setObjectName(QStringLiteral("requestDetailsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);

    auto *requestBox = new QGroupBox(tr("Request"), m_body);
    auto *form = new QFormLayout(requestBox);
    m_requestId = addRow(form, tr("ID"), QStringLiteral("detailId"), true);
    m_state = addRow(form, tr("State"), QStringLiteral("detailState"));
    m_kind = addRow(form, tr("Kind"), QStringLiteral("detailKind"));
    m_link = addRow(form, tr("Link"), QStringLiteral("detailLink"), true);
    m_owner = addRow(form, tr("Owner"), QStringLiteral("detailOwner"), true);
    m_created = addRow(form, tr("Created"), QStringLiteral("detailCreated"));
    m_modified = addRow(form, tr("Modified"), QStringLiteral("detailModified"));
    m_generatedApp = addRow(form, tr("Generated app"), QStringLiteral("detailGeneratedApp"), true);
    m_templateApp = addRow(form, tr("Template app"), QStringLiteral("detailTemplateApp"), true);
    m_selectionApp = addRow(form, tr("Selection app"), QStringLiteral("detailSelectionApp"), true);
    m_sheet = addRow(form, tr("Sheet (requested / target)"), QStringLiteral("detailSheet"), true);
    m_rows = addRow(form, tr("Row estimate"), QStringLiteral("detailRows"));
    m_rowExpr = addRow(form, tr("Row estimate expression"), QStringLiteral("detailRowExpr"), true);
    m_retention = addRow(form, tr("Retention"), QStringLiteral("detailRetention"));
    m_parent = addRow(form, tr("Parent request"), QStringLiteral("detailParent"), true);
    m_hashes = addRow(form, tr("Binding / selection state hash"), QStringLiteral("detailHashes"), true);
    m_error = addRow(form, tr("Error"), QStringLiteral("detailError"), true);

    auto *loadBox = new QGroupBox(tr("Data load"), m_body);
    auto *loadForm = new QFormLayout(loadBox);
    m_loadStatus = addRow(loadForm, tr("Status"), QStringLiteral("detailLoadStatus"));
    m_loadHost = addRow(loadForm, tr("Load host"), QStringLiteral("detailLoadHost"), true);
    m_loadTimes = addRow(loadForm, tr("Started / finished"), QStringLiteral("detailLoadTimes"));

    auto *validationBox = new QGroupBox(tr("Validation"), m_body);
    auto *validationLayout = new QVBoxLayout(validationBox);
    m_validation = new QLabel(validationBox);
    m_validation->setObjectName(QStringLiteral("detailValidation"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    validationLayout->addWidget(m_validation);

    auto *selectionsBox = new QGroupBox(tr("Selections the request was made with"), m_body);
    auto *selectionsLayout = new QVBoxLayout(selectionsBox);
    m_selectionsNote = new QLabel(selectionsBox);
    m_selectionsNote->setObjectName(QStringLiteral("selectionsNote"));
    m_selectionsNote->setWordWrap(true);
    m_selections = new QTableWidget(0, 3, selectionsBox);
    m_selections->setObjectName(QStringLiteral("selectionsTable"));
    m_selections->setAccessibleName(tr("Selections of the request"));
    m_selections->setHorizontalHeaderLabels({tr("Field"), tr("Values"), tr("State")});
    m_selections->horizontalHeader()->setStretchLastSection(false);
    m_selections->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_selections->verticalHeader()->hide();
    m_selections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selections->setWordWrap(false);
    m_selections->setMinimumHeight(140);
    selectionsLayout->addWidget(m_selectionsNote);
    selectionsLayout->addWidget(m_selections);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(requestBox);
    bodyLayout->addWidget(loadBox);
    bodyLayout->addWidget(validationBox);
    bodyLayout->addWidget(selectionsBox);
    bodyLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("requestDetailsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);
    layout->addStretch();
    showRequest(nullptr, {}, 0);
}

QLabel *RequestDetailsPanel::addRow(QFormLayout *form, const QString &label, const QString &objectName,
                                    bool selectable)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    if (selectable)
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(label, value);
    return value;
}

void RequestDetailsPanel::showRequest(const odag::RequestObject *r, const QString &linkName, int count)
{
    if (!r) {
        m_id.clear();
        if (m_call)
            m_call->cancel();
        m_heading->setText(count > 1 ? tr("%n request(s) selected", "", count)
                                     : tr("Select a request to see its details."));
        m_scroll->setVisible(false);
        return;
    }
    m_scroll->setVisible(true);
    const QLocale locale;
    const QString app = r->generatedAppDisplayName();
    m_heading->setText(app.isEmpty() ? tr("Request %1").arg(r->id) : app);
    m_requestId->setText(r->id);
    m_state->setText(displayName(r->state));
    m_kind->setText(displayName(r->kind));
    m_link->setText(nameAndId(linkName == r->link ? QString() : linkName, r->link));
    m_owner->setText(nameAndId(r->owner.name, r->owner.id));
    m_created->setText(timeOf(r->createdDate));
    m_modified->setText(timeOf(r->modifiedDate));
    m_generatedApp->setText(nameAndId(app, r->generatedApp ? r->generatedApp->id : QString()));
    m_templateApp->setText(nameAndId(r->templateAppName.value_or(QString()), r->templateApp));
    m_selectionApp->setText(nameAndId(r->selectionAppName.value_or(QString()), r->selectionApp.value_or(QString())));
    m_sheet->setText(QStringLiteral("%1 / %2").arg(orDash(r->sheetname.value_or(QString())),
                                                   orDash(r->targetSheet.value_or(QString()))));
    m_rows->setText(orDash(RequestFormat::rowEstimate(*r)));
    m_rowExpr->setText(orDash(r->curRowEstExpr.value_or(QString())));
    QStringList retention;
    if (r->retentionTime)
        retention << (*r->retentionTime == 0 ? tr("kept until deleted") : tr("%n minute(s) left", "", *r->retentionTime));
    if (r->timeToLive)
        retention << (*r->timeToLive == 0 ? tr("no purge") : tr("lives %n minute(s)", "", *r->timeToLive));
    if (r->purgeAfter)
        retention << tr("purged after %1").arg(timeOf(*r->purgeAfter));
    m_retention->setText(orDash(retention.join(QStringLiteral("; "))));
    m_parent->setText(orDash(r->parentRequestId.value_or(QString())));
    m_hashes->setText(QStringLiteral("%1 / %2").arg(
        r->bindingStateHash ? QString::number(*r->bindingStateHash) : QStringLiteral("—"),
        r->selectionStateHash ? QString::number(*r->selectionStateHash) : QStringLiteral("—")));
    m_error->setText(orDash(r->errorMessage.value_or(QString())));

    if (r->loadState) {
        m_loadStatus->setText(r->loadState->status ? displayName(*r->loadState->status) : tr("not reported"));
        m_loadHost->setText(orDash(r->loadState->loadHost));
        const qint64 started = RequestsModel::parseTimeMs(r->loadState->startedAt.raw());
        const qint64 finished =
            r->loadState->finishedAt ? RequestsModel::parseTimeMs(r->loadState->finishedAt->raw()) : RequestsModel::kNoTime;
        QString times = QStringLiteral("%1 / %2").arg(orDash(RequestFormat::time(started)),
                                                      orDash(RequestFormat::time(finished)));
        if (started != RequestsModel::kNoTime && finished != RequestsModel::kNoTime)
            times = tr("%1 (%2)").arg(times, RequestFormat::duration(finished - started));
        m_loadTimes->setText(times);
    } else {
        m_loadStatus->setText(tr("No data load yet"));
        m_loadHost->setText(QStringLiteral("—"));
        m_loadTimes->setText(QStringLiteral("—"));
    }
    const QStringList validation = r->validation.value_or(QStringList());
    m_validation->setText(validation.isEmpty() ? tr("No validation messages.")
                                               : QStringLiteral("• ") + validation.join(QStringLiteral("\n• ")));

    if (r->id != m_id) {
        m_id = r->id;
        loadSelections(r->id);
    }
}

void RequestDetailsPanel::loadSelections(const QString &requestId)
{
    if (m_call)
        m_call->cancel();
    m_selections->setRowCount(0);
    if (!m_session)
        return;
    if (m_session->kind() == TenantSession::Kind::SenseEnterprise) {
        m_selectionsNote->setText(tr("Qlik Sense Enterprise does not report a request's selections through "
                                     "its ODAG API."));
        m_selections->hide();
        return;
    }
    m_selections->show();
    m_selectionsNote->setText(tr("Reading the selections…"));
    m_call = api::OdagRequestsApi(m_session->transport())
                 .getSelections(requestId, this, [this, requestId](const api::ApiResult<SelectionState> &r) {
                     if (requestId != m_id)
                         return;
                     if (!r.ok()) {
                         if (!r.error().isCanceled())
                             m_selectionsNote->setText(tr("Could not read the selections: %1").arg(r.error().message()));
                         return;
                     }
                     // One row per field and selection state: "Region | Nordic, Benelux | Selected".
                     int row = 0;
                     for (const FieldSelectionState &field : r.value()) {
                         QMap<int, QStringList> byStatus;
                         for (const FieldValue &v : field.values)
                             byStatus[int(v.selStatus.value())].append(v.strValue);
                         if (field.values.isEmpty())
                             byStatus[int(SelectStatus::Unknown)] = {};
                         for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
                             m_selections->insertRow(row);
                             const QString fieldName = field.selectionAppParamName;
                             auto *fieldItem = new QTableWidgetItem(fieldName);
                             fieldItem->setToolTip(displayName(field.selectionAppParamType));
                             m_selections->setItem(row, 0, fieldItem);
                             auto *values = new QTableWidgetItem(it.value().join(QStringLiteral(", ")));
                             values->setToolTip(it.value().join(QLatin1Char('\n')));
                             m_selections->setItem(row, 1, values);
                             const auto status = OpenEnum<SelectStatus>(SelectStatus(it.key()));
                             m_selections->setItem(
                                 row, 2,
                                 new QTableWidgetItem(it.key() == int(SelectStatus::Unknown) ? tr("no values")
                                                                                             : displayName(status)));
                             ++row;
                         }
                     }
                     m_selectionsNote->setText(row == 0 ? tr("The request was made without selections.")
                                                        : tr("%n field(s)", "", int(r.value().size())));
                     m_selections->resizeColumnToContents(0);
                     m_selections->resizeColumnToContents(2);
                 });
}

} // namespace odag::gui
