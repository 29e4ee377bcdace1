// SPDX-License-Identifier: GPL-3.0-or-later
#include "urls.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const QString Mask = QStringLiteral("••••");

// This file's messages, in the catalogue's "Urls" context (lupdate reads the macro).
struct UrlsText
{
    Q_DECLARE_TR_FUNCTIONS(Urls)
};

} // namespace

namespace Urls {

bool hasUserInfo(const QUrl &url)
{
    return !url.userInfo().isEmpty();
}

QString shown(const QUrl &url)
{
    if (!hasUserInfo(url))
        return url.toString();
    const QString bare = url.toString(QUrl::RemoveUserInfo);
    const qsizetype authority = bare.indexOf(QStringLiteral("//"));
    return authority < 0 ? bare : bare.left(authority + 2) + Mask + u'@' + bare.mid(authority + 2);
}

QString masked(const QString &text)
{
    // scheme://userinfo@ : the user information ends at the last "@" before the path, query or fragment.
    static const QRegularExpression userInfo(QStringLiteral(R"((\b[A-Za-z][A-Za-z0-9+.-]*://)[^/?#\s"'<>]*@)"));
    if (!text.contains(u'@'))
        return text;
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1") + Mask + u'@');
    return out;
}

QByteArray masked(const QByteArray &text)
{
    return text.contains('@') ? masked(QString::fromUtf8(text)).toUtf8() : text;
}

bool postTarget(const QString &text, QUrl *url, QString *why)
{
    const QUrl strict(text.trimmed(), QUrl::StrictMode);
    QString reason;
    if (text.trimmed().isEmpty())
        reason = UrlsText::tr("no URL given");
    else if (!strict.isValid())
        reason = UrlsText::tr("\"%1\" is not a URL: %2").arg(text.trimmed().left(200), strict.errorString());
    else if (strict.scheme() != u"http" && strict.scheme() != u"https")
        reason =
            strict.scheme().isEmpty()
                ? UrlsText::tr("\"%1\" has no scheme: write http:// or https:// in front").arg(text.trimmed().left(200))
                : UrlsText::tr("only http and https URLs are posted to, not %1:").arg(strict.scheme());
    else if (strict.host().isEmpty())
        reason = UrlsText::tr("\"%1\" names no host").arg(text.trimmed().left(200));
    else if (hasUserInfo(strict))
        reason = UrlsText::tr("a user name or password in a URL is a credential in plain sight; give the handler "
                              "another way to check its callers");
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        return false;
    }
    if (url)
        *url = strict;
    return true;
}

} // namespace Urls
