#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

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
    // The same as QDateTime::fromString(raw(), Qt::ISODateWithMs).
    QDateTime toDateTime() const { return parseIso(m_raw); }
    bool isValid() const { return !m_raw.isEmpty() && toDateTime().isValid(); }

    // QDateTime::fromString(text, Qt::ISODateWithMs), with a fast path for the form
    // every tenant and the sandbox send (`2024-05-01T12:00:00.123Z`): Qt's general
    // parser costs about a microsecond a call, and a 100,000-request listing carries
    // 400,000 timestamps. Thread-safe.
    static QDateTime parseIso(QStringView text);
    // Whether parseIso(text) is valid, without building the QDateTime on the fast path.
    static bool isValidIso(QStringView text);

    bool operator==(const DateTime &) const = default;

private:
    QString m_raw;
};

} // namespace odag
