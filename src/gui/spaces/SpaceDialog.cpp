#include "SpaceDialog.h"

#include "SpaceAssignmentsModel.h"
#include "SpaceRoleCatalog.h"
#include "api/SpacesApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

SpaceDialog::SpaceDialog(TenantSession *session, const std::optional<Space> &existing, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_typeHelp(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_banner(new ErrorBanner(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("spaceDialog"));
    setWindowTitle(isCreate() ? tr("New space") : tr("Edit space"));
    setMinimumWidth(480);

    m_name->setObjectName(QStringLiteral("spaceName"));
    m_name->setAccessibleName(tr("Space name"));
    m_name->setMaxLength(256);
    m_name->setPlaceholderText(tr("1-256 characters, none of \" * ? < > / | \\ :"));
    m_type->setObjectName(QStringLiteral("spaceType"));
    m_type->setAccessibleName(tr("Space type"));
    m_typeHelp->setObjectName(QStringLiteral("spaceTypeHelp"));
    m_typeHelp->setWordWrap(true);
    m_typeHelp->setForegroundRole(QPalette::PlaceholderText);
    m_description->setObjectName(QStringLiteral("spaceDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_problem->setObjectName(QStringLiteral("spaceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    m_banner->hide();
    m_buttons->setObjectName(QStringLiteral("spaceDialogButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isCreate() ? tr("Create") : tr("Save"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    if (isCreate()) {
        form->addRow(tr("&Type:"), m_type);
        form->addRow(QString(), m_typeHelp);
    } else {
        // The type of a space cannot change; say which it is.
        m_type->hide();
        auto *type = new QLabel(m_existing->type ? displayName(*m_existing->type) : QString(), this);
        type->setObjectName(QStringLiteral("spaceTypeFixed"));
        form->addRow(tr("Type:"), type);
    }
    form->addRow(tr("&Description:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_name->setText(m_existing->name.value_or(QString()));
        m_description->setPlainText(m_existing->description.value_or(QString()));
    } else {
        // Offered at once; the server's list replaces them when it answers.
        for (SpaceType t : {SpaceType::Shared, SpaceType::Managed, SpaceType::Data})
            m_type->addItem(displayName(OpenEnum<SpaceType>(t)), OpenEnum<SpaceType>::nameOf(t));
        loadTypes();
    }
    updateTypeHelp();

    connect(m_type, &QComboBox::currentIndexChanged, this, &SpaceDialog::updateTypeHelp);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SpaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SpaceDialog::reject);
    connect(m_banner, &ErrorBanner::retryRequested, this, &SpaceDialog::accept);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_call)
            m_call->cancel();
    });
}

void SpaceDialog::loadTypes()
{
    api::SpacesApi(m_session->transport()).listSpaceTypes(this, [this](const api::ApiResult<SpaceTypes> &r) {
        // Without the list the built-in types stay: creating still works.
        if (!r.ok())
            return;
        const QList<OpenEnum<SpaceType>> types = r->types();
        if (types.isEmpty())
            return;
        const QString current = m_type->currentData().toString();
        m_type->clear();
        for (const auto &t : types)
            m_type->addItem(displayName(t), t.raw());
        const int keep = m_type->findData(current);
        m_type->setCurrentIndex(keep >= 0 ? keep : 0);
        updateTypeHelp();
    });
}

void SpaceDialog::updateTypeHelp()
{
    const auto type = OpenEnum<SpaceType>::fromRaw(m_type->currentData().toString());
    m_typeHelp->setText(tr("%1\nRoles: %2")
                            .arg(SpaceRoleCatalog::purposeOf(type),
                                 SpaceAssignmentsModel::rolesText(SpaceRoleCatalog::rolesFor(type))));
}

void SpaceDialog::accept()
{
    if (m_call)
        return;
    const QString name = m_name->text().trimmed();
    const QString problem = spaceNameProblem(name);
    if (!problem.isEmpty()) {
        m_problem->setText(tr("The name cannot be used: %1").arg(problem));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    m_problem->hide();
    m_banner->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    api::SpacesApi api(m_session->transport());
    const QString description = m_description->toPlainText();
    auto done = [this](const api::ApiResult<Space> &r) { finish(r); };
    if (isCreate()) {
        SpaceCreate create;
        create.name = name;
        create.type = OpenEnum<SpaceType>::fromRaw(m_type->currentData().toString());
        if (!description.isEmpty())
            create.description = description;
        m_call = api.createSpace(create, this, done);
    } else {
        SpaceUpdate update;
        update.name = name;
        update.description = description;
        m_call = api.updateSpace(m_existing->id.value_or(QString()), update, this, done);
    }
}

void SpaceDialog::finish(const api::ApiResult<Space> &result)
{
    m_call.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!result.ok()) {
        if (!result.error().isCanceled())
            m_banner->showError(isCreate() ? tr("Could not create the space") : tr("Could not save the space"),
                                result.error());
        return;
    }
    Q_EMIT saved(result.value());
    QDialog::accept();
}

} // namespace odag::gui
