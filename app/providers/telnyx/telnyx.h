// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

// Telnyx: `{from, to, whatsapp_message, webhook_url}`, one recipient per request, limits in UTF-8 bytes.
class TelnyxProvider final : public Provider
{
public:
    QString id() const override { return QStringLiteral("telnyx"); }
    QList<AccountField> accountFields() const override;
    QString displayName() const override { return QStringLiteral("Telnyx"); }
    bool bodyNamesSender() const override { return true; }
    QString callbackUrlOption() const override { return QStringLiteral("webhook_url"); }
    QStringList optionKeys() const override { return {QStringLiteral("webhook_url")}; }

    QString messagePointer() const override { return QStringLiteral("/whatsapp_message"); }
    QJsonObject body(const Draft &draft, const QStringList &recipients) const override;
    HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const override;
    std::optional<HttpRequest> testRequest(const Account &account) const override;
    bool reportsStatus() const override { return true; }
    std::optional<HttpRequest> statusRequest(const Account &account, const QString &messageId) const override;
    QList<CallbackEvent> parseStatus(const QJsonObject &body) const override;
    int recogniseRequest(const QJsonObject &body) const override;
    ImportResult importRequest(const QJsonObject &body) const override;
    bool recogniseResponse(const QJsonObject &body) const override;
    QList<MessageResult> parseResponse(int httpStatus, const QJsonObject &body,
                                       const QStringList &recipients) const override;
    bool recogniseCallback(const QJsonObject &body) const override;
    QList<CallbackEvent> parseCallback(const QJsonObject &body) const override;
    // A template's review decided (whatsapp.template.approved, .rejected, .disabled).
    QList<QJsonObject> accountEvents(const QJsonObject &body) const override;
    QString describeCode(const QString &code) const override;
    // Its own codes, then Meta's, which it passes on.
    QStringList failureCodes() const override;
    void checkMessage(const QJsonObject &message, Issues &issues) const override;
    void checkDraft(const Draft &draft, Issues &issues) const override;

    QList<CallbackField> callbackFields() const override;
    QString checkCallbackField(const QString &key, const QString &value) const override;
    // telnyx-signature-ed25519: Ed25519 over "<telnyx-timestamp>|<body>", within 300 s of now; good once.
    bool verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64 now, QString *why,
                        QByteArray *replay) const override;
    CallbackKeys newCallbackKeys() const override;
    QList<HttpRequest::Header> signCallback(const QByteArray &body, const QByteArray &signingKey,
                                            qint64 now) const override;
    const SandboxRole *sandboxRole() const override;

    // Its WhatsApp Management API's message templates (telnyxtemplates.cpp).
    QString templatesUnavailable() const override;
    std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                QString *why) const override;
    TemplatePage readTemplates(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                     QString *why) const override;
    TemplateCreated readCreatedTemplate(int status, const QByteArray &body) const override;
    // Telnyx deletes one template, by its own id.
    std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name, const QString &id,
                                                     QString *why) const override;

private:
    static bool isTemplateEvent(const QJsonObject &body);
};

// Telnyx's status and error codes in plain words, from its published table; empty when unknown.
namespace TelnyxCodes {
QString describe(const QString &code);
QStringList codes(); // every code its own table has
} // namespace TelnyxCodes
