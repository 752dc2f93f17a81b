// The sandbox's apps and items over real HTTP with the project's AppsApi and ItemsApi:
// create (both body shapes), read, change, delete, copy, owner and space changes,
// publish/republish/unpublish, export -> download -> import, hub items, durability.

#include "AppsTestKit.h"
#include "TestMain.h"

#include "sandbox/apps/SandboxApps.h"

#include <QBuffer>
#include <QJsonArray>

using namespace appstest;

class TestSandboxApps : public QObject
{
    Q_OBJECT
private:
    AppsFixture f;

    api::ApiResult<AppInfo> getApp(UserApis &u, const QString &appId)
    {
        return run<AppInfo>(
            [&](api::Callback<AppInfo> cb) { return u.apps.getApp(appId, nullptr, cb); });
    }
    api::ApiResult<AppInfo> createApp(UserApis &u, const QString &name,
                                      const std::optional<QString> &spaceId = std::nullopt)
    {
        return run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return u.apps.createApp(
                CreateApp::make(name, QStringLiteral("made by a test"), spaceId), nullptr, cb);
        });
    }
    api::ApiResult<AppMetadataInfo> metadata(UserApis &u, const QString &appId)
    {
        return run<AppMetadataInfo>([&](api::Callback<AppMetadataInfo> cb) {
            return u.data.getDataMetadata(appId, nullptr, cb);
        });
    }
    QString currentScript(const QString &appId)
    {
        return SandboxApps(f.server()).currentScript(appId);
    }
    static QStringList tableNames(const AppMetadataInfo &m)
    {
        QStringList out;
        for (const auto &t : m.tables)
            out.append(t.name);
        return out;
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void answersUserPrivileges()
    {
        auto admin = run<QStringList>([&](api::Callback<QStringList> cb) {
            return f.admin().apps.getAppsPrivileges(nullptr, cb);
        });
        APPS_VERIFY_OK(admin);
        QVERIFY(admin->contains(QStringLiteral("can_create_app")));
        QVERIFY(admin->contains(QStringLiteral("can_import_app")));
        auto analyst = run<QStringList>([&](api::Callback<QStringList> cb) {
            return f.carlos().apps.getUserPrivileges(nullptr, cb);
        });
        APPS_VERIFY_OK(analyst);
        QCOMPARE(*analyst, QStringList{QStringLiteral("can_create_session_app")});
    }

    void createsAppsInEitherShape()
    {
        auto made =
            createApp(f.jonas(), QStringLiteral("Quarterly review"), id(demo::kSpaceSalesDev));
        APPS_VERIFY_OK(made);
        QCOMPARE(made->shape, AppInfo::Shape::NxApp);
        QCOMPARE(made->name, QStringLiteral("Quarterly review"));
        QCOMPARE(made->spaceId, id(demo::kSpaceSalesDev));
        QCOMPARE(made->ownerId, id(demo::kAuthorId));
        QVERIFY(made->can(QStringLiteral("update")));
        QVERIFY(!made->isPublished());
        QVERIFY(currentScript(made->id).contains(QStringLiteral("SET ThousandSep")));

        // Seed 003's flat body; no spaceId: the personal space.
        TestReply r = f.call(demo::kAuthorKey, "POST", QStringLiteral("/api/v1/apps"),
                             R"({"name":"Flat","description":"seed shape"})");
        QCOMPARE(r.status, 200);
        const QJsonObject attributes = r.object().value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("name")).toString(), QStringLiteral("Flat"));
        QVERIFY(!attributes.contains(QStringLiteral("spaceId")));
        QVERIFY(r.object()
                    .value(QStringLiteral("privileges"))
                    .toArray()
                    .contains(QStringLiteral("delete")));

        r = f.call(demo::kAuthorKey, "POST", QStringLiteral("/api/v1/apps"),
                   R"({"attributes":{"description":"no name"}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("attributes.name"));
        r = f.call(demo::kAuthorKey, "POST", QStringLiteral("/api/v1/apps"), R"({"name":5})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("name"));

        auto unknownSpace =
            createApp(f.jonas(), QStringLiteral("x"), QStringLiteral("ffffffffffffffffffffffff"));
        QCOMPARE(unknownSpace.error().httpStatus, 400);
        QVERIFY(detailNames(unknownSpace.error(), QStringLiteral("attributes.spaceId")));
        auto managed = createApp(f.admin(), QStringLiteral("x"), id(demo::kSpaceSalesProd));
        QCOMPARE(managed.error().httpStatus, 400);
        auto consumer = createApp(f.jonas(), QStringLiteral("x"), id(demo::kSpaceFinance));
        QCOMPARE(consumer.error().httpStatus, 403);
        auto analyst = createApp(f.carlos(), QStringLiteral("x"));
        QCOMPARE(analyst.error().httpStatus, 403);
    }

    void readsChangesAndDeletesWithOwnership()
    {
        const QString budget = id(demo::kAppBudgetActuals);
        auto got = getApp(f.jonas(), budget); // consumer of Finance
        APPS_VERIFY_OK(got);
        QCOMPARE(got->privileges, QStringList{QStringLiteral("read")});
        QCOMPARE(getApp(f.carlos(), budget).error().httpStatus, 403);
        QCOMPARE(getApp(f.admin(), QStringLiteral("ffffffffffffffffffffffff")).error().httpStatus,
                 404);

        UpdateApp u;
        u.attributes = UpdateAppAttributes{
            QStringLiteral("Budget vs. Actuals 2026"), QStringLiteral("Next year"), {}};
        auto byConsumer = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.jonas().apps.updateApp(budget, u, nullptr, cb);
        });
        QCOMPARE(byConsumer.error().httpStatus, 403);
        auto byOwner = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.aiko().apps.updateApp(budget, u, nullptr, cb);
        });
        APPS_VERIFY_OK(byOwner);
        QCOMPARE(byOwner->name, QStringLiteral("Budget vs. Actuals 2026"));
        QCOMPARE(byOwner->description, QStringLiteral("Next year"));
        QVERIFY(byOwner->modifiedDate.raw() > got->modifiedDate.raw());
        TestReply r =
            f.call(demo::kSecondAuthorKey, "PUT", QStringLiteral("/api/v1/apps/") + budget,
                   R"({"attributes":{"name":"  "}})");
        QCOMPARE(r.status, 400);

        QCOMPARE(run<api::Empty>([&](api::Callback<api::Empty> cb) {
                     return f.jonas().apps.deleteApp(budget, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.aiko().apps.deleteApp(budget, nullptr, cb);
        }));
        QCOMPARE(getApp(f.aiko(), budget).error().httpStatus, 404);
        // Its reload history went with it.
        QCOMPARE(f.call(demo::kAdminKey, "GET", QStringLiteral("/api/v1/reloads?appId=") + budget)
                     .status,
                 404);
    }

    void copiesMovesAndChangesOwner()
    {
        const QString source = id(demo::kAppSalesTemplate);
        auto copy = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.aiko().apps.copyApp(source, CreateApp(), nullptr, cb);
        });
        APPS_VERIFY_OK(copy); // Aiko codevelops in the development space
        QCOMPARE(copy->name, QStringLiteral("Sales Order Details (ODAG template) (copy)"));
        QVERIFY(copy->spaceId.isEmpty());
        QCOMPARE(copy->ownerId, id(demo::kSecondAuthorId));
        QCOMPARE(currentScript(copy->id), currentScript(source));
        QCOMPARE(tableNames(*metadata(f.aiko(), copy->id)),
                 tableNames(*metadata(f.aiko(), source)));

        auto moved = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.aiko().apps.moveToSpace(copy->id, id(demo::kSpaceFinance), nullptr, cb);
        });
        APPS_VERIFY_OK(moved);
        QCOMPARE(moved->spaceId, id(demo::kSpaceFinance));
        // Apps reach a managed space by publishing; a space one cannot see does not exist.
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.admin().apps.moveToSpace(copy->id, id(demo::kSpaceSalesProd), nullptr,
                                                       cb);
                 })
                     .error()
                     .httpStatus,
                 400);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.aiko().apps.moveToSpace(copy->id, id(demo::kSpaceSalesProd), nullptr,
                                                      cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.aiko().apps.moveToSpace(
                         copy->id, QStringLiteral("ffffffffffffffffffffffff"), nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        auto personal = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.aiko().apps.removeFromSpace(copy->id, nullptr, cb);
        });
        APPS_VERIFY_OK(personal);
        QVERIFY(personal->spaceId.isEmpty());

        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.aiko().apps.changeOwner(copy->id, QStringLiteral("nobody"), nullptr,
                                                      cb);
                 })
                     .error()
                     .httpStatus,
                 400);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.changeOwner(copy->id, id(demo::kAuthorId), nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        auto given = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.aiko().apps.changeOwner(copy->id, id(demo::kAuthorId), nullptr, cb);
        });
        APPS_VERIFY_OK(given);
        QCOMPARE(given->ownerId, id(demo::kAuthorId));
        QCOMPARE(given->owner, QStringLiteral("auth0|jberg"));
        // A personal app is its owner's alone.
        QCOMPARE(getApp(f.aiko(), copy->id).error().httpStatus, 403);

        // Consumers cannot duplicate; copying into a space needs the right to create there.
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.copyApp(id(demo::kAppCashFlow), CreateApp(), nullptr,
                                                   cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.copyApp(source,
                                                   CreateApp::make(QStringLiteral("Mine"),
                                                                   std::nullopt,
                                                                   id(demo::kSpaceFinance)),
                                                   nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
    }

    void listsAppsAsItems()
    {
        auto dev = run<ItemList>([&](api::Callback<ItemList> cb) {
            api::ItemListQuery q;
            q.spaceId = id(demo::kSpaceSalesDev);
            q.sort = QStringLiteral("+name");
            return f.jonas().items.listItems(q, nullptr, cb);
        });
        APPS_VERIFY_OK(dev);
        QCOMPARE(dev->data.size(), 4);
        const Item &first = dev->data.first();
        QCOMPARE(first.name, QStringLiteral("Sales Dashboard"));
        QVERIFY(first.isApp());
        QCOMPARE(first.appId(), id(demo::kAppSalesDashboardDev));
        QVERIFY(first.id != first.appId());
        QCOMPARE(first.resourceAttribute(QStringLiteral("id")).toString(), first.appId());
        QCOMPARE(first.ownerId, std::optional(id(demo::kAuthorId)));
        QCOMPARE(first.spaceId, std::optional(id(demo::kSpaceSalesDev)));
        QVERIFY(first.actions && first.actions->contains(QStringLiteral("update")));
        QCOMPARE(first.resourceReloadStatus, std::optional(QStringLiteral("ok")));

        auto personal = run<ItemList>([&](api::Callback<ItemList> cb) {
            api::ItemListQuery q;
            q.spaceId = QStringLiteral("personal");
            return f.jonas().items.listItems(q, nullptr, cb);
        });
        APPS_VERIFY_OK(personal);
        QCOMPARE(personal->data.size(), 2); // his EMEA draft and his scratchpad

        auto named = run<ItemList>([&](api::Callback<ItemList> cb) {
            api::ItemListQuery q;
            q.name = QStringLiteral("odag template");
            q.noActions = true;
            return f.admin().items.listItems(q, nullptr, cb);
        });
        APPS_VERIFY_OK(named);
        QCOMPARE(named->data.size(), 4);
        QVERIFY(!named->data.first().actions);

        // Every app the admin may read, one per page, to the end.
        auto all = runPager<QList<Item>>([&](api::Callback<QList<Item>> cb) {
            api::ItemListQuery q;
            q.limit = 3;
            return f.admin().items.listAllItems(q, nullptr, {}, cb);
        });
        APPS_VERIFY_OK(all);
        QCOMPARE(all->size(), 20);
        // Carlos sees what his spaces hold, nothing personal of others.
        auto carlos = runPager<QList<Item>>([&](api::Callback<QList<Item>> cb) {
            return f.carlos().items.listAllItems(api::ItemListQuery(), nullptr, {}, cb);
        });
        APPS_VERIFY_OK(carlos);
        QCOMPARE(carlos->size(), 10);

        auto item = run<Item>([&](api::Callback<Item> cb) {
            return f.carlos().items.getItem(first.id, nullptr, cb);
        });
        APPS_VERIFY_OK(item);
        QCOMPARE(item->appId(), first.appId());
        const QString budgetItem = [&] {
            for (const Item &i : *all)
                if (i.appId() == id(demo::kAppBudgetActuals))
                    return i.id;
            return QString();
        }();
        QCOMPARE(run<Item>([&](api::Callback<Item> cb) {
                     return f.carlos().items.getItem(budgetItem, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        TestReply r = f.call(demo::kAdminKey, "GET", QStringLiteral("/api/v1/items?sort=+size"));
        QCOMPARE(r.status, 400);
        r = f.call(demo::kAdminKey, "GET", QStringLiteral("/api/v1/items?resourceType=dataset"));
        QCOMPARE(r.object().value(QStringLiteral("data")).toArray().size(), 0);
    }

    void exportsDownloadsAndImports()
    {
        const QString source = id(demo::kAppClaimsTemplate);
        auto location = run<QString>([&](api::Callback<QString> cb) {
            return f.aiko().apps.exportApp(source, {}, nullptr, cb);
        });
        APPS_VERIFY_OK(location);
        QVERIFY(location->startsWith(QStringLiteral("/api/v1/temp-contents/")));
        QBuffer file;
        file.open(QIODevice::WriteOnly);
        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.aiko().apps.download(*location, &file, nullptr, cb);
        }));
        file.close();
        QVERIFY(file.data().size() > 200);
        QVERIFY(file.data().startsWith(QByteArray("QVFSBX")));
        // Someone else's download link is refused.
        QCOMPARE(f.call(demo::kAuthorKey, "GET", *location).status, 403);

        file.open(QIODevice::ReadOnly);
        auto imported = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            api::AppImportQuery q;
            q.name = QStringLiteral("Claims Detail (imported)");
            q.spaceId = id(demo::kSpaceFinance);
            return f.aiko().apps.importApp(&file, q, nullptr, cb);
        });
        APPS_VERIFY_OK(imported);
        QVERIFY(imported->id != source);
        QCOMPARE(imported->name, QStringLiteral("Claims Detail (imported)"));
        QCOMPARE(imported->spaceId, id(demo::kSpaceFinance));
        QCOMPARE(currentScript(imported->id), currentScript(source));
        QVERIFY(!imported->lastReloadTime.isEmpty());
        QCOMPARE(tableNames(*metadata(f.aiko(), imported->id)),
                 tableNames(*metadata(f.aiko(), source)));

        // Without data the import holds none.
        auto bare = run<QString>([&](api::Callback<QString> cb) {
            return f.aiko().apps.exportApp(source, api::AppExportOptions{true}, nullptr, cb);
        });
        APPS_VERIFY_OK(bare);
        TestReply blob = f.call(demo::kSecondAuthorKey, "GET", *bare);
        QCOMPARE(blob.status, 200);
        TestReply noData =
            f.call(demo::kSecondAuthorKey, "POST", QStringLiteral("/api/v1/apps/import"), blob.body,
                   {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(noData.status, 200);
        const QString bareId = noData.object()
                                   .value(QStringLiteral("attributes"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QVERIFY(metadata(f.aiko(), bareId)->tables.isEmpty());

        TestReply garbage =
            f.call(demo::kSecondAuthorKey, "POST", QStringLiteral("/api/v1/apps/import"),
                   QByteArray("PK\x03\x04 this is a zip, not an app", 33),
                   {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(garbage.status, 400);
        QByteArray damaged = blob.body;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
        QCOMPARE(f.call(demo::kSecondAuthorKey, "POST", QStringLiteral("/api/v1/apps/import"),
                        damaged, {{"Content-Type", "application/octet-stream"}})
                     .status,
                 400);
        QCOMPARE(f.call(demo::kAnalystKey, "POST", QStringLiteral("/api/v1/apps/import"), blob.body,
                        {{"Content-Type", "application/octet-stream"}})
                     .status,
                 403);
        // Consumers may not export.
        QCOMPARE(run<QString>([&](api::Callback<QString> cb) {
                     return f.carlos().apps.exportApp(id(demo::kAppSalesSelection), {}, nullptr,
                                                      cb);
                 })
                     .error()
                     .httpStatus,
                 403);
    }

    void publishesRepublishesAndUnpublishes()
    {
        const QString source = id(demo::kAppSalesSelection);
        AppPublish p;
        p.spaceId = id(demo::kSpaceSalesProd);
        auto published = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.jonas().apps.publishApp(source, p, nullptr, cb);
        });
        APPS_VERIFY_OK(published);
        QVERIFY(published->isPublished());
        QVERIFY(!published->publishTime.isEmpty());
        QCOMPARE(published->originAppId, source);
        QCOMPARE(published->spaceId, id(demo::kSpaceSalesProd));
        QVERIFY(!published->can(QStringLiteral("update")));
        QCOMPARE(currentScript(published->id), currentScript(source));

        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.publishApp(source, p, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 409);
        AppPublish shared = p;
        shared.spaceId = id(demo::kSpaceOperations);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.publishApp(source, shared, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 400);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.aiko().apps.publishApp(id(demo::kAppCashFlow), p, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404); // Aiko is no member of the managed space

        // Change the source, then republish over the published copy.
        const QString newScript = currentScript(source) + QStringLiteral("\nTRACE republished;\n");
        APPS_VERIFY_OK(
            run<std::optional<AppScript>>([&](api::Callback<std::optional<AppScript>> cb) {
                return f.jonas().data.setScript(
                    source, AppScriptSet{newScript, QStringLiteral("v3"), {}}, nullptr, cb);
            }));
        AppRepublish rp;
        rp.targetId = published->id;
        auto republished = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.jonas().apps.republishApp(source, rp, nullptr, cb);
        });
        APPS_VERIFY_OK(republished);
        QCOMPARE(currentScript(published->id), newScript);
        QVERIFY(republished->publishTime.raw() >= published->publishTime.raw());
        // Seed 003's shape names the space instead of the target.
        TestReply r =
            f.call(demo::kAuthorKey, "PUT", QStringLiteral("/api/v1/apps/%1/publish").arg(source),
                   QStringLiteral(R"({"spaceId":"%1"})").arg(id(demo::kSpaceSalesProd)).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 published->id);
        // A copy published from another app is not this app's to republish.
        AppRepublish other;
        other.targetId = id(demo::kAppSalesDashboard);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.republishApp(source, other, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 409);
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.republishApp(source, AppRepublish(), nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 400);

        auto unpublished = run<AppInfo>([&](api::Callback<AppInfo> cb) {
            return f.jonas().apps.unpublishApp(published->id, nullptr, cb);
        });
        APPS_VERIFY_OK(unpublished);
        QVERIFY(!unpublished->isPublished());
        QVERIFY(unpublished->spaceId.isEmpty());
        QCOMPARE(run<AppInfo>([&](api::Callback<AppInfo> cb) {
                     return f.jonas().apps.unpublishApp(published->id, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 400);
    }

    void appsSurviveARestart()
    {
        auto made = createApp(f.aiko(), QStringLiteral("Durable app"), id(demo::kSpaceFinance));
        APPS_VERIFY_OK(made);
        APPS_VERIFY_OK(
            run<std::optional<AppScript>>([&](api::Callback<std::optional<AppScript>> cb) {
                return f.aiko().data.setScript(
                    made->id,
                    AppScriptSet{QStringLiteral("T: LOAD 1 AS A AUTOGENERATE 5;"), {}, {}}, nullptr,
                    cb);
            }));
        QVERIFY(f.start(true));
        auto again = getApp(f.aiko(), made->id);
        APPS_VERIFY_OK(again);
        QCOMPARE(again->name, QStringLiteral("Durable app"));
        QCOMPARE(currentScript(made->id), QStringLiteral("T: LOAD 1 AS A AUTOGENERATE 5;"));
    }
};

ODAG_TEST_MAIN(TestSandboxApps)
#include "tst_sandbox_apps.moc"
