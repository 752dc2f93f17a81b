#pragma once

#include "core/OdagLink.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace odag::gui {

class BindingsModel;
class ErrorBanner;
class TenantSession;

// The Bindings tab of a Qlik Cloud link: the bindings table (add, remove, edit) and
// "Detect from template script", which reads the template app's load script and offers
// the bind variables it declares that the link lacks.
class BindingsPage : public QWidget
{
    Q_OBJECT
public:
    BindingsPage(TenantSession *session, QWidget *parent = nullptr);

    void load(const QList<Binding> &bindings, const QString &templateAppId);
    QList<Binding> bindings() const;
    BindingsModel *model() const { return m_model; }

    // Reads the template script and lists the missing bindings.
    void detect();

Q_SIGNALS:
    void edited();
    void detectFinished();

private:
    void showDetected(const QString &script);
    void addDetected();

    QPointer<TenantSession> m_session;
    QString m_templateAppId;
    BindingsModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_detect;
    ErrorBanner *m_banner;
    QLabel *m_detectSummary;
    QListWidget *m_detected;
    QPushButton *m_addDetected;
    QList<Binding> m_found;
};

} // namespace odag::gui
