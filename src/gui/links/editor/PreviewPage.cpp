#include "PreviewPage.h"

#include "core/rules/PropertyResolver.h"
#include "gui/widgets/HeaderState.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odag::gui {

namespace {
QStringList commaList(const QLineEdit *edit)
{
    QStringList out;
    for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.push_back(part.trimmed());
    }
    return out;
}
} // namespace

PreviewPage::PreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_groups(new QLineEdit(this))
    , m_roles(new QLineEdit(this))
    , m_table(new QTableWidget(int(rules::kAllProperties.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("previewPage"));
    m_name->setObjectName(QStringLiteral("previewUserName"));
    m_id->setObjectName(QStringLiteral("previewUserId"));
    m_groups->setObjectName(QStringLiteral("previewGroups"));
    m_roles->setObjectName(QStringLiteral("previewRoles"));
    m_groups->setPlaceholderText(tr("Sales, EMEA"));
    m_roles->setPlaceholderText(tr("Analyzer, Developer"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Value for this user"), tr("Supplied by"), tr("Flags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Property, 170);
    m_table->setColumnWidth(Value, 220);
    m_table->setColumnWidth(Source, 200);
    m_table->setAccessibleName(tr("Property values for the user"));
    rememberHeaderState(m_table->horizontalHeader(), QStringLiteral("linkEditor/preview"));
    for (int row = 0; row < int(rules::kAllProperties.size()); ++row) {
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(row, col, new QTableWidgetItem);
        m_table->item(row, Property)->setText(rules::displayName(rules::kAllProperties[std::size_t(row)]));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("User &name:"), m_name);
    form->addRow(tr("&User ID:"), m_id);
    form->addRow(tr("Gr&oups (comma-separated):"), m_groups);
    form->addRow(tr("&Roles (comma-separated):"), m_roles);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The most specific matching context wins (one user, then a group or role, then "
                                "User_*). Contexts the app cannot interpret never supply a value here; the real "
                                "service might use them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    for (QLineEdit *edit : {m_name, m_id, m_groups, m_roles})
        connect(edit, &QLineEdit::textChanged, this, &PreviewPage::update);
    update();
}

void PreviewPage::load(const LinkProperties &properties)
{
    m_properties = properties;
    update();
}

void PreviewPage::update()
{
    rules::UserIdentity user;
    user.name = m_name->text().trimmed();
    user.id = m_id->text().trimmed();
    user.groups = commaList(m_groups);
    user.roles = commaList(m_roles);
    const rules::ResolvedProperties resolved = rules::PropertyResolver::resolve(m_properties, user);
    for (int row = 0; row < int(rules::kAllProperties.size()); ++row) {
        const rules::PropertyResolution &r = resolved[rules::kAllProperties[std::size_t(row)]];
        m_table->item(row, Value)->setText(r.displayValue);
        m_table->item(row, Source)->setText(r.sourceIndex >= 0 ? r.sourceContext
                                            : r.defined   ? tr("no matching context (default)")
                                                          : tr("not set (default)"));
        QStringList flags;
        if (r.ambiguous)
            flags.push_back(tr("Several equally specific contexts match with different values"));
        else if (r.conflicting)
            flags.push_back(tr("Several matching contexts give different values"));
        if (r.uncertainDiffers)
            flags.push_back(tr("A context that may match would give another value"));
        if (!r.notInterpreted.isEmpty())
            flags.push_back(tr("Not interpreted: %1").arg(r.notInterpreted.join(QStringLiteral("; "))));
        m_table->item(row, Flags)->setText(flags.join(QStringLiteral(" · ")));
        m_table->item(row, Flags)->setToolTip(flags.join(u'\n'));
    }
}

} // namespace odag::gui
