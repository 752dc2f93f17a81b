#include "RequestConversion.h"

namespace odag::gui {

odag::RequestObject fromQse(const odag::QseRequest &q)
{
    odag::RequestObject r;
    r.id = q.id.value_or(QString());
    r.kind = RequestKind::Single; // QSE has no multiple/singlesub requests
    r.link = q.linkId.value_or(QString());
    if (q.owner) {
        r.owner.id = q.owner->id();
        r.owner.name = q.owner->displayName();
    }
    if (q.status) {
        switch (q.status->value()) {
        case QseRequestStatus::Queued:
            r.state = RequestState::Queued;
            break;
        case QseRequestStatus::Loading:
            r.state = RequestState::Loading;
            break;
        case QseRequestStatus::Completed:
            r.state = RequestState::Succeeded;
            break;
        case QseRequestStatus::Failed:
            r.state = RequestState::Failed;
            break;
        case QseRequestStatus::Cancelled:
            r.state = RequestState::Canceled;
            break;
        case QseRequestStatus::Unknown:
            // Real servers may answer the Cloud names; anything else is kept as read.
            r.state = OpenEnum<RequestState>::fromRaw(q.status->raw());
            break;
        }
    }
    r.createdDate = q.createdDate.value_or(DateTime());
    r.modifiedDate = q.modifiedDate.value_or(DateTime());
    r.templateApp = q.templateAppId.value_or(QString());
    r.selectionApp = q.selectionAppId;
    if (q.generatedAppId && !q.generatedAppId->isEmpty())
        r.generatedApp = AppStateCondensed{*q.generatedAppId, q.generatedAppName.value_or(QString()), {}};
    r.generatedAppName = q.generatedAppName;
    if (q.statusMessage && !q.statusMessage->isEmpty())
        r.errorMessage = q.statusMessage;
    r.extra.insert(QStringLiteral("qseRequest"), json::encode(q));
    return r;
}

} // namespace odag::gui
