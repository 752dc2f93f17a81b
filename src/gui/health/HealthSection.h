#pragma once

#include "api/ApiError.h"

#include <QWidget>

namespace odag::gui {

// One section of the Tenant health page (ODAG settings, ODAG apps, engine figures,
// sessions): loads itself and shows its own errors, so one failing call never blanks
// the others. The page counts the sections' finished() signals to know when a refresh
// is over.
class HealthSection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Starts a load; false when one is already under way (its answer will do).
    virtual bool refresh() = 0;

Q_SIGNALS:
    void finished(bool ok);
    // A short title for the section's tab, with its counts ("Sessions (3)").
    void titleChanged(const QString &title);
    void statusMessage(const QString &message);
};

// A call cancelled with its page has nothing to show.
template <class T> bool wasCanceled(const api::ApiResult<T> &r)
{
    return !r.ok() && r.error().isCanceled();
}

} // namespace odag::gui
