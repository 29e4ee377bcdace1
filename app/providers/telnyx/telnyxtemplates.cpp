// SPDX-License-Identifier: GPL-3.0-or-later
// Telnyx's template API, its WhatsApp Management API's message templates (developers.telnyx.com, "Manage
// WhatsApp Message Templates" and the API reference's Whatsapp Message Templates): GET
// /v2/whatsapp/message_templates lists them a page at a time (filter[waba_id], page[number], page[size];
// {"data": [...], "meta": {"page_number", "total_pages"}}), each with Telnyx's own id, Meta's
// ("template_id"), its status and "rejection_reason"; POST creates one from the WhatsApp Business Account id
// ("waba_id") and Meta's definition, whose components Telnyx passes to Meta as they are; DELETE
// /v2/whatsapp_message_templates/{id} deletes the one of that id (204). Errors are {"errors": [{"code",
// "title", "detail"}]}.
#include "telnyx.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

struct TelnyxTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TelnyxTemplates)
};

// The list (and create) address, or with `id` the one template's: that one is
// /v2/whatsapp_message_templates/{id}, as Telnyx's OpenAPI (and the SDKs made from it) names it.
QUrl templatesUrl(const Account &account, const QString &id = {})
{
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://api.telnyx.com"));
    if (id.isEmpty())
        return QUrl(base + QStringLiteral("/v2/whatsapp/message_templates"));
    return QUrl(base + QStringLiteral("/v2/whatsapp_message_templates/") +
                QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

HttpRequest authorised(const Account &account, const QByteArray &method, const QUrl &url)
{
    HttpRequest out;
    out.method = method;
    out.url = url;
    out.headers = {{"Accept", "application/json"}};
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("TELNYX_API_KEY"), account.secret(QStringLiteral("api_key"))};
    return out;
}

QString businessAccount(const Account &account, QString *why)
{
    const QString waba = account.setting(QStringLiteral("business_account_id"));
    if (waba.isEmpty() && why)
        *why = TelnyxTemplateText::tr("The account has no WhatsApp Business Account id: Telnyx keeps templates "
                                      "per WhatsApp Business Account (add it in the account)");
    return waba;
}

QString failure(int status, const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QStringLiteral("errors")).toArray().first().toObject();
    if (error.isEmpty())
        return TelnyxTemplateText::tr("HTTP %1, and no errors in the answer").arg(status);
    const QString title = error.value(QStringLiteral("title")).toString();
    const QString detail = error.value(QStringLiteral("detail")).toString();
    return TelnyxTemplateText::tr("HTTP %1, Telnyx error %2: %3")
        .arg(status)
        .arg(error.value(QStringLiteral("code")).toVariant().toString(),
             detail.isEmpty() || detail == title ? title : title + QStringLiteral(" (") + detail + u')');
}

// A template as Telnyx lists it, as Meta's definition: Telnyx's id (what deletes it), the status, the
// rejection's reason and the quality under Meta's names.
QJsonObject definitionOf(const QJsonObject &listed)
{
    QJsonObject out;
    for (const char *key : {"name", "language", "category", "status", "parameter_format", "components"}) {
        if (listed.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), listed.value(QLatin1String(key)));
    }
    out.insert(QStringLiteral("id"), listed.value(QStringLiteral("id")).toString());
    if (const QString reason = listed.value(QStringLiteral("rejection_reason")).toString(); !reason.isEmpty())
        out.insert(QStringLiteral("rejected_reason"), reason);
    if (const QString quality = listed.value(QStringLiteral("quality_rating")).toString(); !quality.isEmpty())
        out.insert(QStringLiteral("quality_score"), QJsonObject{{QStringLiteral("score"), quality}});
    return out;
}

} // namespace

QString TelnyxProvider::templatesUnavailable() const
{
    return {};
}

std::optional<HttpRequest> TelnyxProvider::templatesRequest(const Account &account, const QString &after,
                                                            QString *why) const
{
    const QString waba = businessAccount(account, why);
    if (waba.isEmpty())
        return std::nullopt;
    QUrl url = templatesUrl(account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter[waba_id]"), waba);
    query.addQueryItem(QStringLiteral("page[size]"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("page[number]"), after.isEmpty() ? QStringLiteral("1") : after);
    url.setQuery(query);
    return authorised(account, "GET", url);
}

Provider::TemplatePage TelnyxProvider::readTemplates(int status, const QByteArray &body) const
{
    TemplatePage page;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        page.error = failure(status, answer);
        return page;
    }
    page = templatesOf(answer.value(QStringLiteral("data")), definitionOf);
    if (!page.error.isEmpty())
        return page;
    const QJsonObject meta = answer.value(QStringLiteral("meta")).toObject();
    const int number = meta.value(QStringLiteral("page_number")).toInt(1);
    if (number < meta.value(QStringLiteral("total_pages")).toInt(1))
        page.after = QString::number(number + 1);
    return page;
}

std::optional<HttpRequest> TelnyxProvider::createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                                 QString *why) const
{
    const QString waba = businessAccount(account, why);
    if (waba.isEmpty())
        return std::nullopt;
    QJsonObject created{{QStringLiteral("waba_id"), waba}};
    for (const char *key : {"name", "language", "category", "parameter_format", "components"}) {
        if (definition.contains(QLatin1String(key)))
            created.insert(QLatin1String(key), definition.value(QLatin1String(key)));
    }
    HttpRequest out = authorised(account, "POST", templatesUrl(account));
    out.headers.append(HttpRequest::Header("Content-Type", "application/json"));
    out.body = QJsonDocument(created).toJson(QJsonDocument::Compact);
    return out;
}

Provider::TemplateCreated TelnyxProvider::readCreatedTemplate(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        TemplateCreated refused;
        refused.error = failure(status, answer);
        return refused;
    }
    return createdOf(answer.value(QStringLiteral("data")).toObject());
}

std::optional<HttpRequest> TelnyxProvider::deleteTemplateRequest(const Account &account, const QString &,
                                                                 const QString &id, QString *why) const
{
    if (id.isEmpty()) {
        if (why)
            *why = TelnyxTemplateText::tr("Telnyx deletes one template by its id: pull the account's templates, "
                                          "then delete the one of its language");
        return std::nullopt;
    }
    return authorised(account, "DELETE", templatesUrl(account, id));
}
