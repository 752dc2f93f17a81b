#include "Reloads.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<ReloadStatus> &status)
{
    switch (status.value()) {
    case ReloadStatus::Queued:
        return QCoreApplication::translate("odag::ReloadStatus", "Queued");
    case ReloadStatus::Reloading:
        return QCoreApplication::translate("odag::ReloadStatus", "Reloading");
    case ReloadStatus::Canceling:
        return QCoreApplication::translate("odag::ReloadStatus", "Canceling");
    case ReloadStatus::Succeeded:
        return QCoreApplication::translate("odag::ReloadStatus", "Succeeded");
    case ReloadStatus::Failed:
        return QCoreApplication::translate("odag::ReloadStatus", "Failed");
    case ReloadStatus::Canceled:
        return QCoreApplication::translate("odag::ReloadStatus", "Canceled");
    case ReloadStatus::ExceededLimit:
        return QCoreApplication::translate("odag::ReloadStatus", "Exceeded limit");
    case ReloadStatus::Unknown:
        break;
    }
    return status.raw();
}

QString displayName(const OpenEnum<ReloadType> &type)
{
    switch (type.value()) {
    case ReloadType::Hub:
        return QCoreApplication::translate("odag::ReloadType", "Manual (hub)");
    case ReloadType::External:
        return QCoreApplication::translate("odag::ReloadType", "API");
    case ReloadType::Chronos:
        return QCoreApplication::translate("odag::ReloadType", "Scheduled");
    case ReloadType::Automations:
        return QCoreApplication::translate("odag::ReloadType", "Automation");
    case ReloadType::DataRefresh:
        return QCoreApplication::translate("odag::ReloadType", "Data refresh");
    case ReloadType::Choreographer:
        return QCoreApplication::translate("odag::ReloadType", "Choreographer");
    case ReloadType::Unknown:
        break;
    }
    return type.raw();
}

bool isFinal(ReloadStatus status)
{
    switch (status) {
    case ReloadStatus::Succeeded:
    case ReloadStatus::Failed:
    case ReloadStatus::Canceled:
    case ReloadStatus::ExceededLimit:
        return true;
    case ReloadStatus::Queued:
    case ReloadStatus::Reloading:
    case ReloadStatus::Canceling:
    case ReloadStatus::Unknown:
        return false;
    }
    return false;
}

bool read(const QJsonValue &v, ReloadVariables &out, json::Context &ctx)
{
    out.list.clear();
    if (v.isArray()) {
        out.shape = ReloadVariables::Shape::Array;
        return json::read(v, out.list, ctx);
    }
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("object or array"));
        return false;
    }
    out.shape = ReloadVariables::Shape::Object;
    const QJsonObject obj = v.toObject();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (!it.value().isString()) {
            ctx.pushKey(it.key());
            ctx.fail(json::expectedMessage("string"));
            ctx.pop();
            return false;
        }
        out.list.push_back(ReloadVariable{it.key(), it.value().toString(), {}});
    }
    return true;
}

QJsonValue write(const ReloadVariables &vars)
{
    if (vars.shape == ReloadVariables::Shape::Array)
        return json::write(vars.list);
    QJsonObject obj;
    for (const ReloadVariable &var : vars.list)
        obj.insert(var.name, var.value);
    return obj;
}

bool ReloadCreate::validate(const ReloadCreate &r, json::Context &ctx)
{
    if (!r.variables)
        return true;
    const QList<ReloadVariable> &list = r.variables->list;
    ctx.pushKey(QStringLiteral("variables"));
    if (list.size() > ReloadVariables::MaxCount) {
        ctx.fail(
            QCoreApplication::translate("odag::Reload", "at most %1 variables are allowed, got %2")
                .arg(ReloadVariables::MaxCount)
                .arg(list.size()));
    }
    const bool isArray = r.variables->shape == ReloadVariables::Shape::Array;
    for (qsizetype i = 0; i < list.size() && !ctx.failed(); ++i) {
        if (isArray)
            ctx.pushIndex(i);
        else
            ctx.pushKey(list[i].name);
        if (list[i].name.isEmpty())
            ctx.fail(QCoreApplication::translate("odag::Reload", "the variable name is empty"));
        else if (list[i].name.size() > ReloadVariables::MaxLength)
            ctx.fail(QCoreApplication::translate("odag::Reload",
                                                 "the variable name is longer than %1 characters")
                         .arg(ReloadVariables::MaxLength));
        else if (list[i].value.size() > ReloadVariables::MaxLength)
            ctx.fail(QCoreApplication::translate("odag::Reload",
                                                 "the variable value is longer than %1 characters")
                         .arg(ReloadVariables::MaxLength));
        ctx.pop();
    }
    ctx.pop();
    return !ctx.failed();
}

} // namespace odag
