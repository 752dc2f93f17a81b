#pragma once

#include "gui/links/LinkService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace odag::gui {

// The General tab: name, selection and template apps (pickers showing names, storing
// IDs), row estimate expression, dynamic view, include script, and the read-only status,
// owner and dates. On Qlik Sense Enterprise it also holds what QSE links have instead
// of the Cloud tabs: bindings (selectionField/templateField/selectionType), retention,
// publishTo and genAppAccessible.
class GeneralPage : public QWidget
{
    Q_OBJECT
public:
    GeneralPage(bool qse, QWidget *parent = nullptr);

    void setApps(const QList<AppStateCondensed> &apps);
    void load(const LinkRecord &record, bool isNew);
    void store(LinkRecord &record) const;

Q_SIGNALS:
    void edited();

private:
    void changed();
    static void setAppId(QComboBox *combo, const QString &id, const QString &name);
    static QString appId(const QComboBox *combo);
    QList<QseBinding> qseBindings() const;
    void loadQseBindings(const QList<QseBinding> &bindings);

    bool m_qse;
    bool m_loading = false;
    QLineEdit *m_name;
    QComboBox *m_selectionApp;
    QComboBox *m_templateApp;
    QLineEdit *m_rowEstExpr;
    QCheckBox *m_dynamicView = nullptr;
    QCheckBox *m_includeScript = nullptr;
    QLabel *m_status;
    QLabel *m_owner;
    QLabel *m_created;
    QLabel *m_modified;
    // Qlik Sense Enterprise
    QSpinBox *m_maxAge = nullptr;
    QSpinBox *m_maxCount = nullptr;
    QLineEdit *m_publishTo = nullptr;
    QCheckBox *m_genAppAccessible = nullptr;
    QTableWidget *m_qseBindings = nullptr;
};

} // namespace odag::gui
