#pragma once

#include "core/Spaces.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace odag::gui {

class ErrorBanner;
class SpaceAssignmentsModel;
class TenantSession;

// The right-hand side of the Spaces workspace: the selected space's fields and its
// member assignments, with Add / Edit / Remove for the members.
class SpaceDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SpaceDetailsPanel(TenantSession *session, QWidget *parent = nullptr);

    // Shows `space` (nullopt: nothing selected). A new space ID reloads the members.
    void setSpace(const std::optional<Space> &space);
    SpaceAssignmentsModel *assignments() const { return m_model; }
    QSortFilterProxyModel *assignmentsProxy() const { return m_proxy; }
    // IDs offered when adding a member (owners and members seen so far).
    void setKnownIds(const QStringList &ids) { m_knownIds = ids; }

    void addMember();
    void editMember();
    void removeMember();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    const SpaceAssignment *currentAssignment() const;
    void updateButtons();
    QStringList knownIds() const;

    TenantSession *m_session;
    std::optional<Space> m_space;
    QStringList m_knownIds;
    QLabel *m_title;
    QLabel *m_fields;
    ErrorBanner *m_banner;
    SpaceAssignmentsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace odag::gui
