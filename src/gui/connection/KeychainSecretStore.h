#pragma once

#include "SecretStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace odag::gui {

class MemorySecretStore;

// Secrets in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through qtkeychain, service "ODAG Admin". When the machine has no keychain (no backend,
// no secret service on D-Bus) it switches, once, to keeping secrets in memory for this
// session and emits persistenceChanged(false); it never writes a secret to a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    bool isPersistent() const override { return !m_fallback; }

    // Asks the keychain once (a read of a key that is never written) so that a machine
    // without one is known at start-up, not at the first secret. `done` runs after that.
    void probe(QObject *context, std::function<void()> done = {});

    static QString serviceName();

private:
    // True when a qtkeychain error means "there is no keychain here" rather than "this
    // entry failed"; then the store falls back to memory.
    static bool meansNoKeychain(int error);
    void fallBack(const QString &why);
    // Starts `job` for `key`: with no keychain here it falls back and runs `inMemory`,
    // otherwise `answered` reads the job's outcome.
    void run(QKeychain::Job *job, const QString &key, std::function<void()> inMemory,
             std::function<void(QKeychain::Job *)> answered);

    MemorySecretStore *m_memory;
    bool m_fallback = false;
};

} // namespace odag::gui
