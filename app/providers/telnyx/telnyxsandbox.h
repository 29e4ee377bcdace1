// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sandboxrole.h"

// Telnyx as the Sandbox plays it: POST /v2/messages/whatsapp, GET /v2/messages/{id} and
// /v2/whatsapp/phone_numbers, its error list, UUID ids, and message.sent / message.finalized events.
class TelnyxSandboxRole final : public SandboxRole
{
public:
    Endpoint route(const QByteArray &method, const QString &path, QString *argument) const override;
    QString credentialsProblem(const HttpServerRequest &request) const override;
    QString refusalCode(Refusal refusal) const override;
    QByteArray errorBody(int status, const QString &code, const QString &text) const override;
    Words failureWords(Failure failure) const override;
    QString newMessageId() const override;
    HttpServerResponse sendAnswer(const QList<Message> &messages) const override;
    QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                            const QDateTime &now) const override;
    // message.received, in its messaging webhooks' envelope: the text, or the media as links.
    QString inboundUnsupported(const QString &kind) const override;
    QByteArray inboundBody(const Inbound &message, const QDateTime &now) const override;
    // whatsapp.template.approved, .rejected, .disabled (its WhatsApp webhooks).
    QString templateStatusUnsupported(const QString &status) const override;
    QByteArray templateStatusBody(const TemplateStatus &status, const QDateTime &now) const override;
    HttpServerResponse numberAnswer(const QString &argument) const override;
    HttpServerResponse messageAnswer(const Message &message) const override;
};
