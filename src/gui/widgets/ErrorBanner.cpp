#include "ErrorBanner.h"

#include "api/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace odag::gui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QPushButton(tr("Details…"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    // Readable in light and dark palettes alike.
    setStyleSheet(QStringLiteral("#errorBanner { background: rgba(198, 40, 40, 0.12); border: 1px solid "
                                 "rgba(198, 40, 40, 0.6); border-radius: 4px; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Warning, tr("Error details"), m_text->text(), QMessageBox::Ok, this);
        box.setDetailedText(m_detailsText);
        box.exec();
    });
    hide();
}

void ErrorBanner::showError(const QString &what, const api::ApiError &error)
{
    m_text->setText(tr("%1: %2").arg(what, error.message()));
    m_detailsText = error.details();
    m_details->setVisible(!m_detailsText.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    m_detailsText.clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

} // namespace odag::gui
