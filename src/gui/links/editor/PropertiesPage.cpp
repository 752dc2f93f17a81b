#include "PropertiesPage.h"

#include "PropertyDelegate.h"
#include "PropertyMatrixModel.h"
#include "core/rules/AppNameFormat.h"
#include "core/rules/ContextExpression.h"
#include "gui/widgets/HeaderState.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace odag::gui {

PropertiesPage::PropertiesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PropertyMatrixModel(this))
    , m_view(new QTableView(this))
    , m_newContext(new QLineEdit(this))
    , m_contextCheck(new QLabel(this))
    , m_namePreview(new QLabel(this))
    , m_add(new QPushButton(tr("&Add context"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_clear(new QPushButton(tr("Clear c&ell"), this))
{
    setObjectName(QStringLiteral("propertiesPage"));
    m_view->setObjectName(QStringLiteral("propertyMatrix"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PropertyDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows
    m_view->setWordWrap(false); // one line per row; the full value is in the tooltip
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->setColumnWidth(PropertyMatrixModel::kContextColumn, 220);
    // Long property names (German "Name der generierten Apps") get the width their header
    // needs: the matrix scrolls sideways rather than clip them.
    const QFontMetrics headerFont(m_view->horizontalHeader()->font());
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == PropertyMatrixModel::kContextColumn)
            continue;
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_view->setColumnWidth(c, std::clamp(headerFont.horizontalAdvance(title) + 28, 150, 320));
    }
    m_view->setAccessibleName(tr("Context-scoped properties"));
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("linkEditor/propertyMatrix"));

    m_newContext->setObjectName(QStringLiteral("newContext"));
    m_newContext->setPlaceholderText(tr("User_*, User.group = Sales, User.role = Analyzer…"));
    m_newContext->setAccessibleName(tr("New context expression"));
    m_contextCheck->setObjectName(QStringLiteral("contextCheck"));
    m_contextCheck->setWordWrap(true);
    m_namePreview->setObjectName(QStringLiteral("matrixNamePreview"));
    m_namePreview->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addContext"));
    m_remove->setObjectName(QStringLiteral("removeContext"));
    m_up->setObjectName(QStringLiteral("moveContextUp"));
    m_down->setObjectName(QStringLiteral("moveContextDown"));
    m_clear->setObjectName(QStringLiteral("clearCell"));
    m_add->setToolTip(tr("Add a row for the context typed beside it"));
    m_remove->setToolTip(tr("Remove the selected context and all its entries"));
    m_clear->setToolTip(tr("Remove the selected property's entry for this context (Delete)"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newContext, 1);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);
    addRow->addWidget(m_up);
    addRow->addWidget(m_down);
    addRow->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each property is a list of {context, value} entries. One row per context; an "
                                "empty cell means the property has no entry for that context. Double-click a "
                                "cell to edit it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_contextCheck);
    layout->addWidget(m_namePreview);

    connect(m_add, &QPushButton::clicked, this, &PropertiesPage::addContext);
    connect(m_newContext, &QLineEdit::returnPressed, this, &PropertiesPage::addContext);
    connect(m_newContext, &QLineEdit::textChanged, this, &PropertiesPage::updateState);
    connect(m_remove, &QPushButton::clicked, this, &PropertiesPage::removeContext);
    connect(m_up, &QPushButton::clicked, this, [this] { moveContext(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveContext(+1); });
    connect(m_clear, &QPushButton::clicked, this, &PropertiesPage::clearCell);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PropertiesPage::clearCell);
    connect(m_model, &PropertyMatrixModel::edited, this, &PropertiesPage::edited);
    connect(m_model, &PropertyMatrixModel::edited, this, &PropertiesPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PropertiesPage::updateState);
    updateState();
}

void PropertiesPage::load(const LinkProperties &properties)
{
    // An edit elsewhere (name, bindings) must not reset the matrix under the user.
    if (properties == m_model->properties())
        return;
    m_model->setProperties(properties);
}

LinkProperties PropertiesPage::properties() const
{
    return m_model->properties();
}

void PropertiesPage::addContext()
{
    const QString text = m_newContext->text().trimmed();
    const rules::ContextCheck check = rules::validateContext(text);
    if (text.isEmpty() || check.level == rules::ContextCheck::Error)
        return;
    if (!m_model->addContext(text))
        return;
    m_newContext->clear();
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 1));
    updateState();
}

void PropertiesPage::removeContext()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeContext(current.row());
}

void PropertiesPage::moveContext(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->moveContext(current.row(), delta))
        m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
}

void PropertiesPage::clearCell()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.column() != PropertyMatrixModel::kContextColumn)
        m_model->setData(current, QVariant());
}

void PropertiesPage::updateState()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    m_remove->setEnabled(has);
    m_up->setEnabled(has && current.row() > 0);
    m_down->setEnabled(has && current.row() + 1 < m_model->rowCount());
    m_clear->setEnabled(has && current.column() != PropertyMatrixModel::kContextColumn
                        && current.data(PropertyMatrixModel::HasEntryRole).toBool());

    // The validator speaks about what is typed, else about the selected row.
    const QString typed = m_newContext->text().trimmed();
    const QString context = !typed.isEmpty() ? typed : (has ? m_model->contextAt(current.row()) : QString());
    const rules::ContextCheck check = rules::validateContext(context);
    m_add->setEnabled(!typed.isEmpty() && check.level != rules::ContextCheck::Error
                      && m_model->rowOf(typed) < 0);
    if (context.isEmpty())
        m_contextCheck->clear();
    else if (check.level == rules::ContextCheck::Ok)
        m_contextCheck->setText(tr("“%1”: %2").arg(context, rules::ContextExpression::parse(context).describe()));
    else
        m_contextCheck->setText(tr("“%1”: %2").arg(context, check.message));
    m_contextCheck->setStyleSheet(check.level == rules::ContextCheck::Error ? QStringLiteral("color: #b00020;")
                                  : check.level == rules::ContextCheck::Warning ? QStringLiteral("color: #8a5a00;")
                                                                                : QString());

    m_namePreview->clear();
    if (has) {
        const QVariantMap name =
            m_model->index(current.row(), PropertyMatrixModel::columnOf(rules::PropertyId::GenAppName))
                .data(Qt::EditRole)
                .toMap();
        if (!name.isEmpty()) {
            rules::AppNameFormat::Params params;
            for (const QString &p : name.value(QStringLiteral("params")).toStringList())
                params.push_back(OpenEnum<AppNameParameter>::fromRaw(p));
            m_namePreview->setText(
                tr("Generated app name for this context: %1")
                    .arg(rules::AppNameFormat::preview(name.value(QStringLiteral("formatString")).toString(), params,
                                                       QDateTime::currentDateTime())));
        }
    }
}

} // namespace odag::gui
