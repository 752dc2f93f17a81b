#pragma once

// The JSON codec machinery every domain type uses.
//
// A domain struct lists its fields once, in a static `fields` visitor, and keeps the
// members the app does not know in `extra`:
//
//   struct UserStateCondensed {
//       QString id;                       // required in the schema: plain type
//       std::optional<QString> subject;   // optional: std::optional, absent stays absent
//       QJsonObject extra;                // unknown fields, written back unchanged
//       template <class V> static void fields(V &v) {
//           v("id", &UserStateCondensed::id);
//           v("subject", &UserStateCondensed::subject);
//       }
//       bool operator==(const UserStateCondensed &) const = default;
//   };
//
// odag::json::decode<T>() and encode() then work for it, for QList<T> of it and for
// nesting. Decoding fails with the path of the first bad value
// (`properties.rowEstRange[1].highBound: expected integer`); it never substitutes a
// default. A JSON null on an optional field reads as absent and is kept in `extra`, so
// it round-trips too.

#include "DateTime.h"
#include "OpenEnum.h"
#include "Result.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <concepts>
#include <optional>
#include <type_traits>
#include <vector>

namespace odag::json {

// Tracks where in the document the decoder is, and the first error met. The path is
// kept as cheap segments (a field name of the struct visitors is a Latin-1 literal) and
// only spelled out when an error is recorded: the happy path builds no strings.
class Context
{
public:
    void pushKey(const QString &key) { m_path.push_back(Segment{{}, key, -1}); }
    void pushKey(QLatin1StringView key) { m_path.push_back(Segment{key, {}, -1}); }
    void pushIndex(qsizetype index) { m_path.push_back(Segment{{}, {}, index}); }
    void pop() { m_path.pop_back(); }

    bool failed() const { return m_error.has_value(); }
    // Records the error at the current path; later errors are ignored.
    void fail(const QString &message);
    DecodeError error() const { return m_error.value_or(DecodeError{}); }
    QString currentPath() const;

private:
    struct Segment
    {
        QLatin1StringView literal; // a visitor's field name, or
        QString key;               // a key a hand-written reader pushed, or
        qsizetype index;           // an array index (>= 0)
    };
    std::vector<Segment> m_path;
    std::optional<DecodeError> m_error;
};

// Translated messages, shared by the codecs so every error reads the same.
QString expectedMessage(const char *what); // "expected integer"
QString missingMessage();                  // "missing required field"

template <class T>
struct IsOptional : std::false_type
{};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type
{};

// ---------------------------------------------------------------- primitives: read

bool read(const QJsonValue &v, QString &out, Context &ctx);
bool read(const QJsonValue &v, bool &out, Context &ctx);
bool read(const QJsonValue &v, int &out, Context &ctx);
bool read(const QJsonValue &v, qint64 &out, Context &ctx);
bool read(const QJsonValue &v, double &out, Context &ctx);
bool read(const QJsonValue &v, DateTime &out, Context &ctx);
bool read(const QJsonValue &v, QJsonValue &out, Context &ctx);
bool read(const QJsonValue &v, QJsonObject &out, Context &ctx);
bool read(const QJsonValue &v, QJsonArray &out, Context &ctx);

template <class E>
bool read(const QJsonValue &v, OpenEnum<E> &out, Context &ctx)
{
    if (!v.isString()) {
        ctx.fail(expectedMessage("string"));
        return false;
    }
    out = OpenEnum<E>::fromRaw(v.toString());
    return true;
}

template <class T>
bool read(const QJsonValue &v, QList<T> &out, Context &ctx);

template <class T>
    requires requires(T &t) { t.extra; }
bool read(const QJsonValue &v, T &out, Context &ctx);

// ---------------------------------------------------------------- primitives: write

inline QJsonValue write(const QString &v) { return v; }
inline QJsonValue write(bool v) { return v; }
inline QJsonValue write(int v) { return v; }
inline QJsonValue write(qint64 v) { return QJsonValue(v); }
inline QJsonValue write(double v) { return v; }
inline QJsonValue write(const DateTime &v) { return v.raw(); }
inline QJsonValue write(const QJsonValue &v) { return v; }
inline QJsonValue write(const QJsonObject &v) { return v; }
inline QJsonValue write(const QJsonArray &v) { return v; }
template <class E>
QJsonValue write(const OpenEnum<E> &v)
{
    return v.raw();
}
template <class T>
QJsonValue write(const QList<T> &list);
template <class T>
    requires requires(T &t) { t.extra; }
QJsonValue write(const T &s);

// ---------------------------------------------------------------- struct visitors

// The field names of a struct, in visitor order, and which are optional; built once per
// type (a function-local static: thread-safe) so that decoding an object is one pass
// over its members plus one read per field.
struct FieldPlan
{
    QList<QLatin1StringView> names; // visitor order
    QList<bool> optional;
    QList<QCborValue> keys; // the names as CBOR strings, to compare with stored keys
    // Field numbers by name length: a key is compared only with the names of its length
    // (one or two of them), and equal-length compares are a plain memory compare.
    QList<QList<qsizetype>> byLength;
    // The field number of `key`, or -1 when the struct has no such field.
    qsizetype find(const QString &key) const;
    void finish(); // fills byLength once the names are in
};

// Visits a struct's fields to fill its FieldPlan.
template <class S>
struct FieldCollector
{
    FieldPlan &plan;
    template <class M>
    void operator()(const char *key, M S::*)
    {
        plan.names.push_back(QLatin1StringView(key));
        plan.optional.push_back(IsOptional<M>::value);
    }
};

template <class S>
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &obj, S &out, Context &ctx)
        : m_obj(obj)
        , m_out(out)
        , m_ctx(ctx)
        , m_plan(plan())
    {
        // One pass over the members: a known field's position is noted, anything else
        // (and a null on an optional field, so it is written back as it came) goes to
        // `extra`. Objects of one list mostly share their layout, so the field found at
        // a position last time is tried first, by comparing the stored key in place;
        // only a miss builds the key's string and looks it up by name.
        m_slots.resize(m_plan.names.size(), -1);
        QJsonObject extra;
        QVarLengthArray<qsizetype, 32> &hints = layoutHints();
        const QCborMap map = QCborMap::fromJsonObject(m_obj);
        qsizetype index = 0;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it, ++index) {
            if (hints.size() <= index)
                hints.resize(index + 1, -1);
            qsizetype field = hints[index];
            const QCborValue key = it.key();
            if (field < 0 || key != m_plan.keys[field]) {
                const QString name = key.toString();
                field = m_plan.find(name);
                hints[index] = field;
                if (field < 0) {
                    extra.insert(name, (m_obj.constBegin() + index).value());
                    continue;
                }
            }
            if (m_plan.optional[field] && it.value().isNull())
                extra.insert(key.toString(), QJsonValue::Null);
            else
                m_slots[field] = index;
        }
        m_extra = extra;
    }

    template <class M>
    void operator()(const char *key, M S::*member)
    {
        const qsizetype field = m_field++;
        if (m_ctx.failed())
            return;
        const qsizetype at = m_slots[field];
        if constexpr (IsOptional<M>::value) {
            if (at < 0) {
                (m_out.*member).reset();
                return;
            }
            typename M::value_type value{};
            m_ctx.pushKey(QLatin1StringView(key));
            if (read(valueAt(at), value, m_ctx))
                m_out.*member = std::move(value);
            m_ctx.pop();
        } else {
            m_ctx.pushKey(QLatin1StringView(key));
            if (at < 0)
                m_ctx.fail(missingMessage());
            else
                read(valueAt(at), m_out.*member, m_ctx);
            m_ctx.pop();
        }
    }

    void collectExtra() { m_out.extra = m_extra; }

private:
    QJsonValue valueAt(qsizetype index) const { return (m_obj.constBegin() + index).value(); }

    // Per thread, so decoders on worker threads never share it.
    static QVarLengthArray<qsizetype, 32> &layoutHints()
    {
        thread_local QVarLengthArray<qsizetype, 32> hints;
        return hints;
    }

    static const FieldPlan &plan()
    {
        static const FieldPlan p = [] {
            FieldPlan built;
            FieldCollector<S> collector{built};
            S::fields(collector);
            built.finish();
            return built;
        }();
        return p;
    }

    const QJsonObject &m_obj;
    S &m_out;
    Context &m_ctx;
    const FieldPlan &m_plan;
    QVarLengthArray<qsizetype, 32> m_slots; // member index per field, -1: absent
    QJsonObject m_extra;
    qsizetype m_field = 0;
};

template <class S>
class ObjectWriter
{
public:
    explicit ObjectWriter(const S &in)
        : m_in(in)
        , m_obj(in.extra)
    {}

    template <class M>
    void operator()(const char *key, M S::*member)
    {
        const QString k = QString::fromLatin1(key);
        const M &value = m_in.*member;
        if constexpr (IsOptional<M>::value) {
            if (value.has_value())
                m_obj.insert(k, write(*value));
        } else {
            m_obj.insert(k, write(value));
        }
    }

    QJsonObject result() const { return m_obj; }

private:
    const S &m_in;
    QJsonObject m_obj;
};

template <class T>
bool read(const QJsonValue &v, QList<T> &out, Context &ctx)
{
    if (!v.isArray()) {
        ctx.fail(expectedMessage("array"));
        return false;
    }
    const QJsonArray arr = v.toArray();
    out.clear();
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        ctx.pushIndex(i);
        // Read in place: a big struct is not built aside and moved.
        T &item = out.emplace_back();
        const bool ok = read(arr.at(i), item, ctx);
        ctx.pop();
        if (!ok) {
            out.removeLast();
            return false;
        }
    }
    return true;
}

template <class T>
    requires requires(T &t) { t.extra; }
bool read(const QJsonValue &v, T &out, Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(expectedMessage("object"));
        return false;
    }
    const QJsonObject obj = v.toObject();
    ObjectReader<T> reader(obj, out, ctx);
    T::fields(reader);
    if (ctx.failed())
        return false;
    reader.collectExtra();
    if constexpr (requires { T::validate(out, ctx); }) {
        if (!T::validate(out, ctx))
            return false;
    }
    return true;
}

template <class T>
QJsonValue write(const QList<T> &list)
{
    QJsonArray arr;
    for (const T &item : list)
        arr.push_back(write(item));
    return arr;
}

template <class T>
    requires requires(T &t) { t.extra; }
QJsonValue write(const T &s)
{
    ObjectWriter<T> writer(s);
    T::fields(writer);
    return writer.result();
}

// ---------------------------------------------------------------- entry points

template <class T>
Result<T> decode(const QJsonValue &v)
{
    Context ctx;
    T out{};
    if (!read(v, out, ctx))
        return ctx.error();
    return out;
}

// Parses bytes as JSON; malformed or truncated input gives an error naming the offset.
Result<QJsonValue> parse(const QByteArray &bytes);

template <class T>
Result<T> decode(const QByteArray &bytes)
{
    auto parsed = parse(bytes);
    if (!parsed)
        return parsed.error();
    return decode<T>(*parsed);
}

template <class T>
QJsonValue encode(const T &v)
{
    return write(v);
}

// Compact UTF-8 bytes of a JSON object or array.
QByteArray toBytes(const QJsonValue &v);

} // namespace odag::json
