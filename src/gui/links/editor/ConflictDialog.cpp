#include "ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odag::gui {

namespace {

// Set by the service, never written by the editor: not a conflict to resolve.
const QSet<QString> &serverOwned()
{
    static const QSet<QString> keys{QStringLiteral("id"),           QStringLiteral("owner"),
                                    QStringLiteral("status"),       QStringLiteral("privileges"),
                                    QStringLiteral("createdDate"),  QStringLiteral("modifiedDate"),
                                    QStringLiteral("modifiedByUser"), QStringLiteral("genAppAccessible"),
                                    QStringLiteral("templateAppChartObjects"), QStringLiteral("sourceLinkId")};
    return keys;
}

QString shortText(const QJsonValue &v)
{
    if (v.isUndefined())
        return ConflictDialog::tr("(absent)");
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    return text.size() > 120 ? text.left(117) + QStringLiteral("…") : text;
}

} // namespace

ConflictDialog::ConflictDialog(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs,
                               QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("linkConflictDialog"));
    setWindowTitle(tr("The link was changed on the server"));
    // The fields: every top-level member, and each property of `properties` on its own.
    QStringList candidates;
    for (const QJsonObject &o : {base, mine, theirs}) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (serverOwned().contains(it.key()))
                continue;
            if (it.key() == QLatin1StringView("properties")) {
                for (const QJsonObject &p : {base, mine, theirs}) {
                    const QJsonObject props = p.value(QStringLiteral("properties")).toObject();
                    for (auto pt = props.begin(); pt != props.end(); ++pt) {
                        const QString path = QStringLiteral("properties.") + pt.key();
                        if (!candidates.contains(path))
                            candidates.push_back(path);
                    }
                }
            } else if (!candidates.contains(it.key())) {
                candidates.push_back(it.key());
            }
        }
    }
    for (const QString &path : std::as_const(candidates)) {
        const QJsonValue m = valueAt(mine, path);
        const QJsonValue t = valueAt(theirs, path);
        if (m == t)
            continue;
        const QJsonValue b = valueAt(base, path);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_fields.push_back(path);
        m_table->setItem(row, Field, new QTableWidgetItem(path));
        m_table->setItem(row, Base, new QTableWidgetItem(shortText(b)));
        m_table->setItem(row, Mine, new QTableWidgetItem(shortText(m)));
        m_table->setItem(row, Theirs, new QTableWidgetItem(shortText(t)));
        for (int col = Field; col <= Theirs; ++col)
            m_table->item(row, col)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *use = new QComboBox(m_table);
        use->setObjectName(QStringLiteral("conflictUse_") + path);
        use->addItem(tr("Mine"), true);
        use->addItem(tr("Theirs"), false);
        // Default: keep my change where I made one, else take theirs.
        use->setCurrentIndex(m == b ? 1 : 0);
        use->setAccessibleName(tr("Value to keep for %1").arg(path));
        m_table->setCellWidget(row, Use, use);
    }
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Base (first read)"), tr("Mine"), tr("Theirs (server now)"),
                                        tr("Keep")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(Field, 170);
    m_table->setColumnWidth(Base, 200);
    m_table->setColumnWidth(Mine, 200);
    m_table->setColumnWidth(Theirs, 200);

    auto *intro = new QLabel(tr("Someone changed this link after you opened it, so it was not saved. For each field "
                                "that differs, choose which value to keep; the link is then saved on top of the "
                                "server's version."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Save with these choices"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("conflictApply"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("conflictCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 420);
}

void ConflictDialog::choose(const QString &field, bool mine)
{
    const int row = int(m_fields.indexOf(field));
    if (row < 0)
        return;
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Use)))
        combo->setCurrentIndex(mine ? 0 : 1);
}

QJsonObject ConflictDialog::merged() const
{
    QJsonObject out = m_theirs;
    for (int row = 0; row < m_fields.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, Use));
        if (combo && combo->currentData().toBool())
            setValueAt(out, m_fields.at(row), valueAt(m_mine, m_fields.at(row)));
    }
    return out;
}

QJsonValue ConflictDialog::valueAt(const QJsonObject &object, const QString &path)
{
    if (path.startsWith(QLatin1StringView("properties.")))
        return object.value(QStringLiteral("properties")).toObject().value(path.mid(11));
    return object.value(path);
}

void ConflictDialog::setValueAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    if (path.startsWith(QLatin1StringView("properties."))) {
        QJsonObject inner = object.value(QStringLiteral("properties")).toObject();
        if (value.isUndefined())
            inner.remove(path.mid(11));
        else
            inner.insert(path.mid(11), value);
        object.insert(QStringLiteral("properties"), inner);
    } else if (value.isUndefined()) {
        object.remove(path);
    } else {
        object.insert(path, value);
    }
}

} // namespace odag::gui
