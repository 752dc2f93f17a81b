#include "RequestRecord.h"

#include "sandbox/SandboxStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace odag::sandbox {

namespace {

const QString kInternals = QStringLiteral("_sandbox");

// Every query names the collection as a literal so that SQLite can use the partial
// indexes made in ensureIndexes().
const QString kInCollection = QStringLiteral("collection = 'odag_requests'");

QString stateList(const QList<RequestState> &states)
{
    QStringList quoted;
    for (RequestState s : states)
        quoted << QLatin1Char('\'') + OpenEnum<RequestState>::nameOf(s) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

} // namespace

DateTime isoTime(const QDateTime &at)
{
    return DateTime(at);
}

RequestRecords::RequestRecords(SandboxStore &store)
    : m_store(store)
{}

QJsonObject RequestRecords::toDocument(const StoredRequest &request)
{
    QJsonObject json = json::encode(request.request).toObject();
    json.insert(kInternals, json::encode(request.internals));
    return json;
}

std::optional<StoredRequest> RequestRecords::fromDocument(const QJsonObject &document)
{
    QJsonObject json = document;
    const QJsonValue internals = json.take(kInternals);
    auto request = json::decode<RequestObject>(QJsonValue(json));
    if (!request)
        return std::nullopt;
    StoredRequest out;
    out.request = std::move(request).value();
    if (internals.isObject()) {
        auto decoded = json::decode<RequestInternals>(internals);
        if (decoded)
            out.internals = std::move(decoded).value();
    }
    return out;
}

std::optional<StoredRequest> RequestRecords::get(const QString &id) const
{
    const auto doc = m_store.get(collection(), id);
    if (!doc)
        return std::nullopt;
    return fromDocument(doc->json);
}

bool RequestRecords::put(const StoredRequest &request)
{
    return m_store.put(collection(), request.request.id, toDocument(request),
                       request.request.owner.id);
}

qint64 RequestRecords::count() const
{
    return m_store.count(collection());
}

QList<StoredRequest> RequestRecords::query(const QString &where, const QVariantList &binds,
                                           const QString &order) const
{
    QList<StoredRequest> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT json FROM documents WHERE ") + kInCollection + where + order);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (auto r = fromDocument(json))
            out.append(std::move(*r));
    }
    return out;
}

QList<StoredRequest> RequestRecords::all() const
{
    return query({}, {});
}

QList<StoredRequest> RequestRecords::forLink(const QString &linkId) const
{
    return query(QStringLiteral(" AND json_extract(json, '$.link') = ?"), {linkId});
}

QList<StoredRequest> RequestRecords::children(const QString &parentId) const
{
    return query(QStringLiteral(" AND json_extract(json, '$.parentRequestId') = ?"), {parentId});
}

QList<StoredRequest> RequestRecords::inStates(const QList<RequestState> &states) const
{
    return query(QStringLiteral(" AND json_extract(json, '$.state') IN (") + stateList(states) +
                     QLatin1Char(')'),
                 {});
}

QList<StoredRequest> RequestRecords::holdingApps(const QString &linkId,
                                                 const QString &ownerId) const
{
    return query(QStringLiteral(" AND json_extract(json, '$.link') = ? AND owner = ?"
                                " AND (json_extract(json, '$.generatedApp.id') IS NOT NULL"
                                " OR (json_extract(json, '$.state') = 'validating'"
                                " AND json_extract(json, '$.kind') != 'multiple'))"),
                 {linkId, ownerId},
                 QStringLiteral(" ORDER BY json_extract(json, '$.createdDate'), seq"));
}

QList<StoredRequest> RequestRecords::purgeDue(const QDateTime &at) const
{
    return query(QStringLiteral(" AND json_extract(json, '$.generatedApp.id') IS NOT NULL"
                                " AND json_extract(json, '$.purgeAfter') <= ?"),
                 {isoTime(at).raw()});
}

std::optional<QDateTime> RequestRecords::nextPurge(const QDateTime &at) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT MIN(json_extract(json, '$.purgeAfter')) FROM documents"
                             " WHERE ") +
              kInCollection +
              QStringLiteral(" AND json_extract(json, '$.generatedApp.id') IS NOT NULL"
                             " AND json_extract(json, '$.purgeAfter') > ?"));
    q.addBindValue(isoTime(at).raw());
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    const QDateTime next = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    if (!next.isValid())
        return std::nullopt;
    return next;
}

std::optional<StoredRequest> RequestRecords::byGeneratedApp(const QString &appId) const
{
    const QList<StoredRequest> found =
        query(QStringLiteral(" AND json_extract(json, '$.generatedApp.id') = ?"), {appId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void RequestRecords::ensureIndexes()
{
    // Expression indexes over the JSON documents; partial, so the other collections do
    // not pay for them.
    const QStringList statements{
        QStringLiteral("CREATE INDEX IF NOT EXISTS odag_requests_by_link ON documents"
                       " (json_extract(json, '$.link')) WHERE ") +
            kInCollection,
        QStringLiteral("CREATE INDEX IF NOT EXISTS odag_requests_by_state ON documents"
                       " (json_extract(json, '$.state')) WHERE ") +
            kInCollection,
        QStringLiteral("CREATE INDEX IF NOT EXISTS odag_requests_by_parent ON documents"
                       " (json_extract(json, '$.parentRequestId')) WHERE ") +
            kInCollection,
    };
    QSqlQuery q(m_store.database());
    for (const QString &sql : statements)
        q.exec(sql);
}

} // namespace odag::sandbox
