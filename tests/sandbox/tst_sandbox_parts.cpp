// The framework's pieces without a network: router, users, rate limiter, clock,
// statistics and the fault rules' grammar.

#include "sandbox/CallStats.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxUsers.h"

#include "TestMain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace odag::sandbox;

namespace {

Handler named(const char *name)
{
    return [name](const SandboxRequest &) {
        return SandboxResponse::bytes(QByteArray(name), QByteArrayLiteral("text/plain"));
    };
}

QByteArray run(const SandboxRouter::Match &m)
{
    return m.route ? m.route->handler(SandboxRequest{}).body : QByteArray();
}

} // namespace

class TestSandboxParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLiteralAndParameters()
    {
        SandboxRouter router;
        router.get(QStringLiteral("/api/analytics/odag-links/{id}"), {}, named("link"));
        router.get(QStringLiteral("/api/analytics/odag-links/{id}/requests"), {},
                   named("requests"));
        router.post(QStringLiteral("/api/analytics/odag-links/{id}/requests"), {}, named("submit"));

        auto m = router.match("GET", QStringLiteral("/api/analytics/odag-links/abc123/requests"));
        QCOMPARE(m.result, SandboxRouter::Match::Result::Found);
        QCOMPARE(run(m), QByteArray("requests"));
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("abc123"));

        m = router.match("POST", QStringLiteral("/api/analytics/odag-links/abc123/requests"));
        QCOMPARE(run(m), QByteArray("submit"));

        m = router.match("GET", QStringLiteral("/api/analytics/odag-links/abc123"));
        QCOMPARE(run(m), QByteArray("link"));
    }

    void literalBeatsParameter()
    {
        SandboxRouter router;
        router.get(QStringLiteral("/api/analytics/odag-settings/{x}"), {}, named("param"));
        router.get(QStringLiteral("/api/analytics/odag-settings/canupdate"), {}, named("literal"));
        QCOMPARE(run(router.match("GET", QStringLiteral("/api/analytics/odag-settings/canupdate"))),
                 QByteArray("literal"));
        QCOMPARE(run(router.match("GET", QStringLiteral("/api/analytics/odag-settings/other"))),
                 QByteArray("param"));
    }

    void tellsNotFoundFromMethodNotAllowed()
    {
        SandboxRouter router;
        router.get(QStringLiteral("/a/{id}"), {}, named("get"));
        router.put(QStringLiteral("/a/{id}"), {}, named("put"));

        auto m = router.match("DELETE", QStringLiteral("/a/1"));
        QCOMPARE(m.result, SandboxRouter::Match::Result::MethodNotAllowed);
        QCOMPARE(m.allowed, QByteArrayList({"GET", "PUT"}));
        QVERIFY(!m.route);

        m = router.match("GET", QStringLiteral("/a/1/b"));
        QCOMPARE(m.result, SandboxRouter::Match::Result::NotFound);
        m = router.match("GET", QStringLiteral("/a"));
        QCOMPARE(m.result, SandboxRouter::Match::Result::NotFound);
    }

    void replacesARouteRegisteredTwice()
    {
        SandboxRouter router;
        router.get(QStringLiteral("/x"), {}, named("first"));
        router.get(QStringLiteral("/x"), {}, named("second"));
        QCOMPARE(router.routes().size(), size_t(1));
        QCOMPARE(run(router.match("GET", QStringLiteral("/x"))), QByteArray("second"));
    }

    void decodesSegmentsSeparately()
    {
        const QStringList segments =
            SandboxRouter::splitEncodedPath(QByteArrayLiteral("/api/v1/spaces/a%2Fb%20c/"));
        QCOMPARE(segments, QStringList({QStringLiteral("api"), QStringLiteral("v1"),
                                        QStringLiteral("spaces"), QStringLiteral("a/b c")}));
        SandboxRouter router;
        router.get(QStringLiteral("/api/v1/spaces/{id}"), {}, named("space"));
        const auto m = router.match("GET", segments);
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("a/b c"));
        QCOMPARE(SandboxRouter::joinSegments({}), QStringLiteral("/"));
    }

    void areasFollowPrefixes()
    {
        QCOMPARE(areaForPath(QStringLiteral("/api/analytics/odag-links")), ApiArea::OdagCloud);
        QCOMPARE(areaForPath(QStringLiteral("/api/analytics/odag-settings/canupdate")),
                 ApiArea::OdagCloud);
        QCOMPARE(areaForPath(QStringLiteral("/api/odag/v1/links")), ApiArea::QseOdag);
        QCOMPARE(areaForPath(QStringLiteral("/api/v1/spaces")), ApiArea::CloudV1);
        QCOMPARE(areaForPath(QStringLiteral("/engine/health")), ApiArea::Engine);
        QCOMPARE(areaForPath(QStringLiteral("/sandbox/stats")), ApiArea::Control);
        QCOMPARE(areaForPath(QStringLiteral("/sandboxes")), ApiArea::Other);
        QCOMPARE(areaForPath(QStringLiteral("/")), ApiArea::Other);
    }

    void errorBodiesFollowTheArea()
    {
        const SandboxResponse odag =
            errorResponse(ApiArea::OdagCloud, 403, QStringLiteral("T"), QStringLiteral("D"));
        const QJsonObject o = QJsonDocument::fromJson(odag.body).object();
        const QJsonObject e = o.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(
            e.value(QStringLiteral("meta")).toObject().value(QStringLiteral("statusCode")).toInt(),
            403);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("HTTP-403"));
        QCOMPARE(o.value(QStringLiteral("traceId")).toString().size(), 32);
        QVERIFY(!odag.body.contains('\n')); // compact

        const SandboxResponse v1 =
            errorResponse(ApiArea::CloudV1, 404, QStringLiteral("T"), QStringLiteral("D"));
        const QJsonObject o1 = QJsonDocument::fromJson(v1.body).object();
        QCOMPARE(o1.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("404")));
        QVERIFY(o1.value(QStringLiteral("traceId")).toString() !=
                o.value(QStringLiteral("traceId")).toString());

        const SandboxResponse qse =
            errorResponse(ApiArea::QseOdag, 400, QStringLiteral("T"), QStringLiteral("D"));
        QCOMPARE(QJsonDocument::fromJson(qse.body).object(),
                 QJsonObject({{QStringLiteral("message"), QStringLiteral("D")}}));
    }

    void usersFileIsParsedWithPaths()
    {
        auto users =
            SandboxUsers::parse("[{\"id\":\"u1\",\"name\":\"Ann\",\"apiKey\":\"k1\", "
                                "\"groups\":[\"G\"],\"roles\":[\"TenantAdmin\"]},{\"id\":\"u2\","
                                "\"name\":\"Bob\",\"apiKey\":\"k2\",\"admin\":false}]");
        QVERIFY2(users.ok(), users.ok() ? "" : qPrintable(users.error()));
        QCOMPARE(users->size(), 2);
        QVERIFY(users->at(0).admin); // TenantAdmin role implies admin unless said otherwise
        QVERIFY(!users->at(1).admin);
        QCOMPARE(users->at(0).groups, QStringList({QStringLiteral("G")}));

        auto bad = SandboxUsers::parse(
            "[{\"id\":\"u1\",\"name\":\"Ann\",\"apiKey\":\"k1\",\"groups\":\"G\"}]");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("[0].groups")), qPrintable(bad.error()));

        auto missing = SandboxUsers::parse("[{\"id\":\"u1\",\"name\":\"Ann\"}]");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("apiKey")), qPrintable(missing.error()));

        SandboxUsers dir;
        QVERIFY(!dir.setUsers({users->at(0), users->at(0)}).isEmpty()); // duplicate
        QVERIFY(dir.setUsers(*users).isEmpty());
        QCOMPARE(dir.findByApiKey(QStringLiteral("k2"))->name, QStringLiteral("Bob"));
        QVERIFY(!dir.findByApiKey(QStringLiteral("nope")));
        QVERIFY(!dir.findByApiKey(QString()));
    }

    void usersFileFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"id\":\"x\",\"name\":\"X\",\"apiKey\":\"kx\"}]");
        f.close();
        auto users = SandboxUsers::loadFile(path);
        QVERIFY(users.ok());
        QCOMPARE(users->at(0).userDirectory, QStringLiteral("SANDBOX"));
        QVERIFY(!SandboxUsers::loadFile(dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    void demoUsersHaveRolesAndStableKeys()
    {
        const QList<SandboxUser> users = SandboxUsers::demoUsers();
        QCOMPARE(users.size(), 4);
        SandboxUsers dir;
        QVERIFY(dir.setUsers(users).isEmpty());
        const SandboxUser *admin = dir.findByApiKey(QString::fromLatin1(demo::kAdminKey));
        QVERIFY(admin && admin->admin);
        QVERIFY(admin->roles.contains(QStringLiteral("TenantAdmin")));
        const SandboxUser *analyst =
            dir.findByLogin(QStringLiteral("sandbox"), QString::fromLatin1(demo::kAnalystLogin));
        QVERIFY(analyst && !analyst->admin);
        QCOMPARE(analyst->id, QString::fromLatin1(demo::kAnalystId));
        QVERIFY(
            !dir.findByLogin(QStringLiteral("OTHERDIR"), QString::fromLatin1(demo::kAnalystLogin)));
        QVERIFY(dir.findByLogin(QString(), QString::fromLatin1(demo::kAuthorId)));
    }

    void rateLimiterCountsPerUserAndTier()
    {
        RateLimiter limiter;
        limiter.setBudget(Tier::Tier2, 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take(QStringLiteral("u1"), Tier::Tier2).allowed);
        const auto refused = limiter.take(QStringLiteral("u1"), Tier::Tier2);
        QVERIFY(!refused.allowed);
        QVERIFY(refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 60);
        QVERIFY(limiter.take(QStringLiteral("u2"), Tier::Tier2).allowed); // another user
        QVERIFY(limiter.take(QStringLiteral("u1"), Tier::Tier1).allowed); // another tier
        QVERIFY(limiter.take(QStringLiteral("u1"), Tier::Unmetered).allowed);

        limiter.setEnabled(false);
        QVERIFY(limiter.take(QStringLiteral("u1"), Tier::Tier2).allowed);
        limiter.setEnabled(true);
        limiter.reset();
        QVERIFY(limiter.take(QStringLiteral("u1"), Tier::Tier2).allowed);
        QCOMPARE(limiter.budget(Tier::Tier1), 1000);
        QCOMPARE(limiter.budget(Tier::Special), 50);
    }

    void rateLimiterWindowRolls()
    {
        RateLimiter limiter;
        limiter.setWindowMs(200);
        limiter.setBudget(Tier::Special, 1);
        QVERIFY(limiter.take(QStringLiteral("u"), Tier::Special).allowed);
        QVERIFY(!limiter.take(QStringLiteral("u"), Tier::Special).allowed);
        QTest::qWait(250);
        QVERIFY(limiter.take(QStringLiteral("u"), Tier::Special).allowed);
    }

    void manualClockRunsTimersInOrder()
    {
        SandboxClock clock;
        clock.setManual(true);
        const qint64 start = clock.nowMs();
        QList<QPair<int, qint64>> fired;
        clock.after(3000, nullptr, [&] { fired.append({3, clock.nowMs() - start}); });
        clock.after(1000, nullptr, [&] {
            fired.append({1, clock.nowMs() - start});
            clock.after(500, nullptr, [&] { fired.append({15, clock.nowMs() - start}); });
        });
        const int cancelled = clock.after(2000, nullptr, [&] { fired.append({2, 0}); });
        clock.cancel(cancelled);
        {
            QObject context;
            clock.after(100, &context, [&] { fired.append({99, 0}); });
        } // context gone: its timer never runs
        QTest::qWait(20);
        QVERIFY(fired.isEmpty()); // time stands still
        clock.advance(2000);
        QCOMPARE(fired, (QList<QPair<int, qint64>>{{1, 1000}, {15, 1500}}));
        QCOMPARE(clock.nowMs() - start, qint64(2000));
        clock.advance(5000);
        QCOMPARE(fired.size(), 3);
        QCOMPARE(fired.last(), (QPair<int, qint64>{3, 3000}));
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void fastClockRunsFaster()
    {
        SandboxClock clock(1000.0); // one real millisecond is a simulated second
        QElapsedTimer real;
        real.start();
        const qint64 simStart = clock.nowMs();
        bool fired = false;
        clock.after(60 * 1000, nullptr, [&] { fired = true; }); // a simulated minute
        QTRY_VERIFY_WITH_TIMEOUT(fired, 5000);
        QVERIFY(clock.nowMs() - simStart >= 60 * 1000);
        QVERIFY(real.elapsed() < 5000);
        QCOMPARE(clock.toRealMs(60 * 1000), qint64(60));

        clock.setSpeed(1.0);
        const qint64 before = clock.nowMs();
        QTest::qWait(50);
        const qint64 after = clock.nowMs() - before;
        QVERIFY2(after >= 40 && after < 2000, qPrintable(QString::number(after)));
    }

    void callStatsCountByPatternAndTier()
    {
        CallStats stats;
        RateLimiter limiter;
        stats.recordCall("GET", QStringLiteral("/a/{id}"), Tier::Tier1);
        stats.recordCall("GET", QStringLiteral("/a/{id}"), Tier::Tier1);
        stats.recordCounted(Tier::Tier1);
        stats.recordRateLimited("GET", QStringLiteral("/a/{id}"), Tier::Tier1);
        stats.recordStatus("GET", QStringLiteral("/a/{id}"), 200);
        stats.recordStatus("GET", QStringLiteral("/a/{id}"), 429);
        stats.recordCall("GET", QString(), Tier::Tier1);
        QCOMPARE(stats.totalCalls(), qint64(3));
        QCOMPARE(stats.calls("GET", QStringLiteral("/a/{id}")), qint64(2));
        const QJsonObject json = stats.toJson(limiter);
        QCOMPARE(json.value(QStringLiteral("rateLimited")).toInt(), 1);
        const QJsonObject tier1 = json.value(QStringLiteral("tiers"))
                                      .toObject()
                                      .value(QStringLiteral("tier1"))
                                      .toObject();
        QCOMPARE(tier1.value(QStringLiteral("calls")).toInt(), 1);
        QCOMPARE(tier1.value(QStringLiteral("budget")).toInt(), 1000);
        const QJsonArray paths = json.value(QStringLiteral("paths")).toArray();
        QCOMPARE(paths.size(), 2);
        stats.reset(QDateTime::currentDateTimeUtc());
        QCOMPARE(stats.totalCalls(), qint64(0));
    }

    void faultSpecGrammar()
    {
        auto rules = FaultInjector::parseSpec(QStringLiteral(
            "500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*, 429storm=30:1:/api/*:GET,"
            "drop:1:^/api/v1/(?:spaces|items)$:put,truncate:0:/x?,malformed:1:/m,503=7:1:/s"));
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error()));
        QCOMPARE(rules->size(), 7);
        QCOMPARE(rules->at(0).kind, FaultRule::Kind::Status);
        QCOMPARE(rules->at(0).status, 500);
        QCOMPARE(rules->at(0).probability, 0.1);
        QCOMPARE(rules->at(0).method, QByteArray("*"));
        QCOMPARE(rules->at(1).kind, FaultRule::Kind::Delay);
        QCOMPARE(rules->at(1).delayMs, 2000);
        QCOMPARE(rules->at(2).kind, FaultRule::Kind::Storm429);
        QCOMPARE(rules->at(2).retryAfter, 30);
        QCOMPARE(rules->at(2).method, QByteArray("GET"));
        QCOMPARE(rules->at(3).path, QStringLiteral("^/api/v1/(?:spaces|items)$"));
        QCOMPARE(rules->at(3).method, QByteArray("PUT"));
        QCOMPARE(rules->at(4).kind, FaultRule::Kind::Truncate);
        QCOMPARE(rules->at(6).retryAfter, 7);

        const QStringList bad{QStringLiteral("500:0.1"),  QStringLiteral("boom:1:/x"),
                              QStringLiteral("500:2:/x"), QStringLiteral("delay=abc:1:/x"),
                              QStringLiteral("200:1:/x"), QStringLiteral("500:1:^(/x")};
        for (const QString &spec : bad) {
            const auto r = FaultInjector::parseSpec(spec);
            QVERIFY2(!r.ok(), qPrintable(spec));
            QVERIFY(!r.error().isEmpty());
        }
    }

    void faultJsonForm()
    {
        std::optional<quint64> seed;
        auto rules = FaultInjector::parseJson(
            QJsonDocument::fromJson("{\"seed\": 42, \"rules\": [ {\"path\": \"/api/*\", \"kind\": "
                                    "\"delay\", \"delayMs\": 300, \"method\": \"get\"}, {\"path\": "
                                    "\"/b\", \"kind\": 502, \"probability\": 0.5, \"times\": 2}]}")
                .object(),
            &seed);
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error()));
        QCOMPARE(seed, std::optional<quint64>(42));
        QCOMPARE(rules->at(0).method, QByteArray("GET"));
        QCOMPARE(rules->at(1).status, 502);
        QCOMPARE(rules->at(1).times, 2);
        // What toJson writes reads back the same.
        auto again =
            FaultInjector::parseJson(QJsonArray{rules->at(0).toJson(), rules->at(1).toJson()});
        QVERIFY(again.ok());
        QCOMPARE(again->at(0).toJson(), rules->at(0).toJson());

        auto bad = FaultInjector::parseJson(
            QJsonDocument::fromJson("[{\"path\":\"/a\",\"kind\":\"500\"},{\"path\":\"/b\"}]")
                .array());
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QStringLiteral("[1]")), qPrintable(bad.error()));
    }

    void faultGlobsMatchWholePaths()
    {
        QVERIFY(faultPathRegex(QStringLiteral("/api/v1/*"))
                    .match(QStringLiteral("/api/v1/spaces/x"))
                    .hasMatch());
        QVERIFY(!faultPathRegex(QStringLiteral("/api/v1/*"))
                     .match(QStringLiteral("/api/v10"))
                     .hasMatch());
        QVERIFY(!faultPathRegex(QStringLiteral("/api/v1"))
                     .match(QStringLiteral("/api/v1/x"))
                     .hasMatch());
        QVERIFY(faultPathRegex(QStringLiteral("/a?c")).match(QStringLiteral("/abc")).hasMatch());
        QVERIFY(faultPathRegex(QStringLiteral("/a.c")).match(QStringLiteral("/a.c")).hasMatch());
        QVERIFY(!faultPathRegex(QStringLiteral("/a.c")).match(QStringLiteral("/abc")).hasMatch());
    }

    void faultDiceAreRepeatableWithASeed()
    {
        const auto sequence = [](quint64 seed) {
            FaultInjector injector;
            injector.setRules(*FaultInjector::parseSpec(QStringLiteral("500:0.5:/x")));
            injector.setSeed(seed);
            QString hits;
            for (int i = 0; i < 64; ++i) {
                const auto d = injector.decide("GET", QStringLiteral("/x"), ApiArea::CloudV1);
                hits += d.action == FaultInjector::Decision::Action::None ? QLatin1Char('.')
                                                                          : QLatin1Char('x');
            }
            return hits;
        };
        const QString a = sequence(7);
        QCOMPARE(sequence(7), a);
        QVERIFY(a.contains(QLatin1Char('x')) && a.contains(QLatin1Char('.')));
        QVERIFY(sequence(8) != a);
    }

    void faultsSpareControlPathsAndCountTimes()
    {
        FaultInjector injector;
        injector.setRules(*FaultInjector::parseJson(
            QJsonDocument::fromJson("[{\"path\":\"*\",\"kind\":\"503\",\"times\":2}]").array()));
        QCOMPARE(injector.decide("GET", QStringLiteral("/sandbox/stats"), ApiArea::Control).action,
                 FaultInjector::Decision::Action::None);
        const auto first = injector.decide("GET", QStringLiteral("/api/v1/x"), ApiArea::CloudV1);
        QCOMPARE(first.action, FaultInjector::Decision::Action::Respond);
        QCOMPARE(first.response.status, 503);
        QCOMPARE(first.response.header("Retry-After"), QByteArray("5"));
        QCOMPARE(injector.decide("GET", QStringLiteral("/api/v1/x"), ApiArea::CloudV1).action,
                 FaultInjector::Decision::Action::Respond);
        QCOMPARE(injector.decide("GET", QStringLiteral("/api/v1/x"), ApiArea::CloudV1).action,
                 FaultInjector::Decision::Action::None);
        const QJsonObject state =
            injector.toJson().value(QStringLiteral("rules")).toArray().at(0).toObject();
        QCOMPARE(state.value(QStringLiteral("fired")).toInt(), 2);
        QCOMPARE(state.value(QStringLiteral("active")).toBool(), false);
    }
};

ODAG_TEST_MAIN(TestSandboxParts)
#include "tst_sandbox_parts.moc"
