#pragma once

// ReloadsApi: the typed calls of /api/v1/reloads: list an app's reloads, queue one,
// read one, cancel one. Queueing and cancelling share Qlik's special 50-per-minute
// budget.

#include "CursorPager.h"
#include "JsonCall.h"
#include "core/Reloads.h"

namespace odag::api {

// Query of GET /reloads; absent members (and an empty appId) are not sent.
struct ReloadListQuery
{
    QString appId;                 // required by seed 003; tenant admins may leave it out
    std::optional<QString> filter; // SCIM: `status eq "FAILED"`
    std::optional<int> limit;      // 1-100
    std::optional<bool> log;       // include the script log
    std::optional<QString> next;
    std::optional<QString> prev;
    std::optional<bool> partial;
    std::optional<QString> sort; // "-creationTime"...

    QUrlQuery toQuery() const;
};

// The answer to a cancel: 202 (accepted, with the new status when the server sends
// it) or 204 (the reload had already ended or been cancelled).
struct CancelReloadResult
{
    int httpStatus = 0;
    std::optional<OpenEnum<ReloadStatus>> status;

    bool accepted() const { return httpStatus == 202; }
    bool alreadyOver() const { return httpStatus == 204; }
};

class ReloadsApi
{
public:
    explicit ReloadsApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /api/v1/reloads  (listReloads, Tier 1)
    PendingCall *listReloads(const ReloadListQuery &query, QObject *context,
                             Callback<ReloadList> done);
    // GET links.next.href of a reloads page  (listReloads, Tier 1)
    PendingCall *nextPage(const QString &href, QObject *context, Callback<ReloadList> done);
    // GET /api/v1/reloads, every page  (listReloads, Tier 1)
    CursorPager *listAllReloads(const ReloadListQuery &query, QObject *context,
                                CursorPager::Progress progress, Callback<QList<Reload>> done,
                                int maxItems = -1);
    // POST /api/v1/reloads  (reloadApp, Special: 50/min) -> 201
    PendingCall *createReload(const ReloadCreate &reload, QObject *context, Callback<Reload> done);
    // GET /api/v1/reloads/{reloadId}  (getReload, Tier 1)
    PendingCall *getReload(const QString &reloadId, QObject *context, Callback<Reload> done);
    // POST /api/v1/reloads/{reloadId}/actions/cancel  (cancelReload, Special: 50/min) -> 202/204;
    // 409 (cannot be cancelled) arrives as an ApiError.
    PendingCall *cancelReload(const QString &reloadId, QObject *context,
                              Callback<CancelReloadResult> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
