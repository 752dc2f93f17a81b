#pragma once

#include "api/ApiError.h"
#include "core/OdagRequest.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

class LinkService;
class RequestLoadQueue;
class RequestsModel;
class TenantSession;

// The live request engine: loads every request of every link once, then polls cheaply
// within the tenant's rate limits. Qlik Cloud: one `pending=true` list per active link
// per round, one detail read for a request that left that list, the watched requests'
// details, and a rare full list of each idle link to find new requests. Qlik Sense
// Enterprise: the one all-requests list per round. The interval adapts to activity,
// stretches near the Tier 1 budget, backs off on 429 and errors, and an answer older
// than one already applied for the same link is dropped.
class RequestMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;
    static constexpr int kBusyIntervalMs = 2000;
    static constexpr int kBusyLinksMax = 8; // more busy links than this: no quicker pace
    static constexpr int kMaxIdleIntervalMs = 30000;
    static constexpr int kIdleRecheckMs = 60000;
    static constexpr int kRecentlyActiveMs = 120000;
    static constexpr int kLinkRelistMs = 300000;
    static constexpr double kBudgetShare = 0.8; // of the transport's Tier 1 budget

    explicit RequestMonitor(TenantSession *session, QObject *parent = nullptr);
    ~RequestMonitor() override;

    RequestsModel *model() const { return m_model; }
    bool isQse() const;

    // The first full load, then polling (unless paused).
    void start();
    bool hasLoaded() const { return m_loaded; }
    // The first load is received and being put into the model a slice at a time.
    bool isLoading() const { return m_loading; }
    // How long one event-loop turn may spend putting requests into the model.
    void setLoadTurnBudget(int ms);
    // Starts a round now (also while paused; a round already running is not waited for).
    void pollNow();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Paused by the window (hidden or minimised), independent of the user's pause.
    void setAutoPaused(bool paused);
    bool isAutoPaused() const { return m_autoPaused; }

    void setBaseInterval(int ms);
    int baseInterval() const { return m_baseIntervalMs; }
    int currentInterval() const { return m_intervalMs; }
    // 1, or 2, 4, 8 after rounds that met a 429 or an error (halves again on success).
    int backoff() const { return m_backoff; }
    // How often a link without pending requests is listed in full to find new ones.
    void setIdleRecheckInterval(int ms);
    int idleRecheckInterval() const { return m_idleRecheckMs; }

    // Watched requests get their details read every round.
    void watch(const QString &requestId);
    void unwatch(const QString &requestId);
    QSet<QString> watched() const { return m_watched; }

    QDateTime lastRefresh() const { return m_lastRefresh; }
    int callsLastMinute() const;
    // Share (0..1) of the transport's Tier 1 budget used over the last minute; -1 when
    // the tenant has no published limit (Qlik Sense Enterprise).
    double tier1BudgetUsed() const;
    QHash<QString, QString> linkNames() const { return m_linkNames; }
    // Links polled each round (pending requests, or active recently).
    QStringList activeLinks() const;
    int staleAnswersDropped() const { return m_staleDropped; }
    int roundsCompleted() const { return m_rounds; }
    // The failure behind the last problem() message, if any.
    std::optional<api::ApiError> lastError() const { return m_lastError; }

Q_SIGNALS:
    // The new or changed requests of one round, after the model has them.
    void updated(const QList<odag::RequestObject> &changed);
    void refreshed(const QDateTime &at);
    // A calm sentence about a failed round (empty: the problem went away).
    void problem(const QString &message);
    void callsMade(int calls);
    // The first full load finished (or failed: `ok` false, problem() says why).
    void loadFinished(bool ok);
    // During the first load: requests in the model so far, of those received so far.
    void loadProgress(int loaded, int received);
    void linksChanged();

private:
    struct LinkState;
    struct Round;

    void loadCloud();
    void loadQse();
    void relistLinks();
    void setLinks(const QHash<QString, QString> &names);
    void finishLoad(bool ok);
    void startRound();
    void pollQse(const std::shared_ptr<Round> &round);
    void pollLink(const QString &linkId, bool pendingOnly, const std::shared_ptr<Round> &round);
    void readDetail(const QString &requestId, const std::shared_ptr<Round> &round);
    void track(api::PendingCall *call, const std::shared_ptr<Round> &round);
    void callDone(const std::shared_ptr<Round> &round);
    void fail(const std::shared_ptr<Round> &round, const QString &what, const api::ApiError &error);
    // `bulk`: a first-load list, queued for the model in slices; anything arriving while
    // a queue is being applied queues behind it.
    QList<odag::RequestObject> apply(const QList<odag::RequestObject> &answer, const QStringList &removed = {},
                                     bool bulk = false);
    // finishLoad() once the queue has put everything into the model.
    void finishLoadWhenApplied(bool ok);
    void finishRound(const std::shared_ptr<Round> &round);
    int plannedInterval(int callsPerRound) const;
    int allowedCallsPerRound(int intervalMs) const;
    void schedule(int ms);
    bool running() const { return !m_paused && !m_autoPaused; }

    QPointer<TenantSession> m_session;
    RequestsModel *m_model;
    RequestLoadQueue *m_queue;
    LinkService *m_links;
    QTimer m_timer;
    QHash<QString, LinkState> *m_linkStates;
    QHash<QString, QString> m_linkNames;
    QStringList m_linkOrder;
    int m_roundRobin = 0;
    QSet<QString> m_watched;
    QSet<QString> m_detailInFlight;
    QSet<QString> m_qseIds;
    quint64 m_qseIssued = 0;
    quint64 m_qseApplied = 0;
    int m_pendingLoads = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_loadFailed = false;
    bool m_paused = false;
    bool m_autoPaused = false;
    bool m_hasProblem = false;
    int m_baseIntervalMs = kDefaultIntervalMs;
    int m_intervalMs = kDefaultIntervalMs;
    int m_idleRecheckMs = kIdleRecheckMs;
    int m_idleRounds = 0;
    int m_backoff = 1;
    int m_staleDropped = 0;
    int m_rounds = 0;
    qint64 m_lastRelistMs = 0;
    QDateTime m_lastRefresh;
    mutable QList<qint64> m_callTimes;
    std::optional<api::ApiError> m_lastError;
};

} // namespace odag::gui
