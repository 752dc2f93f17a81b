#include "RequestHistory.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace odag::gui {

namespace {

QVariant msOf(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime timeOf(const DateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toDateTime().toUTC();
}

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toString();
    e.linkId = q.value(1).toString();
    e.linkName = q.value(2).toString();
    e.owner = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.parentId = q.value(5).toString();
    e.state = q.value(6).toString();
    e.created = timeOf(q.value(7));
    e.firstQueued = timeOf(q.value(8));
    e.started = timeOf(q.value(9));
    e.finished = timeOf(q.value(10));
    e.finalState = q.value(11).toString();
    e.error = q.value(12).toString();
    return e;
}

const QString kColumns = QStringLiteral(
    "id, link_id, link_name, owner, kind, parent_id, state, created, first_queued, started, "
    "finished, final_state, error");

} // namespace

std::optional<qint64> HistoryEntry::durationMs() const
{
    if (!started.isValid() || !finished.isValid() || !(isSuccess() || isFailure()))
        return std::nullopt;
    return std::max<qint64>(0, started.msecsTo(finished));
}

bool HistoryEntry::isFailure() const
{
    const auto s = OpenEnum<RequestState>::fromRaw(finalState).value();
    return s == RequestState::Failed || s == RequestState::FailedAck;
}

bool HistoryEntry::isSuccess() const
{
    return OpenEnum<RequestState>::fromRaw(finalState) == RequestState::Succeeded;
}

RequestHistory::RequestHistory(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("odag-request-history-%1").arg(++counter);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    // WAL: the monitor writes while the timeline reads, and a crash loses nothing committed.
    m_open =
        exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS requests ("
                            "id TEXT PRIMARY KEY, link_id TEXT, link_name TEXT, owner TEXT, "
                            "kind TEXT, parent_id TEXT, state TEXT, created INTEGER, "
                            "first_queued INTEGER, started INTEGER, finished INTEGER, "
                            "final_state TEXT, error TEXT)")) &&
        exec(QStringLiteral("CREATE INDEX IF NOT EXISTS requests_created ON requests(created)"));
}

RequestHistory::~RequestHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString RequestHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/request-history.db");
}

bool RequestHistory::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<HistoryEntry> RequestHistory::entry(const QString &id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

void RequestHistory::upsert(const HistoryEntry &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO requests (%1) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    q.addBindValue(e.id);
    q.addBindValue(e.linkId);
    q.addBindValue(e.linkName);
    q.addBindValue(e.owner);
    q.addBindValue(e.kind);
    q.addBindValue(e.parentId);
    q.addBindValue(e.state);
    q.addBindValue(msOf(e.created));
    q.addBindValue(msOf(e.firstQueued));
    q.addBindValue(msOf(e.started));
    q.addBindValue(msOf(e.finished));
    q.addBindValue(e.finalState);
    q.addBindValue(e.error);
    if (!q.exec())
        m_error = q.lastError().text();
}

void RequestHistory::record(const QList<RequestObject> &requests,
                            const QHash<QString, QString> &linkNames)
{
    if (!m_open || requests.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    bool touched = false;
    const QDateTime now = m_clock();
    for (const RequestObject &r : requests) {
        if (r.id.isEmpty())
            continue;
        const std::optional<HistoryEntry> old = entry(r.id);
        HistoryEntry e = old.value_or(HistoryEntry{});
        e.id = r.id;
        e.linkId = r.link;
        if (linkNames.contains(r.link))
            e.linkName = linkNames.value(r.link);
        e.owner = r.owner.name.isEmpty() ? r.owner.id : r.owner.name;
        e.kind = r.kind.raw();
        e.parentId = r.parentRequestId.value_or(QString());
        e.state = r.state.raw();
        e.created = timeOf(r.createdDate);
        // When a change happened: the server's modifiedDate if it has one, else now.
        QDateTime changedAt = timeOf(r.modifiedDate);
        if (!changedAt.isValid() || changedAt > now)
            changedAt = now;

        const RequestState s = r.state.value();
        const bool waiting =
            s == RequestState::Validating || s == RequestState::Queued || s == RequestState::Hold;
        if (!e.firstQueued.isValid())
            e.firstQueued = (waiting && !old) || !e.created.isValid() ? changedAt : e.created;
        if (r.loadState && r.loadState->startedAt.isValid())
            e.started = timeOf(r.loadState->startedAt);
        else if (!e.started.isValid() && s == RequestState::Loading)
            e.started = changedAt;
        if (!isPending(r.state)) {
            if (r.loadState && r.loadState->finishedAt && r.loadState->finishedAt->isValid())
                e.finished = timeOf(*r.loadState->finishedAt);
            else if (!e.finished.isValid())
                e.finished = changedAt;
            e.finalState = r.state.raw();
        } else {
            e.finalState.clear();
        }
        e.error = r.errorMessage.value_or(e.error);

        const bool same = old && old->linkName == e.linkName && old->state == e.state &&
                          old->started == e.started && old->finished == e.finished &&
                          old->owner == e.owner && old->error == e.error &&
                          old->firstQueued == e.firstQueued && old->created == e.created;
        if (same)
            continue;
        upsert(e);
        touched = true;
    }
    db.commit();
    if (touched && m_holdChanges)
        m_changedWhileHeld = true;
    else if (touched)
        Q_EMIT changed();
}

void RequestHistory::holdChanges(bool hold)
{
    m_holdChanges = hold;
    if (!hold && m_changedWhileHeld) {
        m_changedWhileHeld = false;
        Q_EMIT changed();
    }
}

QList<HistoryEntry> RequestHistory::entries(const QDateTime &from, const QDateTime &to,
                                            const QString &linkId) const
{
    QList<HistoryEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("SELECT %1 FROM requests WHERE created <= ? AND "
                                 "(finished IS NULL OR finished >= ?)")
                      .arg(kColumns);
    if (!linkId.isEmpty())
        sql += QStringLiteral(" AND link_id = ?");
    sql += QStringLiteral(" ORDER BY created, id");
    q.prepare(sql);
    q.addBindValue(to.toMSecsSinceEpoch());
    q.addBindValue(from.toMSecsSinceEpoch());
    if (!linkId.isEmpty())
        q.addBindValue(linkId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

int RequestHistory::prune(int days)
{
    if (!m_open)
        return 0;
    const qint64 cutoff = m_clock().addDays(-days).toMSecsSinceEpoch();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM requests WHERE COALESCE(finished, created) < ?"));
    q.addBindValue(cutoff);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    const int n = q.numRowsAffected();
    if (n > 0)
        Q_EMIT changed();
    return n;
}

} // namespace odag::gui
