#include "SpaceRoleCatalog.h"

#include <QCoreApplication>

namespace odag::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::SpaceRoleCatalog)
};
} // namespace

SpaceRoles SpaceRoleCatalog::rolesFor(const OpenEnum<SpaceType> &type)
{
    switch (type.value()) {
    case SpaceType::Shared:
        return {SpaceRole::CoDeveloper, SpaceRole::Consumer, SpaceRole::DataConsumer,
                SpaceRole::Facilitator, SpaceRole::Producer};
    case SpaceType::Managed:
        return {SpaceRole::BasicConsumer, SpaceRole::Consumer,    SpaceRole::Contributor,
                SpaceRole::DataConsumer,  SpaceRole::Facilitator, SpaceRole::Publisher};
    case SpaceType::Data:
        return {SpaceRole::Consumer,   SpaceRole::DataConsumer, SpaceRole::DataPreview,
                SpaceRole::Facilitator, SpaceRole::Operator,    SpaceRole::Producer,
                SpaceRole::Publisher};
    case SpaceType::Unknown:
        break;
    }
    return {};
}

SpaceRoles SpaceRoleCatalog::rolesFor(const Space &space)
{
    if (space.meta && space.meta->assignableRoles && !space.meta->assignableRoles->isEmpty())
        return *space.meta->assignableRoles;
    return space.type ? rolesFor(*space.type) : SpaceRoles{};
}

QString SpaceRoleCatalog::purposeOf(const OpenEnum<SpaceType> &type)
{
    switch (type.value()) {
    case SpaceType::Shared:
        return Tr::tr("Members develop apps together.");
    case SpaceType::Managed:
        return Tr::tr("Finished apps are published here for consumers; content is controlled.");
    case SpaceType::Data:
        return Tr::tr("Holds data connections and data files that apps load from.");
    case SpaceType::Unknown:
        break;
    }
    return Tr::tr("A space type this version does not know (%1).").arg(type.raw());
}

} // namespace odag::gui
