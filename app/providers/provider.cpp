// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "exotel/exotel.h"
#include "kaleyra/kaleyra.h"
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "meta/metacloud.h"
#include "meta/metacodes.h"
#include "telnyx/telnyx.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

QString Provider::unsupportedReason(const QJsonObject &message) const
{
    // The kinds a provider does not offer are listed in the kind's schema (x-not-offered-by).
    const MessageKind *kind = Kinds::find(Kinds::of(message));
    if (!kind || !kind->notOfferedBy.contains(id()))
        return {};
    return QCoreApplication::translate("Providers", "%1 does not offer %2 messages")
        .arg(displayName(), kind->interactiveType.isEmpty() ? kind->type : kind->interactiveType);
}

QString Provider::describeCode(const QString &code) const
{
    return MetaCodes::describe(code);
}

QStringList Provider::failureCodes() const
{
    return MetaCodes::codes();
}

void Provider::checkMessage(const QJsonObject &message, Issues &issues) const
{
    if (const QString reason = unsupportedReason(message); !reason.isEmpty())
        issues.append(Issue::error(message.contains(QStringLiteral("interactive")) ? QStringLiteral("/interactive/type")
                                                                                   : QStringLiteral("/type"),
                                   reason));
}

QList<HttpRequest> Provider::build(const Draft &draft, const Account &account) const
{
    QList<HttpRequest> requests;
    const int batch = qMax(1, recipientsPerRequest());
    for (qsizetype i = 0; i < draft.recipients.size(); i += batch)
        requests.append(request(account, draft, draft.recipients.mid(i, batch)));
    return requests;
}

std::optional<HttpRequest> Provider::testRequest(const Account &) const
{
    return std::nullopt;
}

namespace {

// The draft's message and options as one document, for a pointer into either.
QJsonValue partsOf(const Draft &draft)
{
    return QJsonObject{{QStringLiteral("message"), draft.message}, {QStringLiteral("options"), draft.options}};
}

Draft withParts(Draft draft, const QJsonValue &parts)
{
    draft.message = parts.toObject().value(QStringLiteral("message")).toObject();
    draft.options = parts.toObject().value(QStringLiteral("options")).toObject();
    return draft;
}

} // namespace

QString Provider::correlationOf(const Draft &draft) const
{
    return JsonPointer::get(partsOf(draft), correlationPointer()).toString();
}

Draft Provider::withoutCorrelation(Draft draft) const
{
    QJsonValue parts = partsOf(draft);
    QStringList at = JsonPointer::split(correlationPointer());
    JsonPointer::remove(parts, JsonPointer::join(at));
    // An option object the value was all of goes with it (Kaleyra's extra_info without its ref).
    for (at.removeLast(); at.size() > 1; at.removeLast()) {
        const QString object = JsonPointer::join(at);
        if (!JsonPointer::get(parts, object).toObject().isEmpty())
            break;
        JsonPointer::remove(parts, object);
    }
    return withParts(std::move(draft), parts);
}

Draft Provider::withCorrelation(Draft draft, const QString &value) const
{
    QJsonValue parts = partsOf(draft);
    JsonPointer::set(parts, correlationPointer(), value);
    return withParts(std::move(draft), parts);
}

QList<QJsonObject> Provider::accountEvents(const QJsonObject &) const
{
    return {};
}

QString Provider::templatesUnavailable() const
{
    return QCoreApplication::translate("Providers", "Wabench does not drive %1's template API: its templates are "
                                                    "kept as local definitions")
        .arg(displayName());
}

Provider::TemplatePage Provider::templatesOf(const QJsonValue &data,
                                             const std::function<QJsonObject(const QJsonObject &)> &read)
{
    TemplatePage page;
    if (!data.isArray()) {
        page.error =
            QCoreApplication::translate("Providers", "The answer is not a page of templates: no \"data\" array");
        return page;
    }
    const QJsonArray listed = data.toArray();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QJsonObject definition = read ? read(listed.at(i).toObject()) : listed.at(i).toObject();
        if (definition.value(QStringLiteral("name")).toString().isEmpty() ||
            definition.value(QStringLiteral("language")).toString().isEmpty()) {
            page.error = QCoreApplication::translate("Providers", "Template %1 of the page has no name or no language")
                             .arg(i + 1);
            page.definitions.clear();
            return page;
        }
        page.definitions.append(definition);
    }
    return page;
}

bool Provider::refusedForRate(int httpStatus, const MessageResult &result) const
{
    return httpStatus == 429 || result.errorCode == u"130429" || result.errorCode == u"131056";
}

Provider::TemplateCreated Provider::createdOf(const QJsonObject &answer)
{
    TemplateCreated created;
    created.id = answer.value(QStringLiteral("id")).toVariant().toString();
    created.status = answer.value(QStringLiteral("status")).toString();
    created.category = answer.value(QStringLiteral("category")).toString();
    if (created.id.isEmpty())
        created.error = QCoreApplication::translate("Providers", "The answer names no template id");
    return created;
}

std::optional<HttpRequest> Provider::templatesRequest(const Account &, const QString &, QString *why) const
{
    if (why)
        *why = templatesUnavailable();
    return std::nullopt;
}

Provider::TemplatePage Provider::readTemplates(int, const QByteArray &) const
{
    return {{}, {}, templatesUnavailable()};
}

std::optional<HttpRequest> Provider::createTemplateRequest(const Account &, const QJsonObject &, QString *why) const
{
    if (why)
        *why = templatesUnavailable();
    return std::nullopt;
}

Provider::TemplateCreated Provider::readCreatedTemplate(int, const QByteArray &) const
{
    return {{}, {}, {}, templatesUnavailable()};
}

std::optional<HttpRequest> Provider::deleteTemplateRequest(const Account &, const QString &, const QString &,
                                                           QString *why) const
{
    if (why)
        *why = templatesUnavailable();
    return std::nullopt;
}

QString Provider::mediaUploadUnsupported() const
{
    return QCoreApplication::translate("Providers", "%1 takes media by link only: put the file where it can be "
                                                    "fetched over https and give its link")
        .arg(displayName());
}

std::optional<Provider::MediaUpload> Provider::mediaUpload(const Account &, const QString &, const QString &) const
{
    return std::nullopt;
}

QString Provider::uploadedMediaId(const QJsonObject &answer) const
{
    return answer.value(QStringLiteral("id")).toString();
}

std::optional<HttpRequest> Provider::mediaRequest(const Account &, const QString &, QString *why) const
{
    if (why)
        *why = QCoreApplication::translate("Providers", "%1 gives a customer's media as a link in its callback, "
                                                        "not as an id to fetch")
                   .arg(displayName());
    return std::nullopt;
}

std::optional<Provider::MediaLocation> Provider::mediaLocation(const QJsonObject &answer) const
{
    // Meta's answer: {"url", "mime_type", "sha256", "file_size", "id", "messaging_product"}.
    const QUrl url(answer.value(QStringLiteral("url")).toString());
    if (!url.isValid() || url.isRelative())
        return std::nullopt;
    const QJsonValue size = answer.value(QStringLiteral("file_size"));
    return MediaLocation{url, answer.value(QStringLiteral("mime_type")).toString(),
                         size.isString() ? size.toString().toLongLong() : qint64(size.toDouble(-1))};
}

std::optional<HttpRequest> Provider::statusRequest(const Account &, const QString &) const
{
    return std::nullopt;
}

QList<CallbackEvent> Provider::parseStatus(const QJsonObject &) const
{
    return {};
}

Draft Provider::withCallback(const Draft &draft, const Account &account, const QString &option)
{
    const QString url = account.setting(QStringLiteral("callback_url"));
    if (url.isEmpty() || draft.options.contains(option))
        return draft;
    Draft out = draft;
    out.options.insert(option, url);
    return out;
}

QJsonObject Provider::withType(const QJsonObject &message)
{
    QJsonObject out = message;
    if (!out.isEmpty() && !out.contains(QStringLiteral("type")))
        out.insert(QStringLiteral("type"), Kinds::typeOf(message));
    return out;
}

HttpRequest Provider::jsonRequest(const QUrl &url, const QJsonObject &body, const QStringList &recipients)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    request.recipients = recipients;
    return request;
}

QJsonObject Provider::envelopeExtras(const Draft &draft) const
{
    return draft.options.value(QStringLiteral("envelope")).toObject().value(id()).toObject();
}

void Provider::keepEnvelopeExtras(const QJsonObject &body, const QStringList &known, QJsonObject &options) const
{
    QJsonObject extras;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!known.contains(it.key()))
            extras.insert(it.key(), it.value());
    }
    if (extras.isEmpty())
        return;
    QJsonObject envelope = options.value(QStringLiteral("envelope")).toObject();
    envelope.insert(id(), extras);
    options.insert(QStringLiteral("envelope"), envelope);
}

QList<AccountField> Provider::accountFields() const
{
    return {baseUrlField()};
}

AccountField Provider::baseUrlField()
{
    return {
        QStringLiteral("base_url"), QCoreApplication::translate("AccountStore", "Base URL (optional)"), false, {}, {}};
}

QString Provider::senderLabel() const
{
    return QCoreApplication::translate("Providers", "Default sender");
}

bool Provider::verifyCallback(const HttpServerRequest &, const QByteArray &, qint64, QString *, QByteArray *) const
{
    return true;
}

QString Provider::checkCallbackField(const QString &, const QString &) const
{
    return {};
}

Provider::CallbackKeys Provider::newCallbackKeys() const
{
    return {};
}

QList<HttpRequest::Header> Provider::signCallback(const QByteArray &, const QByteArray &, qint64) const
{
    return {};
}

std::optional<HttpServerResponse> Provider::answerCallbackCheck(const HttpServerRequest &, const QByteArray &) const
{
    return std::nullopt;
}
