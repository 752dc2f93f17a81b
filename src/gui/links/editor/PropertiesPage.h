#pragma once

#include "core/OdagLinkProperties.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace odag::gui {

class PropertyMatrixModel;

// The Properties tab: the context-scoped property matrix with its editors, add / remove /
// reorder contexts, the context validator and the generated-name preview of the row.
class PropertiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPage(QWidget *parent = nullptr);

    void load(const LinkProperties &properties);
    LinkProperties properties() const;
    PropertyMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void edited();

private:
    void addContext();
    void removeContext();
    void moveContext(int delta);
    void clearCell();
    void updateState();

    PropertyMatrixModel *m_model;
    QTableView *m_view;
    QLineEdit *m_newContext;
    QLabel *m_contextCheck;
    QLabel *m_namePreview;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_clear;
};

} // namespace odag::gui
