#pragma once

// Shared by the request-operations tests: a demo sandbox on a manual clock (time moves
// only when a test advances it, so states are exact), one call to its answer, a
// submission that suits a link's bindings, and waiting for a request's state.

#include "CallCatcher.h"
#include "SandboxSession.h"

#include "api/OdagLinksApi.h"
#include "api/OdagRequestsApi.h"
#include "api/QseOdagApi.h"
#include "sandbox/DemoIds.h"
#include "sandbox/odag/DemoLinkIds.h"

#include <QTest>

#include <functional>

namespace opstest {

using namespace odag;

template <class T>
api::ApiResult<T> run(const std::function<api::PendingCall *(api::Callback<T>)> &start)
{
    CallCatcher<api::ApiResult<T>> catcher;
    api::PendingCall *call = start(catcher.callback());
    if (!call || !catcher.wait(10000)) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::Timeout;
        e.technical = QStringLiteral("the test saw no answer");
        return e;
    }
    return catcher.get();
}

inline QString linkId(const char *id)
{
    return QString::fromLatin1(id);
}

// A sandbox with the demo tenant, `maxLoads` loads at once, its clock stopped.
inline sandbox::SandboxOptions options(int maxLoads = 1)
{
    sandbox::SandboxOptions o = test::SandboxSession::demoOptions();
    o.maxLoads = maxLoads;
    o.rateLimit = false;
    return o;
}

// The ODAG calls of one session, made synchronous for the tests.
struct Calls
{
    explicit Calls(gui::TenantSession &session)
        : s(session)
    {}
    gui::TenantSession &s;

    api::ApiResult<LinkStateFull> link(const QString &id)
    {
        return run<LinkStateFull>([&](auto done) {
            return api::OdagLinksApi(s.transport()).getLink(id, &s, std::move(done));
        });
    }
    api::ApiResult<RequestObject> get(const QString &id)
    {
        return run<RequestObject>([&](auto done) {
            return api::OdagRequestsApi(s.transport()).getRequest(id, &s, std::move(done));
        });
    }
    api::ApiResult<QseRequest> getQse(const QString &id)
    {
        return run<QseRequest>([&](auto done) {
            return api::QseOdagApi(s.transport()).getRequest(id, &s, std::move(done));
        });
    }
    api::ApiResult<QList<RequestObject>> list(const QString &linkId)
    {
        return run<QList<RequestObject>>([&](auto done) {
            return api::OdagLinksApi(s.transport())
                .listLinkRequests(linkId, {}, &s, std::move(done));
        });
    }

    // A selection that each binding of the link accepts: the fewest values its range
    // allows (at least one), numbers where it wants numbers.
    SelectionState selectionFor(const LinkStateFull &l)
    {
        SelectionState state;
        for (const Binding &b : l.bindings.value_or(QList<Binding>())) {
            if (b.selectAppParamType == SelectAppParamType::Exclude)
                continue;
            QString field = b.selectAppParamName.value_or(QString());
            if (field.isEmpty())
                field =
                    b.templateAppVarName.mid(b.templateAppVarName.indexOf(QLatin1Char('_')) + 1);
            if (std::any_of(state.begin(), state.end(), [&](const FieldSelectionState &f) {
                    return f.selectionAppParamName == field;
                }))
                continue;
            FieldSelectionState f;
            f.selectionAppParamName = field;
            f.selectionAppParamType = SelectAppParamType::Field;
            const int n = std::max(1, b.range && b.range->lowerBound ? *b.range->lowerBound : 1);
            for (int i = 0; i < n; ++i) {
                FieldValue v;
                v.strValue = QString::number(2020 + i);
                v.numValue = v.strValue;
                v.selStatus = SelectStatus::Selected;
                f.values.append(v);
            }
            state.append(f);
        }
        return state;
    }

    // Submits a request that suits the link's bindings. `selectionApp`: the demo
    // selection app of the link's pair.
    api::ApiResult<RequestObject> submit(const QString &linkId, const char *selectionApp,
                                         qint64 rows = 5000)
    {
        const auto l = link(linkId);
        if (!l.ok())
            return l.error();
        RequestPostPayload p;
        p.selectionApp = QString::fromLatin1(selectionApp);
        p.actualRowEst = rows;
        p.bindSelectionState = selectionFor(l.value());
        p.selectionState = p.bindSelectionState;
        return run<RequestObject>([&](auto done) {
            return api::OdagLinksApi(s.transport()).submitRequest(linkId, p, &s, std::move(done));
        });
    }
};

// Advances the sandbox clock in steps until `pred` holds for the request (or gives up).
inline bool advanceUntil(test::SandboxSession &sbx, const std::function<bool()> &pred,
                         qint64 stepMs = 500, int steps = 400)
{
    for (int i = 0; i < steps; ++i) {
        if (pred())
            return true;
        sbx.server().clock().advance(stepMs);
        QCoreApplication::processEvents();
    }
    return pred();
}

inline bool reachesState(test::SandboxSession &sbx, Calls &calls, const QString &id,
                         RequestState state, qint64 stepMs = 500, int steps = 400)
{
    return advanceUntil(
        sbx,
        [&] {
            const auto r = calls.get(id);
            return r.ok() && r.value().state == state;
        },
        stepMs, steps);
}

} // namespace opstest
