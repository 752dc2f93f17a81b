#include "PropertyEditors.h"

#include "core/rules/AppNameFormat.h"
#include "core/rules/IsoDuration.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace odag::gui {

RangeEditor::RangeEditor(QWidget *parent)
    : QWidget(parent)
    , m_low(new QLineEdit(this))
    , m_high(new QLineEdit(this))
{
    setObjectName(QStringLiteral("rangeEditor"));
    setMinimumWidth(240);
    setAutoFillBackground(true);
    m_low->setObjectName(QStringLiteral("rangeLow"));
    m_high->setObjectName(QStringLiteral("rangeHigh"));
    // Row counts pass 2^31: digits only, read as 64-bit.
    auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,18}$")), this);
    m_low->setValidator(digits);
    m_high->setValidator(digits);
    m_low->setPlaceholderText(tr("no minimum"));
    m_high->setPlaceholderText(tr("maximum"));
    m_low->setAccessibleName(tr("Lowest row estimate"));
    m_high->setAccessibleName(tr("Highest row estimate"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_low);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_high);
    setFocusProxy(m_low);
}

void RangeEditor::setValue(const QVariant &value)
{
    const QVariantMap m = value.toMap();
    m_low->setText(m.contains(QStringLiteral("low")) ? m.value(QStringLiteral("low")).toString() : QString());
    m_high->setText(m.contains(QStringLiteral("high")) ? m.value(QStringLiteral("high")).toString() : QString());
}

QVariant RangeEditor::value() const
{
    if (m_high->text().isEmpty())
        return {};
    QVariantMap m{{QStringLiteral("high"), m_high->text().toLongLong()}};
    if (!m_low->text().isEmpty())
        m.insert(QStringLiteral("low"), m_low->text().toLongLong());
    return m;
}

RetentionEditor::RetentionEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("retentionEditor"));
    setMinimumWidth(240);
    setAutoFillBackground(true);
    m_edit->setObjectName(QStringLiteral("retentionText"));
    m_edit->setPlaceholderText(tr("PT24H, P7D or unlimited"));
    m_edit->setAccessibleName(tr("Retention time"));
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &RetentionEditor::check);
}

void RetentionEditor::setText(const QString &text)
{
    m_edit->setText(text);
    check();
}

QString RetentionEditor::text() const
{
    return m_edit->text().trimmed();
}

bool RetentionEditor::isAcceptable() const
{
    return rules::IsoDuration::parse(text()).ok();
}

void RetentionEditor::check()
{
    const auto parsed = rules::IsoDuration::parse(text());
    m_status->setText(parsed.ok() ? parsed.value().displayText() : parsed.error());
    m_status->setStyleSheet(parsed.ok() ? QString() : QStringLiteral("color: #b00020;"));
}

NameFormatEditor::NameFormatEditor(QWidget *parent)
    : QWidget(parent)
    , m_format(new QLineEdit(this))
    , m_params(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("nameFormatEditor"));
    setMinimumWidth(380); // wider than its cell: the format, the parameters and the preview
    setAutoFillBackground(true);
    m_format->setObjectName(QStringLiteral("nameFormat"));
    m_params->setObjectName(QStringLiteral("nameParams"));
    m_preview->setObjectName(QStringLiteral("namePreview"));
    m_format->setPlaceholderText(tr("{0} for {1}"));
    m_params->setPlaceholderText(tr("templateAppName, userId, curYear…"));
    m_format->setAccessibleName(tr("Name format"));
    m_params->setAccessibleName(tr("Name parameters"));
    m_params->setToolTip(tr("Comma-separated: templateAppName, userId, curYear, curMonth, curDay, curHr, "
                            "curMin, curSec. {0} is the first."));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addRow(tr("Format:"), m_format);
    layout->addRow(tr("Parameters:"), m_params);
    layout->addRow(tr("Preview:"), m_preview);
    setFocusProxy(m_format);
    connect(m_format, &QLineEdit::textChanged, this, &NameFormatEditor::updatePreview);
    connect(m_params, &QLineEdit::textChanged, this, &NameFormatEditor::updatePreview);
}

void NameFormatEditor::setValue(const QVariant &value)
{
    const QVariantMap m = value.toMap();
    m_format->setText(m.value(QStringLiteral("formatString")).toString());
    m_params->setText(m.value(QStringLiteral("params")).toStringList().join(QStringLiteral(", ")));
    updatePreview();
}

QVariant NameFormatEditor::value() const
{
    QStringList params;
    for (const QString &p : m_params->text().split(u',', Qt::SkipEmptyParts))
        params.push_back(p.trimmed());
    return QVariantMap{{QStringLiteral("formatString"), m_format->text()}, {QStringLiteral("params"), params}};
}

QString NameFormatEditor::previewText() const
{
    return m_preview->text();
}

void NameFormatEditor::updatePreview()
{
    rules::AppNameFormat::Params params;
    for (const QString &p : value().toMap().value(QStringLiteral("params")).toStringList())
        params.push_back(OpenEnum<AppNameParameter>::fromRaw(p));
    const QString name = rules::AppNameFormat::preview(m_format->text(), params, QDateTime::currentDateTime());
    QStringList problems;
    for (const rules::AppNameIssue &issue : rules::AppNameFormat::validate(m_format->text(), params))
        problems.push_back(issue.message);
    m_preview->setText(problems.isEmpty() ? name : tr("%1 — %2").arg(name, problems.join(QStringLiteral("; "))));
    m_preview->setToolTip(problems.join(u'\n'));
}

} // namespace odag::gui
