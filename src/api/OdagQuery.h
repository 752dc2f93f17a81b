#pragma once

// Query-string helpers shared by the ODAG clients: an optional parameter that is not
// set is left out of the URL, so the service applies its own default.

#include "core/OpenEnum.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace odag::api::urlquery {

inline void add(QUrlQuery &q, const char *name, const std::optional<bool> &value)
{
    if (value)
        q.addQueryItem(QString::fromLatin1(name),
                       *value ? QStringLiteral("true") : QStringLiteral("false"));
}

inline void add(QUrlQuery &q, const char *name, const QString &value)
{
    if (!value.isEmpty())
        q.addQueryItem(QString::fromLatin1(name), value);
}

template <class E> void add(QUrlQuery &q, const char *name, const std::optional<E> &value)
{
    if (value)
        q.addQueryItem(QString::fromLatin1(name), OpenEnum<E>::nameOf(*value));
}

} // namespace odag::api::urlquery
