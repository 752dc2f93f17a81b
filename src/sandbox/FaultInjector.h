#pragma once

// Misbehaviour on purpose, for testing clients: error statuses, slow answers, dropped
// connections, truncated or malformed bodies and 429 storms, by probability and by path.
//
// Rules come from --faults SPEC (compact form, below), from a JSON file (--faults
// @FILE) or at run time from PUT /sandbox/faults (JSON). The JSON form of one rule:
//   {"path": "/api/v1/*", "method": "GET", "probability": 0.2, "kind": "503",
//    "delayMs": 2000, "retryAfter": 5, "times": 3}
// path     a glob (`*` any characters including '/', `?` one character) or, when it
//          starts with '^', a regular expression; matched against the decoded path
// method   GET, PUT, POST, PATCH, DELETE or "*" (default "*")
// probability  0..1 (default 1): the chance that a matching call is hit
// kind     an HTTP status 400-599 ("500", "502", "503", ...): answer it, the handler
//            does not run;
//          "delay": the handler runs, the answer leaves delayMs (default 1000) later;
//          "drop": the handler runs, the connection closes without an answer;
//          "truncate": the handler runs, the answer announces its full Content-Length
//            and the connection closes after half the body;
//          "malformed": the handler runs, the status is kept, the body is not JSON
//            (a 204 has no body to break and passes unchanged);
//          "429storm": when hit, this call and every matching call for retryAfter
//            seconds get 429 with Retry-After (the seconds left in the storm).
// retryAfter  seconds (default 5): the storm's length, and Retry-After on 429/503
// times    fire at most this many times, then stay listed but inactive (default: always)
//
// Compact SPEC: rules separated by ',', each `KIND[=N]:PROBABILITY:PATH[:METHOD]`, N
// being delayMs for delay and retryAfter for 429storm and statuses; for example
//   500:0.1:/api/v1/*,delay=2000:0.5:/api/analytics/*,429storm=30:0.01:/api/*:GET
// A PATH in the compact form cannot contain ','; use the JSON form for such regexes.
// The sandbox's own /sandbox paths are never hit.

#include "ApiArea.h"
#include "SandboxResponder.h"
#include "SandboxResponse.h"

#include "core/Result.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace odag::sandbox {

struct FaultRule
{
    enum class Kind
    {
        Status,
        Delay,
        Drop,
        Truncate,
        Malformed,
        Storm429
    };

    QString path;
    QByteArray method = QByteArrayLiteral("*");
    double probability = 1.0;
    Kind kind = Kind::Status;
    int status = 500;   // for Kind::Status
    int delayMs = 1000; // for Kind::Delay
    int retryAfter = 5; // seconds
    int times = -1;     // -1: no limit

    QString kindName() const;
    QJsonObject toJson() const;
    static Result<FaultRule, QString> fromJson(const QJsonObject &object);
};

class FaultInjector
{
public:
    struct Decision
    {
        enum class Action
        {
            None,
            Respond,
            Mangle
        };
        Action action = Action::None;
        SandboxResponse response; // Respond: the answer instead of the handler's
        SandboxResponder::Mangle mangle = SandboxResponder::Mangle::None;
        int delayMs = 0;
        int rule = -1; // index of the rule that fired
    };

    FaultInjector();

    // The compact CLI form, or `@FILE` naming a JSON file.
    static Result<QList<FaultRule>, QString> parseSpec(const QString &spec);
    // A JSON array of rules, or {"seed": N, "rules": [...]}; a seed found is returned.
    static Result<QList<FaultRule>, QString> parseJson(const QJsonValue &value,
                                                       std::optional<quint64> *seed = nullptr);

    void setRules(const QList<FaultRule> &rules);
    void clear() { setRules({}); }
    const QList<FaultRule> &rules() const { return m_rules; }
    // Makes the dice repeatable.
    void setSeed(quint64 seed) { m_random.seed(quint32(seed ^ (seed >> 32))); }

    Decision decide(const QByteArray &method, const QString &path, ApiArea area);

    // The rules with their state: {rules:[{...rule, fired, active, stormSecondsLeft}]}.
    QJsonObject toJson() const;

private:
    struct State
    {
        QRegularExpression regex;
        int fired = 0;
        qint64 stormUntilMs = 0;
    };

    bool roll(double probability);

    QList<FaultRule> m_rules;
    QList<State> m_states;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
};

// The regular expression a rule's path stands for (glob or '^' regex).
QRegularExpression faultPathRegex(const QString &path);

} // namespace odag::sandbox
