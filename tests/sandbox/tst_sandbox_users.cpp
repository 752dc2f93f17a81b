// GET /api/v1/users/me through the project's UsersApi against the sandbox: each demo
// user is answered as themselves, with roles and groups; no key, no answer.

#include "CallCatcher.h"
#include "TestMain.h"
#include "api/Authenticator.h"
#include "api/UsersApi.h"
#include "sandbox/SandboxDemoUsers.h"
#include "sandbox/SandboxServer.h"

using namespace odag;

class TestSandboxUsers : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<sandbox::SandboxServer> m_server;

    api::ApiResult<User> me(const QByteArray &key)
    {
        api::Transport transport(m_server->baseUrl());
        transport.setAuthenticator(std::make_shared<api::ApiKeyAuth>(key));
        CallCatcher<api::ApiResult<User>> catcher;
        api::UsersApi(transport).me(this, catcher.callback());
        if (!catcher.wait(10000))
            qFatal("no answer");
        return catcher.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void adminIsAnsweredAsThemselves()
    {
        const auto r = me(sandbox::demo::kAdminKey);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r.value().id, QString::fromLatin1(sandbox::demo::kAdminId));
        QCOMPARE(r.value().name, QStringLiteral("Maria Keller"));
        QVERIFY(r.value().roleNames().contains(QStringLiteral("TenantAdmin")));
        QVERIFY(!r.value().tenantId.isEmpty());
    }

    void analystHasTheirGroups()
    {
        const auto r = me(sandbox::demo::kAnalystKey);
        ODAG_VERIFY_OK(r);
        QCOMPARE(r.value().id, QString::fromLatin1(sandbox::demo::kAnalystId));
        QVERIFY(r.value().groupNames().contains(QStringLiteral("Sales")));
        QVERIFY(!r.value().roleNames().contains(QStringLiteral("TenantAdmin")));
    }

    void badKeyIsRefused()
    {
        const auto r = me("not-a-key");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
    }
};

ODAG_TEST_MAIN(TestSandboxUsers)
#include "tst_sandbox_users.moc"
