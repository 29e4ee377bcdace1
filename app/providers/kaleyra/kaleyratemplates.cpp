// SPDX-License-Identifier: GPL-3.0-or-later
// Kaleyra's WhatsApp template API v2 (developers.kaleyra.io: "Get Templates", "Create Template", "Delete
// Template"), on https://<pod>/v2/<sid>/whatsapp/<WABA id>/message_templates with the api-key header and
// Content-Type application/json (the only value it allows, on every method): the path ends as Meta's
// message_templates edge does, and Kaleyra points to Meta's "Create and Manage Templates" for the
// definition, which it takes as Meta does. GET lists the account's templates; POST creates one; DELETE
// ?name= deletes the name in every language, and with &template_id= only the template of that id.
//
// Kaleyra's pages show the requests but not the answers, so they are read both ways they can come: Meta's
// own ({"data": [...], "paging"}, {"id", "status", "category"}, {"error": {"message", "code"}}), or in
// Kaleyra's envelope of its send API ({"code", "message", "data": <Meta's answer>, "error": {<field>: why}}).
#include "kaleyra.h"

#include "templates/templatedefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

struct KaleyraTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(KaleyraTemplates)
};

std::optional<QUrl> templatesUrl(const Account &account, QString *why)
{
    const QString waba = account.setting(QStringLiteral("business_account_id"));
    const QString sid = account.setting(QStringLiteral("sid"));
    if (waba.isEmpty() || sid.isEmpty()) {
        if (why)
            *why = waba.isEmpty() ? KaleyraTemplateText::tr("The account has no WhatsApp Business Account id: "
                                                            "Kaleyra keeps templates per WhatsApp Business Account "
                                                            "(add it in the account)")
                                  : KaleyraTemplateText::tr("The account has no SID: Kaleyra's addresses start with "
                                                            "it (add it in the account)");
        return std::nullopt;
    }
    return QUrl(KaleyraProvider::baseUrl(account) + QStringLiteral("/v2/") +
                QString::fromLatin1(QUrl::toPercentEncoding(sid)) + QStringLiteral("/whatsapp/") +
                QString::fromLatin1(QUrl::toPercentEncoding(waba)) + QStringLiteral("/message_templates"));
}

HttpRequest authorised(const Account &account, const QByteArray &method, const QUrl &url)
{
    HttpRequest out;
    out.method = method;
    out.url = url;
    out.headers = {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    out.auth = HttpRequest::Auth::Header;
    out.authHeaderName = "api-key";
    out.secret = {QStringLiteral("KALEYRA_API_KEY"), account.secret(QStringLiteral("api_key"))};
    return out;
}

// Meta's answer: the answer itself, or what Kaleyra's envelope holds in "data".
QJsonObject unwrapped(const QJsonObject &answer, const QString &key)
{
    if (answer.contains(key))
        return answer;
    return answer.value(QStringLiteral("data")).toObject();
}

// What an answer that is not a success says: Meta's error passed on, Kaleyra's code and message with the
// fields it names, or the status.
QString failure(int status, const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
    if (error.value(QStringLiteral("code")).isDouble()) {
        const QString text =
            error.value(QStringLiteral("error_user_msg")).toString(error.value(QStringLiteral("message")).toString());
        return KaleyraTemplateText::tr("HTTP %1, Meta error %2: %3")
            .arg(status)
            .arg(error.value(QStringLiteral("code")).toInt())
            .arg(text);
    }
    const QString code = answer.value(QStringLiteral("code")).toString();
    QString text = answer.value(QStringLiteral("message")).toString();
    QStringList fields;
    for (auto it = error.constBegin(); it != error.constEnd(); ++it)
        fields.append(it.key() + QStringLiteral(": ") + it.value().toVariant().toString());
    if (!fields.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + u'(' + fields.join(QStringLiteral("; ")) + u')';
    if (text.isEmpty())
        return KaleyraTemplateText::tr("HTTP %1, and no error in the answer").arg(status);
    if (code.isEmpty())
        return KaleyraTemplateText::tr("HTTP %1: %2").arg(status).arg(text);
    const QString words = KaleyraCodes::describe(code);
    return KaleyraTemplateText::tr("HTTP %1, Kaleyra %2: %3")
        .arg(status)
        .arg(code, words.isEmpty() || text.contains(words) ? text : text + QStringLiteral(" - ") + words);
}

} // namespace

QString KaleyraProvider::templatesUnavailable() const
{
    return {};
}

std::optional<HttpRequest> KaleyraProvider::templatesRequest(const Account &account, const QString &after,
                                                             QString *why) const
{
    std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    url->setQuery(query);
    return authorised(account, "GET", *url);
}

Provider::TemplatePage KaleyraProvider::readTemplates(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300)
        return {{}, {}, failure(status, answer)};
    const QJsonObject list =
        answer.value(QStringLiteral("data")).isArray() ? answer : answer.value(QStringLiteral("data")).toObject();
    TemplatePage page = templatesOf(list.value(QStringLiteral("data")));
    const QJsonObject paging = list.value(QStringLiteral("paging")).toObject();
    if (page.error.isEmpty() && paging.contains(QStringLiteral("next")))
        page.after = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
    return page;
}

std::optional<HttpRequest> KaleyraProvider::createTemplateRequest(const Account &account, const QJsonObject &definition,
                                                                  QString *why) const
{
    const std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    HttpRequest out = authorised(account, "POST", *url);
    out.body = QJsonDocument(TemplateDefinition::withoutProviderState(definition)).toJson(QJsonDocument::Compact);
    return out;
}

Provider::TemplateCreated KaleyraProvider::readCreatedTemplate(int status, const QByteArray &body) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        TemplateCreated refused;
        refused.error = failure(status, answer);
        return refused;
    }
    return createdOf(unwrapped(answer, QStringLiteral("id")));
}

std::optional<HttpRequest> KaleyraProvider::deleteTemplateRequest(const Account &account, const QString &name,
                                                                  const QString &id, QString *why) const
{
    std::optional<QUrl> url = templatesUrl(account, why);
    if (!url)
        return std::nullopt;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    if (!id.isEmpty())
        query.addQueryItem(QStringLiteral("template_id"), id);
    url->setQuery(query);
    return authorised(account, "DELETE", *url);
}
