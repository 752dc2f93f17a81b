#include "EngineSessionModel.h"

#include <QLocale>

namespace odag::gui {

QVariant EngineSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineSession &s = at(index.row());
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case TtlColumn:
            return s.ttl.value_or(0);
        case StateColumn:
            return s.state ? s.state->raw() : QString();
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole && column == TtlColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == AppColumn && s.appid.value_or(QString()).isEmpty())
        return tr("No app is open on this session");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case UserColumn:
        return s.userid.value_or(QString());
    case AppColumn: {
        const QString app = s.appid.value_or(QString());
        return app.isEmpty() && role == Qt::DisplayRole ? tr("—") : app;
    }
    case StateColumn:
        return s.state ? displayName(*s.state) : tr("not reported");
    case TtlColumn:
        return s.ttl ? tr("%n s", "", int(*s.ttl)) : tr("not reported");
    case SessionColumn:
        return s.sessionid.value_or(QString());
    case TenantColumn:
        return s.tenantid.value_or(QString());
    default:
        return {};
    }
}

QVariant EngineSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case AppColumn:
        return tr("App");
    case StateColumn:
        return tr("State");
    case TtlColumn:
        return tr("Keep-alive");
    case SessionColumn:
        return tr("Session ID");
    case TenantColumn:
        return tr("Tenant");
    default:
        return {};
    }
}

} // namespace odag::gui
