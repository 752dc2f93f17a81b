#pragma once

#include "LinkService.h"

#include <QPointer>

#include <functional>

namespace odag::gui {

// What one operation did to one link of a batch.
struct LinkOutcome
{
    LinkRecord before;
    std::optional<LinkRecord> after; // the link as the server answered (status changes)
    bool removed = false;            // the link is gone (QSE delete)
    bool skipped = false;            // nothing to do (already in that state) or cancelled
    std::optional<api::ApiError> error;
};

// Runs one link operation (a status change, a delete) over several links one after the
// other, so a batch stays inside the write tier's rate limit and each link gets its
// own answer. Reports progress, can be cancelled between and during calls (the call in
// flight is dropped by deleting its context), and hands back every outcome.
class LinkBatch : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(LinkOutcome)>;
    using Operation = std::function<void(const LinkRecord &, QObject *context, Finish finish)>;

    LinkBatch(QList<LinkRecord> links, Operation operation, QObject *parent = nullptr);

    void start(std::function<void(const QList<LinkOutcome> &)> finished);
    void cancel();
    int total() const { return int(m_links.size()); }

Q_SIGNALS:
    void progress(int done, int total);
    void linkDone(const QString &linkId); // after the model may be updated

private:
    void next();

    QList<LinkRecord> m_links;
    Operation m_operation;
    std::function<void(const QList<LinkOutcome> &)> m_finished;
    QList<LinkOutcome> m_outcomes;
    QPointer<QObject> m_call;
    bool m_cancelled = false;
};

} // namespace odag::gui
