// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "history/databaselocation.h"
#include "history/historyexport.h"
#include "history/historystore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Cli {

namespace {

// This file's messages, in the catalogue's "Cli" context (lupdate reads the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "2026-11-01", "2026-11-01T10:00:00Z", or a time back from now: "90m", "12h", "7d".
QDateTime parseSince(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([mhd])$"));
    if (const QRegularExpressionMatch match = relative.match(text.trimmed()); match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const qint64 unit = match.captured(2) == u"m" ? 60 : match.captured(2) == u"h" ? 3600 : 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-amount * unit);
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

// Copies the history `from` names into `store`, saying what it copied.
int importHistory(HistoryStore &store, const QString &from, Streams streams)
{
    QString why;
    std::optional<DatabaseLocation> location = DatabaseLocation::parse(from, &why);
    // A file that is not there is not made: a mistyped path would copy an empty history.
    if (location && location->kind() == DatabaseLocation::Kind::SQLite && !QFileInfo::exists(location->path()))
        why = CliText::tr("%1: there is no history there").arg(location->path());
    HistoryStore source;
    if (!why.isEmpty() || !source.open(*location, &why)) {
        streams.err << CliText::tr("wabench history: --import-from %1: %2")
                           .arg(location ? location->display() : QStringLiteral("\"%1\"").arg(from), why)
                    << Qt::endl;
        return InputError;
    }
    const std::optional<HistoryImport> copied = store.importHistory(source, &why);
    if (!copied) {
        streams.err << CliText::tr("wabench history: copying %1 into %2: %3")
                           .arg(source.location().display(), store.location().display(), why)
                    << Qt::endl;
        return Failure;
    }
    streams.out << CliText::tr("copied\tmessages %1\tevents %2\tcustomer's messages %3\twebhook requests %4\t"
                               "templates %5\tcampaigns %6")
                       .arg(copied->messages)
                       .arg(copied->events)
                       .arg(copied->inbound)
                       .arg(copied->webhooks)
                       .arg(copied->templates)
                       .arg(copied->campaigns)
                << Qt::endl;
    return Ok;
}

} // namespace

int history(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    CliText::tr("Only messages in state S (sending, accepted, rejected, unknown, sent, "
                                                "delivered, read, failed); comma-separated for several."),
                                    QStringLiteral("S"));
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::tr("Only messages sent through provider P."),
                                      QStringLiteral("P"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   CliText::tr("Only messages sent since T: a date, a date and time, or 90m, 12h, 7d."),
                                   QStringLiteral("T"));
    const QCommandLineOption search(
        QStringLiteral("search"), CliText::tr("Only messages whose recipient, message id, kind or error contain TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CliText::tr("At most N messages, newest first (default 50; 0: all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliText::tr("Print a JSON array, with requests (secrets masked), responses and events."));
    const QCommandLineOption csv(QStringLiteral("csv"), CliText::tr("Print CSV."));
    const QCommandLineOption erase(
        QStringLiteral("erase-customer"),
        CliText::tr("Remove everything the history holds about CUSTOMER (a number or a business-scoped user id): "
                    "messages to and from them, their statuses, the raw webhooks about them. Needs --yes."),
        QStringLiteral("CUSTOMER"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 CliText::tr("Confirm --erase-customer, --keep-days and --keep."));
    const QCommandLineOption importFrom(
        QStringLiteral("import-from"),
        CliText::tr("Copy everything in HISTORY (another history: this computer's file when the history in use is "
                    "a team workspace, or a database URL) into the history in use. Run again, it copies only what "
                    "is new."),
        QStringLiteral("HISTORY"));
    const QCommandLineOption keepDays(QStringLiteral("keep-days"),
                                      CliText::tr("Remove messages older than D days, with their statuses, and "
                                                  "customers' messages as old. Needs --yes."),
                                      QStringLiteral("D"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), CliText::tr("Remove all but the newest N messages, with their statuses. Needs --yes."),
        QStringLiteral("N"));
    parser.addOptions({status, provider, since, search, limit, json, csv, erase, yes, importFrom, keepDays, keep});
    if (const int done =
            parse(parser, QStringLiteral("history"),
                  CliText::tr("Lists the messages sent, newest first: time, recipient, kind, provider, state, "
                              "message id and error."),
                  arguments, streams);
        done >= 0)
        return done;
    HistoryQuery query;
    for (const QString &word : parser.value(status).split(u',', Qt::SkipEmptyParts)) {
        const DeliveryStatus state = Delivery::fromName(word.trimmed());
        if (Delivery::name(state) != word.trimmed()) {
            streams.err << CliText::tr("wabench history: --status \"%1\" is not a state: sending, accepted, sent, "
                                       "delivered, read, played, failed, rejected or unknown")
                               .arg(word.trimmed())
                        << Qt::endl;
            return InputError;
        }
        query.states << state;
    }
    query.provider = parser.value(provider);
    query.search = parser.value(search);
    if (parser.isSet(since)) {
        query.from = parseSince(parser.value(since));
        if (!query.from.isValid()) {
            streams.err << CliText::tr("wabench history: --since \"%1\" is not a date, a time or a span such as 12h")
                               .arg(parser.value(since))
                        << Qt::endl;
            return InputError;
        }
    }
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 0) {
        streams.err << CliText::tr("wabench history: --limit is a number") << Qt::endl;
        return InputError;
    }
    if (parser.isSet(json) && parser.isSet(csv)) {
        streams.err << CliText::tr("wabench history: --json or --csv, not both") << Qt::endl;
        return InputError;
    }

    for (const QCommandLineOption *removes : {&erase, &keepDays, &keep}) {
        if (parser.isSet(*removes) && !parser.isSet(yes)) {
            streams.err << CliText::tr("wabench history: --%1 removes what cannot be brought back; add --yes to do it")
                               .arg(removes->names().constFirst())
                        << Qt::endl;
            return InputError;
        }
    }
    HistoryRetention retention;
    for (const auto &[option, value] : {std::pair{&keepDays, &retention.days}, std::pair{&keep, &retention.count}}) {
        if (!parser.isSet(*option))
            continue;
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value <= 0) {
            streams.err << CliText::tr("wabench history: --%1 is a number above 0").arg(option->names().constFirst())
                        << Qt::endl;
            return InputError;
        }
    }
    HistoryStore store;
    if (!openHistory(store, QStringLiteral("history"), streams))
        return InputError;
    if (parser.isSet(importFrom))
        return importHistory(store, parser.value(importFrom), streams);
    if (!retention.keepsAll()) {
        QString why;
        const int removed = store.pruneMessages(retention, &why);
        if (removed < 0) {
            streams.err << CliText::tr("wabench history: %1").arg(why) << Qt::endl;
            return InputError;
        }
        streams.out << CliText::tr("removed	messages %1").arg(removed) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(erase)) {
        QString why;
        const std::optional<HistoryStore::Erased> erased = store.eraseCustomer(parser.value(erase), &why);
        if (!erased) {
            streams.err << CliText::tr("wabench history: %1").arg(why) << Qt::endl;
            return InputError;
        }
        streams.out << CliText::tr("erased\tmessages %1\tevents %2\tcustomer's messages %3\twebhook requests %4")
                           .arg(erased->messages)
                           .arg(erased->events)
                           .arg(erased->inbound)
                           .arg(erased->webhooks)
                    << Qt::endl;
        return Ok;
    }
    const qint64 most = count == 0 ? -1 : count;
    if (parser.isSet(json) || parser.isSet(csv)) {
        streams.out.flush();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HistoryExport::write(
            store, query, parser.isSet(json) ? HistoryExport::Format::Json : HistoryExport::Format::Csv, &buffer, most);
        streams.out << QString::fromUtf8(buffer.data());
        streams.out.flush();
        return Ok;
    }
    const QList<HistoryRecord> records = store.records(query, count == 0 ? std::numeric_limits<int>::max() : count, 0);
    for (const HistoryRecord &r : records) {
        const auto cell = [](const QString &value) { return value.isEmpty() ? QStringLiteral("-") : value; };
        streams.out << r.created.toUTC().toString(Qt::ISODate) << '\t' << cell(r.recipient) << '\t' << cell(r.kind)
                    << '\t' << r.provider << '\t' << Delivery::name(r.state) << '\t' << cell(r.messageId) << '\t'
                    << cell(r.error) << '\n';
    }
    if (records.isEmpty())
        streams.err << CliText::tr("No messages match.") << Qt::endl;
    streams.out.flush();
    return Ok;
}

} // namespace Cli
