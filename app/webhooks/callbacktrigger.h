// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/httprequest.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

class Provider;

// A realistic callback made on demand (`wabench trigger`, and the window's Trigger): a status, with any
// failure code the provider's error tables know, a customer's message (text, a template's quick reply, a
// reply button or list row, media), or a template's review, in the provider's own format and signed as it
// signs (Meta: with the person's app secret; Telnyx: with Wabench's test key, whose public key the
// person's handler can be told to trust).
namespace CallbackTrigger {

enum class Family
{
    Status,
    Inbound,
    Template
};

struct Event
{
    QString name; // as typed: "delivered", "button-reply", "template-approved"
    Family family = Family::Status;
    QString value;   // the status word, the kind of message, or the template's status
    QString summary; // for people, translated
};
// Every event there is, and those `provider` can send (with why not for the others).
QList<Event> events();
std::optional<Event> event(const QString &name);
QString unsupported(const Provider &provider, const Event &event);

struct Options
{
    QString messageId; // a status: the message it is about; a reply: the message it answers
    QString recipient; // a status: who the message went to; a customer's message: who writes
    QString errorCode; // a failure: its code (else the provider's "not on WhatsApp")
    QString text;      // a customer's text, title or caption; a template's name
    QString correlation;
    QDateTime now;
};

struct Built
{
    QByteArray body;
    QList<HttpRequest::Header> headers; // Content-Type and the signature, where there is one
    QString summary;                    // what it is, in words
    QString messageId;                  // of the message it is about, or the customer's new one
    QString error;                      // why it could not be made
};
// `event` as `provider` sends it, signed with `signingKey` when there is one (Provider::signCallback).
Built build(const Provider &provider, const QString &event, const Options &options, const QByteArray &signingKey);

// A kept request's `headers` with its signature made anew over `body` with `signingKey` (the headers of the
// provider's scheme replaced): a replay re-signed.
QList<HttpRequest::Header> resigned(const Provider &provider, const QList<HttpRequest::Header> &headers,
                                    const QByteArray &body, const QByteArray &signingKey);

} // namespace CallbackTrigger
