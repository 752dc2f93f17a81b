#pragma once

#include "core/OdagRequest.h"

#include <QSet>
#include <QString>

namespace odag::gui {

// Shrinks the requests the monitor keeps: 100,000 requests repeat a few dozen link IDs,
// owners, states, app names and load hosts, so each repeated string is stored once and
// shared (QString is implicitly shared), and the JSON of fields this version does not
// know (`extra`), which nothing shows, is dropped.
class RequestCompactor
{
public:
    // The request as the model keeps it.
    void compact(odag::RequestObject &request);
    // What compact() removes for good: two requests are the same row when they are equal
    // after this (interning does not change values).
    static void dropUnknownFields(odag::RequestObject &request);
    int pooledStrings() const { return int(m_pool.size()); }

private:
    void intern(QString &s);
    void intern(std::optional<QString> &s);
    template <class E> void intern(odag::OpenEnum<E> &e)
    {
        QString raw = e.raw();
        intern(raw);
        e = odag::OpenEnum<E>::fromRaw(std::move(raw));
    }

    QSet<QString> m_pool;
};

} // namespace odag::gui
