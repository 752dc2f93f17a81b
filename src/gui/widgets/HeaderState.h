#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace odag::gui {

// Remembered layouts: restores the column order, widths, hidden columns and sort of a
// header (or the sizes of a splitter) from the settings under `key`, and saves them
// whenever the user changes them.
void rememberHeaderState(QHeaderView *header, const QString &key);
void rememberSplitterState(QSplitter *splitter, const QString &key);

} // namespace odag::gui
