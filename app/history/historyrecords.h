// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the history keeps and how it is asked for, as HistoryStore reads and writes it.

#include "providers/events.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One message sent (or being sent), as the history keeps it. The request is stored with secrets masked.
struct HistoryRecord
{
    qint64 id = 0;
    QDateTime created;
    QString provider;
    QString account;
    QString sender;
    QString recipient;
    QString kind;
    QString messageId;
    DeliveryStatus state = DeliveryStatus::Sending;
    QString error;
    QString correlation; // custom_data / biz_opaque_callback_data, to match callbacks
    QByteArray request;  // the HTTP request as text, secrets masked
    QByteArray response;
    int httpStatus = 0;      // 0: no answer
    QByteArray responseHead; // the status line and the headers
    qint64 elapsedMs = 0;
    QString campaign; // the campaign the message is a row of, or empty
    qint64 campaignRow = 0;
    QString sentBy;  // who sent it: the name they gave in Preferences, or their OS account
    QString desktop; // the machine it was sent from (read; written as the sending process's host)
};

// A draft sent to a list, as the history keeps it: the draft (placeholders and all, no secrets), the list
// it was sent to, with which account, at what rate.
struct Campaign
{
    QString name;
    QDateTime created;
    QString provider;
    QString account;
    QString list;
    QJsonObject draft;
    double rate = 0; // messages a second; 0: as fast as the provider answers
};

// What became of a campaign's rows, from their latest messages: how many are in each state (the delivery
// states' names, and "queued" and "rate limited" for rows not sent yet), and the failures grouped by
// their error, most frequent first.
struct CampaignReport
{
    QHash<QString, int> states;
    QList<QPair<QString, int>> failures;
    int rows = 0;
};

// A customer's message with media, as the history keeps it.
struct ReceivedMedia
{
    QString provider;
    QString customer; // digits
    QString business;
    QDateTime time;
    QString type; // image, video, audio, document, sticker
    QString caption;
    QString mediaId;
    QString mediaUrl;
    QString mimeType;
    QString fileName;
};

// One message of a conversation with a customer: one the business sent (a history row), or one the
// customer sent.
struct ConversationMessage
{
    QDateTime time;
    bool fromCustomer = false;
    qint64 id = 0; // the history row, or the customer's message's row
    QString provider;
    QString messageId;
    QString kind;       // sent: its kind; the customer's: its type (text, image, interactive.button_reply, ...)
    QString text;       // the customer's text, chosen title or caption
    QString fileName;   // the customer's document's name
    QByteArray request; // sent: the request as recorded (secrets masked), whose body holds the message
    DeliveryStatus state = DeliveryStatus::Unknown; // sent
    QString error;                                  // sent
    QString answers; // the customer's: the id of the message it answers (a reply's context), or empty
};

// A customer the business has written to or heard from, and when last.
struct ConversationCustomer
{
    QString customer; // digits, or a business-scoped user id
    QDateTime last;
    int messages = 0;
};

// The head of a provider's answer, stored with its outcome.
struct ResponseHead
{
    int status = 0;
    QByteArray text; // "HTTP/1.1 200 OK\nContent-Type: application/json"
};

// A status event as stored, with whether it changed the record's state.
struct HistoryEvent
{
    QDateTime time;
    DeliveryStatus status = DeliveryStatus::Unknown;
    QString providerStatus;
    QString errorCode;
    QString description;
    bool applied = false;
};

// Which records to list, and in what order: filtering and sorting happen in SQL.
struct HistoryQuery
{
    enum class Sort
    {
        Time,
        Recipient,
        Kind,
        Provider,
        State,
        MessageId,
        Error,
        Campaign, // by campaign, then row
        SentBy
    };

    QString search;               // matched against recipient, message id, error and kind
    QList<DeliveryStatus> states; // empty: all
    QString provider;             // empty: all
    QString campaign;             // empty: all, in a campaign or not
    QDateTime from;               // invalid: no lower bound
    QDateTime to;                 // invalid: no upper bound
    Sort sort = Sort::Time;
    bool descending = true;
};
