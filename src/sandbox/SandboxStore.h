#pragma once

// The sandbox's durable state: a SQLite database (sandbox.db in the data directory) in
// WAL mode with synchronous=FULL, so a write has reached the disk when its call returns
// and a 2xx sent after it survives kill -9. Holds a generic documents table (JSON
// documents by collection and ID, with owner and timestamps) with cursor paging;
// later parts add their own tables through numbered migrations.

#include "StoreCursor.h"

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace odag::sandbox {

struct StoredDocument
{
    QString collection;
    QString id;
    QJsonObject json;
    QString owner;
    QDateTime created;
    QDateTime modified;
    qint64 seq = 0; // insertion order, stable across updates
};

struct ListQuery
{
    struct Filter
    {
        enum class Op
        {
            Equals,  // the field's value equals `value` (Null: the field is absent or null)
            Contains // the field's text contains `value`, ignoring case
        };
        QString field; // JSON field, dotted for nesting ("meta.type")
        QJsonValue value;
        Op op = Op::Equals;
    };

    QString collection;
    int limit = 20;
    QString cursor;    // a page's next or prev cursor; empty: the first page
    QString sortField; // JSON field to sort by (text ignoring case); empty: insertion order
    bool descending = false;
    QList<Filter> filters;
    QString owner; // only this owner's documents when set

    // Reads `limit` (1..maxLimit), `next` and `prev` from a request's query; returns
    // what is wrong with them, or an empty string.
    QString readPaging(const QUrlQuery &query, int maxLimit = 100);
    // "name" or "-name" (descending).
    void setSort(const QString &sort);
};

struct ListPage
{
    QList<StoredDocument> items;
    QString next;     // cursor of the following page; empty at the end
    QString prev;     // cursor of the preceding page; empty at the start
    qint64 total = 0; // documents that pass the filters
};

// {self:{href}, next:{href}?, prev:{href}?} for a page listed at requestUrl: the same
// URL with its next/prev query items replaced.
QJsonObject pageLinks(const QUrl &requestUrl, const ListPage &page);

class SandboxStore
{
public:
    struct Migration
    {
        int version = 0; // 1 is the base schema; later parts use 2, 3, ...
        QString description;
        QStringList statements;
        // Optional code run after the statements; returns an error text or empty.
        std::function<QString(QSqlDatabase &)> apply;
    };

    static constexpr int kBaseSchemaVersion = 1;
    static QString fileName() { return QStringLiteral("sandbox.db"); }

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Adds migrations to run at open(); call before open().
    void addMigrations(const QList<Migration> &migrations);
    // Opens (creating) DIR/sandbox.db and brings its schema up to date; an empty dir
    // keeps everything in memory. Returns false with lastError() set on failure.
    bool open(const QString &dataDir);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }
    QString filePath() const { return m_filePath; }
    // The connection, for the tables later parts add.
    QSqlDatabase database() const;

    // Where created/modified timestamps come from (the sandbox clock).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    std::optional<StoredDocument> get(const QString &collection, const QString &id) const;
    bool contains(const QString &collection, const QString &id) const;
    // Inserts or replaces; keeps created and the insertion order of an existing document.
    bool put(const QString &collection, const QString &id, const QJsonObject &json,
             const QString &owner = {});
    bool remove(const QString &collection, const QString &id);
    qint64 count(const QString &collection) const;
    QList<StoredDocument> all(const QString &collection) const;
    Result<ListPage, QString> list(const ListQuery &query) const;

    // Runs work in one transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool()> &work);

private:
    bool exec(const QString &sql);
    bool migrate();
    bool fail(const QString &message) const;

    QString m_connection;
    QString m_filePath;
    mutable QString m_lastError;
    QList<Migration> m_migrations;
    std::function<QDateTime()> m_now;
};

} // namespace odag::sandbox
