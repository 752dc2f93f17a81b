#include "BindingsPage.h"

#include "BindingsModel.h"
#include "api/AppDataApi.h"
#include "core/rules/ScriptBindings.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"
#include "gui/widgets/HeaderState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace odag::gui {

BindingsPage::BindingsPage(TenantSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BindingsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add binding"), this))
    , m_remove(new QPushButton(tr("&Remove binding"), this))
    , m_detect(new QPushButton(tr("D&etect from template script"), this))
    , m_banner(new ErrorBanner(this))
    , m_detectSummary(new QLabel(this))
    , m_detected(new QListWidget(this))
    , m_addDetected(new QPushButton(tr("Add chec&ked bindings"), this))
{
    setObjectName(QStringLiteral("bindingsPage"));
    m_view->setObjectName(QStringLiteral("bindingsTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Bindings"));
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("linkEditor/bindings"));
    m_add->setObjectName(QStringLiteral("addBinding"));
    m_remove->setObjectName(QStringLiteral("removeBinding"));
    m_detect->setObjectName(QStringLiteral("detectBindings"));
    m_detect->setToolTip(tr("Read the template app's load script and list the bind variables it declares"));
    m_banner->setObjectName(QStringLiteral("bindingsError"));
    m_detectSummary->setObjectName(QStringLiteral("detectSummary"));
    m_detectSummary->setWordWrap(true);
    m_detected->setObjectName(QStringLiteral("detectedBindings"));
    m_detected->setAccessibleName(tr("Bindings found in the template script"));
    m_addDetected->setObjectName(QStringLiteral("addDetectedBindings"));
    m_detected->setVisible(false);
    m_addDetected->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_detect);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_detectSummary);
    layout->addWidget(m_detected, 1);
    layout->addWidget(m_addDetected, 0, Qt::AlignRight);

    connect(m_model, &BindingsModel::edited, this, &BindingsPage::edited);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Binding b;
        b.selectAppParamType = SelectAppParamType::Field;
        b.templateAppVarName = QStringLiteral("odag_");
        m_model->addBinding(b);
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, BindingsModel::VarName));
        m_view->edit(m_view->currentIndex());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_model->removeBinding(m_view->currentIndex().row());
    });
    connect(m_detect, &QPushButton::clicked, this, &BindingsPage::detect);
    connect(m_banner, &ErrorBanner::retryRequested, this, &BindingsPage::detect);
    connect(m_addDetected, &QPushButton::clicked, this, &BindingsPage::addDetected);
}

void BindingsPage::load(const QList<Binding> &bindings, const QString &templateAppId)
{
    m_templateAppId = templateAppId;
    m_detect->setEnabled(!templateAppId.isEmpty());
    if (bindings != m_model->bindings())
        m_model->setBindings(bindings);
}

QList<Binding> BindingsPage::bindings() const
{
    return m_model->bindings();
}

void BindingsPage::detect()
{
    if (!m_session || m_templateAppId.isEmpty())
        return;
    m_banner->clear();
    m_detect->setEnabled(false);
    m_detectSummary->setText(tr("Reading the template app's script…"));
    api::AppDataApi(m_session->transport())
        .getScript(m_templateAppId, QStringLiteral("current"), this, [this](const api::ApiResult<AppScript> &r) {
            m_detect->setEnabled(true);
            if (!r.ok()) {
                m_detectSummary->clear();
                m_banner->showError(tr("Could not read the template app's script."), r.error());
            } else {
                showDetected(r.value().script.value_or(QString()));
            }
            Q_EMIT detectFinished();
        });
}

void BindingsPage::showDetected(const QString &script)
{
    const rules::ScriptScan scan = rules::ScriptBindings::scan(script);
    QSet<QString> have;
    for (const Binding &b : m_model->bindings())
        have.insert(b.templateAppVarName);
    m_found.clear();
    m_detected->clear();
    int present = 0;
    for (const Binding &b : scan.toBindings()) {
        if (have.contains(b.templateAppVarName)) {
            ++present;
            continue;
        }
        m_found.push_back(b);
        auto *item = new QListWidgetItem(
            tr("%1 — field %2").arg(b.templateAppVarName, b.selectAppParamName.value_or(QString())), m_detected);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    for (const rules::ScriptIssue &issue : scan.issues) {
        auto *item = new QListWidgetItem(tr("Line %1: %2").arg(issue.line).arg(issue.message), m_detected);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_detectSummary->setText(tr("Bindings in the template script: %1. Missing from the link: %2.")
                                 .arg(scan.toBindings().size())
                                 .arg(m_found.size()));
    if (present == 0 && m_found.isEmpty())
        m_detectSummary->setText(tr("The template script declares no bind variables."));
    m_detected->setVisible(m_detected->count() > 0);
    m_addDetected->setVisible(!m_found.isEmpty());
}

void BindingsPage::addDetected()
{
    for (int i = 0; i < m_found.size() && i < m_detected->count(); ++i) {
        if (m_detected->item(i)->checkState() == Qt::Checked)
            m_model->addBinding(m_found.at(i));
    }
    m_found.clear();
    m_detected->clear();
    m_detected->setVisible(false);
    m_addDetected->setVisible(false);
    m_detectSummary->setText(tr("Bindings added; save the link to keep them."));
}

} // namespace odag::gui
