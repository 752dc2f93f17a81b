#include "StoreCursor.h"

#include "core/Json.h"

#include <QJsonObject>

namespace odag::sandbox {

QString StoreCursor::encode() const
{
    const QJsonObject o{{QStringLiteral("c"), collection},
                        {QStringLiteral("f"), sortField},
                        {QStringLiteral("o"), descending ? 1 : 0},
                        {QStringLiteral("d"), direction == Direction::Next ? 1 : 0},
                        {QStringLiteral("k"), key},
                        {QStringLiteral("s"), QJsonValue(seq)}};
    return QString::fromLatin1(
        json::toBytes(o).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<StoreCursor> StoreCursor::decode(const QString &text)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const auto parsed = json::parse(*bytes);
    if (!parsed || !parsed->isObject())
        return std::nullopt;
    const QJsonObject o = parsed->toObject();
    if (!o.value(QStringLiteral("c")).isString() || !o.value(QStringLiteral("s")).isDouble())
        return std::nullopt;
    StoreCursor c;
    c.collection = o.value(QStringLiteral("c")).toString();
    c.sortField = o.value(QStringLiteral("f")).toString();
    c.descending = o.value(QStringLiteral("o")).toInt() != 0;
    c.direction = o.value(QStringLiteral("d")).toInt() != 0 ? Direction::Next : Direction::Prev;
    c.key = o.value(QStringLiteral("k"));
    c.seq = o.value(QStringLiteral("s")).toInteger();
    return c;
}

} // namespace odag::sandbox
