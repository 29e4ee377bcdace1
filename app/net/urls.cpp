// SPDX-License-Identifier: GPL-3.0-or-later
#include "urls.h"

#include <QRegularExpression>

namespace {

const QString Mask = QStringLiteral("••••");

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

} // namespace Urls
