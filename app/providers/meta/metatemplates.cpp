// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's template API, the WhatsApp Business Management API's message_templates edge of a WhatsApp Business
// Account (https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/
// message_templates/): GET lists the account's templates a page at a time ({"data": [...], "paging":
// {"cursors": {"after": ...}, "next": ...}}; no "next" on the last page), POST creates one ({"id", "status",
// "category"}), DELETE ?name= removes a name in every language, with &hsm_id= the one of that id.
#include "metacloud.h"
#include "metacodes.h"
#include "templates/templatedefinition.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace {

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(MetaTemplates)
};

// The account's message_templates edge, or nothing when the account has no WhatsApp Business Account id.
std::optional<QUrl> edge(const Account &account, QString *why)
{
    const QString waba = account.setting(QStringLiteral("business_account_id"));
    if (waba.isEmpty()) {
        if (why)
            *why = TemplateText::tr("The account has no WhatsApp Business Account id: its templates live there "
                                    "(add it in the account)");
        return std::nullopt;
    }
    const QString base = account.setting(QStringLiteral("base_url"), QStringLiteral("https://graph.facebook.com"));
    const QString version = account.setting(QStringLiteral("api_version"), QStringLiteral("v21.0"));
    return QUrl(base + u'/' + version + u'/' + waba + QStringLiteral("/message_templates"));
}

HttpRequest authorised(const Account &account, const QByteArray &method, const QUrl &url)
{
    HttpRequest out;
    out.method = method;
    out.url = url;
    out.headers = {{"Accept", "application/json"}};
    out.auth = HttpRequest::Auth::Bearer;
    out.secret = {QStringLiteral("WHATSAPP_ACCESS_TOKEN"), account.secret(QStringLiteral("access_token"))};
    return out;
}

// What an answer that is not a success says: Meta's error object in words, or the status.
QString failure(int status, const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    if (error.isEmpty())
        return TemplateText::tr("HTTP %1, and no error object in the answer").arg(status);
    const QString code = QString::number(error.value(QStringLiteral("code")).toInt());
    QString text = error.value(QStringLiteral("error_user_msg"))
                       .toString(error.value(QStringLiteral("message")).toString(MetaCodes::describe(code)));
    const QJsonValue subcode = error.value(QStringLiteral("error_subcode"));
    return TemplateText::tr("HTTP %1, Meta error %2%3: %4")
        .arg(status)
        .arg(code, subcode.isUndefined() ? QString() : u'/' + QString::number(subcode.toInt()), text);
}

} // namespace

QString MetaCloudProvider::templatesUnavailable() const
{
    return {};
}

std::optional<HttpRequest> MetaCloudProvider::templatesRequest(const Account &account, const QString &after,
                                                               QString *why) const
{
    std::optional<QUrl> url = edge(account, why);
    if (!url)
        return std::nullopt;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("id,name,language,category,status,parameter_format,"
                                                                "components,rejected_reason,quality_score"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    url->setQuery(query);
    return authorised(account, "GET", *url);
}

Provider::TemplatePage MetaCloudProvider::readTemplates(int status, const QByteArray &body) const
{
    TemplatePage page;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        page.error = failure(status, answer);
        return page;
    }
    page = templatesOf(answer.value(QStringLiteral("data")));
    if (!page.error.isEmpty())
        return page;
    const QJsonObject paging = answer.value(QStringLiteral("paging")).toObject();
    if (paging.contains(QStringLiteral("next")))
        page.after = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
    return page;
}

std::optional<HttpRequest> MetaCloudProvider::createTemplateRequest(const Account &account,
                                                                    const QJsonObject &definition, QString *why) const
{
    const std::optional<QUrl> url = edge(account, why);
    if (!url)
        return std::nullopt;
    // What Meta's GET adds (id, status, quality) is not what a POST takes.
    HttpRequest out = authorised(account, "POST", *url);
    out.headers.append(HttpRequest::Header("Content-Type", "application/json"));
    out.body = QJsonDocument(TemplateDefinition::withoutProviderState(definition)).toJson(QJsonDocument::Compact);
    return out;
}

Provider::TemplateCreated MetaCloudProvider::readCreatedTemplate(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        TemplateCreated refused;
        refused.error = failure(status, answer);
        return refused;
    }
    return createdOf(answer);
}

std::optional<HttpRequest> MetaCloudProvider::deleteTemplateRequest(const Account &account, const QString &name,
                                                                    const QString &id, QString *why) const
{
    std::optional<QUrl> url = edge(account, why);
    if (!url)
        return std::nullopt;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    if (!id.isEmpty())
        query.addQueryItem(QStringLiteral("hsm_id"), id);
    url->setQuery(query);
    return authorised(account, "DELETE", *url);
}

std::optional<HttpRequest> SandboxProvider::templatesRequest(const Account &account, const QString &after,
                                                             QString *why) const
{
    std::optional<HttpRequest> out = MetaCloudProvider::templatesRequest(asMeta(account), after, why);
    if (out)
        out->secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}

std::optional<HttpRequest> SandboxProvider::createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                                  QString *why) const
{
    std::optional<HttpRequest> out = MetaCloudProvider::createTemplateRequest(asMeta(account), definition, why);
    if (out)
        out->secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}

std::optional<HttpRequest> SandboxProvider::deleteTemplateRequest(const Account &account, const QString &name,
                                                                  const QString &id, QString *why) const
{
    std::optional<HttpRequest> out = MetaCloudProvider::deleteTemplateRequest(asMeta(account), name, id, why);
    if (out)
        out->secret.envName = QStringLiteral("WABENCH_SANDBOX_TOKEN");
    return out;
}
