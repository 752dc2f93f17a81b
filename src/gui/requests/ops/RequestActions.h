#pragma once

#include "core/OdagRequest.h"
#include "gui/connection/TenantSession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace odag::api {
class PendingCall;
}

namespace odag::gui {

// The operations a user can apply to generation requests (SPEC "Requests").
enum class RequestOp
{
    Cancel,
    Pause,
    Resume,
    AckCancel,
    AckFailure,
    ReloadApp,
    RenameApp,
    DeleteApp,
    OpenApp
};

// Whether an operation suits a request, and why not when it does not.
struct Availability
{
    bool enabled = false;
    QString reason; // empty when enabled
};

// What the user chose in the dialogs before an operation runs.
struct ActionOptions
{
    bool autoAck = false;         // cancel: go on to canceledAck by itself
    bool delGenApp = false;       // cancel with autoAck, ack cancel, ack failure
    bool ignoreSucceeded = false; // cancel: no error if it succeeded meanwhile
    QString newName;              // rename
};

// How one request fared.
struct ActionOutcome
{
    QString requestId;
    QString label; // what the user knows the request by (app name or ID)
    bool ok = false;
    QString message;                      // the API's words on failure, empty on success
    std::optional<RequestObject> updated; // the request as the server answered, if it did
};

// How a whole run fared, one outcome per request in the order given.
struct BulkResult
{
    RequestOp op = RequestOp::Cancel;
    QList<ActionOutcome> outcomes;
    bool canceled = false; // stopped by the user; requests not reached have no outcome
    int failures() const;
    int successes() const;
};

// Runs one operation on one or many requests over the session's transport (a few at a
// time, so a bulk action neither floods the tenant nor waits on each round trip), and says
// which operations a request's state allows. Knows both kinds of tenant: Qlik Sense
// Enterprise offers cancel (updateRequest) and the generated-app calls only.
class RequestActions : public QObject
{
    Q_OBJECT
public:
    explicit RequestActions(TenantSession *session, QObject *parent = nullptr);
    ~RequestActions() override;

    static Availability availability(RequestOp op, const RequestObject &request,
                                     TenantSession::Kind kind);
    static QString displayName(RequestOp op);
    static QList<RequestOp> allOps();

    // Where the generated app opens: <baseUrl>/sense/app/<appId>.
    static QUrl appUrl(const QUrl &baseUrl, const QString &appId);
    // Test seam for the browser: replaces QDesktopServices::openUrl (empty: restore).
    using UrlOpener = std::function<bool(const QUrl &)>;
    static void setUrlOpener(UrlOpener opener);

    // Performs `op` on each request. Requests the op does not suit fail locally with the
    // reason (no call is made). One run at a time: a new run while busy is refused.
    bool run(RequestOp op, const QList<RequestObject> &requests, const ActionOptions &options = {});
    bool isRunning() const { return m_running; }
    // Stops the run: calls in flight are cancelled, finished() follows with canceled set.
    void cancel();

    // Calls in flight at once.
    static constexpr int kParallel = 3;

Q_SIGNALS:
    void progress(int done, int total);
    void requestDone(const QString &requestId, bool ok, const QString &message);
    void finished(const odag::gui::BulkResult &result);

private:
    void startNext();
    void startOne(int index);
    void complete(int index, bool ok, const QString &message, std::optional<RequestObject> updated);
    void finish();

    QPointer<TenantSession> m_session;
    QList<RequestObject> m_requests;
    ActionOptions m_options;
    BulkResult m_result;
    QList<QPointer<api::PendingCall>> m_calls;
    int m_next = 0;
    int m_done = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_canceling = false;
};

} // namespace odag::gui

Q_DECLARE_METATYPE(odag::gui::BulkResult)
