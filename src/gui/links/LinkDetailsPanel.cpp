#include "LinkDetailsPanel.h"

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
QString localDate(const DateTime &d)
{
    const QDateTime dt = d.toDateTime();
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : d.raw();
}

// A name with its ID below it, small: both readable and selectable, and the long ID
// does not widen the panel.
QString nameAndId(const QString &name, const QString &id)
{
    if (name.isEmpty())
        return id.toHtmlEscaped();
    return QStringLiteral("%1<br><small>%2</small>").arg(name.toHtmlEscaped(), id.toHtmlEscaped());
}

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setMinimumHeight(90);
    t->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}
} // namespace

LinkDetailsPanel::LinkDetailsPanel(LinkService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("linkDetails"));
    m_placeholder->setObjectName(QStringLiteral("linkDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addField(tr("Name:"), QStringLiteral("detailName"));
    m_id = addField(tr("Link ID:"), QStringLiteral("detailId"));
    m_status = addField(tr("Status:"), QStringLiteral("detailStatus"));
    m_owner = addField(tr("Owner:"), QStringLiteral("detailOwner"));
    m_created = addField(tr("Created:"), QStringLiteral("detailCreated"));
    m_modified = addField(tr("Modified:"), QStringLiteral("detailModified"));
    m_selectionApp = addField(tr("Selection app:"), QStringLiteral("detailSelectionApp"));
    m_templateApp = addField(tr("Template app:"), QStringLiteral("detailTemplateApp"));
    m_rowEstExpr = addField(tr("Row estimate:"), QStringLiteral("detailRowEstExpr"));
    m_dynamicView = addField(tr("Dynamic view:"), QStringLiteral("detailDynamicView"));
    m_includeScript = addField(tr("Include script:"), QStringLiteral("detailIncludeScript"));
    m_genAppAccessible = addField(tr("Generated apps accessible:"), QStringLiteral("detailGenAppAccessible"));
    m_privileges = addField(tr("Your privileges:"), QStringLiteral("detailPrivileges"));
    m_canCreate = addField(tr("You can create links:"), QStringLiteral("detailCanCreate"));
    m_qseExtra = addField(tr("Retention and publishing:"), QStringLiteral("detailQseRetention"));
    for (QLabel *l : {m_owner, m_selectionApp, m_templateApp})
        l->setTextFormat(Qt::RichText);

    auto *bindingsBox = new QGroupBox(tr("Bindings"), m_content);
    m_bindings = makeTable({tr("Template variable"), tr("Parameter type"), tr("Parameter name"),
                            tr("Selection states"), tr("Values (min–max)"), tr("Numeric only"), tr("Formatting")},
                           QStringLiteral("detailBindings"), bindingsBox);
    (new QVBoxLayout(bindingsBox))->addWidget(m_bindings);

    auto *propertiesBox = new QGroupBox(tr("Context-scoped properties"), m_content);
    m_properties = makeTable({tr("Property"), tr("Context"), tr("Value")}, QStringLiteral("detailProperties"),
                             propertiesBox);
    m_propertiesNote = new QLabel(propertiesBox);
    m_propertiesNote->setWordWrap(true);
    m_propertiesNote->setObjectName(QStringLiteral("detailPropertiesNote"));
    auto *pl = new QVBoxLayout(propertiesBox);
    pl->addWidget(m_propertiesNote);
    pl->addWidget(m_properties);

    m_usagesBox = new QGroupBox(tr("Links of this selection app"), m_content);
    m_usages = new QLabel(m_usagesBox);
    m_usages->setObjectName(QStringLiteral("detailUsages"));
    m_usages->setWordWrap(true);
    m_usages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_usagesBox))->addWidget(m_usages);

    auto *cl = new QVBoxLayout(m_content);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addLayout(m_form);
    cl->addWidget(bindingsBox);
    cl->addWidget(propertiesBox);
    cl->addWidget(m_usagesBox);
    cl->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("linkDetailsScroll"));
    scroll->setWidgetResizable(true);
    // The panel follows the splitter's width: text wraps, tables scroll inside.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *il = new QVBoxLayout(inner);
    il->setContentsMargins(8, 4, 8, 4);
    il->addWidget(m_placeholder, 1);
    il->addWidget(m_content);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    showSummary(0);
}

QLabel *LinkDetailsPanel::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void LinkDetailsPanel::showSummary(int selected)
{
    delete m_fetch;
    m_content->hide();
    m_placeholder->show();
    m_placeholder->setText(selected == 0 ? tr("Select a link to see its details.")
                                         : tr("%n link(s) selected. The actions apply to each of them.", "", selected));
}

void LinkDetailsPanel::showLink(const LinkRecord &record, const QStringList &siblingIds)
{
    delete m_fetch;
    m_fetch = new QObject(this);
    m_placeholder->hide();
    m_content->show();
    fill(record);

    // genAppAccessible only comes with a single-link GET.
    if (!record.isQse()) {
        m_genAppAccessible->setText(tr("loading…"));
        m_service->getLink(record.id(), record.selectionAppId, m_fetch,
                           [this, label = m_genAppAccessible](const api::ApiResult<LinkRecord> &r) {
                               if (!r.ok()) {
                                   label->setText(tr("could not be read: %1").arg(r.error().message()));
                                   return;
                               }
                               const auto v = r.value().link.genAppAccessible;
                               label->setText(!v ? tr("not reported") : (*v ? tr("Yes") : tr("No")));
                           });
    }
    loadUsages(record, siblingIds);
    loadCanCreate(record);
}

void LinkDetailsPanel::fill(const LinkRecord &r)
{
    const LinkStateFull &l = r.link;
    const LinkCapabilities caps = m_service->capabilities();
    m_name->setText(l.name);
    m_id->setText(l.id);
    m_status->setText(displayName(l.status));
    m_owner->setText(nameAndId(l.owner.name, l.owner.id));
    m_created->setText(localDate(l.createdDate));
    QString modified = l.modifiedDate ? localDate(*l.modifiedDate) : tr("never");
    if (l.modifiedByUser && !l.modifiedByUser->name.isEmpty())
        modified = tr("%1 by %2").arg(modified, l.modifiedByUser->name);
    m_modified->setText(modified);
    m_selectionApp->setText(r.selectionAppId.isEmpty() ? tr("none found").toHtmlEscaped()
                                                       : nameAndId(r.selectionAppName, r.selectionAppId));
    m_templateApp->setText(nameAndId(l.templateApp.name, l.templateApp.id));
    m_rowEstExpr->setText(l.rowEstExpr.isEmpty() ? tr("none", "no row estimate expression") : l.rowEstExpr);
    m_dynamicView->setText(l.isDynamicView() ? tr("Yes") : tr("No"));
    m_includeScript->setText(!l.includeScript ? tr("not reported") : (*l.includeScript ? tr("Yes") : tr("No")));
    m_privileges->setText(l.privileges ? (l.privileges->isEmpty() ? tr("none", "no privileges") : l.privileges->join(QStringLiteral(", ")))
                                       : tr("not reported"));

    // Rows that do not apply to this kind of tenant are hidden rather than left blank.
    m_form->setRowVisible(m_dynamicView, caps.dynamicViews);
    m_form->setRowVisible(m_includeScript, !r.isQse());
    m_form->setRowVisible(m_privileges, !r.isQse());
    m_form->setRowVisible(m_canCreate, caps.createPermission);
    m_form->setRowVisible(m_qseExtra, caps.retentionAndPublish);
    m_usagesBox->setVisible(caps.selectionAppUsages);

    if (r.isQse()) {
        const auto &p = r.qse->properties;
        m_genAppAccessible->setText(!p || !p->genAppAccessible ? tr("not reported")
                                                              : (*p->genAppAccessible ? tr("Yes") : tr("No")));
        QStringList parts;
        if (p && p->retention && p->retention->maxAge)
            parts << tr("apps kept %n minute(s)", "", *p->retention->maxAge);
        if (p && p->retention && p->retention->maxCount)
            parts << tr("at most %n app(s) per user", "", *p->retention->maxCount);
        if (p && p->publishTo && !p->publishTo->isEmpty())
            parts << tr("published to stream %1").arg(*p->publishTo);
        m_qseExtra->setText(parts.isEmpty() ? tr("no limits") : parts.join(QStringLiteral("; ")));
    }
    fillBindings(r);
    fillProperties(r);
}

void LinkDetailsPanel::fillBindings(const LinkRecord &r)
{
    m_bindings->setRowCount(0);
    if (r.isQse()) {
        const auto &p = r.qse->properties;
        if (p && p->bindings) {
            for (const QseBinding &b : *p->bindings)
                addRow(m_bindings, {b.templateField.value_or(QString()), b.selectionType.value_or(QString()),
                                    b.selectionField.value_or(QString()), {}, {}, {}, {}});
        }
    } else if (r.link.bindings) {
        for (const Binding &b : *r.link.bindings) {
            QString range;
            if (b.range) {
                const QString lo = b.range->lowerBound ? QLocale().toString(*b.range->lowerBound) : QString();
                const QString hi = b.range->upperBound ? QLocale().toString(*b.range->upperBound) : QString();
                range = tr("%1–%2").arg(lo, hi);
            }
            QString formatting;
            if (b.formatting)
                formatting = tr("quote %1, delimiter %2")
                                 .arg(b.formatting->effectiveQuote(), b.formatting->effectiveDelimiter());
            addRow(m_bindings, {b.templateAppVarName, displayName(b.selectAppParamType),
                                b.selectAppParamName.value_or(QString()), b.selectionStates.value_or(QString()), range,
                                !b.numericOnly ? QString() : (*b.numericOnly ? tr("Yes") : tr("No")), formatting});
        }
    }
    m_bindings->resizeColumnsToContents();
}

void LinkDetailsPanel::fillProperties(const LinkRecord &r)
{
    m_properties->setRowCount(0);
    if (r.isQse()) {
        m_propertiesNote->setText(tr("Qlik Sense Enterprise links have no context-scoped properties."));
        m_propertiesNote->show();
        m_properties->hide();
        return;
    }
    m_propertiesNote->hide();
    m_properties->show();
    const LinkProperties &p = r.link.properties;
    const QString yes = tr("Yes"), no = tr("No");
    auto put = [this](const char *name, const QString &context, const QString &value) {
        addRow(m_properties, {QString::fromLatin1(name), context, value});
    };
    for (const auto &e : p.disable.value_or(QList<LinkPropDisable>{}))
        put("disable", e.context, e.disable ? yes : no);
    for (const auto &e : p.menuLabel.value_or(QList<LinkPropMenuLabel>{}))
        put("menuLabel", e.context, e.label);
    for (const auto &e : p.genAppName.value_or(QList<LinkPropGenAppName>{})) {
        QStringList params;
        for (const auto &param : e.params.value_or(QList<OpenEnum<AppNameParameter>>{}))
            params << param.raw();
        put("genAppName", e.context,
            params.isEmpty() ? e.formatString : tr("%1 (%2)").arg(e.formatString, params.join(QStringLiteral(", "))));
    }
    for (const auto &e : p.genAppLimit.value_or(QList<LinkPropGenAppLimit>{}))
        put("genAppLimit", e.context, QLocale().toString(e.limit));
    for (const auto &e : p.limitPolicy.value_or(QList<LinkPropLimitPolicy>{}))
        put("limitPolicy", e.context, displayName(e.limitPolicy));
    for (const auto &e : p.rowEstRange) {
        const QString hi = QLocale().toString(e.highBound);
        put("rowEstRange", e.context,
            e.lowBound ? tr("%1 to %2 rows").arg(QLocale().toString(*e.lowBound), hi) : tr("up to %1 rows").arg(hi));
    }
    for (const auto &e : p.targetSheet.value_or(QList<LinkPropTargetSheet>{}))
        put("targetSheet", e.context, e.sheetName ? tr("%1 (%2)").arg(*e.sheetName, e.sheetId) : e.sheetId);
    for (const auto &e : p.appOpenMethod.value_or(QList<LinkPropAppOpenMethod>{}))
        put("appOpenMethod", e.context, displayName(e.openMethod));
    for (const auto &e : p.appRetentionTime.value_or(QList<LinkPropAppRetentionTime>{}))
        put("appRetentionTime", e.context, e.retentionTime);
    for (const auto &e : p.overrideGenAppLimit.value_or(QList<LinkPropOverrideGenAppLimit>{}))
        put("overrideGenAppLimit", e.context, e.overrideGenAppLimit.value_or(false) ? yes : no);
    m_properties->resizeColumnsToContents();
}

void LinkDetailsPanel::loadUsages(const LinkRecord &record, const QStringList &siblingIds)
{
    if (!m_service->capabilities().selectionAppUsages)
        return;
    if (record.selectionAppId.isEmpty()) {
        m_usages->setText(tr("No selection app of this tenant uses this link."));
        return;
    }
    m_usages->setText(tr("loading…"));
    m_service->selectionAppUsages(
        record.selectionAppId, siblingIds, m_fetch,
        [this, current = record.id()](const api::ApiResult<QList<LinkStateRef>> &r) {
            if (!r.ok()) {
                m_usages->setText(tr("Could not read the links of the selection app: %1").arg(r.error().message()));
                return;
            }
            QStringList lines;
            for (const LinkStateRef &ref : r.value()) {
                QString line = ref.link ? tr("%1 — %2 (%3)").arg(ref.link->name, displayName(ref.link->status), ref.id)
                                        : tr("%1 — you cannot access this link").arg(ref.id);
                if (ref.id == current)
                    line = tr("%1 (this link)").arg(line);
                lines << line.toHtmlEscaped();
            }
            m_usages->setText(lines.isEmpty() ? tr("The selection app references no links.")
                                              : lines.join(QStringLiteral("<br>")));
        });
}

void LinkDetailsPanel::loadCanCreate(const LinkRecord &record)
{
    if (!m_service->capabilities().createPermission)
        return;
    m_canCreate->setText(tr("loading…"));
    m_service->canCreate(record.selectionAppId, record.link.templateApp.id, m_fetch,
                         [this](const api::ApiResult<bool> &r) {
                             if (!r.ok())
                                 m_canCreate->setText(tr("unknown: %1").arg(r.error().message()));
                             else
                                 m_canCreate->setText(r.value() ? tr("Yes, for this selection and template app")
                                                                : tr("No, not for this selection and template app"));
                         });
}

} // namespace odag::gui
