#pragma once

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

namespace odag::gui {

class RequestsModel;

// Filters and sorts the request tree: by state (a set), kind, link, owner, free text and
// the time the request was created. Matching singlesub children keep their parent row.
// Sorting uses RequestsModel::SortRole (raw numbers and times); over a RequestsModel the
// filter and the sort read its rows directly (RequestsModel::rowAt / lessThan), which is
// what keeps sorting and filtering 100,000 rows short.
class RequestsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Period { Any, LastHour, LastDay, LastWeek, Custom };

    explicit RequestsFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    // int(RequestState) values; empty: every state.
    void setStates(const QSet<int> &states);
    QSet<int> states() const { return m_states; }
    // int(RequestKind); -1: every kind.
    void setKind(int kind);
    void setLinkId(const QString &linkId);
    void setOwnerId(const QString &ownerId);
    void setText(const QString &text);
    // Created within the period before now; Custom uses [from, to] (either may be null).
    void setPeriod(Period period, const QDateTime &from = {}, const QDateTime &to = {});

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    const RequestsModel *m_requests = nullptr; // the source, when it is one

    QSet<int> m_states;
    int m_kind = -1;
    QString m_linkId;
    QString m_ownerId;
    QString m_text;
    Period m_period = Period::Any;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_active = false;
};

} // namespace odag::gui
