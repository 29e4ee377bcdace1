// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "history/historyexport.h"
#include "history/historystore.h"

#include <QBuffer>
#include <QCoreApplication>
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
    const QCommandLineOption yes(QStringLiteral("yes"), CliText::tr("Confirm --erase-customer."));
    parser.addOptions({status, provider, since, search, limit, json, csv, erase, yes});
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

    if (parser.isSet(erase) && !parser.isSet(yes)) {
        streams.err << CliText::tr("wabench history: --erase-customer removes what cannot be brought back; add --yes "
                                   "to do it")
                    << Qt::endl;
        return InputError;
    }
    HistoryStore store;
    if (!openHistory(store, QStringLiteral("history"), streams))
        return InputError;
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
