#pragma once

#include "LinkService.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace odag::gui {

// The details of one link, every field readable and the IDs selectable: the general
// fields, the bindings, the context-scoped properties, and on Qlik Cloud the links of
// the same selection app (selection-app-link-usages) and whether the user may create
// links for the app pair. Fetches the single link (for genAppAccessible) and the usages
// itself; answers for a link no longer shown are dropped.
class LinkDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LinkDetailsPanel(LinkService *service, QWidget *parent = nullptr);

    // Shows `record`; `siblingIds` are the links the table maps to the same selection
    // app (what the usages call asks about).
    void showLink(const LinkRecord &record, const QStringList &siblingIds);
    // Several or no links selected.
    void showSummary(int selected);

private:
    QLabel *addField(const QString &label, const QString &objectName);
    void fill(const LinkRecord &record);
    void fillBindings(const LinkRecord &record);
    void fillProperties(const LinkRecord &record);
    void loadUsages(const LinkRecord &record, const QStringList &siblingIds);
    void loadCanCreate(const LinkRecord &record);

    LinkService *m_service;
    QPointer<QObject> m_fetch; // owns the calls for the link shown; replaced on change
    QLabel *m_placeholder;
    QWidget *m_content;
    QFormLayout *m_form;
    QLabel *m_name;
    QLabel *m_id;
    QLabel *m_status;
    QLabel *m_owner;
    QLabel *m_created;
    QLabel *m_modified;
    QLabel *m_selectionApp;
    QLabel *m_templateApp;
    QLabel *m_rowEstExpr;
    QLabel *m_dynamicView;
    QLabel *m_includeScript;
    QLabel *m_genAppAccessible;
    QLabel *m_privileges;
    QLabel *m_canCreate;
    QLabel *m_qseExtra;
    QTableWidget *m_bindings;
    QTableWidget *m_properties;
    QLabel *m_propertiesNote;
    QWidget *m_usagesBox;
    QLabel *m_usages;
};

} // namespace odag::gui
