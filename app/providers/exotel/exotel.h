// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

// Exotel's classic WhatsApp API: the `whatsapp.messages[]` envelope, up to 100 messages per request.
class ExotelProvider final : public Provider
{
public:
    QString id() const override { return QStringLiteral("exotel"); }
    QList<AccountField> accountFields() const override;
    QString displayName() const override { return QStringLiteral("Exotel"); }
    bool bodyNamesSender() const override { return true; }
    // custom_data: "returned in the status callback".
    QString correlationPointer() const override { return QStringLiteral("/options/custom_data"); }
    QString callbackUrlOption() const override { return QStringLiteral("status_callback"); }
    QStringList optionKeys() const override
    {
        return {QStringLiteral("custom_data"), QStringLiteral("status_callback")};
    }
    int recipientsPerRequest() const override { return 100; }

    QString messagePointer() const override { return QStringLiteral("/whatsapp/messages/0/content"); }
    QJsonObject body(const Draft &draft, const QStringList &recipients) const override;
    HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const override;
    int recogniseRequest(const QJsonObject &body) const override;
    ImportResult importRequest(const QJsonObject &body) const override;
    bool recogniseResponse(const QJsonObject &body) const override;
    QList<MessageResult> parseResponse(int httpStatus, const QJsonObject &body,
                                       const QStringList &recipients) const override;
    bool recogniseCallback(const QJsonObject &body) const override;
    QList<CallbackEvent> parseCallback(const QJsonObject &body) const override;
    QString describeCode(const QString &code) const override;
    // Its own failure codes (30004 to 30041): its delivery reports carry no others.
    QStringList failureCodes() const override;
    void checkMessage(const QJsonObject &message, Issues &issues) const override;
    void checkDraft(const Draft &draft, Issues &issues) const override;
    const SandboxRole *sandboxRole() const override;

    // Its WhatsApp template management APIs (exoteltemplates.cpp).
    QString templatesUnavailable() const override;
    std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                QString *why) const override;
    TemplatePage readTemplates(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                     QString *why) const override;
    TemplateCreated readCreatedTemplate(int status, const QByteArray &body) const override;
    // Exotel deletes a name in every language.
    std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name, const QString &id,
                                                     QString *why) const override;
    bool deletesOneLanguage() const override { return false; }
    // The account's API address: its region's host, or the base URL it sets.
    static QString baseUrl(const Account &account);
};

// Exotel's status and error codes in plain words, from its published table; empty when unknown.
namespace ExotelCodes {
QString describe(const QString &code);
QStringList codes(); // every code its own table has
// A code's detailed status word ("EX_NUMBER_ERROR"), as its callbacks carry it; empty when unknown.
QString detailedStatus(const QString &code);
} // namespace ExotelCodes
