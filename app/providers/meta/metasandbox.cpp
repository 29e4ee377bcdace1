// SPDX-License-Identifier: GPL-3.0-or-later
#include "metasandbox.h"

#include "message/phonenumbers.h"
#include "message/recipients.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

SandboxRole::Endpoint MetaSandboxRole::route(const QByteArray &method, const QString &path, QString *argument) const
{
    static const QRegularExpression send(QStringLiteral("^/v\\d+\\.\\d+/([^/]+)/(messages|media)$"));
    static const QRegularExpression number(QStringLiteral("^/v\\d+\\.\\d+/([^/]+)$"));
    const bool post = method == "POST";
    const QRegularExpressionMatch match = (post ? send : number).match(path);
    if (!match.hasMatch() || (method != "GET" && !post))
        return Endpoint::None;
    // The phone number id "sandbox" is the Sandbox provider's; any other is Meta's.
    if ((match.captured(1) == u"sandbox") != m_offline)
        return Endpoint::None;
    *argument = match.captured(1);
    if (!post)
        return Endpoint::NumberCheck;
    return match.captured(2) == u"media" ? Endpoint::MediaUpload : Endpoint::Send;
}

QString MetaSandboxRole::credentialsProblem(const HttpServerRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return QCoreApplication::translate("Sandbox", "Authentication failed: a Bearer token is required");
    return {};
}

QString MetaSandboxRole::refusalCode(Refusal refusal) const
{
    switch (refusal) {
    case Refusal::Credentials:
        return QStringLiteral("190");
    case Refusal::TemplateUnusable:
        return QStringLiteral("132015");
    case Refusal::ServerError:
        return QStringLiteral("1");
    case Refusal::RateLimited:
        return QStringLiteral("130429");
    case Refusal::BadRequest:
    case Refusal::NotFound:
        break;
    }
    return QStringLiteral("100");
}

QByteArray MetaSandboxRole::errorBody(int, const QString &code, const QString &text) const
{
    return compact({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), text},
                                                          {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                                          {QStringLiteral("code"), code.toInt()},
                                                          {QStringLiteral("fbtrace_id"), QStringLiteral("Sandbox")}}}});
}

HttpServerResponse MetaSandboxRole::sendAnswer(const QList<Message> &messages) const
{
    QJsonArray contacts;
    QJsonArray ids;
    for (const Message &message : messages) {
        // A business-scoped user id is answered as given: it has no WhatsApp number to show.
        QJsonObject contact{{QStringLiteral("input"), message.recipient}};
        if (!Recipients::isBusinessScopedId(message.recipient))
            contact.insert(QStringLiteral("wa_id"), PhoneNumbers::digits(message.recipient));
        contacts.append(contact);
        ids.append(QJsonObject{{QStringLiteral("id"), message.messageId}});
    }
    return HttpServerResponse::json(200, compact({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                  {QStringLiteral("contacts"), contacts},
                                                  {QStringLiteral("messages"), ids}}));
}

QJsonObject MetaSandboxRole::statusChange(const Message &message, const QString &status, const Words *failure,
                                          const QDateTime &now, bool withCorrelation)
{
    // A customer addressed by business-scoped user id is named by it alone, the number left empty, as Meta
    // does for one who keeps their number to themselves.
    const bool byId = Recipients::isBusinessScopedId(message.recipient);
    QJsonObject entry{{QStringLiteral("id"), message.messageId},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
                      {QStringLiteral("recipient_id"), byId ? QString() : Recipients::key(message.recipient)}};
    if (byId)
        entry.insert(QStringLiteral("recipient_user_id"), message.recipient);
    if (!message.correlation.isEmpty() && withCorrelation)
        entry.insert(QStringLiteral("biz_opaque_callback_data"), message.correlation);
    if (failure)
        entry.insert(QStringLiteral("errors"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("code"), failure->code.toInt()},
                         {QStringLiteral("title"), failure->text},
                         {QStringLiteral("message"), failure->text},
                         {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), failure->text}}}}});
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("919876500001")},
                                         {QStringLiteral("phone_number_id"), QStringLiteral("sandbox")}}},
                            {QStringLiteral("statuses"), QJsonArray{entry}}};
    return {{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
}

QByteArray MetaSandboxRole::callbackBody(const Message &message, const QString &status, const Words *failure,
                                         const QDateTime &now) const
{
    return compact({{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                    {QStringLiteral("entry"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sandbox-waba")},
                                            {QStringLiteral("changes"),
                                             QJsonArray{statusChange(message, status, failure, now, true)}}}}}});
}

HttpServerResponse MetaSandboxRole::numberAnswer(const QString &argument) const
{
    return HttpServerResponse::json(
        200, compact({{QStringLiteral("id"), argument},
                      {QStringLiteral("display_phone_number"), QStringLiteral("+91 98765 00001")},
                      {QStringLiteral("verified_name"), QStringLiteral("Wabench Sandbox")},
                      {QStringLiteral("quality_rating"), QStringLiteral("GREEN")}}));
}

QString MetaSandboxRole::inboundUnsupported(const QString &kind) const
{
    return inboundKinds().contains(kind) ? QString() : SandboxRole::inboundUnsupported(kind);
}

QJsonObject MetaSandboxRole::inboundChange(const Inbound &message, const QDateTime &now)
{
    // Meta, "Webhooks" reference (messages): {"from", "id", "timestamp", "type", <type>}, with "context" for a
    // reply; a template's quick reply is "button" {payload, text}; a reply button or list row "interactive".
    QJsonObject entry{{QStringLiteral("from"), PhoneNumbers::digits(message.from)},
                      {QStringLiteral("id"), message.messageId},
                      {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())}};
    if (!message.replyTo.isEmpty())
        entry.insert(QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("from"), PhoneNumbers::digits(message.business)},
                                 {QStringLiteral("id"), message.replyTo}});
    const QString &kind = message.kind;
    if (kind == u"text") {
        entry.insert(QStringLiteral("type"), kind);
        entry.insert(kind, QJsonObject{{QStringLiteral("body"), message.text}});
    } else if (kind == u"button") {
        entry.insert(QStringLiteral("type"), kind);
        entry.insert(kind,
                     QJsonObject{{QStringLiteral("payload"), message.choice}, {QStringLiteral("text"), message.text}});
    } else if (kind == u"button_reply" || kind == u"list_reply") {
        entry.insert(QStringLiteral("type"), QStringLiteral("interactive"));
        entry.insert(QStringLiteral("interactive"),
                     QJsonObject{{QStringLiteral("type"), kind},
                                 {kind, QJsonObject{{QStringLiteral("id"), message.choice},
                                                    {QStringLiteral("title"), message.text}}}});
    } else {
        QJsonObject media{{QStringLiteral("id"), message.media},
                          {QStringLiteral("mime_type"), message.mimeType},
                          {QStringLiteral("sha256"), QStringLiteral("sandbox")}};
        if (!message.text.isEmpty() && kind != u"audio")
            media.insert(QStringLiteral("caption"), message.text);
        if (kind == u"document" && !message.fileName.isEmpty())
            media.insert(QStringLiteral("filename"), message.fileName);
        entry.insert(QStringLiteral("type"), kind);
        entry.insert(kind, media);
    }
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), PhoneNumbers::digits(message.business)},
                     {QStringLiteral("phone_number_id"), QStringLiteral("sandbox")}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), message.name}}},
                                {QStringLiteral("wa_id"), PhoneNumbers::digits(message.from)}}}},
        {QStringLiteral("messages"), QJsonArray{entry}}};
    return {{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
}

QByteArray MetaSandboxRole::inboundBody(const Inbound &message, const QDateTime &now) const
{
    return compact({{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                    {QStringLiteral("entry"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sandbox-waba")},
                                            {QStringLiteral("changes"), QJsonArray{inboundChange(message, now)}}}}}});
}

QByteArray MetaSandboxRole::templateStatusBody(const TemplateStatus &status, const QDateTime &now) const
{
    // Meta, "Webhooks" reference (message_template_status_update): the template by id, name and language,
    // its new status and the reason ("NONE" when there is none to give).
    bool numeric = false;
    const qint64 number = status.id.toLongLong(&numeric);
    const QJsonObject value{
        {QStringLiteral("event"), status.status},
        {QStringLiteral("message_template_id"), numeric ? QJsonValue(number) : QJsonValue(status.id)},
        {QStringLiteral("message_template_name"), status.name},
        {QStringLiteral("message_template_language"), status.language},
        {QStringLiteral("reason"), status.reason.isEmpty() ? QStringLiteral("NONE") : status.reason}};
    return compact(
        {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
         {QStringLiteral("entry"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sandbox-waba")},
                                 {QStringLiteral("time"), now.toSecsSinceEpoch()},
                                 {QStringLiteral("changes"),
                                  QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                         {QStringLiteral("field"),
                                                          QStringLiteral("message_template_status_update")}}}}}}}});
}
