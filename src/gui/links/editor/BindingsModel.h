#pragma once

#include "core/OdagLink.h"

#include <QAbstractTableModel>

namespace odag::gui {

// The bindings of a Qlik Cloud link as a table. templateAppVarName, the parameter type and
// name and the range are editable; selectionStates, numericOnly and formatting come from
// the template script and are read-only through the API (marked so in the header).
class BindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VarName,
        ParamType,
        ParamName,
        SelectionStates,
        Lower,
        Upper,
        NumericOnly,
        Formatting,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit BindingsModel(QObject *parent = nullptr);

    void setBindings(const QList<Binding> &bindings);
    const QList<Binding> &bindings() const { return m_bindings; }
    void addBinding(const Binding &binding);
    void removeBinding(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void edited();

private:
    QList<Binding> m_bindings;
};

} // namespace odag::gui
