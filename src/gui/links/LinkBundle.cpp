#include "LinkBundle.h"

#include "core/rules/LinkLint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace odag::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::LinkBundle)
};

const QString kFormat = QStringLiteral("odag-admin-link-bundle");
const QString kCloud = QStringLiteral("cloud");
const QString kQse = QStringLiteral("qlik-sense-enterprise");
const QString kSelection = QStringLiteral("selection");
const QString kTemplate = QStringLiteral("template");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// The payload sets only what a binding may set: formatting, numericOnly and
// selectionStates come from the target's template script.
QList<Binding> writableBindings(const QList<Binding> &bindings)
{
    QList<Binding> out;
    for (const Binding &b : bindings) {
        Binding w;
        w.templateAppVarName = b.templateAppVarName;
        w.selectAppParamType = b.selectAppParamType;
        w.selectAppParamName = b.selectAppParamName;
        w.range = b.range;
        out.push_back(w);
    }
    return out;
}

QList<Binding> fromQseBindings(const QList<QseBinding> &bindings)
{
    QList<Binding> out;
    for (const QseBinding &q : bindings) {
        Binding b;
        b.templateAppVarName = q.templateField.value_or(QString());
        b.selectAppParamName = q.selectionField;
        b.selectAppParamType = OpenEnum<SelectAppParamType>::fromRaw(q.selectionType.value_or(QStringLiteral("Field")));
        out.push_back(b);
    }
    return out;
}

QList<QseBinding> toQseBindings(const QList<Binding> &bindings)
{
    QList<QseBinding> out;
    for (const Binding &b : bindings) {
        QseBinding q;
        q.templateField = b.templateAppVarName;
        q.selectionField = b.selectAppParamName;
        q.selectionType = b.selectAppParamType.raw();
        out.push_back(q);
    }
    return out;
}

bool hasContextProperties(const LinkProperties &p)
{
    return p.disable || p.menuLabel || p.genAppName || p.genAppLimit || p.limitPolicy || !p.rowEstRange.isEmpty() ||
           p.targetSheet || p.appOpenMethod || p.appRetentionTime || p.overrideGenAppLimit;
}
} // namespace

QJsonObject LinkBundle::write(const QList<LinkRecord> &records, const QUrl &baseUrl, TenantSession::Kind kind,
                              const QDateTime &now)
{
    QJsonArray links;
    QJsonArray apps;
    QSet<QString> seen;
    auto addApp = [&](const QString &id, const QString &name, const QString &role) {
        if (id.isEmpty() || seen.contains(role + id))
            return;
        seen.insert(role + id);
        // Qlik Sense Enterprise links do not name their apps: the ID stands in.
        apps.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), name.isEmpty() ? id : name},
                                {QStringLiteral("role"), role}});
    };
    for (const LinkRecord &r : records) {
        QJsonObject j = r.isQse() ? json::encode(*r.qse).toObject() : json::encode(r.link).toObject();
        j.insert(QStringLiteral("selectionApp"),
                 QJsonObject{{QStringLiteral("id"), r.selectionAppId}, {QStringLiteral("name"), r.selectionAppName}});
        links.append(j);
        addApp(r.selectionAppId, r.selectionAppName, kSelection);
        addApp(r.link.templateApp.id, r.link.templateApp.name, kTemplate);
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("exportedAt"), now.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("baseUrl"), baseUrl.toString(QUrl::RemoveUserInfo)},
                     {QStringLiteral("kind"), kind == TenantSession::Kind::SenseEnterprise ? kQse : kCloud}}},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("links"), links},
    };
}

Result<LinkBundle, QString> LinkBundle::read(const QByteArray &bytes)
{
    const auto parsed = json::parse(bytes);
    if (!parsed)
        return Tr::tr("The file is not valid JSON (%1).").arg(parsed.error().toString());
    if (!parsed->isObject())
        return Tr::tr("The file is not an ODAG Admin link bundle: it holds no JSON object.");
    const QJsonObject root = parsed->toObject();
    if (str(root, "format") != kFormat)
        return Tr::tr("The file is not an ODAG Admin link bundle (its \"format\" is not \"%1\").").arg(kFormat);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return Tr::tr("The bundle has no version number.");
    if (version.toInt() > kVersion)
        return Tr::tr("The bundle was written by a newer ODAG Admin (format version %1); this one reads version %2.")
            .arg(version.toInt())
            .arg(kVersion);

    LinkBundle b;
    b.exportedAt = str(root, "exportedAt");
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    b.sourceUrl = str(source, "baseUrl");
    b.sourceKind = str(source, "kind");
    if (b.sourceKind != kCloud && b.sourceKind != kQse)
        return Tr::tr("The bundle does not say which kind of tenant it comes from (source.kind is \"%1\").")
            .arg(b.sourceKind);

    QHash<QString, QString> templateNames;
    const QJsonArray apps = root.value(QStringLiteral("apps")).toArray();
    for (int i = 0; i < apps.size(); ++i) {
        const QJsonObject a = apps.at(i).toObject();
        BundleApp app{str(a, "id"), str(a, "name"), str(a, "role")};
        if (app.id.isEmpty() || (app.role != kSelection && app.role != kTemplate))
            return Tr::tr("App %1 of the bundle has no ID or an unknown role.").arg(i + 1);
        if (app.role == kTemplate)
            templateNames.insert(app.id, app.name);
        b.apps.push_back(app);
    }

    const QJsonValue linksValue = root.value(QStringLiteral("links"));
    if (!linksValue.isArray() || linksValue.toArray().isEmpty())
        return Tr::tr("The bundle contains no links.");
    const QJsonArray links = linksValue.toArray();
    for (int i = 0; i < links.size(); ++i) {
        if (!links.at(i).isObject())
            return Tr::tr("Link %1 of the bundle is not a JSON object.").arg(i + 1);
        BundleLink l;
        l.json = links.at(i).toObject();
        const QJsonObject sel = l.json.take(QStringLiteral("selectionApp")).toObject();
        l.selectionAppId = str(sel, "id");
        l.selectionAppName = str(sel, "name");
        if (b.sourceKind == kCloud) {
            auto link = json::decode<LinkStateFull>(QJsonValue(l.json));
            if (!link)
                return Tr::tr("Link %1 of the bundle cannot be read: %2").arg(i + 1).arg(link.error().toString());
            l.name = link->name;
            l.templateAppId = link->templateApp.id;
            l.templateAppName = link->templateApp.name;
            l.sourceStatus = link->status.raw();
            l.cloud = link.value();
        } else {
            auto link = json::decode<QseLink>(QJsonValue(l.json));
            if (!link)
                return Tr::tr("Link %1 of the bundle cannot be read: %2").arg(i + 1).arg(link.error().toString());
            l.name = link->name.value_or(QString());
            l.templateAppId = link->templateAppId.value_or(QString());
            if (l.selectionAppId.isEmpty())
                l.selectionAppId = link->selectionAppId.value_or(QString());
            l.sourceStatus = link->status.value_or(QString()).toLower();
            l.qse = link.value();
        }
        if (l.templateAppName.isEmpty())
            l.templateAppName = templateNames.value(l.templateAppId);
        if (l.selectionAppId.isEmpty() || l.templateAppId.isEmpty())
            return Tr::tr("Link %1 of the bundle (\"%2\") does not name its selection and template apps.")
                .arg(i + 1)
                .arg(l.name);
        // Apps a hand-edited bundle forgot to list are still offered for mapping.
        auto ensureApp = [&b](const QString &id, const QString &name, const QString &role) {
            for (const BundleApp &a : std::as_const(b.apps)) {
                if (a.id == id && a.role == role)
                    return;
            }
            b.apps.push_back(BundleApp{id, name.isEmpty() ? id : name, role});
        };
        ensureApp(l.selectionAppId, l.selectionAppName, kSelection);
        ensureApp(l.templateAppId, l.templateAppName, kTemplate);
        b.links.push_back(std::move(l));
    }
    return b;
}

QString LinkBundle::matchByName(const BundleApp &app, const QList<AppStateCondensed> &tenantApps)
{
    for (const AppStateCondensed &a : tenantApps) {
        if (a.name == app.name)
            return a.id;
    }
    for (const AppStateCondensed &a : tenantApps) {
        if (a.name.compare(app.name, Qt::CaseInsensitive) == 0)
            return a.id;
    }
    return {};
}

QList<PlannedLink> LinkBundle::plan(const QHash<QString, QString> &remap, bool targetQse) const
{
    QList<PlannedLink> out;
    for (int i = 0; i < links.size(); ++i) {
        const BundleLink &l = links.at(i);
        PlannedLink p;
        p.index = i;
        p.name = l.name;
        p.selectionAppId = remap.value(l.selectionAppId);
        p.templateAppId = remap.value(l.templateAppId);
        if (p.selectionAppId.isEmpty()) {
            p.blocked = true;
            p.problems << Tr::tr("No app of this tenant is chosen for the selection app \"%1\".").arg(l.selectionAppName);
        }
        if (p.templateAppId.isEmpty()) {
            p.blocked = true;
            p.problems << Tr::tr("No app of this tenant is chosen for the template app \"%1\".").arg(l.templateAppName);
        }

        // Qlik Cloud create body.
        p.cloud.name = l.name;
        p.cloud.selectionApp = p.selectionAppId;
        p.cloud.templateApp = p.templateAppId;
        QList<Binding> bindings;
        if (l.cloud) {
            bindings = writableBindings(l.cloud->bindings.value_or(QList<Binding>{}));
            p.cloud.properties = l.cloud->properties;
            p.cloud.rowEstExpr = l.cloud->rowEstExpr;
            p.cloud.dynamicView = l.cloud->dynamicView;
            p.cloud.includeScript = l.cloud->includeScript;
        } else if (l.qse) {
            const auto &props = l.qse->properties;
            bindings = fromQseBindings(props && props->bindings ? *props->bindings : QList<QseBinding>{});
            p.cloud.properties = LinkProperties{};
            p.cloud.rowEstExpr = props ? props->rowEstExpr : std::nullopt;
        }
        p.cloud.bindings = bindings;

        // Qlik Sense Enterprise create body.
        p.qse.name = l.name;
        p.qse.selectionAppId = p.selectionAppId;
        p.qse.templateAppId = p.templateAppId;
        if (l.qse && l.qse->properties) {
            p.qse.properties = l.qse->properties;
        } else {
            QseLinkProperties props;
            props.rowEstExpr = p.cloud.rowEstExpr;
            props.bindings = toQseBindings(bindings);
            p.qse.properties = props;
        }

        if (targetQse && l.cloud && hasContextProperties(l.cloud->properties))
            p.problems << Tr::tr("The context-scoped properties are left out: Qlik Sense Enterprise links have none.");
        if (!targetQse && l.qse)
            p.problems << Tr::tr("Retention and publishing settings of Qlik Sense Enterprise are left out: set the "
                                 "context-scoped properties after the import.");
        for (const rules::LintIssue &issue : rules::LinkLint::lint(rules::LintInput::from(p.cloud))) {
            // Qlik Sense Enterprise has no row estimate range to miss.
            if (targetQse && issue.field != QStringLiteral("name") && issue.field != QStringLiteral("bindings"))
                continue;
            p.problems << Tr::tr("%1: %2").arg(rules::displayName(issue.severity), issue.message);
        }
        if (!l.sourceStatus.isEmpty() && l.sourceStatus != QStringLiteral("active"))
            p.problems << Tr::tr("The link is %1 in the source tenant; the new link starts active.")
                              .arg(displayName(OpenEnum<LinkStatus>::fromRaw(l.sourceStatus)).toLower());
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace odag::gui
