// View ▸ Language against the real app pieces: choosing a language stores it, a fresh
// window started with that setting speaks it, and in every language no two accelerators
// (Alt+letter) of one window or one menu clash on any workspace, against a real sandbox.

#include "SandboxSession.h"
#include "TestMain.h"
#include "app/Translations.h"
#include "gui/MainWindow.h"
#include "gui/Workspace.h"
#include "gui/log/ExchangeLogModel.h"
#include "gui/widgets/Dialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

#include <algorithm>

using namespace odag;

namespace {

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

QAction *languageAction(gui::MainWindow &window, const QString &objectName)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

// "Alt+X" for a text with a mnemonic, empty without one.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString();
}

// Adds one problem line per Alt+letter that more than one text uses.
void collectClashes(const QString &where, const QList<QPair<QString, QString>> &mnemonics, QStringList &problems)
{
    QMap<QString, QStringList> byKey;
    for (const auto &[key, text] : mnemonics)
        if (!key.isEmpty())
            byKey[key] << text;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2 on %3").arg(where, it.key(), it.value().join(QStringLiteral(" | ")));
}

// The Alt+letter clashes among what the window shows now (menu bar titles, buttons,
// tabs, group boxes, labels with a buddy), and within each menu of the menu bar.
QStringList clashesIn(QWidget *window, const QString &where)
{
    QList<QPair<QString, QString>> shown;
    QStringList problems;
    auto *main = qobject_cast<QMainWindow *>(window);
    for (QAction *menuAction : main ? main->menuBar()->actions() : QList<QAction *>{}) {
        shown.append({mnemonicOf(menuAction->text()), menuAction->text()});
        QList<QMenu *> menus{menuAction->menu()};
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            if (!menu)
                continue;
            QList<QPair<QString, QString>> items;
            for (QAction *a : menu->actions()) {
                if (a->isVisible() && !a->isSeparator())
                    items.append({mnemonicOf(a->text()), a->text()});
                if (a->menu())
                    menus << a->menu();
            }
            collectClashes(QStringLiteral("%1: menu %2").arg(where, menu->title()), items, problems);
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            shown.append({mnemonicOf(b->text()), b->text()});
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            shown.append({mnemonicOf(l->text()), l->text()});
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            shown.append({mnemonicOf(g->title()), g->title()});
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    shown.append({mnemonicOf(tabs->tabText(i)), tabs->tabText(i)});
    }
    collectClashes(where, shown, problems);
    return problems;
}

// The open link editor window, if any.
QWidget *findEditor()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible() && top->objectName().startsWith(QLatin1StringView("linkEditor")))
            return top;
    return nullptr;
}

// The widest visible children of a window that is too wide, to say where to look.
QString widest(QWidget *window)
{
    QList<QPair<int, QString>> widths;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->isVisible() && w->minimumSizeHint().width() > 700)
            widths.append({w->minimumSizeHint().width(),
                           QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())});
    std::sort(widths.begin(), widths.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QString out;
    for (qsizetype i = 0; i < std::min<qsizetype>(widths.size(), 12); ++i)
        out += QStringLiteral("\n    %1 %2").arg(widths.at(i).first).arg(widths.at(i).second);
    return out;
}

} // namespace

class TestLanguageMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("odag.*.info=false"));
        QSettings().remove(QStringLiteral("ui/language"));
        gui::dialogs::setSuppressMessages(true);
    }

    void cleanup()
    {
        removeTranslators();
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void choosingALanguageStoresItAndAFreshWindowSpeaksIt()
    {
        {
            gui::MainWindow window;
            window.show();
            // Nothing chosen yet: the system default is checked; each language names itself.
            QAction *system = languageAction(window, QStringLiteral("languageSystem"));
            QVERIFY(system);
            QVERIFY(system->isChecked());
            QAction *german = languageAction(window, QStringLiteral("language_de"));
            QVERIFY(german);
            QCOMPARE(german->text(), QStringLiteral("Deutsch"));
            QCOMPARE(languageAction(window, QStringLiteral("language_fr"))->text(), QStringLiteral("Français"));
            QCOMPARE(languageAction(window, QStringLiteral("language_ja"))->text(), QStringLiteral("日本語"));
            QCOMPARE(languageAction(window, QStringLiteral("language_en"))->text(), QStringLiteral("English"));

            // Choosing German asks to restart; "later" keeps this window as it is.
            gui::dialogs::setNextAnswer(QMessageBox::No);
            german->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
            QCOMPARE(gui::MainWindow::chosenLanguage(), QStringLiteral("de"));
            QVERIFY(german->isChecked());
            QVERIFY(!system->isChecked());
            QVERIFY(window.isVisible());
        }
        // The app's start-up: the stored choice installs German.
        app::installTranslations(*qApp, gui::MainWindow::chosenLanguage(), QStringLiteral(ODAG_QM_DIR));
        gui::MainWindow fresh;
        const QStringList titles = [&] {
            QStringList t;
            for (QAction *a : fresh.menuBar()->actions())
                t << a->text();
            return t;
        }();
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(languageAction(fresh, QStringLiteral("language_de"))->isChecked());
        QCOMPARE(languageAction(fresh, QStringLiteral("languageSystem"))->text(), QStringLiteral("Systemstandard"));

        // Back to the system default.
        gui::dialogs::setNextAnswer(QMessageBox::No);
        languageAction(fresh, QStringLiteral("languageSystem"))->trigger();
        QVERIFY(gui::MainWindow::chosenLanguage().isEmpty());
    }

    void englishSaysOneLink()
    {
        app::installTranslations(*qApp, QStringLiteral("en"), QStringLiteral(ODAG_QM_DIR));
        QCOMPARE(QCoreApplication::translate("odag::gui::LinksFilterBar", "%n link(s)", nullptr, 1),
                 QStringLiteral("1 link"));
        QCOMPARE(QCoreApplication::translate("odag::gui::LinksFilterBar", "%n link(s)", nullptr, 2),
                 QStringLiteral("2 links"));
    }

    void everyViewFitsWithoutAcceleratorClashes_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : gui::MainWindow::languages())
            QTest::newRow(qPrintable(l)) << l;
    }

    // Every workspace and sub-view, as each language shows it: the windows fit a 1280 px
    // wide screen, and Alt+letter reaches one thing only.
    void everyViewFitsWithoutAcceleratorClashes()
    {
        QFETCH(QString, language);
        app::installTranslations(*qApp, language, QStringLiteral(ODAG_QM_DIR));
        test::SandboxSession sandbox;
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.errorString()));
        auto session = sandbox.cloud();
        gui::MainWindow window;
        QAbstractItemModelTester tester(window.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The link editor opens with the first load when it is the view asked for.
        window.showView(QStringLiteral("link-editor"));
        window.setSession(session.get());
        window.show();
        QStringList problems;
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace() && window.currentWorkspace()->hasLoaded(), 10000);
        QWidget *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = findEditor()) != nullptr, 10000);
        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            problems << clashesIn(editor, QStringLiteral("%1 link editor, tab %2").arg(language, tabs->tabText(i)));
        }
        for (const QString &view : gui::MainWindow::viewIds()) {
            QVERIFY(window.showView(view));
            QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace()->hasLoaded(), 10000);
            QCoreApplication::processEvents();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (!top->isVisible() || qobject_cast<QMenu *>(top))
                    continue;
                const QString where = QStringLiteral("%1 %2 %3").arg(language, view, top->objectName());
                if (auto *main = qobject_cast<QMainWindow *>(top))
                    problems << clashesIn(main, where);
                else
                    problems << clashesIn(top, where);
                const int width = top->minimumSizeHint().width();
                if (width > 1280)
                    problems << QStringLiteral("%1: needs %2 px").arg(where).arg(width) + widest(top);
            }
        }
        problems.removeDuplicates();
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }
};

ODAG_TEST_MAIN(TestLanguageMenu)
#include "tst_language_menu.moc"
