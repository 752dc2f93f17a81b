#include "KeychainSecretStore.h"

#include "MemorySecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>

namespace odag::gui {

namespace {
Q_LOGGING_CATEGORY(lcSecrets, "odag.secrets")
const QString kProbeKey = QStringLiteral("odag-admin/probe");
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_memory(new MemorySecretStore(false, this))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("ODAG Admin");
}

bool KeychainSecretStore::meansNoKeychain(int error)
{
    // OtherError is what the Secret Service backend answers when D-Bus has no secret
    // service (or no session bus at all); NotImplemented on platforms without a backend.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

void KeychainSecretStore::fallBack(const QString &why)
{
    if (m_fallback)
        return;
    m_fallback = true;
    // The reason names the backend's failure, never a key or a value.
    qCInfo(lcSecrets) << "no usable keychain, secrets are kept for this session only:" << why;
    Q_EMIT persistenceChanged(false);
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &key, std::function<void()> inMemory,
                              std::function<void(QKeychain::Job *)> answered)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, inMemory = std::move(inMemory), answered = std::move(answered)](QKeychain::Job *j) {
                if (meansNoKeychain(j->error())) {
                    fallBack(j->errorString());
                    inMemory(); // the secret goes to (or comes from) the session store
                    return;
                }
                answered(j);
            });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (m_fallback) {
        m_memory->read(key, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    run(new QKeychain::ReadPasswordJob(serviceName(), this), key,
        [this, key, guard, done] {
            if (guard)
                m_memory->read(key, guard, done);
        },
        [guard, done](QKeychain::Job *j) {
            if (!guard)
                return;
            if (j->error() == QKeychain::EntryNotFound)
                done(std::nullopt, QString());
            else if (j->error() != QKeychain::NoError)
                done(std::nullopt, tr("The keychain refused to read a secret: %1").arg(j->errorString()));
            else
                done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), QString());
        });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context, DoneCallback done)
{
    if (m_fallback) {
        m_memory->write(key, value, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setBinaryData(value);
    QPointer<QObject> guard(context);
    run(job, key,
        [this, key, value, guard, done] {
            if (guard)
                m_memory->write(key, value, guard, done);
        },
        [guard, done](QKeychain::Job *j) {
            if (!guard || !done)
                return;
            done(j->error() == QKeychain::NoError
                     ? QString()
                     : tr("The keychain refused to store a secret: %1").arg(j->errorString()));
        });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    // A secret kept in memory before a fallback is gone too.
    m_memory->removeValue(key);
    if (m_fallback) {
        m_memory->remove(key, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    run(new QKeychain::DeletePasswordJob(serviceName(), this), key,
        [this, key, guard, done] {
            if (guard)
                m_memory->remove(key, guard, done);
        },
        [guard, done](QKeychain::Job *j) {
            if (!guard || !done)
                return;
            const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            done(ok ? QString() : tr("The keychain refused to delete a secret: %1").arg(j->errorString()));
        });
}

void KeychainSecretStore::probe(QObject *context, std::function<void()> done)
{
    read(kProbeKey, context, [done = std::move(done)](const std::optional<QByteArray> &, const QString &) {
        if (done)
            done();
    });
}

} // namespace odag::gui
