// The sandbox's Qlik Cloud ODAG link paths over real HTTP, driven by the project's own
// client (OdagLinksApi): create with bindings from the template script, read and list
// filters, updates with ownership and optimistic concurrency, status changes, the
// link-create permission, selection-app link usages, and the refusals in ErrorV2.

#include "LinksTestKit.h"
#include "TestMain.h"

#include "core/rules/ScriptBindings.h"
#include "sandbox/odag/OdagArea.h"

#include <QJsonArray>

using namespace linkstest;

namespace {

const char *const kAdmin = demo::kAdminKey;
const char *const kJonas = demo::kAuthorKey;
const char *const kAiko = demo::kSecondAuthorKey;
const char *const kCarlos = demo::kAnalystKey;

QString linkPath(const QString &id)
{
    return QStringLiteral("/api/analytics/odag-links/") + id;
}

} // namespace

class TestSandboxLinks : public QObject
{
    Q_OBJECT
private:
    LinksFixture f;

private Q_SLOTS:
    void init()
    {
        QVERIFY2(f.start(), qPrintable(f.server().errorString()));
        QVERIFY(f.createApps());
    }
    void cleanup() { f.stop(); }

    void createInitialisesBindingsFromTheTemplateScript()
    {
        LinkAddPayload p = LinksFixture::payload(QStringLiteral("Orders detail"));
        Binding product;
        product.templateAppVarName = QStringLiteral("od_Product");
        product.selectAppParamType = SelectAppParamType::Field;
        product.selectAppParamName = QStringLiteral("ProductName");
        product.range = ValueCountRange{2, 4, {}};
        product.numericOnly = true; // read-only: the script's value stays
        p.bindings = QList<Binding>{product};

        const auto created = f.create(kJonas, p);
        ODAG_VERIFY_OK(created);
        const LinkStateFull &l = *created;
        QVERIFY(isQlikId(l.id));
        QCOMPARE(l.status.value(), LinkStatus::Active);
        QCOMPARE(l.owner.id, QString::fromLatin1(demo::kAuthorId));
        QCOMPARE(l.owner.name, QStringLiteral("Jonas Berg"));
        QCOMPARE(l.modifiedByUser->id, QString::fromLatin1(demo::kAuthorId));
        QCOMPARE(l.templateApp.id, kTpl1);
        QCOMPARE(l.templateApp.name, QStringLiteral("Orders template"));
        QVERIFY(l.createdDate.isValid());
        QCOMPARE(l.modifiedDate->raw(), l.createdDate.raw());
        QVERIFY(!l.genAppAccessible); // only on a single-link GET

        QCOMPARE(varNames(l),
                 QStringList({QStringLiteral("odso_Region"), QStringLiteral("odagn_Year"),
                              QStringLiteral("od_Product")}));
        // Bindings the payload does not name are exactly what the scanner finds.
        const QList<Binding> scanned = rules::ScriptBindings::scan(kTpl1Script).toBindings();
        QCOMPARE(l.bindings->at(0), scanned.at(0));
        QCOMPARE(l.bindings->at(1), scanned.at(1));
        QCOMPARE(l.bindings->at(0).formatting->effectiveQuote(), QStringLiteral("'"));
        QVERIFY(l.bindings->at(1).numericOnly.value_or(false));
        // The payload sets range and parameter; the script keeps what only it decides.
        const Binding &b = l.bindings->at(2);
        QCOMPARE(scanned.at(2).range, (ValueCountRange{1, 5, {}}));
        QCOMPARE(b.range, (ValueCountRange{2, 4, {}}));
        QCOMPARE(b.selectAppParamName, QStringLiteral("ProductName"));
        QCOMPARE(b.numericOnly, scanned.at(2).numericOnly);
        QCOMPARE(b.selectionStates, scanned.at(2).selectionStates);

        // 201 on the wire.
        f.raw().setApiKey(kJonas);
        const TestReply r = f.raw().call("POST", QStringLiteral("/api/analytics/odag-links"),
                                         json::toBytes(json::encode(p)));
        QCOMPARE(r.status, 201);
    }

    void incompleteLinks()
    {
        LinkAddPayload noRange = LinksFixture::payload(QStringLiteral("No range for all"));
        noRange.properties->rowEstRange = {
            LinkPropRowEstRange{QStringLiteral("User.group = Sales"), 0, 10, {}}};
        const auto a = f.create(kJonas, noRange);
        ODAG_VERIFY_OK(a);
        QCOMPARE(a->status.value(), LinkStatus::Incomplete);

        LinkAddPayload noTemplate = LinksFixture::payload(QStringLiteral("No template"));
        noTemplate.templateApp.reset();
        const auto b = f.create(kJonas, noTemplate);
        ODAG_VERIFY_OK(b);
        QCOMPARE(b->status.value(), LinkStatus::Incomplete);
        QVERIFY(b->bindings->isEmpty());

        // Activating an incomplete link is refused; completing it makes it active.
        const auto refused = f.update(
            kJonas, a->id, LinkPutPayload::statusChange(*a, kSel1, LinkStatusSetting::Activate));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(refused.error().code, QString::fromLatin1(linkcode::kIncomplete));
        LinkPutPayload fix = LinkPutPayload::fromLink(*a, kSel1);
        fix.properties->rowEstRange.append(
            LinkPropRowEstRange{QStringLiteral("User_*"), std::nullopt, 50, {}});
        const auto fixed = f.update(kJonas, a->id, fix);
        ODAG_VERIFY_OK(fixed);
        QCOMPARE(fixed->status.value(), LinkStatus::Active);
    }

    void createRefusals()
    {
        auto expect = [this](const char *key, const LinkAddPayload &p, int status,
                             const char *code) {
            const auto r = f.create(key, p);
            QVERIFY2(!r.ok(), code);
            QCOMPARE(r.error().httpStatus, status);
            QCOMPARE(r.error().code, QString::fromLatin1(code));
            QVERIFY(!r.error().detail.isEmpty());
        };
        const LinkAddPayload good = LinksFixture::payload(QStringLiteral("x"));
        expect(kCarlos, good, 403, linkcode::kCannotCreate);
        LinkAddPayload p = good;
        p.selectionApp = kMissingApp;
        expect(kJonas, p, 404, linkcode::kAppNotFound);
        p = good;
        p.templateApp = QStringLiteral("not-an-id");
        expect(kJonas, p, 400, linkcode::kInvalidId);
        p = good;
        p.templateApp = kSel1;
        expect(kJonas, p, 400, linkcode::kSameApp);
        p = good;
        p.properties->genAppLimit = QList<LinkPropGenAppLimit>{{QStringLiteral("User_*"), 0, {}}};
        expect(kJonas, p, 400, linkcode::kInvalidLink);
        p = good;
        p.name = QStringLiteral("  ");
        expect(kJonas, p, 400, linkcode::kInvalidLink);
        QCOMPARE(f.list(kAdmin, {std::nullopt, {}, LinkType::All, {}})->size(), 0);

        // A malformed body: 400 naming the field.
        f.raw().setApiKey(kJonas);
        const TestReply r = f.raw().call(
            "POST", QStringLiteral("/api/analytics/odag-links"),
            QByteArrayLiteral("{\"name\":\"x\",\"selectionApp\":\"7a00000000000000000000a1\","
                              "\"properties\":{\"rowEstRange\":[{\"context\":\"User_*\","
                              "\"highBound\":\"many\"}]}}"));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.firstError()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QStringLiteral("properties.rowEstRange[0].highBound:")),
                 r.body.constData());
        QVERIFY(r.object().contains(QStringLiteral("traceId")));
    }

    void readAndListFilters()
    {
        const auto a = f.create(kJonas, LinksFixture::payload(QStringLiteral("A")));
        LinkAddPayload viewPayload = LinksFixture::payload(QStringLiteral("B view"));
        viewPayload.dynamicView = true;
        const auto b = f.create(kJonas, viewPayload);
        const auto c = f.create(kAiko, LinksFixture::payload(QStringLiteral("C"), kSel2, kTpl2));
        ODAG_VERIFY_OK(a);
        ODAG_VERIFY_OK(b);
        ODAG_VERIFY_OK(c);

        auto names = [this](const char *key, api::LinkListQuery q) {
            QStringList out;
            const auto r = f.list(key, q);
            if (r.ok()) {
                for (const LinkStateFull &l : *r)
                    out << l.name;
            }
            return out;
        };
        QCOMPARE(names(kCarlos, {}), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(names(kCarlos, {std::nullopt, {}, LinkType::View, {}}),
                 QStringList({QStringLiteral("B view")}));
        QCOMPARE(names(kCarlos, {std::nullopt, {}, LinkType::All, {}}).size(), 3);
        QCOMPARE(names(kCarlos, {std::nullopt, kSel2, LinkType::All, {}}),
                 QStringList({QStringLiteral("C")}));
        QCOMPARE(
            names(kCarlos,
                  {std::nullopt, {}, LinkType::All, QString::fromLatin1(demo::kSecondAuthorId)}),
            QStringList({QStringLiteral("C")}));

        const auto listed = f.list(kCarlos, {true, {}, std::nullopt, {}});
        ODAG_VERIFY_OK(listed);
        QVERIFY(listed->at(0).templateAppChartObjects.has_value());
        QVERIFY(!listed->at(0).genAppAccessible.has_value());
        QCOMPARE(*listed->at(0).privileges, QStringList({QStringLiteral("read")}));

        // Privileges and genAppAccessible per caller on a single GET.
        const auto owner = f.get(kJonas, a->id);
        ODAG_VERIFY_OK(owner);
        QCOMPARE(*owner->privileges,
                 QStringList({QStringLiteral("read"), QStringLiteral("update")}));
        QCOMPARE(owner->genAppAccessible, std::optional<bool>(true));
        QVERIFY(!owner->templateAppChartObjects);
        const auto admin = f.get(kAdmin, a->id);
        QCOMPARE(*admin->privileges, QStringList({QStringLiteral("read"), QStringLiteral("update"),
                                                  QStringLiteral("change_owner")}));
        QCOMPARE(*f.get(kCarlos, a->id)->privileges, QStringList({QStringLiteral("read")}));

        // A link disabled for one group is not accessible to its members.
        LinkAddPayload scoped = LinksFixture::payload(QStringLiteral("Not for EMEA"));
        scoped.properties->disable = QList<LinkPropDisable>{
            {QStringLiteral("User_*"), false, {}}, {QStringLiteral("User.group = EMEA"), true, {}}};
        const auto d = f.create(kJonas, scoped);
        ODAG_VERIFY_OK(d);
        QCOMPARE(f.get(kCarlos, d->id)->genAppAccessible, std::optional<bool>(false));
        QCOMPARE(f.get(kJonas, d->id)->genAppAccessible, std::optional<bool>(true));

        const auto missing = f.get(kJonas, QStringLiteral("0123456789abcdef01234567"));
        QCOMPARE(missing.error().httpStatus, 404);
        QCOMPARE(missing.error().code, QString::fromLatin1(linkcode::kLinkNotFound));
        f.raw().setApiKey(kJonas);
        QCOMPARE(f.raw().get(QStringLiteral("/api/analytics/odag-links?type=sideways")).status,
                 400);
        // There is no DELETE for Cloud links.
        QCOMPARE(f.raw().call("DELETE", linkPath(a->id)).status, 405);
    }

    void updateWithConcurrencyCheck()
    {
        const auto created = f.create(kJonas, LinksFixture::payload(QStringLiteral("Before")));
        ODAG_VERIFY_OK(created);
        LinkPutPayload p = LinkPutPayload::fromLink(*created, kSel1);
        p.name = QStringLiteral("After");
        const auto updated = f.update(kJonas, created->id, p);
        ODAG_VERIFY_OK(updated);
        QCOMPARE(updated->name, QStringLiteral("After"));
        QVERIFY(updated->modifiedDate->toDateTime() > created->modifiedDate->toDateTime());
        QCOMPARE(updated->createdDate, created->createdDate);

        // The same base again is stale now: 409, and nothing changes.
        p.name = QStringLiteral("Lost update");
        const auto stale = f.update(kJonas, created->id, p);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().httpStatus, 409);
        QCOMPARE(stale.error().code, QString::fromLatin1(linkcode::kConflict));
        QVERIFY(stale.error().detail.contains(QStringLiteral("Jonas Berg")));
        QCOMPARE(f.get(kJonas, created->id)->name, QStringLiteral("After"));

        // Without a modifiedDate the update is not checked.
        p.modifiedDate.reset();
        ODAG_VERIFY_OK(f.update(kJonas, created->id, p));

        // A new template brings its own bindings.
        LinkPutPayload move = LinkPutPayload::fromLink(*f.get(kJonas, created->id), kSel1);
        move.templateApp = kTpl2;
        move.bindings.reset();
        const auto moved = f.update(kJonas, created->id, move);
        ODAG_VERIFY_OK(moved);
        QCOMPARE(varNames(*moved), QStringList({QStringLiteral("odag_Carrier")}));
        QCOMPARE(moved->templateApp.name, QStringLiteral("Flights template"));
    }

    void ownershipRules()
    {
        const auto created = f.create(kJonas, LinksFixture::payload(QStringLiteral("Mine")));
        ODAG_VERIFY_OK(created);
        LinkPutPayload p = LinkPutPayload::fromLink(*created, kSel1);
        p.name = QStringLiteral("Theirs");
        for (const char *key : {kAiko, kCarlos}) {
            const auto r = f.update(key, created->id, p);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().httpStatus, 403);
            QCOMPARE(r.error().code, QString::fromLatin1(linkcode::kNotOwner));
        }
        const auto byAdmin = f.update(kAdmin, created->id, p);
        ODAG_VERIFY_OK(byAdmin);
        QCOMPARE(byAdmin->owner.id, QString::fromLatin1(demo::kAuthorId));
        QCOMPARE(byAdmin->modifiedByUser->id, QString::fromLatin1(demo::kAdminId));

        // Only an administrator gives a link away, and only to a known user.
        LinkPutPayload transfer = LinkPutPayload::fromLink(*byAdmin, kSel1);
        transfer.ownerId = QString::fromLatin1(demo::kSecondAuthorId);
        const auto notAdmin = f.update(kJonas, created->id, transfer);
        QCOMPARE(notAdmin.error().httpStatus, 403);
        QCOMPARE(notAdmin.error().code, QString::fromLatin1(linkcode::kOwnerChange));
        LinkPutPayload nobody = transfer;
        nobody.ownerId = QStringLiteral("0000000000000000000000ee");
        QCOMPARE(f.update(kAdmin, created->id, nobody).error().code,
                 QString::fromLatin1(linkcode::kUserNotFound));
        const auto moved = f.update(kAdmin, created->id, transfer);
        ODAG_VERIFY_OK(moved);
        QCOMPARE(moved->owner.id, QString::fromLatin1(demo::kSecondAuthorId));
        QCOMPARE(moved->owner.name, QStringLiteral("Aiko Tanaka"));
        // The former owner may no longer change it; the new one may.
        LinkPutPayload again = LinkPutPayload::fromLink(*moved, kSel1);
        QCOMPARE(f.update(kJonas, created->id, again).error().httpStatus, 403);
        ODAG_VERIFY_OK(f.update(kAiko, created->id, again));
    }

    void statusChanges()
    {
        const auto created = f.create(kJonas, LinksFixture::payload(QStringLiteral("Status")));
        ODAG_VERIFY_OK(created);
        // With statusSetting only the status changes; the rest of the payload is ignored.
        LinkPutPayload p =
            LinkPutPayload::statusChange(*created, kSel1, LinkStatusSetting::Disable);
        p.name = QStringLiteral("ignored");
        const auto disabled = f.update(kJonas, created->id, p);
        ODAG_VERIFY_OK(disabled);
        QCOMPARE(disabled->status.value(), LinkStatus::Disabled);
        QCOMPARE(disabled->name, QStringLiteral("Status"));
        QCOMPARE(f.get(kJonas, created->id)->genAppAccessible, std::optional<bool>(false));

        // A content update keeps a disabled link disabled.
        LinkPutPayload edit = LinkPutPayload::fromLink(*disabled, kSel1);
        edit.name = QStringLiteral("Status 2");
        QCOMPARE(f.update(kJonas, created->id, edit)->status.value(), LinkStatus::Disabled);

        const auto active =
            f.update(kJonas, created->id,
                     LinkPutPayload::statusChange(*f.get(kJonas, created->id), kSel1,
                                                  LinkStatusSetting::Activate));
        ODAG_VERIFY_OK(active);
        QCOMPARE(active->status.value(), LinkStatus::Active);

        LinkPutPayload unknown =
            LinkPutPayload::statusChange(*active, kSel1, LinkStatusSetting::Disable);
        unknown.statusSetting = OpenEnum<LinkStatusSetting>::fromRaw(QStringLiteral("pause"));
        QCOMPARE(f.update(kJonas, created->id, unknown).error().code,
                 QString::fromLatin1(linkcode::kStatusSetting));

        const auto gone =
            f.update(kJonas, created->id,
                     LinkPutPayload::statusChange(*active, kSel1, LinkStatusSetting::Decommission));
        ODAG_VERIFY_OK(gone);
        QCOMPARE(gone->status.value(), LinkStatus::Decommissioned);
        QCOMPARE(*gone->privileges, QStringList({QStringLiteral("read")}));

        // Decommissioned is final.
        for (LinkStatusSetting s : {LinkStatusSetting::Activate, LinkStatusSetting::Decommission}) {
            const auto r =
                f.update(kJonas, created->id, LinkPutPayload::statusChange(*gone, kSel1, s));
            QCOMPARE(r.error().httpStatus, 400);
            QCOMPARE(r.error().code, QString::fromLatin1(linkcode::kDecommissioned));
        }
        QCOMPARE(f.update(kAdmin, created->id, LinkPutPayload::fromLink(*gone, kSel1)).error().code,
                 QString::fromLatin1(linkcode::kDecommissioned));
        // Retired: hidden from everyone but its owner and administrators.
        QCOMPARE(f.get(kCarlos, created->id).error().httpStatus, 404);
        ODAG_VERIFY_OK(f.get(kAdmin, created->id));
        QCOMPARE(f.list(kCarlos)->size(), 0);
        QCOMPARE(f.list(kJonas)->size(), 1);
    }

    void canCreatePerUser()
    {
        auto allowed = [this](const char *key, api::CanCreateQuery q = {}) {
            const auto r = f.canCreate(key, q);
            return r.ok() && r->allowed();
        };
        QVERIFY(allowed(kAdmin));
        QVERIFY(allowed(kJonas));
        QVERIFY(allowed(kAiko));
        QVERIFY(!allowed(kCarlos));

        // kSel1 belongs to the admin, kSel2 to Jonas.
        const api::CanCreateQuery onSel1{true, kSel1, kTpl1};
        QVERIFY(!allowed(kJonas, onSel1));
        QVERIFY(allowed(kAdmin, onSel1));
        QVERIFY(allowed(kJonas, {true, kSel2, {}}));
        QVERIFY(allowed(kJonas, {false, kSel1, {}}));
        QVERIFY(allowed(kJonas, {true, {}, {}})); // ignored without optSelectAppId

        const auto bad = f.canCreate(kJonas, {std::nullopt, kMissingApp, {}});
        QCOMPARE(bad.error().httpStatus, 400);
        QCOMPARE(bad.error().code, QString::fromLatin1(linkcode::kInvalidParameter));
    }

    void selectionAppLinkUsages()
    {
        const auto a = f.create(kJonas, LinksFixture::payload(QStringLiteral("On sel1")));
        const auto b =
            f.create(kJonas, LinksFixture::payload(QStringLiteral("On sel2"), kSel2, kTpl2));
        LinkAddPayload viewPayload = LinksFixture::payload(QStringLiteral("View on sel1"));
        viewPayload.dynamicView = true;
        const auto v = f.create(kJonas, viewPayload);
        const auto c = f.create(kJonas, LinksFixture::payload(QStringLiteral("Retired")));
        ODAG_VERIFY_OK(c);
        ODAG_VERIFY_OK(
            f.update(kJonas, c->id,
                     LinkPutPayload::statusChange(*c, kSel1, LinkStatusSetting::Decommission)));

        auto usages = [this](const char *key, const QStringList &ids,
                             std::optional<LinkType> type = std::nullopt) {
            UserApis &u = f.as(key);
            return run<QList<LinkStateRef>>([&](api::Callback<QList<LinkStateRef>> done) {
                return u.links.selectionAppLinkUsages({kSel1, type, std::nullopt},
                                                      SelAppLinkUsagePayload{ids, {}}, &u.transport,
                                                      std::move(done));
            });
        };
        const QStringList ids{a->id, b->id, c->id, v->id};
        const auto forCarlos = usages(kCarlos, ids);
        ODAG_VERIFY_OK(forCarlos);
        QCOMPARE(forCarlos->size(), 4);
        QCOMPARE(forCarlos->at(0).id, a->id);
        QVERIFY(forCarlos->at(0).link.has_value());
        QCOMPARE(forCarlos->at(0).link->name, QStringLiteral("On sel1"));
        QVERIFY(!forCarlos->at(1).link); // another selection app's link
        QVERIFY(!forCarlos->at(2).link); // decommissioned: not accessible to Carlos
        QVERIFY(!forCarlos->at(3).link); // a view, and type defaults to link
        const auto forOwner = usages(kJonas, ids, LinkType::All);
        QVERIFY(forOwner->at(2).link.has_value());
        QVERIFY(forOwner->at(3).link.has_value());

        const auto unknown = usages(kJonas, {QStringLiteral("0123456789abcdef01234567")});
        QCOMPARE(unknown.error().httpStatus, 404);
        const auto malformed = usages(kJonas, {QStringLiteral("nope")});
        QCOMPARE(malformed.error().httpStatus, 400);
        QVERIFY(malformed.error().detail.contains(QStringLiteral("linkList[0]")));
        f.raw().setApiKey(kJonas);
        QCOMPARE(f.raw()
                     .call("POST",
                           QStringLiteral("/api/analytics/odag-links/selection-app-link-usages"),
                           "{\"linkList\":[]}")
                     .status,
                 400);
    }

    void odagDisabledAndDynamicViewsOff()
    {
        const auto created = f.create(kJonas, LinksFixture::payload(QStringLiteral("Kept")));
        ODAG_VERIFY_OK(created);
        QVERIFY(f.setSettings(false, true));
        f.raw().setApiKey(kJonas);
        for (const auto &[method, path] :
             {std::pair{QByteArray("GET"), QStringLiteral("/api/analytics/odag-links")},
              std::pair{QByteArray("GET"), linkPath(created->id)},
              std::pair{QByteArray("GET"),
                        QStringLiteral("/api/analytics/odag-links/cancreate")}}) {
            const TestReply r = f.raw().call(method, path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.firstError().value(QStringLiteral("code")).toString(),
                     QString::fromLatin1(linkcode::kOdagNotEnabled));
        }
        const auto refused = f.create(kJonas, LinksFixture::payload(QStringLiteral("New")));
        QCOMPARE(refused.error().code, QString::fromLatin1(linkcode::kOdagNotEnabled));
        ODAG_VERIFY_OK(f.odagApps(kJonas, OdagAppType::Selection)); // still answers

        QVERIFY(f.setSettings(true, false));
        ODAG_VERIFY_OK(f.get(kJonas, created->id));
        LinkAddPayload view = LinksFixture::payload(QStringLiteral("View"));
        view.dynamicView = true;
        QCOMPARE(f.create(kJonas, view).error().code,
                 QString::fromLatin1(linkcode::kDynamicViewDisabled));
        LinkPutPayload toView = LinkPutPayload::fromLink(*created, kSel1);
        toView.dynamicView = true;
        QCOMPARE(f.update(kJonas, created->id, toView).error().httpStatus, 400);
    }
};

ODAG_TEST_MAIN(TestSandboxLinks)
#include "tst_sandbox_links.moc"
