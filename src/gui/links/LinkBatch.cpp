#include "LinkBatch.h"

namespace odag::gui {

LinkBatch::LinkBatch(QList<LinkRecord> links, Operation operation, QObject *parent)
    : QObject(parent)
    , m_links(std::move(links))
    , m_operation(std::move(operation))
{
}

void LinkBatch::start(std::function<void(const QList<LinkOutcome> &)> finished)
{
    m_finished = std::move(finished);
    next();
}

void LinkBatch::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    delete m_call; // drops the answer of the call in flight
    next();
}

void LinkBatch::next()
{
    const int done = int(m_outcomes.size());
    if (done == m_links.size()) {
        if (m_finished) {
            auto finished = std::move(m_finished);
            m_finished = nullptr;
            finished(m_outcomes);
        }
        return;
    }
    const LinkRecord &link = m_links.at(done);
    if (m_cancelled) {
        LinkOutcome o;
        o.before = link;
        o.skipped = true;
        m_outcomes.push_back(o);
        next();
        return;
    }
    Q_EMIT progress(done, total());
    delete m_call;
    m_call = new QObject(this);
    m_operation(link, m_call, [this, id = link.id()](LinkOutcome outcome) {
        m_outcomes.push_back(std::move(outcome));
        Q_EMIT progress(int(m_outcomes.size()), total());
        Q_EMIT linkDone(id);
        // Continue after the callback has returned: the call's context is deleted next.
        QMetaObject::invokeMethod(this, &LinkBatch::next, Qt::QueuedConnection);
    });
}

} // namespace odag::gui
