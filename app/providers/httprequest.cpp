// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

#include "net/urls.h"

QList<HttpRequest::Header> HttpRequest::allHeaders(bool masked) const
{
    QList<Header> out;
    const QByteArray hidden = mask().toUtf8();
    switch (auth) {
    case Auth::None:
        break;
    case Auth::Basic:
        out.append(
            {"Authorization", "Basic " + (masked ? hidden : (user.value + u':' + secret.value).toUtf8().toBase64())});
        break;
    case Auth::Bearer:
        out.append({"Authorization", "Bearer " + (masked ? hidden : secret.value.toUtf8())});
        break;
    case Auth::Header:
        out.append({authHeaderName, masked ? hidden : secret.value.toUtf8()});
        break;
    }
    out.append(headers);
    return out;
}

QString HttpRequest::text(bool masked) const
{
    QString out = QString::fromLatin1(method) + u' ' + (masked ? Urls::shown(url) : url.toString()) + u'\n';
    for (const auto &[name, value] : allHeaders(masked))
        out += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    out += u'\n' + QString::fromUtf8(body);
    return out;
}
