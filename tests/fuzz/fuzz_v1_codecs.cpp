// libFuzzer target: the /api/v1 and engine codecs (spaces, items, apps, reloads, health).

#include "FuzzRoundTrip.h"

#include "core/Apps.h"
#include "core/Engine.h"
#include "core/ErrorResponse.h"
#include "core/Items.h"
#include "core/Reloads.h"
#include "core/Spaces.h"

using namespace odag;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dispatch<Space, SpaceList, SpaceCreate, SpaceUpdate, JsonPatchList, SpaceAssignment, SpaceAssignmentList,
             SpaceAssignmentCreate, SpaceTypes, Item, ItemList, AppAttributes, NxApp, AppCreate, CreateApp,
             AppPublish, AppDataMetadata, DataModelMetadata, AppDataLineageList, AppScript, AppScriptSet,
             ReloadLog, Reload, ReloadList, ReloadCreate, HealthcheckStatus, EngineSessionList, ErrorResponse>(data,
                                                                                                              size);
    return 0;
}
