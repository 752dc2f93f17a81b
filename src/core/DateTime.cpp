#include "DateTime.h"

#include <optional>

namespace odag {

namespace {

struct Fields
{
    int year, month, day, hour, minute, second, msec;
};

// `count` ASCII digits at `pos` as a number; -1 when any is not a digit.
int digits(QStringView s, qsizetype pos, qsizetype count)
{
    int v = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// `yyyy-MM-ddTHH:mm:ss[.f{1,3}]Z` with every field in range: a strict subset of what
// Qt::ISODateWithMs accepts (no year 0, no 24:00, no leap second, no other separators,
// offsets or digit counts: those take Qt's own parser), so the two can never disagree
// on validity. The fraction reads as Qt reads it: ".5" is 500 ms.
std::optional<Fields> canonicalUtc(QStringView s)
{
    const qsizetype n = s.size();
    if (n != 20 && (n < 22 || n > 24))
        return std::nullopt;
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':'
        || s[n - 1] != u'Z')
        return std::nullopt;
    Fields f{};
    f.year = digits(s, 0, 4);
    f.month = digits(s, 5, 2);
    f.day = digits(s, 8, 2);
    f.hour = digits(s, 11, 2);
    f.minute = digits(s, 14, 2);
    f.second = digits(s, 17, 2);
    if (f.year < 1 || f.month < 0 || f.day < 0 || f.hour < 0 || f.hour > 23 || f.minute < 0
        || f.minute > 59 || f.second < 0 || f.second > 59)
        return std::nullopt;
    if (!QDate::isValid(f.year, f.month, f.day))
        return std::nullopt;
    f.msec = 0;
    if (n > 20) {
        if (s[19] != u'.')
            return std::nullopt;
        const qsizetype count = n - 21; // 1 to 3 digits
        const int fraction = digits(s, 20, count);
        if (fraction < 0)
            return std::nullopt;
        f.msec = count == 1 ? fraction * 100 : count == 2 ? fraction * 10 : fraction;
    }
    return f;
}

} // namespace

QDateTime DateTime::parseIso(QStringView text)
{
    if (const auto f = canonicalUtc(text))
        return QDateTime(QDate(f->year, f->month, f->day),
                         QTime(f->hour, f->minute, f->second, f->msec), Qt::UTC);
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

bool DateTime::isValidIso(QStringView text)
{
    if (canonicalUtc(text))
        return true;
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).isValid();
}

} // namespace odag
