// libFuzzer target: the ODAG codecs (Qlik Cloud links and requests, QSE ODAG).

#include "FuzzRoundTrip.h"

#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/OdagTenant.h"
#include "core/QseOdag.h"

using namespace odag;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dispatch<LinkStateFull, QList<LinkStateFull>, LinkAddPayload, LinkPutPayload, QList<LinkStateRef>,
             SelAppLinkUsagePayload, RequestObject, QList<RequestObject>, RequestPostPayload, SelectionState,
             ReloadAppPayload, RenameAppPayload, ErrorV2, OdagApps, OdagSettings, CanCreateLinks,
             CanUpdateSettings, QseLink, QList<QseLink>, QseLinkCreate, QseLinkUpdate, QseRequest,
             QList<QseRequest>, QseRequestCreate, QseLinkResult, QseAbout, QseError>(data, size);
    return 0;
}
