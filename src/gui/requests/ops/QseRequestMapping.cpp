#include "QseRequestMapping.h"

namespace odag::gui::qsemapping {

OpenEnum<RequestState> stateOf(const std::optional<OpenEnum<QseRequestStatus>> &status)
{
    if (!status)
        return OpenEnum<RequestState>(RequestState::Unknown);
    switch (status->value()) {
    case QseRequestStatus::Queued:
        return OpenEnum<RequestState>(RequestState::Queued);
    case QseRequestStatus::Loading:
        return OpenEnum<RequestState>(RequestState::Loading);
    case QseRequestStatus::Completed:
        return OpenEnum<RequestState>(RequestState::Succeeded);
    case QseRequestStatus::Failed:
        return OpenEnum<RequestState>(RequestState::Failed);
    case QseRequestStatus::Cancelled:
        return OpenEnum<RequestState>(RequestState::Canceled);
    case QseRequestStatus::Unknown:
        break;
    }
    // Real servers may already send the Cloud words: read them as such.
    return OpenEnum<RequestState>::fromRaw(status->raw());
}

RequestObject toRequestObject(const QseRequest &q)
{
    RequestObject r;
    r.id = q.id.value_or(QString());
    r.kind = OpenEnum<RequestKind>(RequestKind::Single);
    r.link = q.linkId.value_or(QString());
    if (q.owner) {
        r.owner.id = q.owner->id();
        r.owner.name = q.owner->displayName();
    }
    r.state = stateOf(q.status);
    r.createdDate = q.createdDate.value_or(DateTime());
    r.modifiedDate = q.modifiedDate.value_or(DateTime());
    r.templateApp = q.templateAppId.value_or(QString());
    r.selectionApp = q.selectionAppId;
    if (q.generatedAppId && !q.generatedAppId->isEmpty()) {
        AppStateCondensed app;
        app.id = *q.generatedAppId;
        app.name = q.generatedAppName.value_or(QString());
        r.generatedApp = app;
    }
    r.generatedAppName = q.generatedAppName;
    if (r.state == RequestState::Failed && q.statusMessage)
        r.errorMessage = q.statusMessage;
    return r;
}

} // namespace odag::gui::qsemapping
