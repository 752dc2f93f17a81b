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
//
// The value is looked up once, when the raw name is set, so value() (called by every
// sort and filter of a 100,000-row list) is a plain read; and a known name shares one
// string with every other value of the same name instead of holding its own copy.
template <class E>
class OpenEnum
{
public:
    OpenEnum() = default;
    OpenEnum(E v)
    {
        for (std::size_t i = 0; i < EnumTraits<E>::names.size(); ++i) {
            if (EnumTraits<E>::names[i].first == v) {
                m_raw = sharedNames()[i];
                m_value = v;
                return;
            }
        }
    }
    static OpenEnum fromRaw(QString raw)
    {
        OpenEnum e;
        const int known = indexOf(raw);
        if (known >= 0) {
            e.m_value = EnumTraits<E>::names[known].first;
            e.m_raw = sharedNames()[known];
        } else {
            e.m_raw = std::move(raw);
        }
        return e;
    }

    E value() const { return m_value; }
    bool isKnown() const { return m_value != E::Unknown; }
    const QString &raw() const { return m_raw; }

    // The value follows from the raw name: comparing the names says it all.
    bool operator==(const OpenEnum &other) const { return m_raw == other.m_raw; }
    bool operator==(E v) const { return m_value == v; }

    static QString nameOf(E v)
    {
        for (const auto &[e, n] : EnumTraits<E>::names) {
            if (e == v)
                return QString::fromLatin1(n);
        }
        return {};
    }

private:
    // The position of a known name in EnumTraits<E>::names, or -1.
    static int indexOf(const QString &raw)
    {
        for (std::size_t i = 0; i < EnumTraits<E>::names.size(); ++i) {
            if (raw == QLatin1StringView(EnumTraits<E>::names[i].second))
                return int(i);
        }
        return -1;
    }

    // One string per known name, made once (a function-local static: thread-safe, and
    // QString's reference count is atomic, so decoders on worker threads can share it).
    static const auto &sharedNames()
    {
        static const auto names = [] {
            std::array<QString, EnumTraits<E>::names.size()> built;
            for (std::size_t i = 0; i < built.size(); ++i)
                built[i] = QString::fromLatin1(EnumTraits<E>::names[i].second);
            return built;
        }();
        return names;
    }

    QString m_raw;
    E m_value = E::Unknown;
};

} // namespace odag
