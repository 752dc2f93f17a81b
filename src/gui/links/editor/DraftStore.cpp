#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace odag::gui {

namespace {
// Host names may carry a port; keep the file name portable.
QString safeName(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'.' && c != u'_')
            c = u'_';
    }
    return text.isEmpty() ? QStringLiteral("tenant") : text;
}
} // namespace

DraftStore::DraftStore(const QString &tenantHost)
    : m_dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts/")
            + safeName(tenantHost))
{
}

QString DraftStore::pathFor(const QString &key) const
{
    return m_dir + u'/' + safeName(key) + QStringLiteral(".json");
}

bool DraftStore::save(const QString &key, const QJsonObject &draft) const
{
    if (!QDir().mkpath(m_dir))
        return false;
    // QSaveFile: a crash while writing leaves the previous draft, never half a file.
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(draft).toJson(QJsonDocument::Indented));
    return file.commit();
}

std::optional<QJsonObject> DraftStore::load(const QString &key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

void DraftStore::remove(const QString &key) const
{
    QFile::remove(pathFor(key));
}

QStringList DraftStore::newLinkKeys() const
{
    QStringList keys;
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("new-*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files)
        keys.push_back(f.completeBaseName());
    return keys;
}

QString DraftStore::newKey()
{
    return QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace odag::gui
