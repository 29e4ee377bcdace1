// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload.h"

#include "message/jsonpointer.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// This file's messages, in the catalogue's "Payload" context (lupdate reads the macro).
struct PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(Payload)
};

Draft draftOf(const ImportedMessage &message, const QString &provider)
{
    Draft draft;
    draft.provider = provider;
    draft.sender = message.sender;
    draft.recipients = message.recipients;
    draft.message = message.message;
    draft.options = message.options;
    return draft;
}

// A draft-relative pointer moved to where that part sits in the imported body.
std::optional<QString> bodyPointer(const QString &pointer, const ImportedMessage &message)
{
    const auto under = [&](const QString &prefix) { return JsonPointer::within(pointer, prefix); };
    if (under(QStringLiteral("/message")))
        return message.messagePointer + pointer.mid(8);
    if (under(QStringLiteral("/recipients"))) {
        if (message.recipients.isEmpty())
            return std::nullopt;         // the import has said so already
        return message.recipientPointer; // one "to" field, even when it holds several numbers
    }
    if (under(QStringLiteral("/sender")))
        return message.senderPointer.isEmpty() ? std::nullopt : std::optional<QString>(message.senderPointer);
    if (under(QStringLiteral("/options")))
        return pointer.mid(8);
    return pointer;
}

} // namespace

namespace Payload {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Draft:
        return QStringLiteral("draft");
    case Kind::Request:
        return QStringLiteral("request");
    case Kind::Response:
        return QStringLiteral("response");
    case Kind::Callback:
        return QStringLiteral("callback");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool isBareMessage(const QJsonObject &object)
{
    static const QStringList envelopeKeys = {QStringLiteral("to"),
                                             QStringLiteral("from"),
                                             QStringLiteral("messaging_product"),
                                             QStringLiteral("whatsapp"),
                                             QStringLiteral("content"),
                                             QStringLiteral("messaging_object"),
                                             QStringLiteral("whatsapp_message"),
                                             Draft::formatKey()};
    return object.value(QStringLiteral("type")).isString() &&
           std::none_of(envelopeKeys.cbegin(), envelopeKeys.cend(),
                        [&](const QString &key) { return object.contains(key); });
}

Recognised recognise(const QJsonValue &json, const QString &forcedProvider)
{
    const Provider *forced = Providers::find(forcedProvider);
    if (json.isArray()) {
        Recognised first = recognise(json.toArray().first(), forcedProvider);
        return first.kind == Kind::Request ? first : Recognised{};
    }
    const QJsonObject object = json.toObject();
    if (Draft::looksLikeDraft(object))
        return {Kind::Draft, forced ? forced : Providers::find(object.value(QStringLiteral("provider")).toString())};
    for (const Provider *provider : Providers::all()) {
        if (forced && provider != forced)
            continue;
        if (provider->recogniseCallback(object))
            return {Kind::Callback, provider};
    }
    for (const Provider *provider : Providers::all()) {
        if (forced && provider != forced)
            continue;
        if (provider->recogniseResponse(object))
            return {Kind::Response, provider};
    }
    if (forced)
        return {Kind::Request, forced};
    if (const Provider *provider = Providers::recogniseRequest(object))
        return {Kind::Request, provider};
    return {};
}

std::optional<Requests> importRequests(const QJsonValue &json, const QString &forcedProvider, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Requests> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!forcedProvider.isEmpty() && !Providers::find(forcedProvider))
        return fail(PayloadText::tr("unknown provider \"%1\"; it is one of %2")
                        .arg(forcedProvider, Providers::ids().join(u", ")));

    if (json.isArray()) {
        Requests all;
        const QJsonArray bodies = json.toArray();
        if (bodies.isEmpty())
            return fail(PayloadText::tr("the array holds no request bodies"));
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QString why;
            std::optional<Requests> one = importRequests(bodies.at(i), forcedProvider, &why);
            if (!one || one->draft)
                return fail(PayloadText::tr("item %1: %2")
                                .arg(i)
                                .arg(one ? PayloadText::tr("a draft cannot be part of an array") : why));
            const QString prefix = JsonPointer::append(QString(), i);
            if (all.provider && one->provider != all.provider)
                return fail(PayloadText::tr("item %1 is a %2 body, item 0 a %3 body")
                                .arg(i)
                                .arg(one->provider->id(), all.provider->id()));
            all.provider = one->provider;
            all.issues += IssueList::prefixed(one->issues, prefix);
            for (const ImportedMessage &each : std::as_const(one->messages)) {
                ImportedMessage &message = all.messages.emplaceBack(each);
                message.messagePointer.prepend(prefix);
                message.recipientPointer.prepend(prefix);
                if (!message.senderPointer.isEmpty())
                    message.senderPointer.prepend(prefix);
            }
        }
        return all;
    }
    if (!json.isObject())
        return fail(PayloadText::tr("expected a JSON object (a draft or a request body)"));

    const QJsonObject object = json.toObject();
    Requests out;
    if (Draft::looksLikeDraft(object)) {
        QString why;
        out.draft = Draft::fromJson(object, &why);
        if (!out.draft)
            return fail(why);
        if (!forcedProvider.isEmpty())
            out.draft->provider = forcedProvider;
        out.provider = Providers::find(out.draft->provider);
        if (!out.provider)
            return fail(PayloadText::tr("/provider: unknown provider \"%1\"").arg(out.draft->provider));
        ImportedMessage message;
        message.message = out.draft->message;
        message.messagePointer = QStringLiteral("/message");
        message.sender = out.draft->sender;
        message.senderPointer = QStringLiteral("/sender");
        message.recipients = out.draft->recipients;
        message.recipientPointer = QStringLiteral("/recipients");
        message.options = out.draft->options;
        out.messages.append(message);
        return out;
    }
    if (isBareMessage(object)) {
        out.provider = Providers::find(forcedProvider.isEmpty() ? QStringLiteral("meta") : forcedProvider);
        ImportedMessage message;
        message.message = object;
        out.messages.append(message);
        return out;
    }
    const Recognised recognised = recognise(object, forcedProvider);
    if (recognised.kind == Kind::Response || recognised.kind == Kind::Callback)
        return fail(PayloadText::tr("this is a %2 from %1, not a request; try \"wabench explain\"")
                        .arg(recognised.provider->displayName(), kindName(recognised.kind)));
    if (!recognised.provider)
        return fail(
            PayloadText::tr("not a draft or a request body of any provider (%1)").arg(Providers::ids().join(u", ")));
    out.provider = recognised.provider;
    const ImportResult imported = out.provider->importRequest(object);
    out.messages = imported.messages;
    out.issues = imported.issues;
    return out;
}

Issues validate(const Requests &requests, const TemplateLibrary *templates)
{
    if (requests.draft)
        return Validator::validateDraft(*requests.draft, requests.provider, templates);
    Issues issues = requests.issues;
    Issues found;
    for (const ImportedMessage &message : requests.messages) {
        for (const Issue &issue :
             Validator::validateDraft(draftOf(message, requests.provider->id()), requests.provider, templates)) {
            if (const std::optional<QString> pointer = bodyPointer(issue.pointer, message))
                found.append(issue.at(*pointer));
        }
    }
    IssueList::appendUnique(issues, found);
    return issues;
}

QList<Draft> drafts(const Requests &requests)
{
    if (requests.draft)
        return {*requests.draft};
    // The same message, sender and options to several recipients is one draft; found by a key, so that
    // 100,000 messages take 100,000 steps.
    QList<Draft> out;
    QHash<QByteArray, qsizetype> index;
    for (const ImportedMessage &message : requests.messages) {
        const Draft draft = draftOf(message, requests.provider->id());
        const QByteArray key = QJsonDocument(draft.message).toJson(QJsonDocument::Compact) + '\n' +
                               draft.sender.toUtf8() + '\n' +
                               QJsonDocument(draft.options).toJson(QJsonDocument::Compact);
        if (const auto same = index.constFind(key); same != index.constEnd()) {
            out[*same].recipients += draft.recipients;
        } else {
            index.insert(key, out.size());
            out.append(draft);
        }
    }
    return out;
}

} // namespace Payload
