#include "IsoDuration.h"

#include <QCoreApplication>

namespace odag::rules {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Milliseconds per unit; years and months are the calendar-free approximations.
constexpr std::array<qint64, IsoDuration::UnitCount> kUnitMs{365 * kDay, 30 * kDay, 7 * kDay, kDay,
                                                             kHour,      kMinute,   kSecond};

constexpr std::array<char, IsoDuration::UnitCount> kDesignator{'Y', 'M', 'W', 'D', 'H', 'M', 'S'};

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::rules)
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// a * b + c without overflow, or false.
bool mulAdd(qint64 a, qint64 b, qint64 c, qint64 *out)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return false;
    return !__builtin_add_overflow(product, c, out);
}

// The unit a designator names at this point of the text: M means months before T and
// minutes after it.
std::optional<IsoDuration::Unit> unitFor(QChar designator, bool timePart)
{
    const char c = char(designator.toUpper().toLatin1());
    if (!timePart) {
        switch (c) {
        case 'Y':
            return IsoDuration::Years;
        case 'M':
            return IsoDuration::Months;
        case 'W':
            return IsoDuration::Weeks;
        case 'D':
            return IsoDuration::Days;
        default:
            return std::nullopt;
        }
    }
    switch (c) {
    case 'H':
        return IsoDuration::Hours;
    case 'M':
        return IsoDuration::Minutes;
    case 'S':
        return IsoDuration::Seconds;
    default:
        return std::nullopt;
    }
}

} // namespace

Result<IsoDuration, QString> IsoDuration::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Tr::tr("The retention time is empty: write an ISO 8601 duration such as PT24H, or "
                      "unlimited.");
    if (text.compare(QLatin1StringView("unlimited"), Qt::CaseInsensitive) == 0) {
        IsoDuration d = unlimited();
        d.m_canonical = (input == QLatin1StringView("unlimited"));
        return d;
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        return Tr::tr("A retention time cannot carry a sign.");
    if (text.front().toUpper() != QLatin1Char('P'))
        return Tr::tr("\"%1\" is not an ISO 8601 duration: it must start with P (as in PT24H or "
                      "P1D), or be unlimited.")
            .arg(text.left(40));

    IsoDuration d;
    bool timePart = false;
    bool fractionSeen = false;
    int lastUnit = -1;
    qsizetype i = 1;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.toUpper() == QLatin1Char('T')) {
            if (timePart)
                return Tr::tr("The duration has a second T.");
            timePart = true;
            ++i;
            if (i >= n)
                return Tr::tr("The duration has a T with no hours, minutes or seconds after it.");
            continue;
        }
        if (fractionSeen)
            return Tr::tr("Only the smallest unit of a duration may have a fraction.");
        if (!isDigit(c))
            return Tr::tr("A number is expected at \"%1\".").arg(text.mid(i, 10));
        qint64 value = 0;
        while (i < n && isDigit(text.at(i))) {
            if (!mulAdd(value, 10, text.at(i).digitValue(), &value))
                return Tr::tr("The duration is too long.");
            ++i;
        }
        int fraction = 0;
        if (i < n && (text.at(i) == QLatin1Char('.') || text.at(i) == QLatin1Char(','))) {
            ++i;
            int digits = 0;
            while (i < n && isDigit(text.at(i))) {
                if (++digits > 3)
                    return Tr::tr("A duration may have at most three decimals.");
                fraction = fraction * 10 + text.at(i).digitValue();
                ++i;
            }
            if (digits == 0)
                return Tr::tr("A decimal separator must be followed by digits.");
            while (digits++ < 3)
                fraction *= 10;
            fractionSeen = true;
        }
        if (i >= n)
            return Tr::tr("The number %1 has no unit (Y, M, W, D, H, M or S).").arg(value);
        const auto unit = unitFor(text.at(i), timePart);
        if (!unit) {
            if (!timePart && unitFor(text.at(i), true))
                return Tr::tr("Hours, minutes and seconds must come after T (as in PT%1%2).")
                    .arg(value)
                    .arg(text.at(i).toUpper());
            return Tr::tr("\"%1\" is not a duration unit here.").arg(text.at(i));
        }
        if (int(*unit) <= lastUnit)
            return Tr::tr("The units of a duration must be written once each, largest first.");
        lastUnit = int(*unit);
        d.m_values[*unit] = value;
        d.m_present[*unit] = true;
        d.m_fractionMilli = fraction;
        ++i;
    }
    if (lastUnit < 0)
        return Tr::tr("The duration has no value (write for example PT24H).");
    if (timePart && lastUnit < int(Hours))
        return Tr::tr("The duration has a T with no hours, minutes or seconds after it.");

    // The total must fit in milliseconds.
    qint64 total = 0;
    for (int u = 0; u < UnitCount; ++u) {
        if (d.m_present[u] && !mulAdd(d.m_values[u], kUnitMs[u], total, &total))
            return Tr::tr("The duration is too long.");
    }
    if (!mulAdd(kUnitMs[lastUnit] / 1000, d.m_fractionMilli, total, &total))
        return Tr::tr("The duration is too long.");

    d.m_canonical = (d.toString() == input);
    return d;
}

IsoDuration IsoDuration::unlimited()
{
    IsoDuration d;
    d.m_unlimited = true;
    return d;
}

IsoDuration IsoDuration::fromMilliseconds(qint64 ms)
{
    IsoDuration d;
    if (ms < 0)
        ms = 0;
    const qint64 days = ms / kDay;
    const qint64 hours = (ms % kDay) / kHour;
    const qint64 minutes = (ms % kHour) / kMinute;
    const qint64 seconds = (ms % kMinute) / kSecond;
    const int milli = int(ms % kSecond);
    const std::array<std::pair<Unit, qint64>, 4> parts{
        std::pair{Days, days}, {Hours, hours}, {Minutes, minutes}, {Seconds, seconds}};
    for (const auto &[unit, value] : parts) {
        if (value != 0) {
            d.m_values[unit] = value;
            d.m_present[unit] = true;
        }
    }
    if (milli != 0) {
        d.m_present[Seconds] = true;
        d.m_fractionMilli = milli;
    }
    if (ms == 0)
        d.m_present[Seconds] = true;
    return d;
}

bool IsoDuration::isApproximate() const
{
    return !m_unlimited && (m_present[Years] || m_present[Months]);
}

qint64 IsoDuration::totalMilliseconds() const
{
    // parse() and fromMilliseconds() guarantee the total fits.
    qint64 total = 0;
    int last = -1;
    for (int u = 0; u < UnitCount; ++u) {
        if (m_present[u]) {
            total += m_values[u] * kUnitMs[u];
            last = u;
        }
    }
    if (last >= 0)
        total += kUnitMs[last] / 1000 * m_fractionMilli;
    return total;
}

std::optional<qint64> IsoDuration::milliseconds() const
{
    if (m_unlimited)
        return std::nullopt;
    return totalMilliseconds();
}

std::optional<qint64> IsoDuration::minutes() const
{
    if (m_unlimited)
        return std::nullopt;
    const qint64 ms = totalMilliseconds();
    return ms / kMinute + (ms % kMinute != 0 ? 1 : 0);
}

QString IsoDuration::toString() const
{
    if (m_unlimited)
        return QStringLiteral("unlimited");
    int last = -1;
    for (int u = 0; u < UnitCount; ++u) {
        if (m_present[u])
            last = u;
    }
    if (last < 0)
        return {};
    QString out = QStringLiteral("P");
    for (int u = 0; u < UnitCount; ++u) {
        if (!m_present[u])
            continue;
        if (u >= Hours && !out.contains(QLatin1Char('T')))
            out += QLatin1Char('T');
        out += QString::number(m_values[u]);
        if (u == last && m_fractionMilli != 0) {
            QString fraction = QStringLiteral("%1").arg(m_fractionMilli, 3, 10, QLatin1Char('0'));
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
            out += QLatin1Char('.') + fraction;
        }
        out += QLatin1Char(kDesignator[u]);
    }
    return out;
}

QString IsoDuration::displayText() const
{
    if (m_unlimited)
        return Tr::tr("Unlimited");
    const qint64 total = totalMilliseconds();
    if (total == 0)
        return Tr::tr("Zero");
    // Days, hours, minutes and seconds of the total; the written years, months and weeks
    // are shown the way they were written. Unit abbreviations avoid plural forms, which
    // the English source text would otherwise show as "day(s)".
    QStringList parts;
    const auto add = [&parts](qint64 count, const char *unit) {
        if (count != 0)
            parts << Tr::tr(unit).arg(count);
    };
    qint64 rest = total;
    if (isApproximate() || m_present[Weeks]) {
        add(m_values[Years], QT_TRANSLATE_NOOP("odag::rules", "%1 y"));
        add(m_values[Months], QT_TRANSLATE_NOOP("odag::rules", "%1 mo"));
        add(m_values[Weeks], QT_TRANSLATE_NOOP("odag::rules", "%1 wk"));
        rest -= m_values[Years] * kUnitMs[Years] + m_values[Months] * kUnitMs[Months] +
                m_values[Weeks] * kUnitMs[Weeks];
    }
    if (rest < 0)
        rest = 0;
    add(rest / kDay, QT_TRANSLATE_NOOP("odag::rules", "%1 d"));
    add(rest % kDay / kHour, QT_TRANSLATE_NOOP("odag::rules", "%1 h"));
    add(rest % kHour / kMinute, QT_TRANSLATE_NOOP("odag::rules", "%1 min"));
    const qint64 ms = rest % kMinute;
    if (ms % kSecond != 0)
        parts << Tr::tr("%1 s").arg(double(ms) / 1000.0, 0, 'g', 6);
    else
        add(ms / kSecond, QT_TRANSLATE_NOOP("odag::rules", "%1 s"));
    return parts.join(QLatin1Char(' '));
}

bool IsoDuration::sameLengthAs(const IsoDuration &other) const
{
    if (m_unlimited || other.m_unlimited)
        return m_unlimited == other.m_unlimited;
    return totalMilliseconds() == other.totalMilliseconds();
}

bool IsoDuration::operator==(const IsoDuration &other) const
{
    return m_unlimited == other.m_unlimited && m_values == other.m_values &&
           m_present == other.m_present && m_fractionMilli == other.m_fractionMilli;
}

} // namespace odag::rules
