#pragma once

#include "SecretStore.h"

#include <QHash>

namespace odag::gui {

// Secrets kept in memory only: the store of the tests, and where the keychain store keeps
// secrets when this machine has no keychain. Answers on the next event-loop turn, as a
// keychain would, so callers never depend on a synchronous answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    // `persistent` is what isPersistent() reports: tests use true to stand for a keychain.
    explicit MemorySecretStore(bool persistent = true, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return m_persistent; }

    // Synchronous views for the keychain store's fallback and for tests.
    std::optional<QByteArray> value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value) { m_values.insert(key, value); }
    void removeValue(const QString &key) { m_values.remove(key); }
    QStringList keys() const { return m_values.keys(); }

private:
    QHash<QString, QByteArray> m_values;
    bool m_persistent;
};

} // namespace odag::gui
