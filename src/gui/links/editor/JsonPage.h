#pragma once

#include "core/OdagLink.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace odag::gui {

// The Raw JSON tab: the link as JSON, validated as typed with the core codec (the error
// names its path); Apply hands the decoded link to the other tabs.
class JsonPage : public QWidget
{
    Q_OBJECT
public:
    explicit JsonPage(QWidget *parent = nullptr);

    // Shows `link` unless the user has typed changes not applied yet.
    void load(const LinkStateFull &link);
    bool isValid() const { return m_valid; }
    bool hasUnappliedText() const { return m_dirty; }
    void apply();

Q_SIGNALS:
    void applied(const odag::LinkStateFull &link);

private:
    void validate();

    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_revert;
    LinkStateFull m_shown;
    std::optional<LinkStateFull> m_decoded;
    bool m_valid = true;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace odag::gui
