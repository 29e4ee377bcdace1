// SPDX-License-Identifier: GPL-3.0-or-later
// Exotel's WhatsApp template management APIs (developer.exotel.com: "Get WhatsApp Templates", "Create
// WhatsApp Templates", "Delete Templates"), on /v2/accounts/<sid>/templates?waba_id=<WABA id> with the
// account's key and token: GET lists the account's templates (limit, after), each answered in Exotel's
// envelope {"response": {"whatsapp": {"templates": [{"data": <Meta's template>}]}}}; POST creates from
// {"whatsapp": {"templates": [{"template": <Meta's definition>}]}}, answered the same way with the created
// template's id and status in its "data" (or an "error_data" that says why not); DELETE takes the name in
// the same envelope and deletes it in every language.
#include "exotel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

struct ExotelTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(ExotelTemplates)
};

std::optional<QUrl> templatesUrl(const Account &account, QString *why)
{
    const QString waba = account.setting(QStringLiteral("business_account_id"));
    if (waba.isEmpty()) {
        if (why)
            *why = ExotelTemplateText::tr("The account has no WhatsApp Business Account id: Exotel keeps templates "
                                          "per WhatsApp Business Account (add it in the account)");
        return std::nullopt;
    }
    QUrl url(ExotelProvider::baseUrl(account) + QStringLiteral("/v2/accounts/") +
             account.setting(QStringLiteral("sid")) + QStringLiteral("/templates"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("waba_id"), waba);
    url.setQuery(query);
    return url;
}

HttpRequest authorised(const Account &account, const QByteArray &method, const QUrl &url, const QJsonObject &body = {})
{
    HttpRequest out;
    out.method = method;
    out.url = url;
    out.headers = {{"Accept", "application/json"}};
    if (!body.isEmpty()) {
        out.headers.append(HttpRequest::Header("Content-Type", "application/json"));
        out.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    out.auth = HttpRequest::Auth::Basic;
    out.user = {QStringLiteral("EXOTEL_API_KEY"), account.secret(QStringLiteral("api_key"))};
    out.secret = {QStringLiteral("EXOTEL_API_TOKEN"), account.secret(QStringLiteral("api_token"))};
    return out;
}

// {"whatsapp": {"templates": [{"template": template}]}}: how Exotel takes templates.
QJsonObject envelope(const QJsonObject &templ)
{
    return {{QStringLiteral("whatsapp"),
             QJsonObject{{QStringLiteral("templates"), QJsonArray{QJsonObject{{QStringLiteral("template"), templ}}}}}}};
}

QJsonArray templatesOfAnswer(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("whatsapp"))
        .toObject()
        .value(QStringLiteral("templates"))
        .toArray();
}

// What an answer says went wrong: an entry's error_data, Exotel's message, or the status.
QString failure(int status, const QJsonObject &answer)
{
    const QJsonObject entry = templatesOfAnswer(answer).first().toObject();
    const QJsonObject error = entry.value(QStringLiteral("error_data")).toObject();
    QString said =
        error.value(QStringLiteral("description")).toString(error.value(QStringLiteral("message")).toString());
    if (said.isEmpty())
        said = answer.value(QStringLiteral("response"))
                   .toObject()
                   .value(QStringLiteral("error_data"))
                   .toObject()
                   .value(QStringLiteral("description"))
                   .toString();
    if (said.isEmpty())
        return ExotelTemplateText::tr("HTTP %1, and no error in the answer").arg(status);
    const QJsonValue code = error.value(QStringLiteral("code"));
    return code.isUndefined() ? ExotelTemplateText::tr("HTTP %1: %2").arg(status).arg(said)
                              : ExotelTemplateText::tr("HTTP %1, Exotel error %2: %3")
                                    .arg(status)
                                    .arg(code.toVariant().toString(), said);
}

} // namespace

QString ExotelProvider::templatesUnavailable() const
{
    return {};
}

std::optional<HttpRequest> ExotelProvider::templatesRequest(const Account &account, const QString &after,
                                                            QString *why) const
{
    std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    QUrlQuery query(*url);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    url->setQuery(query);
    return authorised(account, "GET", *url);
}

Provider::TemplatePage ExotelProvider::readTemplates(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300)
        return {{}, {}, failure(status, answer)};
    const QJsonObject whatsapp =
        answer.value(QStringLiteral("response")).toObject().value(QStringLiteral("whatsapp")).toObject();
    if (!whatsapp.value(QStringLiteral("templates")).isArray())
        return {
            {}, {}, ExotelTemplateText::tr("The answer is not a list of templates: no response.whatsapp.templates")};
    // Each entry holds one template as Meta gives it.
    QJsonArray data;
    const QJsonArray entries = whatsapp.value(QStringLiteral("templates")).toArray();
    for (const QJsonValue &entry : entries)
        data.append(entry.toObject().value(QStringLiteral("data")));
    TemplatePage page = templatesOf(data);
    // The next page's cursor, where the answer gives one as Meta does (paging.cursors.after with a next).
    const QJsonObject paging = whatsapp.value(QStringLiteral("paging")).toObject();
    if (page.error.isEmpty() && paging.contains(QStringLiteral("next")))
        page.after = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
    return page;
}

std::optional<HttpRequest> ExotelProvider::createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                                 QString *why) const
{
    const std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    QJsonObject created;
    for (const char *key : {"name", "language", "category", "parameter_format", "components"}) {
        if (definition.contains(QLatin1String(key)))
            created.insert(QLatin1String(key), definition.value(QLatin1String(key)));
    }
    return authorised(account, "POST", *url, envelope(created));
}

Provider::TemplateCreated ExotelProvider::readCreatedTemplate(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonObject entry = templatesOfAnswer(answer).first().toObject();
    if (status < 200 || status >= 300 || entry.contains(QStringLiteral("error_data"))) {
        TemplateCreated refused;
        refused.error = failure(status, answer);
        return refused;
    }
    return createdOf(entry.value(QStringLiteral("data")).toObject());
}

std::optional<HttpRequest> ExotelProvider::deleteTemplateRequest(const Account &account, const QString &name,
                                                                 const QString &, QString *why) const
{
    const std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    return authorised(account, "DELETE", *url, envelope({{QStringLiteral("name"), name}}));
}
