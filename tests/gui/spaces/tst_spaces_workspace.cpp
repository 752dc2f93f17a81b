// The Spaces workspace against a real sandbox over HTTP, driven by clicks and typing:
// create a space through the dialog (a bad name is refused before sending), add a user
// with roles and a group as members, change roles, remove a member, delete a space (and
// see the 412 of a space that still holds apps), filter by name; every change is checked
// on the server. A Qlik Sense Enterprise session explains why there are no spaces.

#include "SandboxSession.h"
#include "TestMain.h"
#include "api/SpacesApi.h"
#include "gui/spaces/AssignmentDialog.h"
#include "gui/spaces/SpaceAssignmentsModel.h"
#include "gui/spaces/SpaceDetailsPanel.h"
#include "gui/spaces/SpaceDialog.h"
#include "gui/spaces/SpacesModel.h"
#include "gui/spaces/SpacesWorkspace.h"
#include "gui/widgets/Dialogs.h"
#include "sandbox/DemoIds.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

using namespace odag;

class TestSpacesWorkspace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::SandboxSession> m_sandbox;
    std::unique_ptr<gui::TenantSession> m_session;

    template <class T, class Start>
    std::optional<api::ApiResult<T>> call(Start start)
    {
        std::optional<api::ApiResult<T>> out;
        start([&out](const api::ApiResult<T> &r) { out = r; });
        // A call that never answers leaves the result empty; the caller fails on that.
        static_cast<void>(QTest::qWaitFor([&out] { return out.has_value(); }, 10000));
        return out;
    }

    QList<SpaceAssignment> serverAssignments(const QString &spaceId)
    {
        auto r = call<SpaceAssignmentList>([&](api::Callback<SpaceAssignmentList> done) {
            api::SpacesApi(m_session->transport()).listAssignments(spaceId, {}, this, done);
        });
        return r && r->ok() ? r->value().data : QList<SpaceAssignment>{};
    }

    std::optional<api::ApiResult<Space>> serverSpace(const QString &spaceId)
    {
        return call<Space>([&](api::Callback<Space> done) {
            api::SpacesApi(m_session->transport()).getSpace(spaceId, this, done);
        });
    }

    static void clickRow(QTableView *view, int column, const QString &text)
    {
        const QModelIndexList hits =
            view->model()->match(view->model()->index(0, column), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        QVERIFY2(!hits.isEmpty(), qPrintable(text));
        view->scrollTo(hits.first());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(hits.first()).center());
        QVERIFY(view->selectionModel()->isRowSelected(hits.first().row(), {}));
    }

    static void clickToolButton(QWidget *parent, const char *name)
    {
        auto *button = parent->findChild<QToolButton *>(QLatin1StringView(name));
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Types an assignee ID; the completion popup it may open is closed as a click elsewhere would.
    static void typeId(QWidget *dialog, const QString &id)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("assigneeId"));
        QTest::keyClicks(edit, id);
        if (edit->completer() && edit->completer()->popup())
            edit->completer()->popup()->hide();
        QCOMPARE(edit->text(), id);
    }

    // Clicks a role's box where a user would: on its indicator (the box is wider than its text).
    static void toggleRole(QWidget *dialog, const char *name)
    {
        auto *box = dialog->findChild<QCheckBox *>(QLatin1StringView(name));
        QVERIFY2(box, name);
        const bool before = box->isChecked();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY2(box->isChecked() != before, name);
    }

    static QPushButton *okOf(QWidget *dialog, const char *buttons)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>(QLatin1StringView(buttons));
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::dialogs::setSuppressMessages(true);
        m_sandbox = std::make_unique<test::SandboxSession>(test::SandboxSession::demoOptions(1.0));
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->errorString()));
        m_session = m_sandbox->cloud();
    }

    void createEditMembersAndDelete()
    {
        gui::SpacesWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(ws.details()->assignments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(ws.details()->assignmentsProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.resize(1280, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        QCOMPARE(ws.model()->rowCount(), 5);
        auto *view = ws.findChild<QTableView *>(QStringLiteral("spacesView"));

        // Create: a bad name is refused before anything is sent, the input stays.
        clickToolButton(&ws, "newSpaceButton");
        auto *dialog = ws.findChild<gui::SpaceDialog *>(QStringLiteral("spaceDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("spaceName"));
        QTest::keyClicks(name, QStringLiteral("QA/Team"));
        QTest::mouseClick(okOf(dialog, "spaceDialogButtons"), Qt::LeftButton);
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("spaceProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), QStringLiteral("QA/Team"));

        name->clear();
        QTest::keyClicks(name, QStringLiteral("QA Team"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("spaceType"));
        QTRY_VERIFY(type->findData(QStringLiteral("shared")) >= 0);
        type->setCurrentIndex(type->findData(QStringLiteral("shared")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("spaceTypeHelp"))->text().contains(QStringLiteral("Can view")));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("spaceDescription")),
                         QStringLiteral("Testers"));
        QTest::mouseClick(okOf(dialog, "spaceDialogButtons"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::SpaceDialog *>(), 10000);
        QCOMPARE(ws.model()->rowCount(), 6);
        const Space created = *ws.model()->spaceAt(5); // a created space joins at the end
        QCOMPARE(created.name.value_or(QString()), QStringLiteral("QA Team"));
        const QString spaceId = created.id.value_or(QString());
        {
            auto onServer = serverSpace(spaceId);
            QVERIFY(onServer && onServer->ok());
            QCOMPARE(onServer->value().description.value_or(QString()), QStringLiteral("Testers"));
            QCOMPARE(onServer->value().type->raw(), QStringLiteral("shared"));
        }
        // The new space is selected and its (empty) member list shown.
        QTRY_COMPARE(ws.details()->assignments()->spaceId(), spaceId);

        // Add a user with two roles.
        auto *add = ws.findChild<QPushButton *>(QStringLiteral("addMember"));
        QTRY_VERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        auto *assign = ws.findChild<gui::AssignmentDialog *>(QStringLiteral("assignmentDialog"));
        QVERIFY(assign);
        auto *assigneeType = assign->findChild<QComboBox *>(QStringLiteral("assigneeType"));
        assigneeType->setCurrentIndex(assigneeType->findData(QStringLiteral("user")));
        typeId(assign, QString::fromLatin1(sandbox::demo::kAnalystId));
        // Roles offered are the shared space's: no "publisher" there.
        QVERIFY(!assign->findChild<QCheckBox *>(QStringLiteral("role_publisher")));
        toggleRole(assign, "role_consumer");
        toggleRole(assign, "role_producer");
        QVERIFY(assign->findChild<QCheckBox *>(QStringLiteral("role_consumer"))->isChecked());
        QTest::mouseClick(okOf(assign, "assignmentDialogButtons"), Qt::LeftButton);
        QVERIFY2(!assign->findChild<QLabel *>(QStringLiteral("assignmentProblem"))->isVisible(),
                 qPrintable(assign->findChild<QLabel *>(QStringLiteral("assignmentProblem"))->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::AssignmentDialog *>(), 10000);
        QCOMPARE(ws.details()->assignments()->rowCount(), 1);

        // Add a group with one role.
        QTest::mouseClick(add, Qt::LeftButton);
        assign = ws.findChild<gui::AssignmentDialog *>(QStringLiteral("assignmentDialog"));
        QVERIFY(assign);
        assigneeType = assign->findChild<QComboBox *>(QStringLiteral("assigneeType"));
        assigneeType->setCurrentIndex(assigneeType->findData(QStringLiteral("group")));
        typeId(assign, QStringLiteral("qa-group"));
        // No role chosen: refused before sending.
        QTest::mouseClick(okOf(assign, "assignmentDialogButtons"), Qt::LeftButton);
        QVERIFY(assign->findChild<QLabel *>(QStringLiteral("assignmentProblem"))->isVisible());
        toggleRole(assign, "role_consumer");
        QTest::mouseClick(okOf(assign, "assignmentDialogButtons"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::AssignmentDialog *>(), 10000);
        QCOMPARE(ws.details()->assignments()->rowCount(), 2);

        QList<SpaceAssignment> members = serverAssignments(spaceId);
        QCOMPARE(members.size(), 2);
        for (const SpaceAssignment &a : members) {
            if (a.type->value() == AssigneeType::User) {
                QCOMPARE(a.assigneeId.value_or(QString()), QString::fromLatin1(sandbox::demo::kAnalystId));
                QCOMPARE(a.roles->size(), 2);
                QVERIFY(a.roles->contains(OpenEnum<SpaceRole>(SpaceRole::Consumer)));
                QVERIFY(a.roles->contains(OpenEnum<SpaceRole>(SpaceRole::Producer)));
            } else {
                QCOMPARE(a.assigneeId.value_or(QString()), QStringLiteral("qa-group"));
                QCOMPARE(*a.roles, SpaceRoles{SpaceRole::Consumer});
            }
        }

        // Change the user's roles: producer off, facilitator on.
        auto *members_ = ws.findChild<QTableView *>(QStringLiteral("assignmentsView"));
        clickRow(members_, gui::SpaceAssignmentsModel::Assignee, QString::fromLatin1(sandbox::demo::kAnalystId));
        auto *edit = ws.findChild<QPushButton *>(QStringLiteral("editMember"));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        assign = ws.findChild<gui::AssignmentDialog *>(QStringLiteral("assignmentDialog"));
        QVERIFY(assign);
        QVERIFY(assign->findChild<QCheckBox *>(QStringLiteral("role_producer"))->isChecked());
        toggleRole(assign, "role_producer");
        toggleRole(assign, "role_facilitator");
        QTest::mouseClick(okOf(assign, "assignmentDialogButtons"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::AssignmentDialog *>(), 10000);
        members = serverAssignments(spaceId);
        for (const SpaceAssignment &a : members) {
            if (a.type->value() == AssigneeType::User) {
                QCOMPARE(a.roles->size(), 2);
                QVERIFY(a.roles->contains(OpenEnum<SpaceRole>(SpaceRole::Consumer)));
                QVERIFY(a.roles->contains(OpenEnum<SpaceRole>(SpaceRole::Facilitator)));
            }
        }
        QCOMPARE(ws.details()->assignments()->rowCount(), 2);

        // Remove the group.
        clickRow(members_, gui::SpaceAssignmentsModel::Assignee, QStringLiteral("qa-group"));
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(ws.findChild<QPushButton *>(QStringLiteral("removeMember")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ws.details()->assignments()->rowCount(), 1, 10000);
        members = serverAssignments(spaceId);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().assigneeId.value_or(QString()), QString::fromLatin1(sandbox::demo::kAnalystId));

        // A space that still holds apps: 412, said in words, and the space stays.
        clickRow(view, gui::SpacesModel::Name, QStringLiteral("Operations"));
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        clickToolButton(&ws, "deleteSpaceButton");
        auto *banner = ws.findChild<QWidget *>(QStringLiteral("spacesErrorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        const QString text = banner->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("not empty")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("move or delete them first")), qPrintable(text));
        QCOMPARE(ws.model()->rowCount(), 6);
        {
            auto onServer = serverSpace(QString::fromLatin1(sandbox::demo::kSpaceOperations));
            QVERIFY(onServer && onServer->ok());
        }

        // Delete the new space.
        clickRow(view, gui::SpacesModel::Name, QStringLiteral("QA Team"));
        gui::dialogs::setNextAnswer(QMessageBox::Yes);
        clickToolButton(&ws, "deleteSpaceButton");
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->rowCount(), 5, 10000);
        {
            auto onServer = serverSpace(spaceId);
            QVERIFY(onServer && !onServer->ok());
            QCOMPARE(onServer->error().httpStatus, 404);
        }
    }

    void editAndFilter()
    {
        gui::SpacesWorkspace ws(m_session.get());
        QAbstractItemModelTester t1(ws.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(ws.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ws.resize(1280, 800);
        ws.show();
        QTRY_VERIFY_WITH_TIMEOUT(ws.hasLoaded(), 10000);
        auto *view = ws.findChild<QTableView *>(QStringLiteral("spacesView"));

        // Edit the description of Finance (the type cannot change).
        clickRow(view, gui::SpacesModel::Name, QStringLiteral("Finance"));
        clickToolButton(&ws, "editSpaceButton");
        auto *dialog = ws.findChild<gui::SpaceDialog *>(QStringLiteral("spaceDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("spaceType"))->isVisible());
        auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("spaceDescription"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Controlling only"));
        QTest::mouseClick(okOf(dialog, "spaceDialogButtons"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.findChild<gui::SpaceDialog *>(), 10000);
        auto onServer = serverSpace(QString::fromLatin1(sandbox::demo::kSpaceFinance));
        QVERIFY(onServer && onServer->ok());
        QCOMPARE(onServer->value().description.value_or(QString()), QStringLiteral("Controlling only"));
        const int row = ws.model()->rowOf(QString::fromLatin1(sandbox::demo::kSpaceFinance));
        QCOMPARE(ws.model()->data(ws.model()->index(row, gui::SpacesModel::Description)).toString(),
                 QStringLiteral("Controlling only"));

        // Typing a name filter asks the server again (after a pause).
        QTest::keyClicks(ws.findChild<QLineEdit *>(QStringLiteral("spaceNameFilter")), QStringLiteral("sales"));
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.model()->isLoading(), 10000);
        QCOMPARE(ws.model()->filter().name, QStringLiteral("sales"));
        auto *types = ws.findChild<QComboBox *>(QStringLiteral("spaceTypeFilter"));
        types->setCurrentIndex(types->findData(QStringLiteral("managed")));
        QTRY_COMPARE_WITH_TIMEOUT(ws.model()->rowCount(), 1, 10000);
        QCOMPARE(ws.model()->spaceAt(0)->id.value_or(QString()), QString::fromLatin1(sandbox::demo::kSpaceSalesProd));
    }

    void senseEnterpriseExplains()
    {
        auto qse = m_sandbox->senseEnterprise();
        gui::SpacesWorkspace ws(qse.get());
        ws.show();
        QVERIFY(ws.hasLoaded());
        auto *label = ws.findChild<QLabel *>(QStringLiteral("spacesUnsupported"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("Qlik Cloud feature")));
        QVERIFY(!ws.findChild<QTableView *>());
    }
};

ODAG_TEST_MAIN(TestSpacesWorkspace)
#include "tst_spaces_workspace.moc"
