#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

namespace odag::gui {

// The saved connection profiles, one settings group per profile id, and which profile
// was opened last. Holds no secret: those live in the SecretStore (Profile::secretKey).
// Built-in profiles are never stored.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject *parent = nullptr);

    // The stored profiles, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Adds or replaces (by id; a profile without id gets a new one). Returns the id.
    QString save(Profile profile);
    void remove(const QString &id);

    // The id (or, from older versions, the name) of the profile opened last; empty when
    // none was ever opened.
    QString lastOpened() const;
    void setLastOpened(const QString &id);

    // A name not used by any stored profile nor by `reserved` (the built-in names):
    // `base`, else "base (2)", "base (3)"...
    QString uniqueName(const QString &base, const QStringList &reserved = {}) const;

    static QString newId();

Q_SIGNALS:
    void changed();
};

} // namespace odag::gui
