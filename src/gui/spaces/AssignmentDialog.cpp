#include "AssignmentDialog.h"

#include "SpaceRoleCatalog.h"
#include "api/SpacesApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace odag::gui {

AssignmentDialog::AssignmentDialog(TenantSession *session, const Space &space,
                                   const std::optional<SpaceAssignment> &existing,
                                   const QStringList &knownIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_space(space)
    , m_existing(existing)
    , m_type(new QComboBox(this))
    , m_assignee(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignmentDialog"));
    setWindowTitle(isAdd() ? tr("Add member to %1").arg(space.name.value_or(QString()))
                           : tr("Change roles in %1").arg(space.name.value_or(QString())));
    setMinimumWidth(440);

    m_type->setObjectName(QStringLiteral("assigneeType"));
    m_type->setAccessibleName(tr("Member type"));
    m_type->addItem(displayName(OpenEnum<AssigneeType>(AssigneeType::User)), QStringLiteral("user"));
    m_type->addItem(displayName(OpenEnum<AssigneeType>(AssigneeType::Group)), QStringLiteral("group"));
    m_assignee->setObjectName(QStringLiteral("assigneeId"));
    m_assignee->setAccessibleName(tr("User or group ID"));
    m_assignee->setPlaceholderText(tr("The ID of the user or group"));
    if (!knownIds.isEmpty()) {
        auto *completer = new QCompleter(knownIds, m_assignee);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_assignee->setCompleter(completer);
    }
    m_problem->setObjectName(QStringLiteral("assignmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    m_banner->hide();
    m_buttons->setObjectName(QStringLiteral("assignmentDialogButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isAdd() ? tr("Add") : tr("Save"));

    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    const SpaceRoles held = existing ? existing->roles.value_or(SpaceRoles{}) : SpaceRoles{};
    for (const auto &role : SpaceRoleCatalog::rolesFor(space)) {
        auto *box = new QCheckBox(tr("%1 (%2)").arg(displayName(role), role.raw()), rolesBox);
        box->setObjectName(QStringLiteral("role_") + role.raw());
        box->setProperty("role", role.raw());
        box->setChecked(held.contains(role));
        rolesLayout->addWidget(box);
        m_roles.append(box);
    }

    auto *form = new QFormLayout;
    if (existing) {
        // Who the assignment is for cannot change; only the roles can.
        m_type->setCurrentIndex(m_type->findData(existing->type ? existing->type->raw() : QString()));
        m_type->setEnabled(false);
        m_assignee->setText(existing->assigneeId.value_or(QString()));
        m_assignee->setReadOnly(true);
    }
    form->addRow(tr("Member &type:"), m_type);
    form->addRow(tr("&ID:"), m_assignee);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssignmentDialog::reject);
    connect(m_banner, &ErrorBanner::retryRequested, this, &AssignmentDialog::accept);
    connect(this, &QDialog::rejected, this, [this] {
        if (m_call)
            m_call->cancel();
    });
}

SpaceRoles AssignmentDialog::checkedRoles() const
{
    SpaceRoles roles;
    for (QCheckBox *box : m_roles) {
        if (box->isChecked())
            roles.append(OpenEnum<SpaceRole>::fromRaw(box->property("role").toString()));
    }
    return roles;
}

void AssignmentDialog::accept()
{
    if (m_call)
        return;
    const QString assignee = m_assignee->text().trimmed();
    const SpaceRoles roles = checkedRoles();
    QString problem;
    if (assignee.isEmpty())
        problem = tr("Enter the ID of the user or group.");
    else if (roles.isEmpty())
        problem = tr("Choose at least one role.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_banner->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    api::SpacesApi api(m_session->transport());
    const QString spaceId = m_space.id.value_or(QString());
    auto done = [this](const api::ApiResult<SpaceAssignment> &r) { finish(r); };
    if (isAdd()) {
        SpaceAssignmentCreate create;
        create.type = OpenEnum<AssigneeType>::fromRaw(m_type->currentData().toString());
        create.assigneeId = assignee;
        create.roles = roles;
        m_call = api.createAssignment(spaceId, create, this, done);
    } else {
        m_call = api.updateAssignment(spaceId, m_existing->id.value_or(QString()),
                                      SpaceAssignmentUpdate::fromRoles(roles), this, done);
    }
}

void AssignmentDialog::finish(const api::ApiResult<SpaceAssignment> &result)
{
    m_call.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!result.ok()) {
        if (!result.error().isCanceled())
            m_banner->showError(isAdd() ? tr("Could not add the member") : tr("Could not change the roles"),
                                result.error());
        return;
    }
    Q_EMIT saved(result.value());
    QDialog::accept();
}

} // namespace odag::gui
