#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace odag::gui {

// Keeps unsaved link edits on disk (one JSON file per link under
// AppDataLocation/drafts/<tenant-host>/<key>.json) so they survive a crash or a failed save.
class DraftStore
{
public:
    explicit DraftStore(const QString &tenantHost);

    QString directory() const { return m_dir; }
    QString pathFor(const QString &key) const;

    bool save(const QString &key, const QJsonObject &draft) const;
    std::optional<QJsonObject> load(const QString &key) const;
    void remove(const QString &key) const;
    // Keys of the drafts of links not created yet ("new-<uuid>"), newest first.
    QStringList newLinkKeys() const;
    static QString newKey();

private:
    QString m_dir;
};

} // namespace odag::gui
