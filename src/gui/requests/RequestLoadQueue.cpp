#include "RequestLoadQueue.h"

#include "RequestsModel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace odag::gui {

namespace {
constexpr int kMinSlice = 25;
constexpr int kMaxSlice = 4000;
} // namespace

RequestLoadQueue::RequestLoadQueue(RequestsModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &RequestLoadQueue::step);
}

void RequestLoadQueue::enqueue(QList<odag::RequestObject> upserts, QStringList removedIds)
{
    if (upserts.isEmpty() && removedIds.isEmpty())
        return;
    // Parents before their singlesub children: a child applied first would wait at the
    // top level and then move, which costs a row move each.
    std::stable_partition(upserts.begin(), upserts.end(), [](const odag::RequestObject &r) {
        return !r.parentRequestId.has_value();
    });
    m_total += int(upserts.size());
    m_batches.push_back({std::move(upserts), std::move(removedIds), 0});
    if (!m_timer.isActive())
        m_timer.start();
}

bool RequestLoadQueue::applySlice()
{
    if (m_batches.empty())
        return false;
    Batch &b = m_batches.front();
    if (b.next == 0 && !b.removed.isEmpty()) {
        m_model->applyUpdate({}, b.removed);
        b.removed.clear();
    }
    const qsizetype n = std::min<qsizetype>(m_slice, b.upserts.size() - b.next);
    if (n > 0) {
        m_model->applyUpdate(b.next == 0 && n == b.upserts.size() ? b.upserts
                                                                  : b.upserts.mid(b.next, n));
        b.next += n;
        m_applied += int(n);
    }
    if (b.next >= b.upserts.size())
        m_batches.pop_front();
    return true;
}

void RequestLoadQueue::step()
{
    QElapsedTimer turn;
    turn.start();
    QElapsedTimer slice;
    while (!m_batches.empty()) {
        slice.start();
        applySlice();
        // Aim at about four slices a turn, whatever a row costs with the views attached.
        const qint64 ns = slice.nsecsElapsed();
        const qint64 target = qint64(m_budgetMs) * 1000000 / 4;
        if (ns > 2 * target)
            m_slice = std::max(kMinSlice, m_slice / 2);
        else if (ns < target / 2)
            m_slice = std::min(kMaxSlice, m_slice * 2);
        if (turn.elapsed() >= m_budgetMs)
            break;
    }
    Q_EMIT progress(m_applied, m_total);
    if (!m_batches.empty()) {
        m_timer.start();
        return;
    }
    m_applied = 0;
    m_total = 0;
    Q_EMIT drained();
}

void RequestLoadQueue::flush()
{
    if (m_batches.empty())
        return;
    m_timer.stop();
    m_slice = kMaxSlice;
    while (applySlice()) {
    }
    Q_EMIT progress(m_applied, m_total);
    m_applied = 0;
    m_total = 0;
    Q_EMIT drained();
}

} // namespace odag::gui
