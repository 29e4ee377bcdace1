// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

QByteArray HttpServerRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<QList<QString>> HttpServerRequest::pathSegments() const
{
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    if (!path.startsWith('/') || path.contains('#'))
        return std::nullopt;
    QList<QString> out;
    if (path == "/")
        return out;
    for (const QByteArray &raw : path.mid(1).split('/')) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(raw);
        const QString segment = QString::fromUtf8(decoded);
        if (decoded.isEmpty() || decoded == "." || decoded == ".." || segment.toUtf8() != decoded)
            return std::nullopt;
        for (const QChar c : segment) {
            if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
                return std::nullopt;
        }
        out.append(segment);
    }
    return out;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpServerResponse::bytes(bool keepAlive, bool withBody) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    return out + "\r\n" + (withBody ? body : QByteArray());
}
