#pragma once

#include "RequestActions.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace odag::gui {

// Follows one action over many requests: a progress bar with Stop while it runs, then one
// line per request saying OK or the error message in the API's words. Modeless, so the
// monitor stays usable behind it.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    BulkResultDialog(RequestOp op, const QList<RequestObject> &requests, QWidget *parent = nullptr);

    void setProgress(int done, int total);
    void setOutcome(const QString &requestId, bool ok, const QString &message);
    void setFinished(const BulkResult &result);

    // The result column of a request's line (tests).
    QString resultText(const QString &requestId) const;
    int rowCount() const;

Q_SIGNALS:
    void stopRequested();

private:
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QPushButton *m_stop;
    QPushButton *m_close;
    QHash<QString, QTreeWidgetItem *> m_items;
};

} // namespace odag::gui
