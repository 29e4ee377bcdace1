// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provider.h"

#include <QJsonValue>

class TemplateLibrary;

// Anything a person may hand us: a draft, a provider's request body (or a JSON array of them),
// a response or a callback. Recognised from its shape, or as the provider a caller forces.
namespace Payload {

enum class Kind
{
    Draft,
    Request,
    Response,
    Callback,
    Unknown
};
QString kindName(Kind kind);

struct Recognised
{
    Kind kind = Kind::Unknown;
    const Provider *provider = nullptr;
};

// A message object on its own, without any provider's envelope ({"type": "text", "text": {...}}).
// It is Meta's message object, which every provider carries.
bool isBareMessage(const QJsonObject &object);

Recognised recognise(const QJsonValue &json, const QString &forcedProvider = {});

// Requests (and drafts) as the messages they carry. `error` says why nothing could be read.
struct Requests
{
    const Provider *provider = nullptr;
    QList<ImportedMessage> messages;
    Issues issues;              // envelope issues, pointers into `json`
    std::optional<Draft> draft; // set when `json` was a draft file
};
std::optional<Requests> importRequests(const QJsonValue &json, const QString &forcedProvider, QString *error);

// Every issue of a draft or request body, with pointers into that JSON itself; with `templates`, template
// messages checked against their definitions too.
Issues validate(const Requests &requests, const TemplateLibrary *templates = nullptr);

// What stands for the recipient when a bare message object is rendered or converted.
inline QString placeholderRecipient()
{
    return QStringLiteral("RECIPIENT_NUMBER");
}

// The draft as it can be rendered: with the placeholder recipient when it names none.
inline Draft addressed(Draft draft)
{
    if (draft.recipients.isEmpty())
        draft.recipients = {placeholderRecipient()};
    return draft;
}

// The drafts these messages make: messages that share content, sender and options share a draft.
QList<Draft> drafts(const Requests &requests);

} // namespace Payload
