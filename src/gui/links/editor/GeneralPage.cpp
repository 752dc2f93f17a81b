#include "GeneralPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QString dateText(const DateTime &d)
{
    const QDateTime t = d.toDateTime();
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : d.raw();
}
} // namespace

GeneralPage::GeneralPage(bool qse, QWidget *parent)
    : QWidget(parent)
    , m_qse(qse)
    , m_name(new QLineEdit(this))
    , m_selectionApp(new QComboBox(this))
    , m_templateApp(new QComboBox(this))
    , m_rowEstExpr(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_owner(new QLabel(this))
    , m_created(new QLabel(this))
    , m_modified(new QLabel(this))
{
    setObjectName(QStringLiteral("generalPage"));
    m_name->setObjectName(QStringLiteral("linkName"));
    m_name->setAccessibleName(tr("Link name"));
    m_selectionApp->setObjectName(QStringLiteral("selectionApp"));
    m_templateApp->setObjectName(QStringLiteral("templateApp"));
    for (QComboBox *combo : {m_selectionApp, m_templateApp}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(30);
        combo->setToolTip(tr("Pick an app by name, or type its ID"));
        connect(combo, &QComboBox::editTextChanged, this, &GeneralPage::changed);
    }
    m_selectionApp->setAccessibleName(tr("Selection app"));
    m_templateApp->setAccessibleName(tr("Template app"));
    m_rowEstExpr->setObjectName(QStringLiteral("rowEstExpr"));
    m_rowEstExpr->setPlaceholderText(tr("Sum(RowCount)"));
    m_rowEstExpr->setAccessibleName(tr("Row estimate expression"));
    m_status->setObjectName(QStringLiteral("linkStatus"));
    m_owner->setObjectName(QStringLiteral("linkOwner"));
    m_created->setObjectName(QStringLiteral("linkCreated"));
    m_modified->setObjectName(QStringLiteral("linkModified"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&election app:"), m_selectionApp);
    form->addRow(tr("Te&mplate app:"), m_templateApp);
    form->addRow(tr("&Row estimate expression:"), m_rowEstExpr);
    connect(m_name, &QLineEdit::textEdited, this, &GeneralPage::changed);
    connect(m_rowEstExpr, &QLineEdit::textEdited, this, &GeneralPage::changed);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (!qse) {
        m_dynamicView = new QCheckBox(tr("D&ynamic view (charts of the template app shown in the selection app)"), this);
        m_includeScript = new QCheckBox(tr("Incl&ude the template script in generated apps"), this);
        m_dynamicView->setObjectName(QStringLiteral("dynamicView"));
        m_includeScript->setObjectName(QStringLiteral("includeScript"));
        form->addRow(QString(), m_dynamicView);
        form->addRow(QString(), m_includeScript);
        connect(m_dynamicView, &QCheckBox::toggled, this, &GeneralPage::changed);
        connect(m_includeScript, &QCheckBox::toggled, this, &GeneralPage::changed);
    } else {
        auto *box = new QGroupBox(tr("Qlik Sense Enterprise properties"), this);
        auto *qform = new QFormLayout(box);
        m_maxAge = new QSpinBox(box);
        m_maxCount = new QSpinBox(box);
        m_publishTo = new QLineEdit(box);
        m_genAppAccessible = new QCheckBox(tr("Generated apps are accessible to other users"), box);
        m_maxAge->setObjectName(QStringLiteral("qseMaxAge"));
        m_maxCount->setObjectName(QStringLiteral("qseMaxCount"));
        m_publishTo->setObjectName(QStringLiteral("qsePublishTo"));
        m_genAppAccessible->setObjectName(QStringLiteral("qseGenAppAccessible"));
        m_maxAge->setRange(0, 10000000);
        m_maxAge->setSuffix(tr(" min"));
        m_maxAge->setSpecialValueText(tr("not set"));
        m_maxCount->setRange(0, 100000);
        m_maxCount->setSpecialValueText(tr("not set"));
        m_publishTo->setPlaceholderText(tr("Stream ID (empty: not published)"));
        qform->addRow(tr("Keep generated apps for:"), m_maxAge);
        qform->addRow(tr("Generated apps per user:"), m_maxCount);
        qform->addRow(tr("Publish to stream:"), m_publishTo);
        qform->addRow(QString(), m_genAppAccessible);
        connect(m_maxAge, &QSpinBox::valueChanged, this, &GeneralPage::changed);
        connect(m_maxCount, &QSpinBox::valueChanged, this, &GeneralPage::changed);
        connect(m_publishTo, &QLineEdit::textEdited, this, &GeneralPage::changed);
        connect(m_genAppAccessible, &QCheckBox::toggled, this, &GeneralPage::changed);
        layout->addWidget(box);

        auto *bindBox = new QGroupBox(tr("Bindings"), this);
        auto *bindLayout = new QVBoxLayout(bindBox);
        m_qseBindings = new QTableWidget(0, 3, bindBox);
        m_qseBindings->setObjectName(QStringLiteral("qseBindings"));
        m_qseBindings->setHorizontalHeaderLabels({tr("Selection field"), tr("Template field"), tr("Selection type")});
        m_qseBindings->horizontalHeader()->setStretchLastSection(true);
        m_qseBindings->setColumnWidth(0, 220);
        m_qseBindings->setColumnWidth(1, 220);
        m_qseBindings->setMinimumHeight(150);
        m_qseBindings->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        auto *add = new QPushButton(tr("Add binding"), bindBox);
        auto *remove = new QPushButton(tr("Remove binding"), bindBox);
        add->setObjectName(QStringLiteral("qseAddBinding"));
        remove->setObjectName(QStringLiteral("qseRemoveBinding"));
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch(1);
        bindLayout->addLayout(row);
        bindLayout->addWidget(m_qseBindings);
        layout->addWidget(bindBox, 1);
        connect(m_qseBindings, &QTableWidget::itemChanged, this, &GeneralPage::changed);
        connect(add, &QPushButton::clicked, this, [this] {
            m_qseBindings->insertRow(m_qseBindings->rowCount());
            changed();
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_qseBindings->currentRow() >= 0) {
                m_qseBindings->removeRow(m_qseBindings->currentRow());
                changed();
            }
        });
    }

    auto *info = new QGroupBox(tr("Status"), this);
    auto *iform = new QFormLayout(info);
    iform->addRow(tr("Status:"), m_status);
    iform->addRow(tr("Owner:"), m_owner);
    iform->addRow(tr("Created:"), m_created);
    iform->addRow(tr("Modified:"), m_modified);
    layout->addWidget(info);
    if (!qse)
        layout->addStretch(1);
}

void GeneralPage::setApps(const QList<AppStateCondensed> &apps)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (QComboBox *combo : {m_selectionApp, m_templateApp}) {
        const QString id = appId(combo);
        combo->clear();
        for (const AppStateCondensed &app : apps)
            combo->addItem(app.name.isEmpty() ? app.id : app.name, app.id);
        setAppId(combo, id, QString());
    }
    m_loading = wasLoading;
}

void GeneralPage::setAppId(QComboBox *combo, const QString &id, const QString &name)
{
    if (id.isEmpty()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
        return;
    }
    int i = combo->findData(id);
    if (i < 0) {
        combo->addItem(name.isEmpty() ? id : name, id);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

QString GeneralPage::appId(const QComboBox *combo)
{
    // The shown text is a name when it is one of the items; anything else is an ID typed in.
    const QString text = combo->currentText().trimmed();
    const int i = combo->findText(text);
    if (i >= 0)
        return combo->itemData(i).toString();
    return text;
}

void GeneralPage::load(const LinkRecord &record, bool isNew)
{
    m_loading = true;
    const LinkStateFull &l = record.link;
    if (m_name->text() != l.name)
        m_name->setText(l.name);
    if (m_rowEstExpr->text() != l.rowEstExpr)
        m_rowEstExpr->setText(l.rowEstExpr);
    if (appId(m_selectionApp) != record.selectionAppId)
        setAppId(m_selectionApp, record.selectionAppId, record.selectionAppName);
    if (appId(m_templateApp) != l.templateApp.id)
        setAppId(m_templateApp, l.templateApp.id, l.templateApp.name);
    // QSE cannot move a link to other apps; Cloud can.
    m_selectionApp->setEnabled(!m_qse || isNew);
    m_templateApp->setEnabled(!m_qse || isNew);
    if (m_dynamicView) {
        m_dynamicView->setChecked(l.isDynamicView());
        m_includeScript->setChecked(l.includeScript.value_or(false));
    }
    if (m_qse && record.qse) {
        const QseLinkProperties p = record.qse->properties.value_or(QseLinkProperties{});
        const QseRetention r = p.retention.value_or(QseRetention{});
        m_maxAge->setValue(r.maxAge.value_or(0));
        m_maxCount->setValue(r.maxCount.value_or(0));
        if (m_publishTo->text() != p.publishTo.value_or(QString()))
            m_publishTo->setText(p.publishTo.value_or(QString()));
        m_genAppAccessible->setChecked(p.genAppAccessible.value_or(false));
        if (qseBindings() != p.bindings.value_or(QList<QseBinding>{}))
            loadQseBindings(p.bindings.value_or(QList<QseBinding>{}));
    }
    m_status->setText(isNew ? tr("New link (not saved yet)") : displayName(l.status));
    m_owner->setText(isNew ? QString() : l.owner.name);
    m_created->setText(isNew ? QString() : dateText(l.createdDate));
    m_modified->setText(isNew || !l.modifiedDate
                            ? QString()
                            : (l.modifiedByUser ? tr("%1 by %2").arg(dateText(*l.modifiedDate), l.modifiedByUser->name)
                                                : dateText(*l.modifiedDate)));
    m_loading = false;
}

void GeneralPage::store(LinkRecord &record) const
{
    LinkStateFull &l = record.link;
    l.name = m_name->text();
    l.rowEstExpr = m_rowEstExpr->text();
    record.selectionAppId = appId(m_selectionApp);
    record.selectionAppName = m_selectionApp->currentText();
    const QString templateId = appId(m_templateApp);
    if (templateId != l.templateApp.id)
        l.templateApp = AppStateCondensed{templateId, m_templateApp->currentText(), {}};
    if (m_dynamicView) {
        // Absent stays absent unless the user turned it on.
        if (l.dynamicView || m_dynamicView->isChecked())
            l.dynamicView = m_dynamicView->isChecked();
        if (l.includeScript || m_includeScript->isChecked())
            l.includeScript = m_includeScript->isChecked();
    }
    if (m_qse) {
        QseLink q = record.qse.value_or(QseLink{});
        q.name = l.name;
        q.selectionAppId = record.selectionAppId;
        q.templateAppId = templateId;
        QseLinkProperties p = q.properties.value_or(QseLinkProperties{});
        p.rowEstExpr = l.rowEstExpr;
        QseRetention r = p.retention.value_or(QseRetention{});
        r.maxAge = m_maxAge->value() > 0 ? std::optional<int>(m_maxAge->value()) : std::nullopt;
        r.maxCount = m_maxCount->value() > 0 ? std::optional<int>(m_maxCount->value()) : std::nullopt;
        if (p.retention || r.maxAge || r.maxCount)
            p.retention = r;
        const QString publish = m_publishTo->text().trimmed();
        p.publishTo = publish.isEmpty() ? std::nullopt : std::optional<QString>(publish);
        if (p.genAppAccessible || m_genAppAccessible->isChecked())
            p.genAppAccessible = m_genAppAccessible->isChecked();
        const QList<QseBinding> bindings = qseBindings();
        if (p.bindings || !bindings.isEmpty())
            p.bindings = bindings;
        q.properties = p;
        record.qse = q;
    }
}

void GeneralPage::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

QList<QseBinding> GeneralPage::qseBindings() const
{
    QList<QseBinding> out;
    if (!m_qseBindings)
        return out;
    const auto text = [this](int row, int col) -> std::optional<QString> {
        const QTableWidgetItem *item = m_qseBindings->item(row, col);
        if (!item || item->text().trimmed().isEmpty())
            return std::nullopt;
        return item->text().trimmed();
    };
    for (int row = 0; row < m_qseBindings->rowCount(); ++row) {
        QseBinding b = m_qseBindings->item(row, 0) ? m_qseBindings->item(row, 0)->data(Qt::UserRole).value<QseBinding>()
                                                   : QseBinding{};
        b.selectionField = text(row, 0);
        b.templateField = text(row, 1);
        b.selectionType = text(row, 2);
        out.push_back(b);
    }
    return out;
}

void GeneralPage::loadQseBindings(const QList<QseBinding> &bindings)
{
    const QSignalBlocker block(m_qseBindings);
    m_qseBindings->setRowCount(int(bindings.size()));
    for (int row = 0; row < bindings.size(); ++row) {
        const QseBinding &b = bindings.at(row);
        auto *first = new QTableWidgetItem(b.selectionField.value_or(QString()));
        first->setData(Qt::UserRole, QVariant::fromValue(b)); // unknown fields ride along
        m_qseBindings->setItem(row, 0, first);
        m_qseBindings->setItem(row, 1, new QTableWidgetItem(b.templateField.value_or(QString())));
        m_qseBindings->setItem(row, 2, new QTableWidgetItem(b.selectionType.value_or(QString())));
    }
}

} // namespace odag::gui
