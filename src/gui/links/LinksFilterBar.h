#pragma once

#include "LinkService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace odag::gui {

class LinksFilterProxy;

// The filter row above the links table: a search field and combos for status, owner,
// selection app and type, fed from the links listed, driving a LinksFilterProxy; and
// how many links are shown.
class LinksFilterBar : public QWidget
{
    Q_OBJECT
public:
    LinksFilterBar(LinksFilterProxy *proxy, const LinkCapabilities &caps, QWidget *parent = nullptr);

    // Refills the owner and selection-app choices from `links`, keeping the choice made.
    void setLinks(const QList<LinkRecord> &links);
    void updateCount(int shown, int all);
    void focusSearch();

private:
    void apply();

    LinksFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_owner;
    QComboBox *m_selectionApp;
    QComboBox *m_type;
    QLabel *m_count;
};

} // namespace odag::gui
