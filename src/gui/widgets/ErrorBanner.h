#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace odag::api {
struct ApiError;
}

namespace odag::gui {

// A banner that says what failed and why in words, with the details to quote to support
// (status, code, traceId) one click away, and a Retry button. Hidden when all is well.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &what, const api::ApiError &error);
    void clear();
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_details;
    QPushButton *m_retry;
    QString m_detailsText;
};

} // namespace odag::gui
