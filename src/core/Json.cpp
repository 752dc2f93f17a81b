#include "Json.h"

#include <QCoreApplication>
#include <QJsonParseError>

#include <limits>

namespace odag::json {

void Context::fail(const QString &message)
{
    if (!m_error)
        m_error = DecodeError{currentPath(), message};
}

QString Context::currentPath() const
{
    QString path;
    for (const Segment &s : m_path) {
        if (s.index >= 0) {
            path += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            if (s.literal.isNull())
                path += s.key;
            else
                path += s.literal;
        }
    }
    return path;
}

qsizetype FieldPlan::find(const QString &key) const
{
    if (key.size() >= byLength.size())
        return -1;
    for (const qsizetype field : byLength[key.size()]) {
        if (names[field] == key)
            return field;
    }
    return -1;
}

void FieldPlan::finish()
{
    keys.clear();
    for (const QLatin1StringView name : std::as_const(names))
        keys.push_back(QCborValue(name));
    byLength.clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const qsizetype length = names[i].size();
        if (byLength.size() <= length)
            byLength.resize(length + 1);
        byLength[length].push_back(i);
    }
}

QString expectedMessage(const char *what)
{
    // The type names stay English in every language: they are JSON's own words.
    return QCoreApplication::translate("odag::json", "expected %1").arg(QString::fromLatin1(what));
}

QString missingMessage()
{
    return QCoreApplication::translate("odag::json", "missing required field");
}

bool read(const QJsonValue &v, QString &out, Context &ctx)
{
    if (!v.isString()) {
        ctx.fail(expectedMessage("string"));
        return false;
    }
    out = v.toString();
    return true;
}

bool read(const QJsonValue &v, bool &out, Context &ctx)
{
    if (!v.isBool()) {
        ctx.fail(expectedMessage("boolean"));
        return false;
    }
    out = v.toBool();
    return true;
}

bool read(const QJsonValue &v, qint64 &out, Context &ctx)
{
    // toInteger() answers its default for a fraction or an out-of-range value; two
    // different defaults tell a real integer from those.
    constexpr qint64 lo = std::numeric_limits<qint64>::min();
    constexpr qint64 hi = std::numeric_limits<qint64>::max();
    if (!v.isDouble() || v.toInteger(lo) != v.toInteger(hi)) {
        ctx.fail(expectedMessage("integer"));
        return false;
    }
    out = v.toInteger();
    return true;
}

bool read(const QJsonValue &v, int &out, Context &ctx)
{
    qint64 wide = 0;
    if (!read(v, wide, ctx))
        return false;
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        ctx.fail(QCoreApplication::translate("odag::json", "integer out of range"));
        return false;
    }
    out = int(wide);
    return true;
}

bool read(const QJsonValue &v, double &out, Context &ctx)
{
    if (!v.isDouble()) {
        ctx.fail(expectedMessage("number"));
        return false;
    }
    out = v.toDouble();
    return true;
}

bool read(const QJsonValue &v, DateTime &out, Context &ctx)
{
    if (!v.isString()) {
        ctx.fail(expectedMessage("date-time string"));
        return false;
    }
    const QString raw = v.toString();
    // Some servers send "" for a time that has not happened yet: keep it as empty.
    if (!raw.isEmpty() && !DateTime::isValidIso(raw)) {
        ctx.fail(QCoreApplication::translate("odag::json", "expected ISO 8601 date-time, got \"%1\"")
                     .arg(raw.left(40)));
        return false;
    }
    out = DateTime::fromRaw(raw);
    return true;
}

bool read(const QJsonValue &v, QJsonValue &out, Context &ctx)
{
    if (v.isUndefined()) {
        ctx.fail(missingMessage());
        return false;
    }
    out = v;
    return true;
}

bool read(const QJsonValue &v, QJsonObject &out, Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(expectedMessage("object"));
        return false;
    }
    out = v.toObject();
    return true;
}

bool read(const QJsonValue &v, QJsonArray &out, Context &ctx)
{
    if (!v.isArray()) {
        ctx.fail(expectedMessage("array"));
        return false;
    }
    out = v.toArray();
    return true;
}

Result<QJsonValue> parse(const QByteArray &bytes)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        if (bytes.trimmed().isEmpty())
            return DecodeError{{}, QCoreApplication::translate("odag::json", "empty body where JSON was expected")};
        return DecodeError{{},
                           QCoreApplication::translate("odag::json", "malformed JSON at byte %1: %2")
                               .arg(err.offset)
                               .arg(err.errorString())};
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

QByteArray toBytes(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    // A bare scalar: wrap in an array and strip the brackets.
    QByteArray b = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return b.mid(1, b.size() - 2);
}

} // namespace odag::json
