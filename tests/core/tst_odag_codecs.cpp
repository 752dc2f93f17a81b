// The ODAG codecs against every example payload of the seeds: each decodes, re-encodes
// to the same JSON, and (for the seed examples) leaves no member untyped; malformed
// input fails with the path of the bad value; unknown members and values survive.

#include "OdagFixtures.h"
#include "TestMain.h"
#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/OdagTenant.h"
#include "core/QseOdag.h"

#include <QDir>
#include <QHash>

using namespace odag;
using odagtest::asDocument;
using odagtest::fixture;
using odagtest::setAt;

namespace {

template <class T> struct IsList : std::false_type
{
};
template <class T> struct IsList<QList<T>> : std::true_type
{
};

// Lists every `extra` member that is not empty, anywhere in a decoded value: for a seed
// example that must be none, which proves every documented member has a typed field.
class ExtraFinder
{
public:
    template <class T> void visit(const T &v, const QString &path)
    {
        if constexpr (std::is_same_v<T, QseLinkResult>) {
            visit(v.objectDef, path + QStringLiteral(".objectDef"));
            visit(v.feedback, path + QStringLiteral(".feedback"));
        } else if constexpr (requires { v.extra; }) {
            if (!v.extra.isEmpty())
                m_found.push_back(path + QStringLiteral(": ") +
                                  v.extra.keys().join(QLatin1Char(',')));
            Walker<T> walker{*this, v, path};
            T::fields(walker);
        } else if constexpr (json::IsOptional<T>::value) {
            if (v)
                visit(*v, path);
        } else if constexpr (IsList<T>::value) {
            for (qsizetype i = 0; i < v.size(); ++i)
                visit(v.at(i), path + QStringLiteral("[%1]").arg(i));
        } else if constexpr (std::is_same_v<T, QseOwner>) {
            if (const auto *u = std::get_if<QseUser>(&v.value))
                visit(*u, path);
        }
    }

    QStringList found() const { return m_found; }

private:
    template <class S> struct Walker
    {
        ExtraFinder &finder;
        const S &s;
        QString path;
        template <class M> void operator()(const char *key, M S::*member)
        {
            finder.visit(s.*member, path + QLatin1Char('.') + QString::fromLatin1(key));
        }
    };

    QStringList m_found;
};

struct Codec
{
    // Decodes and re-encodes; on success also lists the untyped members met.
    std::function<Result<QJsonValue>(const QJsonValue &, QStringList *)> roundTrip;
};

template <class T> Codec codecFor()
{
    return Codec{[](const QJsonValue &in, QStringList *untyped) -> Result<QJsonValue> {
        auto decoded = json::decode<T>(in);
        if (!decoded)
            return decoded.error();
        if (untyped) {
            ExtraFinder finder;
            finder.visit(*decoded, QStringLiteral("$"));
            *untyped = finder.found();
        }
        return json::encode(*decoded);
    }};
}

const QHash<QString, Codec> &codecs()
{
    static const QHash<QString, Codec> table{
        {QStringLiteral("LinkStateFull"), codecFor<LinkStateFull>()},
        {QStringLiteral("LinkStateFull[]"), codecFor<QList<LinkStateFull>>()},
        {QStringLiteral("LinkAddPayload"), codecFor<LinkAddPayload>()},
        {QStringLiteral("LinkPutPayload"), codecFor<LinkPutPayload>()},
        {QStringLiteral("LinkStateRef[]"), codecFor<QList<LinkStateRef>>()},
        {QStringLiteral("SelAppLinkUsagePayload"), codecFor<SelAppLinkUsagePayload>()},
        {QStringLiteral("CanCreateLinks"), codecFor<CanCreateLinks>()},
        {QStringLiteral("RequestObject"), codecFor<RequestObject>()},
        {QStringLiteral("RequestObject[]"), codecFor<QList<RequestObject>>()},
        {QStringLiteral("RequestPostPayload"), codecFor<RequestPostPayload>()},
        {QStringLiteral("SelectionState"), codecFor<SelectionState>()},
        {QStringLiteral("ReloadAppPayload"), codecFor<ReloadAppPayload>()},
        {QStringLiteral("RenameAppPayload"), codecFor<RenameAppPayload>()},
        {QStringLiteral("ErrorV2"), codecFor<ErrorV2>()},
        {QStringLiteral("OdagApps"), codecFor<OdagApps>()},
        {QStringLiteral("OdagSettings"), codecFor<OdagSettings>()},
        {QStringLiteral("CanUpdateSettings"), codecFor<CanUpdateSettings>()},
        {QStringLiteral("QseAbout"), codecFor<QseAbout>()},
        {QStringLiteral("QseError"), codecFor<QseError>()},
        {QStringLiteral("QseLink"), codecFor<QseLink>()},
        {QStringLiteral("QseLink[]"), codecFor<QList<QseLink>>()},
        {QStringLiteral("QseLinkCreate"), codecFor<QseLinkCreate>()},
        {QStringLiteral("QseLinkUpdate"), codecFor<QseLinkUpdate>()},
        {QStringLiteral("QseLinkResult"), codecFor<QseLinkResult>()},
        {QStringLiteral("QseRequest"), codecFor<QseRequest>()},
        {QStringLiteral("QseRequest[]"), codecFor<QList<QseRequest>>()},
        {QStringLiteral("QseRequestCreate"), codecFor<QseRequestCreate>()},
        {QStringLiteral("QseRequestUpdate"), codecFor<QseRequestUpdate>()},
        {QStringLiteral("QseRenamePayload"), codecFor<QseRenamePayload>()},
    };
    return table;
}

struct FixtureRow
{
    const char *file;
    const char *type;
    bool allTyped; // a seed example: every member must land in a typed field
};

// Every file in tests/data/odag, with the type it holds.
constexpr FixtureRow fixtureRows[] = {
    // seed 002 (odag-links page): example responses and request bodies
    {"links_list.response.json", "LinkStateFull[]", true},
    {"link_create.request.json", "LinkAddPayload", true},
    {"link_create.response.json", "LinkStateFull", true},
    {"link_get.response.json", "LinkStateFull", true},
    {"link_update.request.json", "LinkPutPayload", true},
    {"link_update.response.json", "LinkStateFull", true},
    {"link_requests_list.response.json", "RequestObject[]", true},
    {"link_request_submit.request.json", "RequestPostPayload", true},
    {"link_request_submit.response.json", "RequestObject", true},
    {"link_cancreate.response.json", "CanCreateLinks", true},
    {"link_usages.request.json", "SelAppLinkUsagePayload", true},
    {"link_usages.response.json", "LinkStateRef[]", true},
    // seed 000 (odag-requests): built from the schemas' members and examples
    {"request.response.json", "RequestObject", true},
    {"request_selections.response.json", "SelectionState", true},
    {"request_reload_app.request.json", "ReloadAppPayload", true},
    {"request_rename_app.request.json", "RenameAppPayload", true},
    {"error_v2.json", "ErrorV2", true},
    {"error_v2_409.json", "ErrorV2", true},
    // odag-apps / odag-settings (TS client types)
    {"odag_apps.response.json", "OdagApps", true},
    {"odag_settings.response.json", "OdagSettings", true},
    {"odag_settings.request.json", "OdagSettings", true},
    {"odag_settings_canupdate.response.json", "CanUpdateSettings", true},
    // seed 001 (QSE), and the real-server shapes of API-NOTES.md
    {"qse_about.response.json", "QseAbout", true},
    {"qse_error.json", "QseError", true},
    {"qse_link_seed.response.json", "QseLink", true},
    {"qse_link_real.response.json", "QseLink", false},
    {"qse_links_list.response.json", "QseLink[]", false},
    {"qse_link_create.request.json", "QseLinkCreate", true},
    {"qse_link_update.request.json", "QseLinkUpdate", true},
    {"qse_link_create_answer_plain.response.json", "QseLinkResult", true},
    {"qse_link_create_answer_wrapped.response.json", "QseLinkResult", false},
    {"qse_request.response.json", "QseRequest", true},
    {"qse_requests_list.response.json", "QseRequest[]", true},
    {"qse_request_create.request.json", "QseRequestCreate", true},
    {"qse_request_update.request.json", "QseRequestUpdate", true},
    {"qse_rename_app.request.json", "QseRenamePayload", true},
};

Result<QJsonValue> roundTrip(const QString &type, const QJsonValue &in,
                             QStringList *untyped = nullptr)
{
    return codecs().value(type).roundTrip(in, untyped);
}

} // namespace

class TestOdagCodecs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixtureIsListed()
    {
        QStringList listed;
        for (const FixtureRow &row : fixtureRows) {
            listed.push_back(QString::fromLatin1(row.file));
            QVERIFY2(codecs().contains(QString::fromLatin1(row.type)), row.type);
        }
        const QStringList present = QDir(odagtest::fixturePath(QString()))
                                        .entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(present.size() >= 30);
        for (const QString &file : present)
            QVERIFY2(listed.contains(file),
                     qPrintable(file + QStringLiteral(" has no round-trip row")));
    }

    void roundTripsFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allTyped");
        for (const FixtureRow &row : fixtureRows)
            QTest::newRow(row.file)
                << QString::fromLatin1(row.file) << QString::fromLatin1(row.type) << row.allTyped;
    }

    void roundTripsFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(bool, allTyped);
        const QJsonValue in = fixture(file);
        QVERIFY(in.isObject() || in.isArray());
        QStringList untyped;
        const auto out = roundTrip(type, in, &untyped);
        ODAG_VERIFY_OK(out);
        QCOMPARE(asDocument(*out), asDocument(in));
        if (allTyped)
            QVERIFY2(untyped.isEmpty(), qPrintable(untyped.join(QStringLiteral("; "))));
    }

    void decodesSeedLinkValues()
    {
        const auto link =
            json::decode<LinkStateFull>(fixture(QStringLiteral("link_get.response.json")));
        ODAG_VERIFY_OK(link);
        QCOMPARE(link->name, QStringLiteral("ODAG Link name"));
        QCOMPARE(link->owner.id, QStringLiteral("wcgIs6wGcDdyzep9QmyopWvNH1FJTOhh"));
        QCOMPARE(link->status.value(), LinkStatus::Active);
        QCOMPARE(link->templateApp.name, QStringLiteral("appname"));
        QVERIFY(link->createdDate.isValid());
        QCOMPARE(link->createdDate.toDateTime(),
                 QDateTime(QDate(2025, 11, 11), QTime(13, 45, 30), Qt::UTC));
        QCOMPARE(link->bindings->at(0).selectAppParamType.value(), SelectAppParamType::Field);
        QCOMPARE(link->bindings->at(0).range->lowerBound, std::optional<int>(42));
        QCOMPARE(link->bindings->at(0).formatting->effectiveQuote(), QStringLiteral("'"));
        const LinkProperties &p = link->properties;
        QCOMPARE(p.rowEstRange.at(0).highBound, qint64(42));
        QCOMPARE(p.rowEstRange.at(0).lowBound, std::optional<qint64>(42));
        QCOMPARE(p.limitPolicy->at(0).limitPolicy.value(), LimitPolicy::Restrict);
        QCOMPARE(p.appOpenMethod->at(0).openMethod.value(), AppOpenMethod::Tab);
        QCOMPARE(p.genAppName->at(0).params->at(0).value(), AppNameParameter::TemplateAppName);
        QCOMPARE(p.overrideGenAppLimit->at(0).overrideGenAppLimit, std::optional<bool>(false));
        QCOMPARE(p.targetSheet->at(0).sheetName, std::optional<QString>(QStringLiteral("string")));
        QCOMPARE(link->templateAppChartObjects->size(), 1);
        QCOMPARE(link->genAppAccessible, std::optional<bool>(true));
    }

    void decodesSeedRequestValues()
    {
        const auto r = json::decode<RequestObject>(
            fixture(QStringLiteral("link_request_submit.response.json")));
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->kind.value(), RequestKind::Single);
        QCOMPARE(r->state.value(), RequestState::Validating);
        QCOMPARE(r->loadState->status->value(), DataLoadStatus::Pending);
        QCOMPARE(r->loadState->loadHost, QStringLiteral("string"));
        QCOMPARE(r->bindingStateHash, std::optional<qint64>(42));
        QCOMPARE(r->validation, std::optional<QStringList>(QStringList{QStringLiteral("string")}));
        QCOMPARE(r->generatedApp->name, QStringLiteral("appname"));
        QCOMPARE(r->loadDurationMs(), std::optional<qint64>(0));

        const auto sel = json::decode<SelectionState>(
            fixture(QStringLiteral("request_selections.response.json")));
        ODAG_VERIFY_OK(sel);
        QCOMPARE(sel->size(), 1);
        QCOMPARE(sel->at(0).values.at(0).selStatus.value(), SelectStatus::Selected);
        QCOMPARE(sel->at(0).count(SelectStatus::Selected), 1);
    }

    void keepsWideIntegers()
    {
        // 64-bit hashes and row estimates above 2^31 must not be cut to int.
        QJsonValue in = fixture(QStringLiteral("request.response.json"));
        in = setAt(in, QStringLiteral("selectionStateHash"),
                   QJsonValue(qint64(-7046029254386353131)));
        in = setAt(in, QStringLiteral("actualRowEst"), QJsonValue(qint64(5000000000)));
        const auto r = json::decode<RequestObject>(in);
        ODAG_VERIFY_OK(r);
        QCOMPARE(*r->selectionStateHash, qint64(-7046029254386353131));
        QCOMPARE(*r->actualRowEst, qint64(5000000000));
        QCOMPARE(asDocument(json::encode(*r)), asDocument(in));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QByteArray>("value"); // JSON, or empty to remove the member
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QString link = QStringLiteral("link_get.response.json");
        const QString request = QStringLiteral("request.response.json");
        const QString integer = json::expectedMessage("integer");
        const QString missing = json::missingMessage();
        auto row = [](const char *name, const QString &file, const char *type, const char *at,
                      const QByteArray &value, const char *path, const QString &message) {
            QTest::newRow(name) << file << QString::fromLatin1(type) << QString::fromLatin1(at)
                                << value << QString::fromLatin1(path) << message;
        };
        row("rowEstRange high bound as text", link, "LinkStateFull", "properties.rowEstRange[1]",
            R"({"context":"User.name = joe","lowBound":0,"highBound":"1000"})",
            "properties.rowEstRange[1].highBound", integer);
        row("rowEstRange high bound fractional", link, "LinkStateFull",
            "properties.rowEstRange[0].highBound", "1.5", "properties.rowEstRange[0].highBound",
            integer);
        row("owner without id", link, "LinkStateFull", "owner.id", {}, "owner.id", missing);
        row("binding range lower bound as text", link, "LinkStateFull",
            "bindings[0].range.lowerBound", R"("42")", "bindings[0].range.lowerBound", integer);
        row("disable not an array", link, "LinkStateFull", "properties.disable",
            R"({"context":"User_*","disable":true})", "properties.disable",
            json::expectedMessage("array"));
        row("invalid created date", link, "LinkStateFull", "createdDate", R"("yesterday")",
            "createdDate", QStringLiteral("ISO 8601"));
        row("invalid load start", request, "RequestObject", "loadState.startedAt",
            R"("2025-13-45T99:00:00Z")", "loadState.startedAt", QStringLiteral("ISO 8601"));
        row("rowEstRange missing", link, "LinkStateFull", "properties.rowEstRange", {},
            "properties.rowEstRange", missing);
        row("status missing", link, "LinkStateFull", "status", {}, "status", missing);
        row("limit policy not a string", link, "LinkStateFull",
            "properties.limitPolicy[0].limitPolicy", "true",
            "properties.limitPolicy[0].limitPolicy", json::expectedMessage("string"));
        row("genAppLimit above int32", link, "LinkStateFull", "properties.genAppLimit[0].limit",
            "3000000000", "properties.genAppLimit[0].limit", QStringLiteral("out of range"));
        row("request state a number", request, "RequestObject", "state", "5", "state",
            json::expectedMessage("string"));
        row("request without templateApp", request, "RequestObject", "templateApp", {},
            "templateApp", missing);
        row("hash fractional", request, "RequestObject", "bindingStateHash", "1.5",
            "bindingStateHash", integer);
        row("list item without rowEstRange", QStringLiteral("links_list.response.json"),
            "LinkStateFull[]", "[0].properties.rowEstRange", {}, "[0].properties.rowEstRange",
            missing);
        row("usage link owner name", QStringLiteral("link_usages.response.json"), "LinkStateRef[]",
            "[0].link.owner.name", "null", "[0].link.owner.name", json::expectedMessage("string"));
        row("submit value without selStatus", QStringLiteral("link_request_submit.request.json"),
            "RequestPostPayload", "bindSelectionState[0].values[0].selStatus", {},
            "bindSelectionState[0].values[0].selStatus", missing);
        row("QSE owner a number", QStringLiteral("qse_link_real.response.json"), "QseLink", "owner",
            "42", "owner", json::expectedMessage("string or object"));
        row("QSE wrapped retention", QStringLiteral("qse_link_create_answer_wrapped.response.json"),
            "QseLinkResult", "objectDef.properties.retention.maxAge", R"("1d")",
            "objectDef.properties.retention.maxAge", integer);
        row("QSE feedback not a list",
            QStringLiteral("qse_link_create_answer_wrapped.response.json"), "QseLinkResult",
            "feedback", R"({"infoType":"Info"})", "feedback", json::expectedMessage("array"));
        row("QSE rename without name", QStringLiteral("qse_rename_app.request.json"),
            "QseRenamePayload", "name", {}, "name", missing);
    }

    void rejectsMalformed()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QFETCH(QString, at);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QJsonValue replacement =
            value.isEmpty() ? QJsonValue(QJsonValue::Undefined) : odagtest::parseValue(value);
        QVERIFY(value.isEmpty() || !replacement.isUndefined());
        const QJsonValue in = setAt(fixture(file), at, replacement);
        const auto out = roundTrip(type, in);
        QVERIFY2(!out.ok(), "malformed input was accepted");
        QCOMPARE(out.error().path, path);
        QVERIFY2(out.error().message.contains(message), qPrintable(out.error().toString()));
        if (message == json::expectedMessage("integer"))
            QCOMPARE(out.error().toString(), path + QStringLiteral(": ") + message);
    }

    void keepsUnknownMembersThroughReadModifyWrite()
    {
        QJsonValue in = fixture(QStringLiteral("link_get.response.json"));
        in = setAt(in, QStringLiteral("futureFlag"), QJsonValue(true));
        in = setAt(in, QStringLiteral("owner.email"),
                   QJsonValue(QStringLiteral("jane@example.com")));
        in = setAt(in, QStringLiteral("bindings[0].hint"), QJsonObject{{QStringLiteral("x"), 1}});
        in = setAt(in, QStringLiteral("properties.newProperty"),
                   QJsonArray{QJsonObject{{QStringLiteral("context"), QStringLiteral("User_*")}}});
        in = setAt(in, QStringLiteral("properties.rowEstRange[0].note"),
                   QJsonValue(QStringLiteral("kept")));
        in = setAt(in, QStringLiteral("selectionApp"), QJsonValue(QStringLiteral("sel-1")));
        in = setAt(in, QStringLiteral("modifiedByUser.subject"), QJsonValue(QJsonValue::Null));

        auto decoded = json::decode<LinkStateFull>(in);
        QVERIFY2(!decoded.ok(), "a null required member must not read as empty");
        in = setAt(in, QStringLiteral("modifiedByUser.subject"), QJsonValue(QStringLiteral("s")));
        in = setAt(in, QStringLiteral("dynamicView"), QJsonValue(QJsonValue::Null));
        decoded = json::decode<LinkStateFull>(in);
        ODAG_VERIFY_OK(decoded);
        LinkStateFull link = decoded.value();
        QVERIFY(!link.dynamicView.has_value());
        link.name = QStringLiteral("Renamed");

        const QJsonValue expected =
            setAt(in, QStringLiteral("name"), QJsonValue(QStringLiteral("Renamed")));
        QCOMPARE(asDocument(json::encode(link)), asDocument(expected));

        // The update built from it carries the unknown members and the modifiedDate read.
        const LinkPutPayload put = LinkPutPayload::fromLink(link, QStringLiteral("sel-1"));
        const QJsonObject body = json::encode(put).toObject();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(body.value(QStringLiteral("futureFlag")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("modifiedDate")).toString(),
                 QStringLiteral("2025-11-11T13:45:30Z"));
        QCOMPARE(body.value(QStringLiteral("templateApp")).toString(), QStringLiteral("string"));
        QCOMPARE(body.value(QStringLiteral("selectionApp")).toString(), QStringLiteral("sel-1"));
        const QJsonObject props = body.value(QStringLiteral("properties")).toObject();
        QVERIFY(props.contains(QStringLiteral("newProperty")));
        QCOMPARE(props.value(QStringLiteral("rowEstRange"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("note")),
                 QJsonValue(QStringLiteral("kept")));
        QVERIFY(!body.contains(QStringLiteral("owner")));
        QVERIFY(!body.contains(QStringLiteral("statusSetting")));
    }

    void keepsUnknownRequestState()
    {
        const QJsonValue in =
            setAt(fixture(QStringLiteral("request.response.json")), QStringLiteral("state"),
                  QJsonValue(QStringLiteral("archived")));
        const auto r = json::decode<RequestObject>(in);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->state.value(), RequestState::Unknown);
        QVERIFY(!r->state.isKnown());
        QCOMPARE(r->state.raw(), QStringLiteral("archived"));
        QVERIFY(displayName(r->state).contains(QStringLiteral("archived")));
        QVERIFY(!isFinal(r->state));
        QCOMPARE(asDocument(json::encode(*r)), asDocument(in));
    }
};

ODAG_TEST_MAIN(TestOdagCodecs)
#include "tst_odag_codecs.moc"
