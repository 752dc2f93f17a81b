#pragma once

#include "api/ReloadsApi.h"
#include "core/Reloads.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class QTimer;

namespace odag::gui {

class TenantSession;

// The reloads of one app, newest first, read page by page (canFetchMore/fetchMore) and
// filtered on the server by status (SCIM `status eq "FAILED"`). While any reload shown
// is queued or running, it polls those reloads and updates their rows in place until
// none is left running.
class ReloadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Type, Partial, Created, Started, Ended, Duration, User, Log, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, StatusRole };

    explicit ReloadsModel(TenantSession *session, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    // Milliseconds between polls of running reloads.
    void setPollInterval(int ms);

    // A new query: the app's reloads with `status` ("FAILED"...; empty: all).
    void setQuery(const QString &appId, const QString &status);
    QString appId() const { return m_appId; }
    QString statusFilter() const { return m_status; }
    void reload();

    bool isLoading() const { return !m_call.isNull(); }
    bool isPolling() const;
    const Reload *reloadAt(int row) const;
    int rowOf(const QString &reloadId) const;
    // A reload queued here goes on top; a known one is updated in place.
    void upsert(const Reload &reload);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "PT1M5S" or start/end in words ("1 min 5 s"); empty when unknown.
    static qint64 durationMs(const Reload &reload);
    static QString durationText(qint64 ms);
    // The error, else the last line of the progress log.
    static QString excerpt(const Reload &reload);

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const odag::api::ApiError &error);
    void pollFailed(const odag::api::ApiError &error);
    // A reload the model follows reached a final status.
    void reloadFinished(const odag::Reload &reload);

private:
    void onPage(const api::ApiResult<ReloadList> &result, int generation);
    void poll();
    void updatePolling();

    TenantSession *m_session;
    QString m_appId;
    QString m_status;
    QList<Reload> m_rows;
    QString m_next;
    QPointer<api::PendingCall> m_call;
    QTimer *m_pollTimer;
    QHash<QString, QPointer<api::PendingCall>> m_polls; // reload ID -> poll in flight
    int m_generation = 0;
    int m_pageSize = 25;
};

} // namespace odag::gui
