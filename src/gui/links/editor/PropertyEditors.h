#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace odag::gui {

// The low/high pair of a rowEstRange cell (low may be empty: no minimum).
class RangeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RangeEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value);
    QVariant value() const; // invalid when high is empty

private:
    QLineEdit *m_low;
    QLineEdit *m_high;
};

// An appRetentionTime cell: an ISO 8601 duration or `unlimited`, checked as typed.
class RetentionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionEditor(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;
    bool isAcceptable() const;

private:
    void check();
    QLineEdit *m_edit;
    QLabel *m_status;
};

// A genAppName cell: the format string, its parameters and the name it gives now.
class NameFormatEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NameFormatEditor(QWidget *parent = nullptr);
    void setValue(const QVariant &value);
    QVariant value() const;
    QString previewText() const;

private:
    void updatePreview();
    QLineEdit *m_format;
    QLineEdit *m_params;
    QLabel *m_preview;
};

} // namespace odag::gui
