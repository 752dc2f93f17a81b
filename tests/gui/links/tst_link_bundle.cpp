// Link bundles end to end: export two demo links from one sandbox tenant to a file,
// start a second, empty tenant, create apps there with the same names (new IDs), import
// the bundle through the workspace: the apps are matched by name, the dry run shows the
// plan without writing, and the import creates the links with the NEW app IDs, checked
// on the server. A bad file gives a clear error.

#include "LinkTestSupport.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "api/AppsApi.h"
#include "api/OdagLinksApi.h"
#include "gui/links/BundleImportDialog.h"
#include "gui/links/LinkBundle.h"
#include "gui/links/LinksModel.h"
#include "gui/links/LinksWorkspace.h"
#include "gui/widgets/Dialogs.h"
#include "sandbox/odag/DemoLinkIds.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace odag;
using gui::LinksWorkspace;

namespace {
QString id(const char *s)
{
    return QString::fromLatin1(s);
}

QList<LinkStateFull> serverLinks(gui::TenantSession &session, const api::LinkListQuery &q = {})
{
    auto r = test::await<QList<LinkStateFull>>([&](QObject *ctx, api::Callback<QList<LinkStateFull>> done) {
        api::OdagLinksApi(session.transport()).listLinks(q, ctx, std::move(done));
    });
    return r && r->ok() ? r->value() : QList<LinkStateFull>{};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestLinkBundle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::dialogs::setSuppressMessages(true);
        QVERIFY(m_dir.isValid());
    }

    void exportThenImportIntoAnotherTenant()
    {
        const QString path = m_dir.filePath(QStringLiteral("bundle.json"));
        const QStringList exported{id(sandbox::demo::kLinkSalesDetails), id(sandbox::demo::kLinkFlightsCarrier)};

        // --- Export from the demo tenant.
        {
            test::SandboxSession source(test::SandboxSession::demoOptions());
            QVERIFY2(source.ok(), qPrintable(source.errorString()));
            auto session = source.cloud();
            LinksWorkspace w(session.get());
            auto *table = w.findChild<QTableView *>(QStringLiteral("linksTable"));
            QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester t2(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
            w.selectLink(exported.at(0));
            const QModelIndex src = w.model()->index(w.model()->rowOf(exported.at(1)), 0);
            const QModelIndex second = static_cast<QSortFilterProxyModel *>(table->model())->mapFromSource(src);
            table->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            QCOMPARE(w.selectedLinks().size(), 2);

            gui::dialogs::setNextFileName(path);
            QTest::mouseClick(test::toolButton(&w, QStringLiteral("linksExport")), Qt::LeftButton);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("odag-admin-link-bundle"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(!root.value(QStringLiteral("exportedAt")).toString().isEmpty());
        QCOMPARE(root.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("cloud"));
        const QJsonArray links = root.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 2);
        for (const QJsonValue &l : links) {
            QVERIFY(exported.contains(l.toObject().value(QStringLiteral("id")).toString()));
            QVERIFY(l.toObject().contains(QStringLiteral("properties")));
            QVERIFY(!l.toObject().value(QStringLiteral("selectionApp")).toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
        const QJsonArray apps = root.value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 4); // two pairs of selection and template apps

        // --- A fresh tenant with no demo data: the same app names, new IDs.
        sandbox::SandboxOptions options;
        options.demo = false;
        test::SandboxSession target(options);
        QVERIFY2(target.ok(), qPrintable(target.errorString()));
        auto session = target.cloud();
        QHash<QString, QString> newIdByOldId;
        for (const QJsonValue &v : apps) {
            const QJsonObject a = v.toObject();
            auto created = test::await<AppInfo>([&](QObject *ctx, api::Callback<AppInfo> done) {
                api::AppsApi(session->transport())
                    .createApp(CreateApp::make(a.value(QStringLiteral("name")).toString()), ctx, std::move(done));
            });
            QVERIFY(created && created->ok());
            QVERIFY(created->value().id != a.value(QStringLiteral("id")).toString());
            newIdByOldId.insert(a.value(QStringLiteral("id")).toString(), created->value().id);
        }
        // A decoy that must not be picked.
        auto decoy = test::await<AppInfo>([&](QObject *ctx, api::Callback<AppInfo> done) {
            api::AppsApi(session->transport()).createApp(CreateApp::make(QStringLiteral("Another app")), ctx, std::move(done));
        });
        QVERIFY(decoy && decoy->ok());

        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        QCOMPARE(w.model()->rowCount(), 0);

        gui::dialogs::setNextFileName(path);
        QTest::mouseClick(test::toolButton(&w, QStringLiteral("linksImport")), Qt::LeftButton);
        auto *dialog = w.findChild<gui::BundleImportDialog *>(QStringLiteral("bundleImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);

        // Step 1: every app matched by name to its new ID.
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("bundleNext"));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        const QHash<QString, QString> remap = dialog->remap();
        QCOMPARE(remap, newIdByOldId);
        auto *combo0 = dialog->findChild<QComboBox *>(QStringLiteral("bundleAppCombo0"));
        QCOMPARE(combo0->currentData().toString(), newIdByOldId.value(apps.at(0).toObject().value(QStringLiteral("id")).toString()));

        // Step 2: the dry run lists the creates and writes nothing.
        QTest::mouseClick(next, Qt::LeftButton);
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("bundlePreviewTable"));
        QTRY_VERIFY(preview->isVisible());
        QCOMPARE(preview->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(preview->item(r, 1)->text(), QStringLiteral("Create"));
            QVERIFY(!preview->item(r, 4)->text().isEmpty());
        }
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("bundlePreviewSummary"))->text(),
                 QStringLiteral("2 of 2 link(s) would be created."));
        QVERIFY(serverLinks(*session).isEmpty());

        // Step 3: import.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bundleImport")), Qt::LeftButton);
        auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("bundleResultTable"));
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("bundleClose"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), 10000);
        for (int r = 0; r < 2; ++r) {
            QVERIFY2(results->item(r, 1)->text().startsWith(QStringLiteral("Created")), qPrintable(results->item(r, 1)->text()));
            QVERIFY(!results->item(r, 2)->text().isEmpty());
        }

        // On the server: two links, on the NEW app IDs.
        const QList<LinkStateFull> created = serverLinks(*session);
        QCOMPARE(created.size(), 2);
        const QStringList newIds = newIdByOldId.values();
        for (const LinkStateFull &l : created) {
            QVERIFY(newIds.contains(l.templateApp.id));
            QVERIFY(!exported.contains(l.id));
        }
        int mapped = 0;
        for (const QJsonValue &v : apps) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("role")).toString() != QStringLiteral("selection"))
                continue;
            api::LinkListQuery q;
            q.selectionAppId = newIdByOldId.value(a.value(QStringLiteral("id")).toString());
            mapped += int(serverLinks(*session, q).size());
        }
        QCOMPARE(mapped, 2);
        const auto names = [&] {
            QStringList n;
            for (const LinkStateFull &l : created)
                n << l.name;
            n.sort();
            return n;
        }();
        QCOMPARE(names, (QStringList{QStringLiteral("Flights by carrier"), QStringLiteral("Sales by region – order details")}));
        // The workspace lists them after the import.
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 2, 10000);
        QTest::mouseClick(close, Qt::LeftButton);
    }

    void badFilesGiveClearErrors()
    {
        // Parsing, without a tenant.
        auto notJson = gui::LinkBundle::read(QByteArrayLiteral("{ not json"));
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().contains(QStringLiteral("not valid JSON")));
        auto wrongFormat = gui::LinkBundle::read(QByteArrayLiteral(R"({"format":"something-else","version":1})"));
        QVERIFY(!wrongFormat.ok());
        QVERIFY(wrongFormat.error().contains(QStringLiteral("not an ODAG Admin link bundle")));
        auto newer = gui::LinkBundle::read(QByteArrayLiteral(R"({"format":"odag-admin-link-bundle","version":7})"));
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().contains(QStringLiteral("newer")));
        auto empty = gui::LinkBundle::read(
            QByteArrayLiteral(R"({"format":"odag-admin-link-bundle","version":1,"source":{"kind":"cloud"},"links":[]})"));
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().contains(QStringLiteral("no links")));
        auto badLink = gui::LinkBundle::read(QByteArrayLiteral(
            R"({"format":"odag-admin-link-bundle","version":1,"source":{"kind":"cloud"},"links":[{"id":"x","name":5}]})"));
        QVERIFY(!badLink.ok());
        QVERIFY2(badLink.error().contains(QStringLiteral("Link 1")), qPrintable(badLink.error()));

        // Through the workspace: a message, no dialog, nothing written.
        sandbox::SandboxOptions options;
        options.demo = false;
        test::SandboxSession target(options);
        QVERIFY2(target.ok(), qPrintable(target.errorString()));
        auto session = target.cloud();
        LinksWorkspace w(session.get());
        QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hasLoaded(), 10000);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, QByteArrayLiteral("this is not a bundle")));
        gui::dialogs::setNextFileName(path);
        QTest::mouseClick(test::toolButton(&w, QStringLiteral("linksImport")), Qt::LeftButton);
        QVERIFY2(gui::dialogs::lastMessage().contains(QStringLiteral("cannot be imported")), qPrintable(gui::dialogs::lastMessage()));
        QVERIFY(gui::dialogs::lastMessage().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(w.findChild<gui::BundleImportDialog *>(), nullptr);
    }
};

ODAG_TEST_MAIN(TestLinkBundle)
#include "tst_link_bundle.moc"
