#include "MemoryPager.h"

#include "sandbox/StoreCursor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace odag::sandbox {

namespace {

QJsonValue memberAt(const QJsonObject &doc, const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    QJsonValue v = doc;
    for (const QString &p : parts)
        v = v.toObject().value(p);
    return v;
}

// The store's order: text ignoring case, absent values as "".
QJsonValue sortKey(const QJsonObject &doc, const QString &field)
{
    if (field.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonValue v = memberAt(doc, field);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v;
}

int compareKeys(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const QString x = a.isDouble() ? QString::number(a.toDouble()) : a.toString();
    const QString y = b.isDouble() ? QString::number(b.toDouble()) : b.toString();
    return x.compare(y, Qt::CaseInsensitive);
}

} // namespace

Result<ListPage, QString> pageInMemory(const QUrlQuery &query, MemoryList list)
{
    ListQuery paging;
    paging.limit = list.defaultLimit;
    const QString problem = paging.readPaging(query, list.maxLimit);
    if (!problem.isEmpty())
        return problem;

    struct Entry
    {
        QJsonValue key;
        qint64 seq;
        const StoredDocument *doc;
    };
    QList<Entry> entries;
    entries.reserve(list.documents.size());
    for (const StoredDocument &d : std::as_const(list.documents))
        entries.append({sortKey(d.json, list.sortField), d.seq, &d});
    // (key, seq) ascending; the listing's own order reverses it when descending.
    const auto before = [&list](const QJsonValue &ka, qint64 sa, const QJsonValue &kb, qint64 sb) {
        const int c = list.sortField.isEmpty() ? 0 : compareKeys(ka, kb);
        const bool less = c != 0 ? c < 0 : sa < sb;
        const bool equal = c == 0 && sa == sb;
        if (equal)
            return false;
        return list.descending ? !less : less;
    };
    std::sort(entries.begin(), entries.end(), [&before](const Entry &a, const Entry &b) {
        return before(a.key, a.seq, b.key, b.seq);
    });

    qsizetype from = 0;
    qsizetype to = entries.size(); // exclusive
    bool backwards = false;
    if (!paging.cursor.isEmpty()) {
        const auto cursor = StoreCursor::decode(paging.cursor);
        if (!cursor || cursor->collection != list.name || cursor->sortField != list.sortField ||
            cursor->descending != list.descending) {
            return QCoreApplication::translate("odag::sandbox::SandboxStore",
                                               "the paging cursor is not valid for this list");
        }
        const QJsonValue boundaryKey =
            list.sortField.isEmpty() ? QJsonValue(QJsonValue::Null) : cursor->key;
        if (cursor->direction == StoreCursor::Direction::Next) {
            // The first entry after the boundary.
            from = std::partition_point(entries.begin(), entries.end(),
                                        [&](const Entry &e) {
                                            return !before(boundaryKey, cursor->seq, e.key, e.seq);
                                        }) -
                   entries.begin();
        } else {
            backwards = true;
            // Everything strictly before the boundary.
            to = std::partition_point(entries.begin(), entries.end(),
                                      [&](const Entry &e) {
                                          return before(e.key, e.seq, boundaryKey, cursor->seq);
                                      }) -
                 entries.begin();
        }
    }
    qsizetype first = from;
    qsizetype last = to; // exclusive
    if (backwards)
        first = std::max<qsizetype>(from, to - paging.limit);
    else
        last = std::min<qsizetype>(to, from + paging.limit);

    ListPage page;
    page.total = entries.size();
    for (qsizetype i = first; i < last; ++i)
        page.items.append(*entries.at(i).doc);
    if (page.items.isEmpty())
        return page;
    const auto cursorAt = [&](qsizetype i, StoreCursor::Direction d) {
        StoreCursor c;
        c.collection = list.name;
        c.sortField = list.sortField;
        c.descending = list.descending;
        c.direction = d;
        c.key = list.sortField.isEmpty() ? QJsonValue(QJsonValue::Null) : entries.at(i).key;
        c.seq = entries.at(i).seq;
        return c.encode();
    };
    if (last < entries.size())
        page.next = cursorAt(last - 1, StoreCursor::Direction::Next);
    if (first > 0)
        page.prev = cursorAt(first, StoreCursor::Direction::Prev);
    return page;
}

SandboxResponse memoryPagedList(const SandboxRequest &request, MemoryList list,
                                const std::function<QJsonValue(const StoredDocument &)> &toJson,
                                bool withCount)
{
    const auto page = pageInMemory(request.query, std::move(list));
    if (!page)
        return request.error(400, page.error());
    QJsonArray data;
    for (const StoredDocument &d : page->items)
        data.append(toJson(d));
    QJsonObject answer{{QStringLiteral("data"), data},
                       {QStringLiteral("links"), pageLinks(request.url, *page)}};
    if (withCount)
        answer.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("count"), page->total}});
    return SandboxResponse::json(answer);
}

} // namespace odag::sandbox
