#include "PropertyMatrixModel.h"

#include "core/rules/ContextExpression.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace odag::gui {

namespace {

using rules::PropertyId;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::PropertyMatrixModel)
};

// ------------------------------------------------ one property list, whatever its type

template <class E> QList<E> *ensure(std::optional<QList<E>> &o)
{
    if (!o)
        o.emplace();
    return &*o;
}
template <class E> QList<E> *ensure(QList<E> &l)
{
    return &l;
}
template <class E> const QList<E> *peek(const std::optional<QList<E>> &o)
{
    return o ? &*o : nullptr;
}
template <class E> const QList<E> *peek(const QList<E> &l)
{
    return &l;
}

// Calls f with the member holding `property`'s list.
template <class P, class F> decltype(auto) visit(P &p, PropertyId property, F &&f)
{
    switch (property) {
    case PropertyId::Disable: return f(p.disable);
    case PropertyId::MenuLabel: return f(p.menuLabel);
    case PropertyId::GenAppName: return f(p.genAppName);
    case PropertyId::GenAppLimit: return f(p.genAppLimit);
    case PropertyId::LimitPolicy: return f(p.limitPolicy);
    case PropertyId::RowEstRange: return f(p.rowEstRange);
    case PropertyId::TargetSheet: return f(p.targetSheet);
    case PropertyId::AppOpenMethod: return f(p.appOpenMethod);
    case PropertyId::AppRetentionTime: return f(p.appRetentionTime);
    case PropertyId::OverrideGenAppLimit: break;
    }
    return f(p.overrideGenAppLimit);
}

// ------------------------------------------------ entry <-> cell value, per type

QString yesNo(bool b)
{
    return b ? Tr::tr("Yes") : Tr::tr("No");
}

QVariant value(const LinkPropDisable &e) { return e.disable; }
QVariant value(const LinkPropMenuLabel &e) { return e.label; }
QVariant value(const LinkPropGenAppName &e)
{
    QStringList params;
    for (const auto &p : e.params.value_or(QList<OpenEnum<AppNameParameter>>{}))
        params.push_back(p.raw());
    return QVariantMap{{QStringLiteral("formatString"), e.formatString}, {QStringLiteral("params"), params}};
}
QVariant value(const LinkPropGenAppLimit &e) { return e.limit; }
QVariant value(const LinkPropLimitPolicy &e) { return e.limitPolicy.raw(); }
QVariant value(const LinkPropRowEstRange &e)
{
    QVariantMap m{{QStringLiteral("high"), e.highBound}};
    if (e.lowBound)
        m.insert(QStringLiteral("low"), *e.lowBound);
    return m;
}
QVariant value(const LinkPropTargetSheet &e)
{
    return QVariantMap{{QStringLiteral("sheetId"), e.sheetId},
                       {QStringLiteral("sheetName"), e.sheetName.value_or(QString())}};
}
QVariant value(const LinkPropAppOpenMethod &e) { return e.openMethod.raw(); }
QVariant value(const LinkPropAppRetentionTime &e) { return e.retentionTime; }
QVariant value(const LinkPropOverrideGenAppLimit &e) { return e.overrideGenAppLimit.value_or(false); }

void assign(LinkPropDisable &e, const QVariant &v) { e.disable = v.toBool(); }
void assign(LinkPropMenuLabel &e, const QVariant &v) { e.label = v.toString(); }
void assign(LinkPropGenAppName &e, const QVariant &v)
{
    const QVariantMap m = v.toMap();
    e.formatString = m.value(QStringLiteral("formatString")).toString();
    QList<OpenEnum<AppNameParameter>> params;
    for (const QString &p : m.value(QStringLiteral("params")).toStringList())
        params.push_back(OpenEnum<AppNameParameter>::fromRaw(p));
    if (!params.isEmpty() || e.params)
        e.params = params;
}
void assign(LinkPropGenAppLimit &e, const QVariant &v) { e.limit = v.toInt(); }
void assign(LinkPropLimitPolicy &e, const QVariant &v) { e.limitPolicy = OpenEnum<LimitPolicy>::fromRaw(v.toString()); }
void assign(LinkPropRowEstRange &e, const QVariant &v)
{
    const QVariantMap m = v.toMap();
    e.highBound = m.value(QStringLiteral("high")).toLongLong();
    if (m.contains(QStringLiteral("low")) && m.value(QStringLiteral("low")).isValid())
        e.lowBound = m.value(QStringLiteral("low")).toLongLong();
    else
        e.lowBound.reset();
}
void assign(LinkPropTargetSheet &e, const QVariant &v)
{
    const QString id = v.toMap().value(QStringLiteral("sheetId")).toString();
    if (id != e.sheetId)
        e.sheetName.reset(); // the service names the sheet on the next read
    e.sheetId = id;
}
void assign(LinkPropAppOpenMethod &e, const QVariant &v) { e.openMethod = OpenEnum<AppOpenMethod>::fromRaw(v.toString()); }
void assign(LinkPropAppRetentionTime &e, const QVariant &v) { e.retentionTime = v.toString(); }
void assign(LinkPropOverrideGenAppLimit &e, const QVariant &v) { e.overrideGenAppLimit = v.toBool(); }

QString display(const LinkPropDisable &e) { return yesNo(e.disable); }
QString display(const LinkPropMenuLabel &e) { return e.label; }
QString display(const LinkPropGenAppName &e)
{
    QStringList params;
    for (const auto &p : e.params.value_or(QList<OpenEnum<AppNameParameter>>{}))
        params.push_back(p.raw());
    return params.isEmpty() ? e.formatString : Tr::tr("%1 (%2)").arg(e.formatString, params.join(QStringLiteral(", ")));
}
QString display(const LinkPropGenAppLimit &e) { return QString::number(e.limit); }
QString display(const LinkPropLimitPolicy &e) { return displayName(e.limitPolicy); }
QString display(const LinkPropRowEstRange &e)
{
    return Tr::tr("%1 – %2").arg(e.lowBound ? QString::number(*e.lowBound) : Tr::tr("no minimum"),
                                 QString::number(e.highBound));
}
QString display(const LinkPropTargetSheet &e)
{
    return e.sheetName && !e.sheetName->isEmpty() ? Tr::tr("%1 (%2)").arg(*e.sheetName, e.sheetId) : e.sheetId;
}
QString display(const LinkPropAppOpenMethod &e) { return displayName(e.openMethod); }
QString display(const LinkPropAppRetentionTime &e) { return e.retentionTime; }
QString display(const LinkPropOverrideGenAppLimit &e) { return yesNo(e.overrideGenAppLimit.value_or(false)); }

template <class E> qsizetype findEntry(const QList<E> *list, const QString &context)
{
    if (!list)
        return -1;
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (list->at(i).context == context)
            return i;
    }
    return -1;
}

} // namespace

PropertyMatrixModel::PropertyMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

rules::PropertyId PropertyMatrixModel::propertyAt(int column)
{
    return rules::kAllProperties[std::size_t(std::clamp(column - 1, 0, int(rules::kAllProperties.size()) - 1))];
}

int PropertyMatrixModel::columnOf(rules::PropertyId property)
{
    const auto it = std::find(rules::kAllProperties.begin(), rules::kAllProperties.end(), property);
    return 1 + int(it - rules::kAllProperties.begin());
}

QStringList PropertyMatrixModel::orderedContexts() const
{
    // `User_*` (every user) first: it is the row every link needs (rowEstRange).
    QStringList all = m_properties.contexts();
    QStringList out;
    for (const QString &c : std::as_const(all)) {
        if (c.trimmed() == QLatin1StringView("User_*"))
            out.push_back(c);
    }
    for (const QString &c : std::as_const(all)) {
        if (c.trimmed() != QLatin1StringView("User_*"))
            out.push_back(c);
    }
    return out;
}

void PropertyMatrixModel::setProperties(const LinkProperties &properties)
{
    beginResetModel();
    m_properties = properties;
    m_rows = orderedContexts();
    endResetModel();
}

bool PropertyMatrixModel::addContext(const QString &context)
{
    if (m_rows.contains(context))
        return false;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(context);
    endInsertRows();
    return true;
}

void PropertyMatrixModel::removeContext(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QString context = m_rows.at(row);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    for (PropertyId p : rules::kAllProperties) {
        visit(m_properties, p, [&](auto &member) {
            if (!peek(member))
                return; // an absent property stays absent
            auto *list = ensure(member);
            list->removeIf([&](const auto &e) { return e.context == context; });
        });
    }
    endRemoveRows();
    Q_EMIT edited();
}

bool PropertyMatrixModel::moveContext(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size() || delta == 0)
        return false;
    // beginMoveRows wants the destination before which the row lands.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_rows.move(row, to);
    endMoveRows();
    reorderEntries();
    Q_EMIT edited();
    return true;
}

void PropertyMatrixModel::reorderEntries()
{
    // Only after the user moved a row: entries follow the row order; the relative order
    // of entries with the same context (duplicates) is kept.
    for (PropertyId p : rules::kAllProperties) {
        visit(m_properties, p, [&](auto &member) {
            if (const auto *existing = peek(member); !existing || existing->isEmpty())
                return;
            auto *list = ensure(member);
            std::stable_sort(list->begin(), list->end(), [&](const auto &a, const auto &b) {
                return m_rows.indexOf(a.context) < m_rows.indexOf(b.context);
            });
        });
    }
}

bool PropertyMatrixModel::renameContext(int row, const QString &to)
{
    const QString from = m_rows.at(row);
    if (to == from)
        return true;
    if (to.isEmpty() || m_rows.contains(to))
        return false;
    m_rows[row] = to;
    for (PropertyId p : rules::kAllProperties) {
        visit(m_properties, p, [&](auto &member) {
            if (!peek(member))
                return;
            for (auto &e : *ensure(member)) {
                if (e.context == from)
                    e.context = to;
            }
        });
    }
    Q_EMIT dataChanged(index(row, 0), index(row, kColumnCount - 1));
    Q_EMIT edited();
    return true;
}

int PropertyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PropertyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString context = m_rows.at(index.row());
    if (index.column() == kContextColumn) {
        const rules::ContextCheck check = rules::validateContext(context);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case RawValueRole: return context;
        case Qt::ToolTipRole:
            return check.level == rules::ContextCheck::Ok ? rules::ContextExpression::parse(context).describe()
                                                          : check.message;
        case Qt::DecorationRole:
            if (check.level == rules::ContextCheck::Error)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (check.level == rules::ContextCheck::Warning)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return {};
        case HasEntryRole: return true;
        default: return {};
        }
    }
    return visit(m_properties, propertyAt(index.column()), [&](const auto &member) -> QVariant {
        const auto *list = peek(member);
        const qsizetype i = findEntry(list, context);
        if (role == HasEntryRole)
            return i >= 0;
        if (i < 0)
            return {};
        const auto &entry = list->at(i);
        switch (role) {
        case Qt::DisplayRole: return display(entry);
        case Qt::ToolTipRole: return display(entry);
        case Qt::EditRole: return value(entry);
        case RawValueRole: return display(entry);
        default: return {};
        }
    });
}

bool PropertyMatrixModel::setData(const QModelIndex &index, const QVariant &v, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (index.column() == kContextColumn)
        return renameContext(index.row(), v.toString().trimmed());
    const QString context = m_rows.at(index.row());
    const bool changed = visit(m_properties, propertyAt(index.column()), [&](auto &member) {
        if (!v.isValid() && !peek(member))
            return false;
        auto *list = ensure(member);
        const qsizetype i = findEntry(list, context);
        if (!v.isValid()) {
            if (i < 0)
                return false;
            list->removeAt(i);
            return true;
        }
        if (i >= 0) {
            auto entry = list->at(i);
            assign(entry, v);
            if (entry == list->at(i))
                return false;
            (*list)[i] = entry;
            return true;
        }
        using Entry = std::decay_t<decltype(list->front())>;
        Entry entry{};
        entry.context = context;
        assign(entry, v);
        // New entries go after the last entry of an earlier row, so the list follows the rows.
        qsizetype at = 0;
        for (qsizetype k = 0; k < list->size(); ++k) {
            if (m_rows.indexOf(list->at(k).context) <= index.row())
                at = k + 1;
        }
        list->insert(at, entry);
        return true;
    });
    if (changed) {
        Q_EMIT dataChanged(index, index);
        Q_EMIT edited();
    }
    return true;
}

QVariant PropertyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == kContextColumn) {
        if (role == Qt::DisplayRole)
            return Tr::tr("Context");
        if (role == Qt::ToolTipRole)
            return Tr::tr("Which users an entry applies to: User_* (everyone) or User.group = …");
        return {};
    }
    const PropertyId p = propertyAt(section);
    if (role == Qt::DisplayRole)
        return rules::displayName(p);
    if (role == Qt::ToolTipRole) // the whole name, when the column is narrower
        return Tr::tr("%1 (%2)", "property name (its name in the API)").arg(rules::displayName(p), rules::wireName(p));
    return {};
}

Qt::ItemFlags PropertyMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace odag::gui
