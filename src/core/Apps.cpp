#include "Apps.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<AppUsageType> &usage)
{
    switch (usage.value()) {
    case AppUsageType::Analytics:
        return QCoreApplication::translate("odag::AppUsageType", "Analytics");
    case AppUsageType::DataPreparation:
        return QCoreApplication::translate("odag::AppUsageType", "Data preparation");
    case AppUsageType::DataflowPrep:
        return QCoreApplication::translate("odag::AppUsageType", "Data flow preparation");
    case AppUsageType::SingleTablePrep:
        return QCoreApplication::translate("odag::AppUsageType", "Single table preparation");
    case AppUsageType::DirectQueryMode:
        return QCoreApplication::translate("odag::AppUsageType", "Direct Query");
    case AppUsageType::Unknown:
        break;
    }
    return usage.raw();
}

bool AppCreate::validate(const AppCreate &a, json::Context &ctx)
{
    QString problem;
    if (a.name.trimmed().isEmpty())
        problem = QCoreApplication::translate("odag::App", "the app name is empty");
    else if (a.name.size() > 256)
        problem =
            QCoreApplication::translate("odag::App", "the app name is longer than 256 characters");
    if (problem.isEmpty())
        return true;
    ctx.pushKey(QStringLiteral("name"));
    ctx.fail(problem);
    ctx.pop();
    return false;
}

CreateApp CreateApp::make(const QString &name, const std::optional<QString> &description,
                          const std::optional<QString> &spaceId)
{
    CreateAppAttributes attributes;
    attributes.name = name;
    attributes.description = description;
    attributes.spaceId = spaceId;
    CreateApp app;
    app.attributes = attributes;
    return app;
}

AppInfo AppInfo::fromNx(const NxApp &app)
{
    AppInfo info;
    info.shape = Shape::NxApp;
    info.nx = app;
    const NxAttributes a = app.attributes.value_or(NxAttributes{});
    info.id = a.id.value_or(QString());
    info.name = a.name.value_or(QString());
    info.description = a.description.value_or(QString());
    info.spaceId = a.spaceId.value_or(QString());
    info.ownerId = a.ownerId.value_or(QString());
    info.owner = a.owner.value_or(QString());
    info.thumbnail = a.thumbnail.value_or(QString());
    info.originAppId = a.originAppId.value_or(QString());
    // Real tenants add tenantId among the user-defined attributes.
    info.tenantId = a.extra.value(QLatin1StringView("tenantId")).toString();
    info.dynamicColor = a.dynamicColor.value_or(QString());
    info.published = a.published.value_or(false);
    info.hasSectionAccess = a.hasSectionAccess.value_or(false);
    info.isDirectQueryMode = a.isDirectQueryMode.value_or(false);
    info.encrypted = a.encrypted.value_or(false);
    info.publishTime = a.publishTime.value_or(DateTime{});
    info.lastReloadTime = a.lastReloadTime.value_or(DateTime{});
    info.createdDate = a.createdDate.value_or(DateTime{});
    info.modifiedDate = a.modifiedDate.value_or(DateTime{});
    info.usage = a.usage;
    info.custom = a.custom.value_or(QJsonObject{});
    info.privileges = app.privileges.value_or(QStringList{});
    info.create = app.create.value_or(QList<NxAppCreatePrivileges>{});
    return info;
}

AppInfo AppInfo::fromFlat(const AppAttributes &a)
{
    AppInfo info;
    info.shape = Shape::Flat;
    info.flat = a;
    info.id = a.id.value_or(QString());
    info.name = a.name.value_or(QString());
    info.description = a.description.value_or(QString());
    info.spaceId = a.spaceId.value_or(QString());
    info.ownerId = a.ownerId.value_or(QString());
    info.owner = a.owner.value_or(QString());
    info.thumbnail = a.thumbnail.value_or(QString());
    info.originAppId = a.originAppId.value_or(QString());
    info.tenantId = a.tenantId.value_or(QString());
    info.dynamicColor = a.dynamicColor.value_or(QString());
    info.published = a.published.value_or(false);
    info.hasSectionAccess = a.hasSectionAccess.value_or(false);
    info.isDirectQueryMode = a.isDirectQueryMode.value_or(false);
    info.encrypted = a.encrypted.value_or(false);
    info.publishTime = a.publishTime.value_or(DateTime{});
    info.lastReloadTime = a.lastReloadTime.value_or(DateTime{});
    info.createdDate = a.createdDate.value_or(DateTime{});
    info.modifiedDate = a.modifiedDate.value_or(DateTime{});
    info.usage = a.usage;
    info.custom = a.custom.value_or(QJsonObject{});
    return info;
}

QJsonObject AppInfo::original() const
{
    return write(*this).toObject();
}

bool read(const QJsonValue &v, AppInfo &out, json::Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("object"));
        return false;
    }
    // An `attributes` member marks the NxApp shape; AppAttributes never has one.
    if (v.toObject().contains(QLatin1StringView("attributes"))) {
        NxApp app;
        if (!json::read(v, app, ctx))
            return false;
        out = AppInfo::fromNx(app);
        return true;
    }
    AppAttributes app;
    if (!json::read(v, app, ctx))
        return false;
    out = AppInfo::fromFlat(app);
    return true;
}

QJsonValue write(const AppInfo &app)
{
    if (app.shape == AppInfo::Shape::NxApp)
        return json::write(app.nx.value_or(NxApp{}));
    return json::write(app.flat.value_or(AppAttributes{}));
}

bool read(const QJsonValue &v, AppWriteInput &out, json::Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("object"));
        return false;
    }
    const QJsonObject obj = v.toObject();
    out.original = obj;
    if (obj.contains(QLatin1StringView("attributes"))) {
        CreateAppAttributes a;
        ctx.pushKey(QStringLiteral("attributes"));
        const bool ok = json::read(obj.value(QLatin1StringView("attributes")), a, ctx);
        ctx.pop();
        if (!ok)
            return false;
        out.shape = AppWriteInput::Shape::Nested;
        out.name = a.name;
        out.description = a.description;
        out.spaceId = a.spaceId;
        return true;
    }
    AppCopy flat;
    if (!json::read(v, flat, ctx))
        return false;
    out.shape = AppWriteInput::Shape::Flat;
    out.name = flat.name;
    out.description = flat.description;
    out.spaceId = flat.spaceId;
    return true;
}

QJsonValue write(const AppWriteInput &input)
{
    return input.original;
}

} // namespace odag
