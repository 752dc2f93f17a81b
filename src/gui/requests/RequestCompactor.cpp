#include "RequestCompactor.h"

namespace odag::gui {

void RequestCompactor::intern(QString &s)
{
    if (s.isEmpty())
        return;
    const auto it = m_pool.constFind(s);
    if (it != m_pool.cend())
        s = *it;
    else
        m_pool.insert(s);
}

void RequestCompactor::intern(std::optional<QString> &s)
{
    if (s)
        intern(*s);
}

void RequestCompactor::dropUnknownFields(odag::RequestObject &r)
{
    r.extra = {};
    r.owner.extra = {};
    if (r.loadState)
        r.loadState->extra = {};
    if (r.generatedApp)
        r.generatedApp->extra = {};
}

void RequestCompactor::compact(odag::RequestObject &r)
{
    dropUnknownFields(r);
    intern(r.kind);
    intern(r.state);
    intern(r.link);
    intern(r.owner.id);
    intern(r.owner.name);
    intern(r.owner.subject);
    intern(r.owner.tenantid);
    intern(r.templateApp);
    intern(r.templateAppName);
    intern(r.selectionApp);
    intern(r.selectionAppName);
    intern(r.sheetname);
    intern(r.targetSheet);
    intern(r.curRowEstExpr);
    // Siblings of a `multiple` request share their parent's ID.
    intern(r.parentRequestId);
    if (r.loadState) {
        intern(r.loadState->loadHost);
        if (r.loadState->status)
            intern(*r.loadState->status);
    }
    // The generated app's name is usually in two fields: keep one copy.
    if (r.generatedApp && r.generatedAppName && r.generatedApp->name == *r.generatedAppName)
        r.generatedApp->name = *r.generatedAppName;
    if (r.validation) {
        for (QString &v : *r.validation)
            intern(v);
    }
}

} // namespace odag::gui
