#include "TenantHealthPage.h"

#include "EngineHealthPanel.h"
#include "EngineSessionsPanel.h"
#include "OdagAppListModel.h"
#include "OdagAppsPanel.h"
#include "OdagSettingsPanel.h"
#include "QseAboutPanel.h"
#include "gui/connection/TenantSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace odag::gui {

namespace {
constexpr int kAutoRefreshSeconds = 30;

enum Tab
{
    OverviewTab,
    AppsTab,
    SessionsTab
};

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

TenantHealthPage::TenantHealthPage(TenantSession *session, QWidget *parent)
    : Workspace(parent)
    , m_session(session)
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_autoRefresh(new QCheckBox(tr("Refresh every %n s", "", kAutoRefreshSeconds), this))
    , m_updated(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("healthPage"));
    const bool cloud = session->kind() == TenantSession::Kind::Cloud;

    auto *heading = new QLabel(tr("<h2>%1</h2>").arg(session->profileName().toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("healthHeading"));
    auto *url = new QLabel(
        cloud ? tr("Qlik Cloud tenant · %1").arg(session->baseUrl().toDisplayString())
              : tr("Qlik Sense Enterprise site · %1").arg(session->baseUrl().toDisplayString()),
        this);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url->setObjectName(QStringLiteral("healthUrl"));
    m_refresh->setObjectName(QStringLiteral("healthRefresh"));
    m_refresh->setToolTip(tr("Reload the tenant's settings, apps and health (F5)"));
    m_autoRefresh->setObjectName(QStringLiteral("healthAutoRefresh"));
    m_autoRefresh->setToolTip(tr("Reload this page by itself every %n seconds while it is shown",
                                 "", kAutoRefreshSeconds));
    m_autoRefresh->setVisible(cloud); // the QSE page has nothing that changes by itself
    m_updated->setObjectName(QStringLiteral("healthUpdated"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_timer->setInterval(kAutoRefreshSeconds * 1000);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(heading);
    titles->addWidget(url);
    head->addLayout(titles, 1);
    head->addWidget(m_updated);
    head->addSpacing(12);
    head->addWidget(m_autoRefresh);
    head->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(head);
    layout->addWidget(cloud ? createCloudSections() : createQseSections(), 1);

    connect(m_refresh, &QPushButton::clicked, this, &TenantHealthPage::refresh);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_timer->start();
        else
            m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A hidden page spends no calls of the tenant's budget.
        if (isVisible())
            refresh();
    });
    refresh();
}

QWidget *TenantHealthPage::createCloudSections()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("healthTabs"));

    auto *overview = new QWidget;
    auto *settingsBox = new QGroupBox(tr("ODAG settings"), overview);
    settingsBox->setObjectName(QStringLiteral("odagSettingsBox"));
    auto *settings = new OdagSettingsPanel(m_session, settingsBox);
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(settings);
    auto *engine = new EngineHealthPanel(m_session, overview);
    auto *apps = new OdagAppsPanel(m_session, m_tabs);

    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(settingsBox);
    left->addWidget(createAppsSummary(apps, overview));
    left->addStretch(1);
    auto *columns = new QHBoxLayout(overview);
    columns->setContentsMargins(8, 8, 8, 8);
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addWidget(engine, 1, Qt::AlignTop);
    m_tabs->addTab(scrolled(overview, m_tabs), tr("Overview"));

    m_tabs->addTab(apps, tr("ODAG apps"));
    auto *sessions = new EngineSessionsPanel(m_session, m_tabs);
    m_tabs->addTab(sessions, tr("Sessions"));
    connect(apps, &HealthSection::titleChanged, this,
            [this](const QString &t) { m_tabs->setTabText(AppsTab, t); });
    connect(sessions, &HealthSection::titleChanged, this,
            [this](const QString &t) { m_tabs->setTabText(SessionsTab, t); });

    for (HealthSection *s :
         {static_cast<HealthSection *>(settings), static_cast<HealthSection *>(engine),
          static_cast<HealthSection *>(apps), static_cast<HealthSection *>(sessions)})
        addSection(s);
    return m_tabs;
}

QWidget *TenantHealthPage::createAppsSummary(OdagAppsPanel *apps, QWidget *parent)
{
    auto *box = new QGroupBox(tr("ODAG apps"), parent);
    box->setObjectName(QStringLiteral("odagAppsSummary"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const std::array types{OdagAppType::Selection, OdagAppType::Template, OdagAppType::Generated};
    const std::array labels{tr("Selection apps:"), tr("Template apps:"), tr("Generated apps:")};
    const std::array names{QStringLiteral("selectionAppCount"), QStringLiteral("templateAppCount"),
                           QStringLiteral("generatedAppCount")};
    std::array<QLabel *, 3> counts{};
    for (std::size_t i = 0; i < types.size(); ++i) {
        counts[i] = new QLabel(tr("loading…"), box);
        counts[i]->setObjectName(names[i]);
        form->addRow(labels[i], counts[i]);
    }
    auto *show = new QPushButton(tr("Show the lists"), box);
    show->setObjectName(QStringLiteral("showOdagApps"));
    show->setToolTip(tr("Open the ODAG apps tab with the names and IDs"));
    form->addRow(QString(), show);
    connect(show, &QPushButton::clicked, this, [this] { m_tabs->setCurrentIndex(AppsTab); });
    connect(apps, &HealthSection::finished, box, [apps, types, counts] {
        for (std::size_t i = 0; i < types.size(); ++i)
            counts[i]->setText(apps->isLoaded(types[i])
                                   ? QLocale().toString(apps->model(types[i])->rowCount())
                                   : tr("unknown"));
    });
    return box;
}

QWidget *TenantHealthPage::createQseSections()
{
    auto *content = new QWidget;
    auto *about = new QseAboutPanel(m_session, content);
    // A readable line length on wide windows; the wrapped text still gets its full height.
    auto *row = new QHBoxLayout;
    row->addWidget(about, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(row);
    layout->addStretch(1);
    addSection(about);
    return scrolled(content, this);
}

void TenantHealthPage::addSection(HealthSection *section)
{
    m_sections.append(section);
    connect(section, &HealthSection::finished, this,
            [this, section](bool ok) { sectionFinished(section, ok); });
    connect(section, &HealthSection::statusMessage, this, &Workspace::statusMessage);
}

void TenantHealthPage::refresh()
{
    if (m_waiting.isEmpty())
        m_failed = false;
    for (HealthSection *s : std::as_const(m_sections)) {
        if (s->refresh())
            m_waiting.insert(s);
    }
    m_refresh->setEnabled(m_waiting.isEmpty());
}

void TenantHealthPage::sectionFinished(HealthSection *section, bool ok)
{
    // A section's own Retry is not part of the page's refresh.
    if (!m_waiting.remove(section))
        return;
    m_failed = m_failed || !ok;
    if (!m_waiting.isEmpty())
        return;
    m_refresh->setEnabled(true);
    m_updated->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT statusMessage(m_failed ? tr("Tenant health loaded with errors")
                                  : tr("Tenant health loaded"));
    markLoaded();
}

bool TenantHealthPage::showSubView(const QString &name)
{
    if (!m_tabs)
        return false;
    if (name == appsSubView())
        m_tabs->setCurrentIndex(AppsTab);
    else if (name == sessionsSubView())
        m_tabs->setCurrentIndex(SessionsTab);
    else
        return false;
    return true;
}

void TenantHealthPage::setAutoRefreshInterval(int msec)
{
    m_timer->setInterval(msec);
}

} // namespace odag::gui
