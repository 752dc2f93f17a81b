#include "LinkService.h"

#include "api/ItemsApi.h"
#include "api/OdagLinksApi.h"
#include "api/OdagTenantApi.h"
#include "api/QseOdagApi.h"

#include <QSet>

#include <memory>

namespace odag::gui {

namespace {

// Collects the answers of several calls made for one operation and finishes once, with
// the first error if any call failed.
template <class T>
struct Gather
{
    int outstanding = 0;
    bool failed = false;
    T value{};
    api::Callback<T> done;

    void fail(const api::ApiError &e)
    {
        if (failed)
            return;
        failed = true;
        done(e);
    }
    void finishOne()
    {
        if (--outstanding == 0 && !failed)
            done(value);
    }
};

LinkRecord cloudRecord(LinkStateFull link, const QString &selectionAppId)
{
    LinkRecord r;
    r.link = std::move(link);
    r.selectionAppId = selectionAppId;
    return r;
}

} // namespace

LinkService::LinkService(TenantSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

LinkCapabilities LinkService::capabilities() const
{
    LinkCapabilities c;
    if (isQse()) {
        c.deleteLinks = true;
        c.retentionAndPublish = true;
    } else {
        c.contextProperties = true;
        c.statusChanges = true;
        c.dynamicViews = true;
        c.createPermission = true;
        c.selectionAppUsages = true;
    }
    return c;
}

LinkRecord LinkService::fromQse(const QseLink &q)
{
    LinkRecord r;
    r.qse = q;
    r.link.id = q.id.value_or(QString());
    r.link.name = q.name.value_or(QString());
    if (q.owner) {
        r.link.owner.id = q.owner->id();
        r.link.owner.name = q.owner->displayName();
    }
    const QString status = q.status.value_or(QString());
    r.link.status = OpenEnum<LinkStatus>::fromRaw(status.isEmpty() ? QStringLiteral("active") : status.toLower());
    r.link.createdDate = q.createdDate.value_or(DateTime());
    r.link.modifiedDate = q.modifiedDate;
    if (q.properties)
        r.link.rowEstExpr = q.properties->rowEstExpr.value_or(QString());
    r.link.templateApp.id = q.templateAppId.value_or(QString());
    r.selectionAppId = q.selectionAppId.value_or(QString());
    return r;
}

void LinkService::listLinks(QObject *context, api::Callback<QList<LinkRecord>> done)
{
    if (!m_session)
        return;
    api::Transport &t = m_session->transport();
    if (isQse()) {
        QPointer<LinkService> self(this);
        api::QseOdagApi(t).listLinks(context, [self, done](const api::ApiResult<QList<QseLink>> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            QList<LinkRecord> records;
            for (const QseLink &l : r.value())
                records.push_back(fromQse(l));
            if (self)
                self->m_lastList = records;
            done(records);
        });
        return;
    }

    // Cloud: the links, then the selection apps, then which links each selection app has.
    auto links = std::make_shared<QList<LinkStateFull>>();
    // The service lists plain links only unless asked for dynamic views too.
    api::LinkListQuery all;
    all.type = LinkType::All;
    api::OdagLinksApi(t).listLinks(
        all, context,
        [session = m_session, context, done, links](const api::ApiResult<QList<LinkStateFull>> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            if (!session)
                return;
            *links = r.value();
            api::OdagTenantApi(session->transport())
                .listOdagApps(OdagAppType::Selection, context,
                              [session, context, done, links](const api::ApiResult<OdagApps> &apps) {
                                  if (!apps.ok()) {
                                      done(apps.error());
                                      return;
                                  }
                                  if (!session)
                                      return;
                                  auto gather = std::make_shared<Gather<QList<LinkRecord>>>();
                                  auto selectionOf = std::make_shared<QHash<QString, AppStateCondensed>>();
                                  gather->done = [links, selectionOf, done](const api::ApiResult<QList<LinkRecord>> &g) {
                                      if (!g.ok()) {
                                          done(g.error());
                                          return;
                                      }
                                      QList<LinkRecord> records;
                                      for (const LinkStateFull &l : std::as_const(*links)) {
                                          const AppStateCondensed app = selectionOf->value(l.id);
                                          LinkRecord rec = cloudRecord(l, app.id);
                                          rec.selectionAppName = app.name;
                                          records.push_back(std::move(rec));
                                      }
                                      done(records);
                                  };
                                  const QList<AppStateCondensed> selectionApps = apps.value().apps();
                                  gather->outstanding = int(selectionApps.size()) + 1;
                                  for (const AppStateCondensed &app : selectionApps) {
                                      api::LinkListQuery q;
                                      q.selectionAppId = app.id;
                                      q.type = LinkType::All;
                                      api::OdagLinksApi(session->transport())
                                          .listLinks(q, context,
                                                     [gather, selectionOf, app](const api::ApiResult<QList<LinkStateFull>> &lr) {
                                                         if (!lr.ok()) {
                                                             gather->fail(lr.error());
                                                             return;
                                                         }
                                                         for (const LinkStateFull &l : lr.value())
                                                             selectionOf->insert(l.id, app);
                                                         gather->finishOne();
                                                     });
                                  }
                                  gather->finishOne();
                              });
        });
}

void LinkService::getLink(const QString &linkId, const QString &selectionAppId, QObject *context,
                          api::Callback<LinkRecord> done)
{
    if (!m_session)
        return;
    if (isQse()) {
        api::QseOdagApi(m_session->transport())
            .getLink(linkId, context, [done](const api::ApiResult<QseLink> &r) {
                if (!r.ok())
                    done(r.error());
                else
                    done(fromQse(r.value()));
            });
        return;
    }
    api::OdagLinksApi(m_session->transport())
        .getLink(linkId, context, [done, selectionAppId](const api::ApiResult<LinkStateFull> &r) {
            if (!r.ok())
                done(r.error());
            else
                done(cloudRecord(r.value(), selectionAppId));
        });
}

void LinkService::createLink(const LinkAddPayload &payload, QObject *context, api::Callback<LinkRecord> done)
{
    if (!m_session)
        return;
    api::OdagLinksApi(m_session->transport())
        .createLink(payload, api::LinkQuery{}, context,
                    [done, sel = payload.selectionApp](const api::ApiResult<LinkStateFull> &r) {
                        if (!r.ok())
                            done(r.error());
                        else
                            done(cloudRecord(r.value(), sel));
                    });
}

void LinkService::updateLink(const QString &linkId, const LinkPutPayload &payload, QObject *context,
                             api::Callback<LinkRecord> done)
{
    if (!m_session)
        return;
    api::OdagLinksApi(m_session->transport())
        .updateLink(linkId, payload, api::LinkQuery{}, context,
                    [done, sel = payload.selectionApp](const api::ApiResult<LinkStateFull> &r) {
                        if (!r.ok())
                            done(r.error());
                        else
                            done(cloudRecord(r.value(), sel));
                    });
}

void LinkService::setStatus(const LinkRecord &record, LinkStatusSetting setting, QObject *context,
                            api::Callback<LinkRecord> done)
{
    updateLink(record.id(), LinkPutPayload::statusChange(record.link, record.selectionAppId, setting), context,
               std::move(done));
}

namespace {
api::Callback<QseLinkResult> qseAnswer(api::Callback<LinkService::QseAnswer> done)
{
    return [done = std::move(done)](const api::ApiResult<QseLinkResult> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(LinkService::QseAnswer{LinkService::fromQse(r.value().objectDef), r.value().messages()});
    };
}
} // namespace

void LinkService::createQseLink(const QseLinkCreate &payload, QObject *context, api::Callback<QseAnswer> done)
{
    if (!m_session)
        return;
    api::QseOdagApi(m_session->transport()).createLink(payload, context, qseAnswer(std::move(done)));
}

void LinkService::updateQseLink(const QString &linkId, const QseLinkUpdate &payload, QObject *context,
                                api::Callback<QseAnswer> done)
{
    if (!m_session)
        return;
    api::QseOdagApi(m_session->transport()).updateLink(linkId, payload, context, qseAnswer(std::move(done)));
}

void LinkService::deleteLink(const QString &linkId, QObject *context, api::Callback<api::Empty> done)
{
    if (!m_session)
        return;
    api::QseOdagApi(m_session->transport()).deleteLink(linkId, context, std::move(done));
}

void LinkService::countPending(const QStringList &linkIds, QObject *context,
                               api::Callback<QHash<QString, int>> done)
{
    if (!m_session)
        return;
    if (isQse()) {
        api::QseOdagApi(m_session->transport())
            .listRequests(context, [done, linkIds](const api::ApiResult<QList<QseRequest>> &r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                QHash<QString, int> counts;
                for (const QString &id : linkIds)
                    counts.insert(id, 0);
                for (const QseRequest &q : r.value()) {
                    const QString link = q.linkId.value_or(QString());
                    if (counts.contains(link) && q.status && isPending(*q.status))
                        ++counts[link];
                }
                done(counts);
            });
        return;
    }
    auto gather = std::make_shared<Gather<QHash<QString, int>>>();
    gather->done = std::move(done);
    gather->outstanding = int(linkIds.size()) + 1;
    for (const QString &id : linkIds) {
        api::LinkRequestsQuery q;
        q.pending = true;
        api::OdagLinksApi(m_session->transport())
            .listLinkRequests(id, q, context, [gather, id](const api::ApiResult<QList<RequestObject>> &r) {
                if (!r.ok()) {
                    gather->fail(r.error());
                    return;
                }
                gather->value.insert(id, int(r.value().size()));
                gather->finishOne();
            });
    }
    gather->finishOne();
}

void LinkService::canCreate(const QString &selectionAppId, const QString &templateAppId, QObject *context,
                            api::Callback<bool> done)
{
    if (!m_session)
        return;
    api::CanCreateQuery q;
    q.optSelectAppId = selectionAppId;
    q.optTemplateAppId = templateAppId;
    api::OdagLinksApi(m_session->transport())
        .canCreate(q, context, [done](const api::ApiResult<CanCreateLinks> &r) {
            if (!r.ok())
                done(r.error());
            else
                done(r.value().allowed());
        });
}

void LinkService::selectionAppUsages(const QString &selectionAppId, const QStringList &linkIds, QObject *context,
                                     api::Callback<QList<LinkStateRef>> done)
{
    if (!m_session)
        return;
    api::LinkUsagesQuery q;
    q.selAppId = selectionAppId;
    q.type = LinkType::All;
    SelAppLinkUsagePayload payload;
    payload.linkList = linkIds;
    api::OdagLinksApi(m_session->transport()).selectionAppLinkUsages(q, payload, context, std::move(done));
}

void LinkService::listApps(QObject *context, api::Callback<QList<AppStateCondensed>> done)
{
    if (!m_session)
        return;
    if (isQse()) {
        // Qlik Sense Enterprise's ODAG API has no app list: offer the apps the links use.
        QList<AppStateCondensed> apps;
        QSet<QString> seen;
        for (const LinkRecord &r : std::as_const(m_lastList)) {
            for (const QString &id : {r.selectionAppId, r.link.templateApp.id}) {
                if (!id.isEmpty() && !seen.contains(id)) {
                    seen.insert(id);
                    apps.push_back(AppStateCondensed{id, id, {}});
                }
            }
        }
        done(apps);
        return;
    }
    api::ItemListQuery q;
    q.limit = 100;
    q.noActions = true;
    api::ItemsApi(m_session->transport())
        .listAllItems(q, context, {}, [done](const api::ApiResult<QList<Item>> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            QList<AppStateCondensed> apps;
            for (const Item &item : r.value()) {
                if (item.resourceId)
                    apps.push_back(AppStateCondensed{*item.resourceId, item.name, {}});
            }
            done(apps);
        });
}

} // namespace odag::gui
