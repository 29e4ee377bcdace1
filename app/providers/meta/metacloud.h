// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "providers/provider.h"

#include <optional>

// Meta's WhatsApp Cloud API: the message object itself, one recipient per request.
class MetaCloudProvider : public Provider
{
public:
    QString id() const override { return QStringLiteral("meta"); }
    QList<AccountField> accountFields() const override;
    QString displayName() const override { return QStringLiteral("Meta Cloud API"); }
    bool takesBusinessScopedIds() const override { return true; }

    QJsonObject body(const Draft &draft, const QStringList &recipients) const override;
    HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const override;
    std::optional<HttpRequest> testRequest(const Account &account) const override;
    // Media: POST /{phone-number-id}/media (multipart: messaging_product, type, file) gives {"id"};
    // GET /{media-id} gives {"url", "mime_type", "sha256", "file_size"}, the url fetched with the token.
    QString mediaUploadUnsupported() const override { return {}; }
    std::optional<MediaUpload> mediaUpload(const Account &account, const QString &sender,
                                           const QString &mimeType) const override;
    std::optional<HttpRequest> mediaRequest(const Account &account, const QString &mediaId,
                                            QString *why) const override;
    int recogniseRequest(const QJsonObject &body) const override;
    ImportResult importRequest(const QJsonObject &body) const override;
    bool recogniseResponse(const QJsonObject &body) const override;
    QList<MessageResult> parseResponse(int httpStatus, const QJsonObject &body,
                                       const QStringList &recipients) const override;
    bool recogniseCallback(const QJsonObject &body) const override;
    QList<CallbackEvent> parseCallback(const QJsonObject &body) const override;
    // Every field a WhatsApp Business Account subscribes to: template status, category, quality and
    // components; phone number quality, name and security; account updates, reviews and alerts; business
    // capability; and a delivery's own errors (metaaccountevents.cpp).
    QList<QJsonObject> accountEvents(const QJsonObject &body) const override;

    QList<CallbackField> callbackFields() const override;
    // X-Hub-Signature-256: "sha256=" and the hex HMAC-SHA256 of the raw body under the app secret.
    bool verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64 now, QString *why,
                        QByteArray *replay) const override;
    CallbackKeys newCallbackKeys() const override;
    QList<HttpRequest::Header> signCallback(const QByteArray &body, const QByteArray &signingKey,
                                            qint64 now) const override;
    // The subscription check: GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...
    std::optional<HttpServerResponse> answerCallbackCheck(const HttpServerRequest &request,
                                                          const QByteArray &verifyToken) const override;
    QString templatesUnavailable() const override;
    std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                QString *why) const override;
    TemplatePage readTemplates(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                     QString *why) const override;
    TemplateCreated readCreatedTemplate(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name, const QString &id,
                                                     QString *why) const override;
    const SandboxRole *sandboxRole() const override;
};

// The built-in offline provider: it takes Meta's request on loopback and answers like Meta.
class SandboxProvider final : public MetaCloudProvider
{
public:
    QString id() const override { return QStringLiteral("sandbox"); }
    QString displayName() const override { return QCoreApplication::translate("Providers", "Sandbox (offline)"); }
    QList<AccountField> accountFields() const override { return {baseUrlField()}; }
    bool offline() const override { return true; }
    const SandboxRole *sandboxRole() const override;
    HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const override;
    std::optional<HttpRequest> testRequest(const Account &account) const override;
    std::optional<MediaUpload> mediaUpload(const Account &account, const QString &sender,
                                           const QString &mimeType) const override;
    std::optional<HttpRequest> mediaRequest(const Account &account, const QString &mediaId,
                                            QString *why) const override;
    std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                QString *why) const override;
    std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                     QString *why) const override;
    std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name, const QString &id,
                                                     QString *why) const override;
    int recogniseRequest(const QJsonObject &) const override { return 0; }
    bool recogniseResponse(const QJsonObject &) const override { return false; }
    bool recogniseCallback(const QJsonObject &) const override { return false; }
    // At its own address, Meta's format is its own (a template's status, for one).
    bool takesCallback(const QJsonObject &body) const override { return MetaCloudProvider::recogniseCallback(body); }

private:
    // The account as Meta's adapter sees it: the Sandbox's address and its phone number id.
    static Account asMeta(const Account &account);
};

// Meta's webhook `value` object (statuses and inbound messages), which Kaleyra passes through too.
namespace MetaWebhook {

QList<CallbackEvent> parseValue(const QJsonObject &value);
QDateTime timeOf(const QJsonValue &timestamp);
// Meta's send-time message object minus the envelope: what a draft holds.
QJsonObject messageOf(const QJsonObject &body, const QStringList &envelopeKeys);

} // namespace MetaWebhook
