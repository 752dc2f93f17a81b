#include "BulkResultDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace odag::gui {

BulkResultDialog::BulkResultDialog(RequestOp op, const QList<RequestObject> &requests,
                                   QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(RequestActions::displayName(op));
    m_summary->setObjectName(QStringLiteral("bulkResultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("%1: %n request(s)…", "", int(requests.size())).arg(RequestActions::displayName(op)));
    m_progress->setObjectName(QStringLiteral("bulkResultProgress"));
    m_progress->setRange(0, int(requests.size()));
    m_progress->setValue(0);
    m_list->setObjectName(QStringLiteral("bulkResultList"));
    m_list->setAccessibleName(tr("Result per request"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Request"), tr("Result")});
    m_list->header()->resizeSection(0, 240);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    for (const RequestObject &r : requests) {
        const QString app = r.generatedAppDisplayName();
        auto *item = new QTreeWidgetItem(m_list, {app.isEmpty() ? r.id : app, tr("Waiting")});
        item->setToolTip(0, r.id);
        m_items.insert(r.id, item);
    }
    m_stop->setObjectName(QStringLiteral("bulkResultStop"));
    m_stop->setToolTip(tr("Stop after the calls under way; requests not reached stay as they are"));
    m_close->setObjectName(QStringLiteral("bulkResultClose"));
    m_close->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &BulkResultDialog::stopRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

void BulkResultDialog::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void BulkResultDialog::setOutcome(const QString &requestId, bool ok, const QString &message)
{
    QTreeWidgetItem *item = m_items.value(requestId);
    if (!item)
        return;
    const QStyle *style = QApplication::style();
    item->setIcon(
        1, style->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
    item->setText(1, ok ? tr("OK") : message);
    item->setToolTip(1, ok ? tr("OK") : message);
}

void BulkResultDialog::setFinished(const BulkResult &result)
{
    m_stop->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it.value()->text(1) == tr("Waiting"))
            it.value()->setText(1, tr("Not done (stopped)"));
    }
    const QString name = RequestActions::displayName(result.op);
    if (result.canceled)
        m_summary->setText(tr("%1: stopped. %2 of %n request(s) answered.", "", int(m_items.size()))
                               .arg(name)
                               .arg(result.outcomes.size()));
    else if (result.failures() == 0)
        m_summary->setText(tr("%1: done for %n request(s).", "", result.successes()).arg(name));
    else
        m_summary->setText(tr("%1: %2 succeeded, %n failed.", "", result.failures())
                               .arg(name)
                               .arg(result.successes()));
}

QString BulkResultDialog::resultText(const QString &requestId) const
{
    const QTreeWidgetItem *item = m_items.value(requestId);
    return item ? item->text(1) : QString();
}

int BulkResultDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace odag::gui
