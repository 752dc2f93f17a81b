#include "ReloadsModel.h"

#include "gui/connection/TenantSession.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace odag::gui {

namespace {
QString dateText(const std::optional<DateTime> &d)
{
    if (!d || !d->isValid())
        return {};
    return QLocale().toString(d->toDateTime().toLocalTime(), QLocale::ShortFormat);
}

QVariant dateSort(const std::optional<DateTime> &d)
{
    return d && d->isValid() ? d->toDateTime() : QDateTime();
}

// ISO 8601 duration of the reloads service ("PT1M5.2S"); -1 when it does not parse.
qint64 parseIsoDuration(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const double seconds = m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600 +
                           m.captured(3).toDouble() * 60 + m.captured(4).toDouble();
    return qint64(seconds * 1000);
}

// Polls at most this many running reloads per tick: the rest wait for the next one.
constexpr int kMaxPollsPerTick = 10;
} // namespace

ReloadsModel::ReloadsModel(TenantSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(2000);
    connect(m_pollTimer, &QTimer::timeout, this, &ReloadsModel::poll);
}

void ReloadsModel::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

void ReloadsModel::setQuery(const QString &appId, const QString &status)
{
    m_appId = appId;
    m_status = status;
    reload();
}

void ReloadsModel::reload()
{
    if (m_call)
        m_call->cancel();
    for (const auto &p : std::as_const(m_polls)) {
        if (p)
            p->cancel();
    }
    m_polls.clear();
    ++m_generation;
    // Another app or filter: a new query, not an update of the rows shown.
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    endResetModel();
    updatePolling();
    if (m_appId.isEmpty())
        return;
    api::ReloadListQuery query;
    query.appId = m_appId;
    query.limit = m_pageSize;
    query.log = true;
    query.sort = QStringLiteral("-creationTime");
    if (!m_status.isEmpty())
        query.filter = QStringLiteral("status eq \"%1\"").arg(m_status);
    const int generation = m_generation;
    m_call = api::ReloadsApi(m_session->transport())
                 .listReloads(query, this, [this, generation](const api::ApiResult<ReloadList> &r) {
                     onPage(r, generation);
                 });
}

void ReloadsModel::onPage(const api::ApiResult<ReloadList> &result, int generation)
{
    if (generation != m_generation)
        return;
    m_call.clear();
    if (!result.ok()) {
        if (!result.error().isCanceled())
            Q_EMIT loadFailed(result.error());
        return;
    }
    m_next = result->nextHref();
    QList<Reload> fresh;
    for (const Reload &r : result->data) {
        // A reload queued here while the pages were read already has its row.
        if (r.id && rowOf(*r.id) >= 0)
            continue;
        fresh.append(r);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
    }
    updatePolling();
    Q_EMIT pageLoaded();
}

bool ReloadsModel::isPolling() const
{
    return m_pollTimer->isActive();
}

void ReloadsModel::updatePolling()
{
    bool running = false;
    for (const Reload &r : std::as_const(m_rows))
        running = running || (r.status && !r.isFinished());
    if (running && !m_pollTimer->isActive())
        m_pollTimer->start();
    else if (!running)
        m_pollTimer->stop();
}

void ReloadsModel::poll()
{
    int started = 0;
    const int generation = m_generation;
    for (const Reload &r : std::as_const(m_rows)) {
        if (started >= kMaxPollsPerTick)
            break;
        const QString id = r.id.value_or(QString());
        // One poll per reload at a time: a slow answer is not overtaken by a newer one.
        if (id.isEmpty() || r.isFinished() || m_polls.value(id))
            continue;
        ++started;
        m_polls.insert(id, api::ReloadsApi(m_session->transport())
                               .getReload(id, this, [this, id, generation](const api::ApiResult<Reload> &res) {
                                   if (generation != m_generation)
                                       return;
                                   m_polls.remove(id);
                                   if (!res.ok()) {
                                       if (!res.error().isCanceled())
                                           Q_EMIT pollFailed(res.error());
                                       return;
                                   }
                                   const int row = rowOf(id);
                                   if (row < 0)
                                       return;
                                   const bool wasFinal = m_rows.at(row).isFinished();
                                   m_rows[row] = res.value();
                                   Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                                   if (!wasFinal && res->isFinished())
                                       Q_EMIT reloadFinished(res.value());
                                   updatePolling();
                               }));
    }
}

const Reload *ReloadsModel::reloadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReloadsModel::rowOf(const QString &reloadId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == reloadId)
            return i;
    }
    return -1;
}

void ReloadsModel::upsert(const Reload &reload)
{
    const int row = reload.id ? rowOf(*reload.id) : -1;
    if (row >= 0) {
        m_rows[row] = reload;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(reload);
        endInsertRows();
    }
    updatePolling();
}

int ReloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ReloadsModel::durationMs(const Reload &r)
{
    if (r.duration) {
        const qint64 ms = parseIsoDuration(*r.duration);
        if (ms >= 0)
            return ms;
    }
    if (r.startTime && r.startTime->isValid() && r.endTime && r.endTime->isValid())
        return r.startTime->toDateTime().msecsTo(r.endTime->toDateTime());
    return -1;
}

QString ReloadsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString ReloadsModel::excerpt(const Reload &r)
{
    if (r.errorMessage && !r.errorMessage->isEmpty())
        return *r.errorMessage;
    if (!r.log)
        return {};
    const QStringList lines = r.log->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

QVariant ReloadsModel::data(const QModelIndex &index, int role) const
{
    const Reload *r = index.isValid() ? reloadAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id.value_or(QString());
    if (role == StatusRole)
        return r->status ? r->status->raw() : QString();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Status:
            return r->status ? displayName(*r->status) : QString();
        case Type:
            return r->type ? displayName(*r->type) : QString();
        case Partial:
            return r->partial.value_or(false) ? tr("partial") : tr("full");
        case Created:
            return dateText(r->creationTime);
        case Started:
            return dateText(r->startTime);
        case Ended:
            return dateText(r->endTime);
        case Duration:
            return durationText(durationMs(*r));
        case User:
            return r->userId.value_or(QString());
        case Log:
            return role == Qt::ToolTipRole && r->errorCode ? tr("%1 (%2)").arg(excerpt(*r), *r->errorCode)
                                                            : excerpt(*r);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return r->status ? r->status->raw() : QString();
        case Type:
            return r->type ? r->type->raw() : QString();
        case Partial:
            return r->partial.value_or(false);
        case Created:
            return dateSort(r->creationTime);
        case Started:
            return dateSort(r->startTime);
        case Ended:
            return dateSort(r->endTime);
        case Duration:
            return durationMs(*r);
        case User:
            return r->userId.value_or(QString());
        case Log:
            return excerpt(*r);
        }
    }
    return {};
}

QVariant ReloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Partial:
        return tr("Load");
    case Created:
        return tr("Created");
    case Started:
        return tr("Started");
    case Ended:
        return tr("Ended");
    case Duration:
        return tr("Duration");
    case User:
        return tr("User");
    case Log:
        return tr("Log or error");
    }
    return {};
}

bool ReloadsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_call;
}

void ReloadsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int generation = m_generation;
    m_call = api::ReloadsApi(m_session->transport())
                 .nextPage(m_next, this, [this, generation](const api::ApiResult<ReloadList> &r) {
                     onPage(r, generation);
                 });
}

} // namespace odag::gui
