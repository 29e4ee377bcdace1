// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

// Kaleyra's WhatsApp API v2: `{messaging_object, extra_info}`, the business number in the path.
class KaleyraProvider final : public Provider
{
public:
    QString id() const override { return QStringLiteral("kaleyra"); }
    QList<AccountField> accountFields() const override;
    // Kaleyra's URL names the business number: an account cannot do without it.
    QString senderLabel() const override;
    bool senderRequired() const override { return true; }
    QString displayName() const override { return QStringLiteral("Kaleyra"); }
    // POST /v2/{sid}/whatsapp/{business number}/media (multipart: file, type) gives a media id
    // (developers.kaleyra.io, "Upload Media Files"); no download by id is documented.
    QString mediaUploadUnsupported() const override { return {}; }
    std::optional<MediaUpload> mediaUpload(const Account &account, const QString &sender,
                                           const QString &mimeType) const override;
    QString uploadedMediaId(const QJsonObject &answer) const override;
    // extra_info.ref: "returned in reports and callbacks".
    QString correlationPointer() const override { return QStringLiteral("/options/extra_info/ref"); }
    QStringList optionKeys() const override { return {QStringLiteral("extra_info")}; }

    QString messagePointer() const override { return QStringLiteral("/messaging_object"); }
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
    void checkDraft(const Draft &draft, Issues &issues) const override;

    // extra_info checks, with `pointer` where extra_info sits (in a draft or in a body).
    static void checkExtraInfo(const QJsonObject &extraInfo, const QString &pointer, Issues &issues);
    const SandboxRole *sandboxRole() const override;

    // Its WhatsApp template API v2 (kaleyratemplates.cpp).
    QString templatesUnavailable() const override;
    std::optional<HttpRequest> templatesRequest(const Account &account, const QString &after,
                                                QString *why) const override;
    TemplatePage readTemplates(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                     QString *why) const override;
    TemplateCreated readCreatedTemplate(int status, const QByteArray &body) const override;
    std::optional<HttpRequest> deleteTemplateRequest(const Account &account, const QString &name, const QString &id,
                                                     QString *why) const override;
    // The account's API address: its pod's host, or the base URL it sets.
    static QString baseUrl(const Account &account);
};

// Kaleyra's status and error codes in plain words, from its published table; empty when unknown.
namespace KaleyraCodes {
QString describe(const QString &code);
QStringList codes(); // every code its own table has
} // namespace KaleyraCodes
