#pragma once

// Reads the ODAG fixtures in tests/data/odag (examples taken from seeds 000, 001 and 002)
// and edits JSON documents by path, for the ODAG codec and client tests.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace odagtest {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(ODAG_TEST_DATA_DIR "/odag/") + name;
}

inline QByteArray fixtureBytes(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(name));
        return {};
    }
    return f.readAll();
}

inline QJsonValue fixture(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fixtureBytes(name));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

inline QJsonDocument asDocument(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
}

// Splits `a.b[1].c` into {"a", "b", "[1]", "c"}.
inline QStringList splitPath(const QString &path)
{
    QStringList out;
    static const QRegularExpression segment(QStringLiteral(R"(\[(\d+)\]|([^.\[]+))"));
    auto it = segment.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        out.push_back(m.captured(1).isEmpty()
                          ? m.captured(2)
                          : QStringLiteral("[") + m.captured(1) + QStringLiteral("]"));
    }
    return out;
}

// Sets (or, with an undefined value, removes) the value at `path`. An index equal to an
// array's size appends.
inline QJsonValue setAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (head.startsWith(QLatin1Char('['))) {
        QJsonArray arr = root.toArray();
        const int index = head.mid(1, head.size() - 2).toInt();
        if (path.isEmpty() && value.isUndefined()) {
            arr.removeAt(index);
            return arr;
        }
        const QJsonValue child = index < arr.size() ? arr.at(index) : QJsonValue(QJsonObject{});
        const QJsonValue updated = setAt(child, path, value);
        if (index < arr.size())
            arr.replace(index, updated);
        else
            arr.append(updated);
        return arr;
    }
    QJsonObject obj = root.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        obj.remove(head);
        return obj;
    }
    obj.insert(head, setAt(obj.value(head), path, value));
    return obj;
}

inline QJsonValue setAt(const QJsonValue &root, const QString &path, const QJsonValue &value)
{
    return setAt(root, splitPath(path), value);
}

inline QJsonValue parseValue(const QByteArray &json)
{
    // Wrapped so that scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    return doc.array().at(0);
}

} // namespace odagtest
