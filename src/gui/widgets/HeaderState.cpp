#include "HeaderState.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace odag::gui {

namespace {
QString settingsKey(const QString &key)
{
    return QStringLiteral("layout/") + key;
}
} // namespace

void rememberHeaderState(QHeaderView *header, const QString &key)
{
    const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, key] { QSettings().setValue(settingsKey(key), header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, save);
}

void rememberSplitterState(QSplitter *splitter, const QString &key)
{
    const QByteArray state = QSettings().value(settingsKey(key)).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(settingsKey(key), splitter->saveState()); });
}

} // namespace odag::gui
