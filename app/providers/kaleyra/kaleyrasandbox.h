// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sandboxrole.h"

// Kaleyra as the Sandbox plays it: POST /v2/{sid}/whatsapp/{number}/messages with an api-key header, WA
// codes, and callbacks that wrap Meta's webhook value with extra_info.
class KaleyraSandboxRole final : public SandboxRole
{
public:
    Endpoint route(const QByteArray &method, const QString &path, QString *argument) const override;
    QString credentialsProblem(const HttpServerRequest &request) const override;
    QString refusalCode(Refusal refusal) const override;
    QByteArray errorBody(int status, const QString &code, const QString &text) const override;
    QString correlationOf(const ImportedMessage &message, const QJsonObject &body) const override;
    HttpServerResponse sendAnswer(const QList<Message> &messages) const override;
    QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                            const QDateTime &now) const override;
    // Meta's webhook value, passed through in meta_object, with extra_info.
    QString inboundUnsupported(const QString &kind) const override;
    QByteArray inboundBody(const Inbound &message, const QDateTime &now) const override;
    bool inboundMediaById() const override { return true; }
};
