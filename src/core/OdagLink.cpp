#include "OdagLink.h"

#include <QCoreApplication>

namespace odag {

QString displayName(const OpenEnum<AppNameParameter> &p)
{
    switch (p.value()) {
    case AppNameParameter::TemplateAppName:
        return QCoreApplication::translate("odag::AppNameParameter", "Template app name");
    case AppNameParameter::UserId:
        return QCoreApplication::translate("odag::AppNameParameter", "User ID");
    case AppNameParameter::CurYear:
        return QCoreApplication::translate("odag::AppNameParameter", "Current year");
    case AppNameParameter::CurMonth:
        return QCoreApplication::translate("odag::AppNameParameter", "Current month");
    case AppNameParameter::CurDay:
        return QCoreApplication::translate("odag::AppNameParameter", "Current day");
    case AppNameParameter::CurHr:
        return QCoreApplication::translate("odag::AppNameParameter", "Current hour");
    case AppNameParameter::CurMin:
        return QCoreApplication::translate("odag::AppNameParameter", "Current minute");
    case AppNameParameter::CurSec:
        return QCoreApplication::translate("odag::AppNameParameter", "Current second");
    case AppNameParameter::Unknown:
        break;
    }
    return p.raw();
}

QString displayName(const OpenEnum<LimitPolicy> &p)
{
    switch (p.value()) {
    case LimitPolicy::Restrict:
        return QCoreApplication::translate("odag::LimitPolicy", "Restrict");
    case LimitPolicy::AutoDelete:
        return QCoreApplication::translate("odag::LimitPolicy", "Delete oldest automatically");
    case LimitPolicy::Unknown:
        break;
    }
    return p.raw();
}

QString displayName(const OpenEnum<AppOpenMethod> &m)
{
    switch (m.value()) {
    case AppOpenMethod::Tab:
        return QCoreApplication::translate("odag::AppOpenMethod", "New tab");
    case AppOpenMethod::Window:
        return QCoreApplication::translate("odag::AppOpenMethod", "New window");
    case AppOpenMethod::Unknown:
        break;
    }
    return m.raw();
}

QString displayName(const OpenEnum<SelectAppParamType> &t)
{
    switch (t.value()) {
    case SelectAppParamType::Field:
        return QCoreApplication::translate("odag::SelectAppParamType", "Field");
    case SelectAppParamType::Variable:
        return QCoreApplication::translate("odag::SelectAppParamType", "Variable");
    case SelectAppParamType::Property:
        return QCoreApplication::translate("odag::SelectAppParamType", "Property");
    case SelectAppParamType::Exclude:
        return QCoreApplication::translate("odag::SelectAppParamType", "Exclude");
    case SelectAppParamType::BDI:
        return QCoreApplication::translate("odag::SelectAppParamType", "BDI");
    case SelectAppParamType::Unknown:
        break;
    }
    return t.raw();
}

QString displayName(const OpenEnum<LinkStatus> &s)
{
    switch (s.value()) {
    case LinkStatus::Active:
        return QCoreApplication::translate("odag::LinkStatus", "Active");
    case LinkStatus::Disabled:
        return QCoreApplication::translate("odag::LinkStatus", "Disabled");
    case LinkStatus::Decommissioned:
        return QCoreApplication::translate("odag::LinkStatus", "Decommissioned");
    case LinkStatus::Incomplete:
        return QCoreApplication::translate("odag::LinkStatus", "Incomplete");
    case LinkStatus::Unknown:
        break;
    }
    return s.raw();
}

QString displayName(const OpenEnum<LinkStatusSetting> &s)
{
    switch (s.value()) {
    case LinkStatusSetting::Activate:
        return QCoreApplication::translate("odag::LinkStatusSetting", "Activate");
    case LinkStatusSetting::Disable:
        return QCoreApplication::translate("odag::LinkStatusSetting", "Disable");
    case LinkStatusSetting::Decommission:
        return QCoreApplication::translate("odag::LinkStatusSetting", "Decommission");
    case LinkStatusSetting::Unknown:
        break;
    }
    return s.raw();
}

QString displayName(const OpenEnum<LinkType> &t)
{
    switch (t.value()) {
    case LinkType::Link:
        return QCoreApplication::translate("odag::LinkType", "Links");
    case LinkType::View:
        return QCoreApplication::translate("odag::LinkType", "Dynamic views");
    case LinkType::All:
        return QCoreApplication::translate("odag::LinkType", "All");
    case LinkType::Unknown:
        break;
    }
    return t.raw();
}

LinkStatus statusAfter(LinkStatusSetting setting)
{
    switch (setting) {
    case LinkStatusSetting::Activate:
        return LinkStatus::Active;
    case LinkStatusSetting::Disable:
        return LinkStatus::Disabled;
    case LinkStatusSetting::Decommission:
        return LinkStatus::Decommissioned;
    case LinkStatusSetting::Unknown:
        break;
    }
    return LinkStatus::Unknown;
}

bool canChangeStatus(LinkStatus current)
{
    return current != LinkStatus::Decommissioned;
}

namespace {
// Walks the property lists in schema order and gathers their contexts.
class ContextCollector
{
public:
    explicit ContextCollector(const LinkProperties &props)
        : m_props(props)
    {
    }

    template <class M> void operator()(const char *, M LinkProperties::*member)
    {
        const M &value = m_props.*member;
        if constexpr (json::IsOptional<M>::value) {
            if (value)
                add(*value);
        } else {
            add(value);
        }
    }

    QStringList result() const { return m_contexts; }

private:
    template <class T> void add(const QList<T> &entries)
    {
        for (const T &entry : entries) {
            if (!m_contexts.contains(entry.context))
                m_contexts.push_back(entry.context);
        }
    }

    const LinkProperties &m_props;
    QStringList m_contexts;
};
} // namespace

QStringList LinkProperties::contexts() const
{
    ContextCollector collector(*this);
    LinkProperties::fields(collector);
    return collector.result();
}

LinkPutPayload LinkPutPayload::fromLink(const LinkStateFull &link, const QString &selectionApp)
{
    LinkPutPayload p;
    // Unknown members of the link go back as they came: the service may know them.
    p.extra = link.extra;
    p.name = link.name;
    p.bindings = link.bindings;
    p.properties = link.properties;
    p.rowEstExpr = link.rowEstExpr;
    p.dynamicView = link.dynamicView;
    p.templateApp = link.templateApp.id;
    p.selectionApp = selectionApp;
    p.includeScript = link.includeScript;
    p.modifiedDate = link.modifiedDate;
    return p;
}

LinkPutPayload LinkPutPayload::statusChange(const LinkStateFull &link, const QString &selectionApp,
                                            LinkStatusSetting setting)
{
    // The schema requires name and selectionApp even though the service ignores them here.
    LinkPutPayload p;
    p.name = link.name;
    p.selectionApp = selectionApp;
    p.statusSetting = setting;
    p.modifiedDate = link.modifiedDate;
    return p;
}

} // namespace odag
