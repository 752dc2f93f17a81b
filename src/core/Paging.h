#pragma once

// Cursor paging shared by every Qlik Cloud /api/v1 list: `{data, links:{self,next,prev},
// meta}`. The client follows links.next.href as the server wrote it, never building a
// cursor itself.

#include "Json.h"

namespace odag {

// {href}: one navigation link.
struct Href
{
    QString href;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("href", &Href::href); }
    bool operator==(const Href &) const = default;
};

// links of a list page. Lists add their own links (items: `collection`); those stay in
// `extra`.
struct PageLinks
{
    std::optional<Href> self;
    std::optional<Href> next;
    std::optional<Href> prev;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("self", &PageLinks::self);
        v("next", &PageLinks::next);
        v("prev", &PageLinks::prev);
    }
    bool operator==(const PageLinks &) const = default;
};

// One page of a cursor-paged list.
template <class T> struct ListPage
{
    QList<T> data;
    std::optional<PageLinks> links;
    std::optional<QJsonObject> meta; // spaces: {count, personalSpace}; differs per list
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("data", &ListPage::data);
        v("links", &ListPage::links);
        v("meta", &ListPage::meta);
    }
    bool operator==(const ListPage &) const = default;

    // The absolute URL of the next page, empty on the last page.
    QString nextHref() const { return links && links->next ? links->next->href : QString(); }
    QString prevHref() const { return links && links->prev ? links->prev->href : QString(); }
    bool hasNext() const { return !nextHref().isEmpty(); }
    // meta.count when the server reports the total (spaces, assignments).
    std::optional<qint64> totalCount() const
    {
        if (!meta)
            return std::nullopt;
        const QJsonValue count = meta->value(QLatin1StringView("count"));
        if (!count.isDouble())
            return std::nullopt;
        return count.toInteger();
    }
};

} // namespace odag
