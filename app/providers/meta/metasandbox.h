// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/sandboxrole.h"

// Meta's Cloud API as the Sandbox plays it (and the built-in Sandbox provider, which is Meta's API at the
// phone number id "sandbox"). Kaleyra's callbacks carry the same webhook value.
class MetaSandboxRole : public SandboxRole
{
public:
    // `offline`: the Sandbox provider's own endpoints (phone number id "sandbox"), not Meta's.
    explicit MetaSandboxRole(bool offline) : m_offline(offline) {}

    Endpoint route(const QByteArray &method, const QString &path, QString *argument) const override;
    QString credentialsProblem(const HttpServerRequest &request) const override;
    QString refusalCode(Refusal refusal) const override;
    QByteArray errorBody(int status, const QString &code, const QString &text) const override;
    HttpServerResponse sendAnswer(const QList<Message> &messages) const override;
    QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                            const QDateTime &now) const override;
    HttpServerResponse numberAnswer(const QString &argument) const override;
    QString inboundUnsupported(const QString &kind) const override;
    QByteArray inboundBody(const Inbound &message, const QDateTime &now) const override;
    bool inboundMediaById() const override { return true; }
    QString templateStatusUnsupported(const QString &) const override { return {}; }
    // The message_template_status_update field.
    QByteArray templateStatusBody(const TemplateStatus &status, const QDateTime &now) const override;

    // Meta's webhook change ({"value": {...statuses...}, "field": "messages"}) for one status; with the
    // callback data unless `withCorrelation` is false.
    static QJsonObject statusChange(const Message &message, const QString &status, const Words *failure,
                                    const QDateTime &now, bool withCorrelation);

    // Meta's webhook change for a customer's message: its contact, and the message in its kind.
    static QJsonObject inboundChange(const Inbound &message, const QDateTime &now);

private:
    bool m_offline;
};
