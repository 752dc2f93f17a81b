#pragma once

// SpacesApi: the typed calls of /api/v1/spaces: spaces, their role assignments and the
// space types of the tenant. One method per operation; each answers through a
// Callback on the thread of `context`.

#include "CursorPager.h"
#include "JsonCall.h"
#include "core/Spaces.h"

namespace odag::api {

// Query of GET /spaces; absent members are not sent.
struct SpaceListQuery
{
    std::optional<QString> action; // "publish": spaces the user may publish to
    std::optional<int> limit;      // 1-100
    std::optional<QString> name;   // case-insensitive substring
    std::optional<QString> next;
    std::optional<QString> ownerId;
    std::optional<QString> prev;
    std::optional<QString> sort; // "+name", "-createdAt", "type"
    std::optional<QString> type; // "shared", "managed", "data" or a comma list

    QUrlQuery toQuery() const;
};

// Query of GET /spaces/{id}/assignments.
struct AssignmentListQuery
{
    std::optional<QString> assigneeId;
    std::optional<int> limit;
    std::optional<QString> next;
    std::optional<QString> prev;
    std::optional<QString> type; // "user" or "group"

    QUrlQuery toQuery() const;
};

class SpacesApi
{
public:
    explicit SpacesApi(Transport &transport)
        : m_transport(transport)
    {}

    // GET /api/v1/spaces  (listSpaces, Tier 1)
    PendingCall *listSpaces(const SpaceListQuery &query, QObject *context,
                            Callback<SpaceList> done);
    // GET links.next.href of a spaces page  (listSpaces, Tier 1)
    PendingCall *nextPage(const QString &href, QObject *context, Callback<SpaceList> done);
    // GET /api/v1/spaces, every page  (listSpaces, Tier 1)
    CursorPager *listAllSpaces(const SpaceListQuery &query, QObject *context,
                               CursorPager::Progress progress, Callback<QList<Space>> done,
                               int maxItems = -1);
    // POST /api/v1/spaces  (createSpace, Tier 2) -> 201
    PendingCall *createSpace(const SpaceCreate &space, QObject *context, Callback<Space> done);
    // GET /api/v1/spaces/{spaceId}  (getSpace, Tier 1)
    PendingCall *getSpace(const QString &spaceId, QObject *context, Callback<Space> done);
    // PUT /api/v1/spaces/{spaceId}  (updateSpace, Tier 2)
    PendingCall *updateSpace(const QString &spaceId, const SpaceUpdate &update, QObject *context,
                             Callback<Space> done);
    // PATCH /api/v1/spaces/{spaceId}  (patchSpace, Tier 2)
    PendingCall *patchSpace(const QString &spaceId, const JsonPatchList &patch, QObject *context,
                            Callback<Space> done);
    // DELETE /api/v1/spaces/{spaceId}  (deleteSpace, Tier 2) -> 204
    PendingCall *deleteSpace(const QString &spaceId, QObject *context, Callback<Empty> done);

    // GET /api/v1/spaces/{spaceId}/assignments  (listSpaceAssignments, Tier 1)
    PendingCall *listAssignments(const QString &spaceId, const AssignmentListQuery &query,
                                 QObject *context, Callback<SpaceAssignmentList> done);
    // GET links.next.href of an assignments page  (listSpaceAssignments, Tier 1)
    PendingCall *nextAssignmentsPage(const QString &href, QObject *context,
                                     Callback<SpaceAssignmentList> done);
    // POST /api/v1/spaces/{spaceId}/assignments  (createSpaceAssignment, Tier 2) -> 201
    PendingCall *createAssignment(const QString &spaceId, const SpaceAssignmentCreate &assignment,
                                  QObject *context, Callback<SpaceAssignment> done);
    // GET /api/v1/spaces/{spaceId}/assignments/{assignmentId}  (getSpaceAssignment, Tier 1)
    PendingCall *getAssignment(const QString &spaceId, const QString &assignmentId,
                               QObject *context, Callback<SpaceAssignment> done);
    // PUT /api/v1/spaces/{spaceId}/assignments/{assignmentId}  (updateSpaceAssignment, Tier 2)
    PendingCall *updateAssignment(const QString &spaceId, const QString &assignmentId,
                                  const SpaceAssignmentUpdate &update, QObject *context,
                                  Callback<SpaceAssignment> done);
    // DELETE /api/v1/spaces/{spaceId}/assignments/{assignmentId}  (deleteSpaceAssignment, Tier 2)
    // -> 204
    PendingCall *deleteAssignment(const QString &spaceId, const QString &assignmentId,
                                  QObject *context, Callback<Empty> done);

    // GET /api/v1/spaces/types  (listSpaceTypes, Tier 1)
    PendingCall *listSpaceTypes(QObject *context, Callback<SpaceTypes> done);

private:
    Transport &m_transport;
};

} // namespace odag::api
