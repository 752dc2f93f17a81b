// The helpers on the ODAG types: labels for every enum value (and the raw value for an
// unknown one), request state classification, link status transitions, property
// contexts, and the payloads built from a link.

#include "TestMain.h"
#include "core/OdagLink.h"
#include "core/OdagRequest.h"
#include "core/OdagTenant.h"
#include "core/QseOdag.h"

using namespace odag;

namespace {

// Every known value has a label, labels differ, and an unknown value shows as read.
template <class E> bool labelsAreComplete(QString *why)
{
    QStringList seen;
    for (const auto &[value, name] : EnumTraits<E>::names) {
        const QString label = displayName(OpenEnum<E>(value));
        if (label.isEmpty() || seen.contains(label)) {
            *why = QStringLiteral("bad label for ") + QString::fromLatin1(name);
            return false;
        }
        seen.push_back(label);
        if (OpenEnum<E>::fromRaw(QString::fromLatin1(name)).value() != value) {
            *why = QStringLiteral("wire name does not read back: ") + QString::fromLatin1(name);
            return false;
        }
    }
    const auto unknown = OpenEnum<E>::fromRaw(QStringLiteral("somethingNew"));
    if (unknown.value() != E::Unknown || displayName(unknown) != QStringLiteral("somethingNew")) {
        *why = QStringLiteral("unknown value not shown as read");
        return false;
    }
    return true;
}

RequestObject requestIn(RequestState state)
{
    RequestObject r;
    r.state = state;
    return r;
}

} // namespace

class TestOdagTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEnumHasLabels()
    {
        QString why;
        QVERIFY2(labelsAreComplete<RequestState>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<RequestKind>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<DataLoadStatus>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<SelectStatus>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<RequestAction>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<SelectAppParamType>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<LinkStatus>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<LinkStatusSetting>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<LinkType>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<AppNameParameter>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<LimitPolicy>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<AppOpenMethod>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<OdagAppType>(&why), qPrintable(why));
        QVERIFY2(labelsAreComplete<QseRequestStatus>(&why), qPrintable(why));
        QCOMPARE(displayName(OpenEnum<RequestState>(RequestState::Hold)), QStringLiteral("Paused"));
        QCOMPARE(wireName(RequestAction::AckCancel), QStringLiteral("ackcancel"));
        QCOMPARE(wireName(RequestAction::AckFailure), QStringLiteral("ackfailure"));
    }

    void classifiesRequestStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<bool>("final");
        QTest::addColumn<bool>("needsAck");
        auto row = [](const char *s, bool pending, bool final, bool ack) {
            QTest::newRow(s) << QString::fromLatin1(s) << pending << final << ack;
        };
        row("validating", true, false, false);
        row("queued", true, false, false);
        row("hold", true, false, false);
        row("loading", true, false, false);
        row("canceling", true, false, false);
        row("invalid", false, true, false);
        row("canceled", false, true, true);
        row("failed", false, true, true);
        row("succeeded", false, true, false);
        row("canceledAck", false, true, false);
        row("failedAck", false, true, false);
        row("archived", true, false, false); // unknown: keep watching it
    }

    void classifiesRequestStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, pending);
        QFETCH(bool, final);
        QFETCH(bool, needsAck);
        const auto s = OpenEnum<RequestState>::fromRaw(state);
        QCOMPARE(isPending(s), pending);
        QCOMPARE(isFinal(s), final);
        QCOMPARE(needsAcknowledgement(s), needsAck);
    }

    void linkStatusTransitions()
    {
        QCOMPARE(statusAfter(LinkStatusSetting::Activate), LinkStatus::Active);
        QCOMPARE(statusAfter(LinkStatusSetting::Disable), LinkStatus::Disabled);
        QCOMPARE(statusAfter(LinkStatusSetting::Decommission), LinkStatus::Decommissioned);
        QCOMPARE(statusAfter(LinkStatusSetting::Unknown), LinkStatus::Unknown);
        QVERIFY(canChangeStatus(LinkStatus::Disabled));
        QVERIFY(canChangeStatus(LinkStatus::Incomplete));
        QVERIFY(!canChangeStatus(LinkStatus::Decommissioned));
    }

    void statusChangeSendsOnlyTheStatus()
    {
        LinkStateFull link;
        link.name = QStringLiteral("Orders");
        link.rowEstExpr = QStringLiteral("Count(x)");
        link.modifiedDate = DateTime::fromRaw(QStringLiteral("2025-11-11T13:45:30Z"));
        link.extra.insert(QStringLiteral("futureFlag"), true);
        const LinkPutPayload put = LinkPutPayload::statusChange(link, QStringLiteral("sel"),
                                                                LinkStatusSetting::Decommission);
        const QJsonObject expected{
            {QStringLiteral("name"), QStringLiteral("Orders")},
            {QStringLiteral("selectionApp"), QStringLiteral("sel")},
            {QStringLiteral("statusSetting"), QStringLiteral("decommission")},
            {QStringLiteral("modifiedDate"), QStringLiteral("2025-11-11T13:45:30Z")}};
        QCOMPARE(json::encode(put).toObject(), expected);
    }

    void propertyContextsInFirstSeenOrder()
    {
        LinkProperties p;
        p.rowEstRange = {LinkPropRowEstRange{QStringLiteral("*"), std::nullopt, 1000, {}}};
        p.disable = QList<LinkPropDisable>{{QStringLiteral("User_*"), false, {}},
                                           {QStringLiteral("User.name = joe"), true, {}}};
        p.menuLabel =
            QList<LinkPropMenuLabel>{{QStringLiteral("User_*"), QStringLiteral("Open"), {}}};
        QCOMPARE(p.contexts(),
                 (QStringList{QStringLiteral("User_*"), QStringLiteral("User.name = joe"),
                              QStringLiteral("*")}));
        QCOMPARE(LinkProperties{}.contexts(), QStringList{});
    }

    void bindingHelpers()
    {
        ValueCountRange r;
        QVERIFY(r.accepts(0));
        QVERIFY(r.accepts(1000000));
        r.lowerBound = 1;
        r.upperBound = 3;
        QVERIFY(!r.accepts(0));
        QVERIFY(r.accepts(1));
        QVERIFY(r.accepts(3));
        QVERIFY(!r.accepts(4));

        BindFormatting f;
        QCOMPARE(f.effectiveQuote(), QStringLiteral("'"));
        QCOMPARE(f.effectiveDelimiter(), QStringLiteral(","));
        f.quote = QString(); // empty suppresses quoting
        QCOMPARE(f.effectiveQuote(), QString());
    }

    void requestHelpers()
    {
        RequestObject r = requestIn(RequestState::Succeeded);
        QCOMPARE(r.generatedAppDisplayName(), QString());
        r.generatedAppName = QStringLiteral("From name");
        QCOMPARE(r.generatedAppDisplayName(), QStringLiteral("From name"));
        r.generatedApp = AppStateCondensed{QStringLiteral("id"), QStringLiteral("From app"), {}};
        QCOMPARE(r.generatedAppDisplayName(), QStringLiteral("From app"));

        QVERIFY(!r.isSubRequest());
        r.kind = RequestKind::SingleSub;
        QVERIFY(r.isSubRequest());

        QVERIFY(!r.loadDurationMs());
        r.loadState = RequestLoadInfo{std::nullopt,
                                      QStringLiteral("engine-1"),
                                      DateTime::fromRaw(QStringLiteral("2025-11-11T13:45:30Z")),
                                      DateTime::fromRaw(QStringLiteral("2025-11-11T13:47:00.500Z")),
                                      {}};
        QCOMPARE(r.loadDurationMs(), std::optional<qint64>(90500));
    }

    void permissionsDefaultToNo()
    {
        QVERIFY(!CanCreateLinks{}.allowed());
        QVERIFY((CanCreateLinks{true, {}}.allowed()));
        QVERIFY(!CanUpdateSettings{}.allowed());
        QVERIFY(OdagApps{}.apps().isEmpty());
    }
};

ODAG_TEST_MAIN(TestOdagTypes)
#include "tst_odag_types.moc"
