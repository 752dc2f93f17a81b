// What the sandbox's apps hold, over real HTTP with the project's AppDataApi: script
// history (versions, paging, set, delete), the data model and lineage derived from the
// last load, reload logs, media files and thumbnails, and the demo apps' scripts.

#include "AppsTestKit.h"
#include "TestMain.h"

#include "sandbox/apps/SandboxApps.h"

#include <QBuffer>
#include <QJsonArray>

using namespace appstest;

class TestSandboxAppData : public QObject
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

    void keepsScriptHistory()
    {
        const QString app = id(demo::kAppFlightsTemplate);
        auto history = run<AppScriptList>([&](api::Callback<AppScriptList> cb) {
            return f.aiko().data.getScripts(app, nullptr, cb);
        });
        APPS_VERIFY_OK(history);
        QVERIFY(history->envelope); // the real ScriptMetaList
        QCOMPARE(history->scripts.size(), 2);
        QVERIFY(history->scripts.first().versionMessage);

        auto set = run<std::optional<AppScript>>([&](api::Callback<std::optional<AppScript>> cb) {
            return f.aiko().data.setScript(
                app,
                AppScriptSet{QStringLiteral("Flights:\nLOAD * INLINE [\nCarrier\nLH\n];\n"),
                             QStringLiteral("Smaller"),
                             {}},
                nullptr, cb);
        });
        APPS_VERIFY_OK(set);
        QVERIFY(!set->has_value()); // the real service answers an empty 200
        history = run<AppScriptList>([&](api::Callback<AppScriptList> cb) {
            return f.aiko().data.getScripts(app, nullptr, cb);
        });
        QCOMPARE(history->scripts.size(), 3);
        QCOMPARE(history->scripts.first().versionMessage, std::optional(QStringLiteral("Smaller")));
        QCOMPARE(history->scripts.first().modifierId, std::optional(id(demo::kSecondAuthorId)));

        TestReply current = f.call(demo::kSecondAuthorKey, "GET",
                                   QStringLiteral("/api/v1/apps/%1/scripts/current").arg(app));
        QCOMPARE(current.status, 200);
        QVERIFY(current.object()
                    .value(QStringLiteral("script"))
                    .toString()
                    .startsWith(QStringLiteral("Flights:")));
        const QString oldest = *history->scripts.last().scriptId;
        TestReply old = f.call(demo::kSecondAuthorKey, "GET",
                               QStringLiteral("/api/v1/apps/%1/scripts/%2").arg(app, oldest));
        QVERIFY(old.object()
                    .value(QStringLiteral("script"))
                    .toString()
                    .contains(QStringLiteral("SET ThousandSep")));
        QCOMPARE(f.call(demo::kSecondAuthorKey, "DELETE",
                        QStringLiteral("/api/v1/apps/%1/scripts/%2")
                            .arg(app, *history->scripts.first().scriptId))
                     .status,
                 400);
        QCOMPARE(f.call(demo::kSecondAuthorKey, "DELETE",
                        QStringLiteral("/api/v1/apps/%1/scripts/%2").arg(app, oldest))
                     .status,
                 200);

        // Paging with `page`.
        TestReply page = f.call(demo::kSecondAuthorKey, "GET",
                                QStringLiteral("/api/v1/apps/%1/scripts?limit=1").arg(app));
        const QString next = page.object()
                                 .value(QStringLiteral("links"))
                                 .toObject()
                                 .value(QStringLiteral("next"))
                                 .toObject()
                                 .value(QStringLiteral("href"))
                                 .toString();
        QVERIFY(next.contains(QStringLiteral("page=")));
        auto second = run<AppScriptList>([&](api::Callback<AppScriptList> cb) {
            return f.aiko().data.nextScriptsPage(next, nullptr, cb);
        });
        APPS_VERIFY_OK(second);
        QCOMPARE(second->scripts.size(), 1);
        QVERIFY(second->nextHref().isEmpty());

        QCOMPARE(run<std::optional<AppScript>>([&](api::Callback<std::optional<AppScript>> cb) {
                     return f.carlos().data.setScript(id(demo::kAppSalesSelection),
                                                      AppScriptSet{QStringLiteral("x"), {}, {}},
                                                      nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        TestReply missing =
            f.call(demo::kSecondAuthorKey, "POST",
                   QStringLiteral("/api/v1/apps/%1/scripts").arg(app), R"({"versionMessage":"x"})");
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("script:")));
    }

    void derivesDataModelAndLineageFromTheScript()
    {
        auto meta = metadata(f.jonas(), id(demo::kAppSalesTemplate));
        APPS_VERIFY_OK(meta);
        QCOMPARE(meta->shape, AppMetadataInfo::Shape::SnakeCase);
        QCOMPARE(tableNames(*meta),
                 (QStringList{QStringLiteral("OrderHeaders"), QStringLiteral("OrderLines"),
                              QStringLiteral("Customers")}));
        QVERIFY(meta->tables.first().rows.value_or(0) > 0);
        bool keyFound = false;
        bool systemFound = false;
        for (const auto &field : meta->fields) {
            keyFound = keyFound || (field.name == QLatin1StringView("OrderID") &&
                                    field.tags.contains(QStringLiteral("$key")) &&
                                    field.sourceTables.size() == 2);
            systemFound =
                systemFound || (field.name == QLatin1StringView("$Table") && field.isSystem);
        }
        QVERIFY(keyFound);
        QVERIFY(systemFound);
        QVERIFY(meta->staticByteSize.value_or(0) > 0);
        // The same script always gives the same model.
        QCOMPARE(*metadata(f.jonas(), id(demo::kAppSalesTemplate)), *meta);

        auto lineage = run<AppDataLineageList>([&](api::Callback<AppDataLineageList> cb) {
            return f.jonas().data.getDataLineage(id(demo::kAppSalesTemplate), nullptr, cb);
        });
        APPS_VERIFY_OK(lineage);
        QCOMPARE(lineage->size(), 3);
        QCOMPARE(lineage->first().discriminator, std::optional(QStringLiteral("Snowflake_Sales")));
        QCOMPARE(lineage->at(1).discriminator,
                 std::optional(QStringLiteral("lib://DataFiles/Sales/OrderLines.qvd")));

        // Data changes with a reload, not with the script: a new app holds none.
        auto made = createApp(f.jonas(), QStringLiteral("Empty"));
        APPS_VERIFY_OK(made);
        QVERIFY(metadata(f.jonas(), made->id)->isEmpty());
        QVERIFY(run<AppDataLineageList>([&](api::Callback<AppDataLineageList> cb) {
                    return f.jonas().data.getDataLineage(made->id, nullptr, cb);
                })->isEmpty());
        // The broken template never loaded.
        QVERIFY(metadata(f.jonas(), id(demo::kAppBrokenTemplate))->isEmpty());
    }

    void servesReloadLogs()
    {
        const QString app = id(demo::kAppFleetMaintenance);
        auto logs = run<ReloadLogList>([&](api::Callback<ReloadLogList> cb) {
            return f.aiko().data.getReloadLogs(app, nullptr, cb);
        });
        APPS_VERIFY_OK(logs);
        QCOMPARE(logs->logs.size(), 2);
        QVERIFY(!logs->bareArray);
        QCOMPARE(logs->logs.first().success, std::optional(true)); // newest first
        QCOMPARE(logs->logs.last().success, std::optional(false));
        QVERIFY(logs->logs.first().duration.value_or(0) > 0);
        auto text = run<QString>([&](api::Callback<QString> cb) {
            return f.aiko().data.getReloadLog(app, logs->logs.last().effectiveReloadId(), nullptr,
                                              cb);
        });
        APPS_VERIFY_OK(text);
        QVERIFY(text->contains(QStringLiteral("Execution started.")));
        QVERIFY(text->contains(QStringLiteral("Execution Failed")));
        QVERIFY(text->contains(QStringLiteral("OpenWorkOrders.qvd")));
        QCOMPARE(run<QString>([&](api::Callback<QString> cb) {
                     return f.aiko().data.getReloadLog(id(demo::kAppCashFlow),
                                                       logs->logs.last().effectiveReloadId(),
                                                       nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
    }

    void storesMediaAndThumbnails()
    {
        auto made = createApp(f.jonas(), QStringLiteral("Pictures"), id(demo::kSpaceSalesDev));
        APPS_VERIFY_OK(made);
        QCOMPARE(run<QByteArray>([&](api::Callback<QByteArray> cb) {
                     return f.jonas().data.getThumbnail(made->id, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        const QByteArray png("\x89PNG\r\n\x1a\nnot really", 18);
        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.jonas().data.putMediaFile(made->id, QStringLiteral("images/logo.png"), png,
                                               nullptr, cb);
        }));
        QCOMPARE(run<api::Empty>([&](api::Callback<api::Empty> cb) {
                     return f.jonas().data.putMediaFile(made->id, QStringLiteral("images/logo.png"),
                                                        png, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 409);
        QCOMPARE(run<api::Empty>([&](api::Callback<api::Empty> cb) {
                     return f.carlos().data.putMediaFile(made->id, QStringLiteral("x.png"), png,
                                                         nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        auto bytes = run<QByteArray>([&](api::Callback<QByteArray> cb) {
            return f.carlos().data.getMediaFile(made->id, QStringLiteral("images/logo.png"),
                                                nullptr, cb);
        });
        APPS_VERIFY_OK(bytes);
        QCOMPARE(*bytes, png);
        auto root = run<AppMediaList>([&](api::Callback<AppMediaList> cb) {
            return f.jonas().data.listMedia(made->id, QString(), std::nullopt, nullptr, cb);
        });
        APPS_VERIFY_OK(root);
        QVERIFY(root->items.isEmpty()); // not recursive: the file is in a folder
        auto deep = run<AppMediaList>([&](api::Callback<AppMediaList> cb) {
            return f.jonas().data.listMedia(made->id, QString(), QStringLiteral("r"), nullptr, cb);
        });
        APPS_VERIFY_OK(deep);
        QCOMPARE(deep->names(), QStringList{QStringLiteral("images/logo.png")});
        QCOMPARE(deep->items.first().type, std::optional(QStringLiteral("image/png")));
        QCOMPARE(run<AppMediaList>([&](api::Callback<AppMediaList> cb) {
                     return f.jonas().data.listMedia(made->id, QStringLiteral("nothing"),
                                                     std::nullopt, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);

        TestReply r = f.call(demo::kAuthorKey, "PUT", QStringLiteral("/api/v1/apps/") + made->id,
                             R"({"attributes":{"thumbnail":"images/logo.png"}})");
        QCOMPARE(r.status, 200);
        auto thumb = run<QByteArray>([&](api::Callback<QByteArray> cb) {
            return f.jonas().data.getThumbnail(made->id, nullptr, cb);
        });
        APPS_VERIFY_OK(thumb);
        QCOMPARE(*thumb, png);

        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.jonas().data.deleteMediaFile(made->id, QStringLiteral("images"), nullptr, cb);
        }));
        QCOMPARE(run<QByteArray>([&](api::Callback<QByteArray> cb) {
                     return f.jonas().data.getMediaFile(made->id, QStringLiteral("images/logo.png"),
                                                        nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);

        // The demo thumbnails are real PNG files.
        auto demoThumb = run<QByteArray>([&](api::Callback<QByteArray> cb) {
            return f.carlos().data.getThumbnail(id(demo::kAppSalesDashboard), nullptr, cb);
        });
        APPS_VERIFY_OK(demoThumb);
        QVERIFY(demoThumb->startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QVERIFY(demoThumb->contains("IEND"));
    }

    void demoTemplatesCarryBindVariables()
    {
        for (const char *templ : {demo::kAppSalesTemplate, demo::kAppFlightsTemplate,
                                  demo::kAppClaimsTemplate, demo::kAppBrokenTemplate}) {
            const QString script = currentScript(id(templ));
            QVERIFY2(script.count(QLatin1Char('\n')) >= 40, templ);
            QVERIFY2(script.contains(QStringLiteral("$(odso_")), templ);
        }
        QVERIFY(
            currentScript(id(demo::kAppSalesTemplate)).contains(QStringLiteral("$(od_Year)[1-3]")));
        QVERIFY(currentScript(id(demo::kAppSalesTemplate))
                    .contains(QStringLiteral("$(odagn_Quarter){\"noValue\":\"-1\"}")));
        QVERIFY(currentScript(id(demo::kAppSalesTemplate))
                    .contains(QStringLiteral("$(odags_ProductLine)")));
        QVERIFY(currentScript(id(demo::kAppBrokenTemplate))
                    .contains(QStringLiteral("// sandbox:fail")));
        for (const StoredDocument &d : f.server().store().all(QStringLiteral("apps")))
            QVERIFY2(currentScript(d.id).count(QLatin1Char('\n')) >= 40, qPrintable(d.id));
    }
};

ODAG_TEST_MAIN(TestSandboxAppData)
#include "tst_sandbox_appdata.moc"
