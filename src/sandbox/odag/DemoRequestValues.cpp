#include "DemoRequestValues.h"

#include "RequestValidation.h"

#include "sandbox/DemoIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace odag::sandbox::demovalues {

namespace {

// Gives this file's messages one translation context that lupdate records as the
// run-time lookup uses it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::sandbox::DemoRequests)
};

} // namespace

QStringList valuePool(const QString &field)
{
    const QString f = field.toLower();
    const auto has = [&f](const char *word) { return f.contains(QLatin1StringView(word)); };
    if (has("region"))
        return {QStringLiteral("EMEA"), QStringLiteral("Americas"), QStringLiteral("APAC"),
                QStringLiteral("Nordics"), QStringLiteral("DACH")};
    if (has("country"))
        return {QStringLiteral("Germany"), QStringLiteral("France"), QStringLiteral("Spain"),
                QStringLiteral("Japan"),   QStringLiteral("Brazil"), QStringLiteral("Canada")};
    if (has("year"))
        return {QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
                QStringLiteral("2025")};
    if (has("month") || has("quarter"))
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    if (has("carrier") || has("airline"))
        return {QStringLiteral("AA"), QStringLiteral("DL"), QStringLiteral("UA"),
                QStringLiteral("LH"), QStringLiteral("BA"), QStringLiteral("AF")};
    if (has("origin") || has("dest") || has("airport"))
        return {QStringLiteral("JFK"), QStringLiteral("LAX"), QStringLiteral("ORD"),
                QStringLiteral("FRA"), QStringLiteral("LHR"), QStringLiteral("CDG"),
                QStringLiteral("NRT")};
    if (has("product") || has("category"))
        return {QStringLiteral("Bikes"), QStringLiteral("Accessories"), QStringLiteral("Clothing"),
                QStringLiteral("Components")};
    if (has("claim") || has("type") || has("line"))
        return {QStringLiteral("Auto"), QStringLiteral("Home"), QStringLiteral("Health"),
                QStringLiteral("Travel")};
    if (has("state"))
        return {QStringLiteral("CA"), QStringLiteral("NY"), QStringLiteral("TX"),
                QStringLiteral("WA"), QStringLiteral("FL")};
    QStringList values;
    for (int i = 1; i <= 5; ++i)
        values << field + QLatin1Char(' ') + QString::number(i);
    return values;
}

SelectionState selectionFor(QRandomGenerator &rng, const StoredLink &link,
                            const QString &splitField, const QString &splitValue)
{
    SelectionState state;
    QStringList seen;
    for (const Binding &b : link.link.bindings.value_or(QList<Binding>())) {
        const QString param = requestrules::paramNameOf(b);
        if (b.selectAppParamType == SelectAppParamType::Exclude || seen.contains(param))
            continue;
        seen << param;
        FieldSelectionState f;
        f.selectionAppParamName = param;
        f.selectionAppParamType = b.selectAppParamType.isKnown()
                                      ? b.selectAppParamType
                                      : OpenEnum<SelectAppParamType>(SelectAppParamType::Field);
        const QStringList pool = valuePool(param);
        int low = 1;
        int high = 3;
        if (b.range) {
            low = std::max(b.range->lowerBound.value_or(1), 1);
            high = std::max(low, b.range->upperBound.value_or(low + 2));
        }
        high = std::min<int>(high, int(pool.size()));
        low = std::min(low, high);
        const int n = low + int(rng.bounded(high - low + 1));
        const bool numeric = b.numericOnly.value_or(false) ||
                             param.contains(QLatin1StringView("Year"), Qt::CaseInsensitive);
        const qsizetype offset = rng.bounded(int(pool.size()));
        for (int i = 0; i < n; ++i) {
            FieldValue v;
            v.strValue = param == splitField ? splitValue : pool.at((offset + i) % pool.size());
            v.selStatus = SelectStatus::Selected;
            if (numeric)
                v.numValue = v.strValue;
            f.values.append(v);
            if (param == splitField)
                break;
        }
        // An optional value or two, as a selection app shows them.
        const QString optional = pool.at((offset + n) % pool.size());
        if (param != splitField && rng.bounded(3) == 0) {
            FieldValue v;
            v.strValue = optional;
            v.selStatus = SelectStatus::Optional;
            f.values.append(v);
        }
        f.selectedSize = int(f.count(SelectStatus::Selected));
        state.append(f);
    }
    return state;
}

QString failureMessage(QRandomGenerator &rng, const RequestObject &r)
{
    if (r.templateApp == QLatin1StringView(demo::kAppBrokenTemplate)) {
        return Tr::tr("The data load of the generated app failed: General Script Error (the "
                      "template script has a // sandbox:fail line). The app was kept for "
                      "diagnosis.");
    }
    switch (rng.bounded(7)) {
    case 0:
        return Tr::tr("Row estimate exceeded: the data load returned %1 rows, more than the %2 the "
                      "link allows.")
            .arg(r.curRowEstHighBound.value_or(1000000) + 1 + rng.bounded(250000))
            .arg(r.curRowEstHighBound.value_or(1000000));
    case 1:
        return Tr::tr(
            "Connector timeout: the data connection 'Snowflake_Sales' did not answer within "
            "300 seconds (SQL##f - SqlState: S1T00, ErrorCode: 0).");
    case 2:
        return Tr::tr("Script error at line 42: Field 'ORIGIN_STATE' not found (General Script "
                      "Error).");
    case 3:
        return Tr::tr(
            "Connector error: 'REST_Claims' answered HTTP 503 Service Unavailable after 3 "
            "retries.");
    case 4:
        return Tr::tr("The engine on %1 ran out of memory during the load (more than 8 GB).")
            .arg(r.loadState ? r.loadState->loadHost : QStringLiteral("sandbox-engine-2"));
    case 5:
        return Tr::tr("Script error at line 17: Unknown statement: LOAD DISTINC (Syntax error).");
    default:
        return Tr::tr("Data connection 'ODBC_Claims' not found, or the generating user may not use "
                      "it.");
    }
}

} // namespace odag::sandbox::demovalues
