#include "OAuthPages.h"

#include <QCoreApplication>

namespace odag::sandbox::oauthpages {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("odag::sandbox", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One stylesheet for both pages: readable in any browser, no external resources.
QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
               "<style>body{font-family:sans-serif;max-width:34em;margin:3em auto;color:#222}"
               "h1{font-size:1.4em}label{display:block;margin:.4em 0}"
               "button{margin-right:1em;padding:.4em 1.4em}.note{color:#666}</style>"
               "</head><body><h1>%1</h1>%2</body></html>")
        .arg(esc(title), body);
}

} // namespace

QByteArray signInPage(const QList<SandboxUser> &users, const QString &defaultUserId,
                      const QList<QPair<QString, QString>> &hidden)
{
    QString form = QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\">");
    form += QStringLiteral("<p>%1</p>").arg(esc(tr("ODAG Admin asks to act on this tenant as:")));
    for (const SandboxUser &u : users) {
        const QString label = u.admin ? tr("%1 (administrator)").arg(u.name) : u.name;
        form += QStringLiteral("<label><input type=\"radio\" name=\"user\" value=\"%1\"%2> %3</label>")
                    .arg(esc(u.id), u.id == defaultUserId ? QStringLiteral(" checked") : QString(),
                         esc(label));
    }
    for (const auto &[name, value] : hidden)
        form += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(esc(name), esc(value));
    form += QStringLiteral("<p><button type=\"submit\" name=\"decision\" value=\"allow\">%1</button>"
                           "<button type=\"submit\" name=\"decision\" value=\"deny\">%2</button></p>")
                .arg(esc(tr("Allow")), esc(tr("Deny")));
    form += QStringLiteral("<p class=\"note\">%1</p></form>")
                .arg(esc(tr("This is the local sandbox tenant: no password is needed.")));
    return page(tr("Sign in to the sandbox tenant"), form).toUtf8();
}

QByteArray errorPage(const QString &message)
{
    return page(tr("Sign-in cannot continue"), QStringLiteral("<p>%1</p>").arg(esc(message))).toUtf8();
}

} // namespace odag::sandbox::oauthpages
