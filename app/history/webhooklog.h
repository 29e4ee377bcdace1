// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <utility>

// What the receiver made of a request it got.
enum class WebhookVerdict
{
    Applied,   // at least one event changed a message, or a customer's message or a template's review is new
    Duplicate, // every event of it was stored already
    Unmatched, // status events of messages the history does not know (kept, unmatched)
    Refused,   // answered 4xx: not a callback, a bad signature, broken JSON...
    NotStored, // answered 503: the history could not store it, the provider sends it again
    Check      // a subscription check (Meta's GET, Exotel's challenge) or a GET of the receiver
};

namespace WebhookVerdicts {
QString name(WebhookVerdict verdict); // "applied"; the stored word
WebhookVerdict fromName(const QString &name);
QString label(WebhookVerdict verdict); // for people, translated
} // namespace WebhookVerdicts

// One request the webhook receiver got, as the history keeps it for the inspector: the request as sent
// (with the values of headers and query items that carry credentials masked; signature headers kept),
// what was answered, the verdict and the events it produced.
struct WebhookRecord
{
    qint64 id = 0;
    QDateTime time;
    QString peer;
    QByteArray method;
    QByteArray target; // the request target, credentials in its query masked
    QString provider;  // the provider it was read as, or empty
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; // what the receiver answered
    WebhookVerdict verdict = WebhookVerdict::Refused;
    QString reason; // why it was refused or not stored
    // What each of its events did: {"kind": "status"|"inbound"|"template", "message_id", "status",
    // "result": "updated"|"recorded"|"duplicate"|"unmatched"|"new", "record": history row id}
    QJsonArray outcome;
    qint64 replayOf = 0; // a replay into the receiver: the request it replays
    // Forwarded to the person's own handler: where, what it answered (0: no answer) and when, or why not.
    QString forwardUrl;
    int forwardStatus = 0;
    qint64 forwardMs = 0;
    QString forwardError;

    // The headers and target of `request`-like parts with credentials masked: the values of headers whose
    // names speak of authorisation, cookies, keys, tokens or passwords (signature headers are kept: they
    // prove nothing without the secret), and likewise of the target's query items.
    static QList<std::pair<QByteArray, QByteArray>>
    maskHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers);
    static QByteArray maskTarget(const QByteArray &target);
};

// Which kept requests to list, newest first.
struct WebhookQuery
{
    QString provider;               // empty: all
    QList<WebhookVerdict> verdicts; // empty: all
    QString path;                   // the target starts with it; empty: all
    QString text;                   // in the body, target or reason; empty: all
    qint64 record = 0;              // only those whose events touched this history row; 0: all
};

// How many requests the inspector keeps, for how long, and in how many bytes of bodies: older ones, and the
// oldest past the count or the size, go.
struct WebhookRetention
{
    int maxCount = 10000;
    int maxAgeDays = 7;
    int maxMegabytes = 256;
};
