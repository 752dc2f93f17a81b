#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace odag::gui {

// Where secrets (API keys, refresh tokens, certificate passwords) live: the OS keychain
// through qtkeychain in the app, memory in tests. Asynchronous, as keychains are. A store
// that cannot persist (no keychain on this machine) keeps secrets for the session only and
// says so through isPersistent()/persistenceChanged(); it never falls back to disk.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    using ReadCallback = std::function<void(std::optional<QByteArray> value, QString error)>;
    using DoneCallback = std::function<void(QString error)>; // empty on success

    // `done` runs once on the thread of `context` unless `context` is gone. A missing
    // secret is std::nullopt with an empty error.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    // False when secrets will be forgotten when the app exits.
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    void persistenceChanged(bool persistent);
};

} // namespace odag::gui
