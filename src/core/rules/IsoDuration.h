#pragma once

// An appRetentionTime value: an ISO 8601 duration (`PT24H`, `P1D`, `P7DT12H`, `P1W`) or
// the text `unlimited` (seed 002). The written components are kept, so a value formats
// back the way it was written (`PT24H` stays `PT24H`, it does not become `P1D`).
//
// Decisions where the seed is silent:
// - Years and months have no fixed length; they are accepted and counted as 365 and 30
//   days (isApproximate() says so, lint warns).
// - Only the smallest written unit may carry a fraction (ISO 8601), with at most three
//   decimals, `.` or `,` as the separator.
// - Lower-case designators and surrounding blanks are read, but the text is then not in
//   its canonical form (isCanonical(); lint warns, the service may refuse it).
// - `0` and the empty string are rejected: the seed allows only a duration or
//   `unlimited`. A zero duration (`PT0S`) parses; lint warns because the service stores
//   "0" as "never purged" (RequestObjectV2.timeToLive).

#include "core/Result.h"

#include <QString>

#include <array>
#include <optional>

namespace odag::rules {

class IsoDuration
{
public:
    // The components in the order ISO 8601 writes them.
    enum Unit
    {
        Years,
        Months,
        Weeks,
        Days,
        Hours,
        Minutes,
        Seconds,
        UnitCount
    };

    // The empty duration (no component written); parse() never returns it.
    IsoDuration() = default;

    // Reads `text`; the error is a translated reason.
    static Result<IsoDuration, QString> parse(const QString &text);
    static IsoDuration unlimited();
    // Whole days, hours, minutes and seconds (`P1DT2H`); zero gives `PT0S`.
    static IsoDuration fromMilliseconds(qint64 ms);
    static IsoDuration fromMinutes(qint64 minutes) { return fromMilliseconds(minutes * 60000); }

    bool isUnlimited() const { return m_unlimited; }
    bool isZero() const { return !m_unlimited && totalMilliseconds() == 0; }
    // Years or months were written.
    bool isApproximate() const;
    // The text read was exactly what toString() writes.
    bool isCanonical() const { return m_canonical; }

    bool has(Unit unit) const { return m_present[unit]; }
    qint64 component(Unit unit) const { return m_values[unit]; }
    // Thousandths carried by the smallest written unit (PT1.5H: 500).
    int fractionMilli() const { return m_fractionMilli; }

    // nullopt for unlimited.
    std::optional<qint64> milliseconds() const;
    // Whole minutes, rounded up so a short non-zero duration never reads as 0 ("never
    // purged"); nullopt for unlimited. The unit of RequestObjectV2.timeToLive.
    std::optional<qint64> minutes() const;

    // ISO 8601 text or `unlimited`.
    QString toString() const;
    // Translated, for people: "1 day 12 hours", "Unlimited".
    QString displayText() const;

    // Same length of time (PT24H == P1D); both unlimited counts as equal.
    bool sameLengthAs(const IsoDuration &other) const;
    // Same written form.
    bool operator==(const IsoDuration &other) const;

private:
    qint64 totalMilliseconds() const;

    std::array<qint64, UnitCount> m_values{};
    std::array<bool, UnitCount> m_present{};
    int m_fractionMilli = 0;
    bool m_unlimited = false;
    bool m_canonical = true;
};

} // namespace odag::rules
