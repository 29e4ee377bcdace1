// SPDX-License-Identifier: GPL-3.0-or-later
#include "exotelsandbox.h"

#include "exotel.h"
#include "message/phonenumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

SandboxRole::Endpoint ExotelSandboxRole::route(const QByteArray &method, const QString &path, QString *) const
{
    static const QRegularExpression send(QStringLiteral("^/v2/accounts/[^/]+/messages$"));
    return method == "POST" && send.match(path).hasMatch() ? Endpoint::Send : Endpoint::None;
}

QString ExotelSandboxRole::credentialsProblem(const HttpServerRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
    const qsizetype colon = pair.indexOf(':');
    if (!authorization.startsWith("Basic ") || colon <= 0 || colon == pair.size() - 1)
        return QCoreApplication::translate("Sandbox",
                                           "Authentication failed: HTTP Basic with the API key and token is required");
    return {};
}

QString ExotelSandboxRole::refusalCode(Refusal refusal) const
{
    switch (refusal) {
    case Refusal::Credentials:
        return QStringLiteral("1010");
    case Refusal::TemplateUnusable:
        return QStringLiteral("30024");
    case Refusal::ServerError:
        return QStringLiteral("1");
    case Refusal::RateLimited:
        return QStringLiteral("130429");
    case Refusal::NotFound:
        return QStringLiteral("404");
    case Refusal::BadRequest:
        break;
    }
    return QStringLiteral("100");
}

QByteArray ExotelSandboxRole::errorBody(int status, const QString &code, const QString &text) const
{
    const QJsonObject error{{QStringLiteral("code"), code.toInt()},
                            {QStringLiteral("message"), text},
                            {QStringLiteral("description"), text}};
    return compact({{QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::Id128)},
                    {QStringLiteral("method"), QStringLiteral("POST")},
                    {QStringLiteral("http_code"), status},
                    {QStringLiteral("response"), QJsonObject{{QStringLiteral("code"), status},
                                                             {QStringLiteral("status"), QStringLiteral("failure")},
                                                             {QStringLiteral("error_data"), error}}}});
}

SandboxRole::Words ExotelSandboxRole::failureWords(Failure failure) const
{
    switch (failure) {
    case Failure::NotOnWhatsApp:
        return {QStringLiteral("30005"), QStringLiteral("The number is not on WhatsApp"),
                QStringLiteral("EX_NUMBER_ERROR")};
    case Failure::WindowClosed:
        return {QStringLiteral("30018"),
                QStringLiteral("The message failed as 24 hours window of the conversation is over"),
                QStringLiteral("EX_REENGAGEMENT_ERROR")};
    case Failure::ParameterMismatch:
        return {QStringLiteral("30023"), QStringLiteral("Template parameter count mismatch"),
                QStringLiteral("EX_TEMPLATE_PARAM_ERROR")};
    case Failure::TemplateUnusable:
        break;
    }
    return {QStringLiteral("30024"), QStringLiteral("The template cannot be used"),
            QStringLiteral("EX_TEMPLATE_NOT_FOUND")};
}

QString ExotelSandboxRole::newMessageId() const
{
    // Exotel's sids: 24 characters, then a fixed tail.
    return SandboxRole::newMessageId().mid(6, 24) + QStringLiteral("16a4");
}

HttpServerResponse ExotelSandboxRole::sendAnswer(const QList<Message> &messages) const
{
    QJsonArray results;
    int accepted = 0;
    for (const Message &message : messages) {
        if (message.refused) {
            results.append(QJsonObject{
                {QStringLiteral("code"), 400},
                {QStringLiteral("status"), QStringLiteral("failed")},
                {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("code"), message.refused->code.toInt()},
                                                           {QStringLiteral("message"), message.refused->status},
                                                           {QStringLiteral("description"), message.refused->text}}}});
            continue;
        }
        ++accepted;
        results.append(QJsonObject{{QStringLiteral("code"), 202},
                                   {QStringLiteral("error_data"), QJsonValue()},
                                   {QStringLiteral("status"), QStringLiteral("success")},
                                   {QStringLiteral("data"), QJsonObject{{QStringLiteral("sid"), message.messageId}}}});
    }
    const int total = int(results.size());
    const int status = accepted == total ? 202 : 207;
    return HttpServerResponse::json(
        status,
        compact({{QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::Id128)},
                 {QStringLiteral("method"), QStringLiteral("POST")},
                 {QStringLiteral("http_code"), status},
                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("failed"), total - accepted},
                                                          {QStringLiteral("total"), total},
                                                          {QStringLiteral("success"), accepted}}},
                 {QStringLiteral("response"),
                  QJsonObject{{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), results}}}}}}));
}

QByteArray ExotelSandboxRole::callbackBody(const Message &message, const QString &status, const Words *failure,
                                           const QDateTime &now) const
{
    static const QHash<QString, std::pair<int, QString>> codes = {
        {QStringLiteral("sent"), {30001, QStringLiteral("EX_MESSAGE_SENT")}},
        {QStringLiteral("delivered"), {30002, QStringLiteral("EX_MESSAGE_DELIVERED")}},
        {QStringLiteral("read"), {30003, QStringLiteral("EX_MESSAGE_SEEN")}}};
    QJsonObject dlr{{QStringLiteral("callback_type"), QStringLiteral("dlr")},
                    {QStringLiteral("sid"), message.messageId},
                    {QStringLiteral("to"), PhoneNumbers::digits(message.recipient)},
                    {QStringLiteral("exo_status_code"), failure ? failure->code.toInt() : codes.value(status).first},
                    {QStringLiteral("exo_detailed_status"), failure ? failure->status : codes.value(status).second},
                    {QStringLiteral("description"),
                     failure ? failure->text : QCoreApplication::translate("Sandbox", "Message %1").arg(status)},
                    {QStringLiteral("timestamp"), now.toOffsetFromUtc(19800).toString(Qt::ISODateWithMs)}};
    if (!message.correlation.isEmpty())
        dlr.insert(QStringLiteral("custom_data"), message.correlation);
    return compact({{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), QJsonArray{dlr}}}}});
}

QString ExotelSandboxRole::inboundUnsupported(const QString &kind) const
{
    return inboundKinds().contains(kind) ? QString() : SandboxRole::inboundUnsupported(kind);
}

QByteArray ExotelSandboxRole::inboundBody(const Inbound &message, const QDateTime &now) const
{
    // Exotel, "Receive messages" (the ICM object): from, to, profile_name, timestamp and content, whose
    // media is a MediaResponseObject with a url; replies as its interactive-messages page prints them.
    QJsonObject content{{QStringLiteral("type"), message.kind}};
    const QString &kind = message.kind;
    if (kind == u"text") {
        content.insert(kind, QJsonObject{{QStringLiteral("body"), message.text}});
    } else if (kind == u"button") {
        content.insert(
            kind, QJsonObject{{QStringLiteral("payload"), message.choice}, {QStringLiteral("text"), message.text}});
    } else if (kind == u"button_reply" || kind == u"list_reply") {
        content.insert(QStringLiteral("type"), QStringLiteral("interactive"));
        content.insert(QStringLiteral("interactive"),
                       QJsonObject{{QStringLiteral("type"), kind},
                                   {kind, QJsonObject{{QStringLiteral("id"), message.choice},
                                                      {QStringLiteral("title"), message.text}}}});
    } else {
        QJsonObject media{{QStringLiteral("url"), message.media}, {QStringLiteral("mime_type"), message.mimeType}};
        if (!message.text.isEmpty() && kind != u"audio")
            media.insert(QStringLiteral("caption"), message.text);
        if (kind == u"document" && !message.fileName.isEmpty())
            media.insert(QStringLiteral("filename"), message.fileName);
        content.insert(kind, media);
    }
    const QJsonObject icm{{QStringLiteral("callback_type"), QStringLiteral("icm")},
                          {QStringLiteral("sid"), message.messageId},
                          {QStringLiteral("from"), message.from},
                          {QStringLiteral("to"), message.business},
                          {QStringLiteral("profile_name"), message.name},
                          {QStringLiteral("timestamp"), now.toOffsetFromUtc(19800).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("content"), content}};
    return compact({{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), QJsonArray{icm}}}}});
}

SandboxRole::Words ExotelSandboxRole::failureOf(const QString &code, const QString &text) const
{
    return {code, text, ExotelCodes::detailedStatus(code)};
}
