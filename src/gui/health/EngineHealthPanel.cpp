#include "EngineHealthPanel.h"

#include "api/EngineApi.h"
#include "gui/connection/TenantSession.h"
#include "gui/widgets/ErrorBanner.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace odag::gui {

namespace {
QString notReported()
{
    return EngineHealthPanel::tr("not reported");
}

QString count(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : notReported();
}

// The engine reports memory in megabytes.
QString megabytes(double mb)
{
    return QLocale().formattedDataSize(qint64(mb * 1024 * 1024));
}

QString percent(double value)
{
    return EngineHealthPanel::tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

int listSize(const std::optional<QStringList> &list)
{
    return int(list.value_or(QStringList{}).size());
}

// "2 d 3 h", "3 h 12 min", "12 min": how long the engine has been running.
QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return EngineHealthPanel::tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        return EngineHealthPanel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return EngineHealthPanel::tr("%1 min").arg(minutes);
}

// The engine's own timestamp format; shown as a local time when it is ISO 8601.
QString started(const std::optional<QString> &text)
{
    if (!text)
        return notReported();
    const QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!at.isValid())
        return *text;
    return EngineHealthPanel::tr("%1 (up %2)")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
             duration(std::max<qint64>(0, at.secsTo(QDateTime::currentDateTimeUtc()))));
}

void setGauge(QProgressBar *bar, std::optional<double> share, const QString &text)
{
    bar->setValue(share ? int(std::clamp(*share, 0.0, 1.0) * 1000) : 0);
    bar->setFormat(text);
    bar->setEnabled(share.has_value());
}

// A row's label without its colon, for screen readers ("Memory:" -> "Memory"; also
// French "Mémoire :" and a full-width Japanese colon).
QString withoutColon(QString label)
{
    while (!label.isEmpty() && (label.back() == QLatin1Char(':') || label.back() == QChar(0xFF1A)
                                || label.back().isSpace()))
        label.chop(1);
    return label;
}
} // namespace

EngineHealthPanel::EngineHealthPanel(TenantSession *session, QWidget *parent)
    : HealthSection(parent)
    , m_session(session)
    , m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("engineHealthPanel"));

    auto *healthBox = new QGroupBox(tr("Engine health"), this);
    auto *health = new QFormLayout(healthBox);
    m_status = addRow(health, tr("Status:"), QStringLiteral("engineStatus"));
    m_version = addRow(health, tr("Version:"), QStringLiteral("engineVersion"));
    m_started = addRow(health, tr("Running since:"), QStringLiteral("engineStarted"));
    m_memoryBar = addGauge(health, tr("Memory:"), QStringLiteral("engineMemoryBar"));
    m_memory = addRow(health, QString(), QStringLiteral("engineMemory"));
    m_memory->setForegroundRole(QPalette::PlaceholderText);
    m_cpuBar = addGauge(health, tr("CPU:"), QStringLiteral("engineCpuBar"));
    m_sessions = addRow(health, tr("Sessions (active / total):"), QStringLiteral("engineSessions"));
    m_apps = addRow(health, tr("Apps (active / loaded / in memory):"), QStringLiteral("engineApps"));
    m_users = addRow(health, tr("Users (active / total):"), QStringLiteral("engineUsers"));
    m_saturated = addRow(health, tr("Saturated:"), QStringLiteral("engineSaturated"));

    auto *figuresBox = new QGroupBox(tr("Healthcheck figures"), this);
    auto *figures = new QFormLayout(figuresBox);
    m_calls = addRow(figures, tr("Engine calls:"), QStringLiteral("engineCalls"));
    m_selections = addRow(figures, tr("Selections:"), QStringLiteral("engineSelections"));
    m_cacheHits = addRow(figures, tr("Cache hits:"), QStringLiteral("cacheHits"));
    m_cacheEntries =
        addRow(figures, tr("Cache entries (added / replaced):"), QStringLiteral("cacheEntries"));
    m_cacheBytes = addRow(figures, tr("Cache data added:"), QStringLiteral("cacheBytes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(healthBox);
    layout->addWidget(figuresBox);
    connect(m_banner, &ErrorBanner::retryRequested, this, &EngineHealthPanel::refresh);
}

QLabel *EngineHealthPanel::addRow(QFormLayout *form, const QString &label,
                                  const QString &objectName)
{
    auto *value = new QLabel(tr("loading…"), this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    if (label.isEmpty())
        form->addRow(value);
    else
        form->addRow(label, value);
    if (!label.isEmpty())
        value->setAccessibleName(withoutColon(label));
    return value;
}

QProgressBar *EngineHealthPanel::addGauge(QFormLayout *form, const QString &label,
                                          const QString &objectName)
{
    auto *bar = new QProgressBar(this);
    bar->setObjectName(objectName);
    bar->setAccessibleName(withoutColon(label));
    bar->setRange(0, 1000);
    bar->setValue(0);
    bar->setFormat(tr("loading…"));
    bar->setTextVisible(true);
    bar->setMaximumWidth(360);
    form->addRow(label, bar);
    return bar;
}

bool EngineHealthPanel::refresh()
{
    if (m_pending > 0)
        return false;
    m_pending = 2;
    m_ok = true;
    m_checkFailed = false;
    m_banner->clear();
    api::EngineApi engine(m_session->transport());
    engine.health(this, [this](const api::ApiResult<EngineHealth> &r) {
        if (r.ok()) {
            showHealth(r.value());
        } else if (!wasCanceled(r)) {
            m_status->setText(tr("unreachable"));
            m_status->setToolTip(r.error().message());
            // The healthcheck's error says more; it keeps the banner when both failed.
            if (!m_checkFailed)
                m_banner->showError(tr("Could not reach the engine"), r.error());
        }
        finishOne(r.ok());
    });
    engine.healthcheck(this, [this](const api::ApiResult<HealthcheckStatus> &r) {
        if (r.ok()) {
            showHealthcheck(r.value());
        } else if (!wasCanceled(r)) {
            showUnknown();
            m_checkFailed = true;
            m_banner->showError(tr("Could not read the engine health"), r.error());
        }
        finishOne(r.ok());
    });
    return true;
}

void EngineHealthPanel::finishOne(bool ok)
{
    m_ok = m_ok && ok;
    if (--m_pending == 0)
        Q_EMIT finished(m_ok);
}

void EngineHealthPanel::showHealth(EngineHealth health)
{
    // A coloured dot reads at a glance in light and dark palettes alike.
    const char *colour = health == EngineHealth::Healthy ? "#2e9d4a"
                         : health == EngineHealth::Busy  ? "#d08a00"
                                                         : "#c62828";
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                          .arg(QLatin1StringView(colour), displayName(health).toHtmlEscaped()));
    m_status->setToolTip(health == EngineHealth::Busy
                             ? tr("The engine is alive but saturated: it answers new work slowly")
                             : QString());
    m_status->setAccessibleDescription(displayName(health));
}

void EngineHealthPanel::showHealthcheck(const HealthcheckStatus &h)
{
    m_version->setText(h.version.value_or(notReported()));
    m_started->setText(started(h.started));

    if (h.mem && h.mem->committed) {
        const double committed = *h.mem->committed;
        const std::optional<double> free = h.mem->free;
        // Share of what the engine could use: its committed memory and what is still free.
        const std::optional<double> share =
            free && committed + *free > 0 ? std::optional<double>(committed / (committed + *free))
                                          : std::nullopt;
        setGauge(m_memoryBar, share,
                 free ? tr("%1 of %2").arg(megabytes(committed), megabytes(committed + *free))
                      : megabytes(committed));
        m_memory->setText(tr("committed %1 · allocated %2 · free %3")
                              .arg(megabytes(committed),
                                   h.mem->allocated ? megabytes(*h.mem->allocated) : notReported(),
                                   free ? megabytes(*free) : notReported()));
    } else {
        setGauge(m_memoryBar, std::nullopt, notReported());
        m_memory->setText(notReported());
    }
    if (h.cpu && h.cpu->total)
        setGauge(m_cpuBar, *h.cpu->total / 100.0, percent(*h.cpu->total));
    else
        setGauge(m_cpuBar, std::nullopt, notReported());

    m_sessions->setText(h.session
                            ? tr("%1 / %2").arg(count(h.session->active), count(h.session->total))
                            : notReported());
    m_apps->setText(h.apps ? tr("%1 / %2 / %3")
                                 .arg(QLocale().toString(listSize(h.apps->active_docs)),
                                      QLocale().toString(listSize(h.apps->loaded_docs)),
                                      QLocale().toString(listSize(h.apps->in_memory_docs)))
                           : notReported());
    m_users->setText(h.users ? tr("%1 / %2").arg(count(h.users->active), count(h.users->total))
                             : notReported());
    m_saturated->setText(!h.saturated   ? notReported()
                         : *h.saturated ? tr("yes — the engine refuses new work")
                                        : tr("no"));

    m_calls->setText(h.apps ? count(h.apps->calls) : notReported());
    m_selections->setText(h.apps ? count(h.apps->selections) : notReported());
    if (h.cache) {
        const qint64 hits = h.cache->hits.value_or(0);
        const qint64 lookups = h.cache->lookups.value_or(0);
        m_cacheHits->setText(lookups > 0
                                 ? tr("%1 of %2 lookups (%3)")
                                       .arg(QLocale().toString(hits), QLocale().toString(lookups),
                                            percent(100.0 * double(hits) / double(lookups)))
                                 : tr("%1 (no lookups yet)").arg(count(h.cache->hits)));
        m_cacheEntries->setText(tr("%1 / %2").arg(count(h.cache->added), count(h.cache->replaced)));
        m_cacheBytes->setText(h.cache->bytes_added
                                  ? QLocale().formattedDataSize(*h.cache->bytes_added)
                                  : notReported());
    } else {
        for (QLabel *l : {m_cacheHits, m_cacheEntries, m_cacheBytes})
            l->setText(notReported());
    }
}

void EngineHealthPanel::showUnknown()
{
    for (QLabel *l : {m_version, m_started, m_memory, m_sessions, m_apps, m_users, m_saturated,
                      m_calls, m_selections, m_cacheHits, m_cacheEntries, m_cacheBytes})
        l->setText(tr("unknown"));
    setGauge(m_memoryBar, std::nullopt, tr("unknown"));
    setGauge(m_cpuBar, std::nullopt, tr("unknown"));
}

} // namespace odag::gui
