// The sandbox's spaces over real HTTP with the project's SpacesApi: listing with
// filters and cursor paging, create/get/update/patch/delete with their errors, the
// caller's roles and actions, member assignments, space types, and durability.

#include "AppsTestKit.h"
#include "TestMain.h"

#include <QJsonArray>

using namespace appstest;

namespace {

QStringList names(const QList<Space> &spaces)
{
    QStringList out;
    for (const Space &s : spaces)
        out.append(s.name.value_or(QString()));
    return out;
}

QStringList roleNames(const std::optional<SpaceRoles> &roles)
{
    QStringList out;
    for (const auto &r : roles.value_or(SpaceRoles()))
        out.append(r.raw());
    return out;
}

} // namespace

class TestSandboxSpaces : public QObject
{
    Q_OBJECT
private:
    AppsFixture f;

    api::ApiResult<SpaceList> list(UserApis &u, const api::SpaceListQuery &q)
    {
        return run<SpaceList>(
            [&](api::Callback<SpaceList> cb) { return u.spaces.listSpaces(q, nullptr, cb); });
    }
    api::ApiResult<Space> create(UserApis &u, const QString &name, SpaceType type)
    {
        SpaceCreate c;
        c.name = name;
        c.type = type;
        c.description = QStringLiteral("Created by a test");
        return run<Space>(
            [&](api::Callback<Space> cb) { return u.spaces.createSpace(c, nullptr, cb); });
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void pagesThroughEveryVisibleSpace()
    {
        api::SpaceListQuery q;
        q.limit = 2;
        q.sort = QStringLiteral("+name");
        auto first = list(f.admin(), q);
        APPS_VERIFY_OK(first);
        QCOMPARE(first->data.size(), 2);
        QCOMPARE(first->totalCount(), std::optional<qint64>(5));
        QVERIFY(first->hasNext());
        QVERIFY(first->nextHref().startsWith(f.server().baseUrl().toString()));
        QVERIFY(first->prevHref().isEmpty());

        QStringList seen = names(first->data);
        QString href = first->nextHref();
        QString prev;
        while (!href.isEmpty()) {
            auto page = run<SpaceList>([&](api::Callback<SpaceList> cb) {
                return f.admin().spaces.nextPage(href, nullptr, cb);
            });
            APPS_VERIFY_OK(page);
            QVERIFY(!page->prevHref().isEmpty());
            prev = page->prevHref();
            seen += names(page->data);
            href = page->nextHref();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("Data Lake"), QStringLiteral("Finance"),
                                    QStringLiteral("Operations"), QStringLiteral("Sales Analytics"),
                                    QString::fromUtf8("Sales Analytics – Development")}));
        // The last page's prev link leads back to the page before it.
        auto back = run<SpaceList>([&](api::Callback<SpaceList> cb) {
            return f.admin().spaces.nextPage(prev, nullptr, cb);
        });
        APPS_VERIFY_OK(back);
        QCOMPARE(names(back->data), seen.mid(2, 2));

        // The pager of the client reads the same list.
        auto all = runPager<QList<Space>>([&](api::Callback<QList<Space>> cb) {
            api::SpaceListQuery one;
            one.limit = 1;
            return f.admin().spaces.listAllSpaces(one, nullptr, {}, cb);
        });
        APPS_VERIFY_OK(all);
        QCOMPARE(all->size(), 5);
    }

    void filtersAndSorts()
    {
        api::SpaceListQuery q;
        q.type = QStringLiteral("managed");
        auto managed = list(f.admin(), q);
        APPS_VERIFY_OK(managed);
        QCOMPARE(names(managed->data), QStringList{QStringLiteral("Sales Analytics")});

        q = {};
        q.type = QStringLiteral("shared,data");
        QCOMPARE(list(f.admin(), q)->data.size(), 4);

        q = {};
        q.name = QStringLiteral("SALES");
        QCOMPARE(list(f.admin(), q)->data.size(), 2);

        q = {};
        q.ownerId = id(demo::kSecondAuthorId);
        QCOMPARE(names(list(f.admin(), q)->data), QStringList{QStringLiteral("Finance")});

        q = {};
        q.sort = QStringLiteral("-name");
        QCOMPARE(list(f.admin(), q)->data.first().name,
                 std::optional(QStringLiteral("Sales Analytics – Development")));

        // Jonas publishes to the managed space only.
        q = {};
        q.action = QStringLiteral("publish");
        QCOMPARE(names(list(f.jonas(), q)->data), QStringList{QStringLiteral("Sales Analytics")});

        q = {};
        q.type = QStringLiteral("personal-ish");
        auto bad = list(f.admin(), q);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(detailNames(bad.error(), QStringLiteral("type")));

        q = {};
        q.sort = QStringLiteral("+ownerId");
        bad = list(f.admin(), q);
        QCOMPARE(bad.error().httpStatus, 400);
        QVERIFY(detailNames(bad.error(), QStringLiteral("sort")));
    }

    void callersSeeTheirSpacesWithTheirRoles()
    {
        // Carlos: consumer in development, contributor in the managed space (and a
        // consumer through the Sales group), consumer in Operations through EMEA.
        auto carlos = list(f.carlos(), {});
        APPS_VERIFY_OK(carlos);
        QCOMPARE(carlos->data.size(), 3);
        for (const Space &s : carlos->data) {
            QVERIFY(s.meta);
            QVERIFY(!s.allows(QStringLiteral("delete")));
            if (s.id == id(demo::kSpaceSalesProd)) {
                QCOMPARE(roleNames(s.meta->roles),
                         (QStringList{QStringLiteral("consumer"), QStringLiteral("contributor")}));
                QCOMPARE(s.meta->actions, std::optional(QStringList{QStringLiteral("read")}));
            }
        }
        auto finance = run<Space>([&](api::Callback<Space> cb) {
            return f.carlos().spaces.getSpace(id(demo::kSpaceFinance), nullptr, cb);
        });
        QCOMPARE(finance.error().httpStatus, 404);

        // The owner holds every assignable role and every action.
        auto own = run<Space>([&](api::Callback<Space> cb) {
            return f.aiko().spaces.getSpace(id(demo::kSpaceFinance), nullptr, cb);
        });
        APPS_VERIFY_OK(own);
        QCOMPARE(roleNames(own->meta->roles), roleNames(own->meta->assignableRoles));
        QVERIFY(own->allows(QStringLiteral("delete")));
        QVERIFY(own->allows(QStringLiteral("change_owner")));
        QCOMPARE(own->links->assignments->href,
                 f.server().baseUrl().toString() + QStringLiteral("/api/v1/spaces/") +
                     id(demo::kSpaceFinance) + QStringLiteral("/assignments"));
    }

    void createsSpacesWithUniqueNames()
    {
        auto made = create(f.jonas(), QStringLiteral("Marketing"), SpaceType::Shared);
        APPS_VERIFY_OK(made);
        QCOMPARE(made->type->value(), SpaceType::Shared);
        QCOMPARE(made->ownerId, std::optional(id(demo::kAuthorId)));
        QCOMPARE(made->createdBy, std::optional(id(demo::kAuthorId)));
        QVERIFY(made->id && made->id->size() == 24);

        auto again = create(f.aiko(), QStringLiteral("marketing"), SpaceType::Shared);
        QCOMPARE(again.error().httpStatus, 409);

        auto slash = create(f.jonas(), QStringLiteral("A/B"), SpaceType::Shared);
        QCOMPARE(slash.error().httpStatus, 400);
        QVERIFY(detailNames(slash.error(), QStringLiteral("name")));

        // Analysts create no spaces; managed spaces need an admin.
        QCOMPARE(create(f.carlos(), QStringLiteral("Mine"), SpaceType::Shared).error().httpStatus,
                 403);
        QCOMPARE(create(f.jonas(), QStringLiteral("Prod"), SpaceType::Managed).error().httpStatus,
                 403);
        APPS_VERIFY_OK(create(f.admin(), QStringLiteral("Prod"), SpaceType::Managed));

        // A type the service does not know, sent raw.
        TestReply r = f.call(demo::kAdminKey, "POST", QStringLiteral("/api/v1/spaces"),
                             R"({"name":"X","type":"team"})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("type:")));
        r = f.call(demo::kAdminKey, "POST", QStringLiteral("/api/v1/spaces"),
                   R"({"type":"shared"})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("name:")));
    }

    void updatesAndPatches()
    {
        const QString finance = id(demo::kSpaceFinance);
        SpaceUpdate u;
        u.name = QStringLiteral("Finance & Controlling");
        u.description = QStringLiteral("New words");
        auto put = run<Space>([&](api::Callback<Space> cb) {
            return f.aiko().spaces.updateSpace(finance, u, nullptr, cb);
        });
        APPS_VERIFY_OK(put);
        QCOMPARE(put->name, u.name);
        QCOMPARE(put->description, u.description);

        // A consumer may read but not change; a stranger does not see it at all.
        auto consumer = run<Space>([&](api::Callback<Space> cb) {
            return f.jonas().spaces.updateSpace(finance, u, nullptr, cb);
        });
        QCOMPARE(consumer.error().httpStatus, 403);
        auto stranger = run<Space>([&](api::Callback<Space> cb) {
            return f.carlos().spaces.updateSpace(finance, u, nullptr, cb);
        });
        QCOMPARE(stranger.error().httpStatus, 404);

        SpaceUpdate clash;
        clash.name = QStringLiteral("Operations");
        QCOMPARE(run<Space>([&](api::Callback<Space> cb) {
                     return f.aiko().spaces.updateSpace(finance, clash, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 409);
        SpaceUpdate owner;
        owner.ownerId = QStringLiteral("000000000000000000000000");
        auto badOwner = run<Space>([&](api::Callback<Space> cb) {
            return f.aiko().spaces.updateSpace(finance, owner, nullptr, cb);
        });
        QCOMPARE(badOwner.error().httpStatus, 400);
        QVERIFY(detailNames(badOwner.error(), QStringLiteral("ownerId")));

        JsonPatchList patch{JsonPatch::replace(QStringLiteral("/name"), QStringLiteral("Finance")),
                            JsonPatch::replace(QStringLiteral("/ownerId"), id(demo::kAdminId))};
        auto patched = run<Space>([&](api::Callback<Space> cb) {
            return f.aiko().spaces.patchSpace(finance, patch, nullptr, cb);
        });
        APPS_VERIFY_OK(patched);
        QCOMPARE(patched->name, std::optional(QStringLiteral("Finance")));
        QCOMPARE(patched->ownerId, std::optional(id(demo::kAdminId)));
        // Aiko gave it away: now only a member through the Finance group.
        QVERIFY(!patched->allows(QStringLiteral("delete")));

        const QString path = QStringLiteral("/api/v1/spaces/") + finance;
        TestReply r = f.call(demo::kAdminKey, "PATCH", path,
                             R"([{"op":"replace","path":"/type","value":"data"}])");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("[0].path:")));
        r = f.call(demo::kAdminKey, "PATCH", path,
                   R"([{"op":"replace","path":"/name","value":"x"},{"op":"move","path":"/name"}])");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("[1].op:")));
        r = f.call(demo::kAdminKey, "PATCH", path,
                   R"([{"op":"replace","path":"/name","value":7}])");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("[0].value:")));
        r = f.call(demo::kAdminKey, "PATCH", path, R"([{"op":"remove","path":"/description"}])");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("description")).toString(), QString());
        // Nothing of the refused patches was applied.
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Finance"));
    }

    void deletesOnlyEmptySpaces()
    {
        const QString dataLake = id(demo::kSpaceDataLake);
        auto full = run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.admin().spaces.deleteSpace(dataLake, nullptr, cb);
        });
        QCOMPARE(full.error().httpStatus, 412);

        auto made = create(f.jonas(), QStringLiteral("Short-lived"), SpaceType::Shared);
        APPS_VERIFY_OK(made);
        auto notOwner = run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.aiko().spaces.deleteSpace(*made->id, nullptr, cb);
        });
        QCOMPARE(notOwner.error().httpStatus, 404); // Aiko cannot even see it
        SpaceAssignmentCreate a;
        a.type = AssigneeType::User;
        a.assigneeId = id(demo::kSecondAuthorId);
        a.roles = {SpaceRole::Consumer};
        APPS_VERIFY_OK(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(*made->id, a, nullptr, cb);
        }));
        QCOMPARE(run<api::Empty>([&](api::Callback<api::Empty> cb) {
                     return f.aiko().spaces.deleteSpace(*made->id, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.jonas().spaces.deleteSpace(*made->id, nullptr, cb);
        }));
        QCOMPARE(run<Space>([&](api::Callback<Space> cb) {
                     return f.admin().spaces.getSpace(*made->id, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        // Its assignments went with it.
        QCOMPARE(f.call(demo::kAdminKey, "GET",
                        QStringLiteral("/api/v1/spaces/%1/assignments").arg(*made->id))
                     .status,
                 404);
    }

    void managesAssignments()
    {
        const QString dev = id(demo::kSpaceSalesDev);
        auto page = run<SpaceAssignmentList>([&](api::Callback<SpaceAssignmentList> cb) {
            api::AssignmentListQuery q;
            q.limit = 2;
            return f.jonas().spaces.listAssignments(dev, q, nullptr, cb);
        });
        APPS_VERIFY_OK(page);
        QCOMPARE(page->data.size(), 2);
        QCOMPARE(page->totalCount(), std::optional<qint64>(3));
        auto rest = run<SpaceAssignmentList>([&](api::Callback<SpaceAssignmentList> cb) {
            return f.jonas().spaces.nextAssignmentsPage(page->nextHref(), nullptr, cb);
        });
        APPS_VERIFY_OK(rest);
        QCOMPARE(rest->data.size(), 1);
        QVERIFY(!rest->hasNext());

        SpaceAssignmentCreate a;
        a.type = AssigneeType::User;
        a.assigneeId = id(demo::kAdminId);
        a.roles = {SpaceRole::Producer, SpaceRole::Consumer};
        auto made = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(dev, a, nullptr, cb);
        });
        APPS_VERIFY_OK(made);
        QCOMPARE(made->spaceId, std::optional(dev));
        QCOMPARE(made->createdBy, std::optional(id(demo::kAuthorId)));
        QVERIFY(made->links && made->links->self);
        const QString assignment = *made->id;

        auto twice = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(dev, a, nullptr, cb);
        });
        QCOMPARE(twice.error().httpStatus, 409);

        SpaceAssignmentCreate wrongRole = a;
        wrongRole.assigneeId = QStringLiteral("Finance");
        wrongRole.type = AssigneeType::Group;
        wrongRole.roles = {SpaceRole::Consumer, SpaceRole::Publisher}; // no publishers in shared
        auto badRole = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(dev, wrongRole, nullptr, cb);
        });
        QCOMPARE(badRole.error().httpStatus, 400);
        QVERIFY(detailNames(badRole.error(), QStringLiteral("roles[1]")));

        SpaceAssignmentCreate nobody = a;
        nobody.assigneeId = QStringLiteral("ffffffffffffffffffffffff");
        auto unknown = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(dev, nobody, nullptr, cb);
        });
        QCOMPARE(unknown.error().httpStatus, 400);
        QVERIFY(detailNames(unknown.error(), QStringLiteral("assigneeId")));

        // Members who only consume do not manage members.
        SpaceAssignmentCreate group = a;
        group.type = AssigneeType::Group;
        group.assigneeId = QStringLiteral("Finance");
        group.roles = {SpaceRole::Consumer};
        QCOMPARE(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
                     return f.carlos().spaces.createAssignment(dev, group, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 403);
        TestReply r = f.call(demo::kAuthorKey, "POST",
                             QStringLiteral("/api/v1/spaces/%1/assignments").arg(dev),
                             R"({"type":"robot","assigneeId":"x","roles":["consumer"]})");
        QCOMPARE(r.status, 400);
        r = f.call(demo::kAuthorKey, "POST",
                   QStringLiteral("/api/v1/spaces/%1/assignments").arg(dev),
                   R"({"type":"user","assigneeId":"x","roles":[]})");
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstError()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("roles:")));

        auto got = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.carlos().spaces.getAssignment(dev, assignment, nullptr, cb);
        });
        APPS_VERIFY_OK(got);
        QCOMPARE(roleNames(got->roles),
                 (QStringList{QStringLiteral("producer"), QStringLiteral("consumer")}));

        auto updated = run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.updateAssignment(
                dev, assignment, SpaceAssignmentUpdate::fromRoles({SpaceRole::DataConsumer}),
                nullptr, cb);
        });
        APPS_VERIFY_OK(updated);
        QCOMPARE(roleNames(updated->roles), QStringList{QStringLiteral("dataconsumer")});
        QCOMPARE(updated->updatedBy, std::optional(id(demo::kAuthorId)));
        // Seed 003's single `role` is taken too.
        r = f.call(demo::kAuthorKey, "PUT",
                   QStringLiteral("/api/v1/spaces/%1/assignments/%2").arg(dev, assignment),
                   R"({"role":"codeveloper"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("codeveloper")});
        r = f.call(demo::kAuthorKey, "PUT",
                   QStringLiteral("/api/v1/spaces/%1/assignments/%2").arg(dev, assignment),
                   R"({"roles":["operator"]})");
        QCOMPARE(r.status, 400);

        APPS_VERIFY_OK(run<api::Empty>([&](api::Callback<api::Empty> cb) {
            return f.jonas().spaces.deleteAssignment(dev, assignment, nullptr, cb);
        }));
        QCOMPARE(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
                     return f.jonas().spaces.getAssignment(dev, assignment, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
        // An assignment is found only under its own space.
        QCOMPARE(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
                     return f.admin().spaces.getAssignment(id(demo::kSpaceFinance),
                                                           *page->data.first().id, nullptr, cb);
                 })
                     .error()
                     .httpStatus,
                 404);
    }

    void assignmentGrantsAccess()
    {
        // Carlos does not see Finance until the space owner adds him.
        SpaceAssignmentCreate a;
        a.type = AssigneeType::User;
        a.assigneeId = id(demo::kAnalystId);
        a.roles = {SpaceRole::Consumer};
        APPS_VERIFY_OK(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.aiko().spaces.createAssignment(id(demo::kSpaceFinance), a, nullptr, cb);
        }));
        auto now = run<Space>([&](api::Callback<Space> cb) {
            return f.carlos().spaces.getSpace(id(demo::kSpaceFinance), nullptr, cb);
        });
        APPS_VERIFY_OK(now);
        QCOMPARE(roleNames(now->meta->roles), QStringList{QStringLiteral("consumer")});
        QCOMPARE(list(f.carlos(), {})->data.size(), 4);
    }

    void listsSpaceTypes()
    {
        auto types = run<SpaceTypes>([&](api::Callback<SpaceTypes> cb) {
            return f.carlos().spaces.listSpaceTypes(nullptr, cb);
        });
        APPS_VERIFY_OK(types);
        QCOMPARE(types->types().size(), 3);
        QVERIFY(types->data->first().bare); // the real shape: bare strings
        QCOMPARE(types->types().at(1).value(), SpaceType::Managed);
    }

    void spacesSurviveARestart()
    {
        auto made = create(f.jonas(), QStringLiteral("Durable"), SpaceType::Shared);
        APPS_VERIFY_OK(made);
        SpaceAssignmentCreate a;
        a.type = AssigneeType::Group;
        a.assigneeId = QStringLiteral("EMEA");
        a.roles = {SpaceRole::Consumer};
        APPS_VERIFY_OK(run<SpaceAssignment>([&](api::Callback<SpaceAssignment> cb) {
            return f.jonas().spaces.createAssignment(*made->id, a, nullptr, cb);
        }));
        QVERIFY(f.start(true));
        auto again = run<Space>([&](api::Callback<Space> cb) {
            return f.carlos().spaces.getSpace(*made->id, nullptr, cb);
        });
        APPS_VERIFY_OK(again);
        QCOMPARE(again->name, std::optional(QStringLiteral("Durable")));
        QCOMPARE(roleNames(again->meta->roles), QStringList{QStringLiteral("consumer")});
        // The demo seeding on restart left the tenant as it was.
        QCOMPARE(list(f.admin(), {})->totalCount(), std::optional<qint64>(6));
    }
};

ODAG_TEST_MAIN(TestSandboxSpaces)
#include "tst_sandbox_spaces.moc"
