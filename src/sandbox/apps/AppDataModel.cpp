#include "AppDataModel.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace odag::sandbox {

namespace {

constexpr qint64 kLogicalCores = 8;
constexpr qint64 kTotalMemory = qint64(32) << 30;

bool looksNumeric(const QString &field)
{
    static const QRegularExpression numeric(
        QStringLiteral("(ID|Id|Key|No|Number|Amount|Qty|Quantity|Price|Cost|Year|Month|Quarter|"
                       "Week|Day|Count|Sales|Revenue|Margin|Delay|Minutes|Rate|Value|Total|"
                       "Budget|Actual|Forecast|Units|Distance|Date|Time|Score|Paid|Reserve)$"));
    return numeric.match(field).hasMatch() && !field.endsWith(QLatin1StringView("Name"));
}

bool looksDate(const QString &field)
{
    return field.endsWith(QLatin1StringView("Date")) || field.endsWith(QLatin1StringView("Time")) ||
           field.endsWith(QLatin1StringView("Timestamp"));
}

// Distinct values a field plausibly has, never more than its rows.
qint64 cardinality(const QString &field, qint64 rows)
{
    static const QHash<QString, qint64> known{
        {QStringLiteral("Year"), 6},        {QStringLiteral("Quarter"), 4},
        {QStringLiteral("Month"), 12},      {QStringLiteral("Region"), 5},
        {QStringLiteral("Country"), 38},    {QStringLiteral("ProductLine"), 7},
        {QStringLiteral("Channel"), 4},     {QStringLiteral("Currency"), 6},
        {QStringLiteral("Carrier"), 14},    {QStringLiteral("Weekday"), 7},
        {QStringLiteral("ClaimStatus"), 5}, {QStringLiteral("LineOfBusiness"), 6},
        {QStringLiteral("Warehouse"), 9},   {QStringLiteral("Department"), 12}};
    qint64 c;
    if (known.contains(field))
        c = known.value(field);
    else if (field.endsWith(QLatin1StringView("ID")) || field.endsWith(QLatin1StringView("Id")) ||
             field.endsWith(QLatin1StringView("Key")) || field.endsWith(QLatin1StringView("No")))
        c = rows;
    else if (looksDate(field))
        c = 1 + qint64(stableHash(field) % 1500);
    else
        c = 3 + qint64(stableHash(field) % 4000);
    return std::clamp<qint64>(c, rows > 0 ? 1 : 0, std::max<qint64>(rows, 1));
}

QJsonArray tags(const QString &field, bool key)
{
    QJsonArray t;
    if (key)
        t.append(QStringLiteral("$key"));
    if (looksDate(field)) {
        for (const char *s : {"$numeric", "$integer", "$timestamp", "$date"})
            t.append(QString::fromLatin1(s));
    } else if (looksNumeric(field)) {
        t.append(QStringLiteral("$numeric"));
        if (!field.contains(QLatin1StringView("Amount")) &&
            !field.contains(QLatin1StringView("Price")) &&
            !field.contains(QLatin1StringView("Rate")))
            t.append(QStringLiteral("$integer"));
    } else {
        t.append(QStringLiteral("$text"));
        t.append(QStringLiteral("$ascii"));
    }
    return t;
}

QString fieldHash(const QString &field)
{
    return QString::number(stableHash(QStringLiteral("field:") + field), 16)
        .rightJustified(8, QLatin1Char('0'));
}

} // namespace

QJsonObject emptyDataModelMetadata(const QString &usage)
{
    return QJsonObject{{QStringLiteral("reload_meta"),
                        QJsonObject{{QStringLiteral("cpu_time_spent_ms"), 0},
                                    {QStringLiteral("hardware"),
                                     QJsonObject{{QStringLiteral("logical_cores"), kLogicalCores},
                                                 {QStringLiteral("total_memory"), kTotalMemory}}},
                                    {QStringLiteral("peak_memory_bytes"), 0}}},
                       {QStringLiteral("static_byte_size"), 0},
                       {QStringLiteral("fields"), QJsonArray()},
                       {QStringLiteral("tables"), QJsonArray()},
                       {QStringLiteral("has_section_access"), false},
                       {QStringLiteral("is_direct_query_mode"), false},
                       {QStringLiteral("tables_profiling_data"), QJsonArray()},
                       {QStringLiteral("usage"), usage}};
}

QJsonObject dataModelMetadata(const ScriptModel &model, const QString &usage)
{
    const QStringList keys = model.keyFields();
    struct FieldInfo
    {
        QStringList tables;
        qint64 total = 0;
    };
    QHash<QString, FieldInfo> info;
    QStringList order;
    for (const ScriptTable &t : model.tables) {
        for (const QString &f : t.fields) {
            if (!info.contains(f))
                order.append(f);
            FieldInfo &fi = info[f];
            fi.tables.append(t.name);
            fi.total += t.rows;
        }
    }

    qint64 staticBytes = 0;
    QJsonArray fields;
    for (const QString &f : std::as_const(order)) {
        const FieldInfo &fi = info.value(f);
        const qint64 cardinal = cardinality(f, fi.total);
        const bool numeric = looksNumeric(f) || looksDate(f);
        const qint64 bytes = cardinal * (numeric ? 8 : 16 + qint64(f.size()));
        staticBytes += bytes;
        fields.append(
            QJsonObject{{QStringLiteral("name"), f},
                        {QStringLiteral("src_tables"), QJsonArray::fromStringList(fi.tables)},
                        {QStringLiteral("is_system"), false},
                        {QStringLiteral("is_hidden"), false},
                        {QStringLiteral("is_semantic"), false},
                        {QStringLiteral("distinct_only"), false},
                        {QStringLiteral("cardinal"), cardinal},
                        {QStringLiteral("total_count"), fi.total},
                        {QStringLiteral("is_locked"), false},
                        {QStringLiteral("always_one_selected"), false},
                        {QStringLiteral("is_numeric"), numeric},
                        {QStringLiteral("comment"), QString()},
                        {QStringLiteral("tags"), tags(f, keys.contains(f))},
                        {QStringLiteral("byte_size"), bytes},
                        {QStringLiteral("hash"), fieldHash(f)}});
    }
    // The engine's own fields describe the model itself.
    int fieldCount = 0;
    for (const ScriptTable &t : model.tables)
        fieldCount += int(t.fields.size());
    const QList<std::pair<const char *, qint64>> system{
        {"$Field", qint64(order.size())},       {"$Table", qint64(model.tables.size())},
        {"$Rows", qint64(model.tables.size())}, {"$Fields", qint64(model.tables.size())},
        {"$FieldNo", qint64(fieldCount)},       {"$Info", 0}};
    for (const auto &[name, cardinal] : system) {
        const QString n = QString::fromLatin1(name);
        fields.append(QJsonObject{{QStringLiteral("name"), n},
                                  {QStringLiteral("src_tables"), QJsonArray()},
                                  {QStringLiteral("is_system"), true},
                                  {QStringLiteral("is_hidden"), true},
                                  {QStringLiteral("is_semantic"), false},
                                  {QStringLiteral("distinct_only"), false},
                                  {QStringLiteral("cardinal"), cardinal},
                                  {QStringLiteral("total_count"), cardinal},
                                  {QStringLiteral("is_locked"), false},
                                  {QStringLiteral("always_one_selected"), false},
                                  {QStringLiteral("is_numeric"), false},
                                  {QStringLiteral("comment"), QString()},
                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("$system")}},
                                  {QStringLiteral("byte_size"), cardinal * 16},
                                  {QStringLiteral("hash"), fieldHash(n)}});
    }

    QJsonArray tables;
    for (const ScriptTable &t : model.tables) {
        int keyCount = 0;
        for (const QString &f : t.fields)
            keyCount += keys.contains(f) ? 1 : 0;
        const qint64 bytes = t.rows * qint64(t.fields.size()) * 4;
        staticBytes += bytes;
        tables.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("is_system"), false},
                                  {QStringLiteral("is_semantic"), false},
                                  {QStringLiteral("is_loose"), false},
                                  {QStringLiteral("no_of_rows"), t.rows},
                                  {QStringLiteral("no_of_fields"), int(t.fields.size())},
                                  {QStringLiteral("no_of_key_fields"), keyCount},
                                  {QStringLiteral("comment"), QString()},
                                  {QStringLiteral("byte_size"), bytes}});
    }
    const qint64 peak = staticBytes * 3 + (qint64(48) << 20);
    return QJsonObject{{QStringLiteral("reload_meta"),
                        QJsonObject{{QStringLiteral("cpu_time_spent_ms"), estimatedLoadMs(model)},
                                    {QStringLiteral("hardware"),
                                     QJsonObject{{QStringLiteral("logical_cores"), kLogicalCores},
                                                 {QStringLiteral("total_memory"), kTotalMemory}}},
                                    {QStringLiteral("peak_memory_bytes"), peak},
                                    {QStringLiteral("fullReloadPeakMemoryBytes"), peak},
                                    {QStringLiteral("partialReloadPeakMemoryBytes"), 0}}},
                       {QStringLiteral("static_byte_size"), staticBytes},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("has_section_access"), model.hasSectionAccess},
                       {QStringLiteral("is_direct_query_mode"), false},
                       {QStringLiteral("tables_profiling_data"), QJsonArray()},
                       {QStringLiteral("usage"), usage}};
}

QJsonArray dataLineage(const ScriptModel &model)
{
    QJsonArray out;
    for (const ScriptLineage &l : model.lineage)
        out.append(QJsonObject{{QStringLiteral("discriminator"), l.discriminator},
                               {QStringLiteral("statement"), l.statement}});
    return out;
}

qint64 estimatedLoadMs(const ScriptModel &model)
{
    qint64 rows = 0;
    for (const ScriptStatement &s : model.statements)
        rows += s.rows;
    return 120 + rows / 900 + qint64(model.statements.size()) * 3;
}

} // namespace odag::sandbox
