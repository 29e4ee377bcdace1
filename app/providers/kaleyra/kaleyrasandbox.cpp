// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaleyrasandbox.h"

#include "providers/meta/metasandbox.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

SandboxRole::Endpoint KaleyraSandboxRole::route(const QByteArray &method, const QString &path, QString *) const
{
    static const QRegularExpression send(QStringLiteral("^/v2/[^/]+/whatsapp/[^/]+/(messages|media)$"));
    const QRegularExpressionMatch match = send.match(path);
    if (method != "POST" || !match.hasMatch())
        return Endpoint::None;
    return match.captured(1) == u"media" ? Endpoint::MediaUpload : Endpoint::Send;
}

QString KaleyraSandboxRole::credentialsProblem(const HttpServerRequest &request) const
{
    return request.header("api-key").trimmed().isEmpty()
               ? QCoreApplication::translate("Sandbox", "Incorrect SID or API key.")
               : QString();
}

QString KaleyraSandboxRole::refusalCode(Refusal refusal) const
{
    switch (refusal) {
    case Refusal::Credentials:
        return QStringLiteral("RBC001");
    case Refusal::ServerError:
        return QStringLiteral("WA500");
    case Refusal::RateLimited:
        return QStringLiteral("WA429");
    case Refusal::NotFound:
        return QStringLiteral("WA404");
    case Refusal::BadRequest:
    case Refusal::TemplateUnusable:
        break;
    }
    return QStringLiteral("WA400");
}

QByteArray KaleyraSandboxRole::errorBody(int, const QString &code, const QString &text) const
{
    return compact({{QStringLiteral("code"), code},
                    {QStringLiteral("message"), text},
                    {QStringLiteral("data"), QJsonObject()},
                    {QStringLiteral("error"), QJsonObject()}});
}

QString KaleyraSandboxRole::correlationOf(const ImportedMessage &, const QJsonObject &body) const
{
    return body.value(QStringLiteral("extra_info")).toObject().value(QStringLiteral("ref")).toString();
}

HttpServerResponse KaleyraSandboxRole::sendAnswer(const QList<Message> &messages) const
{
    return HttpServerResponse::json(
        202, compact({{QStringLiteral("code"), QStringLiteral("WA202")},
                      {QStringLiteral("message"), QStringLiteral("Request Accepted")},
                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("message_id"), messages.last().messageId}}},
                      {QStringLiteral("error"), QJsonObject()}}));
}

QByteArray KaleyraSandboxRole::callbackBody(const Message &message, const QString &status, const Words *failure,
                                            const QDateTime &now) const
{
    QJsonObject extra{{QStringLiteral("message_id"), message.messageId}};
    if (!message.correlation.isEmpty())
        extra.insert(QStringLiteral("ref"), message.correlation);
    return compact(
        {{QStringLiteral("meta_object"), MetaSandboxRole::statusChange(message, status, failure, now, false)},
         {QStringLiteral("extra_info"), extra},
         {QStringLiteral("status"), status.toUpper()},
         {QStringLiteral("message_id"), message.messageId}});
}

QString KaleyraSandboxRole::inboundUnsupported(const QString &kind) const
{
    return inboundKinds().contains(kind) ? QString() : SandboxRole::inboundUnsupported(kind);
}

QByteArray KaleyraSandboxRole::inboundBody(const Inbound &message, const QDateTime &now) const
{
    // Kaleyra, "WhatsApp incoming message webhook payloads": Meta's change in meta_object, and extra_info,
    // whose media_url is where the customer's media can be fetched from (Meta's media id needs Meta's
    // token, which a Kaleyra account does not have) and reply_to the message answered.
    const QString mediaUrl =
        message.media.isEmpty() ? QString() : QStringLiteral("https://media.example/wabench/") + message.media;
    return compact({{QStringLiteral("meta_object"), MetaSandboxRole::inboundChange(message, now)},
                    {QStringLiteral("extra_info"),
                     QJsonObject{{QStringLiteral("media_url"), mediaUrl},
                                 {QStringLiteral("ref"), QString()},
                                 {QStringLiteral("reply_to"), message.replyTo},
                                 {QStringLiteral("trace_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("waba_id"), QStringLiteral("sandbox-waba")}}}});
}
