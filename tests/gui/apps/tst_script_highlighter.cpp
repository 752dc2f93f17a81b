// ScriptHighlighter marks ODAG bind variables of both syntaxes (with range and format
// suffixes) but not ordinary variables or variables in comments; and the Script tab
// saves a new script version that the history then lists, verified on the server.

#include "AppsTestCalls.h"
#include "SandboxSession.h"
#include "TestMain.h"
#include "api/AppDataApi.h"
#include "gui/apps/AppScriptTab.h"
#include "gui/apps/ScriptHighlighter.h"
#include "sandbox/DemoIds.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace odag;

namespace {
// The format the highlighter gave the character at `column` of line `line` (0-based).
QTextCharFormat formatAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}

int columnOf(QTextDocument &doc, int line, const QString &text)
{
    return int(doc.findBlockByNumber(line).text().indexOf(text));
}
} // namespace

class TestScriptHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void marksBindVariablesOfBothSyntaxes()
    {
        QTextDocument doc;
        gui::ScriptHighlighter h(&doc);
        doc.setPlainText(QStringLiteral(
            "LOAD * FROM [lib://Data/flights.qvd] (qvd)\n"                         // 0
            "WHERE Origin IN ($(odag_ORIGIN){\"quote\": \"'\"}) AND x = $(vPath);\n" // 1
            "WHERE Carrier IN ($(odso_CARRIER)[1-10]);\n"                           // 2
            "// $(odag_COMMENTED) is not a binding\n"                               // 3
            "/* block $(ods_YEAR)\n"                                                // 4
            "   still comment */ LET v = 'text';\n"));                              // 5
        // The first highlighting runs from the event loop once the document is set.
        h.rehighlight();
        const auto binding = h.bindingFormat();

        // New syntax with its format spec.
        const int odag = columnOf(doc, 1, QStringLiteral("$(odag_ORIGIN)"));
        QCOMPARE(formatAt(doc, 1, odag), binding);
        QCOMPARE(formatAt(doc, 1, odag + 13), binding); // the closing ')'
        QCOMPARE(formatAt(doc, 1, columnOf(doc, 1, QStringLiteral("\"quote\""))), binding);
        // An ordinary variable is not a binding.
        QVERIFY(formatAt(doc, 1, columnOf(doc, 1, QStringLiteral("$(vPath)"))) != binding);
        // Legacy syntax with its quantity constraint.
        const int odso = columnOf(doc, 2, QStringLiteral("$(odso_CARRIER)"));
        QCOMPARE(formatAt(doc, 2, odso), binding);
        QCOMPARE(formatAt(doc, 2, columnOf(doc, 2, QStringLiteral("[1-10]")) + 3), binding);
        // Comments, line and block, hide bindings.
        QCOMPARE(formatAt(doc, 3, columnOf(doc, 3, QStringLiteral("$(odag_"))), h.commentFormat());
        QCOMPARE(formatAt(doc, 4, columnOf(doc, 4, QStringLiteral("$(ods_"))), h.commentFormat());
        QCOMPARE(formatAt(doc, 5, 3), h.commentFormat());
        // `lib://` is no comment; keywords and strings have their formats.
        QCOMPARE(formatAt(doc, 0, 0), h.keywordFormat());
        QVERIFY(formatAt(doc, 0, columnOf(doc, 0, QStringLiteral("Data"))) != h.commentFormat());
        QCOMPARE(formatAt(doc, 5, columnOf(doc, 5, QStringLiteral("LET"))), h.keywordFormat());
        QCOMPARE(formatAt(doc, 5, columnOf(doc, 5, QStringLiteral("text"))), h.stringFormat());
    }

    void setScriptAddsAVersion()
    {
        test::SandboxSession sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.errorString()));
        auto session = sandbox.cloud();
        const QString appId = QString::fromLatin1(sandbox::demo::kAppSalesTemplate);

        gui::AppScriptTab tab(session->transport());
        QAbstractItemModelTester tester(tab.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(1000, 600);
        tab.show();
        tab.setAppId(appId);
        QTRY_VERIFY_WITH_TIMEOUT(tab.historyModel()->rowCount() > 0, 10000);
        auto *editor = tab.findChild<QPlainTextEdit *>(QStringLiteral("appScriptEditor"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->toPlainText().contains(QStringLiteral("$(od")), 10000);
        const int versions = tab.historyModel()->rowCount();

        // The bindings the service would find are listed beside the editor.
        auto *bindings = tab.findChild<QListWidget *>(QStringLiteral("appScriptBindings"));
        QTRY_VERIFY(bindings->count() > 0);
        QVERIFY(bindings->item(0)->text().startsWith(QStringLiteral("od")));

        // Edit, give a message, save.
        auto *save = tab.findChild<QPushButton *>(QStringLiteral("appScriptSave"));
        QVERIFY(!save->isEnabled());
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("LET vAdded = $(odag_ADDEDFIELD);"));
        QTRY_VERIFY(save->isEnabled());
        QTest::keyClicks(tab.findChild<QLineEdit *>(QStringLiteral("appScriptMessage")), QStringLiteral("Adds a field"));
        const QString saved = editor->toPlainText();
        QTest::mouseClick(save, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(tab.historyModel()->rowCount(), versions + 1, 10000);
        QCOMPARE(tab.historyModel()->index(0, 2).data().toString(), QStringLiteral("Adds a field"));
        QTRY_VERIFY(bindings->findItems(QStringLiteral("odag_ADDEDFIELD"), Qt::MatchStartsWith).size() == 1);

        // On the server: the current version is the text saved.
        auto current = test::waitFor<AppScript>([&](QObject *ctx, auto done) {
            api::AppDataApi(session->transport()).getScript(appId, QStringLiteral("current"), ctx, done);
        });
        ODAG_VERIFY_OK(current);
        QCOMPARE(current->script.value_or(QString()), saved);
        QCOMPARE(current->versionMessage.value_or(QString()), QStringLiteral("Adds a field"));
    }
};

ODAG_TEST_MAIN(TestScriptHighlighter)
#include "tst_script_highlighter.moc"
