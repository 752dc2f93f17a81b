#pragma once

// The opaque `next`/`prev` cursors of list paging. A cursor remembers the position
// (sort key and insertion sequence of the boundary document), the direction and the
// listing it belongs to, so that a page boundary holds when documents are added or
// removed in between, and a cursor of another listing is refused.

#include <QJsonValue>
#include <QString>

#include <optional>

namespace odag::sandbox {

struct StoreCursor
{
    enum class Direction
    {
        Next,
        Prev
    };

    QString collection;
    QString sortField;
    bool descending = false;
    Direction direction = Direction::Next;
    QJsonValue key; // the boundary document's sort key (Null for insertion order)
    qint64 seq = 0; // the boundary document's sequence number

    // base64url without padding, safe in a query string.
    QString encode() const;
    static std::optional<StoreCursor> decode(const QString &text);
};

} // namespace odag::sandbox
