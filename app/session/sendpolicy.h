// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "message/draft.h"
#include "message/issue.h"

#include <QDateTime>
#include <QSet>
#include <functional>
#include <optional>

struct HistoryRecord;

// What decides whether a send may go, as plain functions over values: the window and the command line
// ask the same questions through Workbench, and tests ask them without either.
namespace SendPolicy {

// What a send depends on besides the draft.
struct Circumstances
{
    bool historyOpen = true;
    QString historyError; // why the history is not open
    bool sending = false;
};

// Why `draft` cannot be sent now (with `account`, or without one), or an empty string when it can.
QString blocker(const Draft &draft, const Issues &issues, const std::optional<AccountProfile> &account,
                const Circumstances &circumstances);

// The account a draft is sent with: the draft's own when it is of the draft's provider, else that
// provider's first.
std::optional<AccountProfile> accountFor(const Draft &draft, const QList<AccountProfile> &accounts);
// The account a recorded message was sent with (by name), else the first of its provider.
std::optional<AccountProfile> accountOf(const HistoryRecord &record, const QList<AccountProfile> &accounts);

// When a customer last wrote to us, or an invalid time when never.
using LastInbound = std::function<QDateTime(const QString &customer)>;
// Outside the 24-hour customer service window only templates are delivered (Meta's 131047): a warning for
// each such recipient of a free-form message. The Sandbox plays its own scenarios and is not warned about.
Issues windowWarnings(const Draft &draft, const LastInbound &lastInbound, const QDateTime &now);

// A warning is confirmed once: the same words at the same place do not ask again.
QString confirmationKey(const Issue &issue);
// The warnings among `issues` not confirmed yet.
Issues unconfirmed(const Issues &issues, const QSet<QString> &confirmed);

// The draft that sends a recorded message again, as a new message to the same recipient, or nothing and
// why when the recorded request cannot be read.
std::optional<Draft> sendAgain(const HistoryRecord &record, QString *why);

} // namespace SendPolicy
