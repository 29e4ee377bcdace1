// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonescene.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class TemplateLibrary;

// A conversation with one customer as their phone shows it: the business's messages as incoming bubbles,
// each laid out as the phone preview lays one out (PhoneLayout), with its state in Wabench's record under
// it; the customer's own messages as outgoing bubbles on the right, a reply quoting the message it answers;
// a chip for each day; and the 24-hour window at the foot, open until when or closed since when.
namespace PhoneConversation {

struct Message
{
    QDateTime time;
    bool fromCustomer = false;
    QString messageId;
    QJsonObject message; // the business's: Meta's message object (empty: `text` says what it was)
    QString text;        // the customer's words or choice, or what a business message was that cannot be drawn
    QString kind;        // the customer's: text, image, interactive.button_reply, ...
    QString fileName;    // the customer's document
    QString state;       // the business's: its state in words, shown under it
    bool failed = false;
    QString answers; // the customer's: the id of the message it answers
    qint64 id = 0;   // its row: the part's pointer is "sent/ID" or "received/ID"
};

struct Options
{
    bool dark = false;
    qreal width = 0; // 0: the phone's default
    QString business = QStringLiteral("Business");
    QDateTime now;
    QDateTime lastInbound; // when the customer last wrote (invalid: never)
    const TemplateLibrary *templates = nullptr;
};

PhoneScene build(const QList<Message> &messages, const Options &options);
// The 24-hour window in words: "open until 14:02 tomorrow", "closed since 2 December 10:15", or never opened.
QString windowText(const QDateTime &lastInbound, const QDateTime &now);
bool windowOpen(const QDateTime &lastInbound, const QDateTime &now);

} // namespace PhoneConversation
