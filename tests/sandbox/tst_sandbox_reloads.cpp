// The sandbox's reloads over real HTTP with the project's ReloadsApi, on a manual clock:
// QUEUED -> RELOADING -> SUCCEEDED/FAILED with logs, the concurrency limit, cancel
// (202, 204, 409), listing with SCIM filters and paging, validation, and what a restart
// does to reloads in flight.

#include "AppsTestKit.h"
#include "TestMain.h"

#include "sandbox/apps/ReloadRunner.h"
#include "sandbox/apps/SandboxApps.h"

#include <QJsonArray>

using namespace appstest;

namespace {

// Longer than any demo script takes to load.
constexpr qint64 kWholeLoadMs = 5 * 60 * 1000;

} // namespace

class TestSandboxReloads : public QObject
{
    Q_OBJECT
private:
    AppsFixture f;

    api::ApiResult<Reload> queue(UserApis &u, const QString &appId,
                                 const QList<ReloadVariable> &variables = {})
    {
        ReloadCreate c;
        c.appId = appId;
        if (!variables.isEmpty())
            c.variables = ReloadVariables{variables, ReloadVariables::Shape::Object};
        return run<Reload>(
            [&](api::Callback<Reload> cb) { return u.reloads.createReload(c, nullptr, cb); });
    }
    api::ApiResult<Reload> get(UserApis &u, const QString &reloadId)
    {
        return run<Reload>(
            [&](api::Callback<Reload> cb) { return u.reloads.getReload(reloadId, nullptr, cb); });
    }
    ReloadStatus status(const QString &reloadId)
    {
        const auto r = get(f.admin(), reloadId);
        return r.ok() && r->status ? r->status->value() : ReloadStatus::Unknown;
    }
    api::ApiResult<api::CancelReloadResult> cancel(UserApis &u, const QString &reloadId)
    {
        return run<api::CancelReloadResult>([&](api::Callback<api::CancelReloadResult> cb) {
            return u.reloads.cancelReload(reloadId, nullptr, cb);
        });
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void runsQueuedReloadingSucceeded()
    {
        const QString app = id(demo::kAppSalesSelection);
        const QString before =
            SandboxApps(f.server()).get(app)->value(QStringLiteral("lastReloadTime")).toString();
        f.advance(60 * 1000); // the new reload ends after the demo's last one
        auto made = queue(f.jonas(), app);
        APPS_VERIFY_OK(made);
        QCOMPARE(made->status->value(), ReloadStatus::Queued);
        QCOMPARE(made->appId, std::optional(app));
        QCOMPARE(made->userId, std::optional(id(demo::kAuthorId)));
        QCOMPARE(made->type->value(), ReloadType::External);
        QVERIFY(made->creationTime && !made->startTime);
        QVERIFY(made->links->self->href.endsWith(*made->id));

        f.advance(ReloadRunner::kPickupMs);
        auto running = get(f.jonas(), *made->id);
        APPS_VERIFY_OK(running);
        QCOMPARE(running->status->value(), ReloadStatus::Reloading);
        QVERIFY(running->startTime);
        QVERIFY(running->log->contains(QStringLiteral("Started loading data")));
        f.advance(500);
        QVERIFY(get(f.jonas(), *made->id)->log->size() >= running->log->size());

        f.advance(kWholeLoadMs);
        auto done = get(f.jonas(), *made->id);
        APPS_VERIFY_OK(done);
        QCOMPARE(done->status->value(), ReloadStatus::Succeeded);
        QVERIFY(done->endTime && done->duration && done->engineTime);
        QVERIFY(done->duration->startsWith(QStringLiteral("PT")));
        QVERIFY(done->log->contains(QStringLiteral("SalesSummary << Snowflake_Sales")));
        QVERIFY(done->log->contains(QStringLiteral("Finished successfully")));
        const QString after =
            SandboxApps(f.server()).get(app)->value(QStringLiteral("lastReloadTime")).toString();
        QCOMPARE(after, done->endTime->raw());
        QVERIFY(after > before);

        // The detailed script log of the same reload.
        auto script = run<QString>([&](api::Callback<QString> cb) {
            return f.jonas().data.getReloadLog(app, *made->id, nullptr, cb);
        });
        APPS_VERIFY_OK(script);
        QVERIFY(script->contains(QStringLiteral("0025  LIB CONNECT TO 'Snowflake_Sales'")));
        QVERIFY(script->contains(QStringLiteral("Lines fetched")));
        QVERIFY(script->contains(QStringLiteral("Execution finished.")));
    }

    void failsWhereTheScriptSays()
    {
        const QString broken = id(demo::kAppBrokenTemplate);
        const QString before =
            SandboxApps(f.server()).get(broken)->value(QStringLiteral("lastReloadTime")).toString();
        auto made = queue(f.jonas(), broken);
        APPS_VERIFY_OK(made);
        f.advance(kWholeLoadMs);
        auto failed = get(f.jonas(), *made->id);
        APPS_VERIFY_OK(failed);
        QCOMPARE(failed->status->value(), ReloadStatus::Failed);
        QCOMPARE(failed->errorCode, std::optional(QStringLiteral("SCRIPT_ERROR")));
        QVERIFY(failed->errorMessage->contains(QStringLiteral("SalesForecast_v2.qvd")));
        QVERIFY(failed->log->contains(QStringLiteral("The following error occurred")));
        QVERIFY(
            failed->log->contains(QStringLiteral("Actuals << SalesSummary.qvd"))); // ran up to it
        QVERIFY(!failed->log->contains(QStringLiteral("Finished successfully")));
        QCOMPARE(
            SandboxApps(f.server()).get(broken)->value(QStringLiteral("lastReloadTime")).toString(),
            before);

        // A variable can fail any reload, with its message; both variable shapes count.
        auto byVariable =
            queue(f.aiko(), id(demo::kAppCashFlow),
                  {{QStringLiteral("sandbox_fail"), QStringLiteral("ODBC read failed"), {}}});
        APPS_VERIFY_OK(byVariable);
        TestReply seedShape = f.call(
            demo::kSecondAuthorKey, "POST", QStringLiteral("/api/v1/reloads"),
            QStringLiteral(R"({"appId":"%1","variables":[{"name":"sandbox_fail","value":"true"},)"
                           R"({"name":"vRegion","value":"EMEA"}]})")
                .arg(id(demo::kAppCashFlow))
                .toUtf8());
        QCOMPARE(seedShape.status, 201);
        f.advance(kWholeLoadMs);
        auto first = get(f.aiko(), *byVariable->id);
        QCOMPARE(first->status->value(), ReloadStatus::Failed);
        QCOMPARE(first->errorMessage, std::optional(QStringLiteral("ODBC read failed")));
        auto second = get(f.aiko(), seedShape.object().value(QStringLiteral("id")).toString());
        QCOMPARE(second->status->value(), ReloadStatus::Failed);
        QVERIFY(second->errorMessage->startsWith(QStringLiteral("Cannot open file")));
        auto script = run<QString>([&](api::Callback<QString> cb) {
            return f.aiko().data.getReloadLog(id(demo::kAppCashFlow), *second->id, nullptr, cb);
        });
        QVERIFY(script->contains(QStringLiteral("vRegion = 'EMEA'")));
        QVERIFY(script->contains(QStringLiteral("Execution Failed")));
    }

    void honoursTheConcurrencyLimit()
    {
        QVERIFY(f.start(false, 1));
        auto first = queue(f.jonas(), id(demo::kAppSalesSelection));
        auto second = queue(f.jonas(), id(demo::kAppSalesTemplate));
        APPS_VERIFY_OK(first);
        APPS_VERIFY_OK(second);
        f.advance(ReloadRunner::kPickupMs);
        QCOMPARE(status(*first->id), ReloadStatus::Reloading);
        QCOMPARE(status(*second->id), ReloadStatus::Queued);
        // The second waits for as long as the first reloads, then is picked up.
        int steps = 0;
        while (status(*first->id) == ReloadStatus::Reloading) {
            QCOMPARE(status(*second->id), ReloadStatus::Queued);
            f.advance(500);
            ++steps;
        }
        QVERIFY(steps > 3);
        QCOMPARE(status(*first->id), ReloadStatus::Succeeded);
        f.advance(ReloadRunner::kPickupMs);
        QCOMPARE(status(*second->id), ReloadStatus::Reloading);
        f.advance(kWholeLoadMs);
        QCOMPARE(status(*second->id), ReloadStatus::Succeeded);
        QCOMPARE(ReloadRunner::of(f.server()).activeLoads(), 0);
    }

    void cancels()
    {
        auto queued = queue(f.jonas(), id(demo::kAppSalesSelection));
        APPS_VERIFY_OK(queued);
        auto accepted = cancel(f.jonas(), *queued->id);
        APPS_VERIFY_OK(accepted);
        QCOMPARE(accepted->httpStatus, 202);
        QCOMPARE(accepted->status->value(), ReloadStatus::Canceling);
        QCOMPARE(status(*queued->id), ReloadStatus::Canceling);
        auto again = cancel(f.jonas(), *queued->id);
        APPS_VERIFY_OK(again);
        QVERIFY(again->alreadyOver()); // 204
        f.advance(ReloadRunner::kCancelMs + ReloadRunner::kPickupMs);
        QCOMPARE(status(*queued->id), ReloadStatus::Canceled);
        const auto over = cancel(f.jonas(), *queued->id);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().httpStatus, 409);

        // While it reloads.
        auto running = queue(f.jonas(), id(demo::kAppSalesTemplate));
        APPS_VERIFY_OK(running);
        f.advance(ReloadRunner::kPickupMs + 200);
        QCOMPARE(status(*running->id), ReloadStatus::Reloading);
        QCOMPARE(cancel(f.jonas(), *running->id)->httpStatus, 202);
        f.advance(kWholeLoadMs);
        auto canceled = get(f.jonas(), *running->id);
        QCOMPARE(canceled->status->value(), ReloadStatus::Canceled);
        QVERIFY(canceled->endTime);
        QVERIFY(canceled->log->contains(QStringLiteral("canceled")));
        QVERIFY(!canceled->log->contains(QStringLiteral("Finished successfully")));

        // Consumers may not cancel someone else's reload; strangers do not see it.
        auto other = queue(f.jonas(), id(demo::kAppSalesSelection));
        QCOMPARE(cancel(f.carlos(), *other->id).error().httpStatus, 403);
        QCOMPARE(cancel(f.aiko(), QStringLiteral("ffffffffffffffffffffffff")).error().httpStatus,
                 404);
    }

    void listsWithFiltersAndPaging()
    {
        const QString app = id(demo::kAppSalesSelection);
        for (int i = 0; i < 3; ++i)
            APPS_VERIFY_OK(queue(f.jonas(), app));
        f.advance(kWholeLoadMs);
        APPS_VERIFY_OK(
            queue(f.jonas(), app, {{QStringLiteral("sandbox_fail"), QStringLiteral("1"), {}}}));
        f.advance(kWholeLoadMs);

        auto all = runPager<QList<Reload>>([&](api::Callback<QList<Reload>> cb) {
            api::ReloadListQuery q;
            q.appId = app;
            q.limit = 2;
            return f.carlos().reloads.listAllReloads(q, nullptr, {}, cb);
        });
        APPS_VERIFY_OK(all);
        QCOMPARE(all->size(), 7); // three from the demo, four new
        QVERIFY(all->first().creationTime->raw() >=
                all->last().creationTime->raw()); // newest first
        QVERIFY(!all->first().log);               // only with log=true

        auto failed = run<ReloadList>([&](api::Callback<ReloadList> cb) {
            api::ReloadListQuery q;
            q.appId = app;
            q.filter = QStringLiteral(R"(status eq "FAILED")");
            q.log = true;
            return f.jonas().reloads.listReloads(q, nullptr, cb);
        });
        APPS_VERIFY_OK(failed);
        QCOMPARE(failed->data.size(), 1);
        QVERIFY(failed->data.first().log->contains(QStringLiteral("error occurred")));

        auto either = run<ReloadList>([&](api::Callback<ReloadList> cb) {
            api::ReloadListQuery q;
            q.appId = app;
            q.filter = QStringLiteral(
                R"((status eq "FAILED" or status eq "SUCCEEDED") and type eq "external")");
            return f.jonas().reloads.listReloads(q, nullptr, cb);
        });
        QCOMPARE(either->data.size(), 4);

        auto bad = run<ReloadList>([&](api::Callback<ReloadList> cb) {
            api::ReloadListQuery q;
            q.appId = app;
            q.filter = QStringLiteral(R"(appId eq "x")");
            return f.jonas().reloads.listReloads(q, nullptr, cb);
        });
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(bad.error().detail.startsWith(QStringLiteral("filter:")));
        TestReply r = f.call(
            demo::kAuthorKey, "GET",
            QStringLiteral("/api/v1/reloads?appId=%1&filter=status%20eq%20%22FAILED").arg(app));
        QCOMPARE(r.status, 400);

        // appId is required except for tenant admins, who list every reload.
        QCOMPARE(run<ReloadList>([&](api::Callback<ReloadList> cb) {
                     return f.jonas().reloads.listReloads(api::ReloadListQuery(), nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 400);
        auto tenant = runPager<QList<Reload>>([&](api::Callback<QList<Reload>> cb) {
            api::ReloadListQuery q;
            q.limit = 100;
            return f.admin().reloads.listAllReloads(q, nullptr, {}, cb);
        });
        APPS_VERIFY_OK(tenant);
        QCOMPARE(tenant->size(), 25 + 4);
        QCOMPARE(run<ReloadList>([&](api::Callback<ReloadList> cb) {
                     api::ReloadListQuery q;
                     q.appId = id(demo::kAppCashFlow);
                     return f.carlos().reloads.listReloads(q, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        r = f.call(demo::kAdminKey, "GET",
                   QStringLiteral("/api/v1/reloads?appId=%1&sort=-duration").arg(app));
        QCOMPARE(r.status, 400);
    }

    void validatesRequests()
    {
        QList<ReloadVariable> many;
        for (int i = 0; i < 21; ++i)
            many.append({QStringLiteral("v%1").arg(i), QStringLiteral("x"), {}});
        TestReply r =
            f.call(demo::kAuthorKey, "POST", QStringLiteral("/api/v1/reloads"),
                   json::toBytes(QJsonObject{
                       {QStringLiteral("appId"), id(demo::kAppSalesSelection)},
                       {QStringLiteral("variables"),
                        json::encode(ReloadVariables{many, ReloadVariables::Shape::Array})}}));
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("variables")));
        r = f.call(demo::kAuthorKey, "POST", QStringLiteral("/api/v1/reloads"),
                   R"({"partial":true})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("appId:")));
        QCOMPARE(queue(f.jonas(), QStringLiteral("ffffffffffffffffffffffff")).error().httpStatus,
                 404);
        QCOMPARE(queue(f.carlos(), id(demo::kAppSalesSelection)).error().httpStatus,
                 403); // a consumer
        QCOMPARE(get(f.carlos(), *queue(f.aiko(), id(demo::kAppCashFlow))->id).error().httpStatus,
                 404);
    }

    void restartFailsWhatWasRunningAndResumesTheQueue()
    {
        QVERIFY(f.start(false, 1));
        auto running = queue(f.jonas(), id(demo::kAppSalesSelection));
        auto waiting = queue(f.jonas(), id(demo::kAppSalesTemplate));
        APPS_VERIFY_OK(running);
        APPS_VERIFY_OK(waiting);
        f.advance(ReloadRunner::kPickupMs + 100);
        QCOMPARE(status(*running->id), ReloadStatus::Reloading);

        QVERIFY(f.start(true, 1)); // the same data directory, a new engine
        auto interrupted = get(f.jonas(), *running->id);
        APPS_VERIFY_OK(interrupted);
        QCOMPARE(interrupted->status->value(), ReloadStatus::Failed);
        QCOMPARE(interrupted->errorCode, std::optional(QStringLiteral("ENGINE_RESTARTED")));
        QVERIFY(interrupted->log->contains(QStringLiteral("engine restarted")));
        QVERIFY(interrupted->endTime);
        QCOMPARE(status(*waiting->id), ReloadStatus::Queued);
        f.advance(ReloadRunner::kPickupMs);
        QCOMPARE(status(*waiting->id), ReloadStatus::Reloading);
        f.advance(kWholeLoadMs);
        QCOMPARE(status(*waiting->id), ReloadStatus::Succeeded);
    }
};

ODAG_TEST_MAIN(TestSandboxReloads)
#include "tst_sandbox_reloads.moc"
