#pragma once

#include <QDialog>
#include <QJsonObject>

class QTableWidget;

namespace odag::gui {

// The three-way view of a save refused with 409: one row per field where mine (the
// editor's link) and theirs (the link as the server has it now) differ, with base (the
// link as first read) beside them, and a choice per field. merged() is theirs with the
// fields picked as mine taken from mine.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Field,
        Base,
        Mine,
        Theirs,
        Use,
        ColumnCount
    };

    ConflictDialog(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                   QWidget *parent = nullptr);

    // The fields listed, as paths ("name", "properties.genAppLimit").
    QStringList fields() const { return m_fields; }
    // Picks mine (true) or theirs for a listed field.
    void choose(const QString &field, bool mine);
    QJsonObject merged() const;
    QTableWidget *table() const { return m_table; }

private:
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    static void setValueAt(QJsonObject &object, const QString &path, const QJsonValue &value);

    QJsonObject m_mine;
    QJsonObject m_theirs;
    QStringList m_fields;
    QTableWidget *m_table;
};

} // namespace odag::gui
