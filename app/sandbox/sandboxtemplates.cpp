// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtemplates.h"

#include "message/jsondocument.h"
#include "templates/templatelint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

struct SandboxText
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

// Meta's error object: {"error": {"message", "type", "code", "error_subcode"?, "error_user_msg"?}}.
HttpServerResponse error(int status, int code, const QString &message, int subcode = 0)
{
    QJsonObject object{{QStringLiteral("message"), message},
                       {QStringLiteral("type"), QStringLiteral("OAuthException")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("fbtrace_id"), QStringLiteral("SandboxTrace")}};
    if (subcode != 0) {
        object.insert(QStringLiteral("error_subcode"), subcode);
        object.insert(QStringLiteral("error_user_msg"), message);
    }
    return HttpServerResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), object}}).toJson(QJsonDocument::Compact));
}

} // namespace

bool SandboxTemplates::routes(const QString &path, QString *account)
{
    static const QRegularExpression edge(QStringLiteral("^/v\\d+\\.\\d+/([^/]+)/message_templates$"));
    const QRegularExpressionMatch match = edge.match(path);
    if (!match.hasMatch())
        return false;
    *account = match.captured(1);
    return true;
}

HttpServerResponse SandboxTemplates::answer(const QString &account, const HttpServerRequest &request,
                                            const std::function<void(const QString &, const QString &)> &created)
{
    QList<QJsonObject> &kept = m_templates[account];
    const QUrlQuery query(request.url);
    if (request.method == "GET") {
        // A page of `limit` (25 by default, as Meta's), from the cursor `after` (a position, here).
        const int limit = qBound(1,
                                 query.queryItemValue(QStringLiteral("limit")).toInt() > 0
                                     ? query.queryItemValue(QStringLiteral("limit")).toInt()
                                     : 25,
                                 100);
        const int from = qMax(0, query.queryItemValue(QStringLiteral("after")).toInt());
        QJsonArray data;
        for (qsizetype i = from; i < kept.size() && data.size() < limit; ++i)
            data.append(kept.at(i));
        QJsonObject paging{
            {QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), QString::number(from)},
                                                    {QStringLiteral("after"), QString::number(from + data.size())}}}};
        if (from + data.size() < kept.size())
            paging.insert(QStringLiteral("next"), request.url.toString());
        return HttpServerResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}})
                     .toJson(QJsonDocument::Compact));
    }
    if (request.method == "DELETE") {
        const QString name = query.queryItemValue(QStringLiteral("name"));
        const QString id = query.queryItemValue(QStringLiteral("hsm_id"));
        const qsizetype before = kept.size();
        kept.removeIf([&](const QJsonObject &definition) {
            return definition.value(QStringLiteral("name")).toString() == name &&
                   (id.isEmpty() || definition.value(QStringLiteral("id")).toString() == id);
        });
        if (kept.size() == before)
            return error(404, 100, SandboxText::tr("Message template \"%1\" not found").arg(name), 2593002);
        rebuild();
        return HttpServerResponse::json(200, R"({"success":true})");
    }
    if (request.method != "POST")
        return error(405, 100, SandboxText::tr("Unsupported method"));
    const JsonParseResult parsed = JsonDocument::parse(request.body);
    if (!parsed.ok() || !parsed.document.isObject())
        return error(400, 100, SandboxText::tr("Invalid parameter: the body is not a JSON object"));
    QJsonObject definition = parsed.document.object();
    // Checked as templates lint checks it; Meta answers the first problem.
    for (const Issue &issue : TemplateLint::check(definition)) {
        if (issue.isError())
            return error(400, 100, issue.pointer + QStringLiteral(": ") + issue.message,
                         issue.code.isEmpty() ? 2388040 : issue.code.toInt());
    }
    const QString name = definition.value(QStringLiteral("name")).toString();
    const QString language = definition.value(QStringLiteral("language")).toString();
    for (const QJsonObject &existing : std::as_const(kept)) {
        if (existing.value(QStringLiteral("name")) == name && existing.value(QStringLiteral("language")) == language)
            return error(400, 100,
                         SandboxText::tr("Content in this language already exists: %1 (%2)").arg(name, language),
                         2388024);
    }
    const QString id = QString::number(m_nextId++);
    definition.insert(QStringLiteral("id"), id);
    definition.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
    definition.insert(QStringLiteral("category"), definition.value(QStringLiteral("category")).toString().toUpper());
    kept.append(definition);
    rebuild();
    created(account, id);
    return HttpServerResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("status"), QStringLiteral("PENDING")},
                                       {QStringLiteral("category"), definition.value(QStringLiteral("category"))}})
                 .toJson(QJsonDocument::Compact));
}

QByteArray SandboxTemplates::decide(const QString &account, const QString &id)
{
    QList<QJsonObject> &kept = m_templates[account];
    for (QJsonObject &definition : kept) {
        if (definition.value(QStringLiteral("id")).toString() != id)
            continue;
        const QString name = definition.value(QStringLiteral("name")).toString();
        const QString status = definition.value(QStringLiteral("status")).toString();
        const bool rejected = name.endsWith(QStringLiteral("_rejected"));
        if (status == u"PENDING") {
            definition.insert(QStringLiteral("status"),
                              rejected ? QStringLiteral("REJECTED") : QStringLiteral("APPROVED"));
            if (rejected)
                definition.insert(QStringLiteral("rejected_reason"), QStringLiteral("INVALID_FORMAT"));
        } else if (pausesOrDisables(name, status)) {
            // Its quality fell: paused, or disabled (Meta, template quality: a template paused again and
            // again is disabled).
            definition.insert(QStringLiteral("status"), name.endsWith(QStringLiteral("_paused"))
                                                            ? QStringLiteral("PAUSED")
                                                            : QStringLiteral("DISABLED"));
        } else {
            return {};
        }
        rebuild();
        const QJsonObject value{
            {QStringLiteral("event"), definition.value(QStringLiteral("status"))},
            {QStringLiteral("message_template_id"), id.toLongLong()},
            {QStringLiteral("message_template_name"), name},
            {QStringLiteral("message_template_language"), definition.value(QStringLiteral("language"))},
            {QStringLiteral("reason"), rejected ? QStringLiteral("INVALID_FORMAT") : QStringLiteral("NONE")}};
        const QJsonObject change{{QStringLiteral("value"), value},
                                 {QStringLiteral("field"), QStringLiteral("message_template_status_update")}};
        const QJsonObject entry{{QStringLiteral("id"), account},
                                {QStringLiteral("time"), QDateTime::currentSecsSinceEpoch()},
                                {QStringLiteral("changes"), QJsonArray{change}}};
        return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                         {QStringLiteral("entry"), QJsonArray{entry}}})
            .toJson(QJsonDocument::Compact);
    }
    return {};
}

bool SandboxTemplates::pausesOrDisables(const QString &name, const QString &status)
{
    return status == u"APPROVED" &&
           (name.endsWith(QStringLiteral("_paused")) || name.endsWith(QStringLiteral("_disabled")));
}

bool SandboxTemplates::decidesAgain(const QString &account, const QString &id) const
{
    const QList<QJsonObject> kept = m_templates.value(account);
    for (const QJsonObject &definition : kept) {
        if (definition.value(QStringLiteral("id")).toString() == id)
            return pausesOrDisables(definition.value(QStringLiteral("name")).toString(),
                                    definition.value(QStringLiteral("status")).toString());
    }
    return false;
}

void SandboxTemplates::rebuild()
{
    TemplateLibrary library;
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        for (const QJsonObject &definition : it.value())
            library.add(definition);
    }
    m_library = library;
}
