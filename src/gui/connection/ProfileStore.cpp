#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace odag::gui {

namespace {
const QString kGroup = QStringLiteral("connectionProfiles");
const QString kLastKey = QStringLiteral("profiles/last");

QString kindName(Profile::Kind k)
{
    return k == Profile::Kind::SenseEnterprise ? QStringLiteral("senseEnterprise") : QStringLiteral("cloud");
}

const char *const kAuthNames[] = {"apiKey", "oauth", "headerUser", "clientCertificate", "windows"};

QString authName(Profile::Auth a)
{
    return QString::fromLatin1(kAuthNames[int(a)]);
}

Profile::Auth authFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kAuthNames)); ++i) {
        if (name == QLatin1StringView(kAuthNames[i]))
            return Profile::Auth(i);
    }
    return Profile::Auth::ApiKey;
}

Profile readProfile(QSettings &s, const QString &id)
{
    Profile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.kind = s.value(QStringLiteral("kind")).toString() == QLatin1StringView("senseEnterprise")
        ? Profile::Kind::SenseEnterprise
        : Profile::Kind::Cloud;
    p.url = QUrl(s.value(QStringLiteral("url")).toString());
    p.auth = authFromName(s.value(QStringLiteral("auth")).toString());
    p.oauthClientId = s.value(QStringLiteral("oauthClientId")).toString();
    p.oauthRedirectPort = quint16(s.value(QStringLiteral("oauthRedirectPort"), 0).toUInt());
    p.headerName = s.value(QStringLiteral("headerName"), QByteArray("X-Qlik-User")).toByteArray();
    p.userDirectory = s.value(QStringLiteral("userDirectory")).toString();
    p.userId = s.value(QStringLiteral("userId")).toString();
    p.certificatePath = s.value(QStringLiteral("certificatePath")).toString();
    p.keyPath = s.value(QStringLiteral("keyPath")).toString();
    p.windowsUser = s.value(QStringLiteral("windowsUser")).toString();
    // Pins are public digests, not secrets: hex in the settings file.
    const QStringList pins = s.value(QStringLiteral("pinnedCertificates")).toStringList();
    for (const QString &pin : pins)
        p.pinnedCertificates << QByteArray::fromHex(pin.toLatin1());
    return p;
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings s;
    s.beginGroup(kGroup);
    QList<Profile> out;
    for (const QString &id : s.childGroups()) {
        s.beginGroup(id);
        out << readProfile(s, id);
        s.endGroup();
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    QSettings s;
    s.beginGroup(kGroup);
    if (id.isEmpty() || !s.childGroups().contains(id))
        return std::nullopt;
    s.beginGroup(id);
    return readProfile(s, id);
}

QString ProfileStore::save(Profile p)
{
    Q_ASSERT(!p.builtIn);
    if (p.id.isEmpty())
        p.id = newId();
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(p.id); // fields of another auth kind must not linger
    s.beginGroup(p.id);
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("kind"), kindName(p.kind));
    s.setValue(QStringLiteral("url"), p.url.toString());
    s.setValue(QStringLiteral("auth"), authName(p.auth));
    switch (p.auth) {
    case Profile::Auth::ApiKey:
        break;
    case Profile::Auth::OAuth:
        s.setValue(QStringLiteral("oauthClientId"), p.oauthClientId);
        s.setValue(QStringLiteral("oauthRedirectPort"), uint(p.oauthRedirectPort));
        break;
    case Profile::Auth::HeaderUser:
        s.setValue(QStringLiteral("headerName"), p.headerName);
        s.setValue(QStringLiteral("userDirectory"), p.userDirectory);
        s.setValue(QStringLiteral("userId"), p.userId);
        break;
    case Profile::Auth::ClientCertificate:
        s.setValue(QStringLiteral("certificatePath"), p.certificatePath);
        s.setValue(QStringLiteral("keyPath"), p.keyPath);
        break;
    case Profile::Auth::Windows:
        s.setValue(QStringLiteral("windowsUser"), p.windowsUser);
        break;
    }
    QStringList pins;
    for (const QByteArray &pin : std::as_const(p.pinnedCertificates))
        pins << QString::fromLatin1(pin.toHex());
    if (!pins.isEmpty())
        s.setValue(QStringLiteral("pinnedCertificates"), pins);
    s.endGroup();
    s.endGroup();
    s.sync();
    Q_EMIT changed();
    return p.id;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(id);
    s.endGroup();
    if (s.value(kLastKey).toString() == id)
        s.remove(kLastKey);
    s.sync();
    Q_EMIT changed();
}

QString ProfileStore::lastOpened() const
{
    return QSettings().value(kLastKey).toString();
}

void ProfileStore::setLastOpened(const QString &id)
{
    QSettings().setValue(kLastKey, id);
}

QString ProfileStore::uniqueName(const QString &base, const QStringList &reserved) const
{
    QStringList used = reserved;
    for (const Profile &p : profiles())
        used << p.name;
    auto taken = [&used](const QString &name) {
        return std::any_of(used.cbegin(), used.cend(), [&name](const QString &u) {
            return u.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace odag::gui
