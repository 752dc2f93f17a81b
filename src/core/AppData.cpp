#include "AppData.h"

namespace odag {

namespace {

// Keys only the snake_case (seed 004, real) metadata uses, and keys only the camelCase
// (seed 003) one uses. Names both share (name, tags, fields, tables) decide nothing.
bool hasAnyKey(const QJsonObject &obj, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        if (obj.contains(QLatin1StringView(k)))
            return true;
    }
    return false;
}

bool anyElementHasKey(const QJsonValue &array, std::initializer_list<const char *> keys)
{
    const QJsonArray arr = array.toArray();
    for (const QJsonValue &e : arr) {
        if (hasAnyKey(e.toObject(), keys))
            return true;
    }
    return false;
}

AppMetadataInfo::Shape detectMetadataShape(const QJsonObject &obj)
{
    const QJsonValue fields = obj.value(QLatin1StringView("fields"));
    const QJsonValue tables = obj.value(QLatin1StringView("tables"));
    const bool snake =
        hasAnyKey(obj, {"reload_meta", "static_byte_size", "has_section_access",
                        "is_direct_query_mode", "tables_profiling_data"}) ||
        anyElementHasKey(fields, {"src_tables", "is_system", "is_hidden", "is_semantic",
                                  "distinct_only", "cardinal", "total_count", "is_locked",
                                  "always_one_selected", "is_numeric", "byte_size"}) ||
        anyElementHasKey(tables, {"is_system", "is_semantic", "is_loose", "no_of_rows",
                                  "no_of_fields", "no_of_key_fields", "byte_size"});
    if (snake)
        return AppMetadataInfo::Shape::SnakeCase;
    const bool camel =
        hasAnyKey(obj, {"reloadMeta"}) || anyElementHasKey(fields, {"isSystem"}) ||
        anyElementHasKey(tables, {"noOfRows", "noOfFields", "noOfKeyFields", "byteSize"});
    // The real service answers snake_case (an empty `{}` for an app never loaded).
    return camel ? AppMetadataInfo::Shape::CamelCase : AppMetadataInfo::Shape::SnakeCase;
}

} // namespace

AppMetadataInfo AppMetadataInfo::fromSnake(const DataModelMetadata &m)
{
    AppMetadataInfo info;
    info.shape = Shape::SnakeCase;
    info.snake = m;
    for (const FieldMetadata &f : m.fields_.value_or(QList<FieldMetadata>{})) {
        Field out;
        out.name = f.name.value_or(QString());
        out.tags = f.tags.value_or(QStringList{});
        out.sourceTables = f.src_tables.value_or(QStringList{});
        out.isSystem = f.is_system.value_or(false);
        out.isHidden = f.is_hidden.value_or(false);
        out.cardinal = f.cardinal;
        out.totalCount = f.total_count;
        out.byteSize = f.byte_size;
        info.fields.push_back(out);
    }
    for (const TableMetadata &t : m.tables.value_or(QList<TableMetadata>{})) {
        Table out;
        out.name = t.name.value_or(QString());
        out.isSystem = t.is_system.value_or(false);
        out.rows = t.no_of_rows;
        out.fields = t.no_of_fields;
        out.keyFields = t.no_of_key_fields;
        out.byteSize = t.byte_size;
        info.tables.push_back(out);
    }
    info.staticByteSize = m.static_byte_size;
    if (m.reload_meta) {
        info.cpuTimeSpentMs = m.reload_meta->cpu_time_spent_ms;
        info.peakMemoryBytes = m.reload_meta->peak_memory_bytes;
        if (!info.peakMemoryBytes)
            info.peakMemoryBytes = m.reload_meta->fullReloadPeakMemoryBytes;
    }
    return info;
}

AppMetadataInfo AppMetadataInfo::fromCamel(const AppDataMetadata &m)
{
    AppMetadataInfo info;
    info.shape = Shape::CamelCase;
    info.camel = m;
    for (const AppFieldMetadata &f : m.fields_.value_or(QList<AppFieldMetadata>{})) {
        Field out;
        out.name = f.name.value_or(QString());
        out.tags = f.tags.value_or(QStringList{});
        out.isSystem = f.isSystem.value_or(false);
        info.fields.push_back(out);
    }
    for (const AppTableMetadata &t : m.tables.value_or(QList<AppTableMetadata>{})) {
        Table out;
        out.name = t.name.value_or(QString());
        out.rows = t.noOfRows;
        out.fields = t.noOfFields;
        out.keyFields = t.noOfKeyFields;
        out.byteSize = t.byteSize;
        info.tables.push_back(out);
    }
    if (m.reloadMeta) {
        info.cpuTimeSpentMs = m.reloadMeta->cpuTimeSpentMs;
        info.peakMemoryBytes = m.reloadMeta->peakMemoryBytes;
    }
    return info;
}

bool read(const QJsonValue &v, AppMetadataInfo &out, json::Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("object"));
        return false;
    }
    if (detectMetadataShape(v.toObject()) == AppMetadataInfo::Shape::CamelCase) {
        AppDataMetadata m;
        if (!json::read(v, m, ctx))
            return false;
        out = AppMetadataInfo::fromCamel(m);
        return true;
    }
    DataModelMetadata m;
    if (!json::read(v, m, ctx))
        return false;
    out = AppMetadataInfo::fromSnake(m);
    return true;
}

QJsonValue write(const AppMetadataInfo &info)
{
    if (info.shape == AppMetadataInfo::Shape::CamelCase)
        return json::write(info.camel.value_or(AppDataMetadata{}));
    return json::write(info.snake.value_or(DataModelMetadata{}));
}

QString AppScriptList::nextHref() const
{
    if (envelope && envelope->links && envelope->links->next)
        return envelope->links->next->href;
    return {};
}

bool read(const QJsonValue &v, AppScriptList &out, json::Context &ctx)
{
    if (v.isArray()) {
        out.envelope.reset();
        return json::read(v, out.scripts, ctx);
    }
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("array or object"));
        return false;
    }
    AppScriptHistory history;
    if (!json::read(v, history, ctx))
        return false;
    out.scripts = history.scripts.value_or(QList<AppScript>{});
    out.envelope = history;
    return true;
}

QJsonValue write(const AppScriptList &list)
{
    if (!list.envelope)
        return json::write(list.scripts);
    AppScriptHistory history = *list.envelope;
    if (history.scripts || !list.scripts.isEmpty())
        history.scripts = list.scripts;
    return json::write(history);
}

namespace {
// The `{data:[...], ...}` envelope of the real reload log list.
struct ReloadLogEnvelope
{
    QList<ReloadLog> data;
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("data", &ReloadLogEnvelope::data); }
};

struct MediaEnvelope
{
    std::optional<QList<AppMediaItem>> data;
    std::optional<QString> library;
    std::optional<QString> subpath;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("data", &MediaEnvelope::data);
        v("library", &MediaEnvelope::library);
        v("subpath", &MediaEnvelope::subpath);
    }
};
} // namespace

bool read(const QJsonValue &v, ReloadLogList &out, json::Context &ctx)
{
    if (v.isArray()) {
        out.bareArray = true;
        out.envelopeExtra = {};
        return json::read(v, out.logs, ctx);
    }
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("array or object"));
        return false;
    }
    ReloadLogEnvelope envelope;
    if (!json::read(v, envelope, ctx))
        return false;
    out.bareArray = false;
    out.logs = envelope.data;
    out.envelopeExtra = envelope.extra;
    return true;
}

QJsonValue write(const ReloadLogList &list)
{
    if (list.bareArray)
        return json::write(list.logs);
    ReloadLogEnvelope envelope{list.logs, list.envelopeExtra};
    return json::write(envelope);
}

QStringList AppMediaList::names() const
{
    QStringList out;
    for (const AppMediaItem &item : items)
        out.push_back(item.name.value_or(item.id.value_or(QString())));
    return out;
}

bool read(const QJsonValue &v, AppMediaList &out, json::Context &ctx)
{
    if (v.isArray()) {
        QStringList paths;
        if (!json::read(v, paths, ctx))
            return false;
        out = AppMediaList{};
        out.bareArray = true;
        for (const QString &p : paths) {
            AppMediaItem item;
            item.name = p;
            out.items.push_back(item);
        }
        return true;
    }
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("array or object"));
        return false;
    }
    MediaEnvelope envelope;
    if (!json::read(v, envelope, ctx))
        return false;
    out.bareArray = false;
    out.items = envelope.data.value_or(QList<AppMediaItem>{});
    out.library = envelope.library;
    out.subpath = envelope.subpath;
    out.envelopeExtra = envelope.extra;
    out.dataAbsent = !envelope.data.has_value();
    return true;
}

QJsonValue write(const AppMediaList &list)
{
    if (list.bareArray)
        return json::write(list.names());
    MediaEnvelope envelope;
    envelope.extra = list.envelopeExtra;
    if (!list.dataAbsent || !list.items.isEmpty())
        envelope.data = list.items;
    envelope.library = list.library;
    envelope.subpath = list.subpath;
    return json::write(envelope);
}

} // namespace odag
