#include "DemoRequests.h"

#include "DemoLinkIds.h"
#include "DemoRequestValues.h"
#include "GeneratedAppScript.h"
#include "OdagArea.h"
#include "RequestEngine.h"
#include "RequestRecord.h"
#include "RequestValidation.h"
#include "SandboxLinks.h"

#include "sandbox/DemoIds.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/apps/SandboxApps.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace odag::sandbox {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::DemoRequests)
};

constexpr quint32 kSeed = 20261122;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// One planned request before it is written.
struct Planned
{
    StoredRequest r;
    QDateTime queuedAt;    // invalid: never reached queued
    QDateTime finishedAt;  // invalid: not loaded (yet)
    bool holdsApp = false; // an app exists for it
    bool loaded = false;   // the app holds data (recordReload)
};

class DemoBuilder
{
public:
    explicit DemoBuilder(SandboxServer &server)
        : m_server(server)
        , m_apps(server)
        , m_rng(kSeed)
        , m_now(server.clock().now())
    {}

    bool build();

private:
    QString newId();
    const SandboxUser *pickOwner();
    QDateTime pastTime(qint64 minMs, qint64 maxMs);
    SelectionState stateFor(const StoredLink &link, const QString &splitField,
                            const QString &splitValue)
    {
        return demovalues::selectionFor(m_rng, link, splitField, splitValue);
    }
    qint64 rowEstimate(const rules::ResolvedProperties &resolved);
    StoredRequest base(const StoredLink &link, const SandboxUser &owner, const QDateTime &created,
                       const SelectionState &state, const QString &label);
    void finishAs(Planned &p, RequestState state);
    void startLoading(Planned &p, const QDateTime &startedAt, int slot);
    QString failure(const Planned &p) { return demovalues::failureMessage(m_rng, p.r.request); }
    void designatePartition();
    void planHistory(int count);
    void planMultiples(int count);
    void planInFlight();
    void applyRetentionAndLimits();
    bool write();
    QString templateScript(const QString &templateAppId);

    SandboxServer &m_server;
    SandboxApps m_apps;
    QRandomGenerator m_rng;
    QDateTime m_now;
    QList<StoredLink> m_links;
    QList<StoredLink> m_active;
    QList<const SandboxUser *> m_owners;
    QList<Planned> m_plan;
    QHash<QString, QString> m_scripts;
    std::optional<StoredLink> m_partitionLink;
    QString m_partitionField;
};

QString DemoBuilder::newId()
{
    static const char hex[] = "0123456789abcdef";
    QString id = QStringLiteral("6d");
    for (int i = 0; i < 22; ++i)
        id.append(QLatin1Char(hex[m_rng.bounded(16)]));
    return id;
}

const SandboxUser *DemoBuilder::pickOwner()
{
    // Carlos (analyst) makes most requests; the authors test their links; Maria a few.
    static const int weights[] = {15, 20, 15, 50};
    const int roll = int(m_rng.bounded(100));
    int acc = 0;
    for (qsizetype i = 0; i < m_owners.size() && i < 4; ++i) {
        acc += weights[i];
        if (roll < acc)
            return m_owners.at(i);
    }
    return m_owners.last();
}

QDateTime DemoBuilder::pastTime(qint64 minMs, qint64 maxMs)
{
    return m_now.addMSecs(-(minMs + qint64(m_rng.bounded(double(maxMs - minMs)))));
}

qint64 DemoBuilder::rowEstimate(const rules::ResolvedProperties &resolved)
{
    const auto &range = resolved.rowEstRange.value;
    const double low = std::max<double>(1000.0, double(range ? range->low.value_or(1000) : 1000));
    const double high = std::max(low * 2.0, double(range ? range->high : 5000000));
    const double x =
        std::log10(low) + m_rng.generateDouble() * (std::log10(high) - std::log10(low));
    return qint64(std::pow(10.0, x) * 0.95);
}

StoredRequest DemoBuilder::base(const StoredLink &stored, const SandboxUser &owner,
                                const QDateTime &created, const SelectionState &state,
                                const QString &label)
{
    static const QStringList sheets{QStringLiteral("Overview"), QStringLiteral("Analysis"),
                                    QStringLiteral("Details"), QStringLiteral("Map")};
    const LinkStateFull &link = stored.link;
    const rules::ResolvedProperties resolved = linkPropertiesFor(stored, owner);
    StoredRequest s;
    RequestObject &r = s.request;
    r.id = newId();
    r.kind = RequestKind::Single;
    r.link = link.id;
    r.owner = condensedUser(owner);
    r.state = RequestState::Validating;
    r.sheetname = sheets.at(m_rng.bounded(int(sheets.size())));
    r.timeToLive = requestrules::retentionMinutes(resolved.appRetentionTime.value);
    r.createdDate = isoTime(created);
    r.modifiedDate = r.createdDate;
    if (resolved.targetSheet.value)
        r.targetSheet = resolved.targetSheet.value->sheetId;
    r.templateApp = link.templateApp.id;
    r.templateAppName = link.templateApp.name;
    r.actualRowEst = rowEstimate(resolved);
    r.selectionApp = stored.selectionAppId;
    if (const auto app = m_apps.get(stored.selectionAppId))
        r.selectionAppName = app->value(QStringLiteral("name")).toString();
    r.curRowEstExpr = link.rowEstExpr;
    if (resolved.rowEstRange.value) {
        r.curRowEstLowBound = resolved.rowEstRange.value->low;
        r.curRowEstHighBound = resolved.rowEstRange.value->high;
    }
    r.bindingStateHash = requestrules::stateHash(state, false);
    r.selectionStateHash = requestrules::stateHash(state, true);
    r.generatedAppName =
        generatedapp::appName(resolved, link.templateApp.name, owner.id, created, label);
    s.internals.selectionState = state;
    s.internals.bindSelectionState = state;
    return s;
}

void DemoBuilder::finishAs(Planned &p, RequestState state)
{
    RequestObject &r = p.r.request;
    const QDateTime created = r.createdDate.toDateTime();
    if (state == RequestState::Invalid) {
        r.state = state;
        r.validation = QStringList{
            Tr::tr("The template app could not be opened for binding; the request was not "
                   "queued.")};
        r.generatedAppName.reset();
        r.modifiedDate = isoTime(created.addMSecs(RequestEngine::kValidatingMs));
        return;
    }
    p.queuedAt = created.addMSecs(RequestEngine::kValidatingMs);
    if (state == RequestState::Canceled || state == RequestState::CanceledAck) {
        // Cancelled while waiting: the app made at queued was deleted again.
        const QDateTime at = p.queuedAt.addMSecs(2000 + m_rng.bounded(60000));
        r.state = state;
        r.modifiedDate = isoTime(at.addMSecs(
            RequestEngine::kCancelingMs +
            (state == RequestState::CanceledAck ? qint64(m_rng.bounded(3600 * 1000)) : 0)));
        return;
    }
    const QDateTime started = p.queuedAt.addMSecs(m_rng.bounded(120000));
    const int slot = int(m_rng.bounded(std::max(1, m_server.options().maxLoads)));
    startLoading(p, started, slot);
    const qint64 ms = RequestEngine::loadDurationMs(r.actualRowEst) + m_rng.bounded(2000);
    p.finishedAt = started.addMSecs(ms);
    p.loaded = true;
    p.holdsApp = true;
    r.loadState->finishedAt = isoTime(p.finishedAt);
    const bool ok = state == RequestState::Succeeded;
    r.loadState->status = ok ? DataLoadStatus::Success : DataLoadStatus::Failed;
    if (!ok)
        r.errorMessage = failure(p);
    r.state = state;
    r.modifiedDate = isoTime(p.finishedAt);
    if (state == RequestState::FailedAck) {
        const qint64 later = 60000 + qint64(m_rng.bounded(double(kDayMs)));
        r.modifiedDate = isoTime(std::min(m_now, p.finishedAt.addMSecs(later)));
        p.holdsApp = m_rng.bounded(2) == 0; // half were acknowledged with delGenApp
    }
    const int ttl = r.timeToLive.value_or(0);
    if (ttl > 0)
        r.purgeAfter = isoTime(p.finishedAt.addSecs(qint64(ttl) * 60));
}

void DemoBuilder::startLoading(Planned &p, const QDateTime &startedAt, int slot)
{
    RequestLoadInfo load;
    load.status = DataLoadStatus::Pending;
    load.loadHost = QStringLiteral("sandbox-engine-%1").arg(slot + 1);
    load.startedAt = isoTime(startedAt);
    p.r.request.loadState = load;
    p.r.request.state = RequestState::Loading;
    p.r.request.modifiedDate = load.startedAt;
    p.r.internals.loads = 1;
    p.r.internals.loadMs = RequestEngine::loadDurationMs(p.r.request.actualRowEst);
}

void DemoBuilder::designatePartition()
{
    // "Flights by carrier" makes one app per carrier; any active link will do otherwise.
    QList<StoredLink> candidates = m_active;
    std::stable_partition(candidates.begin(), candidates.end(), [](const StoredLink &l) {
        return l.link.id == QLatin1StringView(demo::kLinkFlightsCarrier);
    });
    for (const StoredLink &l : std::as_const(candidates)) {
        for (const Binding &b : l.link.bindings.value_or(QList<Binding>())) {
            if (b.selectAppParamType != SelectAppParamType::Field || !b.selectAppParamName)
                continue;
            auto app = m_apps.get(l.selectionAppId);
            if (!app)
                continue;
            QJsonObject custom = app->value(QStringLiteral("custom")).toObject();
            const QJsonArray existing =
                custom.value(QStringLiteral("odagPartitionFields")).toArray();
            if (existing.isEmpty()) {
                custom.insert(QStringLiteral("odagPartitionFields"),
                              QJsonArray{*b.selectAppParamName});
                app->insert(QStringLiteral("custom"), custom);
                m_apps.update(l.selectionAppId, *app);
                m_partitionField = *b.selectAppParamName;
            } else {
                m_partitionField = existing.first().toString();
            }
            m_partitionLink = l;
            return;
        }
    }
}

void DemoBuilder::planHistory(int count)
{
    // Weights of the final states of past requests.
    const QList<std::pair<RequestState, int>> weights{
        {RequestState::Succeeded, 60}, {RequestState::Failed, 9},      {RequestState::FailedAck, 8},
        {RequestState::Canceled, 5},   {RequestState::CanceledAck, 7}, {RequestState::Invalid, 4}};
    int total = 0;
    for (const auto &w : weights)
        total += w.second;
    for (int i = 0; i < count; ++i) {
        // Active links get most of the traffic; links disabled since keep their history.
        const StoredLink &link = (m_rng.bounded(5) > 0 || m_links.size() == m_active.size())
                                     ? m_active.at(m_rng.bounded(int(m_active.size())))
                                     : m_links.at(m_rng.bounded(int(m_links.size())));
        const SandboxUser *owner = pickOwner();
        const QDateTime created = pastTime(3600 * 1000, 28 * kDayMs);
        Planned p{base(link, *owner, created, stateFor(link, {}, {}), {}), {}, {}, false, false};
        int roll = int(m_rng.bounded(total));
        RequestState state = RequestState::Succeeded;
        for (const auto &w : weights) {
            if (roll < w.second) {
                state = w.first;
                break;
            }
            roll -= w.second;
        }
        // Every load from the broken template fails.
        if (state == RequestState::Succeeded &&
            link.link.templateApp.id == QLatin1StringView(demo::kAppBrokenTemplate))
            state = RequestState::Failed;
        finishAs(p, state);
        m_plan.append(std::move(p));
    }
}

void DemoBuilder::planMultiples(int count)
{
    if (!m_partitionLink)
        return;
    const StoredLink &link = *m_partitionLink;
    const QStringList pool = demovalues::valuePool(m_partitionField);
    for (int i = 0; i < count; ++i) {
        const SandboxUser *owner = pickOwner();
        const bool inFlight = i == count - 1;
        const QDateTime created =
            inFlight ? m_now.addMSecs(-9000) : pastTime(3600 * 1000, 27 * kDayMs);
        const int n = 2 + int(m_rng.bounded(3));
        // The parent's selection: n values of the partition field.
        SelectionState whole = stateFor(link, {}, {});
        QStringList values;
        for (FieldSelectionState &f : whole) {
            if (f.selectionAppParamName != m_partitionField)
                continue;
            f.values.clear();
            for (int k = 0; k < n; ++k) {
                FieldValue v;
                v.strValue = pool.at((i + k) % pool.size());
                v.selStatus = SelectStatus::Selected;
                f.values.append(v);
                values << v.strValue;
            }
            f.selectedSize = n;
        }
        Planned parent{base(link, *owner, created, whole, {}), {}, {}, false, false};
        parent.r.request.kind = RequestKind::Multiple;
        parent.r.request.generatedAppName.reset();
        QList<RequestState> childStates;
        QList<Planned> kids;
        for (int k = 0; k < values.size(); ++k) {
            const QString label = m_partitionField + QLatin1Char('=') + values.at(k);
            Planned child{
                base(link, *owner, created, stateFor(link, m_partitionField, values.at(k)), label),
                {},
                {},
                false,
                false};
            child.r.request.kind = RequestKind::SingleSub;
            child.r.request.parentRequestId = parent.r.id();
            child.r.request.actualRowEst = (*parent.r.request.actualRowEst + n - 1) / n;
            child.r.internals.selectionState = whole;
            child.r.request.selectionStateHash = parent.r.request.selectionStateHash;
            if (inFlight) {
                // One loads now, the others wait for a slot.
                child.queuedAt = created.addMSecs(RequestEngine::kValidatingMs);
                child.holdsApp = true;
                if (k == 0) {
                    startLoading(child, m_now.addMSecs(-3000), 2);
                } else {
                    child.r.request.state = RequestState::Queued;
                    child.r.request.modifiedDate = isoTime(child.queuedAt);
                }
            } else {
                RequestState s = RequestState::Succeeded;
                if (i % 4 == 0 && k == values.size() - 1)
                    s = RequestState::Failed;
                else if (i % 4 == 1 && k == 0)
                    s = RequestState::FailedAck;
                else if (i % 4 == 2)
                    s = RequestState::CanceledAck;
                finishAs(child, s);
            }
            childStates << child.r.state();
            kids.append(std::move(child));
        }
        parent.r.request.state = RequestEngine::summarize(childStates);
        QString last = parent.r.request.createdDate.raw();
        for (const Planned &k : std::as_const(kids))
            last = std::max(last, k.r.request.modifiedDate.raw());
        parent.r.request.modifiedDate = DateTime::fromRaw(last);
        const qsizetype failed =
            std::count_if(childStates.begin(), childStates.end(), [](RequestState s) {
                return s == RequestState::Failed || s == RequestState::FailedAck;
            });
        if (failed > 0)
            parent.r.request.errorMessage =
                Tr::tr("%1 of %2 sub-requests failed.").arg(failed).arg(childStates.size());
        m_plan.append(std::move(parent));
        m_plan.append(kids);
    }
}

void DemoBuilder::planInFlight()
{
    const auto make = [this](qint64 agoMs) {
        const StoredLink &link = m_active.at(m_rng.bounded(int(m_active.size())));
        const SandboxUser *owner = pickOwner();
        const QDateTime created = m_now.addMSecs(-agoMs);
        return Planned{
            base(link, *owner, created, stateFor(link, {}, {}), {}), {}, {}, false, false};
    };
    // Just submitted.
    m_plan.append(make(200));
    // Waiting for a load slot, and paused.
    for (qint64 ago : {25000, 18000, 11000, 6 * 60 * 1000, 4 * 60 * 1000}) {
        Planned p = make(ago);
        p.queuedAt = p.r.request.createdDate.toDateTime().addMSecs(RequestEngine::kValidatingMs);
        p.holdsApp = true;
        p.r.request.state = ago > 60000 ? RequestState::Hold : RequestState::Queued;
        p.r.request.modifiedDate = isoTime(ago > 60000 ? p.queuedAt.addSecs(90) : p.queuedAt);
        m_plan.append(std::move(p));
    }
    // Loading right now.
    for (int slot = 0; slot < 2; ++slot) {
        Planned p = make(8000 + slot * 3000);
        p.queuedAt = p.r.request.createdDate.toDateTime().addMSecs(RequestEngine::kValidatingMs);
        p.holdsApp = true;
        startLoading(p, m_now.addMSecs(-(2000 + slot * 1500)), slot);
        m_plan.append(std::move(p));
    }
    // Being cancelled.
    Planned c = make(1500);
    c.r.request.state = RequestState::Canceling;
    c.r.request.modifiedDate = isoTime(m_now.addMSecs(-100));
    m_plan.append(std::move(c));
}

void DemoBuilder::applyRetentionAndLimits()
{
    // Chronological, so the newest apps are the ones that stay.
    std::stable_sort(m_plan.begin(), m_plan.end(), [](const Planned &a, const Planned &b) {
        return a.r.request.createdDate.raw() < b.r.request.createdDate.raw();
    });
    QHash<QString, QList<qsizetype>> held; // link/owner -> plan indexes holding an app
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        Planned &p = m_plan[i];
        if (!p.holdsApp)
            continue;
        RequestObject &r = p.r.request;
        if (r.purgeAfter && r.purgeAfter->toDateTime() <= m_now) {
            p.holdsApp = false; // the retention sweep took it
            p.r.internals.purged = true;
            continue;
        }
        const auto link = std::find_if(m_links.begin(), m_links.end(),
                                       [&r](const StoredLink &l) { return l.link.id == r.link; });
        const SandboxUser *owner = m_server.users().findById(r.owner.id);
        std::optional<int> limit;
        if (link != m_links.end() && owner)
            limit = linkPropertiesFor(*link, *owner).effectiveGenAppLimit();
        const bool pending = isPending(r.state);
        // Past requests leave room for one more request; unlimited links keep a handful.
        const int capacity = limit ? std::max(0, *limit - (pending ? 0 : 1)) : 6;
        QList<qsizetype> &list = held[r.link + QLatin1Char('/') + r.owner.id];
        list.append(i);
        while (list.size() > capacity) {
            Planned &old = m_plan[list.takeFirst()];
            old.holdsApp = false;
            QStringList validation = old.r.request.validation.value_or(QStringList());
            validation << Tr::tr("The generated app was deleted to stay within the link's limit of "
                                 "generated apps.");
            old.r.request.validation = validation;
        }
    }
}

QString DemoBuilder::templateScript(const QString &templateAppId)
{
    if (!m_scripts.contains(templateAppId))
        m_scripts.insert(templateAppId, m_apps.currentScript(templateAppId));
    return m_scripts.value(templateAppId);
}

bool DemoBuilder::write()
{
    RequestRecords records(m_server.store());
    qint64 seq = 1;
    for (Planned &p : m_plan) {
        RequestObject &r = p.r.request;
        if (p.holdsApp && p.r.state() != RequestState::Validating) {
            const auto link =
                std::find_if(m_links.begin(), m_links.end(),
                             [&r](const StoredLink &l) { return l.link.id == r.link; });
            SandboxApps::NewApp app;
            app.name = r.generatedAppName.value_or(r.templateAppName.value_or(QString()));
            app.description = Tr::tr("Generated by the ODAG link \"%1\" (request %2).")
                                  .arg(link != m_links.end() ? link->link.name : r.link, r.id);
            app.ownerId = r.owner.id;
            app.originAppId = r.templateApp;
            app.script = generatedapp::bindScript(
                templateScript(r.templateApp),
                link != m_links.end() ? link->link.bindings.value_or(QList<Binding>())
                                      : QList<Binding>(),
                p.r.internals.bindSelectionState);
            auto created = m_apps.create(app);
            if (!created)
                return false;
            QJsonObject doc = *created;
            QJsonObject custom = doc.value(QStringLiteral("custom")).toObject();
            custom.insert(QString::fromLatin1(kOdagGeneratedAttribute),
                          QJsonObject{{QStringLiteral("requestId"), r.id},
                                      {QStringLiteral("linkId"), r.link}});
            doc.insert(QStringLiteral("custom"), custom);
            doc.insert(QStringLiteral("createdDate"), isoTime(p.queuedAt).raw());
            const QString appId = doc.value(QStringLiteral("id")).toString();
            if (!m_apps.update(appId, doc))
                return false;
            if (p.loaded && !m_apps.recordReload(appId, p.finishedAt,
                                                 r.state != RequestState::Failed &&
                                                     r.state != RequestState::FailedAck))
                return false;
            r.generatedApp = AppStateCondensed{appId, app.name, {}};
        }
        if (r.state == RequestState::Queued)
            p.r.internals.queueSeq = seq++;
        if (!records.put(p.r))
            return false;
    }
    return true;
}

bool DemoBuilder::build()
{
    for (const StoredLink &l : SandboxLinks(m_server).all()) {
        if (l.link.templateApp.id.isEmpty())
            continue;
        m_links.append(l);
        if (l.link.status == LinkStatus::Active)
            m_active.append(l);
    }
    for (const char *id :
         {demo::kAdminId, demo::kAuthorId, demo::kSecondAuthorId, demo::kAnalystId}) {
        if (const SandboxUser *u = m_server.users().findById(QString::fromLatin1(id)))
            m_owners.append(u);
    }
    if (m_owners.isEmpty()) {
        for (const SandboxUser &u : m_server.users().all())
            m_owners.append(&u);
    }
    if (m_active.isEmpty() || m_owners.isEmpty())
        return true; // nothing to make requests of, or nobody to make them

    designatePartition();
    planHistory(190);
    planMultiples(12);
    planInFlight();
    applyRetentionAndLimits();
    return write();
}

} // namespace

bool seedDemoRequests(SandboxServer &server)
{
    if (server.store().count(RequestRecords::collection()) > 0)
        return true;
    return SandboxApps::atomically(server.store(), [&server]() {
        DemoBuilder builder(server);
        return builder.build();
    });
}

} // namespace odag::sandbox
