// The sandbox's Qlik Sense Enterprise link paths (QseOdagApi with header authentication
// and xrfkey), odag-apps, the durability of a created link across a restart, and the
// demo links.

#include "LinksTestKit.h"
#include "TestMain.h"

#include "sandbox/DemoIds.h"
#include "sandbox/odag/DemoLinkIds.h"
#include "sandbox/odag/DemoLinks.h"
#include "sandbox/odag/LinkBuilder.h"
#include "sandbox/odag/OdagArea.h"
#include "sandbox/odag/QseLinkRoutes.h"

#include <QJsonArray>

using namespace linkstest;

namespace {

const char *const kAdmin = demo::kAdminKey;
const char *const kJonas = demo::kAuthorKey;
const char *const kCarlos = demo::kAnalystKey;
const QByteArray kXrf = QByteArrayLiteral("0123456789abcdef");

QList<QPair<QByteArray, QByteArray>> qseHeaders(const char *login)
{
    return {{QByteArrayLiteral("X-Qlik-Xrfkey"), kXrf},
            {QByteArrayLiteral("X-Qlik-User"),
             QByteArrayLiteral("UserDirectory=SANDBOX; UserId=") + login}};
}

QseLinkCreate qsePayload()
{
    QseLinkCreate p;
    p.name = QStringLiteral("QSE orders");
    p.selectionAppId = kSel1;
    p.templateAppId = kTpl1;
    QseLinkProperties props;
    props.rowEstExpr = QStringLiteral("Count(OrderID)");
    QseBinding b;
    b.selectionField = QStringLiteral("ProductName");
    b.templateField = QStringLiteral("od_Product");
    b.selectionType = QStringLiteral("Field");
    props.bindings = QList<QseBinding>{b};
    props.retention = QseRetention{1440, 3, {}};
    props.publishTo = QStringLiteral("stream-sales");
    props.genAppAccessible = true;
    p.properties = props;
    return p;
}

} // namespace

class TestSandboxLinksQse : public QObject
{
    Q_OBJECT
private:
    LinksFixture f;

    api::ApiResult<QseLinkResult> qseCreate(const char *login, const QseLinkCreate &p)
    {
        UserApis &u = f.asQse(login);
        return run<QseLinkResult>([&](api::Callback<QseLinkResult> done) {
            return u.qse.createLink(p, &u.transport, std::move(done));
        });
    }
    api::ApiResult<QseLinkResult> qseUpdate(const char *login, const QString &id,
                                            const QseLinkUpdate &p)
    {
        UserApis &u = f.asQse(login);
        return run<QseLinkResult>([&](api::Callback<QseLinkResult> done) {
            return u.qse.updateLink(id, p, &u.transport, std::move(done));
        });
    }
    api::ApiResult<QseLink> qseGet(const char *login, const QString &id)
    {
        UserApis &u = f.asQse(login);
        return run<QseLink>([&](api::Callback<QseLink> done) {
            return u.qse.getLink(id, &u.transport, std::move(done));
        });
    }
    api::ApiResult<api::Empty> qseDelete(const char *login, const QString &id)
    {
        UserApis &u = f.asQse(login);
        return run<api::Empty>([&](api::Callback<api::Empty> done) {
            return u.qse.deleteLink(id, &u.transport, std::move(done));
        });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(f.start(), qPrintable(f.server().errorString()));
        QVERIFY(f.createApps());
    }
    void cleanup() { f.stop(); }

    void qseCreateAnswersWrappedWithOwnerObject()
    {
        const auto created = qseCreate(demo::kAuthorLogin, qsePayload());
        ODAG_VERIFY_OK(created);
        QVERIFY(created->wrapped);
        const QseLink &l = created->objectDef;
        QVERIFY(isQlikId(*l.id));
        QCOMPARE(*l.name, QStringLiteral("QSE orders"));
        QCOMPARE(*l.templateAppId, kTpl1);
        QCOMPARE(*l.status, QStringLiteral("active"));
        QVERIFY(l.owner->isObject());
        const QseUser owner = std::get<QseUser>(l.owner->value);
        QCOMPARE(*owner.id, QString::fromLatin1(demo::kAuthorId));
        QCOMPARE(*owner.userId, QString::fromLatin1(demo::kAuthorLogin));
        QCOMPARE(*owner.userDirectory, QString::fromLatin1(demo::kUserDirectory));
        QCOMPARE(*owner.name, QStringLiteral("Jonas Berg"));
        QVERIFY(!created->feedback->isEmpty());
        QCOMPARE(*created->feedback->first().infoType, QStringLiteral("info"));
        QVERIFY(created->messages().first().contains(QStringLiteral("3")));

        // Bindings from the template script, the QSE binding laid over od_Product.
        const QList<QseBinding> &bindings = *l.properties->bindings;
        QCOMPARE(bindings.size(), 3);
        QCOMPARE(*bindings.at(2).templateField, QStringLiteral("od_Product"));
        QCOMPARE(*bindings.at(2).selectionField, QStringLiteral("ProductName"));
        QCOMPARE(l.properties->retention, std::optional<QseRetention>(QseRetention{1440, 3, {}}));
        QCOMPARE(*l.properties->publishTo, QStringLiteral("stream-sales"));
        QCOMPARE(l.properties->genAppAccessible, std::optional<bool>(true));

        // The same link on the Cloud face.
        const auto cloud = f.get(kJonas, *l.id);
        ODAG_VERIFY_OK(cloud);
        QCOMPARE(cloud->status.value(), LinkStatus::Active);
        QCOMPARE(cloud->rowEstExpr, QStringLiteral("Count(OrderID)"));
        QCOMPARE(cloud->properties.appRetentionTime->first().retentionTime, QStringLiteral("P1D"));
        QCOMPARE(cloud->properties.genAppLimit->first().limit, 3);
        QCOMPARE(cloud->properties.rowEstRange.first().highBound, kQseDefaultRowLimit);
        QVERIFY(!cloud->extra.contains(QStringLiteral("qseProperties")));
        QVERIFY(!cloud->extra.contains(QStringLiteral("selectionApp")));
    }

    void qseReadUpdateDelete()
    {
        const auto created = qseCreate(demo::kAuthorLogin, qsePayload());
        ODAG_VERIFY_OK(created);
        const QString id = *created->objectDef.id;

        UserApis &carlos = f.asQse(demo::kAnalystLogin);
        const auto listed = run<QList<QseLink>>([&](api::Callback<QList<QseLink>> done) {
            return carlos.qse.listLinks(&carlos.transport, std::move(done));
        });
        ODAG_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(*listed->first().id, id);
        QCOMPARE(*qseGet(demo::kAnalystLogin, id)->name, QStringLiteral("QSE orders"));

        QseLinkUpdate change;
        change.name = QStringLiteral("QSE orders v2");
        QseLinkProperties props;
        props.retention = QseRetention{std::nullopt, 5, {}};
        change.properties = props;
        const auto refused = qseUpdate(demo::kAnalystLogin, id, change);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY(!refused.error().detail.isEmpty()); // {message}

        const auto updated = qseUpdate(demo::kAuthorLogin, id, change);
        ODAG_VERIFY_OK(updated);
        QVERIFY(updated->wrapped);
        QCOMPARE(*updated->objectDef.name, QStringLiteral("QSE orders v2"));
        QCOMPARE(updated->objectDef.properties->retention,
                 std::optional<QseRetention>(QseRetention{1440, 5, {}}));
        QCOMPARE(updated->objectDef.properties->bindings->size(), 3);

        QCOMPARE(qseDelete(demo::kAnalystLogin, id).error().httpStatus, 403);
        ODAG_VERIFY_OK(qseDelete(demo::kAuthorLogin, id));
        QCOMPARE(qseGet(demo::kAuthorLogin, id).error().httpStatus, 404);
        QCOMPARE(f.get(kJonas, id).error().httpStatus, 404);

        // Analysts cannot create; bodies and errors are QSE-shaped.
        QCOMPARE(qseCreate(demo::kAnalystLogin, qsePayload()).error().httpStatus, 403);
        const TestReply missing = f.raw().call(
            "GET",
            QStringLiteral("/api/odag/v1/links/%1?xrfkey=%2").arg(id, QString::fromLatin1(kXrf)),
            {}, qseHeaders(demo::kAuthorLogin));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.object().value(QStringLiteral("message")).isString());
        const TestReply bad = f.raw().call(
            "POST", QStringLiteral("/api/odag/v1/links?xrfkey=") + QString::fromLatin1(kXrf),
            QByteArrayLiteral("{\"name\":\"x\",\"selectionAppId\":\"7a00000000000000000000a1\"}"),
            qseHeaders(demo::kAuthorLogin));
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("templateAppId")),
                 bad.body.constData());
        // Without the xrfkey the framework refuses.
        QCOMPARE(f.raw()
                     .call("GET", QStringLiteral("/api/odag/v1/links"), {},
                           {qseHeaders(demo::kAuthorLogin).at(1)})
                     .status,
                 400);
        // While ODAG is off, the QSE paths answer 404 as well.
        QVERIFY(f.setSettings(false, true));
        QCOMPARE(f.raw()
                     .call("GET",
                           QStringLiteral("/api/odag/v1/links?xrfkey=") + QString::fromLatin1(kXrf),
                           {}, qseHeaders(demo::kAuthorLogin))
                     .status,
                 404);
    }

    void odagAppsByType()
    {
        ODAG_VERIFY_OK(f.create(kJonas, LinksFixture::payload(QStringLiteral("a"))));
        ODAG_VERIFY_OK(f.create(kJonas, LinksFixture::payload(QStringLiteral("b"), kSel2, kTpl2)));
        ODAG_VERIFY_OK(f.create(kJonas, LinksFixture::payload(QStringLiteral("c"))));

        auto names = [this](const char *key, OdagAppType type) {
            QStringList out;
            const auto r = f.odagApps(key, type);
            for (const AppStateCondensed &a : r.ok() ? r->apps() : QList<AppStateCondensed>{})
                out << a.name;
            return out;
        };
        QCOMPARE(
            names(kCarlos, OdagAppType::Selection),
            QStringList({QStringLiteral("Flights selection"), QStringLiteral("Orders selection")}));
        QCOMPARE(
            names(kCarlos, OdagAppType::Template),
            QStringList({QStringLiteral("Flights template"), QStringLiteral("Orders template")}));

        // Generated apps carry the odagGenerated marker; users see their own.
        SandboxApps apps(f.server());
        auto generated = [&apps](const char *id, const char *name, const char *owner) {
            SandboxApps::NewApp app;
            app.id = QString::fromLatin1(id);
            app.name = QString::fromLatin1(name);
            app.ownerId = QString::fromLatin1(owner);
            app.originAppId = kTpl1;
            QJsonObject doc = *apps.create(app);
            QJsonObject custom;
            custom.insert(QLatin1StringView(kOdagGeneratedAttribute),
                          QJsonObject{{QStringLiteral("requestId"), QStringLiteral("r1")},
                                      {QStringLiteral("linkId"), QStringLiteral("l1")}});
            doc.insert(QStringLiteral("custom"), custom);
            return apps.update(app.id, doc);
        };
        QVERIFY(generated("7a00000000000000000000c1", "Orders - Carlos", demo::kAnalystId));
        QVERIFY(generated("7a00000000000000000000c2", "Orders - Jonas", demo::kAuthorId));
        QCOMPARE(names(kCarlos, OdagAppType::Generated),
                 QStringList({QStringLiteral("Orders - Carlos")}));
        QCOMPARE(
            names(kAdmin, OdagAppType::Generated),
            QStringList({QStringLiteral("Orders - Carlos"), QStringLiteral("Orders - Jonas")}));

        f.raw().setApiKey(kJonas);
        QCOMPARE(f.raw().get(QStringLiteral("/api/analytics/odag-apps")).status, 400);
        QCOMPARE(f.raw().get(QStringLiteral("/api/analytics/odag-apps?appType=other")).status, 400);
    }

    void createdLinkSurvivesARestart()
    {
        LinkAddPayload p = LinksFixture::payload(QStringLiteral("Durable"));
        p.properties->menuLabel =
            QList<LinkPropMenuLabel>{{QStringLiteral("User_*"), QStringLiteral("Go"), {}}};
        const auto created = f.create(kJonas, p);
        ODAG_VERIFY_OK(created);
        QVERIFY(f.start(/*keepData=*/true));
        const auto read = f.get(kJonas, created->id);
        ODAG_VERIFY_OK(read);
        LinkStateFull expected = *created;
        expected.privileges = read->privileges;
        expected.genAppAccessible = read->genAppAccessible;
        QCOMPARE(json::encode(*read), json::encode(expected));
    }

    void demoLinks()
    {
        SandboxApps apps(f.server());
        const QString script = QStringLiteral("LOAD * FROM [lib://Data/x.qvd] (qvd) WHERE "
                                              "Match(Key, $(odso_Key)) AND Y IN ($(odagn_Y));\n");
        for (const char *id :
             {demo::kAppSalesSelection, demo::kAppSalesTemplate, demo::kAppFlightsSelection,
              demo::kAppFlightsTemplate, demo::kAppClaimsSelection, demo::kAppClaimsTemplate,
              demo::kAppBrokenTemplate}) {
            SandboxApps::NewApp app;
            app.id = QString::fromLatin1(id);
            app.name = QStringLiteral("App ") + app.id.right(2);
            app.ownerId = QString::fromLatin1(demo::kAdminId);
            app.script = script;
            QVERIFY(apps.create(app));
        }
        QVERIFY(seedDemoLinks(f.server()));
        const QList<StoredLink> links = SandboxLinks(f.server()).all();
        QCOMPARE(links.size(), qsizetype(std::size(demo::kDemoLinks)));
        QVERIFY(links.size() >= 12);

        std::map<LinkStatus, int> byStatus;
        int views = 0;
        QSet<QString> owners;
        for (const StoredLink &l : links) {
            byStatus[l.link.status.value()] += 1;
            views += l.link.isDynamicView() ? 1 : 0;
            owners.insert(l.link.owner.id);
            QVERIFY2(!lintProblem(l.link), qPrintable(l.link.id));
            QCOMPARE(l.link.status == LinkStatus::Incomplete, !isLinkComplete(l.link));
            QCOMPARE(varNames(l.link),
                     QStringList({QStringLiteral("odso_Key"), QStringLiteral("odagn_Y")}));
        }
        QCOMPARE(byStatus[LinkStatus::Decommissioned], 1);
        QCOMPARE(byStatus[LinkStatus::Incomplete], 1);
        QCOMPARE(byStatus[LinkStatus::Disabled], 2);
        QCOMPARE(views, 2);
        QCOMPARE(owners.size(), 3);

        // Context-scoped values resolve per demo user.
        const auto delays =
            SandboxLinks(f.server()).get(QString::fromLatin1(demo::kLinkFlightsDelays));
        const SandboxUser *jonas =
            f.server().users().findById(QString::fromLatin1(demo::kAuthorId));
        const SandboxUser *carlos =
            f.server().users().findById(QString::fromLatin1(demo::kAnalystId));
        QCOMPARE(linkPropertiesFor(*delays, *jonas).rowEstRange.value->high, 600000);
        QCOMPARE(linkPropertiesFor(*delays, *carlos).rowEstRange.value->high, 300000);
        QVERIFY(linkPropertiesFor(*delays, *carlos).isDisabled());
        QVERIFY(!linkPropertiesFor(*delays, *jonas).isDisabled());
        const auto view = SandboxLinks(f.server()).get(QString::fromLatin1(demo::kLinkSalesView));
        QCOMPARE(linkPropertiesFor(*view, *carlos).effectiveGenAppLimit(), std::optional<int>(1));

        // Seeding again leaves existing links alone.
        StoredLink renamed = *delays;
        renamed.link.name = QStringLiteral("Renamed");
        QVERIFY(SandboxLinks(f.server()).put(renamed));
        QVERIFY(seedDemoLinks(f.server()));
        QCOMPARE(SandboxLinks(f.server()).all().size(), links.size());
        QCOMPARE(SandboxLinks(f.server()).get(renamed.link.id)->link.name,
                 QStringLiteral("Renamed"));

        // The Cloud face lists them all for the admin.
        QCOMPARE(f.list(kAdmin, {std::nullopt, {}, LinkType::All, {}})->size(), links.size());
    }

    void demoTenantHasTheDemoLinks()
    {
        QVERIFY2(f.start(false, /*demoTenant=*/true), qPrintable(f.server().errorString()));
        const auto all = f.list(kAdmin, {std::nullopt, {}, LinkType::All, {}});
        ODAG_VERIFY_OK(all);
        QSet<QString> ids;
        for (const LinkStateFull &l : *all) {
            ids.insert(l.id);
            // Bindings come from the demo templates' real scripts.
            if (l.templateApp.id == QLatin1StringView(demo::kAppSalesTemplate))
                QVERIFY2(!l.bindings->isEmpty(), qPrintable(l.name));
        }
        for (const char *id : demo::kDemoLinks)
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        // Carlos does not see the decommissioned one.
        QCOMPARE(f.list(kCarlos, {std::nullopt, {}, LinkType::All, {}})->size(), all->size() - 1);
        // A restart seeds nothing twice.
        QVERIFY(f.start(/*keepData=*/true, true));
        QCOMPARE(f.list(kAdmin, {std::nullopt, {}, LinkType::All, {}})->size(), all->size());
    }
};

ODAG_TEST_MAIN(TestSandboxLinksQse)
#include "tst_sandbox_links_qse.moc"
