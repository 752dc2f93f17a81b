#pragma once

#include "core/OdagRequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace odag::gui {

// What the history knows of one request: when it was made, waited, loaded and ended.
// Times are UTC; a time not observed is invalid.
struct HistoryEntry
{
    QString id;
    QString linkId;
    QString linkName;
    QString owner;
    QString kind;     // wire name: single, multiple, singlesub
    QString parentId; // empty unless a singlesub
    QString state;    // last observed state (wire name)
    QDateTime created;
    QDateTime firstQueued; // first seen queued (or created, when it was never seen waiting)
    QDateTime started;     // data load started
    QDateTime finished;    // reached a final state
    QString finalState;    // succeeded, failed, canceled... empty while pending
    QString error;

    // Load duration: data load start to the end of the request, in milliseconds; only for
    // requests that loaded and ended (succeeded or failed).
    std::optional<qint64> durationMs() const;
    bool isFailure() const;
    bool isSuccess() const;
};

// The local record of every request the app has observed, in a SQLite database that
// survives restarts (the timeline and the per-link statistics read it). Each record()
// merges what is new: load start and end come from the request's loadState when the
// server reports it, otherwise from the first observation of the state that implies them.
class RequestHistory : public QObject
{
    Q_OBJECT
public:
    // Opens (creating) the database; an empty path means
    // AppDataLocation/request-history.db.
    explicit RequestHistory(const QString &path = {}, QObject *parent = nullptr);
    ~RequestHistory() override;

    static QString defaultPath();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // Test seam: the time of an observation (default: now, UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Upserts the requests as observed now. Link names, when known, are kept.
    void record(const QList<RequestObject> &requests,
                const QHash<QString, QString> &linkNames = {});
    // Entries alive in [from, to] (created before `to`, not finished before `from`), oldest
    // first; optionally of one link.
    QList<HistoryEntry> entries(const QDateTime &from, const QDateTime &to,
                                const QString &linkId = {}) const;
    std::optional<HistoryEntry> entry(const QString &id) const;
    // Forgets requests that ended (or were created, if never ended) over `days` days ago;
    // answers how many.
    int prune(int days);

    // While held, changed() is emitted once, when released (a first load is recorded
    // in many small slices; the timeline redraws once).
    void holdChanges(bool hold);

Q_SIGNALS:
    // Something was recorded or pruned.
    void changed();

private:
    bool exec(const QString &sql);
    void upsert(const HistoryEntry &e);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    bool m_holdChanges = false;
    bool m_changedWhileHeld = false;
    QString m_error;
    std::function<QDateTime()> m_clock;
};

} // namespace odag::gui
