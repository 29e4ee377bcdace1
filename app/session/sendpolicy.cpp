// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendpolicy.h"

#include "document/draftimport.h"
#include "history/historystore.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// This file's messages, in the catalogue's "SendPolicy" context (lupdate reads the macro).
struct SendPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(SendPolicy)
};

} // namespace

namespace SendPolicy {

QString blocker(const Draft &draft, const Issues &issues, const std::optional<AccountProfile> &account,
                const Circumstances &circumstances)
{
    if (!circumstances.historyOpen)
        return circumstances.historyError.isEmpty()
                   ? SendPolicyText::tr("The history is not open; nothing is sent without a record of it")
                   : circumstances.historyError;
    if (circumstances.sending)
        return SendPolicyText::tr("A send is under way");
    if (draft.message.isEmpty())
        return SendPolicyText::tr("Choose a message kind first");
    if (draft.recipients.isEmpty())
        return SendPolicyText::tr("Add a recipient first");
    if (const qsizetype errors = IssueList::errorCount(issues); errors > 0)
        return SendPolicyText::tr("Fix the %n error(s) first", nullptr, int(errors));
    if (!account)
        return SendPolicyText::tr("Add an account for this provider first (Message > Accounts)");
    return {};
}

std::optional<AccountProfile> accountFor(const Draft &draft, const QList<AccountProfile> &accounts)
{
    std::optional<AccountProfile> first;
    for (const AccountProfile &account : accounts) {
        if (account.provider != draft.provider)
            continue;
        if (account.id == draft.account || account.name == draft.account)
            return account;
        if (!first)
            first = account;
    }
    return first;
}

std::optional<AccountProfile> accountOf(const HistoryRecord &record, const QList<AccountProfile> &accounts)
{
    std::optional<AccountProfile> first;
    for (const AccountProfile &account : accounts) {
        if (account.provider != record.provider)
            continue;
        if (account.name == record.account)
            return account;
        if (!first)
            first = account;
    }
    return first;
}

Issues windowWarnings(const Draft &draft, const LastInbound &lastInbound, const QDateTime &now)
{
    Issues out;
    if (Kinds::of(draft.message) == u"template")
        return out;
    // The Sandbox plays its customers: each wrote an hour ago but scenario 902's, who never did.
    const Provider *provider = Providers::find(draft.provider);
    const bool played = provider && provider->offline();
    const QDateTime dayAgo = now.addSecs(-24 * 3600);
    for (qsizetype i = 0; i < draft.recipients.size(); ++i) {
        QDateTime last = lastInbound(draft.recipients.at(i));
        if (played) {
            if (const QDateTime wrote = Sandbox::customerLastWrote(draft.recipients.at(i), now);
                wrote.isValid() && (!last.isValid() || wrote > last))
                last = wrote;
        }
        if (last.isValid() && last >= dayAgo)
            continue;
        const QString when =
            last.isValid()
                ? SendPolicyText::tr("last wrote %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                : SendPolicyText::tr("no message from them has been received here");
        out.append(Issue::warning(QStringLiteral("/recipients/%1").arg(i),
                                  SendPolicyText::tr("%1 is outside the 24-hour window (%2): only a template reaches "
                                                     "them; a free-form message is refused (131047)")
                                      .arg(draft.recipients.at(i), when)));
    }
    return out;
}

QString confirmationKey(const Issue &issue)
{
    return issue.pointer + u'\x1f' + issue.message;
}

Issues unconfirmed(const Issues &issues, const QSet<QString> &confirmed)
{
    Issues out;
    for (const Issue &issue : issues) {
        if (!issue.isError() && !confirmed.contains(confirmationKey(issue)))
            out.append(issue);
    }
    return out;
}

std::optional<Draft> sendAgain(const HistoryRecord &record, QString *why)
{
    // The record keeps the request as text: its headers, a blank line, the body.
    const qsizetype blank = record.request.indexOf("\n\n");
    const DraftImport imported = DraftImport::fromJson(blank < 0 ? QByteArray() : record.request.mid(blank + 2));
    if (!imported.draft) {
        if (why)
            *why = SendPolicyText::tr("The recorded request was not read: %1").arg(imported.error);
        return std::nullopt;
    }
    Draft draft = *imported.draft;
    draft.provider = record.provider;
    draft.account = record.account;
    draft.recipients = {record.recipient};
    if (draft.sender.isEmpty())
        draft.sender = record.sender;
    return draft;
}

} // namespace SendPolicy
