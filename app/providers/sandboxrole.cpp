// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxrole.h"

#include "payload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

SandboxRole::Words SandboxRole::failureWords(Failure failure) const
{
    switch (failure) {
    case Failure::NotOnWhatsApp:
        return {QStringLiteral("131026"), QStringLiteral("Message undeliverable"), {}};
    case Failure::WindowClosed:
        return {QStringLiteral("131047"),
                QStringLiteral("Re-engagement message: more than 24 hours since the customer last replied"),
                {}};
    case Failure::ParameterMismatch:
        return {QStringLiteral("132000"),
                QStringLiteral("Number of parameters does not match the expected number of params"),
                {}};
    case Failure::TemplateUnusable:
        break;
    }
    return {QStringLiteral("132015"), QStringLiteral("The template cannot be used: it is paused or disabled"), {}};
}

QStringList SandboxRole::inboundKinds()
{
    return {QStringLiteral("text"),       QStringLiteral("button"),  QStringLiteral("button_reply"),
            QStringLiteral("list_reply"), QStringLiteral("image"),   QStringLiteral("video"),
            QStringLiteral("audio"),      QStringLiteral("document")};
}

QString SandboxRole::inboundUnsupported(const QString &kind) const
{
    return QCoreApplication::translate("Sandbox", "no customer's message of kind \"%1\" is documented for it")
        .arg(kind);
}

QByteArray SandboxRole::inboundBody(const Inbound &, const QDateTime &) const
{
    return {};
}

QString SandboxRole::templateStatusUnsupported(const QString &) const
{
    return QCoreApplication::translate("Sandbox", "its documents describe no webhook for a template's review");
}

QByteArray SandboxRole::templateStatusBody(const TemplateStatus &, const QDateTime &) const
{
    return {};
}

QString SandboxRole::newMessageId() const
{
    QByteArray random(18, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return QStringLiteral("wamid.") +
           QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxRole::correlationOf(const ImportedMessage &message, const QJsonObject &) const
{
    return message.options.value(QStringLiteral("custom_data"))
        .toString(message.message.value(QStringLiteral("biz_opaque_callback_data")).toString());
}

QString SandboxRole::callbackUrlOf(const ImportedMessage &message) const
{
    return message.options.value(QStringLiteral("status_callback"))
        .toString(message.options.value(QStringLiteral("webhook_url")).toString());
}

HttpServerResponse SandboxRole::numberAnswer(const QString &) const
{
    return HttpServerResponse::json(404, errorBody(404, refusalCode(Refusal::NotFound), QStringLiteral("Not found")));
}

HttpServerResponse SandboxRole::messageAnswer(const Message &) const
{
    return HttpServerResponse::json(404, errorBody(404, refusalCode(Refusal::NotFound), QStringLiteral("Not found")));
}

QByteArray SandboxRole::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpServerResponse SandboxRole::mediaUploadAnswer(const QString &mediaId) const
{
    return HttpServerResponse::json(200, compact({{QStringLiteral("id"), mediaId}}));
}
