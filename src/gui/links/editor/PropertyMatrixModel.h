#pragma once

#include "core/OdagLinkProperties.h"
#include "core/rules/PropertyResolver.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace odag::gui {

// The context-scoped properties of a link as a matrix: one row per context expression
// (`User_*` first, then the others in stored order), one column per property. A cell is
// the first entry of that property with that context; an empty cell is no entry. Edits
// change only the entries touched, so every other entry (and its unknown fields) is
// written back as read.
//
// Cell values (EditRole): bool (disable, overrideGenAppLimit), QString (menuLabel,
// limitPolicy, appOpenMethod, appRetentionTime), int (genAppLimit), QVariantMap
// {formatString, params} (genAppName), {low, high} (rowEstRange), {sheetId, sheetName}
// (targetSheet). Setting an invalid QVariant removes the entry.
class PropertyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kContextColumn = 0;
    static constexpr int kColumnCount = 1 + int(rules::kAllProperties.size());
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // sort/compare value
        HasEntryRole                     // bool: the property has an entry for the row
    };

    explicit PropertyMatrixModel(QObject *parent = nullptr);

    // Replaces the whole matrix (another document: a new link, applied JSON).
    void setProperties(const LinkProperties &properties);
    const LinkProperties &properties() const { return m_properties; }

    static rules::PropertyId propertyAt(int column);
    static int columnOf(rules::PropertyId property);
    QString contextAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &context) const { return int(m_rows.indexOf(context)); }

    // Adds a context row (no entries yet); false when the context is already a row.
    bool addContext(const QString &context);
    // Removes the row and every entry with its context.
    void removeContext(int row);
    // Moves a row one step (delta -1 or +1) and orders every property's entries to match.
    bool moveContext(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void edited();

private:
    QStringList orderedContexts() const;
    void reorderEntries();
    bool renameContext(int row, const QString &to);

    LinkProperties m_properties;
    QStringList m_rows;
};

} // namespace odag::gui
