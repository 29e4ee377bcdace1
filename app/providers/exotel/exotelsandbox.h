// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sandboxrole.h"

// Exotel as the Sandbox plays it: POST /v2/accounts/{sid}/messages with HTTP Basic, a 202 (or 207 when a
// message is refused) listing each message, its own failure codes, and DLR callbacks.
class ExotelSandboxRole final : public SandboxRole
{
public:
    Endpoint route(const QByteArray &method, const QString &path, QString *argument) const override;
    QString credentialsProblem(const HttpServerRequest &request) const override;
    QString refusalCode(Refusal refusal) const override;
    QByteArray errorBody(int status, const QString &code, const QString &text) const override;
    Words failureWords(Failure failure) const override;
    Words failureOf(const QString &code, const QString &text) const override; // with its EX_ detailed status
    bool refusesPerMessage() const override { return true; }
    bool failsWithoutSent() const override { return true; }
    QString newMessageId() const override;
    HttpServerResponse sendAnswer(const QList<Message> &messages) const override;
    QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                            const QDateTime &now) const override;
    // The classic incoming message (ICM): whatsapp.messages[] with callback_type "icm" and its content.
    QString inboundUnsupported(const QString &kind) const override;
    QByteArray inboundBody(const Inbound &message, const QDateTime &now) const override;
};
