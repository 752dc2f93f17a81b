#include "SandboxStore.h"

#include "Logging.h"

#include "core/Json.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace odag::sandbox {

namespace {

QAtomicInt g_connectionCounter;

SandboxStore::Migration baseSchema()
{
    SandboxStore::Migration m;
    m.version = SandboxStore::kBaseSchemaVersion;
    m.description = QStringLiteral("documents");
    m.statements = {
        QStringLiteral("CREATE TABLE documents ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " collection TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " json TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " created TEXT NOT NULL,"
                       " modified TEXT NOT NULL,"
                       " UNIQUE (collection, id))"),
        QStringLiteral("CREATE INDEX documents_by_collection ON documents (collection, seq)"),
        QStringLiteral("CREATE INDEX documents_by_owner ON documents (collection, owner)"),
    };
    return m;
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

bool validField(const QString &field)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return re.match(field).hasMatch();
}

// The SQL expression of a JSON field; field must have passed validField().
QString fieldExpr(const QString &field)
{
    return QStringLiteral("json_extract(json, '$.") + field + QStringLiteral("')");
}

QVariant toSqlValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0; // json_extract gives 1/0 for true/false
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QVariant();
    }
}

QJsonValue fromSqlValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

StoredDocument readDocument(const QSqlQuery &q)
{
    StoredDocument d;
    d.seq = q.value(0).toLongLong();
    d.collection = q.value(1).toString();
    d.id = q.value(2).toString();
    d.json = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    d.owner = q.value(4).toString();
    d.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    d.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return d;
}

const QString kColumns = QStringLiteral("seq, collection, id, json, owner, created, modified");

} // namespace

// ---------------------------------------------------------------- paging helpers

QString ListQuery::readPaging(const QUrlQuery &query, int maxLimit)
{
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int n = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || n < 1 || n > maxLimit)
            return QCoreApplication::translate("odag::sandbox::SandboxStore",
                                               "limit must be a whole number from 1 to %1")
                .arg(maxLimit);
        limit = n;
    }
    const QString next = query.queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded);
    const QString prev = query.queryItemValue(QStringLiteral("prev"), QUrl::FullyDecoded);
    if (!next.isEmpty() && !prev.isEmpty())
        return QCoreApplication::translate("odag::sandbox::SandboxStore",
                                           "next and prev cannot be used together");
    cursor = next.isEmpty() ? prev : next;
    return {};
}

void ListQuery::setSort(const QString &sort)
{
    descending = sort.startsWith(QLatin1Char('-'));
    sortField = (descending || sort.startsWith(QLatin1Char('+'))) ? sort.mid(1) : sort;
}

QJsonObject pageLinks(const QUrl &requestUrl, const ListPage &page)
{
    const auto hrefWith = [&requestUrl](const QString &name, const QString &cursor) {
        QUrl u = requestUrl;
        QUrlQuery q(u);
        q.removeAllQueryItems(QStringLiteral("next"));
        q.removeAllQueryItems(QStringLiteral("prev"));
        if (!cursor.isEmpty())
            q.addQueryItem(name, cursor);
        u.setQuery(q);
        return QJsonObject{{QStringLiteral("href"), u.toString(QUrl::FullyEncoded)}};
    };
    QJsonObject links{
        {QStringLiteral("self"),
         QJsonObject{{QStringLiteral("href"), requestUrl.toString(QUrl::FullyEncoded)}}}};
    if (!page.next.isEmpty())
        links.insert(QStringLiteral("next"), hrefWith(QStringLiteral("next"), page.next));
    if (!page.prev.isEmpty())
        links.insert(QStringLiteral("prev"), hrefWith(QStringLiteral("prev"), page.prev));
    return links;
}

// ---------------------------------------------------------------- lifecycle

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("odag-sandbox-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_migrations.append(baseSchema());
}

SandboxStore::~SandboxStore()
{
    close();
}

void SandboxStore::addMigrations(const QList<Migration> &migrations)
{
    m_migrations.append(migrations);
    std::stable_sort(m_migrations.begin(), m_migrations.end(),
                     [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

bool SandboxStore::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcSandbox).noquote() << "store:" << message;
    return false;
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SandboxStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool SandboxStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(q.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')'));
    return true;
}

bool SandboxStore::open(const QString &dataDir)
{
    close();
    if (dataDir.isEmpty()) {
        m_filePath = QStringLiteral(":memory:");
    } else {
        if (!QDir().mkpath(dataDir))
            return fail(QCoreApplication::translate("odag::sandbox::SandboxStore",
                                                    "cannot create the data directory %1")
                            .arg(dataDir));
        m_filePath = QDir(dataDir).absoluteFilePath(fileName());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_filePath);
    if (!db.open())
        return fail(QCoreApplication::translate("odag::sandbox::SandboxStore", "cannot open %1: %2")
                        .arg(m_filePath, db.lastError().text()));

    // WAL keeps readers off the writer's back; FULL syncs the log on every commit, so
    // a committed write survives a crash of the process and of the machine.
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
    for (const QString &p : pragmas) {
        if (!exec(p))
            return false;
    }
    return migrate();
}

void SandboxStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            // Folds the log back into the database so a cleanly stopped sandbox leaves
            // one file.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int SandboxStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SandboxStore::migrate()
{
    const int current = schemaVersion();
    const int newest = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    if (current > newest) {
        return fail(QCoreApplication::translate(
                        "odag::sandbox::SandboxStore",
                        "%1 has schema version %2, newer than this sandbox knows (%3)")
                        .arg(m_filePath)
                        .arg(current)
                        .arg(newest));
    }
    for (const Migration &m : std::as_const(m_migrations)) {
        if (m.version <= current)
            continue;
        const bool ok = transaction([this, &m]() {
            for (const QString &sql : m.statements) {
                if (!exec(sql))
                    return false;
            }
            if (m.apply) {
                QSqlDatabase db = database();
                const QString error = m.apply(db);
                if (!error.isEmpty())
                    return fail(error);
            }
            return exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version));
        });
        if (!ok) {
            return fail(QCoreApplication::translate("odag::sandbox::SandboxStore",
                                                    "migration %1 (%2) failed: %3")
                            .arg(m.version)
                            .arg(m.description, m_lastError));
        }
        qCDebug(lcSandbox) << "store: schema now at version" << m.version << m.description;
    }
    return true;
}

bool SandboxStore::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

// ---------------------------------------------------------------- documents

std::optional<StoredDocument> SandboxStore::get(const QString &collection, const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM documents WHERE collection = ? AND id = ?"));
    q.addBindValue(collection);
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readDocument(q);
}

bool SandboxStore::contains(const QString &collection, const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM documents WHERE collection = ? AND id = ?"));
    q.addBindValue(collection);
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool SandboxStore::put(const QString &collection, const QString &id, const QJsonObject &json,
                       const QString &owner)
{
    const QString now = isoUtc(m_now());
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO documents (collection, id, json, owner, created, modified)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (collection, id) DO UPDATE SET"
        " json = excluded.json, owner = excluded.owner, modified = excluded.modified"));
    q.addBindValue(collection);
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(json::toBytes(json)));
    // A null QString binds as SQL NULL; the column holds '' for "no owner".
    q.addBindValue(owner.isNull() ? QStringLiteral("") : owner);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

bool SandboxStore::remove(const QString &collection, const QString &id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM documents WHERE collection = ? AND id = ?"));
    q.addBindValue(collection);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() > 0;
}

qint64 SandboxStore::count(const QString &collection) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE collection = ?"));
    q.addBindValue(collection);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<StoredDocument> SandboxStore::all(const QString &collection) const
{
    QList<StoredDocument> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM documents WHERE collection = ? ORDER BY seq"));
    q.addBindValue(collection);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(readDocument(q));
    return out;
}

Result<ListPage, QString> SandboxStore::list(const ListQuery &query) const
{
    if (!query.sortField.isEmpty() && !validField(query.sortField))
        return QCoreApplication::translate("odag::sandbox::SandboxStore", "cannot sort by \"%1\"")
            .arg(query.sortField);
    for (const ListQuery::Filter &f : query.filters) {
        if (!validField(f.field))
            return QCoreApplication::translate("odag::sandbox::SandboxStore",
                                               "cannot filter by \"%1\"")
                .arg(f.field);
    }
    std::optional<StoreCursor> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = StoreCursor::decode(query.cursor);
        if (!cursor || cursor->collection != query.collection ||
            cursor->sortField != query.sortField || cursor->descending != query.descending) {
            return QCoreApplication::translate("odag::sandbox::SandboxStore",
                                               "the paging cursor is not valid for this list");
        }
    }

    // Keyset paging over (sort key, seq): stable while documents come and go.
    const QString key = query.sortField.isEmpty()
                            ? QStringLiteral("NULL")
                            : QStringLiteral("(COALESCE(") + fieldExpr(query.sortField) +
                                  QStringLiteral(", '') COLLATE NOCASE)");
    QString where = QStringLiteral("collection = ?");
    QVariantList binds{query.collection};
    if (!query.owner.isEmpty()) {
        where += QStringLiteral(" AND owner = ?");
        binds.append(query.owner);
    }
    for (const ListQuery::Filter &f : query.filters) {
        if (f.op == ListQuery::Filter::Op::Contains) {
            where += QStringLiteral(" AND instr(lower(CAST(") + fieldExpr(f.field) +
                     QStringLiteral(" AS TEXT)), lower(?)) > 0");
            binds.append(f.value.toVariant().toString());
        } else if (f.value.isNull() || f.value.isUndefined()) {
            where += QStringLiteral(" AND ") + fieldExpr(f.field) + QStringLiteral(" IS NULL");
        } else {
            where += QStringLiteral(" AND ") + fieldExpr(f.field) + QStringLiteral(" = ?");
            binds.append(toSqlValue(f.value));
        }
    }

    const auto run = [this](const QString &sql, const QVariantList &values, QSqlQuery &q) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError().text());
        return true;
    };

    ListPage page;
    {
        QSqlQuery q(database());
        if (!run(QStringLiteral("SELECT COUNT(*) FROM documents WHERE ") + where, binds, q))
            return m_lastError;
        if (q.next())
            page.total = q.value(0).toLongLong();
    }

    // "forward" is the listing's own order; a prev cursor reads backwards from its boundary.
    const bool backwards = cursor && cursor->direction == StoreCursor::Direction::Prev;
    const bool bySeq = query.sortField.isEmpty();
    const auto order = [&](bool reverse) -> QString {
        const bool desc = query.descending != reverse;
        const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        if (bySeq)
            return QStringLiteral(" ORDER BY seq") + dir;
        return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", seq") + dir;
    };
    const auto after = [&](bool reverse) -> QString {
        const bool desc = query.descending != reverse;
        const QString op = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
        if (bySeq)
            return QStringLiteral(" AND seq") + op + QStringLiteral("?");
        return QStringLiteral(" AND (") + key + QStringLiteral(", seq)") + op +
               QStringLiteral("(?, ?)");
    };
    // The values after() binds for a boundary.
    const auto boundaryValues = [&](const QJsonValue &k, qint64 seq) {
        return bySeq ? QVariantList{seq} : QVariantList{toSqlValue(k), seq};
    };

    {
        QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + key +
                      QStringLiteral(" FROM documents WHERE ") + where;
        QVariantList values = binds;
        if (cursor) {
            sql += after(backwards);
            values << boundaryValues(cursor->key, cursor->seq);
        }
        sql += order(backwards) + QStringLiteral(" LIMIT ?");
        values << query.limit;
        QSqlQuery q(database());
        if (!run(sql, values, q))
            return m_lastError;
        QList<QJsonValue> keys;
        while (q.next()) {
            page.items.append(readDocument(q));
            keys.append(fromSqlValue(q.value(7)));
        }
        if (backwards) {
            std::reverse(page.items.begin(), page.items.end());
            std::reverse(keys.begin(), keys.end());
        }
        if (page.items.isEmpty())
            return page;

        const auto boundary = [&](qsizetype i, StoreCursor::Direction d) {
            StoreCursor c;
            c.collection = query.collection;
            c.sortField = query.sortField;
            c.descending = query.descending;
            c.direction = d;
            c.key = query.sortField.isEmpty() ? QJsonValue(QJsonValue::Null) : keys.at(i);
            c.seq = page.items.at(i).seq;
            return c;
        };
        const auto exists = [&](const StoreCursor &c, bool reverse) {
            QSqlQuery e(database());
            QVariantList v = binds;
            v << boundaryValues(c.key, c.seq);
            if (!run(QStringLiteral("SELECT 1 FROM documents WHERE ") + where + after(reverse) +
                         QStringLiteral(" LIMIT 1"),
                     v, e)) {
                return false;
            }
            return e.next();
        };
        const StoreCursor last = boundary(page.items.size() - 1, StoreCursor::Direction::Next);
        const StoreCursor first = boundary(0, StoreCursor::Direction::Prev);
        if (exists(last, false))
            page.next = last.encode();
        if (exists(first, true))
            page.prev = first.encode();
    }
    return page;
}

} // namespace odag::sandbox
