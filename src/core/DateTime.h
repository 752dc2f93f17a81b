#pragma once

#include <QDateTime>
#include <QString>

namespace odag {

// An ISO 8601 timestamp as the server wrote it. Kept verbatim so that a value read and
// written back is byte-identical (servers differ on fractional seconds and offsets);
// parsed on demand.
class DateTime
{
public:
    DateTime() = default;
    explicit DateTime(const QDateTime &dt)
        : m_raw(dt.toUTC().toString(Qt::ISODateWithMs))
    {}
    static DateTime fromRaw(QString raw)
    {
        DateTime d;
        d.m_raw = std::move(raw);
        return d;
    }
    static DateTime now() { return DateTime(QDateTime::currentDateTimeUtc()); }

    bool isEmpty() const { return m_raw.isEmpty(); }
    const QString &raw() const { return m_raw; }
    QDateTime toDateTime() const { return QDateTime::fromString(m_raw, Qt::ISODateWithMs); }
    bool isValid() const { return !m_raw.isEmpty() && toDateTime().isValid(); }

    bool operator==(const DateTime &) const = default;

private:
    QString m_raw;
};

} // namespace odag
