#pragma once

#include "core/OdagRequest.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>

namespace odag::gui {

class RequestsModel;

// Applies big lists of requests to a RequestsModel a slice at a time across event-loop
// turns, so the first load of 100,000 requests never holds the window for more than a
// few milliseconds at once. Lists queued behind it are applied after it, in the order
// they came, so an update never lands before an older list.
class RequestLoadQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTurnBudgetMs = 8;

    explicit RequestLoadQueue(RequestsModel *model, QObject *parent = nullptr);

    // Queues the upserts (parents first) and the removals of one answer.
    void enqueue(QList<odag::RequestObject> upserts, QStringList removedIds = {});
    bool isBusy() const { return !m_batches.empty(); }
    // Requests applied and queued since the queue was last empty.
    int applied() const { return m_applied; }
    int total() const { return m_total; }
    // How long one turn may apply requests for.
    void setTurnBudget(int ms) { m_budgetMs = std::max(1, ms); }
    int turnBudget() const { return m_budgetMs; }
    // Applies everything queued now, in one go.
    void flush();

Q_SIGNALS:
    void progress(int applied, int total);
    // Everything queued is in the model.
    void drained();

private:
    struct Batch
    {
        QList<odag::RequestObject> upserts;
        QStringList removed;
        qsizetype next = 0;
    };

    void step();
    // Applies the next slice of the first batch; false when nothing was left.
    bool applySlice();

    RequestsModel *m_model;
    std::deque<Batch> m_batches;
    QTimer m_timer;
    int m_budgetMs = kDefaultTurnBudgetMs;
    int m_slice = 200; // rows per applyUpdate; adapts to what a slice costs
    int m_applied = 0;
    int m_total = 0;
};

} // namespace odag::gui
