#pragma once

#include "api/JsonCall.h"
#include "core/OdagLink.h"
#include "core/QseOdag.h"
#include "gui/connection/TenantSession.h"

#include <QObject>
#include <QPointer>

namespace odag::gui {

// One ODAG link as the Links workspace and the link editor see it, on either kind of
// tenant. `link` is the Qlik Cloud shape: on Qlik Cloud it is the link as read (unknown
// fields kept); on Qlik Sense Enterprise it carries what the two kinds share (id, name,
// owner, status, dates, rowEstExpr, template app) and `qse` holds the link as read, the
// one that is written back.
struct LinkRecord
{
    LinkStateFull link;
    QString selectionAppId; // Cloud links do not carry it: found through the selection apps
    QString selectionAppName;
    std::optional<QseLink> qse;
    int pendingRequests = -1; // -1: not counted

    QString id() const { return link.id; }
    bool isQse() const { return qse.has_value(); }
};

// What a kind of tenant offers for links; the UI hides or explains the rest.
struct LinkCapabilities
{
    bool contextProperties = false; // the ten context-scoped properties (Cloud)
    bool statusChanges = false;     // activate / disable / decommission (Cloud)
    bool dynamicViews = false;      // Cloud
    bool deleteLinks = false;       // Qlik Sense Enterprise
    bool createPermission = false;  // GET odag-links/cancreate (Cloud)
    bool selectionAppUsages = false; // POST selection-app-link-usages (Cloud)
    bool retentionAndPublish = false; // QSE properties.retention / publishTo
};

// The links of the session's tenant through one interface for Qlik Cloud
// (analytics/odag-links) and Qlik Sense Enterprise (/api/odag/v1/links). Every call is
// asynchronous; its callback runs once on the GUI thread, and not at all when `context`
// was destroyed first.
class LinkService : public QObject
{
    Q_OBJECT
public:
    explicit LinkService(TenantSession *session, QObject *parent = nullptr);

    TenantSession *session() const { return m_session; }
    bool isQse() const { return m_session->kind() == TenantSession::Kind::SenseEnterprise; }
    LinkCapabilities capabilities() const;

    // Every link the user can see, with its selection app. Cloud: the link list, the
    // selection apps (odag-apps) and one filtered list per selection app to map links to
    // them. Pending counts are not filled in (see countPending).
    void listLinks(QObject *context, api::Callback<QList<LinkRecord>> done);
    // One link, fresh from the server. `selectionAppId` is kept from the caller (Cloud does
    // not send it back) when not empty.
    void getLink(const QString &linkId, const QString &selectionAppId, QObject *context,
                 api::Callback<LinkRecord> done);

    // Cloud create and update (a full replacement; send modifiedDate to get 409 when stale).
    void createLink(const LinkAddPayload &payload, QObject *context, api::Callback<LinkRecord> done);
    void updateLink(const QString &linkId, const LinkPutPayload &payload, QObject *context,
                    api::Callback<LinkRecord> done);
    // Cloud status change: activate, disable, decommission (final).
    void setStatus(const LinkRecord &record, LinkStatusSetting setting, QObject *context,
                   api::Callback<LinkRecord> done);

    // Qlik Sense Enterprise create, update and delete. Feedback lines of the answer (if any)
    // are handed back as the second value.
    using QseAnswer = std::pair<LinkRecord, QStringList>;
    void createQseLink(const QseLinkCreate &payload, QObject *context, api::Callback<QseAnswer> done);
    void updateQseLink(const QString &linkId, const QseLinkUpdate &payload, QObject *context,
                       api::Callback<QseAnswer> done);
    void deleteLink(const QString &linkId, QObject *context, api::Callback<api::Empty> done);

    // Pending (not finished) requests per link ID. Cloud: one pending=true call per link;
    // QSE: the request list, counted by link.
    void countPending(const QStringList &linkIds, QObject *context, api::Callback<QHash<QString, int>> done);

    // Cloud only: may the user create links (optionally for a selection/template pair)?
    void canCreate(const QString &selectionAppId, const QString &templateAppId, QObject *context,
                   api::Callback<bool> done);
    // Cloud only: the links a selection app references (IDs from the app's objects).
    void selectionAppUsages(const QString &selectionAppId, const QStringList &linkIds, QObject *context,
                            api::Callback<QList<LinkStateRef>> done);

    // The apps the pickers offer: every app of the tenant (items?resourceType=app) on Cloud;
    // on QSE, which has no app list in its ODAG API, the apps the links name.
    void listApps(QObject *context, api::Callback<QList<AppStateCondensed>> done);

    // The shared part of a QSE link in the Cloud shape.
    static LinkRecord fromQse(const QseLink &link);

private:
    QPointer<TenantSession> m_session;
    QList<LinkRecord> m_lastList; // QSE app names for listApps
};

} // namespace odag::gui
