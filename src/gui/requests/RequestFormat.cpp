#include "RequestFormat.h"

#include "RequestsModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace odag::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(odag::gui::RequestFormat)
};
} // namespace

QString RequestFormat::time(qint64 msSinceEpoch)
{
    if (msSinceEpoch == RequestsModel::kNoTime)
        return {};
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(dt.date(), QLocale::ShortFormat),
                                       dt.time().toString(QStringLiteral("HH:mm:ss")));
}

QString RequestFormat::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString RequestFormat::rowEstimate(const odag::RequestObject &r)
{
    const QLocale locale;
    if (!r.actualRowEst)
        return {};
    const QString est = locale.toString(*r.actualRowEst);
    const bool low = r.curRowEstLowBound && *r.curRowEstLowBound > 0;
    if (r.curRowEstHighBound && low)
        return Tr::tr("%1 (%2–%3)").arg(est, locale.toString(*r.curRowEstLowBound),
                                        locale.toString(*r.curRowEstHighBound));
    if (r.curRowEstHighBound)
        return Tr::tr("%1 (≤ %2)").arg(est, locale.toString(*r.curRowEstHighBound));
    return est;
}

QString RequestFormat::problem(const odag::RequestObject &r)
{
    if (r.errorMessage && !r.errorMessage->isEmpty())
        return *r.errorMessage;
    if (r.validation && !r.validation->isEmpty())
        return r.validation->join(QStringLiteral("; "));
    return {};
}

int RequestFormat::stateOrder(RequestState state)
{
    switch (state) {
    case RequestState::Loading:
        return 0;
    case RequestState::Canceling:
        return 1;
    case RequestState::Queued:
        return 2;
    case RequestState::Validating:
        return 3;
    case RequestState::Hold:
        return 4;
    case RequestState::Unknown:
        return 5;
    case RequestState::Failed:
        return 6;
    case RequestState::Invalid:
        return 7;
    case RequestState::Canceled:
        return 8;
    case RequestState::Succeeded:
        return 9;
    case RequestState::FailedAck:
        return 10;
    case RequestState::CanceledAck:
        return 11;
    }
    return 5;
}

QColor RequestFormat::stateColor(RequestState state)
{
    switch (state) {
    case RequestState::Validating:
    case RequestState::Queued:
        return QColor(0x3d, 0x6f, 0xb6); // blue: waiting
    case RequestState::Loading:
        return QColor(0xc0, 0x7a, 0x12); // amber: working
    case RequestState::Hold:
        return QColor(0x7a, 0x5c, 0xb0); // violet: paused
    case RequestState::Succeeded:
        return QColor(0x2e, 0x7d, 0x32); // green
    case RequestState::Failed:
    case RequestState::Invalid:
        return QColor(0xc6, 0x28, 0x28); // red: needs attention
    case RequestState::FailedAck:
        return QColor(0x9e, 0x5a, 0x5a); // muted red: seen
    case RequestState::Canceling:
    case RequestState::Canceled:
    case RequestState::CanceledAck:
        return QColor(0x6d, 0x6d, 0x6d); // grey
    case RequestState::Unknown:
        break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

} // namespace odag::gui
