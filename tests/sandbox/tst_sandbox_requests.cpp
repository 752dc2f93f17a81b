// ODAG generation requests in the sandbox over real HTTP with the project's client, on a
// manual clock: the submission checks in their order, genAppLimit with Restrict,
// AutoDelete and the override, the lifecycle and its timings, the load queue, failing
// loads, the actions and their refusals, ownership, ODAG switched off and the list
// filters.

#include "RequestsTestKit.h"
#include "TestMain.h"

#include "core/rules/ScriptBindings.h"

using namespace requeststest;

namespace {

QString code(const api::ApiResult<RequestObject> &r)
{
    return r.ok() ? QString() : r.error().code;
}

} // namespace

class TestSandboxRequests : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> f;

    RequestObject submitOk(Client &c, const RequestPostPayload &p)
    {
        const auto r = c.submit(f->linkId, p);
        if (!r.ok())
            qWarning("submit failed: %s", qPrintable(r.error().details()));
        return r.ok() ? r.value() : RequestObject{};
    }
    RequestObject get(const QString &id) { return f->admin().get(id).value(); }
    // Runs a request to the end of its load.
    RequestObject finish(const QString &id)
    {
        f->advance(RequestEngine::kValidatingMs);
        const RequestObject r = get(id);
        f->advance(RequestEngine::loadDurationMs(r.actualRowEst));
        return get(id);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Fixture>();
        f->makeLink();
    }
    void cleanup() { f.reset(); }

    void lifecycleAndTimings()
    {
        const RequestObject created = submitOk(f->analyst(), f->payload({"EMEA", "APAC"}, 200));
        QCOMPARE(created.id.size(), 24);
        QCOMPARE(created.state, RequestState::Validating);
        QCOMPARE(created.kind, RequestKind::Single);
        QCOMPARE(created.link, f->linkId);
        QCOMPARE(created.owner.id, QString::fromLatin1(demo::kAnalystId));
        QVERIFY(!created.generatedApp);
        QVERIFY(!created.loadState);
        QCOMPARE(created.generatedAppName.value_or(QString()),
                 QStringLiteral("Sales template for ") + QString::fromLatin1(demo::kAnalystId));
        QCOMPARE(created.curRowEstHighBound.value_or(0), 500); // the analyst's own range
        QVERIFY(!created.curRowEstLowBound);
        QCOMPARE(created.curRowEstExpr.value_or(QString()), QStringLiteral("Sum(Rows)"));
        QCOMPARE(created.targetSheet.value_or(QString()), QStringLiteral("sheet-overview"));
        QCOMPARE(created.sheetname.value_or(QString()), QStringLiteral("Overview"));
        QCOMPARE(created.selectionAppName.value_or(QString()), QStringLiteral("Sales selection"));
        QCOMPARE(created.templateAppName.value_or(QString()), QStringLiteral("Sales template"));
        QCOMPARE(created.timeToLive.value_or(-1), 120);
        QVERIFY(created.bindingStateHash.has_value());
        QVERIFY(created.selectionStateHash.has_value());

        f->advance(RequestEngine::kValidatingMs - 1);
        QCOMPARE(get(created.id).state, RequestState::Validating);
        f->advance(1);
        // Queued (the app exists) and straight on to a free load slot.
        RequestObject loading = get(created.id);
        QCOMPARE(loading.state, RequestState::Loading);
        QVERIFY(loading.generatedApp.has_value());
        QCOMPARE(loading.loadState->loadHost, QStringLiteral("sandbox-engine-1"));
        QCOMPARE(loading.loadState->status->value(), DataLoadStatus::Pending);
        QCOMPARE(
            created.createdDate.toDateTime().msecsTo(loading.loadState->startedAt.toDateTime()),
            RequestEngine::kValidatingMs);

        // The generated app: named, marked, its script bound to the selection.
        const auto app = f->apps().get(loading.generatedApp->id);
        QVERIFY(app.has_value());
        QCOMPARE(app->value(QStringLiteral("name")).toString(), *created.generatedAppName);
        const QJsonObject marker = app->value(QStringLiteral("custom"))
                                       .toObject()
                                       .value(QString::fromLatin1(kOdagGeneratedAttribute))
                                       .toObject();
        QCOMPARE(marker.value(QStringLiteral("requestId")).toString(), created.id);
        QCOMPARE(marker.value(QStringLiteral("linkId")).toString(), f->linkId);
        const QString script = f->apps().currentScript(loading.generatedApp->id);
        QVERIFY2(script.contains(QStringLiteral("Match(Region, 'EMEA','APAC')")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("Year >= 2024;")), qPrintable(script));
        QVERIFY(script.contains(QStringLiteral("// $(odags_Region) in a comment")));

        const qint64 loadMs = RequestEngine::loadDurationMs(200);
        QVERIFY(loadMs >= 3000 && loadMs <= 15000);
        f->advance(loadMs - 1);
        QCOMPARE(get(created.id).state, RequestState::Loading);
        f->advance(1);
        const RequestObject done = get(created.id);
        QCOMPARE(done.state, RequestState::Succeeded);
        QCOMPARE(done.loadState->status->value(), DataLoadStatus::Success);
        const QDateTime finished = done.loadState->finishedAt->toDateTime();
        QCOMPARE(done.loadState->startedAt.toDateTime().msecsTo(finished), loadMs);
        QCOMPARE(done.purgeAfter->toDateTime(), finished.addSecs(120 * 60));
        QCOMPARE(done.retentionTime.value_or(-1), 120);
        QVERIFY(done.modifiedDate.toDateTime() >= finished);
        QVERIFY(!f->apps()
                     .get(done.generatedApp->id)
                     ->value(QStringLiteral("lastReloadTime"))
                     .toString()
                     .isEmpty());
        f->advance(30 * 60 * 1000);
        QCOMPARE(get(created.id).retentionTime.value_or(-1), 90);
        // Longer rows, longer loads, within 3 to 15 seconds.
        QCOMPARE(RequestEngine::loadDurationMs(10), 3000);
        QCOMPARE(RequestEngine::loadDurationMs(10000000), 15000);
        QVERIFY(RequestEngine::loadDurationMs(100000) > RequestEngine::loadDurationMs(5000));
    }

    void validationRulesInOrder()
    {
        // Every rule broken at once: the first rule answers. Then each is mended in turn.
        RequestPostPayload bad = f->payload({}, 1000000); // no region, estimate too high
        f->updateLink([](LinkStateFull &l) { l.status = LinkStatus::Disabled; });
        auto r = f->analyst().submit(f->linkId, bad);
        QCOMPARE(r.error().httpStatus, 400);
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-LINK-STATUS"));
        QVERIFY(r.error().detail.contains(QStringLiteral("disabled")));
        f->updateLink([](LinkStateFull &l) { l.status = LinkStatus::Decommissioned; });
        QCOMPARE(code(f->author().submit(f->linkId, bad)), QStringLiteral("ODAG-REQ-LINK-STATUS"));
        f->updateLink([](LinkStateFull &l) { l.status = LinkStatus::Incomplete; });
        QCOMPARE(code(f->analyst().submit(f->linkId, bad)), QStringLiteral("ODAG-REQ-LINK-STATUS"));
        f->updateLink([](LinkStateFull &l) { l.status = LinkStatus::Active; });

        // Aiko is in the group Finance, for which the link is disabled.
        r = f->otherAuthor().submit(f->linkId, bad);
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-LINK-DISABLED"));
        QVERIFY(r.error().detail.contains(QStringLiteral("User.group = Finance")));

        r = f->analyst().submit(f->linkId, bad);
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-BINDING-RANGE"));
        QVERIFY2(r.error().detail.contains(QStringLiteral("odags_Region")),
                 qPrintable(r.error().detail));
        // Too many values, and a missing field.
        r = f->analyst().submit(f->linkId, f->payload({"A", "B", "C", "D"}, 100));
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-BINDING-RANGE"));
        QVERIFY(r.error().detail.contains(QStringLiteral("has 4")));
        RequestPostPayload missing = f->payload();
        missing.bindSelectionState.removeFirst();
        r = f->analyst().submit(f->linkId, missing);
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-BINDING-RANGE"));
        QVERIFY(r.error().detail.contains(QStringLiteral("no values for Region")));
        // Optional values do not count for a binding of selected values.
        r = f->analyst().submit(f->linkId, [&] {
            RequestPostPayload p = f->payload({});
            p.bindSelectionState[0] = field(QStringLiteral("Region"), {}, strings({"EMEA"}));
            return p;
        }());
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-BINDING-RANGE"));

        // Row estimate: the analyst's own range (at most 500) beats User_* (10..100000).
        r = f->analyst().submit(f->linkId, f->payload({"EMEA"}, 1000));
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-ROW-ESTIMATE"));
        QVERIFY(r.error().detail.contains(QStringLiteral("Row estimate exceeded")));
        QVERIFY(f->author().submit(f->linkId, f->payload({"EMEA"}, 1000)).ok());
        r = f->author().submit(f->linkId, f->payload({"EMEA"}, 5));
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-ROW-ESTIMATE"));
        QVERIFY(r.error().detail.contains(QStringLiteral("too low")));
        // No estimate: not checked, and said so.
        RequestPostPayload noEstimate = f->payload();
        noEstimate.actualRowEst.reset();
        const auto unchecked = f->analyst().submit(f->linkId, noEstimate);
        QVERIFY(unchecked.ok());
        QCOMPARE(unchecked.value().validation.value_or(QStringList()).size(), 1);

        // Unknown link; a body that does not decode names the field.
        QCOMPARE(f->analyst()
                     .submit(QStringLiteral("0123456789abcdef01234567"), f->payload())
                     .error()
                     .httpStatus,
                 404);
        TestClient raw(f->server->baseUrl());
        raw.setApiKey(analystKey());
        const TestReply reply = raw.call(
            "POST",
            QStringLiteral("/api/analytics/odag-links/") + f->linkId + QStringLiteral("/requests"),
            "{\"selectionApp\":\"x\",\"bindSelectionState\":[{\"values\":3}]}");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("bindSelectionState[0]")),
                 reply.body.constData());
    }

    void genAppLimitRestrictAutoDeleteOverride()
    {
        // Restrict, limit 2: the third live app is refused.
        const RequestObject a = submitOk(f->analyst(), f->payload());
        const RequestObject b = submitOk(f->analyst(), f->payload());
        QCOMPARE(finish(a.id).state, RequestState::Succeeded);
        QCOMPARE(get(b.id).state, RequestState::Succeeded);
        auto r = f->analyst().submit(f->linkId, f->payload());
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-GENAPP-LIMIT"));
        QVERIFY(r.error().detail.contains(QStringLiteral("Restrict")));
        // Other users count their own apps.
        QVERIFY(f->author().submit(f->linkId, f->payload()).ok());
        // The admin's context overrides the limit.
        for (int i = 0; i < 3; ++i)
            QVERIFY(f->admin().submit(f->linkId, f->payload()).ok());

        // AutoDelete: the oldest finished app of the user goes, its request says so.
        f->updateLink([](LinkStateFull &l) {
            l.properties.limitPolicy = QList<LinkPropLimitPolicy>{
                {QStringLiteral("User_*"), OpenEnum<LimitPolicy>(LimitPolicy::AutoDelete), {}}};
        });
        const QString oldApp = get(a.id).generatedApp->id;
        const RequestObject c = submitOk(f->analyst(), f->payload());
        QVERIFY(!c.id.isEmpty());
        const RequestObject oldest = get(a.id);
        QVERIFY(!oldest.generatedApp);
        QVERIFY(oldest.validation.value_or(QStringList()).join(QString()).contains(c.id));
        QVERIFY(!f->apps().exists(oldApp));
        QVERIFY(get(b.id).generatedApp.has_value());
        // c is still validating and counts; b is the oldest finished one.
        const RequestObject d = submitOk(f->analyst(), f->payload());
        QVERIFY(!d.id.isEmpty());
        QVERIFY(!get(b.id).generatedApp);
        // Apps still being generated are never deleted to make room.
        r = f->analyst().submit(f->linkId, f->payload());
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-GENAPP-LIMIT"));
        QVERIFY(r.error().detail.contains(QStringLiteral("AutoDelete")));
        // An app deleted behind ODAG's back no longer counts.
        f->advance(20000);
        QCOMPARE(get(d.id).state, RequestState::Succeeded);
        QVERIFY(f->apps().remove(get(c.id).generatedApp->id));
        QVERIFY(f->analyst().submit(f->linkId, f->payload()).ok());
        QVERIFY(get(d.id).generatedApp.has_value());
    }

    void loadQueueIsBounded()
    {
        f = std::make_unique<Fixture>(1);
        f->makeLink();
        const RequestObject a = submitOk(f->analyst(), f->payload({"EMEA"}, 100000 / 1000));
        const RequestObject b = submitOk(f->author(), f->payload({"APAC"}, 50000));
        f->advance(RequestEngine::kValidatingMs);
        QCOMPARE(get(a.id).state, RequestState::Loading);
        const RequestObject waiting = get(b.id);
        QCOMPARE(waiting.state, RequestState::Queued);
        QVERIFY(waiting.generatedApp.has_value()); // made at queued
        QVERIFY(!waiting.loadState);
        QCOMPARE(f->engine()->loadingCount(), 1);
        QCOMPARE(f->engine()->queuedCount(), 1);
        // Pending filter sees both.
        api::LinkRequestsQuery pending;
        pending.pending = true;
        QCOMPARE(f->admin().list(f->linkId, pending).value().size(), 2);

        f->advance(RequestEngine::loadDurationMs(100) - 1);
        QCOMPARE(get(b.id).state, RequestState::Queued);
        f->advance(1);
        const RequestObject doneA = get(a.id);
        const RequestObject loadingB = get(b.id);
        QCOMPARE(doneA.state, RequestState::Succeeded);
        QCOMPARE(loadingB.state, RequestState::Loading);
        QCOMPARE(loadingB.loadState->loadHost, QStringLiteral("sandbox-engine-1"));
        QCOMPARE(loadingB.loadState->startedAt.toDateTime(),
                 doneA.loadState->finishedAt->toDateTime());
        f->advance(RequestEngine::loadDurationMs(50000));
        QCOMPARE(get(b.id).state, RequestState::Succeeded);
        QCOMPARE(f->admin().list(f->linkId, pending).value().size(), 0);
    }

    void failMarkerFailsTheLoad()
    {
        f->apps().setScript(f->templateAppId, kTemplateScript + QStringLiteral("// sandbox:fail\n"),
                            QString::fromLatin1(demo::kAuthorId));
        const RequestObject r = submitOk(f->analyst(), f->payload());
        const RequestObject failed = finish(r.id);
        QCOMPARE(failed.state, RequestState::Failed);
        QVERIFY2(failed.errorMessage.value_or(QString()).contains(QStringLiteral("sandbox:fail")),
                 qPrintable(failed.errorMessage.value_or(QString())));
        QVERIFY(failed.errorMessage->contains(QStringLiteral("line 7")));
        QCOMPARE(failed.loadState->status->value(), DataLoadStatus::Failed);
        QVERIFY(failed.generatedApp.has_value()); // kept for diagnosis
        QVERIFY(
            rules::ScriptBindings::hasFailMarker(f->apps().currentScript(failed.generatedApp->id)));

        // ackcancel does not fit; ackfailure with delGenApp removes the app.
        auto r2 = f->analyst().act(r.id, RequestAction::AckCancel);
        QCOMPARE(code(r2), QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QVERIFY(r2.error().detail.contains(QStringLiteral("failed")));
        api::RequestActionOptions del;
        del.delGenApp = true;
        const RequestObject acked = f->analyst().act(r.id, RequestAction::AckFailure, del).value();
        QCOMPARE(acked.state, RequestState::FailedAck);
        QVERIFY(!acked.generatedApp);
        QVERIFY(!f->apps().exists(failed.generatedApp->id));
    }

    void cancelOnlyBeforeLoading()
    {
        f = std::make_unique<Fixture>(1);
        f->makeLink();
        const RequestObject a = submitOk(f->analyst(), f->payload());
        const RequestObject b = submitOk(f->analyst(), f->payload());
        // Cancel while validating, with autoAck: straight on to canceledAck.
        const RequestObject c = submitOk(f->author(), f->payload());
        api::RequestActionOptions autoAck;
        autoAck.autoAck = true;
        QCOMPARE(f->author().act(c.id, RequestAction::Cancel, autoAck).value().state,
                 RequestState::Canceling);

        f->advance(RequestEngine::kValidatingMs);
        QCOMPARE(get(c.id).state, RequestState::CanceledAck);
        QVERIFY(!get(c.id).generatedApp);
        QCOMPARE(get(a.id).state, RequestState::Loading);
        const RequestObject queued = get(b.id);
        QCOMPARE(queued.state, RequestState::Queued);

        // Loading: refused, with the reason.
        auto refused = f->analyst().act(a.id, RequestAction::Cancel);
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(code(refused), QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QVERIFY(refused.error().detail.contains(QStringLiteral("loading")));

        // Queued: canceling, the app is deleted, then canceled; ackcancel acknowledges.
        const RequestObject canceling = f->analyst().act(b.id, RequestAction::Cancel).value();
        QCOMPARE(canceling.state, RequestState::Canceling);
        QVERIFY(!canceling.generatedApp);
        QVERIFY(!f->apps().exists(queued.generatedApp->id));
        f->advance(RequestEngine::kCancelingMs);
        QCOMPARE(get(b.id).state, RequestState::Canceled);
        QCOMPARE(code(f->analyst().act(b.id, RequestAction::Cancel)),
                 QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QCOMPARE(code(f->analyst().act(b.id, RequestAction::AckFailure)),
                 QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QCOMPARE(f->analyst().act(b.id, RequestAction::AckCancel).value().state,
                 RequestState::CanceledAck);
        QCOMPARE(f->engine()->queuedCount(), 0);

        // After the load: refused, unless ignoreSucceeded.
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(a.id).state, RequestState::Succeeded);
        QCOMPARE(code(f->analyst().act(a.id, RequestAction::Cancel)),
                 QStringLiteral("ODAG-REQ-ACTION-STATE"));
        api::RequestActionOptions ignore;
        ignore.ignoreSucceeded = true;
        const RequestObject same = f->analyst().act(a.id, RequestAction::Cancel, ignore).value();
        QCOMPARE(same.state, RequestState::Succeeded);
        QVERIFY(same.generatedApp.has_value());
    }

    void pauseAndResume()
    {
        f = std::make_unique<Fixture>(1);
        f->makeLink();
        const RequestObject a = submitOk(f->analyst(), f->payload());
        const RequestObject b = submitOk(f->analyst(), f->payload());
        const RequestObject c = submitOk(f->author(), f->payload());
        f->advance(RequestEngine::kValidatingMs);
        QCOMPARE(get(c.id).state, RequestState::Queued);

        auto r = f->analyst().act(a.id, RequestAction::Pause);
        QCOMPARE(code(r), QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QVERIFY(r.error().detail.contains(QStringLiteral("loading")));
        QCOMPARE(code(f->author().act(c.id, RequestAction::Resume)),
                 QStringLiteral("ODAG-REQ-ACTION-STATE"));
        QCOMPARE(f->analyst().act(b.id, RequestAction::Pause).value().state, RequestState::Hold);

        // b waits on hold while c takes the slot; resumed, b goes to the back of the line.
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(a.id).state, RequestState::Succeeded);
        QCOMPARE(get(b.id).state, RequestState::Hold);
        QCOMPARE(get(c.id).state, RequestState::Loading);
        QCOMPARE(f->analyst().act(b.id, RequestAction::Resume).value().state, RequestState::Queued);
        QCOMPARE(code(f->analyst().act(b.id, RequestAction::Resume)),
                 QStringLiteral("ODAG-REQ-ACTION-STATE"));
        f->advance(RequestEngine::loadDurationMs(200));
        QCOMPARE(get(c.id).state, RequestState::Succeeded);
        QCOMPARE(get(b.id).state, RequestState::Loading);
        // A paused request can be cancelled too.
        const RequestObject d = submitOk(f->author(), f->payload());
        f->advance(RequestEngine::kValidatingMs);
        QCOMPARE(f->author().act(d.id, RequestAction::Pause).value().state, RequestState::Hold);
        QCOMPARE(f->author().act(d.id, RequestAction::Cancel).value().state,
                 RequestState::Canceling);
    }

    void invalidActionsAndOwnership()
    {
        const RequestObject a = submitOk(f->analyst(), f->payload());
        finish(a.id);
        // Wrong action names and flags.
        TestClient raw(f->server->baseUrl());
        raw.setApiKey(analystKey());
        const QString path = QStringLiteral("/api/analytics/odag-requests/") + a.id;
        TestReply reply = raw.call("PUT", path + QStringLiteral("?action=explode"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.firstError().value(QStringLiteral("code")).toString(),
                 QStringLiteral("ODAG-REQ-BAD-INPUT"));
        QCOMPARE(raw.call("PUT", path).status, 400);
        QCOMPARE(raw.call("PUT", path + QStringLiteral("?action=cancel&autoAck=perhaps")).status,
                 400);
        // Every state refusal names the state.
        for (RequestAction action : {RequestAction::Pause, RequestAction::Resume,
                                     RequestAction::AckCancel, RequestAction::AckFailure}) {
            const auto r = f->analyst().act(a.id, action);
            QCOMPARE(code(r), QStringLiteral("ODAG-REQ-ACTION-STATE"));
            QVERIFY2(r.error().detail.contains(QStringLiteral("succeeded")),
                     qPrintable(r.error().detail));
        }
        // Unknown and malformed IDs.
        QCOMPARE(f->analyst().get(QStringLiteral("0123456789abcdef01234567")).error().httpStatus,
                 404);
        QCOMPARE(raw.get(QStringLiteral("/api/analytics/odag-requests/nope")).status, 404);

        // Someone else: not the owner, not the link's owner.
        auto other = f->otherAuthor().get(a.id);
        QCOMPARE(other.error().httpStatus, 403);
        QCOMPARE(other.error().code, QStringLiteral("ODAG-REQ-FORBIDDEN"));
        QCOMPARE(f->otherAuthor().act(a.id, RequestAction::Cancel).error().httpStatus, 403);
        // The link's owner sees it but may not act on it; an admin may.
        QVERIFY(f->author().get(a.id).ok());
        QCOMPARE(f->author().act(a.id, RequestAction::Cancel).error().httpStatus, 403);
        api::RequestActionOptions ignore;
        ignore.ignoreSucceeded = true;
        QVERIFY(f->admin().act(a.id, RequestAction::Cancel, ignore).ok());
        // Lists: the link's owner sees everyone's requests, others their own.
        submitOk(f->author(), f->payload());
        QCOMPARE(f->author().list(f->linkId).value().size(), 2);
        QCOMPARE(f->analyst().list(f->linkId).value().size(), 1);
        QCOMPARE(f->otherAuthor().list(f->linkId).value().size(), 0);
    }

    void listFilters()
    {
        RequestPostPayload p = f->payload();
        p.clientContextHandle = QStringLiteral("nav-point-7");
        p.sheetname = QStringLiteral("Map");
        const RequestObject a = submitOk(f->analyst(), p);
        submitOk(f->analyst(), f->payload());
        api::LinkRequestsQuery q;
        q.clientContextHandle = QStringLiteral("nav-point-7");
        auto list = f->analyst().list(f->linkId, q).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, a.id);
        q = {};
        q.selectionAppSheet = QStringLiteral("Map");
        QCOMPARE(f->analyst().list(f->linkId, q).value().size(), 1);
        q = {};
        q.selectionAppId = f->selectionAppId;
        QCOMPARE(f->analyst().list(f->linkId, q).value().size(), 2);
        q.selectionAppId = QStringLiteral("0123456789abcdef01234567");
        QCOMPARE(f->analyst().list(f->linkId, q).value().size(), 0);
        TestClient raw(f->server->baseUrl());
        raw.setApiKey(analystKey());
        QCOMPARE(raw.get(QStringLiteral("/api/analytics/odag-links/") + f->linkId +
                         QStringLiteral("/requests?pending=maybe"))
                     .status,
                 400);
        QCOMPARE(
            raw.get(QStringLiteral("/api/analytics/odag-links/0123456789abcdef01234567/requests"))
                .status,
            404);
    }

    void odagSwitchedOff()
    {
        const RequestObject a = submitOk(f->analyst(), f->payload());
        TestClient raw(f->server->baseUrl());
        raw.setApiKey(adminKey());
        QCOMPARE(raw.put(QStringLiteral("/api/analytics/odag-settings"), "{\"odagEnabled\":false}")
                     .status,
                 200);
        auto r = f->analyst().submit(f->linkId, f->payload());
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().code, QString::fromLatin1(linkcode::kOdagNotEnabled));
        QCOMPARE(f->analyst().get(a.id).error().code,
                 QString::fromLatin1(linkcode::kOdagNotEnabled));
        QCOMPARE(f->analyst().list(f->linkId).error().httpStatus, 404);
    }
};

ODAG_TEST_MAIN(TestSandboxRequests)
#include "tst_sandbox_requests.moc"
