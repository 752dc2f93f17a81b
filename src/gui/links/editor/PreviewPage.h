#pragma once

#include "core/OdagLinkProperties.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace odag::gui {

// The "Preview as user" tab: for a user (name, ID, groups, roles) the value each
// property takes, the context that supplied it, and flags where the answer is in doubt
// (several matching contexts disagree, contexts the app cannot interpret).
class PreviewPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Property,
        Value,
        Source,
        Flags,
        ColumnCount
    };

    explicit PreviewPage(QWidget *parent = nullptr);
    void load(const LinkProperties &properties);
    QTableWidget *table() const { return m_table; }

private:
    void update();

    LinkProperties m_properties;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_groups;
    QLineEdit *m_roles;
    QTableWidget *m_table;
};

} // namespace odag::gui
