#pragma once

// The sandbox's app file, what export writes and import reads: a binary blob in the
// spirit of a QVF. Layout:
//   8 bytes  magic "QVFSBX\x00\x01"
//   4 bytes  big-endian length N of the compressed payload
//   N bytes  zlib-compressed (qCompress) UTF-8 JSON payload
//   32 bytes SHA-256 of the compressed payload
// The payload: {format, version, app (the attributes), scripts [{script,
// versionMessage, createdDate, createdBy}] oldest first, data {script, reloadedAt} or
// null, media [{path, contentType, data (base64)}]}. Anything else is refused.

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace odag::sandbox {

class SandboxServer;

struct AppPackage
{
    struct Script
    {
        QString script;
        QString versionMessage;
    };
    struct Media
    {
        QString path;
        QByteArray contentType;
        QByteArray bytes;
    };

    QJsonObject app; // the attributes as stored
    QList<Script> scripts;
    std::optional<QString> dataScript; // the script of the data it carries
    QDateTime reloadedAt;
    QList<Media> media;
};

// The app file of an app (nullopt when there is no such app).
std::optional<QByteArray> packApp(SandboxServer &server, const QString &appId, bool noData);
// Reads an app file; the error says, for a person, what is wrong with it.
Result<AppPackage, QString> unpackApp(const QByteArray &bytes);

} // namespace odag::sandbox
