#pragma once

#include "api/SpacesApi.h"
#include "core/Spaces.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace odag::gui {

class TenantSession;

// The member assignments of one space (who holds which roles), read through every page
// of GET /spaces/{id}/assignments. Adding, editing and removing an assignment change
// its row in place.
class SpaceAssignmentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Assignee, Roles, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit SpaceAssignmentsModel(TenantSession *session, QObject *parent = nullptr);

    // Shows the assignments of `spaceId` (empty: none).
    void setSpace(const QString &spaceId);
    QString spaceId() const { return m_spaceId; }
    bool isLoading() const { return !m_call.isNull(); }

    const SpaceAssignment *assignmentAt(int row) const;
    int rowOf(const QString &assignmentId) const;
    void upsert(const SpaceAssignment &assignment);
    void removeAssignment(const QString &assignmentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The roles in words, comma-separated.
    static QString rolesText(const SpaceRoles &roles);

Q_SIGNALS:
    void loadFinished();
    void loadFailed(const odag::api::ApiError &error);

private:
    void onPage(const api::ApiResult<SpaceAssignmentList> &result, int generation);

    TenantSession *m_session;
    QString m_spaceId;
    QList<SpaceAssignment> m_rows;
    QPointer<api::PendingCall> m_call;
    int m_generation = 0;
};

} // namespace odag::gui
