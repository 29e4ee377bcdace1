// SPDX-License-Identifier: GPL-3.0-or-later
#include "telnyxsandbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

SandboxRole::Endpoint TelnyxSandboxRole::route(const QByteArray &method, const QString &path, QString *argument) const
{
    static const QRegularExpression message(QStringLiteral("^/v2/messages/([^/]+)$"));
    if (method == "POST" && path == u"/v2/messages/whatsapp")
        return Endpoint::Send;
    if (method != "GET")
        return Endpoint::None;
    if (path == u"/v2/whatsapp/phone_numbers")
        return Endpoint::NumberCheck;
    if (const QRegularExpressionMatch match = message.match(path); match.hasMatch()) {
        *argument = match.captured(1);
        return Endpoint::MessageStatus;
    }
    return Endpoint::None;
}

QString TelnyxSandboxRole::credentialsProblem(const HttpServerRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return QCoreApplication::translate("Sandbox", "Authentication failed: a Bearer token is required");
    return {};
}

QString TelnyxSandboxRole::refusalCode(Refusal refusal) const
{
    switch (refusal) {
    case Refusal::Credentials:
        return QStringLiteral("10009");
    case Refusal::TemplateUnusable:
        return QStringLiteral("40008");
    case Refusal::ServerError:
        return QStringLiteral("1");
    case Refusal::RateLimited:
        return QStringLiteral("130429");
    case Refusal::NotFound:
        return QStringLiteral("10005");
    case Refusal::BadRequest:
        break;
    }
    return QStringLiteral("100");
}

QByteArray TelnyxSandboxRole::errorBody(int, const QString &code, const QString &text) const
{
    return compact({{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                                      {QStringLiteral("title"), text},
                                                                      {QStringLiteral("detail"), text}}}}});
}

SandboxRole::Words TelnyxSandboxRole::failureWords(Failure failure) const
{
    if (failure == Failure::TemplateUnusable)
        return {QStringLiteral("40008"), QStringLiteral("The template cannot be used: it is paused or disabled"), {}};
    return SandboxRole::failureWords(failure); // what WhatsApp refused comes in Meta's codes
}

QString TelnyxSandboxRole::newMessageId() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpServerResponse TelnyxSandboxRole::sendAnswer(const QList<Message> &messages) const
{
    const Message &message = messages.constFirst(); // one recipient per request
    QJsonObject data{
        {QStringLiteral("record_type"), QStringLiteral("message")},
        {QStringLiteral("direction"), QStringLiteral("outbound")},
        {QStringLiteral("id"), message.messageId},
        {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("phone_number"), message.sender}}},
        {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("phone_number"), message.recipient},
                                                      {QStringLiteral("status"), QStringLiteral("queued")}}}}};
    if (!message.callbackUrl.isEmpty())
        data.insert(QStringLiteral("webhook_url"), message.callbackUrl);
    return HttpServerResponse::json(200, compact({{QStringLiteral("data"), data}}));
}

QByteArray TelnyxSandboxRole::callbackBody(const Message &message, const QString &status, const Words *failure,
                                           const QDateTime &now) const
{
    QJsonArray errors;
    if (failure)
        errors.append(QJsonObject{{QStringLiteral("code"), failure->code}, {QStringLiteral("title"), failure->text}});
    const QJsonObject payload{
        {QStringLiteral("id"), message.messageId},
        {QStringLiteral("record_type"), QStringLiteral("message")},
        {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
        {QStringLiteral("direction"), QStringLiteral("outbound")},
        {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("phone_number"), message.recipient},
                                                      {QStringLiteral("status"), status}}}},
        {QStringLiteral("errors"), errors}};
    return compact(
        {{QStringLiteral("data"),
          QJsonObject{{QStringLiteral("event_type"),
                       status == u"sent" ? QStringLiteral("message.sent") : QStringLiteral("message.finalized")},
                      {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("occurred_at"), now.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("record_type"), QStringLiteral("event")},
                      {QStringLiteral("payload"), payload}}},
         {QStringLiteral("meta"),
          QJsonObject{{QStringLiteral("attempt"), 1}, {QStringLiteral("delivered_to"), message.callbackUrl}}}});
}

HttpServerResponse TelnyxSandboxRole::numberAnswer(const QString &) const
{
    const QJsonObject number{{QStringLiteral("phone_number"), QStringLiteral("+15550100001")},
                             {QStringLiteral("record_type"), QStringLiteral("whatsapp_phone_number")}};
    return HttpServerResponse::json(200, compact({{QStringLiteral("data"), QJsonArray{number}}}));
}

HttpServerResponse TelnyxSandboxRole::messageAnswer(const Message &message) const
{
    const QJsonObject to{{QStringLiteral("phone_number"), message.recipient},
                         {QStringLiteral("status"), message.status}};
    return HttpServerResponse::json(
        200, compact({{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), message.messageId},
                                                           {QStringLiteral("record_type"), QStringLiteral("message")},
                                                           {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
                                                           {QStringLiteral("to"), QJsonArray{to}}}}}));
}

QString TelnyxSandboxRole::inboundUnsupported(const QString &kind) const
{
    if (kind == u"button" || kind == u"button_reply" || kind == u"list_reply")
        return QCoreApplication::translate("Sandbox",
                                           "Telnyx documents no WhatsApp webhook for a button or list reply");
    return inboundKinds().contains(kind) ? QString() : SandboxRole::inboundUnsupported(kind);
}

namespace {

QJsonObject telnyxEvent(const QString &type, const QJsonObject &payload, const QDateTime &now)
{
    return {{QStringLiteral("event_type"), type},
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("occurred_at"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("record_type"), QStringLiteral("event")},
            {QStringLiteral("payload"), payload}};
}

} // namespace

QByteArray TelnyxSandboxRole::inboundBody(const Inbound &message, const QDateTime &now) const
{
    // Telnyx, "Receiving webhooks" (message.received): from and to as phone numbers, the text, and media as
    // links with their content type.
    QJsonObject payload{{QStringLiteral("id"), message.messageId},
                        {QStringLiteral("record_type"), QStringLiteral("message")},
                        {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
                        {QStringLiteral("direction"), QStringLiteral("inbound")},
                        {QStringLiteral("from"), QJsonObject{{QStringLiteral("phone_number"), message.from}}},
                        {QStringLiteral("to"),
                         QJsonArray{QJsonObject{{QStringLiteral("phone_number"), message.business},
                                                {QStringLiteral("status"), QStringLiteral("webhook_delivered")}}}},
                        {QStringLiteral("text"), message.text},
                        {QStringLiteral("received_at"), now.toString(Qt::ISODateWithMs)}};
    if (message.kind != u"text")
        payload.insert(QStringLiteral("media"),
                       QJsonArray{QJsonObject{{QStringLiteral("url"), message.media},
                                              {QStringLiteral("content_type"), message.mimeType}}});
    return compact({{QStringLiteral("data"), telnyxEvent(QStringLiteral("message.received"), payload, now)},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("attempt"), 1}}}});
}

QByteArray TelnyxSandboxRole::templateStatusBody(const TemplateStatus &status, const QDateTime &now) const
{
    const QJsonObject payload{{QStringLiteral("template_id"), status.id},
                              {QStringLiteral("template_name"), status.name},
                              {QStringLiteral("status"), status.status},
                              {QStringLiteral("reason"), status.reason}};
    return compact({{QStringLiteral("data"),
                     telnyxEvent(QStringLiteral("whatsapp.template.") + status.status.toLower(), payload, now)},
                    {QStringLiteral("meta"), QJsonObject{{QStringLiteral("attempt"), 1}}}});
}

QString TelnyxSandboxRole::templateStatusUnsupported(const QString &status) const
{
    return status == u"PAUSED"
               ? QCoreApplication::translate("Sandbox", "Telnyx documents no webhook for a paused template")
               : QString();
}
