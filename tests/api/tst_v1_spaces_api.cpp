// SpacesApi, ItemsApi and EngineApi over real HTTP against ScriptedServer: every
// operation's method, path (IDs percent-encoded), query and body, the decoded answer,
// ErrorResponse mapping, paging through absolute links.next.href, and the retry
// decisions for PATCH.

#include "TestMain.h"
#include "V1ApiTestKit.h"
#include "api/EngineApi.h"
#include "api/ItemsApi.h"
#include "api/SpacesApi.h"

using namespace odag;
using namespace odag::api;
using namespace v1kit;
using Reply = ScriptedServer::Reply;

namespace {
const QString oddId = QStringLiteral("62716f4b/39 b8?x#");
const QByteArray oddIdEncoded = "62716f4b%2F39%20b8%3Fx%23";
const QString spaceId = QStringLiteral("62716f4b39b865ece543cd45");
} // namespace

class TestV1SpacesApi : public QObject
{
    Q_OBJECT

    ScriptedServer *m_server = nullptr;
    Transport *m_transport = nullptr;

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_transport = new Transport(m_server->baseUrl(), fastOptions(), this);
    }
    void cleanup()
    {
        delete m_transport;
        delete m_server;
    }

    // ------------------------------------------------------------ spaces

    void listSpacesSendsEveryQueryParameter()
    {
        m_server->route("GET", QStringLiteral("/api/v1/spaces"),
                        Reply::json(200, fixture("space_list.json")));
        SpacesApi api(*m_transport);
        SpaceListQuery query;
        query.action = QStringLiteral("publish");
        query.limit = 25;
        query.name = QStringLiteral("fin & co+");
        query.next = QStringLiteral("abc");
        query.ownerId = QStringLiteral("5f0c7fd3b6a8e5a4c9d31b77");
        query.prev = QStringLiteral("xyz");
        query.sort = QStringLiteral("-createdAt");
        query.type = QStringLiteral("managed,shared");
        const auto r = run<SpaceList>([&](auto cb) { api.listSpaces(query, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->data.size(), 2);
        QCOMPARE(r->data.at(0).name, std::optional<QString>(QStringLiteral("Finance Analytics")));
        QCOMPARE(r->totalCount(), std::optional<qint64>(17));
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QStringLiteral("/api/v1/spaces"));
        QCOMPARE(q(req, "action"), QStringLiteral("publish"));
        QCOMPARE(q(req, "limit"), QStringLiteral("25"));
        QCOMPARE(q(req, "name"), QStringLiteral("fin & co+"));
        QCOMPARE(q(req, "next"), QStringLiteral("abc"));
        QCOMPARE(q(req, "ownerId"), QStringLiteral("5f0c7fd3b6a8e5a4c9d31b77"));
        QCOMPARE(q(req, "prev"), QStringLiteral("xyz"));
        QCOMPARE(q(req, "sort"), QStringLiteral("-createdAt"));
        QCOMPARE(q(req, "type"), QStringLiteral("managed,shared"));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
    }

    void listSpacesSendsNothingUnasked()
    {
        m_server->route("GET", QStringLiteral("/api/v1/spaces"),
                        Reply::json(200, R"({"data":[]})"));
        SpacesApi api(*m_transport);
        const auto r = run<SpaceList>([&](auto cb) { api.listSpaces({}, this, cb); });
        V1_VERIFY_OK(r);
        QVERIFY(r->data.isEmpty());
        QVERIFY(!r->hasNext());
        QVERIFY(m_server->lastRequest().query.isEmpty());
    }

    void nextPageFollowsTheAbsoluteHref()
    {
        const QString next = m_server->baseUrl().toString() +
                             QStringLiteral("/api/v1/spaces?limit=1&next=Y3Vyc29yMg");
        const QByteArray first = json::toBytes(QJsonObject{
            {QStringLiteral("data"), QJsonArray{jsonOf(fixture("space.json"))}},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}}}});
        m_server->route("GET", QStringLiteral("/api/v1/spaces"), Reply::json(200, first));
        m_server->route(
            "GET", QStringLiteral("/api/v1/spaces"),
            Reply::json(
                200,
                R"({"data":[{"id":"6273a9c1f0e2d34b5a6c7d8e","name":"Sales"}],"links":{"self":{"href":"x"}}})"));
        SpacesApi api(*m_transport);
        SpaceListQuery query;
        query.limit = 1;
        const auto page1 = run<SpaceList>([&](auto cb) { api.listSpaces(query, this, cb); });
        V1_VERIFY_OK(page1);
        QCOMPARE(page1->nextHref(), next);
        const auto page2 =
            run<SpaceList>([&](auto cb) { api.nextPage(page1->nextHref(), this, cb); });
        V1_VERIFY_OK(page2);
        QCOMPARE(page2->data.at(0).name, std::optional<QString>(QStringLiteral("Sales")));
        QVERIFY(!page2->hasNext());
        const auto req = m_server->lastRequest();
        QCOMPARE(req.path, QStringLiteral("/api/v1/spaces"));
        QCOMPARE(q(req, "next"), QStringLiteral("Y3Vyc29yMg"));
        QCOMPARE(q(req, "limit"), QStringLiteral("1"));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void nextPageRefusesAnotherHost()
    {
        SpacesApi api(*m_transport);
        const auto r = run<SpaceList>([&](auto cb) {
            api.nextPage(QStringLiteral("https://elsewhere.example.com/api/v1/spaces?next=a"), this,
                         cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void listAllSpacesWalksEveryPage()
    {
        const QString next =
            m_server->baseUrl().toString() + QStringLiteral("/api/v1/spaces?next=p2");
        m_server->route(
            "GET", QStringLiteral("/api/v1/spaces"),
            Reply::json(200,
                        json::toBytes(QJsonObject{
                            {QStringLiteral("data"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}}}},
                            {QStringLiteral("links"),
                             QJsonObject{{QStringLiteral("next"),
                                          QJsonObject{{QStringLiteral("href"), next}}}}}})));
        m_server->route("GET", QStringLiteral("/api/v1/spaces"),
                        Reply::json(200, R"({"data":[{"id":"b"},{"id":"c"}]})"));
        SpacesApi api(*m_transport);
        SpaceListQuery query;
        query.type = QStringLiteral("managed");
        const auto r = run<QList<Space>>([&](auto cb) { api.listAllSpaces(query, this, {}, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(2).id, std::optional<QString>(QStringLiteral("c")));
        QCOMPARE(q(m_server->requests().at(0), "type"), QStringLiteral("managed"));
        QCOMPARE(q(m_server->requests().at(1), "next"), QStringLiteral("p2"));
    }

    void createSpacePostsTheBody()
    {
        m_server->route("POST", QStringLiteral("/api/v1/spaces"),
                        Reply::json(201, fixture("space.json")));
        SpacesApi api(*m_transport);
        SpaceCreate body{QStringLiteral("Finance Analytics"),
                         SpaceType::Managed,
                         QStringLiteral("Published finance apps"),
                         {}};
        const auto r = run<Space>([&](auto cb) { api.createSpace(body, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->id, std::optional<QString>(spaceId));
        QCOMPARE(r->type->value(), SpaceType::Managed);
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(jsonOf(req.body), jsonOf(fixture("space_create.json")));
    }

    void createSpaceConflictIsAnErrorResponse()
    {
        m_server->route("POST", QStringLiteral("/api/v1/spaces"),
                        Reply::json(409, fixture("error_response.json")));
        SpacesApi api(*m_transport);
        const auto r = run<Space>([&](auto cb) {
            api.createSpace(
                SpaceCreate{QStringLiteral("Finance Analytics"), SpaceType::Shared, {}, {}}, this,
                cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 409);
        QCOMPARE(r.error().code, QStringLiteral("SPACES-409"));
        QCOMPARE(r.error().title, QStringLiteral("Conflict"));
        QCOMPARE(r.error().detail,
                 QStringLiteral("A space named 'Finance Analytics' already exists."));
        QCOMPARE(r.error().traceId, QStringLiteral("6f4e2a1b9c8d7e6f5a4b3c2d1e0f9a8b"));
        QCOMPARE(m_server->requestCount(), 1); // a POST is never resent
    }

    void getSpaceEncodesTheId()
    {
        m_server->enqueue(Reply::json(200, fixture("space.json")));
        SpacesApi api(*m_transport);
        const auto r = run<Space>([&](auto cb) { api.getSpace(oddId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->meta->actions->size(), 6);
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/spaces/") + oddIdEncoded);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/api/v1/spaces/") + oddId);
        QVERIFY(m_server->lastRequest().query.isEmpty());
    }

    void getSpaceNotFound()
    {
        m_server->enqueue(Reply::json(
            404, R"({"errors":[{"code":"SPACES-404","title":"Not found","status":"404"}]})"));
        SpacesApi api(*m_transport);
        const auto r = run<Space>([&](auto cb) { api.getSpace(spaceId, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().code, QStringLiteral("SPACES-404"));
    }

    void listSpacesBadRequest()
    {
        m_server->enqueue(Reply::json(
            400,
            R"({"errors":[{"code":"SPACES-400","title":"Bad request","detail":"limit must be between 1 and 100","status":"400","source":{"parameter":"limit"}}]})"));
        SpacesApi api(*m_transport);
        SpaceListQuery query;
        query.limit = 1000;
        const auto r = run<SpaceList>([&](auto cb) { api.listSpaces(query, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(r.error().detail, QStringLiteral("limit must be between 1 and 100"));
    }

    void updateSpacePutsTheBody()
    {
        m_server->route("PUT", QStringLiteral("/api/v1/spaces/") + spaceId,
                        Reply::json(200, fixture("space.json")));
        SpacesApi api(*m_transport);
        SpaceUpdate update{QStringLiteral("Finance Analytics EMEA"),
                           QStringLiteral("60a1f3c2e4b5d6a7b8c9d0e1"),
                           QStringLiteral("Published finance apps for EMEA"),
                           {}};
        const auto r = run<Space>([&](auto cb) { api.updateSpace(spaceId, update, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("space_update.json")));
    }

    void patchSpaceSendsTheOperations()
    {
        m_server->route("PATCH", QStringLiteral("/api/v1/spaces/") + spaceId,
                        Reply::json(200, fixture("space.json")));
        SpacesApi api(*m_transport);
        const JsonPatchList patch{
            JsonPatch::replace(QStringLiteral("/name"), QStringLiteral("Finance EMEA")),
            JsonPatch::replace(QStringLiteral("/ownerId"),
                               QStringLiteral("60a1f3c2e4b5d6a7b8c9d0e1")),
            JsonPatch::replace(QStringLiteral("/description"), QString())};
        const auto r = run<Space>([&](auto cb) { api.patchSpace(spaceId, patch, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PATCH"));
        QCOMPARE(jsonOf(m_server->lastRequest().body), jsonOf(fixture("json_patch.json")));
    }

    void patchOfReplacesIsResentAfter503()
    {
        const QString path = QStringLiteral("/api/v1/spaces/") + spaceId;
        m_server->route("PATCH", path,
                        Reply::json(503, R"({"errors":[{"code":"X","title":"Unavailable"}]})"));
        m_server->route("PATCH", path, Reply::json(200, fixture("space.json")));
        SpacesApi api(*m_transport);
        const auto r = run<Space>([&](auto cb) {
            api.patchSpace(spaceId,
                           {JsonPatch::replace(QStringLiteral("/name"), QStringLiteral("A"))}, this,
                           cb);
        });
        V1_VERIFY_OK(r);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void patchWithAnAddIsNotResent()
    {
        const QString path = QStringLiteral("/api/v1/spaces/") + spaceId;
        m_server->route("PATCH", path,
                        Reply::json(503, R"({"errors":[{"code":"X","title":"Unavailable"}]})"));
        m_server->route("PATCH", path, Reply::json(200, fixture("space.json")));
        SpacesApi api(*m_transport);
        const JsonPatchList patch{JsonPatch{
            PatchOp::Add, QStringLiteral("/description"), QJsonValue(QStringLiteral("x")), {}}};
        const auto r = run<Space>([&](auto cb) { api.patchSpace(spaceId, patch, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 503);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void deleteSpaceAnswers204()
    {
        m_server->enqueue(Reply::noContent());
        SpacesApi api(*m_transport);
        const auto r = run<Empty>([&](auto cb) { api.deleteSpace(oddId, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(m_server->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/spaces/") + oddIdEncoded);
    }

    void deleteSpaceForbidden()
    {
        m_server->enqueue(Reply::json(
            403,
            R"({"errors":[{"code":"SPACES-403","title":"Forbidden","detail":"Only the owner can delete the space.","status":"403"}]})"));
        SpacesApi api(*m_transport);
        const auto r = run<Empty>([&](auto cb) { api.deleteSpace(spaceId, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(r.error().title, QStringLiteral("Forbidden"));
        QCOMPARE(m_server->requestCount(), 1); // a 4xx is never resent
    }

    // ------------------------------------------------------------ assignments

    void listAssignmentsAndNextPage()
    {
        const QString base =
            QStringLiteral("/api/v1/spaces/") + spaceId + QStringLiteral("/assignments");
        const QString next =
            m_server->baseUrl().toString() + base + QStringLiteral("?next=c2Vjb25k");
        QJsonObject page = jsonOf(fixture("space_assignment_list.json")).toObject();
        page.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", base, Reply::json(200, json::toBytes(page)));
        m_server->route("GET", base, Reply::json(200, R"({"data":[],"meta":{"count":2}})"));
        SpacesApi api(*m_transport);
        AssignmentListQuery query;
        query.assigneeId = QStringLiteral("60a1f3c2e4b5d6a7b8c9d0e1");
        query.limit = 2;
        query.type = QStringLiteral("user");
        query.next = QStringLiteral("n");
        query.prev = QStringLiteral("p");
        const auto r = run<SpaceAssignmentList>(
            [&](auto cb) { api.listAssignments(spaceId, query, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->data.size(), 2);
        QCOMPARE(r->data.at(1).type->value(), AssigneeType::Group);
        auto req = m_server->lastRequest();
        QCOMPARE(q(req, "assigneeId"), QStringLiteral("60a1f3c2e4b5d6a7b8c9d0e1"));
        QCOMPARE(q(req, "limit"), QStringLiteral("2"));
        QCOMPARE(q(req, "type"), QStringLiteral("user"));
        QCOMPARE(q(req, "next"), QStringLiteral("n"));
        QCOMPARE(q(req, "prev"), QStringLiteral("p"));
        const auto r2 = run<SpaceAssignmentList>(
            [&](auto cb) { api.nextAssignmentsPage(r->nextHref(), this, cb); });
        V1_VERIFY_OK(r2);
        QVERIFY(r2->data.isEmpty());
        req = m_server->lastRequest();
        QCOMPARE(req.path, base);
        QCOMPARE(q(req, "next"), QStringLiteral("c2Vjb25k"));
    }

    void createAssignmentAnswers201()
    {
        m_server->enqueue(Reply::json(201, fixture("space_assignment.json")));
        SpacesApi api(*m_transport);
        SpaceAssignmentCreate body{AssigneeType::Group,
                                   QStringLiteral("63c1d2e3f4a5b6c7d8e9f0a1"),
                                   {SpaceRole::Consumer, SpaceRole::Publisher},
                                   {}};
        const auto r =
            run<SpaceAssignment>([&](auto cb) { api.createAssignment(oddId, body, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->id, std::optional<QString>(QStringLiteral("6274b0d2e1f3a4b5c6d7e8f9")));
        const auto req = m_server->lastRequest();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.rawPath, QByteArray("/api/v1/spaces/") + oddIdEncoded + "/assignments");
        QCOMPARE(jsonOf(req.body), jsonOf(fixture("space_assignment_create.json")));
    }

    void getUpdateDeleteAssignment()
    {
        SpacesApi api(*m_transport);
        const QString assignmentId = QStringLiteral("6274b0d2 e1");
        const QByteArray rawPath =
            "/api/v1/spaces/" + spaceId.toLatin1() + "/assignments/6274b0d2%20e1";

        m_server->enqueue(Reply::json(200, fixture("space_assignment.json")));
        const auto got = run<SpaceAssignment>(
            [&](auto cb) { api.getAssignment(spaceId, assignmentId, this, cb); });
        V1_VERIFY_OK(got);
        QCOMPARE(got->roles->size(), 2);
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
        QCOMPARE(m_server->lastRequest().rawPath, rawPath);

        m_server->enqueue(Reply::json(200, fixture("space_assignment.json")));
        const auto updated = run<SpaceAssignment>([&](auto cb) {
            api.updateAssignment(
                spaceId, assignmentId,
                SpaceAssignmentUpdate::fromRoles({SpaceRole::Contributor, SpaceRole::Facilitator}),
                this, cb);
        });
        V1_VERIFY_OK(updated);
        QCOMPARE(m_server->lastRequest().method, QByteArray("PUT"));
        QCOMPARE(m_server->lastRequest().rawPath, rawPath);
        QCOMPARE(jsonOf(m_server->lastRequest().body),
                 QJsonValue(QJsonObject{
                     {QStringLiteral("roles"),
                      QJsonArray{QStringLiteral("contributor"), QStringLiteral("facilitator")}}}));

        m_server->enqueue(Reply::noContent());
        const auto deleted =
            run<Empty>([&](auto cb) { api.deleteAssignment(spaceId, assignmentId, this, cb); });
        V1_VERIFY_OK(deleted);
        QCOMPARE(m_server->lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(m_server->lastRequest().rawPath, rawPath);
    }

    void listSpaceTypesReadsBothShapes()
    {
        m_server->route("GET", QStringLiteral("/api/v1/spaces/types"),
                        Reply::json(200, fixture("space_types.json")));
        m_server->route("GET", QStringLiteral("/api/v1/spaces/types"),
                        Reply::json(200, fixture("space_types_real.json")));
        SpacesApi api(*m_transport);
        const auto seed = run<SpaceTypes>([&](auto cb) { api.listSpaceTypes(this, cb); });
        const auto real = run<SpaceTypes>([&](auto cb) { api.listSpaceTypes(this, cb); });
        V1_VERIFY_OK(seed);
        V1_VERIFY_OK(real);
        QCOMPARE(seed->types(), real->types());
        QCOMPARE(real->types().size(), 3);
    }

    void undecodableAnswerIsADecodeError()
    {
        m_server->enqueue(Reply::json(200, R"({"data":[{},{},{"ownerId":5}]})"));
        SpacesApi api(*m_transport);
        const auto r = run<SpaceList>([&](auto cb) { api.listSpaces({}, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().technical.contains(QStringLiteral("data[2].ownerId")),
                 qPrintable(r.error().technical));
    }

    // ------------------------------------------------------------ items

    void listItemsAsksForApps()
    {
        m_server->route("GET", QStringLiteral("/api/v1/items"),
                        Reply::json(200, fixture("item_list.json")));
        ItemsApi api(*m_transport);
        ItemListQuery query;
        query.spaceId = spaceId;
        query.limit = 2;
        query.sort = QStringLiteral("-updatedAt");
        query.name = QStringLiteral("P&L");
        query.ownerId = QStringLiteral("5f0c7fd3b6a8e5a4c9d31b77");
        query.next = QStringLiteral("n1");
        query.prev = QStringLiteral("p1");
        query.noActions = true;
        const auto r = run<ItemList>([&](auto cb) { api.listItems(query, this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(r->data.size(), 2);
        QCOMPARE(r->data.at(0).appId(), QStringLiteral("f2b4c6d8-1a3e-4f5b-9c7d-2e4f6a8b0c1d"));
        QVERIFY(!r->data.at(1).spaceId);
        const auto req = m_server->lastRequest();
        QCOMPARE(q(req, "resourceType"), QStringLiteral("app"));
        QCOMPARE(q(req, "spaceId"), spaceId);
        QCOMPARE(q(req, "limit"), QStringLiteral("2"));
        QCOMPARE(q(req, "sort"), QStringLiteral("-updatedAt"));
        QCOMPARE(q(req, "name"), QStringLiteral("P&L"));
        QCOMPARE(q(req, "ownerId"), QStringLiteral("5f0c7fd3b6a8e5a4c9d31b77"));
        QCOMPARE(q(req, "next"), QStringLiteral("n1"));
        QCOMPARE(q(req, "prev"), QStringLiteral("p1"));
        QCOMPARE(q(req, "noActions"), QStringLiteral("true"));
        QVERIFY(!req.query.hasQueryItem(QStringLiteral("resourceId")));
    }

    void itemsNextPageAndGetItem()
    {
        const QString next = m_server->baseUrl().toString() +
                             QStringLiteral("/api/v1/items?resourceType=app&next=MjAyNA");
        QJsonObject page = jsonOf(fixture("item_list.json")).toObject();
        page.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", QStringLiteral("/api/v1/items"),
                        Reply::json(200, json::toBytes(page)));
        m_server->route("GET", QStringLiteral("/api/v1/items"),
                        Reply::json(200, R"({"data":[],"links":{}})"));
        ItemsApi api(*m_transport);
        const auto first = run<ItemList>([&](auto cb) { api.listItems({}, this, cb); });
        V1_VERIFY_OK(first);
        const auto second =
            run<ItemList>([&](auto cb) { api.nextPage(first->nextHref(), this, cb); });
        V1_VERIFY_OK(second);
        QVERIFY(second->data.isEmpty());
        QCOMPARE(q(m_server->lastRequest(), "next"), QStringLiteral("MjAyNA"));

        m_server->enqueue(Reply::json(200, fixture("item.json")));
        const auto item = run<Item>([&](auto cb) { api.getItem(oddId, this, cb); });
        V1_VERIFY_OK(item);
        QCOMPARE(item->name, QStringLiteral("P&L Template"));
        QCOMPARE(m_server->lastRequest().rawPath, QByteArray("/api/v1/items/") + oddIdEncoded);
    }

    void listAllItemsWalksEveryPage()
    {
        const QString next =
            m_server->baseUrl().toString() + QStringLiteral("/api/v1/items?next=2");
        QJsonObject page = jsonOf(fixture("item_list.json")).toObject();
        page.insert(
            QStringLiteral("links"),
            QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("href"), next}}}});
        m_server->route("GET", QStringLiteral("/api/v1/items"),
                        Reply::json(200, json::toBytes(page)));
        m_server->route("GET", QStringLiteral("/api/v1/items"),
                        Reply::json(200, fixture("item_list.json")));
        ItemsApi api(*m_transport);
        const auto all = run<QList<Item>>([&](auto cb) { api.listAllItems({}, this, {}, cb, 3); });
        V1_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
    }

    // ------------------------------------------------------------ engine

    void engineHealth_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("200") << 200 << int(EngineHealth::Healthy);
        QTest::newRow("429") << 429 << int(EngineHealth::Busy);
        QTest::newRow("503") << 503 << int(EngineHealth::Unhealthy);
        QTest::newRow("500") << 500 << int(EngineHealth::Unhealthy);
    }

    void engineHealth()
    {
        QFETCH(int, status);
        QFETCH(int, expected);
        // The engine answers without a body schema; a 5xx may be retried once.
        m_server->setHandler(
            [status](const ScriptedServer::Request &) { return Reply::json(status, "{}"); });
        EngineApi api(*m_transport);
        const auto r = run<EngineHealth>([&](auto cb) { api.health(this, cb); });
        V1_VERIFY_OK(r);
        QCOMPARE(int(*r), expected);
        QCOMPARE(m_server->lastRequest().path, QStringLiteral("/engine/health"));
        QCOMPARE(m_server->lastRequest().method, QByteArray("GET"));
    }

    void engineHealthUnreachableIsAnError()
    {
        const QUrl gone = m_server->baseUrl();
        delete m_server;
        m_server = nullptr;
        Transport transport(gone, fastOptions());
        EngineApi api(transport);
        const auto r = run<EngineHealth>([&](auto cb) { api.health(this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        m_server = new ScriptedServer(this);
    }

    void engineHealthcheckAndSessions()
    {
        m_server->route("GET", QStringLiteral("/engine/healthcheck"),
                        Reply::json(200, fixture("healthcheck.json")));
        m_server->route("GET", QStringLiteral("/engine/sessions"),
                        Reply::json(200, fixture("engine_sessions.json")));
        EngineApi api(*m_transport);
        const auto h = run<HealthcheckStatus>([&](auto cb) { api.healthcheck(this, cb); });
        V1_VERIFY_OK(h);
        QCOMPARE(h->session->active, std::optional<qint64>(12));
        QCOMPARE(h->cpu->total, std::optional<double>(37.5));
        const auto s = run<EngineSessionList>([&](auto cb) { api.sessions(this, cb); });
        V1_VERIFY_OK(s);
        QCOMPARE(s->size(), 2);
        QCOMPARE(s->at(0).appid,
                 std::optional<QString>(QStringLiteral("f2b4c6d8-1a3e-4f5b-9c7d-2e4f6a8b0c1d")));
        QCOMPARE(m_server->requestCount(), 2);
    }
};

ODAG_TEST_MAIN(TestV1SpacesApi)
#include "tst_v1_spaces_api.moc"
