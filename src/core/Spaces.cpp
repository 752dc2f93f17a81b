#include "Spaces.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<SpaceType> &type)
{
    switch (type.value()) {
    case SpaceType::Shared:
        return QCoreApplication::translate("odag::SpaceType", "Shared");
    case SpaceType::Managed:
        return QCoreApplication::translate("odag::SpaceType", "Managed");
    case SpaceType::Data:
        return QCoreApplication::translate("odag::SpaceType", "Data");
    case SpaceType::Unknown:
        break;
    }
    return type.raw();
}

QString displayName(const OpenEnum<SpaceRole> &role)
{
    switch (role.value()) {
    case SpaceRole::Consumer:
        return QCoreApplication::translate("odag::SpaceRole", "Can view");
    case SpaceRole::Contributor:
        return QCoreApplication::translate("odag::SpaceRole", "Can contribute");
    case SpaceRole::DataConsumer:
        return QCoreApplication::translate("odag::SpaceRole", "Can consume data");
    case SpaceRole::DataPreview:
        return QCoreApplication::translate("odag::SpaceRole", "Can preview data");
    case SpaceRole::Facilitator:
        return QCoreApplication::translate("odag::SpaceRole", "Can facilitate");
    case SpaceRole::Manager:
        return QCoreApplication::translate("odag::SpaceRole", "Can manage");
    case SpaceRole::Operator:
        return QCoreApplication::translate("odag::SpaceRole", "Can operate");
    case SpaceRole::Producer:
        return QCoreApplication::translate("odag::SpaceRole", "Can edit");
    case SpaceRole::Publisher:
        return QCoreApplication::translate("odag::SpaceRole", "Can publish");
    case SpaceRole::BasicConsumer:
        return QCoreApplication::translate("odag::SpaceRole", "Has restricted view");
    case SpaceRole::CoDeveloper:
        return QCoreApplication::translate("odag::SpaceRole", "Can co-develop");
    case SpaceRole::Unknown:
        break;
    }
    return role.raw();
}

QString displayName(const OpenEnum<AssigneeType> &type)
{
    switch (type.value()) {
    case AssigneeType::User:
        return QCoreApplication::translate("odag::AssigneeType", "User");
    case AssigneeType::Group:
        return QCoreApplication::translate("odag::AssigneeType", "Group");
    case AssigneeType::Bot:
        return QCoreApplication::translate("odag::AssigneeType", "Bot");
    case AssigneeType::Unknown:
        break;
    }
    return type.raw();
}

bool Space::allows(const QString &action) const
{
    return meta && meta->actions && meta->actions->contains(action);
}

QString spaceNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("odag::Space", "The space name is empty.");
    if (name.size() > 256)
        return QCoreApplication::translate("odag::Space",
                                           "The space name is longer than 256 characters.");
    static const QString forbidden = QStringLiteral("\"*?<>/|\\:");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            return QCoreApplication::translate("odag::Space", "The space name may not contain %1.")
                .arg(c);
    }
    return {};
}

bool SpaceCreate::validate(const SpaceCreate &s, json::Context &ctx)
{
    const QString problem = spaceNameProblem(s.name);
    if (!problem.isEmpty()) {
        ctx.pushKey(QStringLiteral("name"));
        ctx.fail(problem);
        ctx.pop();
        return false;
    }
    return true;
}

bool SpaceAssignmentCreate::validate(const SpaceAssignmentCreate &a, json::Context &ctx)
{
    if (a.roles.isEmpty()) {
        ctx.pushKey(QStringLiteral("roles"));
        ctx.fail(QCoreApplication::translate("odag::Space", "at least one role is required"));
        ctx.pop();
        return false;
    }
    return true;
}

SpaceRoles SpaceAssignmentUpdate::effectiveRoles() const
{
    if (roles)
        return *roles;
    if (role)
        return SpaceRoles{*role};
    return {};
}

bool read(const QJsonValue &v, SpaceTypeEntry &out, json::Context &ctx)
{
    if (v.isString()) {
        out.value =
            SpaceTypeDescription{OpenEnum<SpaceType>::fromRaw(v.toString()), std::nullopt, {}};
        out.bare = true;
        return true;
    }
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("string or object"));
        return false;
    }
    out.bare = false;
    return json::read(v, out.value, ctx);
}

QJsonValue write(const SpaceTypeEntry &entry)
{
    if (entry.bare)
        return entry.value.type.raw();
    return json::write(entry.value);
}

QList<OpenEnum<SpaceType>> SpaceTypes::types() const
{
    QList<OpenEnum<SpaceType>> out;
    if (data) {
        for (const SpaceTypeEntry &e : *data)
            out.push_back(e.value.type);
    }
    return out;
}

} // namespace odag
