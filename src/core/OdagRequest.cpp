#include "OdagRequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace odag {

QString displayName(const OpenEnum<RequestState> &s)
{
    switch (s.value()) {
    case RequestState::Validating:
        return QCoreApplication::translate("odag::RequestState", "Validating");
    case RequestState::Queued:
        return QCoreApplication::translate("odag::RequestState", "Queued");
    case RequestState::Invalid:
        return QCoreApplication::translate("odag::RequestState", "Invalid");
    case RequestState::Hold:
        return QCoreApplication::translate("odag::RequestState", "Paused");
    case RequestState::Loading:
        return QCoreApplication::translate("odag::RequestState", "Loading");
    case RequestState::Canceled:
        return QCoreApplication::translate("odag::RequestState", "Canceled");
    case RequestState::Failed:
        return QCoreApplication::translate("odag::RequestState", "Failed");
    case RequestState::Succeeded:
        return QCoreApplication::translate("odag::RequestState", "Succeeded");
    case RequestState::Canceling:
        return QCoreApplication::translate("odag::RequestState", "Canceling");
    case RequestState::CanceledAck:
        return QCoreApplication::translate("odag::RequestState", "Canceled (acknowledged)");
    case RequestState::FailedAck:
        return QCoreApplication::translate("odag::RequestState", "Failed (acknowledged)");
    case RequestState::Unknown:
        break;
    }
    return s.raw();
}

QString displayName(const OpenEnum<RequestKind> &k)
{
    switch (k.value()) {
    case RequestKind::Single:
        return QCoreApplication::translate("odag::RequestKind", "Single");
    case RequestKind::Multiple:
        return QCoreApplication::translate("odag::RequestKind", "Multiple");
    case RequestKind::SingleSub:
        return QCoreApplication::translate("odag::RequestKind", "Sub-request");
    case RequestKind::Unknown:
        break;
    }
    return k.raw();
}

QString displayName(const OpenEnum<DataLoadStatus> &s)
{
    switch (s.value()) {
    case DataLoadStatus::Pending:
        return QCoreApplication::translate("odag::DataLoadStatus", "Pending");
    case DataLoadStatus::Success:
        return QCoreApplication::translate("odag::DataLoadStatus", "Success");
    case DataLoadStatus::Warnings:
        return QCoreApplication::translate("odag::DataLoadStatus", "Success with warnings");
    case DataLoadStatus::Failed:
        return QCoreApplication::translate("odag::DataLoadStatus", "Failed");
    case DataLoadStatus::Unknown:
        break;
    }
    return s.raw();
}

QString displayName(const OpenEnum<SelectStatus> &s)
{
    switch (s.value()) {
    case SelectStatus::Selected:
        return QCoreApplication::translate("odag::SelectStatus", "Selected");
    case SelectStatus::Optional:
        return QCoreApplication::translate("odag::SelectStatus", "Optional");
    case SelectStatus::Excluded:
        return QCoreApplication::translate("odag::SelectStatus", "Excluded");
    case SelectStatus::Unknown:
        break;
    }
    return s.raw();
}

QString displayName(const OpenEnum<RequestAction> &a)
{
    switch (a.value()) {
    case RequestAction::Cancel:
        return QCoreApplication::translate("odag::RequestAction", "Cancel");
    case RequestAction::Pause:
        return QCoreApplication::translate("odag::RequestAction", "Pause");
    case RequestAction::Resume:
        return QCoreApplication::translate("odag::RequestAction", "Resume");
    case RequestAction::AckCancel:
        return QCoreApplication::translate("odag::RequestAction", "Acknowledge cancellation");
    case RequestAction::AckFailure:
        return QCoreApplication::translate("odag::RequestAction", "Acknowledge failure");
    case RequestAction::Unknown:
        break;
    }
    return a.raw();
}

bool isPending(const OpenEnum<RequestState> &s)
{
    switch (s.value()) {
    case RequestState::Validating:
    case RequestState::Queued:
    case RequestState::Hold:
    case RequestState::Loading:
    case RequestState::Canceling:
    case RequestState::Unknown:
        return true;
    case RequestState::Invalid:
    case RequestState::Canceled:
    case RequestState::Failed:
    case RequestState::Succeeded:
    case RequestState::CanceledAck:
    case RequestState::FailedAck:
        return false;
    }
    return true;
}

bool isFinal(const OpenEnum<RequestState> &s)
{
    return s.isKnown() && !isPending(s);
}

bool needsAcknowledgement(const OpenEnum<RequestState> &s)
{
    return s == RequestState::Canceled || s == RequestState::Failed;
}

QString RequestObject::generatedAppDisplayName() const
{
    if (generatedApp && !generatedApp->name.isEmpty())
        return generatedApp->name;
    return generatedAppName.value_or(QString());
}

std::optional<qint64> RequestObject::loadDurationMs() const
{
    if (!loadState || !loadState->finishedAt)
        return std::nullopt;
    const QDateTime start = loadState->startedAt.toDateTime();
    const QDateTime end = loadState->finishedAt->toDateTime();
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    return start.msecsTo(end);
}

qsizetype FieldSelectionState::count(SelectStatus status) const
{
    return std::count_if(values.cbegin(), values.cend(),
                         [status](const FieldValue &v) { return v.selStatus == status; });
}

} // namespace odag
