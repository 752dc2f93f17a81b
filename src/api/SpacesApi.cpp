#include "SpacesApi.h"

#include "V1Request.h"

#include <algorithm>

namespace odag::api {

namespace {
QString spacePath(const QString &spaceId)
{
    return QStringLiteral("/spaces/") + pathSegment(spaceId);
}
QString assignmentPath(const QString &spaceId, const QString &assignmentId)
{
    return spacePath(spaceId) + QStringLiteral("/assignments/") + pathSegment(assignmentId);
}
} // namespace

QUrlQuery SpaceListQuery::toQuery() const
{
    QUrlQuery q;
    v1::addQuery(q, "action", action);
    v1::addQuery(q, "limit", limit);
    v1::addQuery(q, "name", name);
    v1::addQuery(q, "next", next);
    v1::addQuery(q, "ownerId", ownerId);
    v1::addQuery(q, "prev", prev);
    v1::addQuery(q, "sort", sort);
    v1::addQuery(q, "type", type);
    return q;
}

QUrlQuery AssignmentListQuery::toQuery() const
{
    QUrlQuery q;
    v1::addQuery(q, "assigneeId", assigneeId);
    v1::addQuery(q, "limit", limit);
    v1::addQuery(q, "next", next);
    v1::addQuery(q, "prev", prev);
    v1::addQuery(q, "type", type);
    return q;
}

PendingCall *SpacesApi::listSpaces(const SpaceListQuery &query, QObject *context,
                                   Callback<SpaceList> done)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/spaces"), Tier::Tier1);
    spec.query = query.toQuery();
    return sendJson<SpaceList>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::nextPage(const QString &href, QObject *context, Callback<SpaceList> done)
{
    return sendJson<SpaceList>(m_transport, v1::follow(href, Tier::Tier1), context,
                               std::move(done));
}

CursorPager *SpacesApi::listAllSpaces(const SpaceListQuery &query, QObject *context,
                                      CursorPager::Progress progress, Callback<QList<Space>> done,
                                      int maxItems)
{
    RequestSpec spec = v1::request("GET", QStringLiteral("/spaces"), Tier::Tier1);
    spec.query = query.toQuery();
    return CursorPager::fetchAll<Space>(m_transport, spec, context, std::move(progress),
                                        std::move(done), maxItems);
}

PendingCall *SpacesApi::createSpace(const SpaceCreate &space, QObject *context,
                                    Callback<Space> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("POST", QStringLiteral("/spaces"), Tier::Tier2), space);
    return sendJson<Space>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::getSpace(const QString &spaceId, QObject *context, Callback<Space> done)
{
    return sendJson<Space>(m_transport, v1::request("GET", spacePath(spaceId), Tier::Tier1),
                           context, std::move(done));
}

PendingCall *SpacesApi::updateSpace(const QString &spaceId, const SpaceUpdate &update,
                                    QObject *context, Callback<Space> done)
{
    const RequestSpec spec =
        v1::withJson(v1::request("PUT", spacePath(spaceId), Tier::Tier2), update);
    return sendJson<Space>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::patchSpace(const QString &spaceId, const JsonPatchList &patch,
                                   QObject *context, Callback<Space> done)
{
    RequestSpec spec = v1::withJson(v1::request("PATCH", spacePath(spaceId), Tier::Tier2), patch);
    // Replacing the same values again changes nothing: such a patch may be resent; an
    // add or remove may not.
    spec.idempotent = std::all_of(patch.cbegin(), patch.cend(),
                                  [](const JsonPatch &op) { return op.op == PatchOp::Replace; });
    return sendJson<Space>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::deleteSpace(const QString &spaceId, QObject *context, Callback<Empty> done)
{
    return sendJson<Empty>(m_transport, v1::request("DELETE", spacePath(spaceId), Tier::Tier2),
                           context, std::move(done));
}

PendingCall *SpacesApi::listAssignments(const QString &spaceId, const AssignmentListQuery &query,
                                        QObject *context, Callback<SpaceAssignmentList> done)
{
    RequestSpec spec =
        v1::request("GET", spacePath(spaceId) + QStringLiteral("/assignments"), Tier::Tier1);
    spec.query = query.toQuery();
    return sendJson<SpaceAssignmentList>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::nextAssignmentsPage(const QString &href, QObject *context,
                                            Callback<SpaceAssignmentList> done)
{
    return sendJson<SpaceAssignmentList>(m_transport, v1::follow(href, Tier::Tier1), context,
                                         std::move(done));
}

PendingCall *SpacesApi::createAssignment(const QString &spaceId,
                                         const SpaceAssignmentCreate &assignment, QObject *context,
                                         Callback<SpaceAssignment> done)
{
    const RequestSpec spec = v1::withJson(
        v1::request("POST", spacePath(spaceId) + QStringLiteral("/assignments"), Tier::Tier2),
        assignment);
    return sendJson<SpaceAssignment>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::getAssignment(const QString &spaceId, const QString &assignmentId,
                                      QObject *context, Callback<SpaceAssignment> done)
{
    return sendJson<SpaceAssignment>(
        m_transport, v1::request("GET", assignmentPath(spaceId, assignmentId), Tier::Tier1),
        context, std::move(done));
}

PendingCall *SpacesApi::updateAssignment(const QString &spaceId, const QString &assignmentId,
                                         const SpaceAssignmentUpdate &update, QObject *context,
                                         Callback<SpaceAssignment> done)
{
    const RequestSpec spec = v1::withJson(
        v1::request("PUT", assignmentPath(spaceId, assignmentId), Tier::Tier2), update);
    return sendJson<SpaceAssignment>(m_transport, spec, context, std::move(done));
}

PendingCall *SpacesApi::deleteAssignment(const QString &spaceId, const QString &assignmentId,
                                         QObject *context, Callback<Empty> done)
{
    return sendJson<Empty>(
        m_transport, v1::request("DELETE", assignmentPath(spaceId, assignmentId), Tier::Tier2),
        context, std::move(done));
}

PendingCall *SpacesApi::listSpaceTypes(QObject *context, Callback<SpaceTypes> done)
{
    return sendJson<SpaceTypes>(m_transport,
                                v1::request("GET", QStringLiteral("/spaces/types"), Tier::Tier1),
                                context, std::move(done));
}

} // namespace odag::api
