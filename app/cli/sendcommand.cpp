// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountstore.h"
#include "common.h"
#include "lists/placeholders.h"
#include "message/recipients.h"
#include "providers/payload.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "settings/settings.h"
#include "transport/sender.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cli {

namespace {

// This file's messages, in the catalogue's "Cli" context (lupdate reads the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int printOutcome(const SendOutcome &outcome, Streams streams)
{
    int status = Ok;
    for (const MessageResult &result : outcome.results) {
        QString detail = result.messageId;
        if (!outcome.notRecorded.isEmpty()) {
            // Not reported as accepted: the history does not say so, so the id must be kept from here.
            streams.out << "unrecorded\t" << result.recipient << '\t' << result.messageId << '\n';
            streams.err << CliText::tr("wabench send: %1 answered \"%2\" for %3 (message id %4), but the history "
                                       "could not store it: %5. Keep this id.")
                               .arg(Delivery::name(result.status), result.recipient,
                                    result.messageId.isEmpty() ? CliText::tr("none") : result.messageId,
                                    outcome.notRecorded)
                        << Qt::endl;
            status = std::max(status, int(NotRecorded));
            continue;
        }
        if (result.status != DeliveryStatus::Accepted) {
            detail = result.errorCode.isEmpty() ? result.errorText
                                                : result.errorCode + QStringLiteral(": ") + result.errorText;
            if (detail.isEmpty())
                detail = outcome.reason;
            status = std::max(status, result.status == DeliveryStatus::Rejected ? int(Failure) : int(Unknown));
        }
        streams.out << Delivery::name(result.status) << '\t' << result.recipient << '\t' << detail << '\n';
    }
    streams.out.flush();
    return status;
}

int send(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption(
        {QStringLiteral("a"), QStringLiteral("account")},
        CliText::tr("The account to send with (name or id; see 'wabench accounts list')."), QStringLiteral("A"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        CliText::tr("Recipients, instead of the file's: numbers as people write them, separated by "
                    "commas; without a country code, the sender's country's. Repeat for more."),
        QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("The sender, instead of the file's or the account's."),
                                  QStringLiteral("S"));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        CliText::tr("Wait for the status callbacks (the webhook receiver runs meanwhile), printing "
                    "each as it arrives."));
    const QCommandLineOption until(QStringLiteral("until"),
                                   CliText::tr("With --wait: the state to wait for: sent, delivered "
                                               "(the default) or read."),
                                   QStringLiteral("STATE"), QStringLiteral("delivered"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CliText::tr("With --wait: give up after S seconds (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption csv(
        QStringLiteral("csv"),
        CliText::tr("Send to every row of a CSV or TSV list: a \"to\" column, and a column for "
                    "each {{name}} in the draft."),
        QStringLiteral("LIST"));
    const QCommandLineOption campaign(QStringLiteral("campaign"),
                                      CliText::tr("With --csv: the campaign's name; the same name again resumes it, "
                                                  "sending only the rows that never left."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  CliText::tr("With --csv: messages a second (default: the provider's, 80; 0: no "
                                              "limit)."),
                                  QStringLiteral("N"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         CliText::tr("With --csv: send the rows without errors, instead of nothing "
                                                     "when any row has one."));
    parser.addOptions({csv, campaign, rate, skipInvalid});
    parser.addOption(accountOption);
    parser.addOption(to);
    parser.addOption(from);
    parser.addOptions({wait, until, timeout});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CliText::tr("A draft, a message or a provider's request body; - reads standard input."));
    if (const int done = parse(
            parser, QStringLiteral("send"),
            CliText::tr("Sends a message with an account, records every message in the history, and prints one line\n"
                        "per message: its state, recipient, and the provider's message id or error.\n"
                        "Nothing is sent while the message has errors. A request is never sent twice.\n"
                        "Exit status: 0 all accepted, 1 any rejected, 2 nothing sent (bad input), 3 any unknown,\n"
                        "4 a provider's answer the history could not store (its message id is printed).\n"
                        "With --wait: 0 when every message reached the state, 1 on a failure, 3 on timeout."),
            arguments, streams);
        done >= 0)
        return done;
    const QStringList states = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")};
    if (!states.contains(parser.value(until))) {
        streams.err << CliText::tr("wabench send: --until is sent, delivered or read") << Qt::endl;
        return InputError;
    }
    bool timeoutOk = false;
    const int waitSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || waitSeconds <= 0) {
        streams.err << CliText::tr("wabench send: --timeout is a number of seconds") << Qt::endl;
        return InputError;
    }
    if (!parser.isSet(accountOption)) {
        streams.err << CliText::tr("wabench send: name the account with --account") << Qt::endl;
        return InputError;
    }
    const std::optional<QString> file = singleFile(parser, QStringLiteral("send"), streams);
    if (!file)
        return InputError;
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<AccountProfile> profile =
        CommandAccounts(settings.get()).store()->findByName(parser.value(accountOption));
    if (!profile) {
        streams.err << CliText::tr("wabench send: no account \"%1\"").arg(parser.value(accountOption)) << Qt::endl;
        return InputError;
    }
    const Provider *provider = Providers::find(profile->provider);
    const std::optional<Payload::Requests> requests = readRequests(*file, QString(), streams);
    if (!provider || !requests)
        return InputError;
    if (parser.isSet(csv)) {
        const QList<Draft> drafts = Payload::drafts(*requests);
        if (drafts.size() != 1 || parser.isSet(to) || parser.isSet(wait)) {
            streams.err << CliText::tr("wabench send: --csv sends one draft, to the list's recipients (no --to, "
                                       "no --wait)")
                        << Qt::endl;
            return InputError;
        }
        ListSend list{*file,
                      drafts.constFirst(),
                      *profile,
                      parser.value(csv),
                      parser.value(campaign),
                      parser.value(rate),
                      parser.isSet(skipInvalid)};
        if (parser.isSet(from))
            list.draft.sender = parser.value(from);
        return sendList(list, settings.get(), streams);
    }

    // The same session as the window's: its history, its accounts, its send policy, the template definitions it keeps.
    Workbench workbench({environment().database, environment().historyBusyTimeoutMs, secretStore(), settings.get(),
                         false, historyPassword()});
    if (!workbench.historyOpen()) {
        streams.err << "wabench send: " << workbench.historyError() << Qt::endl;
        return InputError;
    }

    // Every draft is checked before anything is sent.
    QList<Draft> drafts = Payload::drafts(*requests);
    for (Draft &draft : drafts) {
        draft.provider = provider->id();
        if (parser.isSet(from))
            draft.sender = parser.value(from);
        if (draft.sender.isEmpty())
            draft.sender = profile->defaultSender;
        if (parser.isSet(to)) {
            // As the To field reads them: "--to '+91 98765 43210, +1 650 253 0000'" is two recipients, and
            // "--to '(650) 253-0000'" a number of the sender's country.
            draft.recipients.clear();
            const QString region = Recipients::regionFor(draft.sender, QLocale());
            for (const QString &value : parser.values(to))
                draft.recipients += Recipients::read(value, region);
        }
        if (const QString reason = provider->unsupportedReason(draft.message); !reason.isEmpty()) {
            streams.err << *file << ": error: " << reason << Qt::endl;
            return InputError;
        }
        // Sent alone, a {{placeholder}} has no value (send --csv gives it one).
        Issues issues = Validator::validateDraft(draft, provider, &workbench.templates());
        IssueList::appendUnique(issues, Placeholders::unfilled(draft, nullptr));
        for (const Issue &issue : issues)
            streams.err << *file << ": " << issue.severityName() << ": " << issue.pointer << ": " << issue.message
                        << '\n';
        if (IssueList::errorCount(issues) > 0) {
            streams.err << CliText::tr("wabench send: nothing was sent: %1").arg(IssueList::summary(issues))
                        << Qt::endl;
            return InputError;
        }
    }
    streams.err.flush();

    // Secrets not stored are read from standard input (the Sandbox takes any).
    QObject::connect(&workbench, &Workbench::secretNeeded, &workbench,
                     [&](const AccountProfile &account, const AccountField &field) {
                         const std::optional<QString> value =
                             readSecret(CliText::tr("%1 of account \"%2\"").arg(field.label, account.name), streams);
                         if (!value || value->isEmpty())
                             streams.err << CliText::tr("wabench send: the %1 of account \"%2\" is not stored; give "
                                                        "it on standard input")
                                                .arg(field.label, account.name)
                                         << Qt::endl;
                         workbench.answerSecret(value);
                     });
    // The Sandbox account needs the Sandbox; --wait needs the receiver, named in the requests.
    const bool waiting = parser.isSet(wait);
    QStringList notes;
    QObject::connect(&workbench, &Workbench::servicesStarted, &workbench,
                     [&notes](const QStringList &started) { notes = started; });
    workbench.startServices({false, waiting, profile->provider == u"sandbox"});
    for (const QString &note : std::as_const(notes))
        streams.err << "wabench send: " << note << Qt::endl;

    int status = Ok;
    QHash<qint64, QString> pending; // accepted messages not yet at the state waited for
    const int goal = states.indexOf(parser.value(until));
    QObject::connect(&workbench, &Workbench::requestFinished, &workbench,
                     [&](const Provider *, const HttpRequest &, const SendOutcome &outcome) {
                         status = std::max(status, printOutcome(outcome, streams));
                         for (qsizetype i = 0; i < outcome.results.size(); ++i) {
                             if (outcome.results.at(i).status == DeliveryStatus::Accepted &&
                                 outcome.notRecorded.isEmpty())
                                 pending.insert(outcome.records.value(i), outcome.results.at(i).recipient);
                         }
                     });
    for (Draft &draft : drafts) {
        draft.account = profile->id;
        // What the window asks to confirm is said here before anything leaves: recipients outside their
        // 24-hour window.
        const Issues warnings = workbench.unconfirmedWarnings(draft, {});
        for (const Issue &issue : warnings)
            streams.err << *file << ": " << issue.severityName() << ": " << issue.pointer << ": " << issue.message
                        << '\n';
        streams.err.flush();
        workbench.confirm(warnings);
        QString abandoned;
        bool started = false;
        waitFor([&](std::function<void()> done) {
            QObject::connect(&workbench, &Workbench::sendFinished, &workbench, done, Qt::SingleShotConnection);
            QObject::connect(
                &workbench, &Workbench::sendAbandoned, &workbench,
                [&abandoned, done](const QString &reason) {
                    abandoned = reason;
                    done();
                },
                Qt::SingleShotConnection);
            started =
                workbench.send(draft, Validator::validateDraft(draft, provider, &workbench.templates()), &abandoned);
            if (!started)
                done();
        });
        if (!started || !abandoned.isEmpty()) {
            streams.err << "wabench send: " << abandoned << Qt::endl;
            return InputError;
        }
    }
    if (!waiting || pending.isEmpty())
        return status;

    // Each status as it arrives, until every accepted message is at the state asked for.
    static const QStringList order = {QStringLiteral("accepted"), QStringLiteral("sent"), QStringLiteral("delivered"),
                                      QStringLiteral("read"), QStringLiteral("played")};
    bool failed = false;
    waitFor([&](std::function<void()> done) {
        QObject::connect(
            workbench.services()->receiver(), &WebhookReceiver::statusReceived, &workbench,
            [&, done](const QString &, const CallbackEvent &event, HistoryStore::Applied applied, qint64 row) {
                if (!pending.contains(row) || applied == HistoryStore::Applied::Duplicate)
                    return;
                const std::optional<HistoryRecord> record = workbench.history()->record(row);
                streams.out << Delivery::name(event.status) << '\t' << pending.value(row) << '\t' << event.messageId;
                if (!event.errorCode.isEmpty() || !event.description.isEmpty())
                    streams.out << '\t' << event.errorCode << ' ' << event.description;
                streams.out << Qt::endl;
                if (record && record->state == DeliveryStatus::Failed) {
                    failed = true;
                    pending.remove(row);
                } else if (record && order.indexOf(Delivery::name(record->state)) >= goal + 1) {
                    pending.remove(row);
                }
                if (pending.isEmpty())
                    done();
            });
        QTimer::singleShot(waitSeconds * 1000, workbench.services()->receiver(), done);
    });
    if (!pending.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli",
                                                   "wabench send: %n message(s) did not reach \"%1\" within %2 s",
                                                   nullptr, int(pending.size()))
                           .arg(parser.value(until))
                           .arg(waitSeconds)
                    << Qt::endl;
        return Unknown;
    }
    return failed ? std::max(status, int(Failure)) : status;
}

} // namespace Cli
