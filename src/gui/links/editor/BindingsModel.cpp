#include "BindingsModel.h"

namespace odag::gui {

BindingsModel::BindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BindingsModel::setBindings(const QList<Binding> &bindings)
{
    beginResetModel();
    m_bindings = bindings;
    endResetModel();
}

void BindingsModel::addBinding(const Binding &binding)
{
    const int row = int(m_bindings.size());
    beginInsertRows({}, row, row);
    m_bindings.push_back(binding);
    endInsertRows();
    Q_EMIT edited();
}

void BindingsModel::removeBinding(int row)
{
    if (row < 0 || row >= m_bindings.size())
        return;
    beginRemoveRows({}, row, row);
    m_bindings.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int BindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bindings.size());
}

int BindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QVariant bound(const std::optional<ValueCountRange> &range, bool upper)
{
    if (!range)
        return {};
    const std::optional<int> b = upper ? range->upperBound : range->lowerBound;
    return b ? QVariant(*b) : QVariant();
}
} // namespace

QVariant BindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Binding &b = m_bindings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        switch (index.column()) {
        case VarName: return b.templateAppVarName;
        case ParamType: return role == Qt::DisplayRole ? displayName(b.selectAppParamType) : b.selectAppParamType.raw();
        case ParamName: return b.selectAppParamName.value_or(QString());
        case SelectionStates: return b.selectionStates.value_or(QString());
        case Lower: return bound(b.range, false);
        case Upper: return bound(b.range, true);
        case NumericOnly:
            if (!b.numericOnly)
                return {};
            return role == Qt::DisplayRole ? (*b.numericOnly ? tr("Yes") : tr("No")) : QVariant(*b.numericOnly);
        case Formatting:
            if (!b.formatting)
                return {};
            return tr("quote %1, delimiter %2").arg(b.formatting->effectiveQuote(), b.formatting->effectiveDelimiter());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() >= SelectionStates && index.column() != Lower
        && index.column() != Upper)
        return tr("Read-only: set by the template app's script");
    return {};
}

bool BindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Binding b = m_bindings.at(index.row());
    const QString text = value.toString().trimmed();
    const auto setBound = [&](bool upper) {
        ValueCountRange range = b.range.value_or(ValueCountRange{});
        std::optional<int> v;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok)
            v = n;
        (upper ? range.upperBound : range.lowerBound) = v;
        if (!range.lowerBound && !range.upperBound && range.extra.isEmpty())
            b.range.reset();
        else
            b.range = range;
    };
    switch (index.column()) {
    case VarName: b.templateAppVarName = text; break;
    case ParamType: b.selectAppParamType = OpenEnum<SelectAppParamType>::fromRaw(text); break;
    case ParamName:
        if (text.isEmpty())
            b.selectAppParamName.reset();
        else
            b.selectAppParamName = text;
        break;
    case Lower: setBound(false); break;
    case Upper: setBound(true); break;
    default: return false;
    }
    if (b == m_bindings.at(index.row()))
        return true;
    m_bindings[index.row()] = b;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

QVariant BindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VarName: return tr("Template variable");
    case ParamType: return tr("Parameter type");
    case ParamName: return tr("Parameter name");
    case SelectionStates: return tr("Selection states (read-only)");
    case Lower: return tr("Min values");
    case Upper: return tr("Max values");
    case NumericOnly: return tr("Numeric only (read-only)");
    case Formatting: return tr("Formatting (read-only)");
    default: return {};
    }
}

Qt::ItemFlags BindingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() <= ParamName || index.column() == Lower || index.column() == Upper)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace odag::gui
