#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace odag {

// Why a decode failed, with the JSON path of the offending value
// (`properties.rowEstRange[1].highBound`), so a person can find it.
struct DecodeError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    bool operator==(const DecodeError &) const = default;
};

// Either a value or an error; the project's stand-in for C++23 std::expected.
template <class T, class E = DecodeError>
class Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

} // namespace odag
