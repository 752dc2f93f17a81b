#include "AppPackage.h"

#include "AppsCommon.h"
#include "SandboxApps.h"

#include "core/Json.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace odag::sandbox {

namespace {

const QByteArray kMagic("QVFSBX\x00\x01", 8);
const QString kFormat = QStringLiteral("odag-sandbox-app");
constexpr int kVersion = 1;

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::AppPackage)
};

} // namespace

std::optional<QByteArray> packApp(SandboxServer &server, const QString &appId, bool noData)
{
    SandboxApps apps(server);
    const auto app = apps.get(appId);
    if (!app)
        return std::nullopt;
    QList<QJsonObject> versions = apps.scriptVersions(appId);
    std::reverse(versions.begin(), versions.end());
    QJsonArray scripts;
    for (const QJsonObject &v : std::as_const(versions))
        scripts.append(
            QJsonObject{{QStringLiteral("script"), v.value(QStringLiteral("script"))},
                        {QStringLiteral("versionMessage"),
                         v.value(QStringLiteral("versionMessage")).toString()},
                        {QStringLiteral("createdDate"), v.value(QStringLiteral("createdDate"))},
                        {QStringLiteral("createdBy"), v.value(QStringLiteral("createdBy"))}});
    QJsonValue data(QJsonValue::Null);
    const auto stored = server.store().get(apps::collection(apps::kAppData), appId);
    if (!noData && stored)
        data = QJsonObject{
            {QStringLiteral("script"), stored->json.value(QStringLiteral("script"))},
            {QStringLiteral("reloadedAt"), stored->json.value(QStringLiteral("reloadedAt"))}};
    QJsonArray media;
    const QList<StoredDocument> files = server.store().all(apps::collection(apps::kAppMedia));
    for (const StoredDocument &d : files) {
        if (d.json.value(QStringLiteral("appId")).toString() != appId)
            continue;
        media.append(QJsonObject{
            {QStringLiteral("path"), d.json.value(QStringLiteral("path"))},
            {QStringLiteral("contentType"), d.json.value(QStringLiteral("contentType"))},
            {QStringLiteral("data"), d.json.value(QStringLiteral("data"))}});
    }
    QJsonObject attributes = *app;
    if (noData)
        attributes.insert(QStringLiteral("lastReloadTime"), QString());
    const QJsonObject payload{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("app"), attributes}, {QStringLiteral("scripts"), scripts},
        {QStringLiteral("data"), data},      {QStringLiteral("media"), media}};
    const QByteArray compressed = qCompress(json::toBytes(payload), 9);
    QByteArray out = kMagic;
    char length[4];
    qToBigEndian(quint32(compressed.size()), length);
    out.append(length, 4);
    out.append(compressed);
    out.append(QCryptographicHash::hash(compressed, QCryptographicHash::Sha256));
    return out;
}

Result<AppPackage, QString> unpackApp(const QByteArray &bytes)
{
    if (bytes.size() < kMagic.size() + 4 + 32 || !bytes.startsWith(kMagic))
        return Tr::tr("the file is not a Qlik Sense app (QVF)");
    const quint32 length = qFromBigEndian<quint32>(bytes.constData() + kMagic.size());
    const qsizetype start = kMagic.size() + 4;
    if (qint64(length) != qint64(bytes.size()) - start - 32)
        return Tr::tr("the app file is truncated or has trailing bytes");
    const QByteArray compressed = bytes.mid(start, length);
    if (QCryptographicHash::hash(compressed, QCryptographicHash::Sha256) != bytes.right(32))
        return Tr::tr("the app file is damaged (its checksum does not match)");
    const QByteArray raw = qUncompress(compressed);
    const auto parsed = json::parse(raw);
    if (raw.isEmpty() || !parsed || !parsed->isObject())
        return Tr::tr("the app file is damaged (its contents cannot be read)");
    const QJsonObject payload = parsed->toObject();
    if (payload.value(QStringLiteral("format")).toString() != kFormat ||
        payload.value(QStringLiteral("version")).toInt() != kVersion)
        return Tr::tr("the app file was written in a format this sandbox does not read");
    AppPackage p;
    p.app = payload.value(QStringLiteral("app")).toObject();
    if (p.app.value(QStringLiteral("name")).toString().isEmpty())
        return Tr::tr("the app file holds no app name");
    for (const QJsonValue &v : payload.value(QStringLiteral("scripts")).toArray()) {
        const QJsonObject s = v.toObject();
        p.scripts.append({s.value(QStringLiteral("script")).toString(),
                          s.value(QStringLiteral("versionMessage")).toString()});
    }
    const QJsonObject data = payload.value(QStringLiteral("data")).toObject();
    if (!data.isEmpty()) {
        p.dataScript = data.value(QStringLiteral("script")).toString();
        p.reloadedAt = QDateTime::fromString(data.value(QStringLiteral("reloadedAt")).toString(),
                                             Qt::ISODateWithMs);
    }
    for (const QJsonValue &v : payload.value(QStringLiteral("media")).toArray()) {
        const QJsonObject m = v.toObject();
        p.media.append(
            {m.value(QStringLiteral("path")).toString(),
             m.value(QStringLiteral("contentType")).toString().toLatin1(),
             QByteArray::fromBase64(m.value(QStringLiteral("data")).toString().toLatin1())});
    }
    return p;
}

} // namespace odag::sandbox
