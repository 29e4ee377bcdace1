// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <utility>

// A secret value and the environment variable that stands for it in exported code.
struct Secret
{
    QString envName;
    QString value;
};

// One HTTP request exactly as it will be sent. Authentication is kept apart from the other headers
// so that previews mask it and code export turns it into environment variables.
struct HttpRequest
{
    enum class Auth
    {
        None,
        Basic,
        Bearer,
        Header
    };
    using Header = std::pair<QByteArray, QByteArray>;

    QByteArray method = "POST";
    QUrl url;
    QList<Header> headers;
    Auth auth = Auth::None;
    QByteArray authHeaderName; // for Auth::Header, e.g. "api-key"
    Secret user;               // Basic: user name
    Secret secret;             // Basic: password; Bearer and Header: the token
    QByteArray body;
    QStringList recipients; // who this request carries the message to

    static QString mask() { return QStringLiteral("••••"); }

    // Every header, the authentication header included; `masked` hides the secrets.
    QList<Header> allHeaders(bool masked) const;
    // "POST https://... \n Header: value \n\n {body}"; `masked` hides the secrets.
    QString text(bool masked = true) const;
};
