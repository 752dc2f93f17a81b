// Every /api/v1 and engine shape against a realistic fixture with every field present:
// decode, re-encode, and compare with the file; then broken documents, whose errors
// must name the path of the offending value.

#include "TestMain.h"
#include "core/AppData.h"
#include "core/Apps.h"
#include "core/Engine.h"
#include "core/ErrorResponse.h"
#include "core/Items.h"
#include "core/Reloads.h"
#include "core/Spaces.h"

#include <QFile>
#include <QHash>

#include <functional>

using namespace odag;

namespace {

using Codec = std::function<Result<QJsonValue>(const QByteArray &)>;

template <class T> Codec codec()
{
    return [](const QByteArray &bytes) -> Result<QJsonValue> {
        auto decoded = json::decode<T>(bytes);
        if (!decoded)
            return decoded.error();
        return json::encode(*decoded);
    };
}

const QHash<QString, Codec> &codecs()
{
    static const QHash<QString, Codec> table{
        {QStringLiteral("Space"), codec<Space>()},
        {QStringLiteral("SpaceList"), codec<SpaceList>()},
        {QStringLiteral("SpaceCreate"), codec<SpaceCreate>()},
        {QStringLiteral("SpaceUpdate"), codec<SpaceUpdate>()},
        {QStringLiteral("JsonPatchList"), codec<JsonPatchList>()},
        {QStringLiteral("SpaceAssignment"), codec<SpaceAssignment>()},
        {QStringLiteral("SpaceAssignmentList"), codec<SpaceAssignmentList>()},
        {QStringLiteral("SpaceAssignmentCreate"), codec<SpaceAssignmentCreate>()},
        {QStringLiteral("SpaceAssignmentUpdate"), codec<SpaceAssignmentUpdate>()},
        {QStringLiteral("SpaceTypes"), codec<SpaceTypes>()},
        {QStringLiteral("Item"), codec<Item>()},
        {QStringLiteral("ItemList"), codec<ItemList>()},
        {QStringLiteral("AppAttributes"), codec<AppAttributes>()},
        {QStringLiteral("AppCreate"), codec<AppCreate>()},
        {QStringLiteral("AppUpdate"), codec<AppUpdate>()},
        {QStringLiteral("AppCopy"), codec<AppCopy>()},
        {QStringLiteral("NxApp"), codec<NxApp>()},
        {QStringLiteral("AppInfo"), codec<AppInfo>()},
        {QStringLiteral("AppWriteInput"), codec<AppWriteInput>()},
        {QStringLiteral("CreateApp"), codec<CreateApp>()},
        {QStringLiteral("UpdateApp"), codec<UpdateApp>()},
        {QStringLiteral("AppPublish"), codec<AppPublish>()},
        {QStringLiteral("AppRepublish"), codec<AppRepublish>()},
        {QStringLiteral("AppOwnerUpdate"), codec<AppOwnerUpdate>()},
        {QStringLiteral("AppSpaceUpdate"), codec<AppSpaceUpdate>()},
        {QStringLiteral("AppExportRequest"), codec<AppExportRequest>()},
        {QStringLiteral("AppExportAnswer"), codec<AppExportAnswer>()},
        {QStringLiteral("AppDataMetadata"), codec<AppDataMetadata>()},
        {QStringLiteral("DataModelMetadata"), codec<DataModelMetadata>()},
        {QStringLiteral("AppMetadataInfo"), codec<AppMetadataInfo>()},
        {QStringLiteral("AppDataLineageList"), codec<AppDataLineageList>()},
        {QStringLiteral("AppScriptList"), codec<AppScriptList>()},
        {QStringLiteral("AppScriptSet"), codec<AppScriptSet>()},
        {QStringLiteral("ReloadLogList"), codec<ReloadLogList>()},
        {QStringLiteral("AppMediaList"), codec<AppMediaList>()},
        {QStringLiteral("Reload"), codec<Reload>()},
        {QStringLiteral("ReloadList"), codec<ReloadList>()},
        {QStringLiteral("ReloadCreate"), codec<ReloadCreate>()},
        {QStringLiteral("ReloadStatusAnswer"), codec<ReloadStatusAnswer>()},
        {QStringLiteral("ErrorResponse"), codec<ErrorResponse>()},
        {QStringLiteral("HealthcheckStatus"), codec<HealthcheckStatus>()},
        {QStringLiteral("EngineSessionList"), codec<EngineSessionList>()},
        {QStringLiteral("QStringList"), codec<QStringList>()},
    };
    return table;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ODAG_TEST_DATA_DIR "/v1/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestV1RoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        const QList<QPair<const char *, const char *>> rows{
            {"space.json", "Space"},
            {"space_list.json", "SpaceList"},
            {"space_create.json", "SpaceCreate"},
            {"space_update.json", "SpaceUpdate"},
            {"json_patch.json", "JsonPatchList"},
            {"space_assignment.json", "SpaceAssignment"},
            {"space_assignment_list.json", "SpaceAssignmentList"},
            {"space_assignment_create.json", "SpaceAssignmentCreate"},
            {"space_assignment_update.json", "SpaceAssignmentUpdate"},
            {"space_types.json", "SpaceTypes"},
            {"space_types_real.json", "SpaceTypes"},
            {"item.json", "Item"},
            {"item_list.json", "ItemList"},
            {"app_attributes.json", "AppAttributes"},
            {"app_attributes.json", "AppInfo"},
            {"app_create.json", "AppCreate"},
            {"app_create.json", "AppWriteInput"},
            {"app_update.json", "AppUpdate"},
            {"app_copy.json", "AppCopy"},
            {"nx_app.json", "NxApp"},
            {"nx_app.json", "AppInfo"},
            {"create_app.json", "CreateApp"},
            {"create_app.json", "AppWriteInput"},
            {"update_app.json", "UpdateApp"},
            {"app_publish.json", "AppPublish"},
            {"app_republish.json", "AppRepublish"},
            {"app_owner.json", "AppOwnerUpdate"},
            {"app_space.json", "AppSpaceUpdate"},
            {"app_export_request.json", "AppExportRequest"},
            {"app_export_answer.json", "AppExportAnswer"},
            {"app_metadata_camel.json", "AppDataMetadata"},
            {"app_metadata_camel.json", "AppMetadataInfo"},
            {"app_metadata_snake.json", "DataModelMetadata"},
            {"app_metadata_snake.json", "AppMetadataInfo"},
            {"app_lineage.json", "AppDataLineageList"},
            {"app_scripts_array.json", "AppScriptList"},
            {"app_scripts_history.json", "AppScriptList"},
            {"app_script_set.json", "AppScriptSet"},
            {"reload_logs_array.json", "ReloadLogList"},
            {"reload_logs_envelope.json", "ReloadLogList"},
            {"media_list_array.json", "AppMediaList"},
            {"media_list_envelope.json", "AppMediaList"},
            {"reload.json", "Reload"},
            {"reload_list.json", "ReloadList"},
            {"reload_create_array.json", "ReloadCreate"},
            {"reload_create_object.json", "ReloadCreate"},
            {"reload_cancel_202.json", "ReloadStatusAnswer"},
            {"error_response.json", "ErrorResponse"},
            {"healthcheck.json", "HealthcheckStatus"},
            {"engine_sessions.json", "EngineSessionList"},
            {"apps_privileges.json", "QStringList"},
        };
        for (const auto &[file, type] : rows) {
            QTest::addRow("%s as %s", file, type)
                << QString::fromLatin1(file) << QString::fromLatin1(type);
        }
    }

    void fixtureRoundTrips()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        const QByteArray bytes = fixture(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        QVERIFY(codecs().contains(type));
        const auto original = json::parse(bytes);
        ODAG_VERIFY_OK(original);
        const auto reencoded = codecs().value(type)(bytes);
        ODAG_VERIFY_OK(reencoded);
        QCOMPARE(*reencoded, *original);
    }

    // Every fixture field is known to its type: nothing fell into `extra` by a typo.
    void fixturesUseOnlyKnownFields()
    {
        auto space = json::decode<Space>(fixture(QStringLiteral("space.json")));
        ODAG_VERIFY_OK(space);
        QVERIFY(space->extra.isEmpty());
        QVERIFY(space->meta->extra.isEmpty());
        auto item = json::decode<Item>(fixture(QStringLiteral("item.json")));
        ODAG_VERIFY_OK(item);
        QVERIFY(item->extra.isEmpty());
        QVERIFY(item->links.extra.isEmpty());
        auto flat = json::decode<AppAttributes>(fixture(QStringLiteral("app_attributes.json")));
        ODAG_VERIFY_OK(flat);
        QVERIFY(flat->extra.isEmpty());
        auto reload = json::decode<Reload>(fixture(QStringLiteral("reload.json")));
        ODAG_VERIFY_OK(reload);
        QVERIFY(reload->extra.isEmpty());
        auto snake =
            json::decode<DataModelMetadata>(fixture(QStringLiteral("app_metadata_snake.json")));
        ODAG_VERIFY_OK(snake);
        QVERIFY(snake->extra.isEmpty());
        QVERIFY(snake->fields_->first().extra.isEmpty());
        QVERIFY(snake->tables->first().extra.isEmpty());
        QVERIFY(snake->reload_meta->extra.isEmpty());
        auto health = json::decode<HealthcheckStatus>(fixture(QStringLiteral("healthcheck.json")));
        ODAG_VERIFY_OK(health);
        QVERIFY(health->extra.isEmpty());
        QVERIFY(health->apps->extra.isEmpty());
        QVERIFY(health->cache->extra.isEmpty());
        auto err = json::decode<ErrorResponse>(fixture(QStringLiteral("error_response.json")));
        ODAG_VERIFY_OK(err);
        QVERIFY(err->extra.isEmpty());
        QVERIFY(err->errors->first().extra.isEmpty());
    }

    void unknownFieldsAndValuesSurvive()
    {
        const QByteArray in =
            R"({"id":"62716f4b39b865ece543cd45","type":"personal","future":{"a":[1,2]},
            "meta":{"roles":["superuser"],"actions":["read"],"newMeta":true}})";
        auto space = json::decode<Space>(in);
        ODAG_VERIFY_OK(space);
        QCOMPARE(space->type->value(), SpaceType::Unknown);
        QCOMPARE(space->type->raw(), QStringLiteral("personal"));
        QCOMPARE(displayName(*space->type), QStringLiteral("personal"));
        QCOMPARE(space->meta->roles->first().value(), SpaceRole::Unknown);
        QCOMPARE(space->extra.value(QStringLiteral("future"))
                     .toObject()
                     .value(QStringLiteral("a"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(json::encode(*space), *json::parse(in));

        const QByteArray reload =
            R"({"id":"65b2f1e0c9d8a7b6c5d4e3f2","status":"PAUSED","type":"webhook","x":null})";
        auto r = json::decode<Reload>(reload);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->status->value(), ReloadStatus::Unknown);
        QVERIFY(!r->isFinished());
        QCOMPARE(displayName(*r->status), QStringLiteral("PAUSED"));
        QCOMPARE(displayName(*r->type), QStringLiteral("webhook"));
        QCOMPARE(json::encode(*r), *json::parse(reload));
    }

    void errorsNameThePath_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space list owner")
            << QStringLiteral("SpaceList") << QByteArray(R"({"data":[{},{},{"ownerId":5}]})")
            << QStringLiteral("data[2].ownerId: expected string");
        QTest::newRow("camel table rows")
            << QStringLiteral("AppMetadataInfo")
            << QByteArray(R"({"tables":[{"name":"T","noOfRows":"12"}]})")
            << QStringLiteral("tables[0].noOfRows: expected integer");
        QTest::newRow("snake table rows")
            << QStringLiteral("AppMetadataInfo")
            << QByteArray(R"({"tables":[{"name":"T","no_of_rows":1.5}]})")
            << QStringLiteral("tables[0].no_of_rows: expected integer");
        QTest::newRow("nx published")
            << QStringLiteral("AppInfo")
            << QByteArray(R"({"attributes":{"id":"a","published":"yes"}})")
            << QStringLiteral("attributes.published: expected boolean");
        QTest::newRow("flat published")
            << QStringLiteral("AppInfo") << QByteArray(R"({"published":1})")
            << QStringLiteral("published: expected boolean");
        QTest::newRow("item id missing")
            << QStringLiteral("ItemList") << QByteArray(R"({"data":[{"name":"x"}]})")
            << QStringLiteral("data[0].collectionIds: missing required field");
        QTest::newRow("too many variables") << QStringLiteral("ReloadCreate") << [] {
            QJsonObject vars;
            for (int i = 0; i < 21; ++i)
                vars.insert(QStringLiteral("v%1").arg(i), QStringLiteral("x"));
            return json::toBytes(QJsonObject{{QStringLiteral("appId"), QStringLiteral("a")},
                                             {QStringLiteral("variables"), vars}});
        }() << QStringLiteral("variables: at most 20 variables are allowed, got 21");
        QTest::newRow("variable value type")
            << QStringLiteral("ReloadCreate")
            << QByteArray(R"({"appId":"a","variables":{"vYear":2024}})")
            << QStringLiteral("variables.vYear: expected string");
        QTest::newRow("variable array value")
            << QStringLiteral("ReloadCreate")
            << QByteArray(R"({"appId":"a","variables":[{"name":"x"}]})")
            << QStringLiteral("variables[0].value: missing required field");
        QTest::newRow("variable name length")
            << QStringLiteral("ReloadCreate")
            << json::toBytes(QJsonObject{
                   {QStringLiteral("appId"), QStringLiteral("a")},
                   {QStringLiteral("variables"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QString(257, QLatin1Char('n'))},
                                           {QStringLiteral("value"), QStringLiteral("1")}}}}})
            << QStringLiteral("variables[0]: the variable name is longer than 256 characters");
        QTest::newRow("reload appId")
            << QStringLiteral("ReloadCreate") << QByteArray(R"({"partial":true})")
            << QStringLiteral("appId: missing required field");
        QTest::newRow("space type entry")
            << QStringLiteral("SpaceTypes") << QByteArray(R"({"data":["shared",1]})")
            << QStringLiteral("data[1]: expected string or object");
        QTest::newRow("space name")
            << QStringLiteral("SpaceCreate") << QByteArray(R"({"name":"a/b","type":"shared"})")
            << QStringLiteral("name: The space name may not contain /.");
        QTest::newRow("assignment roles")
            << QStringLiteral("SpaceAssignmentCreate")
            << QByteArray(R"({"type":"user","assigneeId":"u","roles":[]})")
            << QStringLiteral("roles: at least one role is required");
        QTest::newRow("assignment role type")
            << QStringLiteral("SpaceAssignmentList")
            << QByteArray(R"({"data":[{"roles":["consumer",7]}]})")
            << QStringLiteral("data[0].roles[1]: expected string");
        QTest::newRow("health session")
            << QStringLiteral("HealthcheckStatus") << QByteArray(R"({"session":{"active":"3"}})")
            << QStringLiteral("session.active: expected integer");
        QTest::newRow("script size") << QStringLiteral("AppScriptList")
                                     << QByteArray(R"({"scripts":[{"scriptId":"s","size":"big"}]})")
                                     << QStringLiteral("scripts[0].size: expected integer");
        QTest::newRow("log success")
            << QStringLiteral("ReloadLogList") << QByteArray(R"([{"id":"r","success":"true"}])")
            << QStringLiteral("[0].success: expected boolean");
        QTest::newRow("log envelope")
            << QStringLiteral("ReloadLogList") << QByteArray(R"({"data":[{"links":{"log":{}}}]})")
            << QStringLiteral("data[0].links.log: expected string");
        QTest::newRow("media entry")
            << QStringLiteral("AppMediaList") << QByteArray(R"(["a.png",1])")
            << QStringLiteral("[1]: expected string");
        QTest::newRow("reload time")
            << QStringLiteral("Reload") << QByteArray(R"({"creationTime":"yesterday"})")
            << QStringLiteral("creationTime: expected ISO 8601 date-time, got \"yesterday\"");
        QTest::newRow("app write name")
            << QStringLiteral("AppWriteInput") << QByteArray(R"({"attributes":{"name":3}})")
            << QStringLiteral("attributes.name: expected string");
        QTest::newRow("app create name")
            << QStringLiteral("AppCreate") << QByteArray(R"({"name":""})")
            << QStringLiteral("name: the app name is empty");
        QTest::newRow("sessions ttl")
            << QStringLiteral("EngineSessionList") << QByteArray(R"([{"sessionid":"s","ttl":0.5}])")
            << QStringLiteral("[0].ttl: expected integer");
        QTest::newRow("paging href") << QStringLiteral("ReloadList")
                                     << QByteArray(R"({"data":[],"links":{"next":{"href":null}}})")
                                     << QStringLiteral("links.next.href: expected string");
        QTest::newRow("patch op") << QStringLiteral("JsonPatchList")
                                  << QByteArray(R"([{"op":"replace"}])")
                                  << QStringLiteral("[0].path: missing required field");
    }

    void errorsNameThePath()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, doc);
        QFETCH(QString, expected);
        QVERIFY(codecs().contains(type));
        const auto result = codecs().value(type)(doc);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(), expected);
    }
};

ODAG_TEST_MAIN(TestV1RoundTrip)
#include "tst_v1_roundtrip.moc"
