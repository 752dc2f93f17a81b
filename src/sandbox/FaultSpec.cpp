// The textual forms of fault rules: the compact --faults SPEC and the JSON of
// /sandbox/faults (see FaultInjector.h for both grammars).

#include "FaultInjector.h"

#include "core/Json.h"

#include <QCoreApplication>
#include <QFile>

namespace odag::sandbox {

namespace {

const QByteArrayList &knownMethods()
{
    static const QByteArrayList methods{"GET",    "PUT",  "POST",    "PATCH",
                                        "DELETE", "HEAD", "OPTIONS", "*"};
    return methods;
}

// Sets kind (and status) from its name; false when the name is unknown.
bool setKind(FaultRule &rule, const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1StringView("delay"))
        rule.kind = FaultRule::Kind::Delay;
    else if (n == QLatin1StringView("drop"))
        rule.kind = FaultRule::Kind::Drop;
    else if (n == QLatin1StringView("truncate"))
        rule.kind = FaultRule::Kind::Truncate;
    else if (n == QLatin1StringView("malformed"))
        rule.kind = FaultRule::Kind::Malformed;
    else if (n == QLatin1StringView("429storm"))
        rule.kind = FaultRule::Kind::Storm429;
    else {
        bool ok = false;
        const int status = n.toInt(&ok);
        if (!ok || status < 400 || status > 599)
            return false;
        rule.kind = FaultRule::Kind::Status;
        rule.status = status;
    }
    return true;
}

QString checkRule(const FaultRule &rule)
{
    if (rule.path.isEmpty())
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "a fault rule needs a path");
    if (!faultPathRegex(rule.path).isValid()) {
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "invalid path pattern %1: %2")
            .arg(rule.path, faultPathRegex(rule.path).errorString());
    }
    if (!(rule.probability >= 0.0 && rule.probability <= 1.0))
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "probability must be between 0 and 1");
    if (!knownMethods().contains(rule.method))
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "unknown method %1")
            .arg(QString::fromLatin1(rule.method));
    if (rule.delayMs < 0 || rule.retryAfter < 0)
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "delayMs and retryAfter must not be negative");
    return {};
}

} // namespace

QRegularExpression faultPathRegex(const QString &path)
{
    if (path.startsWith(QLatin1Char('^')))
        return QRegularExpression(path);
    QString pattern = QStringLiteral("^");
    for (const QChar c : path) {
        if (c == QLatin1Char('*'))
            pattern += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            pattern += QLatin1Char('.');
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    pattern += QLatin1Char('$');
    return QRegularExpression(pattern);
}

QString FaultRule::kindName() const
{
    switch (kind) {
    case Kind::Status:
        return QString::number(status);
    case Kind::Delay:
        return QStringLiteral("delay");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Storm429:
        return QStringLiteral("429storm");
    }
    return {};
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("method"), QString::fromLatin1(method)},
                  {QStringLiteral("probability"), probability},
                  {QStringLiteral("kind"), kindName()}};
    if (kind == Kind::Delay)
        o.insert(QStringLiteral("delayMs"), delayMs);
    if (kind == Kind::Storm429 || (kind == Kind::Status && (status == 429 || status == 503)))
        o.insert(QStringLiteral("retryAfter"), retryAfter);
    if (times >= 0)
        o.insert(QStringLiteral("times"), times);
    return o;
}

Result<FaultRule, QString> FaultRule::fromJson(const QJsonObject &object)
{
    FaultRule rule;
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    // A number is as good as its string ("kind": 503).
    const QString kindText = kind.isDouble() ? QString::number(kind.toInt()) : kind.toString();
    if (!setKind(rule, kindText))
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "unknown fault kind \"%1\"")
            .arg(kindText);
    if (!object.value(QStringLiteral("path")).isString())
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "path: expected string");
    rule.path = object.value(QStringLiteral("path")).toString();

    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined()) {
        if (!method.isString())
            return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                               "method: expected string");
        rule.method = method.toString().toUpper().toLatin1();
    }
    const auto number = [&object](const char *key, double fallback, bool *ok) {
        const QJsonValue v = object.value(QLatin1StringView(key));
        *ok = v.isUndefined() || v.isDouble();
        return v.isDouble() ? v.toDouble() : fallback;
    };
    bool ok = true;
    rule.probability = number("probability", 1.0, &ok);
    if (!ok)
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "probability: expected number");
    rule.delayMs = int(number("delayMs", rule.delayMs, &ok));
    if (!ok)
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "delayMs: expected number");
    rule.retryAfter = int(number("retryAfter", rule.retryAfter, &ok));
    if (!ok)
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "retryAfter: expected number");
    rule.times = int(number("times", -1, &ok));
    if (!ok)
        return QCoreApplication::translate("odag::sandbox::FaultSpec", "times: expected number");

    const QString problem = checkRule(rule);
    if (!problem.isEmpty())
        return problem;
    return rule;
}

Result<QList<FaultRule>, QString> FaultInjector::parseJson(const QJsonValue &value,
                                                           std::optional<quint64> *seed)
{
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (!o.value(QStringLiteral("rules")).isArray())
            return QCoreApplication::translate("odag::sandbox::FaultSpec", "rules: expected array");
        array = o.value(QStringLiteral("rules")).toArray();
        const QJsonValue s = o.value(QStringLiteral("seed"));
        if (s.isDouble() && seed)
            *seed = quint64(s.toInteger());
        else if (!s.isUndefined() && !s.isDouble())
            return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                               "seed: expected integer");
    } else {
        return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                           "expected an array of fault rules");
    }
    QList<FaultRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return QString(
                QStringLiteral("[%1]: ").arg(i) +
                QCoreApplication::translate("odag::sandbox::FaultSpec", "expected object"));
        auto rule = FaultRule::fromJson(array.at(i).toObject());
        if (!rule)
            return QString(QStringLiteral("[%1]: ").arg(i) + rule.error());
        rules.append(*rule);
    }
    return rules;
}

Result<QList<FaultRule>, QString> FaultInjector::parseSpec(const QString &spec)
{
    const QString text = spec.trimmed();
    if (text.startsWith(QLatin1Char('@'))) {
        QFile file(text.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("odag::sandbox::FaultSpec", "cannot read %1: %2")
                .arg(file.fileName(), file.errorString());
        auto parsed = json::parse(file.readAll());
        if (!parsed)
            return QString(file.fileName() + QStringLiteral(": ") + parsed.error().toString());
        return parseJson(*parsed);
    }

    QList<FaultRule> rules;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        const qsizetype first = item.indexOf(QLatin1Char(':'));
        const qsizetype second = first < 0 ? -1 : item.indexOf(QLatin1Char(':'), first + 1);
        if (second < 0) {
            return QCoreApplication::translate(
                       "odag::sandbox::FaultSpec",
                       "fault \"%1\": expected KIND[=N]:PROBABILITY:PATH[:METHOD]")
                .arg(item);
        }
        FaultRule rule;
        QString kind = item.left(first);
        QString parameter;
        if (const qsizetype eq = kind.indexOf(QLatin1Char('=')); eq >= 0) {
            parameter = kind.mid(eq + 1);
            kind = kind.left(eq);
        }
        if (!setKind(rule, kind))
            return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                               "fault \"%1\": unknown kind \"%2\"")
                .arg(item, kind);
        if (!parameter.isEmpty()) {
            bool ok = false;
            const int n = parameter.toInt(&ok);
            if (!ok || n < 0)
                return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                                   "fault \"%1\": \"%2\" is not a whole number")
                    .arg(item, parameter);
            if (rule.kind == FaultRule::Kind::Delay)
                rule.delayMs = n;
            else
                rule.retryAfter = n;
        }
        bool ok = false;
        rule.probability = item.mid(first + 1, second - first - 1).toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("odag::sandbox::FaultSpec",
                                               "fault \"%1\": the probability is not a number")
                .arg(item);

        QString path = item.mid(second + 1);
        // A trailing :METHOD is a method only when it names one; regexes may hold ':'.
        if (const qsizetype colon = path.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            const QByteArray method = path.mid(colon + 1).trimmed().toUpper().toLatin1();
            if (knownMethods().contains(method)) {
                rule.method = method;
                path = path.left(colon);
            }
        }
        rule.path = path.trimmed();
        const QString problem = checkRule(rule);
        if (!problem.isEmpty())
            return QCoreApplication::translate("odag::sandbox::FaultSpec", "fault \"%1\": %2")
                .arg(item, problem);
        rules.append(rule);
    }
    return rules;
}

} // namespace odag::sandbox
