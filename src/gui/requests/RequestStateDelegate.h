#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace odag::gui {

// Paints a request's state as a coloured pill with its name, so a glance down the column
// tells running, waiting, failed and done apart (colour plus words, never colour alone).
// A state that just changed glows in its colour and fades, so changes are seen in place.
class RequestStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kFlashMs = 1500;

    explicit RequestStateDelegate(QAbstractItemView *view);

    // The request's state changed: let its cell glow for a moment.
    void flash(const QString &requestId);
    bool isFlashing(const QString &requestId) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void tick();

    QAbstractItemView *m_view;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_flashes; // request ID -> start (m_clock ms)
    QTimer m_timer;
};

} // namespace odag::gui
