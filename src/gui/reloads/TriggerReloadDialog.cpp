#include "TriggerReloadDialog.h"

#include "api/ReloadsApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odag::gui {

TriggerReloadDialog::TriggerReloadDialog(TenantSession *session, const QString &appId,
                                         const QString &appName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_appId(appId)
    , m_partial(new QCheckBox(tr("&Partial reload (keep the data already loaded; run only ADD/REPLACE loads)"), this))
    , m_variables(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add variable"), this))
    , m_remove(new QPushButton(tr("&Remove variable"), this))
    , m_problem(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("triggerReloadDialog"));
    setWindowTitle(tr("Reload %1").arg(appName));
    setMinimumSize(520, 380);

    m_partial->setObjectName(QStringLiteral("reloadPartial"));
    m_variables->setObjectName(QStringLiteral("reloadVariables"));
    m_variables->setAccessibleName(tr("Script variables"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->setColumnWidth(0, 200);
    m_variables->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_variables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add->setObjectName(QStringLiteral("addReloadVariable"));
    m_add->setToolTip(tr("Add a script variable (at most %1)").arg(ReloadVariables::MaxCount));
    m_remove->setObjectName(QStringLiteral("removeReloadVariable"));
    m_remove->setToolTip(tr("Remove the selected variable"));
    m_problem->setObjectName(QStringLiteral("reloadVariablesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    m_banner->hide();
    m_buttons->setObjectName(QStringLiteral("triggerReloadButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start reload"));

    auto *hint = new QLabel(tr("Variables are set in the load script before it runs (names and values up to "
                               "%1 characters, at most %2 variables).")
                                .arg(ReloadVariables::MaxLength)
                                .arg(ReloadVariables::MaxCount),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_partial);
    layout->addWidget(hint);
    layout->addWidget(m_variables, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addVariable();
        m_variables->setCurrentCell(row, 0);
        m_variables->editItem(m_variables->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_variables->currentRow();
        if (row >= 0)
            m_variables->removeRow(row);
    });
    // A corrected cell no longer needs its mark.
    connect(m_variables, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->background() != QBrush())
            item->setBackground(QBrush());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TriggerReloadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TriggerReloadDialog::reject);
    connect(m_banner, &ErrorBanner::retryRequested, this, &TriggerReloadDialog::accept);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_call)
            m_call->cancel();
    });
}

int TriggerReloadDialog::addVariable(const QString &name, const QString &value)
{
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, 0, new QTableWidgetItem(name));
    m_variables->setItem(row, 1, new QTableWidgetItem(value));
    return row;
}

QList<ReloadVariable> TriggerReloadDialog::variables() const
{
    QList<ReloadVariable> list;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QTableWidgetItem *name = m_variables->item(row, 0);
        const QTableWidgetItem *value = m_variables->item(row, 1);
        list.append(ReloadVariable{name ? name->text().trimmed() : QString(), value ? value->text() : QString(), {}});
    }
    return list;
}

QString TriggerReloadDialog::validate(int *row) const
{
    *row = -1;
    const QList<ReloadVariable> list = variables();
    int used = 0;
    QStringList seen;
    for (int i = 0; i < list.size(); ++i) {
        const ReloadVariable &v = list.at(i);
        // A row left wholly blank is not a variable.
        if (v.name.isEmpty() && v.value.isEmpty())
            continue;
        ++used;
        *row = i;
        if (v.name.isEmpty())
            return tr("Row %1: the variable needs a name.").arg(i + 1);
        if (v.name.size() > ReloadVariables::MaxLength)
            return tr("Row %1: the name has %2 characters; at most %3 are allowed.")
                .arg(i + 1)
                .arg(v.name.size())
                .arg(ReloadVariables::MaxLength);
        if (v.value.size() > ReloadVariables::MaxLength)
            return tr("Row %1: the value has %2 characters; at most %3 are allowed.")
                .arg(i + 1)
                .arg(v.value.size())
                .arg(ReloadVariables::MaxLength);
        if (seen.contains(v.name))
            return tr("Row %1: the variable %2 is set twice.").arg(i + 1).arg(v.name);
        seen << v.name;
    }
    *row = -1;
    if (used > ReloadVariables::MaxCount)
        return tr("%n variable(s) given; at most %1 are allowed.", "", used).arg(ReloadVariables::MaxCount);
    return {};
}

void TriggerReloadDialog::markRow(int row)
{
    const QBrush bad(QColor(198, 40, 40, 60));
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        for (int c = 0; c < 2; ++c) {
            if (QTableWidgetItem *item = m_variables->item(r, c)) {
                const QSignalBlocker block(m_variables);
                item->setBackground(r == row ? bad : QBrush());
            }
        }
    }
    if (row >= 0) {
        m_variables->setCurrentCell(row, 0);
        m_variables->scrollToItem(m_variables->item(row, 0));
    }
}

void TriggerReloadDialog::accept()
{
    if (m_call)
        return;
    int row = -1;
    const QString problem = validate(&row);
    markRow(problem.isEmpty() ? -1 : row);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;

    ReloadCreate create;
    create.appId = m_appId;
    create.partial = m_partial->isChecked();
    ReloadVariables vars;
    for (const ReloadVariable &v : variables()) {
        if (!v.name.isEmpty())
            vars.list.append(v);
    }
    if (!vars.list.isEmpty())
        create.variables = vars;
    m_banner->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_call = api::ReloadsApi(m_session->transport())
                 .createReload(create, this, [this](const api::ApiResult<Reload> &r) { finish(r); });
}

void TriggerReloadDialog::finish(const api::ApiResult<Reload> &result)
{
    m_call.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!result.ok()) {
        if (!result.error().isCanceled())
            m_banner->showError(tr("Could not start the reload"), result.error());
        return;
    }
    Q_EMIT queued(result.value());
    QDialog::accept();
}

} // namespace odag::gui
