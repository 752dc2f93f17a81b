#pragma once

#include "core/Spaces.h"

namespace odag::gui {

// What the GUI knows about space types when the server does not say: the roles each
// type lets you assign (seed 003 and the spaces service documentation) and a sentence
// on what the type is for. Spaces read from the server carry meta.assignableRoles,
// which wins over this table.
class SpaceRoleCatalog
{
public:
    static SpaceRoles rolesFor(const OpenEnum<SpaceType> &type);
    // The roles to offer for `space`: its meta.assignableRoles, else rolesFor(type).
    static SpaceRoles rolesFor(const Space &space);
    static QString purposeOf(const OpenEnum<SpaceType> &type);
};

} // namespace odag::gui
