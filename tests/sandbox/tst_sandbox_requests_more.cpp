// ODAG requests in the sandbox, part two: partitioned (multiple/singlesub) requests and
// their summary, the retention purge, the generated app's reload, rename and delete,
// the selections, the Qlik Sense Enterprise request paths, a request in flight across a
// restart, the demo requests, and the engine's pure helpers.

#include "RequestsTestKit.h"
#include "TestMain.h"

#include "sandbox/odag/DemoRequests.h"
#include "sandbox/odag/GeneratedAppScript.h"
#include "sandbox/odag/RequestValidation.h"

#include <set>

using namespace requeststest;

class TestSandboxRequestsMore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> f;
    QTemporaryDir m_dir;

    RequestObject get(const QString &id) { return f->admin().get(id).value(); }
    RequestObject finish(const QString &id)
    {
        f->advance(RequestEngine::kValidatingMs);
        f->advance(RequestEngine::loadDurationMs(get(id).actualRowEst));
        return get(id);
    }
    void partitionByRegion()
    {
        auto app = *f->apps().get(f->selectionAppId);
        app.insert(QStringLiteral("custom"), QJsonObject{{QStringLiteral("odagPartitionFields"),
                                                          QJsonArray{QStringLiteral("Region")}}});
        QVERIFY(f->apps().update(f->selectionAppId, app));
        // Room for the children's apps.
        f->updateLink([](LinkStateFull &l) { l.properties.genAppLimit.reset(); });
    }
    QJsonObject rawGet(const QString &path, const char *key = demo::kAdminKey)
    {
        TestClient raw(f->server->baseUrl());
        raw.setApiKey(QByteArray(key));
        return raw.get(path).object();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Fixture>(2);
        f->makeLink();
    }
    void cleanup() { f.reset(); }

    void partitionedSelectionMakesSubRequests()
    {
        partitionByRegion();
        const RequestObject parent =
            f->analyst().submit(f->linkId, f->payload({"EMEA", "APAC", "Nordics"})).value();
        QCOMPARE(parent.kind, RequestKind::Multiple);
        QVERIFY(!parent.generatedApp);
        QVERIFY(!parent.loadState);
        QCOMPARE(parent.extra.value(QStringLiteral("subRequests")).toArray().size(), 3);

        f->advance(RequestEngine::kValidatingMs);
        QList<RequestObject> kids;
        const QList<RequestObject> listed = f->analyst().list(f->linkId).value();
        for (const RequestObject &r : listed) {
            if (r.parentRequestId == parent.id)
                kids << r;
        }
        QCOMPARE(kids.size(), 3);
        std::set<QString> names;
        int loading = 0;
        for (const RequestObject &k : kids) {
            QCOMPARE(k.kind, RequestKind::SingleSub);
            QCOMPARE(k.link, f->linkId);
            QVERIFY(k.generatedApp.has_value());
            names.insert(k.generatedApp->name);
            loading += k.state == RequestState::Loading;
            // Each child binds its own value.
            const QString script = f->apps().currentScript(k.generatedApp->id);
            QCOMPARE(script.count(QStringLiteral("Match(Region, '")), 1);
            QCOMPARE(k.actualRowEst.value_or(0), 67); // 200 over 3, rounded up
        }
        QCOMPARE(names.size(), size_t(3));
        QVERIFY(names.count(QStringLiteral("Sales template for ") +
                            QString::fromLatin1(demo::kAnalystId) +
                            QStringLiteral(" (Region=APAC)")) == 1);
        QCOMPARE(loading, 2); // two load slots
        RequestObject p = get(parent.id);
        QCOMPARE(p.state, RequestState::Loading);
        QVERIFY(!p.generatedApp);
        QVERIFY(!p.loadState);

        // Cancel applies to the child still waiting; the loading ones go on.
        p = f->analyst().act(parent.id, RequestAction::Cancel).value();
        QCOMPARE(p.extra.value(QStringLiteral("subRequests")).toArray().size(), 3);
        f->advance(RequestEngine::loadDurationMs(67));
        p = get(parent.id);
        QCOMPARE(p.state, RequestState::Canceled); // two succeeded, one canceled to acknowledge
        QCOMPARE(f->analyst().act(parent.id, RequestAction::AckCancel).value().state,
                 RequestState::Succeeded);
        // Nothing left that an action could change.
        auto refused = f->analyst().act(parent.id, RequestAction::Pause);
        QCOMPARE(refused.error().code, QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QVERIFY(refused.error().detail.contains(QStringLiteral("succeeded")));
        // One value only: a single request.
        QCOMPARE(f->analyst().submit(f->linkId, f->payload({"EMEA"})).value().kind,
                 RequestKind::Single);
    }

    void parentSummarizesFailures()
    {
        partitionByRegion();
        f->apps().setScript(f->templateAppId, kTemplateScript + QStringLiteral("// sandbox:fail\n"),
                            QString::fromLatin1(demo::kAuthorId));
        const RequestObject parent =
            f->analyst().submit(f->linkId, f->payload({"EMEA", "APAC"})).value();
        f->advance(RequestEngine::kValidatingMs);
        f->advance(RequestEngine::loadDurationMs(100));
        const RequestObject p = get(parent.id);
        QCOMPARE(p.state, RequestState::Failed);
        QCOMPARE(p.errorMessage.value_or(QString()), QStringLiteral("2 of 2 sub-requests failed."));
        QCOMPARE(f->analyst().act(parent.id, RequestAction::AckFailure).value().state,
                 RequestState::FailedAck);

        QCOMPARE(RequestEngine::summarize({RequestState::Succeeded, RequestState::Loading}),
                 RequestState::Loading);
        QCOMPARE(RequestEngine::summarize({RequestState::Queued, RequestState::Hold}),
                 RequestState::Queued);
        QCOMPARE(RequestEngine::summarize({RequestState::Hold, RequestState::Succeeded}),
                 RequestState::Hold);
        QCOMPARE(RequestEngine::summarize({RequestState::Succeeded, RequestState::Failed}),
                 RequestState::Failed);
        QCOMPARE(RequestEngine::summarize({RequestState::Succeeded, RequestState::Succeeded}),
                 RequestState::Succeeded);
        QCOMPARE(RequestEngine::summarize({RequestState::CanceledAck, RequestState::FailedAck}),
                 RequestState::FailedAck);
        QCOMPARE(RequestEngine::summarize({RequestState::Invalid}), RequestState::Invalid);
    }

    void retentionPurgesTheApp()
    {
        const RequestObject r = finish(f->analyst().submit(f->linkId, f->payload()).value().id);
        QCOMPARE(r.state, RequestState::Succeeded);
        const QString appId = r.generatedApp->id;
        const qint64 untilPurge = f->server->clock().now().msecsTo(r.purgeAfter->toDateTime());
        QCOMPARE(untilPurge, 2 * 3600 * 1000);
        f->advance(untilPurge - 1000);
        QVERIFY(f->apps().exists(appId));
        QCOMPARE(get(r.id).retentionTime.value_or(-1), 1);
        f->advance(1000);
        const RequestObject purged = get(r.id);
        QVERIFY(!purged.generatedApp);
        QVERIFY(!purged.retentionTime);
        QCOMPARE(purged.state, RequestState::Succeeded);
        QVERIFY(!f->apps().exists(appId));
        // Unlimited retention: kept.
        f->updateLink([](LinkStateFull &l) {
            l.properties.appRetentionTime = QList<LinkPropAppRetentionTime>{
                {QStringLiteral("User_*"), QStringLiteral("unlimited"), {}}};
        });
        const RequestObject kept = finish(f->analyst().submit(f->linkId, f->payload()).value().id);
        QCOMPARE(kept.timeToLive.value_or(-1), 0);
        QCOMPARE(kept.retentionTime.value_or(-1), 0);
        QVERIFY(!kept.purgeAfter);
        f->advance(30LL * 24 * 3600 * 1000);
        QVERIFY(get(kept.id).generatedApp.has_value());
    }

    void generatedAppReloadRenameDelete()
    {
        const RequestObject r = finish(f->analyst().submit(f->linkId, f->payload()).value().id);
        Client &c = f->analyst();
        // Rename.
        RenameAppPayload rename;
        rename.appName = QStringLiteral("EMEA deep dive");
        const RequestObject renamed =
            run<RequestObject>([&](auto done) {
                return c.requests.renameGeneratedApp(r.id, rename, &c.transport, std::move(done));
            }).value();
        QCOMPARE(renamed.generatedApp->name, QStringLiteral("EMEA deep dive"));
        QCOMPARE(renamed.generatedAppName.value_or(QString()), QStringLiteral("EMEA deep dive"));
        QCOMPARE(f->apps().get(r.generatedApp->id)->value(QStringLiteral("name")).toString(),
                 QStringLiteral("EMEA deep dive"));
        rename.appName = QStringLiteral("  ");
        QCOMPARE(run<RequestObject>([&](auto done) {
                     return c.requests.renameGeneratedApp(r.id, rename, &c.transport,
                                                          std::move(done));
                 })
                     .error()
                     .httpStatus,
                 400);

        // Reload: back through the queue and a new load, with a new selection.
        ReloadAppPayload reload;
        reload.bindSelectionState =
            SelectionState{field(QStringLiteral("Region"), strings({"DACH"})),
                           field(QStringLiteral("Year"), strings({"2025"}), {}, true)};
        const RequestObject again =
            run<RequestObject>([&](auto done) {
                return c.requests.reloadGeneratedApp(r.id, reload, &c.transport, std::move(done));
            }).value();
        QCOMPARE(again.id, r.id);
        QCOMPARE(again.state, RequestState::Loading);
        QVERIFY(again.loadState->startedAt.toDateTime() > r.loadState->startedAt.toDateTime());
        QVERIFY(!again.purgeAfter);
        QVERIFY(f->apps().currentScript(r.generatedApp->id).contains(QStringLiteral("'DACH'")));
        // Not while it loads.
        auto busy = run<RequestObject>([&](auto done) {
            return c.requests.reloadGeneratedApp(r.id, {}, &c.transport, std::move(done));
        });
        QCOMPARE(busy.error().code, QStringLiteral("ODAG-REQ-ACTION-STATE"));
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(r.id).state, RequestState::Succeeded);

        // copyRequest: a new request takes the app over.
        reload = {};
        reload.copyRequest = true;
        const RequestObject copy =
            run<RequestObject>([&](auto done) {
                return c.requests.reloadGeneratedApp(r.id, reload, &c.transport, std::move(done));
            }).value();
        QVERIFY(copy.id != r.id);
        QCOMPARE(copy.generatedApp->id, r.generatedApp->id);
        QVERIFY(!get(r.id).generatedApp);
        f->advance(RequestEngine::loadDurationMs(200));

        // Delete: 204, then 404; the app is gone.
        auto deleted = run<api::Empty>([&](auto done) {
            return c.requests.deleteGeneratedApp(copy.id, &c.transport, std::move(done));
        });
        QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().details()));
        QVERIFY(!f->apps().exists(r.generatedApp->id));
        QVERIFY(!get(copy.id).generatedApp);
        auto again404 = run<api::Empty>([&](auto done) {
            return c.requests.deleteGeneratedApp(copy.id, &c.transport, std::move(done));
        });
        QCOMPARE(again404.error().httpStatus, 404);
        QCOMPARE(again404.error().code, QStringLiteral("ODAG-REQ-NO-APP"));
        // Someone unrelated may not touch the app.
        QCOMPARE(run<api::Empty>([&](auto done) {
                     Client &o = f->otherAuthor();
                     return o.requests.deleteGeneratedApp(r.id, &o.transport, std::move(done));
                 })
                     .error()
                     .httpStatus,
                 403);
    }

    void selectionsAreKept()
    {
        RequestPostPayload p = f->payload({"EMEA"});
        p.selectionState =
            SelectionState{field(QStringLiteral("Region"), strings({"EMEA"}), strings({"APAC"})),
                           field(QStringLiteral("Country"), strings({"Germany", "France"}))};
        const RequestObject r = f->analyst().submit(f->linkId, p).value();
        Client &c = f->analyst();
        const auto selections = run<SelectionState>([&](auto done) {
            return c.requests.getSelections(r.id, &c.transport, std::move(done));
        });
        QVERIFY(selections.ok());
        QCOMPARE(selections.value(), *p.selectionState);
        // The selection hash counts selected values only.
        QCOMPARE(r.selectionStateHash.value_or(0),
                 requestrules::stateHash(*p.selectionState, true));
        QVERIFY(r.selectionStateHash.value_or(0) < (qint64(1) << 53));
    }

    void qsePaths()
    {
        auto qse = f->qse(demo::kAnalystLogin);
        // Submit in the Cloud-like form.
        QseRequestCreate create;
        create.selectionState = QJsonObject{
            {QStringLiteral("bindSelectionState"), json::encode(f->payload().bindSelectionState)},
            {QStringLiteral("actualRowEst"), 150}};
        const auto submitted = run<QseRequest>([&](auto done) {
            return qse->qse.submitRequest(f->linkId, create, &qse->transport, std::move(done));
        });
        QVERIFY2(submitted.ok(),
                 qPrintable(submitted.ok() ? QString() : submitted.error().details()));
        const QseRequest q = submitted.value();
        QCOMPARE(q.status->value(), QseRequestStatus::Queued);
        QCOMPARE(q.linkId.value_or(QString()), f->linkId);
        QCOMPARE(q.owner->id(), QString::fromLatin1(demo::kAnalystId));
        QCOMPARE(q.selectionAppId.value_or(QString()), f->selectionAppId);

        // The simple form: field -> values.
        QseRequestCreate simple;
        simple.selectionState =
            QJsonObject{{QStringLiteral("Region"), QJsonArray{QStringLiteral("APAC")}},
                        {QStringLiteral("Year"), 2024}};
        const QseRequest second =
            run<QseRequest>([&](auto done) {
                return qse->qse.submitRequest(f->linkId, simple, &qse->transport, std::move(done));
            }).value();
        // A selection state the link refuses: {message}.
        QseRequestCreate bad;
        bad.selectionState = QJsonObject{{QStringLiteral("Year"), 2024}};
        const auto refused = run<QseRequest>([&](auto done) {
            return qse->qse.submitRequest(f->linkId, bad, &qse->transport, std::move(done));
        });
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY(refused.error().detail.contains(QStringLiteral("odags_Region")));

        const auto all = run<QList<QseRequest>>(
            [&](auto done) { return qse->qse.listRequests(&qse->transport, std::move(done)); });
        QCOMPARE(all.value().size(), 2);
        const auto forLink = run<QList<QseRequest>>([&](auto done) {
            return qse->qse.listLinkRequests(f->linkId, &qse->transport, std::move(done));
        });
        QCOMPARE(forLink.value().size(), 2);

        // Cancel the second before it loads.
        QseRequestUpdate cancel;
        cancel.status = QStringLiteral("cancelled");
        const QseRequest cancelled =
            run<QseRequest>([&](auto done) {
                return qse->qse.updateRequest(*second.id, cancel, &qse->transport, std::move(done));
            }).value();
        QCOMPARE(cancelled.status->value(), QseRequestStatus::Cancelled);
        QseRequestUpdate nonsense;
        nonsense.status = QStringLiteral("exploded");
        QCOMPARE(run<QseRequest>([&](auto done) {
                     return qse->qse.updateRequest(*q.id, nonsense, &qse->transport,
                                                   std::move(done));
                 })
                     .error()
                     .httpStatus,
                 400);

        // Load, then completed, with the generated app.
        finish(*q.id);
        const QseRequest done =
            run<QseRequest>([&](auto cb) {
                return qse->qse.getRequest(*q.id, &qse->transport, std::move(cb));
            }).value();
        QCOMPARE(done.status->value(), QseRequestStatus::Completed);
        QVERIFY(done.generatedAppId.has_value());
        QseRenamePayload rename;
        rename.name = QStringLiteral("QSE name");
        QCOMPARE(run<QseRequest>([&](auto cb) {
                     return qse->qse.renameGeneratedApp(*q.id, rename, &qse->transport,
                                                        std::move(cb));
                 })
                     .value()
                     .generatedAppName.value_or(QString()),
                 QStringLiteral("QSE name"));
        QCOMPARE(run<QseRequest>([&](auto cb) {
                     return qse->qse.reloadGeneratedApp(*q.id, &qse->transport, std::move(cb));
                 })
                     .value()
                     .status->value(),
                 QseRequestStatus::Loading);
        f->advance(RequestEngine::loadDurationMs(150));
        QVERIFY(run<api::Empty>([&](auto cb) {
                    return qse->qse.deleteGeneratedApp(*q.id, &qse->transport, std::move(cb));
                }).ok());
        const auto missing = run<QseRequest>([&](auto cb) {
            return qse->qse.getRequest(QStringLiteral("0123456789abcdef01234567"), &qse->transport,
                                       std::move(cb));
        });
        QCOMPARE(missing.error().httpStatus, 404);
        QVERIFY(!missing.error().detail.isEmpty());
        // Status filter on the list.
        TestClient raw(f->server->baseUrl());
        const QByteArray xrf = "abcdefghij012345";
        const TestReply list = raw.call(
            "GET", QStringLiteral("/api/odag/v1/requests?xrfkey=abcdefghij012345&status=cancelled"),
            {}, {{"X-Qlik-Xrfkey", xrf}, {"X-Qlik-User", "UserDirectory=SANDBOX; UserId=cmendes"}});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1);
    }

    void inFlightSurvivesARestart()
    {
        f = std::make_unique<Fixture>(1, m_dir.path());
        f->makeLink();
        const QString a = f->analyst().submit(f->linkId, f->payload()).value().id;
        const QString b = f->author().submit(f->linkId, f->payload()).value().id;
        const QString c = f->author().submit(f->linkId, f->payload()).value().id;
        const QString d = f->admin().submit(f->linkId, f->payload()).value().id;
        f->advance(RequestEngine::kValidatingMs);
        QVERIFY(f->author().act(c, RequestAction::Pause).ok());
        const QString e = f->admin().submit(f->linkId, f->payload()).value().id; // validating
        // Stop mid-flight: a loading, b and d queued, c on hold, e validating.
        f->start(1);
        const QDateTime restartedAt = f->server->clock().now();
        f->advance(1);
        RequestObject ra = get(a);
        QCOMPARE(ra.state, RequestState::Loading);
        QCOMPARE(ra.loadState->startedAt.toDateTime(), restartedAt); // the load started again
        QCOMPARE(get(b).state, RequestState::Queued);
        QCOMPARE(get(c).state, RequestState::Hold);
        QCOMPARE(get(d).state, RequestState::Queued);
        QCOMPARE(f->engine()->queuedCount(), 2);
        f->advance(RequestEngine::kValidatingMs);
        QCOMPARE(get(e).state, RequestState::Queued);
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(a).state, RequestState::Succeeded);
        QCOMPARE(get(b).state, RequestState::Loading); // the old order holds
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(d).state, RequestState::Loading);
    }

    void demoRequests()
    {
        f.reset();
        SandboxOptions o;
        o.demo = true;
        o.rateLimit = false;
        SandboxServer server(o);
        server.clock().setManual(true);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        RequestEngine *engine = RequestEngine::of(server);
        engine->ensureRunning();
        const QList<StoredRequest> all = engine->records().all();
        QVERIFY2(all.size() >= 200, qPrintable(QString::number(all.size())));
        std::set<RequestState> states;
        std::set<RequestKind> kinds;
        std::set<QString> owners;
        int purged = 0;
        for (const StoredRequest &r : all) {
            states.insert(r.state());
            kinds.insert(r.request.kind.value());
            owners.insert(r.request.owner.id);
            purged += r.internals.purged.value_or(false);
            QVERIFY(r.request.createdDate.toDateTime() <= server.clock().now());
            QVERIFY(r.request.createdDate.toDateTime() >=
                    server.clock().now().addDays(-28).addSecs(-60));
            if (r.request.loadState && r.request.loadState->finishedAt)
                QVERIFY(r.request.loadState->finishedAt->toDateTime() >=
                        r.request.loadState->startedAt.toDateTime());
            if (r.hasApp())
                QVERIFY2(SandboxApps(server).exists(r.request.generatedApp->id),
                         qPrintable(r.id()));
            if (r.state() == RequestState::Failed)
                QVERIFY(!r.request.errorMessage.value_or(QString()).isEmpty());
        }
        for (RequestState s :
             {RequestState::Validating, RequestState::Queued, RequestState::Invalid,
              RequestState::Hold, RequestState::Loading, RequestState::Canceled,
              RequestState::Failed, RequestState::Succeeded, RequestState::Canceling,
              RequestState::CanceledAck, RequestState::FailedAck})
            QVERIFY2(states.count(s) == 1, qPrintable(OpenEnum<RequestState>::nameOf(s)));
        QCOMPARE(kinds.size(), size_t(3));
        QVERIFY(owners.size() >= 3);
        QVERIFY(purged > 0);
        // In flight now, and moving on the clock.
        const qsizetype pendingBefore =
            engine->records()
                .inStates({RequestState::Validating, RequestState::Queued, RequestState::Loading,
                           RequestState::Canceling})
                .size();
        QVERIFY(pendingBefore >= 5);
        server.clock().advance(5 * 60 * 1000);
        QCOMPARE(engine->records()
                     .inStates({RequestState::Validating, RequestState::Queued,
                                RequestState::Loading, RequestState::Canceling})
                     .size(),
                 0);
        // Seeding again leaves what is there.
        const qint64 count = engine->records().count();
        QVERIFY(seedDemoRequests(server));
        QCOMPARE(engine->records().count(), count);
    }

    void boundScriptFormatting()
    {
        QList<Binding> bindings{
            binding(QStringLiteral("odags_Region"), QStringLiteral("Region"), {}, {})};
        bindings[0].formatting = BindFormatting{QStringLiteral(";"), QStringLiteral("\""), {}};
        const SelectionState state{
            field(QStringLiteral("Region"), strings({"O'Hare", "B"}), strings({"C"})),
            field(QStringLiteral("Year"), strings({"2024", "n/a"}), {}, true)};
        const QString script =
            QStringLiteral("A: $(odags_Region)\n"
                           "B: $(odags_Region){\"quote\":\"\",\"delimiter\":\"|\"}\n"
                           "C: $(odagsn_Year)\n"
                           "D: $(odagscnt_Region)\n"
                           "E: $(odags_Missing){\"noValue\":\"-1\"}\n"
                           "F: $(ods_Region)[1-2]\n");
        const QString bound = generatedapp::bindScript(script, bindings, state);
        QCOMPARE(bound, QStringLiteral("A: \"O'Hare\";\"B\"\n"
                                       "B: O'Hare|B\n"
                                       "C: 2024\n"
                                       "D: 2\n"
                                       "E: -1\n"
                                       "F: 'O''Hare','B'\n"));
    }
};

ODAG_TEST_MAIN(TestSandboxRequestsMore)
#include "tst_sandbox_requests_more.moc"
