// The places where seed 003, seed 004 and real tenants disagree: both app shapes, both
// metadata shapes, both space-type lists, both reload-variable forms, script and log
// lists as arrays or envelopes; plus the conveniences the GUI relies on.

#include "TestMain.h"
#include "core/AppData.h"
#include "core/Apps.h"
#include "core/Engine.h"
#include "core/ErrorResponse.h"
#include "core/Items.h"
#include "core/Reloads.h"
#include "core/Spaces.h"

#include <QFile>

using namespace odag;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ODAG_TEST_DATA_DIR "/v1/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
const QString appId = QStringLiteral("f2b4c6d8-1a3e-4f5b-9c7d-2e4f6a8b0c1d");
const QString spaceId = QStringLiteral("62716f4b39b865ece543cd45");
} // namespace

class TestV1Shapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appInfoReadsNxApp()
    {
        auto app = json::decode<AppInfo>(fixture(QStringLiteral("nx_app.json")));
        ODAG_VERIFY_OK(app);
        QCOMPARE(app->shape, AppInfo::Shape::NxApp);
        QVERIFY(app->nx.has_value());
        QVERIFY(!app->flat.has_value());
        QCOMPARE(app->id, appId);
        QCOMPARE(app->name, QStringLiteral("P&L Template"));
        QCOMPARE(app->spaceId, spaceId);
        QCOMPARE(app->ownerId, QStringLiteral("5f0c7fd3b6a8e5a4c9d31b77"));
        QCOMPARE(app->tenantId, QStringLiteral("xqGQ0k66vSR8f9G7J-vYtHZQkiYrCpct"));
        QVERIFY(app->can(QStringLiteral("reload")));
        QVERIFY(!app->can(QStringLiteral("fly")));
        QCOMPARE(app->create.size(), 3);
        QCOMPARE(app->create.at(2).canCreate, std::optional<bool>(false));
        // Cloud: published is about client-managed distribution; publishTime decides.
        QVERIFY(!app->published);
        QVERIFY(app->isPublished());
        QCOMPARE(app->usage->value(), AppUsageType::Analytics);
        QCOMPARE(app->lastReloadTime.toDateTime(),
                 QDateTime(QDate(2024, 6, 10), QTime(2, 3, 44, 118), Qt::UTC));
        // User-defined attributes are kept.
        QCOMPARE(app->nx->attributes->extra.value(QStringLiteral("_resourcetype")).toString(),
                 QStringLiteral("app"));
        QCOMPARE(app->original(), json::parse(fixture(QStringLiteral("nx_app.json")))->toObject());
    }

    void appInfoReadsFlatAttributes()
    {
        auto app = json::decode<AppInfo>(fixture(QStringLiteral("app_attributes.json")));
        ODAG_VERIFY_OK(app);
        QCOMPARE(app->shape, AppInfo::Shape::Flat);
        QVERIFY(app->flat.has_value());
        QCOMPARE(app->id, appId);
        QCOMPARE(app->name, QStringLiteral("P&L Template"));
        QCOMPARE(app->spaceId, spaceId);
        QCOMPARE(app->tenantId, QStringLiteral("xqGQ0k66vSR8f9G7J-vYtHZQkiYrCpct"));
        QVERIFY(app->published);
        QVERIFY(app->encrypted);
        QVERIFY(app->privileges.isEmpty());
        QCOMPARE(app->custom.value(QStringLiteral("department")).toString(),
                 QStringLiteral("Finance"));
        QCOMPARE(app->flat->links->open->href,
                 QStringLiteral("https://acme.eu.qlikcloud.com/sense/app/") + appId);
    }

    void bothAppShapesGiveTheSameView()
    {
        auto nx = json::decode<AppInfo>(fixture(QStringLiteral("nx_app.json")));
        auto flat = json::decode<AppInfo>(fixture(QStringLiteral("app_attributes.json")));
        ODAG_VERIFY_OK(nx);
        ODAG_VERIFY_OK(flat);
        QCOMPARE(nx->id, flat->id);
        QCOMPARE(nx->name, flat->name);
        QCOMPARE(nx->description, flat->description);
        QCOMPARE(nx->ownerId, flat->ownerId);
        QCOMPARE(nx->originAppId, flat->originAppId);
        QCOMPARE(nx->createdDate, flat->createdDate);
        QCOMPARE(nx->publishTime, flat->publishTime);
    }

    void appWriteInputReadsBothShapes()
    {
        auto nested = json::decode<AppWriteInput>(fixture(QStringLiteral("create_app.json")));
        ODAG_VERIFY_OK(nested);
        QCOMPARE(nested->shape, AppWriteInput::Shape::Nested);
        QCOMPARE(nested->name, std::optional<QString>(QStringLiteral("P&L Template")));
        QCOMPARE(nested->spaceId, std::optional<QString>(spaceId));
        auto flat = json::decode<AppWriteInput>(fixture(QStringLiteral("app_create.json")));
        ODAG_VERIFY_OK(flat);
        QCOMPARE(flat->shape, AppWriteInput::Shape::Flat);
        QCOMPARE(flat->name, nested->name);
        QCOMPARE(flat->description, nested->description);
        QCOMPARE(flat->spaceId, nested->spaceId);
    }

    void createAppSendsTheNestedShape()
    {
        const CreateApp body = CreateApp::make(QStringLiteral("Sales"), std::nullopt, spaceId);
        const QJsonObject expected{{QStringLiteral("attributes"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Sales")},
                                                {QStringLiteral("spaceId"), spaceId}}}};
        QCOMPARE(json::encode(body), QJsonValue(expected));
    }

    void metadataReadsCamelCase()
    {
        auto m = json::decode<AppMetadataInfo>(fixture(QStringLiteral("app_metadata_camel.json")));
        ODAG_VERIFY_OK(m);
        QCOMPARE(m->shape, AppMetadataInfo::Shape::CamelCase);
        QCOMPARE(m->fields.size(), 2);
        QCOMPARE(m->fields.at(0).name, QStringLiteral("CostCentre"));
        QVERIFY(m->fields.at(1).isSystem);
        QCOMPARE(m->tables.size(), 2);
        QCOMPARE(m->tables.at(0).rows, std::optional<qint64>(1250000));
        QCOMPARE(m->tables.at(0).byteSize, std::optional<qint64>(96468992));
        QCOMPARE(m->cpuTimeSpentMs, std::optional<qint64>(48211));
        QCOMPARE(m->peakMemoryBytes, std::optional<qint64>(734003200));
        QVERIFY(!m->staticByteSize);
    }

    void metadataReadsSnakeCase()
    {
        auto m = json::decode<AppMetadataInfo>(fixture(QStringLiteral("app_metadata_snake.json")));
        ODAG_VERIFY_OK(m);
        QCOMPARE(m->shape, AppMetadataInfo::Shape::SnakeCase);
        QCOMPARE(m->fields.size(), 1);
        QCOMPARE(m->fields.at(0).sourceTables,
                 QStringList({QStringLiteral("Ledger"), QStringLiteral("CostCentres")}));
        QCOMPARE(m->fields.at(0).cardinal, std::optional<qint64>(412));
        QCOMPARE(m->tables.at(0).rows, std::optional<qint64>(1250000));
        QCOMPARE(m->tables.at(0).keyFields, std::optional<qint64>(2));
        QCOMPARE(m->staticByteSize, std::optional<qint64>(104857600));
        QCOMPARE(m->cpuTimeSpentMs, std::optional<qint64>(48211));
        QCOMPARE(m->snake->reload_meta->hardware->total_memory,
                 std::optional<qint64>(Q_INT64_C(34359738368)));
    }

    void metadataEmptyIsSnakeAndEmpty()
    {
        auto m = json::decode<AppMetadataInfo>(QByteArray("{}"));
        ODAG_VERIFY_OK(m);
        QCOMPARE(m->shape, AppMetadataInfo::Shape::SnakeCase);
        QVERIFY(m->isEmpty());
        QCOMPARE(json::encode(*m), QJsonValue(QJsonObject{}));
    }

    void spaceTypesReadBothShapes()
    {
        auto seed = json::decode<SpaceTypes>(fixture(QStringLiteral("space_types.json")));
        auto real = json::decode<SpaceTypes>(fixture(QStringLiteral("space_types_real.json")));
        ODAG_VERIFY_OK(seed);
        ODAG_VERIFY_OK(real);
        QCOMPARE(seed->types(), real->types());
        QCOMPARE(seed->types().size(), 3);
        QCOMPARE(seed->types().at(1).value(), SpaceType::Managed);
        QVERIFY(seed->data->at(0).value.description.has_value());
        QVERIFY(real->data->at(0).bare);
        QCOMPARE(displayName(real->types().at(0)), QStringLiteral("Shared"));
    }

    void reloadVariablesKeepTheirShape()
    {
        auto array =
            json::decode<ReloadCreate>(fixture(QStringLiteral("reload_create_array.json")));
        auto object =
            json::decode<ReloadCreate>(fixture(QStringLiteral("reload_create_object.json")));
        ODAG_VERIFY_OK(array);
        ODAG_VERIFY_OK(object);
        QCOMPARE(array->variables->shape, ReloadVariables::Shape::Array);
        QCOMPARE(object->variables->shape, ReloadVariables::Shape::Object);
        QCOMPARE(array->variables->list.size(), 2);
        QCOMPARE(object->variables->list.size(), 2);
        QCOMPARE(array->variables->list.at(0).name, QStringLiteral("vRegion"));
        QCOMPARE(array->variables->list.at(0).value, QStringLiteral("EMEA"));

        // A body built by the app goes out as the object the real service takes.
        ReloadCreate body;
        body.appId = appId;
        body.variables =
            ReloadVariables{{ReloadVariable{QStringLiteral("vYear"), QStringLiteral("2024"), {}}},
                            ReloadVariables::Shape::Object};
        const QJsonObject expected{
            {QStringLiteral("appId"), appId},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("vYear"), QStringLiteral("2024")}}}};
        QCOMPARE(json::encode(body), QJsonValue(expected));
        // Exactly 20 is accepted.
        QJsonObject twenty;
        for (int i = 0; i < 20; ++i)
            twenty.insert(QStringLiteral("v%1").arg(i), QString(256, QLatin1Char('x')));
        ODAG_VERIFY_OK(json::decode<ReloadCreate>(QJsonValue(
            QJsonObject{{QStringLiteral("appId"), appId}, {QStringLiteral("variables"), twenty}})));
    }

    void scriptListsReadBothShapes()
    {
        auto seed = json::decode<AppScriptList>(fixture(QStringLiteral("app_scripts_array.json")));
        auto real =
            json::decode<AppScriptList>(fixture(QStringLiteral("app_scripts_history.json")));
        ODAG_VERIFY_OK(seed);
        ODAG_VERIFY_OK(real);
        QVERIFY(!seed->envelope);
        QCOMPARE(seed->scripts.size(), 1);
        QCOMPARE(seed->scripts.at(0).versionId(), QStringLiteral("66c1d2e3f4a5b6c7d8e9f0a1"));
        QVERIFY(seed->scripts.at(0).script->startsWith(QStringLiteral("SET ThousandSep")));
        QCOMPARE(seed->scripts.at(0).modified().raw(), QStringLiteral("2024-06-02T08:30:00.000Z"));
        QVERIFY(seed->nextHref().isEmpty());
        QCOMPARE(real->scripts.size(), 2);
        QCOMPARE(real->scripts.at(0).versionId(), QStringLiteral("66c1d2e3f4a5b6c7d8e9f0a1"));
        QCOMPARE(real->scripts.at(1).size, std::optional<qint64>(1901));
        QVERIFY(real->nextHref().endsWith(QStringLiteral("next=66c1d2e3")));
        QCOMPARE(real->envelope->privileges->size(), 2);
        const auto scalar = json::decode<AppScriptList>(QJsonValue(QStringLiteral("x")));
        QVERIFY(!scalar.ok());
        QCOMPARE(scalar.error().toString(), QStringLiteral("expected array or object"));
    }

    void reloadLogListsReadBothShapes()
    {
        auto seed = json::decode<ReloadLogList>(fixture(QStringLiteral("reload_logs_array.json")));
        auto real =
            json::decode<ReloadLogList>(fixture(QStringLiteral("reload_logs_envelope.json")));
        ODAG_VERIFY_OK(seed);
        ODAG_VERIFY_OK(real);
        QVERIFY(seed->bareArray);
        QVERIFY(!real->bareArray);
        QCOMPARE(seed->logs.at(0).effectiveReloadId(), real->logs.at(0).effectiveReloadId());
        QCOMPARE(seed->logs.at(1).success, std::optional<bool>(false));
        QCOMPARE(real->logs.at(0).duration, std::optional<qint64>(47710));
        QCOMPARE(real->logs.at(0).when().raw(), QStringLiteral("2024-06-10T02:03:44.581Z"));
        QVERIFY(real->logs.at(0).links->log->endsWith(real->logs.at(0).effectiveReloadId()));
    }

    void mediaListsReadBothShapes()
    {
        auto seed = json::decode<AppMediaList>(fixture(QStringLiteral("media_list_array.json")));
        auto real = json::decode<AppMediaList>(fixture(QStringLiteral("media_list_envelope.json")));
        ODAG_VERIFY_OK(seed);
        ODAG_VERIFY_OK(real);
        QCOMPARE(seed->names(),
                 QStringList({QStringLiteral("logo.png"), QStringLiteral("images/header.jpg"),
                              QStringLiteral("images/")}));
        QCOMPARE(real->names(), QStringList({QStringLiteral("logo.png")}));
        QCOMPARE(real->items.at(0).type, std::optional<QString>(QStringLiteral("image")));
        QCOMPARE(real->library, std::optional<QString>(appId));
        // An envelope without data stays without data.
        const QByteArray bare = R"({"library":"x"})";
        auto noData = json::decode<AppMediaList>(bare);
        ODAG_VERIFY_OK(noData);
        QCOMPARE(json::encode(*noData), *json::parse(bare));
    }

    void pagingFollowsLinks()
    {
        auto page = json::decode<SpaceList>(fixture(QStringLiteral("space_list.json")));
        ODAG_VERIFY_OK(page);
        QCOMPARE(page->data.size(), 2);
        QVERIFY(page->hasNext());
        QCOMPARE(page->nextHref(), QStringLiteral("https://acme.eu.qlikcloud.com/api/v1/"
                                                  "spaces?limit=2&next=eyJpZCI6IjYyNzNhOWMxIn0"));
        QVERIFY(page->prevHref().contains(QStringLiteral("prev=")));
        QCOMPARE(page->totalCount(), std::optional<qint64>(17));

        auto items = json::decode<ItemList>(fixture(QStringLiteral("item_list.json")));
        ODAG_VERIFY_OK(items);
        QVERIFY(items->links->extra.contains(QStringLiteral("collection")));
        QVERIFY(!items->totalCount());

        auto last =
            json::decode<ReloadList>(QByteArray(R"({"data":[],"links":{"self":{"href":"x"}}})"));
        ODAG_VERIFY_OK(last);
        QVERIFY(!last->hasNext());
        QVERIFY(last->nextHref().isEmpty());
    }

    void spaceConveniences()
    {
        auto space = json::decode<Space>(fixture(QStringLiteral("space.json")));
        ODAG_VERIFY_OK(space);
        QVERIFY(space->allows(QStringLiteral("publish")));
        QVERIFY(!space->allows(QStringLiteral("link_environment")));
        QCOMPARE(space->meta->assignableRoles->size(), 6);
        QCOMPARE(space->meta->roles->at(1).value(), SpaceRole::Publisher);
        QCOMPARE(displayName(space->meta->roles->at(1)), QStringLiteral("Can publish"));
        QCOMPARE(displayName(*space->type), QStringLiteral("Managed"));

        QVERIFY(spaceNameProblem(QStringLiteral("Finance")).isEmpty());
        QVERIFY(!spaceNameProblem(QString()).isEmpty());
        QVERIFY(!spaceNameProblem(QString(257, QLatin1Char('a'))).isEmpty());
        QVERIFY(!spaceNameProblem(QStringLiteral("a:b")).isEmpty());
    }

    void assignmentUpdateShapes()
    {
        auto both = json::decode<SpaceAssignmentUpdate>(
            fixture(QStringLiteral("space_assignment_update.json")));
        ODAG_VERIFY_OK(both);
        QCOMPARE(both->effectiveRoles().size(), 2);
        auto seedOnly = json::decode<SpaceAssignmentUpdate>(QByteArray(R"({"role":"manager"})"));
        ODAG_VERIFY_OK(seedOnly);
        QCOMPARE(seedOnly->effectiveRoles(), SpaceRoles{SpaceRole::Manager});
        const auto sent = json::encode(
            SpaceAssignmentUpdate::fromRoles({SpaceRole::Consumer, SpaceRole::Publisher}));
        QCOMPARE(sent, QJsonValue(QJsonObject{
                           {QStringLiteral("roles"),
                            QJsonArray{QStringLiteral("consumer"), QStringLiteral("publisher")}}}));
        QCOMPARE(displayName(OpenEnum<AssigneeType>(AssigneeType::Group)), QStringLiteral("Group"));
    }

    void jsonPatchReplace()
    {
        const JsonPatchList ops{
            JsonPatch::replace(QStringLiteral("/name"), QStringLiteral("EMEA"))};
        QCOMPARE(
            json::encode(ops),
            QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                              {QStringLiteral("path"), QStringLiteral("/name")},
                                              {QStringLiteral("value"), QStringLiteral("EMEA")}}}));
    }

    void itemConveniences()
    {
        auto item = json::decode<Item>(fixture(QStringLiteral("item.json")));
        ODAG_VERIFY_OK(item);
        QVERIFY(item->isApp());
        QCOMPARE(item->appId(), appId);
        QVERIFY(item->isPublished());
        QCOMPARE(item->resourceAttribute(QStringLiteral("usage")).toString(),
                 QStringLiteral("ANALYTICS"));
        QVERIFY(item->resourceCustomAttributes.isNull());
        QCOMPARE(item->resourceSize->appMemory, std::optional<qint64>(52428800));
        QCOMPARE(item->meta.tags.at(0).name, QStringLiteral("ODAG"));
        // noActions=true: the service leaves `actions` out.
        QJsonObject noActions = json::parse(fixture(QStringLiteral("item.json")))->toObject();
        noActions.remove(QStringLiteral("actions"));
        auto lean = json::decode<Item>(QJsonValue(noActions));
        ODAG_VERIFY_OK(lean);
        QVERIFY(!lean->actions);
    }

    void reloadStatusIsFinal_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("final");
        QTest::addColumn<QString>("display");
        QTest::newRow("queued") << QStringLiteral("QUEUED") << false << QStringLiteral("Queued");
        QTest::newRow("reloading")
            << QStringLiteral("RELOADING") << false << QStringLiteral("Reloading");
        QTest::newRow("canceling")
            << QStringLiteral("CANCELING") << false << QStringLiteral("Canceling");
        QTest::newRow("succeeded")
            << QStringLiteral("SUCCEEDED") << true << QStringLiteral("Succeeded");
        QTest::newRow("failed") << QStringLiteral("FAILED") << true << QStringLiteral("Failed");
        QTest::newRow("canceled") << QStringLiteral("CANCELED") << true
                                  << QStringLiteral("Canceled");
        QTest::newRow("exceeded") << QStringLiteral("EXCEEDED_LIMIT") << true
                                  << QStringLiteral("Exceeded limit");
        QTest::newRow("unknown") << QStringLiteral("ARCHIVED") << false
                                 << QStringLiteral("ARCHIVED");
    }

    void reloadStatusIsFinal()
    {
        QFETCH(QString, raw);
        QFETCH(bool, final);
        QFETCH(QString, display);
        const auto status = OpenEnum<ReloadStatus>::fromRaw(raw);
        QCOMPARE(isFinal(status), final);
        QCOMPARE(displayName(status), display);
    }

    void reloadFields()
    {
        auto r = json::decode<Reload>(fixture(QStringLiteral("reload.json")));
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->status->value(), ReloadStatus::Succeeded);
        QCOMPARE(r->type->value(), ReloadType::External);
        QVERIFY(r->isFinished());
        QCOMPARE(displayName(*r->type), QStringLiteral("API"));
        QCOMPARE(r->weight, std::optional<int>(1));
        QVERIFY(r->links->self->href.endsWith(*r->id));
    }

    void errorResponseStatus()
    {
        auto e = json::decode<ErrorResponse>(fixture(QStringLiteral("error_response.json")));
        ODAG_VERIFY_OK(e);
        QCOMPARE(e->first()->httpStatus(), 409);
        QCOMPARE(e->first()->code, std::optional<QString>(QStringLiteral("SPACES-409")));
        QCOMPARE(e->traceId,
                 std::optional<QString>(QStringLiteral("6f4e2a1b9c8d7e6f5a4b3c2d1e0f9a8b")));
        auto numeric =
            json::decode<ErrorResponse>(QByteArray(R"({"errors":[{"code":"X","status":404}]})"));
        ODAG_VERIFY_OK(numeric);
        QCOMPARE(numeric->first()->httpStatus(), 404);
        auto empty = json::decode<ErrorResponse>(QByteArray("{}"));
        ODAG_VERIFY_OK(empty);
        QVERIFY(!empty->first());
    }

    void engineShapes()
    {
        auto h = json::decode<HealthcheckStatus>(fixture(QStringLiteral("healthcheck.json")));
        ODAG_VERIFY_OK(h);
        QCOMPARE(h->version, std::optional<QString>(QStringLiteral("12.268.0")));
        QCOMPARE(h->mem->free, std::optional<double>(14336.0));
        QCOMPARE(h->apps->loaded_docs->size(), 2);
        QCOMPARE(h->cache->bytes_added, std::optional<qint64>(268435456));
        QCOMPARE(h->saturated, std::optional<bool>(false));
        auto sessions =
            json::decode<EngineSessionList>(fixture(QStringLiteral("engine_sessions.json")));
        ODAG_VERIFY_OK(sessions);
        QCOMPARE(sessions->size(), 2);
        QCOMPARE(sessions->at(1).state->value(), EngineSessionState::Stalled);
        QCOMPARE(displayName(*sessions->at(0).state), QStringLiteral("Active"));
        QCOMPARE(engineHealthFromStatus(200), EngineHealth::Healthy);
        QCOMPARE(engineHealthFromStatus(429), EngineHealth::Busy);
        QCOMPARE(engineHealthFromStatus(503), EngineHealth::Unhealthy);
        QVERIFY(!displayName(EngineHealth::Busy).isEmpty());
    }

    void appUsageDisplay()
    {
        QCOMPARE(displayName(OpenEnum<AppUsageType>(AppUsageType::DataPreparation)),
                 QStringLiteral("Data preparation"));
        QCOMPARE(displayName(OpenEnum<AppUsageType>::fromRaw(QStringLiteral("NEW_KIND"))),
                 QStringLiteral("NEW_KIND"));
    }
};

ODAG_TEST_MAIN(TestV1Shapes)
#include "tst_v1_shapes.moc"
