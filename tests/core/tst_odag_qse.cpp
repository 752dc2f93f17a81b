// Qlik Sense Enterprise ODAG shapes: owners as a string (seed 001) or an object (real
// servers), and link create/update answers plain or wrapped in {objectDef, feedback}.

#include "OdagFixtures.h"
#include "TestMain.h"
#include "core/QseOdag.h"

using namespace odag;
using odagtest::asDocument;
using odagtest::fixture;
using odagtest::fixtureBytes;
using odagtest::setAt;

class TestOdagQse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPlainCreateAnswer()
    {
        const auto r = decodeQseLinkAnswer(
            fixtureBytes(QStringLiteral("qse_link_create_answer_plain.response.json")));
        ODAG_VERIFY_OK(r);
        QVERIFY(!r->wrapped);
        QVERIFY(!r->feedback);
        QVERIFY(r->messages().isEmpty());
        QCOMPARE(r->objectDef.name, std::optional<QString>(QStringLiteral("Orders by region")));
        QCOMPARE(r->objectDef.properties->retention->maxCount, std::optional<int>(5));
        QCOMPARE(r->objectDef.properties->bindings->at(0).templateField,
                 std::optional<QString>(QStringLiteral("REGION")));
        QVERIFY(!r->objectDef.owner->isObject());
        QCOMPARE(r->objectDef.owner->displayName(), QStringLiteral("DOMAIN\\jdoe"));
        QCOMPARE(r->objectDef.owner->id(), QStringLiteral("DOMAIN\\jdoe"));
        QCOMPARE(asDocument(json::encode(*r)),
                 asDocument(fixture(QStringLiteral("qse_link_create_answer_plain.response.json"))));
    }

    void readsWrappedCreateAnswer()
    {
        const QJsonValue in =
            setAt(fixture(QStringLiteral("qse_link_create_answer_wrapped.response.json")),
                  QStringLiteral("serverTime"), QJsonValue(QStringLiteral("now")));
        const auto r = decodeQseLinkAnswer(in);
        ODAG_VERIFY_OK(r);
        QVERIFY(r->wrapped);
        QCOMPARE(r->feedback->size(), 2);
        QCOMPARE(r->feedback->at(0).infoType, std::optional<QString>(QStringLiteral("Warning")));
        QCOMPARE(r->messages(),
                 (QStringList{QStringLiteral("Warning: Binding REGION has no quantity constraint"),
                              QStringLiteral("Info: {\"code\":17,\"text\":\"Link created\"}")}));
        QVERIFY(r->objectDef.owner->isObject());
        QCOMPARE(r->objectDef.owner->displayName(), QStringLiteral("Jane Doe"));
        QCOMPARE(r->objectDef.owner->id(), QStringLiteral("0c8f7e36-9a4b-4d2c-b1e5-7f6a5d4c3b2a"));
        QCOMPARE(r->objectDef.id,
                 std::optional<QString>(QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")));
        // Unknown members of the wrapper and of the link survive.
        QCOMPARE(r->extra.value(QStringLiteral("serverTime")).toString(), QStringLiteral("now"));
        QVERIFY(r->objectDef.extra.contains(QStringLiteral("privileges")));
        QCOMPARE(asDocument(json::encode(*r)), asDocument(in));
    }

    void wrappedAnswerWithoutFeedback()
    {
        const QJsonObject in{
            {QStringLiteral("objectDef"), fixture(QStringLiteral("qse_link_seed.response.json"))}};
        const auto r = decodeQseLinkAnswer(QJsonValue(in));
        ODAG_VERIFY_OK(r);
        QVERIFY(r->wrapped);
        QVERIFY(!r->feedback);
        QCOMPARE(json::encode(*r).toObject(), in);

        const auto bad =
            decodeQseLinkAnswer(QJsonValue(QJsonObject{{QStringLiteral("objectDef"), 3}}));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().path, QStringLiteral("objectDef"));
        QVERIFY(!decodeQseLinkAnswer(QByteArray("[]")).ok());
        QVERIFY(!decodeQseLinkAnswer(QByteArray("{\"objectDef\":")).ok());
    }

    void ownerDisplayNames_data()
    {
        QTest::addColumn<QByteArray>("owner");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("id");
        QTest::newRow("string") << QByteArray(R"("DOMAIN\\jdoe")") << QStringLiteral("DOMAIN\\jdoe")
                                << QStringLiteral("DOMAIN\\jdoe");
        QTest::newRow("object with name")
            << QByteArray(R"({"id":"g1","userId":"jdoe","userDirectory":"D","name":"Jane"})")
            << QStringLiteral("Jane") << QStringLiteral("g1");
        QTest::newRow("object without name")
            << QByteArray(R"({"id":"g1","userId":"jdoe","userDirectory":"D"})")
            << QStringLiteral("D\\jdoe") << QStringLiteral("g1");
        QTest::newRow("object with id only")
            << QByteArray(R"({"id":"g1"})") << QStringLiteral("g1") << QStringLiteral("g1");
    }

    void ownerDisplayNames()
    {
        QFETCH(QByteArray, owner);
        QFETCH(QString, display);
        QFETCH(QString, id);
        const QJsonValue in = setAt(fixture(QStringLiteral("qse_request.response.json")),
                                    QStringLiteral("owner"), odagtest::parseValue(owner));
        const auto r = json::decode<QseRequest>(in);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->owner->displayName(), display);
        QCOMPARE(r->owner->id(), id);
        QCOMPARE(asDocument(json::encode(*r)), asDocument(in));
    }

    void requestStatus()
    {
        const auto r =
            json::decode<QseRequest>(fixture(QStringLiteral("qse_request.response.json")));
        ODAG_VERIFY_OK(r);
        QCOMPARE(r->status->value(), QseRequestStatus::Completed);
        QVERIFY(!isPending(*r->status));
        QCOMPARE(r->selectionState->toObject().value(QStringLiteral("Region")).toArray().size(), 2);

        // A Cloud-style state from a newer server is kept and shown as read.
        const QJsonValue in =
            setAt(fixture(QStringLiteral("qse_request.response.json")), QStringLiteral("status"),
                  QJsonValue(QStringLiteral("succeeded")));
        const auto s = json::decode<QseRequest>(in);
        ODAG_VERIFY_OK(s);
        QCOMPARE(s->status->value(), QseRequestStatus::Unknown);
        QCOMPARE(displayName(*s->status), QStringLiteral("succeeded"));
        QCOMPARE(asDocument(json::encode(*s)), asDocument(in));
    }

    void createPayloadRequiresIds()
    {
        const QJsonValue in =
            setAt(fixture(QStringLiteral("qse_link_create.request.json")),
                  QStringLiteral("templateAppId"), QJsonValue(QJsonValue::Undefined));
        const auto r = json::decode<QseLinkCreate>(in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, QStringLiteral("templateAppId"));
        QVERIFY(!json::decode<QseRequestCreate>(QJsonValue(QJsonObject{})).ok());
    }
};

ODAG_TEST_MAIN(TestOdagQse)
#include "tst_odag_qse.moc"
