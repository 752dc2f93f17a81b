#include "QseOdag.h"

#include <QCoreApplication>

namespace odag {

QString QseOwner::displayName() const
{
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    const QseUser &u = std::get<QseUser>(value);
    if (u.name && !u.name->isEmpty())
        return *u.name;
    if (u.userId && !u.userId->isEmpty()) {
        if (u.userDirectory && !u.userDirectory->isEmpty())
            return *u.userDirectory + QLatin1Char('\\') + *u.userId;
        return *u.userId;
    }
    return u.id.value_or(QString());
}

QString QseOwner::id() const
{
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    return std::get<QseUser>(value).id.value_or(QString());
}

QString QseFeedback::text() const
{
    if (!content)
        return {};
    if (content->isString())
        return content->toString();
    return QString::fromUtf8(json::toBytes(*content));
}

bool read(const QJsonValue &v, QseOwner &out, json::Context &ctx)
{
    if (v.isString()) {
        out.value = v.toString();
        return true;
    }
    if (v.isObject()) {
        QseUser user;
        if (!json::read(v, user, ctx))
            return false;
        out.value = std::move(user);
        return true;
    }
    ctx.fail(json::expectedMessage("string or object"));
    return false;
}

QJsonValue write(const QseOwner &v)
{
    if (const auto *s = std::get_if<QString>(&v.value))
        return *s;
    return json::write(std::get<QseUser>(v.value));
}

bool read(const QJsonValue &v, QseLinkResult &out, json::Context &ctx)
{
    if (!v.isObject()) {
        ctx.fail(json::expectedMessage("object"));
        return false;
    }
    const QJsonObject obj = v.toObject();
    const QString defKey = QStringLiteral("objectDef");
    const QString feedbackKey = QStringLiteral("feedback");
    if (!obj.contains(defKey)) {
        // Seed 001: the answer is the link itself.
        out = QseLinkResult{};
        out.wrapped = false;
        return json::read(v, out.objectDef, ctx);
    }
    out.wrapped = true;
    ctx.pushKey(defKey);
    const bool defOk = json::read(obj.value(defKey), out.objectDef, ctx);
    ctx.pop();
    if (!defOk)
        return false;
    QJsonObject extra = obj;
    extra.remove(defKey);
    const QJsonValue feedback = obj.value(feedbackKey);
    out.feedback.reset();
    if (!feedback.isUndefined() && !feedback.isNull()) {
        QList<QseFeedback> items;
        ctx.pushKey(feedbackKey);
        const bool ok = json::read(feedback, items, ctx);
        ctx.pop();
        if (!ok)
            return false;
        out.feedback = std::move(items);
        extra.remove(feedbackKey);
    }
    out.extra = extra;
    return true;
}

QJsonValue write(const QseLinkResult &v)
{
    if (!v.wrapped)
        return json::write(v.objectDef);
    QJsonObject obj = v.extra;
    obj.insert(QStringLiteral("objectDef"), json::write(v.objectDef));
    if (v.feedback)
        obj.insert(QStringLiteral("feedback"), json::write(*v.feedback));
    return obj;
}

QStringList QseLinkResult::messages() const
{
    QStringList out;
    if (feedback) {
        for (const QseFeedback &f : *feedback) {
            const QString text = f.text();
            if (text.isEmpty())
                continue;
            out.push_back(f.infoType && !f.infoType->isEmpty()
                              ? *f.infoType + QStringLiteral(": ") + text
                              : text);
        }
    }
    return out;
}

Result<QseLinkResult> decodeQseLinkAnswer(const QByteArray &body)
{
    return json::decode<QseLinkResult>(body);
}

Result<QseLinkResult> decodeQseLinkAnswer(const QJsonValue &value)
{
    return json::decode<QseLinkResult>(value);
}

QString displayName(const OpenEnum<QseRequestStatus> &s)
{
    switch (s.value()) {
    case QseRequestStatus::Queued:
        return QCoreApplication::translate("odag::QseRequestStatus", "Queued");
    case QseRequestStatus::Loading:
        return QCoreApplication::translate("odag::QseRequestStatus", "Loading");
    case QseRequestStatus::Completed:
        return QCoreApplication::translate("odag::QseRequestStatus", "Completed");
    case QseRequestStatus::Failed:
        return QCoreApplication::translate("odag::QseRequestStatus", "Failed");
    case QseRequestStatus::Cancelled:
        return QCoreApplication::translate("odag::QseRequestStatus", "Cancelled");
    case QseRequestStatus::Unknown:
        break;
    }
    return s.raw();
}

bool isPending(const OpenEnum<QseRequestStatus> &s)
{
    return s == QseRequestStatus::Queued || s == QseRequestStatus::Loading;
}

} // namespace odag
