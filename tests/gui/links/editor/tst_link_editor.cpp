// The link editor against a real sandbox tenant over HTTP: creating a link with
// per-group properties, editing a matrix cell through its delegate editor, the 409
// conflict view, the preview as two users, lint blocking a save, raw JSON validation
// and unknown fields surviving a save, drafts surviving a crash, and QSE links.

#include "CallCatcher.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "gui/links/LinkService.h"
#include "gui/links/editor/BindingsModel.h"
#include "gui/links/editor/BindingsPage.h"
#include "gui/links/editor/ConflictDialog.h"
#include "gui/links/editor/LinkEditor.h"
#include "gui/links/editor/LinkEditorDialog.h"
#include "gui/links/editor/PreviewPage.h"
#include "gui/links/editor/PropertiesPage.h"
#include "gui/links/editor/PropertyEditors.h"
#include "gui/links/editor/PropertyMatrixModel.h"
#include "gui/widgets/Dialogs.h"
#include "sandbox/DemoIds.h"
#include "sandbox/odag/DemoLinkIds.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace odag;
using gui::LinkEditor;
using gui::LinkEditorDialog;
using gui::LinkRecord;
using Tester = QAbstractItemModelTester;

namespace {
const auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

template <class T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestLinkEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;
    std::unique_ptr<gui::LinkService> m_service;

    LinkRecord fetch(const QString &id)
    {
        CallCatcher<api::ApiResult<LinkRecord>> got;
        m_service->getLink(id, QString::fromLatin1(sandbox::demo::kAppSalesSelection), this, got.callback());
        if (!got.wait(10000) || !got.get().ok())
            qFatal("GET link %s failed", qPrintable(id));
        return got.get().value();
    }

    // Opens the editor on a demo link and waits until it shows it.
    QPointer<LinkEditorDialog> open(const char *linkId, const char *selectionApp = sandbox::demo::kAppSalesSelection)
    {
        LinkRecord r;
        r.link.id = QString::fromLatin1(linkId);
        r.selectionAppId = QString::fromLatin1(selectionApp);
        QPointer<LinkEditorDialog> dialog = new LinkEditorDialog(m_service.get(), &r);
        dialog->show();
        if (!QTest::qWaitFor([&] { return dialog->editor()->hasLoaded(); }, 10000))
            qFatal("editor did not load");
        return dialog;
    }

    // With ODAG_SHOT_DIR set, saves what a window looks like (for reviewing the layout).
    static void shot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("ODAG_SHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

    static QModelIndex cell(gui::PropertyMatrixModel *m, const QString &context, rules::PropertyId p)
    {
        return m->index(m->rowOf(context), gui::PropertyMatrixModel::columnOf(p));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(1.0));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
        m_service = std::make_unique<gui::LinkService>(m_session.get());
        gui::dialogs::setSuppressMessages(true);
    }

    void createsLinkWithGroupProperties()
    {
        QPointer<LinkEditorDialog> dialog = new LinkEditorDialog(m_service.get(), nullptr);
        const auto cleanup = qScopeGuard([&] { delete dialog; }); // after the model testers
        dialog->show();
        LinkEditor *editor = dialog->editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasLoaded(), 10000);
        auto *page = child<gui::PropertiesPage>(editor, "propertiesPage");
        Tester matrixTester(page->model(), kQtTest);
        Tester bindingsTester(child<gui::BindingsPage>(editor, "bindingsPage")->model(), kQtTest);

        QTest::keyClicks(child<QLineEdit>(editor, "linkName"), QStringLiteral("Sales per group"));
        auto *selection = child<QComboBox>(editor, "selectionApp");
        auto *templ = child<QComboBox>(editor, "templateApp");
        QTRY_VERIFY_WITH_TIMEOUT(selection->findData(QString::fromLatin1(sandbox::demo::kAppSalesSelection)) >= 0, 10000);
        selection->setCurrentIndex(selection->findData(QString::fromLatin1(sandbox::demo::kAppSalesSelection)));
        templ->setCurrentIndex(templ->findData(QString::fromLatin1(sandbox::demo::kAppSalesTemplate)));
        QTest::keyClicks(child<QLineEdit>(editor, "rowEstExpr"), QStringLiteral("Sum([Order Lines])"));

        editor->showPage(LinkEditor::Page::Properties);
        auto *newContext = child<QLineEdit>(editor, "newContext");
        for (const QString &c : {QStringLiteral("User.group = Sales"), QStringLiteral("User_*")}) {
            QTest::keyClicks(newContext, c);
            QTest::mouseClick(child<QPushButton>(editor, "addContext"), Qt::LeftButton);
        }
        auto *m = page->model();
        QCOMPARE(m->rowCount(), 2);
        const QString sales = QStringLiteral("User.group = Sales");
        const QString all = QStringLiteral("User_*");
        QVERIFY(m->setData(cell(m, all, rules::PropertyId::RowEstRange), QVariantMap{{QStringLiteral("high"), 100000}}));
        QVERIFY(m->setData(cell(m, sales, rules::PropertyId::RowEstRange),
                           QVariantMap{{QStringLiteral("low"), 10}, {QStringLiteral("high"), 900000}}));
        QVERIFY(m->setData(cell(m, all, rules::PropertyId::GenAppLimit), 2));
        QVERIFY(m->setData(cell(m, sales, rules::PropertyId::GenAppLimit), 6));
        QVERIFY(editor->hasUnsavedChanges());

        QSignalSpy saved(dialog.data(), &LinkEditorDialog::linkSaved);
        gui::dialogs::setNextAnswer(QMessageBox::Yes); // "save anyway" if lint only warns
        QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const QString id = editor->current().id();
        QVERIFY(!id.isEmpty());
        QVERIFY(!editor->hasUnsavedChanges());

        const LinkRecord back = fetch(id);
        QCOMPARE(back.link.name, QStringLiteral("Sales per group"));
        QCOMPARE(back.link.templateApp.id, QString::fromLatin1(sandbox::demo::kAppSalesTemplate));
        const auto &ranges = back.link.properties.rowEstRange;
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0).context, sales); // stored in row order
        QCOMPARE(ranges.at(0).lowBound, std::optional<qint64>(10));
        QCOMPARE(ranges.at(0).highBound, 900000);
        QCOMPARE(ranges.at(1).highBound, 100000);
        QVERIFY(back.link.properties.genAppLimit);
        QCOMPARE(back.link.properties.genAppLimit->size(), 2);
        QVERIFY(!QFile::exists(editor->draftPath()));
    }

    void editsCellWithDelegateEditor()
    {
        auto dialog = open(sandbox::demo::kLinkSalesPipeline);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        auto *page = child<gui::PropertiesPage>(editor, "propertiesPage");
        Tester matrixTester(page->model(), kQtTest);
        editor->showPage(LinkEditor::Page::Properties);
        auto *m = page->model();
        const QString all = QStringLiteral("User_*");
        QCOMPARE(m->rowOf(all), 0); // User_* first
        const QModelIndex limit = cell(m, all, rules::PropertyId::GenAppLimit);
        QCOMPARE(limit.data(Qt::EditRole).toInt(), 5);

        QTableView *view = page->view();
        view->setCurrentIndex(limit);
        view->edit(limit);
        QSpinBox *spin = nullptr;
        QTRY_VERIFY((spin = view->viewport()->findChild<QSpinBox *>(QStringLiteral("cellEditor"))) != nullptr);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("8"));
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(limit.data(Qt::EditRole).toInt(), 8);
        view->setCurrentIndex(cell(m, all, rules::PropertyId::GenAppName));
        view->edit(view->currentIndex());
        gui::NameFormatEditor *nameEditor = nullptr;
        QTRY_VERIFY((nameEditor = view->viewport()->findChild<gui::NameFormatEditor *>()) != nullptr);
        QVERIFY(!nameEditor->previewText().isEmpty()); // the live preview of the generated name
        shot(dialog, "nameEditor");
        QTest::keyClick(nameEditor, Qt::Key_Escape);
        QVERIFY(editor->hasUnsavedChanges());

        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        const LinkRecord back = fetch(QString::fromLatin1(sandbox::demo::kLinkSalesPipeline));
        const auto &limits = *back.link.properties.genAppLimit;
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits.at(0).limit, 8);
        QCOMPARE(limits.at(1).limit, 10); // the developers' entry was not touched
        QCOMPARE(back.link.properties.overrideGenAppLimit->size(), 2);
    }

    void conflictViewResolvesPerField()
    {
        const QString id = QString::fromLatin1(sandbox::demo::kLinkSalesSnapshot);
        auto dialog = open(sandbox::demo::kLinkSalesSnapshot);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        const LinkRecord base = fetch(id);
        auto *name = child<QLineEdit>(editor, "linkName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Snapshot (editor)"));

        // Someone else changes the link behind the editor's back.
        LinkPutPayload theirs = LinkPutPayload::fromLink(base.link, base.selectionAppId);
        theirs.name = QStringLiteral("Snapshot (server)");
        theirs.rowEstExpr = QStringLiteral("Count(Orders)");
        CallCatcher<api::ApiResult<LinkRecord>> put;
        m_service->updateLink(id, theirs, this, put.callback());
        QVERIFY(put.wait(10000));
        ODAG_VERIFY_OK(put.get());

        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
        gui::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conflict = editor->findChild<gui::ConflictDialog *>()) != nullptr, 10000);
        QTRY_VERIFY(conflict->isVisible());
        Tester conflictTester(conflict->table()->model(), kQtTest);
        shot(conflict, "conflict");
        QVERIFY(conflict->fields().contains(QStringLiteral("name")));
        QVERIFY(conflict->fields().contains(QStringLiteral("rowEstExpr")));
        QVERIFY(!conflict->fields().contains(QStringLiteral("modifiedDate")));
        // Defaults: my change where I made one, theirs elsewhere; pick explicitly anyway.
        auto *useName = conflict->findChild<QComboBox *>(QStringLiteral("conflictUse_name"));
        QCOMPARE(useName->currentIndex(), 0);
        conflict->choose(QStringLiteral("rowEstExpr"), false);
        QTest::mouseClick(conflict->findChild<QPushButton *>(QStringLiteral("conflictApply")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        const LinkRecord back = fetch(id);
        QCOMPARE(back.link.name, QStringLiteral("Snapshot (editor)"));
        QCOMPARE(back.link.rowEstExpr, QStringLiteral("Count(Orders)"));
    }

    void previewAsTwoUsers()
    {
        auto dialog = open(sandbox::demo::kLinkSalesDetails);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        editor->showPage(LinkEditor::Page::Preview);
        auto *preview = child<gui::PreviewPage>(editor, "previewPage");
        Tester tester(preview->table()->model(), kQtTest);
        QTableWidget *table = preview->table();
        const int limitRow = int(std::find(rules::kAllProperties.begin(), rules::kAllProperties.end(),
                                           rules::PropertyId::GenAppLimit)
                                 - rules::kAllProperties.begin());
        const int rangeRow = int(std::find(rules::kAllProperties.begin(), rules::kAllProperties.end(),
                                           rules::PropertyId::RowEstRange)
                                 - rules::kAllProperties.begin());
        const auto source = [&](int row) { return table->item(row, gui::PreviewPage::Source)->text(); };
        const auto value = [&](int row) { return table->item(row, gui::PreviewPage::Value)->text(); };

        // Carlos Mendes, the Sales analyst.
        QTest::keyClicks(child<QLineEdit>(editor, "previewUserName"), QStringLiteral("Carlos Mendes"));
        QTest::keyClicks(child<QLineEdit>(editor, "previewGroups"), QStringLiteral("Sales, EMEA"));
        QTest::keyClicks(child<QLineEdit>(editor, "previewRoles"), QStringLiteral("Analyzer"));
        QCOMPARE(source(limitRow), QStringLiteral("User.group = Sales"));
        QVERIFY(value(limitRow).contains(u'5'));
        QCOMPARE(source(rangeRow), QStringLiteral("User.name = 'Carlos Mendes'"));
        const QString analystRange = value(rangeRow);

        // Maria Keller, the administrator: the everyone-entries apply.
        for (const char *field : {"previewUserName", "previewGroups", "previewRoles"})
            child<QLineEdit>(editor, field)->clear();
        QTest::keyClicks(child<QLineEdit>(editor, "previewUserName"), QStringLiteral("Maria Keller"));
        QTest::keyClicks(child<QLineEdit>(editor, "previewRoles"), QStringLiteral("TenantAdmin"));
        QCOMPARE(source(limitRow), QStringLiteral("User_*"));
        QVERIFY(value(limitRow).contains(u'3'));
        QCOMPARE(source(rangeRow), QStringLiteral("User_*"));
        QVERIFY(value(rangeRow) != analystRange);
        shot(dialog, "preview");
        editor->showPage(LinkEditor::Page::Properties);
        shot(dialog, "properties");
        editor->showPage(LinkEditor::Page::General);
        shot(dialog, "general");
        editor->showPage(LinkEditor::Page::Lint);
        shot(dialog, "lint");
    }

    void lintBlocksAnInvalidSave()
    {
        QPointer<LinkEditorDialog> dialog = new LinkEditorDialog(m_service.get(), nullptr);
        const auto cleanup = qScopeGuard([&] { delete dialog; }); // after the model testers
        dialog->show();
        LinkEditor *editor = dialog->editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasLoaded(), 10000);
        auto *page = child<gui::PropertiesPage>(editor, "propertiesPage");
        Tester matrixTester(page->model(), kQtTest);
        QTest::keyClicks(child<QLineEdit>(editor, "linkName"), QStringLiteral("Invalid"));
        editor->showPage(LinkEditor::Page::Properties);
        QTest::keyClicks(child<QLineEdit>(editor, "newContext"), QStringLiteral("User.group = Sales"));
        QTest::mouseClick(child<QPushButton>(editor, "addContext"), Qt::LeftButton);
        auto *m = page->model();
        QVERIFY(m->setData(cell(m, QStringLiteral("User.group = Sales"), rules::PropertyId::GenAppLimit), 0));
        QVERIFY(m->setData(cell(m, QStringLiteral("User.group = Sales"), rules::PropertyId::AppRetentionTime),
                           QStringLiteral("1 week")));

        auto *lint = child<QListWidget>(editor, "lintList");
        Tester lintTester(lint->model(), kQtTest);
        QStringList codes;
        for (int i = 0; i < lint->count(); ++i)
            codes << lint->item(i)->data(Qt::UserRole).toString();
        QVERIFY2(codes.contains(QStringLiteral("rowEstRange.noAllUsers")), qPrintable(codes.join(u',')));
        QVERIFY(codes.contains(QStringLiteral("genAppLimit.belowOne")));
        QVERIFY(codes.contains(QStringLiteral("appRetentionTime.invalid")));

        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
        auto *message = child<QLabel>(editor, "editorMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(child<QTabWidget>(editor, "editorTabs")->currentWidget(), static_cast<QWidget *>(lint));
        QVERIFY(!editor->isSaving());
        QCOMPARE(saved.count(), 0);
        editor->discardChanges();
    }

    void rawJsonValidatesAndUnknownFieldsSurvive()
    {
        const QString id = QString::fromLatin1(sandbox::demo::kLinkFlightsCarrier);
        auto dialog = open(sandbox::demo::kLinkFlightsCarrier, sandbox::demo::kAppFlightsSelection);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        editor->showPage(LinkEditor::Page::Json);
        auto *text = child<QPlainTextEdit>(editor, "linkJson");
        auto *status = child<QLabel>(editor, "jsonStatus");
        auto *apply = child<QPushButton>(editor, "jsonApply");
        QJsonObject link = QJsonDocument::fromJson(text->toPlainText().toUtf8()).object();
        QVERIFY(!link.isEmpty());

        text->setPlainText(QStringLiteral("{ \"name\": "));
        QVERIFY(status->text().startsWith(QStringLiteral("Not JSON")));
        QVERIFY(!apply->isEnabled());
        QJsonObject bad = link;
        QJsonObject badProps = bad.value(QStringLiteral("properties")).toObject();
        QJsonArray badRanges = badProps.value(QStringLiteral("rowEstRange")).toArray();
        QJsonObject badRange = badRanges.at(0).toObject();
        badRange.insert(QStringLiteral("highBound"), QStringLiteral("lots"));
        badRanges.replace(0, badRange);
        badProps.insert(QStringLiteral("rowEstRange"), badRanges);
        bad.insert(QStringLiteral("properties"), badProps);
        text->setPlainText(QString::fromUtf8(QJsonDocument(bad).toJson()));
        QVERIFY2(status->text().contains(QStringLiteral("properties.rowEstRange[0].highBound")), qPrintable(status->text()));
        QVERIFY(!apply->isEnabled());

        // Unknown members at the top and inside a property entry.
        QJsonObject props = link.value(QStringLiteral("properties")).toObject();
        QJsonArray ranges = props.value(QStringLiteral("rowEstRange")).toArray();
        QJsonObject range = ranges.at(0).toObject();
        range.insert(QStringLiteral("x-custom"), 1);
        ranges.replace(0, range);
        props.insert(QStringLiteral("rowEstRange"), ranges);
        link.insert(QStringLiteral("properties"), props);
        link.insert(QStringLiteral("x-custom"), 1);
        link.insert(QStringLiteral("name"), QStringLiteral("Carrier drill-down (JSON)"));
        text->setPlainText(QString::fromUtf8(QJsonDocument(link).toJson()));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(editor, "linkName")->text(), QStringLiteral("Carrier drill-down (JSON)"));

        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        const LinkRecord back = fetch(id);
        QCOMPARE(back.link.name, QStringLiteral("Carrier drill-down (JSON)"));
        QCOMPARE(back.link.extra.value(QStringLiteral("x-custom")).toInt(), 1);
        QCOMPARE(back.link.properties.rowEstRange.at(0).extra.value(QStringLiteral("x-custom")).toInt(), 1);
    }

    void draftSurvivesACrash()
    {
        const QString id = QString::fromLatin1(sandbox::demo::kLinkClaimsFraud);
        auto dialog = open(sandbox::demo::kLinkClaimsFraud, sandbox::demo::kAppClaimsSelection);
        LinkEditor *editor = dialog->editor();
        const QString original = child<QLineEdit>(editor, "linkName")->text();
        QTest::keyClicks(child<QLineEdit>(editor, "linkName"), QStringLiteral(" (draft)"));
        const QString draft = editor->draftPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draft), 5000);
        delete dialog; // the window goes away without closing: a crash, as far as the edits know

        gui::dialogs::setNextAnswer(QMessageBox::Yes); // "restore the recovered changes?"
        dialog = open(sandbox::demo::kLinkClaimsFraud, sandbox::demo::kAppClaimsSelection);
        editor = dialog->editor();
        QCOMPARE(child<QLineEdit>(editor, "linkName")->text(), original + QStringLiteral(" (draft)"));
        shot(dialog, "restored");
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(fetch(id).link.name, original); // nothing was saved

        // Closing asks; Discard drops the edits and the draft.
        gui::dialogs::setNextAnswer(QMessageBox::Discard);
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(!QFile::exists(draft));
    }

    void detectsBindingsFromTemplateScript()
    {
        auto dialog = open(sandbox::demo::kLinkSalesDetails);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        editor->showPage(LinkEditor::Page::Bindings);
        auto *page = child<gui::BindingsPage>(editor, "bindingsPage");
        Tester tester(page->model(), kQtTest);
        QSignalSpy done(page, &gui::BindingsPage::detectFinished);
        QTest::mouseClick(child<QPushButton>(editor, "detectBindings"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(!child<QWidget>(editor, "bindingsError")->isVisible());
        QVERIFY2(child<QLabel>(editor, "detectSummary")->text().contains(QStringLiteral("template script")),
                 qPrintable(child<QLabel>(editor, "detectSummary")->text()));
    }

    void statusButtonsChangeTheStatus()
    {
        const QString id = QString::fromLatin1(sandbox::demo::kLinkClaimsInvestigation);
        auto dialog = open(sandbox::demo::kLinkClaimsInvestigation, sandbox::demo::kAppClaimsSelection);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        LinkEditor *editor = dialog->editor();
        auto *activate = child<QPushButton>(editor, "editorActivate");
        auto *disable = child<QPushButton>(editor, "editorDisable");
        QVERIFY(!activate->isEnabled()); // already active
        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        QTest::mouseClick(disable, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(fetch(id).link.status.value(), LinkStatus::Disabled);
        QCOMPARE(child<QLabel>(editor, "linkStatus")->text(), displayName(OpenEnum<LinkStatus>(LinkStatus::Disabled)));
        QTRY_VERIFY(activate->isEnabled());
        QTest::mouseClick(activate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        QCOMPARE(fetch(id).link.status.value(), LinkStatus::Active);
        QVERIFY(!editor->hasUnsavedChanges());
    }

    void qseLinkHidesCloudTabsAndSaves()
    {
        auto qseSession = m_sandbox->senseEnterprise();
        gui::LinkService qse(qseSession.get());
        CallCatcher<api::ApiResult<QList<LinkRecord>>> list;
        qse.listLinks(this, list.callback());
        QVERIFY(list.wait(10000));
        ODAG_VERIFY_OK(list.get());
        QVERIFY(!list.get().value().isEmpty());
        const LinkRecord first = list.get().value().first();

        QPointer<LinkEditorDialog> dialog = new LinkEditorDialog(&qse, &first);
        const auto cleanup = qScopeGuard([&] { delete dialog; });
        dialog->show();
        LinkEditor *editor = dialog->editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->hasLoaded(), 10000);
        auto *tabs = child<QTabWidget>(editor, "editorTabs");
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(child<QWidget>(editor, "propertiesPage"))));
        QVERIFY(child<QLabel>(editor, "qseNote")->isVisible());
        QVERIFY(!child<QPushButton>(editor, "editorActivate")->isVisible());
        Tester tester(child<QTableWidget>(editor, "qseBindings")->model(), kQtTest);
        shot(dialog, "qse");

        auto *maxCount = child<QSpinBox>(editor, "qseMaxCount");
        maxCount->setValue(4);
        QSignalSpy saved(editor, &LinkEditor::linkSaved);
        QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);

        CallCatcher<api::ApiResult<LinkRecord>> got;
        qse.getLink(first.id(), QString(), this, got.callback());
        QVERIFY(got.wait(10000));
        ODAG_VERIFY_OK(got.get());
        const auto props = got.get().value().qse->properties.value_or(QseLinkProperties{});
        QVERIFY(props.retention);
        QCOMPARE(props.retention->maxCount, std::optional<int>(4));

        // Delete (QSE only), after a confirmation; the window closes.
        const LinkRecord last = list.get().value().last();
        QPointer<LinkEditorDialog> doomed = new LinkEditorDialog(&qse, &last);
        doomed->show();
        QTRY_VERIFY_WITH_TIMEOUT(doomed->editor()->hasLoaded(), 10000);
        QSignalSpy deleted(doomed->editor(), &LinkEditor::linkDeleted);
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(doomed->editor(), "editorDelete"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        QTRY_VERIFY(doomed.isNull());
        CallCatcher<api::ApiResult<LinkRecord>> gone;
        qse.getLink(last.id(), QString(), this, gone.callback());
        QVERIFY(gone.wait(10000));
        QVERIFY(!gone.get().ok());
        QCOMPARE(gone.get().error().httpStatus, 404);
    }
};

ODAG_TEST_MAIN(TestLinkEditor)
#include "tst_link_editor.moc"
