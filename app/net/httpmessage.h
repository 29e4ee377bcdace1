// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

// One request as the server read it, whole.
struct HttpServerRequest
{
    QByteArray method;
    QByteArray target; // the request target exactly as sent: route on this, not on url
    QUrl url;          // path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    // The target's path as percent-decoded segments ("/webhooks/meta" is {"webhooks", "meta"}), or nothing
    // when it is not a plain path: not starting with "/", an empty, "." or ".." segment, or a segment that
    // decodes to a "/", "\\" or a control character.
    std::optional<QList<QString>> pathSegments() const;
};

struct HttpServerResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpServerResponse json(int status, const QByteArray &body)
    {
        return {status, body, "application/json", {}};
    }
    static HttpServerResponse text(int status, const QByteArray &body) { return {status, body, "text/plain", {}}; }
    // The response as it goes on the wire, status line and headers included; without the body for HEAD.
    QByteArray bytes(bool keepAlive, bool withBody = true) const;
};
