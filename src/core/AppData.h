#pragma once

// What an app holds besides its attributes: data model metadata, lineage, script
// versions, reload logs and media files (/api/v1/apps/{id}/...). Seed 003 and the real
// service (seed 004, apps.d.ts) disagree on most of these shapes; each is typed in both
// and a reader that takes either gives one normalised view.

#include "Json.h"
#include "Paging.h"

namespace odag {

// ---------------------------------------------------------------- data model: seed 003 (camelCase)

struct AppFieldMetadata
{
    std::optional<QString> name;
    std::optional<QStringList> tags;
    std::optional<bool> isSystem;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &AppFieldMetadata::name);
        v("tags", &AppFieldMetadata::tags);
        v("isSystem", &AppFieldMetadata::isSystem);
    }
    bool operator==(const AppFieldMetadata &) const = default;
};

struct AppTableMetadata
{
    std::optional<QString> name;
    std::optional<qint64> noOfRows;
    std::optional<qint64> noOfFields;
    std::optional<qint64> noOfKeyFields;
    std::optional<qint64> byteSize;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &AppTableMetadata::name);
        v("noOfRows", &AppTableMetadata::noOfRows);
        v("noOfFields", &AppTableMetadata::noOfFields);
        v("noOfKeyFields", &AppTableMetadata::noOfKeyFields);
        v("byteSize", &AppTableMetadata::byteSize);
    }
    bool operator==(const AppTableMetadata &) const = default;
};

struct AppReloadMetadata
{
    std::optional<qint64> cpuTimeSpentMs;
    std::optional<qint64> peakMemoryBytes;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("cpuTimeSpentMs", &AppReloadMetadata::cpuTimeSpentMs);
        v("peakMemoryBytes", &AppReloadMetadata::peakMemoryBytes);
    }
    bool operator==(const AppReloadMetadata &) const = default;
};

// Seed 003 AppDataMetadata.
struct AppDataMetadata
{
    std::optional<QList<AppFieldMetadata>> fields_;
    std::optional<QList<AppTableMetadata>> tables;
    std::optional<AppReloadMetadata> reloadMeta;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("fields", &AppDataMetadata::fields_);
        v("tables", &AppDataMetadata::tables);
        v("reloadMeta", &AppDataMetadata::reloadMeta);
    }
    bool operator==(const AppDataMetadata &) const = default;
};

// ---------------------------------------------------------------- data model: seed 004
// (snake_case)

struct HardwareMeta
{
    std::optional<qint64> logical_cores;
    std::optional<qint64> total_memory;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("logical_cores", &HardwareMeta::logical_cores);
        v("total_memory", &HardwareMeta::total_memory);
    }
    bool operator==(const HardwareMeta &) const = default;
};

// LastReloadMetadata
struct LastReloadMetadata
{
    std::optional<qint64> cpu_time_spent_ms;
    std::optional<HardwareMeta> hardware;
    std::optional<qint64> peak_memory_bytes;
    std::optional<qint64> fullReloadPeakMemoryBytes;
    std::optional<qint64> partialReloadPeakMemoryBytes;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("cpu_time_spent_ms", &LastReloadMetadata::cpu_time_spent_ms);
        v("hardware", &LastReloadMetadata::hardware);
        v("peak_memory_bytes", &LastReloadMetadata::peak_memory_bytes);
        v("fullReloadPeakMemoryBytes", &LastReloadMetadata::fullReloadPeakMemoryBytes);
        v("partialReloadPeakMemoryBytes", &LastReloadMetadata::partialReloadPeakMemoryBytes);
    }
    bool operator==(const LastReloadMetadata &) const = default;
};

struct FieldMetadata
{
    std::optional<QString> name;
    std::optional<QStringList> src_tables;
    std::optional<bool> is_system;
    std::optional<bool> is_hidden;
    std::optional<bool> is_semantic;
    std::optional<bool> distinct_only;
    std::optional<qint64> cardinal;
    std::optional<qint64> total_count;
    std::optional<bool> is_locked;
    std::optional<bool> always_one_selected;
    std::optional<bool> is_numeric;
    std::optional<QString> comment;
    std::optional<QStringList> tags;
    std::optional<qint64> byte_size;
    std::optional<QString> hash;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &FieldMetadata::name);
        v("src_tables", &FieldMetadata::src_tables);
        v("is_system", &FieldMetadata::is_system);
        v("is_hidden", &FieldMetadata::is_hidden);
        v("is_semantic", &FieldMetadata::is_semantic);
        v("distinct_only", &FieldMetadata::distinct_only);
        v("cardinal", &FieldMetadata::cardinal);
        v("total_count", &FieldMetadata::total_count);
        v("is_locked", &FieldMetadata::is_locked);
        v("always_one_selected", &FieldMetadata::always_one_selected);
        v("is_numeric", &FieldMetadata::is_numeric);
        v("comment", &FieldMetadata::comment);
        v("tags", &FieldMetadata::tags);
        v("byte_size", &FieldMetadata::byte_size);
        v("hash", &FieldMetadata::hash);
    }
    bool operator==(const FieldMetadata &) const = default;
};

struct TableMetadata
{
    std::optional<QString> name;
    std::optional<bool> is_system;
    std::optional<bool> is_semantic;
    std::optional<bool> is_loose;
    std::optional<qint64> no_of_rows;
    std::optional<qint64> no_of_fields;
    std::optional<qint64> no_of_key_fields;
    std::optional<QString> comment;
    std::optional<qint64> byte_size;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("name", &TableMetadata::name);
        v("is_system", &TableMetadata::is_system);
        v("is_semantic", &TableMetadata::is_semantic);
        v("is_loose", &TableMetadata::is_loose);
        v("no_of_rows", &TableMetadata::no_of_rows);
        v("no_of_fields", &TableMetadata::no_of_fields);
        v("no_of_key_fields", &TableMetadata::no_of_key_fields);
        v("comment", &TableMetadata::comment);
        v("byte_size", &TableMetadata::byte_size);
    }
    bool operator==(const TableMetadata &) const = default;
};

// Seed 004 DataModelMetadata (plus the apps.d.ts fields).
struct DataModelMetadata
{
    std::optional<LastReloadMetadata> reload_meta;
    std::optional<qint64> static_byte_size;
    std::optional<QList<FieldMetadata>> fields_;
    std::optional<QList<TableMetadata>> tables;
    std::optional<bool> has_section_access;
    std::optional<bool> is_direct_query_mode;
    std::optional<QJsonArray> tables_profiling_data;
    std::optional<QString> usage;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("reload_meta", &DataModelMetadata::reload_meta);
        v("static_byte_size", &DataModelMetadata::static_byte_size);
        v("fields", &DataModelMetadata::fields_);
        v("tables", &DataModelMetadata::tables);
        v("has_section_access", &DataModelMetadata::has_section_access);
        v("is_direct_query_mode", &DataModelMetadata::is_direct_query_mode);
        v("tables_profiling_data", &DataModelMetadata::tables_profiling_data);
        v("usage", &DataModelMetadata::usage);
    }
    bool operator==(const DataModelMetadata &) const = default;
};

// ---------------------------------------------------------------- data model: either shape

// GET /apps/{id}/data/metadata read from either shape. The typed source is kept (and
// written back); the lists below are what the GUI shows.
struct AppMetadataInfo
{
    enum class Shape
    {
        SnakeCase,
        CamelCase
    };

    struct Field
    {
        QString name;
        QStringList tags;
        QStringList sourceTables;
        bool isSystem = false;
        bool isHidden = false;
        std::optional<qint64> cardinal;
        std::optional<qint64> totalCount;
        std::optional<qint64> byteSize;
        bool operator==(const Field &) const = default;
    };
    struct Table
    {
        QString name;
        bool isSystem = false;
        std::optional<qint64> rows;
        std::optional<qint64> fields;
        std::optional<qint64> keyFields;
        std::optional<qint64> byteSize;
        bool operator==(const Table &) const = default;
    };

    Shape shape = Shape::SnakeCase;
    std::optional<DataModelMetadata> snake;
    std::optional<AppDataMetadata> camel;

    QList<Field> fields;
    QList<Table> tables;
    std::optional<qint64> staticByteSize;
    std::optional<qint64> cpuTimeSpentMs;
    std::optional<qint64> peakMemoryBytes;

    static AppMetadataInfo fromSnake(const DataModelMetadata &m);
    static AppMetadataInfo fromCamel(const AppDataMetadata &m);
    bool isEmpty() const { return fields.isEmpty() && tables.isEmpty(); }

    bool operator==(const AppMetadataInfo &) const = default;
};

bool read(const QJsonValue &v, AppMetadataInfo &out, json::Context &ctx);
QJsonValue write(const AppMetadataInfo &info);

// ---------------------------------------------------------------- lineage

// AppDataLineage / LineageInfoRest
struct AppDataLineage
{
    std::optional<QString> discriminator;
    std::optional<QString> statement;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("discriminator", &AppDataLineage::discriminator);
        v("statement", &AppDataLineage::statement);
    }
    bool operator==(const AppDataLineage &) const = default;
};

using AppDataLineageList = QList<AppDataLineage>;

// ---------------------------------------------------------------- scripts

// One script version. Seed 003 AppScript (id, script, createdDate, modifiedDate) and the
// real ScriptMeta (scriptId, modifiedTime, modifierId, size, versionMessage) in one.
struct AppScript
{
    std::optional<QString> id;
    std::optional<QString> script;
    std::optional<DateTime> createdDate;
    std::optional<DateTime> modifiedDate;
    std::optional<QString> scriptId;
    std::optional<DateTime> modifiedTime;
    std::optional<QString> modifierId;
    std::optional<qint64> size;
    std::optional<QString> versionMessage;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &AppScript::id);
        v("script", &AppScript::script);
        v("createdDate", &AppScript::createdDate);
        v("modifiedDate", &AppScript::modifiedDate);
        v("scriptId", &AppScript::scriptId);
        v("modifiedTime", &AppScript::modifiedTime);
        v("modifierId", &AppScript::modifierId);
        v("size", &AppScript::size);
        v("versionMessage", &AppScript::versionMessage);
    }
    bool operator==(const AppScript &) const = default;

    QString versionId() const { return scriptId.value_or(id.value_or(QString())); }
    DateTime modified() const { return modifiedTime.value_or(modifiedDate.value_or(DateTime{})); }
};

// The real ScriptMetaList envelope.
struct AppScriptHistory
{
    std::optional<QList<AppScript>> scripts;
    std::optional<PageLinks> links;
    std::optional<QStringList> privileges;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("scripts", &AppScriptHistory::scripts);
        v("links", &AppScriptHistory::links);
        v("privileges", &AppScriptHistory::privileges);
    }
    bool operator==(const AppScriptHistory &) const = default;
};

// GET /apps/{id}/scripts: a bare array (seed 003) or a ScriptMetaList envelope (real).
struct AppScriptList
{
    QList<AppScript> scripts;
    std::optional<AppScriptHistory> envelope; // absent: it was a bare array
    QString nextHref() const;
    bool operator==(const AppScriptList &) const = default;
};

bool read(const QJsonValue &v, AppScriptList &out, json::Context &ctx);
QJsonValue write(const AppScriptList &list);

// POST /apps/{id}/scripts
struct AppScriptSet
{
    QString script;
    std::optional<QString> versionMessage;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("script", &AppScriptSet::script);
        v("versionMessage", &AppScriptSet::versionMessage);
    }
    bool operator==(const AppScriptSet &) const = default;
};

// ---------------------------------------------------------------- reload logs

struct ReloadLogLinks
{
    std::optional<QString> log; // a URL, not an {href}
    QJsonObject extra;

    template <class V> static void fields(V &v) { v("log", &ReloadLogLinks::log); }
    bool operator==(const ReloadLogLinks &) const = default;
};

// One stored reload log: seed 003 ReloadLog (id, createdDate, success, duration) and
// the real ScriptLogMeta (reloadId, endTime, success, duration, links.log) in one.
struct ReloadLog
{
    std::optional<QString> id;
    std::optional<DateTime> createdDate;
    std::optional<bool> success;
    std::optional<qint64> duration; // milliseconds
    std::optional<QString> reloadId;
    std::optional<DateTime> endTime;
    std::optional<ReloadLogLinks> links;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &ReloadLog::id);
        v("createdDate", &ReloadLog::createdDate);
        v("success", &ReloadLog::success);
        v("duration", &ReloadLog::duration);
        v("reloadId", &ReloadLog::reloadId);
        v("endTime", &ReloadLog::endTime);
        v("links", &ReloadLog::links);
    }
    bool operator==(const ReloadLog &) const = default;

    QString effectiveReloadId() const { return reloadId.value_or(id.value_or(QString())); }
    DateTime when() const { return endTime.value_or(createdDate.value_or(DateTime{})); }
};

// GET /apps/{id}/reloads/logs: a bare array (seed 003) or `{data:[...]}` (real).
struct ReloadLogList
{
    QList<ReloadLog> logs;
    bool bareArray = false;
    QJsonObject envelopeExtra; // other members of the `{data}` envelope
    bool operator==(const ReloadLogList &) const = default;
};

bool read(const QJsonValue &v, ReloadLogList &out, json::Context &ctx);
QJsonValue write(const ReloadLogList &list);

// ---------------------------------------------------------------- media

// AppContentListItem
struct AppMediaItem
{
    std::optional<QString> id;
    std::optional<QString> link;
    std::optional<QString> name;
    std::optional<QString> type;
    QJsonObject extra;

    template <class V> static void fields(V &v)
    {
        v("id", &AppMediaItem::id);
        v("link", &AppMediaItem::link);
        v("name", &AppMediaItem::name);
        v("type", &AppMediaItem::type);
    }
    bool operator==(const AppMediaItem &) const = default;
};

// GET /apps/{id}/media/list/{path}: seed 004 answers an array of path strings, the real
// service an AppContentList `{data:[{id,link,name,type}], library, subpath}`.
struct AppMediaList
{
    QList<AppMediaItem> items; // from a bare array: name holds the path
    bool bareArray = false;
    bool dataAbsent = false; // an envelope without `data` (kept absent on write)
    std::optional<QString> library;
    std::optional<QString> subpath;
    QJsonObject envelopeExtra; // other members of the envelope
    QStringList names() const;
    bool operator==(const AppMediaList &) const = default;
};

bool read(const QJsonValue &v, AppMediaList &out, json::Context &ctx);
QJsonValue write(const AppMediaList &list);

} // namespace odag
