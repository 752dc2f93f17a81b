#pragma once

#include <QString>

#include <array>
#include <utility>

namespace odag {

// Each enum used with OpenEnum specialises EnumTraits with the wire names:
//   template <> struct EnumTraits<RequestState> {
//       static constexpr std::array names{std::pair{RequestState::Queued, "queued"}, ...};
//   };
// Every such enum has an `Unknown` enumerator for values a newer server may send.
template <class E>
struct EnumTraits;

// An enum value as read from the wire. A value the app does not know (a request state
// added by a newer service) is kept verbatim: it round-trips and can be shown, while
// value() reports E::Unknown.
template <class E>
class OpenEnum
{
public:
    OpenEnum() = default;
    OpenEnum(E v) : m_raw(nameOf(v)) {}
    static OpenEnum fromRaw(QString raw)
    {
        OpenEnum e;
        e.m_raw = std::move(raw);
        return e;
    }

    E value() const
    {
        for (const auto &[v, n] : EnumTraits<E>::names) {
            if (m_raw == QLatin1StringView(n))
                return v;
        }
        return E::Unknown;
    }
    bool isKnown() const { return value() != E::Unknown; }
    const QString &raw() const { return m_raw; }

    bool operator==(const OpenEnum &) const = default;
    bool operator==(E v) const { return value() == v; }

    static QString nameOf(E v)
    {
        for (const auto &[e, n] : EnumTraits<E>::names) {
            if (e == v)
                return QString::fromLatin1(n);
        }
        return {};
    }

private:
    QString m_raw;
};

} // namespace odag
