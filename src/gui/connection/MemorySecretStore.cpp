#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace odag::gui {

MemorySecretStore::MemorySecretStore(bool persistent, QObject *parent)
    : SecretStore(parent)
    , m_persistent(persistent)
{
}

std::optional<QByteArray> MemorySecretStore::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    // The value is taken now: a write that follows the read must not change its answer.
    QTimer::singleShot(0, context, [v = value(key), done = std::move(done)] { done(v, QString()); });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, context, [done = std::move(done)] {
        if (done)
            done(QString());
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    m_values.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] {
        if (done)
            done(QString());
    });
}

} // namespace odag::gui
