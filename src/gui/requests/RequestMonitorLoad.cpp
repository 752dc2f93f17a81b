#include "RequestMonitor.h"

#include "RequestConversion.h"
#include "RequestLoadQueue.h"
#include "RequestMonitorPrivate.h"
#include "RequestsModel.h"

#include "api/OdagLinksApi.h"
#include "api/QseOdagApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/links/LinkService.h"

// RequestMonitor's first full load, and the occasional new list of links.

namespace odag::gui {

void RequestMonitor::start()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    m_loadFailed = false;
    qCInfo(lcMonitor) << "loading every request";
    // Qlik Cloud: one list of links and dynamic views (type=all: views have requests too).
    // Qlik Sense Enterprise: the links as LinkService reads them.
    auto listed = [this](const api::ApiResult<QHash<QString, QString>> &r) {
        if (!r.ok()) {
            qCWarning(lcMonitor).noquote() << "could not list the links:" << r.error().toString();
            m_hasProblem = true;
            m_lastError = r.error();
            Q_EMIT problem(tr("Could not list the links: %1").arg(r.error().message()));
            finishLoad(false);
            return;
        }
        setLinks(r.value());
        m_lastRelistMs = monitorNowMs();
        if (isQse())
            loadQse();
        else
            loadCloud();
    };
    m_callTimes.append(monitorNowMs());
    if (isQse()) {
        m_links->listLinks(this, [listed](const api::ApiResult<QList<LinkRecord>> &r) {
            if (!r.ok())
                return listed(r.error());
            QHash<QString, QString> names;
            for (const LinkRecord &l : r.value())
                names.insert(l.id(), l.link.name);
            listed(names);
        });
        return;
    }
    api::LinkListQuery all;
    all.type = LinkType::All;
    api::OdagLinksApi(m_session->transport())
        .listLinks(all, this, [listed](const api::ApiResult<QList<LinkStateFull>> &r) {
            if (!r.ok())
                return listed(r.error());
            QHash<QString, QString> names;
            for (const LinkStateFull &l : r.value())
                names.insert(l.id, l.name);
            listed(names);
        });
}

void RequestMonitor::setLinks(const QHash<QString, QString> &names)
{
    const qint64 now = monitorNowMs();
    int i = 0;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!m_linkStates->contains(it.key())) {
            LinkState s;
            // Staggered so the idle links are not all listed in the same round.
            s.nextFullCheckMs = now + m_idleRecheckMs + (i++ % 12) * (m_idleRecheckMs / 12);
            m_linkStates->insert(it.key(), s);
            m_linkOrder.append(it.key());
        }
    }
    if (names != m_linkNames) {
        m_linkNames = names;
        m_model->setLinkNames(names);
        Q_EMIT linksChanged();
    }
}

void RequestMonitor::loadCloud()
{
    m_pendingLoads = int(m_linkOrder.size());
    if (m_pendingLoads == 0) {
        finishLoad(true);
        return;
    }
    auto failures = std::make_shared<std::optional<api::ApiError>>();
    for (const QString &linkId : std::as_const(m_linkOrder)) {
        const quint64 gen = ++(*m_linkStates)[linkId].issued;
        m_callTimes.append(monitorNowMs());
        api::OdagLinksApi(m_session->transport())
            .listLinkRequests(linkId, {}, this,
                              [this, linkId, gen, failures](const api::ApiResult<QList<RequestObject>> &r) {
                                  LinkState &state = (*m_linkStates)[linkId];
                                  if (r.ok() && gen >= state.applied) {
                                      state.applied = gen;
                                      apply(r.value(), {}, true);
                                  } else if (!r.ok()) {
                                      *failures = r.error();
                                  }
                                  if (--m_pendingLoads > 0)
                                      return;
                                  if (*failures) {
                                      m_hasProblem = true;
                                      m_lastError = **failures;
                                      Q_EMIT problem(tr("Some links' requests could not be read: %1")
                                                         .arg((*failures)->message()));
                                  }
                                  finishLoadWhenApplied(true);
                              });
    }
}

void RequestMonitor::loadQse()
{
    const quint64 gen = ++m_qseIssued;
    m_callTimes.append(monitorNowMs());
    api::QseOdagApi(m_session->transport()).listRequests(this, [this, gen](const api::ApiResult<QList<QseRequest>> &r) {
        if (!r.ok()) {
            m_hasProblem = true;
            m_lastError = r.error();
            Q_EMIT problem(tr("Could not list the requests: %1").arg(r.error().message()));
            finishLoad(false);
            return;
        }
        m_qseApplied = gen;
        QList<RequestObject> all;
        all.reserve(r.value().size());
        for (const QseRequest &q : r.value())
            all.append(fromQse(q));
        for (const RequestObject &o : std::as_const(all))
            m_qseIds.insert(o.id);
        apply(all, {}, true);
        finishLoadWhenApplied(true);
    });
}

void RequestMonitor::finishLoadWhenApplied(bool ok)
{
    if (!m_queue->isBusy()) {
        finishLoad(ok);
        return;
    }
    connect(m_queue, &RequestLoadQueue::drained, this, [this, ok] { finishLoad(ok); }, Qt::SingleShotConnection);
}

void RequestMonitor::finishLoad(bool ok)
{
    m_loading = false;
    m_loaded = m_loaded || ok;
    m_loadFailed = !ok;
    if (ok) {
        m_lastRefresh = QDateTime::currentDateTime();
        Q_EMIT refreshed(m_lastRefresh);
    }
    Q_EMIT loadFinished(ok);
    m_intervalMs = ok ? m_baseIntervalMs : std::min(m_baseIntervalMs * 2, kMaxIdleIntervalMs);
    if (running())
        schedule(m_intervalMs);
}

void RequestMonitor::relistLinks()
{
    m_lastRelistMs = monitorNowMs();
    m_callTimes.append(monitorNowMs());
    auto merge = [this](const QHash<QString, QString> &names) {
        QHash<QString, QString> all = m_linkNames;
        all.insert(names);
        setLinks(all);
    };
    if (isQse()) {
        api::QseOdagApi(m_session->transport()).listLinks(this, [merge](const api::ApiResult<QList<QseLink>> &r) {
            if (!r.ok())
                return; // the next relist tries again; requests are still polled
            QHash<QString, QString> names;
            for (const QseLink &l : r.value())
                names.insert(l.id.value_or(QString()), l.name.value_or(QString()));
            merge(names);
        });
        return;
    }
    api::LinkListQuery all;
    all.type = LinkType::All;
    api::OdagLinksApi(m_session->transport())
        .listLinks(all, this, [merge](const api::ApiResult<QList<LinkStateFull>> &r) {
            if (!r.ok())
                return;
            QHash<QString, QString> names;
            for (const LinkStateFull &l : r.value())
                names.insert(l.id, l.name);
            merge(names);
        });
}

} // namespace odag::gui
