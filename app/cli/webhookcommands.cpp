// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook tools on the command line: `trigger` (a realistic callback on demand), `replay` (a kept
// request again, into the receiver or to a URL) and `webhooks` (the requests the receiver kept).
#include "cli.h"
#include "common.h"

#include "history/historystore.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "settings/settings.h"
#include "webhooks/callbackpost.h"
#include "webhooks/callbacktrigger.h"
#include "webhooks/localservices.h"
#include "webhooks/triggerkeys.h"
#include "webhooks/webhookreceiver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --to URL, or the receiver's own address for `provider`'s callbacks.
std::optional<QUrl> targetOf(const QCommandLineParser &parser, const QCommandLineOption &to, const QString &provider,
                             QSettings *settings, const QString &command, Streams streams)
{
    QUrl url;
    if (!parser.isSet(to))
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Settings(settings).receiverPort()) +
                    WebhookReceiver::path(provider));
    if (QString why; !Urls::postTarget(parser.value(to), &url, &why)) {
        streams.err << QStringLiteral("wabench %1: --to: %2").arg(command, why) << Qt::endl;
        return std::nullopt;
    }
    return url;
}

// Posts and prints the answer: "STATUS\tMS ms" and its body, or "no answer\tWHY".
int postAndPrint(const QUrl &url, const QList<HttpRequest::Header> &headers, const QByteArray &body, Streams streams)
{
    QNetworkAccessManager network;
    CallbackPost::Result result;
    waitFor([&](std::function<void()> done) {
        CallbackPost::post(&network, url, headers, body, &network, [&result, done](const CallbackPost::Result &answer) {
            result = answer;
            done();
        });
    });
    if (result.status == 0) {
        streams.out << CliText::tr("no answer") << '\t' << Urls::shown(url) << '\t' << result.error << Qt::endl;
        return Failure;
    }
    streams.out << result.status << '\t' << Urls::shown(url) << '\t' << result.elapsedMs << " ms" << Qt::endl;
    if (!result.body.isEmpty())
        streams.out << QString::fromUtf8(result.body.left(4096)).trimmed() << Qt::endl;
    return result.status >= 200 && result.status < 300 ? Ok : Failure;
}

TriggerKeys::Key keyFor(const Provider &provider, QSettings *settings)
{
    TriggerKeys::Key key;
    waitFor([&](std::function<void()> done) {
        TriggerKeys::signingKey(provider, secretStore(), settings, [&key, done](const TriggerKeys::Key &found) {
            key = found;
            done();
        });
    });
    return key;
}

void printEvents(const Provider &provider, Streams streams)
{
    for (const CallbackTrigger::Event &event : CallbackTrigger::events()) {
        const QString why = CallbackTrigger::unsupported(provider, event);
        streams.out << event.name.leftJustified(18) << (why.isEmpty() ? event.summary : CliText::tr("(%1)").arg(why))
                    << Qt::endl;
    }
    streams.out << CliText::tr("Failure codes (--error): %1").arg(provider.failureCodes().join(QStringLiteral(", ")))
                << Qt::endl;
}

} // namespace

int trigger(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                CliText::tr("Send it to URL (http or https) instead of Wabench's own receiver."),
                                QStringLiteral("URL"));
    const QCommandLineOption messageId(
        QStringLiteral("message-id"),
        CliText::tr("A status: the message it is about (default: a new id). A customer's message: the message it "
                    "answers. A template's review: the template's id."),
        QStringLiteral("ID"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"),
        CliText::tr("A status: who the message went to. A customer's message: who writes. Default +919876543210."),
        QStringLiteral("N"));
    const QCommandLineOption error(QStringLiteral("error"),
                                   CliText::tr("With failed: the failure code (any the provider's error tables know)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  CliText::tr("A customer's text, button or row title, or caption; a template's name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  CliText::tr("List the events and failure codes PROVIDER can send, and exit."));
    const QCommandLineOption show(QStringLiteral("print"), CliText::tr("Print the request instead of sending it."));
    parser.addOptions({to, messageId, recipient, error, text, list, show});
    parser.addPositionalArgument(QStringLiteral("PROVIDER"), CliText::tr("exotel, kaleyra, telnyx, meta or sandbox"));
    parser.addPositionalArgument(QStringLiteral("EVENT"),
                                 CliText::tr("sent, delivered, read, failed, text, button, button-reply, list-reply, "
                                             "image, video, audio, document, template-approved, template-rejected, "
                                             "template-paused, template-disabled"));
    if (const int done = parse(parser, QStringLiteral("trigger"),
                               CliText::tr("Sends a realistic callback in PROVIDER's own format, signed as it signs: "
                                           "with your Meta app secret, or for Telnyx with Wabench's test key, whose "
                                           "public key it prints for your handler to trust. To Wabench's receiver "
                                           "unless --to says otherwise."),
                               arguments, streams);
        done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    const Provider *provider = Providers::find(positional.value(0));
    if (!provider) {
        streams.err << CliText::tr("wabench trigger: name a provider: exotel, kaleyra, telnyx, meta or sandbox")
                    << Qt::endl;
        return InputError;
    }
    if (parser.isSet(list)) {
        printEvents(*provider, streams);
        return Ok;
    }
    if (positional.size() != 2) {
        streams.err << CliText::tr("wabench trigger: name a provider and an event (--list shows the events)")
                    << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<QUrl> url =
        targetOf(parser, to, provider->id(), settings.get(), QStringLiteral("trigger"), streams);
    if (!url)
        return InputError;
    CallbackTrigger::Options options;
    options.messageId = parser.value(messageId);
    options.recipient = parser.value(recipient);
    options.errorCode = parser.value(error);
    options.text = parser.value(text);
    const TriggerKeys::Key key = keyFor(*provider, settings.get());
    if (!key.error.isEmpty()) {
        streams.err << QStringLiteral("wabench trigger: ") << key.error << Qt::endl;
        return Failure;
    }
    const CallbackTrigger::Built built = CallbackTrigger::build(*provider, positional.at(1), options, key.signing);
    if (!built.error.isEmpty()) {
        streams.err << QStringLiteral("wabench trigger: ") << built.error << Qt::endl;
        return InputError;
    }
    streams.err << built.summary << Qt::endl << key.note << Qt::endl;
    if (parser.isSet(show)) {
        streams.out << "POST " << Urls::shown(*url) << Qt::endl;
        for (const auto &[name, value] : built.headers)
            streams.out << name << ": " << value << Qt::endl;
        streams.out << Qt::endl << built.body << Qt::endl;
        return Ok;
    }
    return postAndPrint(*url, built.headers, built.body, streams);
}

int replay(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"),
        CliText::tr("Send it to URL (your own handler, http or https) with its original headers, instead of into "
                    "Wabench's receiver."),
        QStringLiteral("URL"));
    const QCommandLineOption resign(
        QStringLiteral("resign"),
        CliText::tr("With --to: sign it anew with your Meta app secret (a Telnyx signature only Telnyx can make, "
                    "and goes as it came)."));
    parser.addOptions({to, resign});
    parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("A request the receiver kept (wabench webhooks)."));
    if (const int done = parse(parser, QStringLiteral("replay"),
                               CliText::tr("Sends a request the receiver kept again: into Wabench's receiver, where it "
                                           "is applied again on purpose past the duplicate and replay checks and "
                                           "recorded as a replay, or to your own handler with --to."),
                               arguments, streams);
        done >= 0)
        return done;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0) {
        streams.err << CliText::tr("wabench replay: give the id of one kept request (wabench webhooks lists them)")
                    << Qt::endl;
        return InputError;
    }
    if (parser.isSet(resign) && !parser.isSet(to)) {
        streams.err << CliText::tr("wabench replay: --resign goes with --to") << Qt::endl;
        return InputError;
    }
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("replay"), streams))
        return InputError;
    const std::optional<WebhookRecord> original = history.webhook(id);
    if (!original) {
        streams.err << CliText::tr("wabench replay: the receiver kept no request %1").arg(id) << Qt::endl;
        return InputError;
    }
    if (original->method != "POST") {
        streams.err << CliText::tr("wabench replay: request %1 is a %2, not a callback")
                           .arg(id)
                           .arg(QString::fromLatin1(original->method))
                    << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    const Provider *provider = Providers::find(original->provider);
    if (parser.isSet(to)) {
        const std::optional<QUrl> url =
            targetOf(parser, to, original->provider, settings.get(), QStringLiteral("replay"), streams);
        if (!url)
            return InputError;
        QList<HttpRequest::Header> headers = original->headers;
        if (parser.isSet(resign)) {
            if (!provider || !TriggerKeys::sharedSecret(*provider)) {
                streams.err << CliText::tr("wabench replay: %1's signature can be made only by %1; replay it "
                                           "without --resign to send it with the signature it came with")
                                   .arg(provider ? provider->displayName() : original->provider)
                            << Qt::endl;
                return InputError;
            }
            const TriggerKeys::Key key = keyFor(*provider, settings.get());
            if (key.signing.isEmpty()) {
                streams.err << QStringLiteral("wabench replay: ") << (key.error.isEmpty() ? key.note : key.error)
                            << Qt::endl;
                return Failure;
            }
            headers = CallbackTrigger::resigned(*provider, headers, original->body, key.signing);
        }
        return postAndPrint(*url, headers, original->body, streams);
    }
    // Into the receiver, in this process, with the keys it checks signatures with.
    LocalServices services(&history);
    services.reloadSettings(settings.get());
    waitFor([&](std::function<void()> done) {
        QObject::connect(&services, &LocalServices::callbackSecretsRead, &services, done);
        services.readCallbackSecrets(secretStore());
    });
    WebhookRecord replayed;
    waitFor([&](std::function<void()> done) {
        QObject::connect(services.receiver(), &WebhookReceiver::replayed, &services,
                         [&replayed, done](qint64, const WebhookRecord &record) {
                             replayed = record;
                             done();
                         });
        services.receiver()->replay(*original);
    });
    streams.out << CliText::tr("replayed") << '\t' << replayed.id << '\t' << WebhookVerdicts::name(replayed.verdict)
                << '\t' << replayed.reason << Qt::endl;
    for (const QJsonValue &outcome : std::as_const(replayed.outcome))
        streams.out << QJsonDocument(outcome.toObject()).toJson(QJsonDocument::Compact) << Qt::endl;
    return replayed.verdict == WebhookVerdict::Refused || replayed.verdict == WebhookVerdict::NotStored ? Failure : Ok;
}

int webhooks(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::tr("Only provider P's."),
                                      QStringLiteral("P"));
    const QCommandLineOption verdict(
        QStringLiteral("verdict"),
        CliText::tr("Only those with verdict V (applied, duplicate, unmatched, refused, not-stored, check); "
                    "comma-separated for several."),
        QStringLiteral("V"));
    const QCommandLineOption path(QStringLiteral("path"), CliText::tr("Only those whose path starts with PATH."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption text(QStringLiteral("search"),
                                  CliText::tr("Only those whose body, path or reason contain TEXT."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), CliText::tr("At most N, newest first (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  CliText::tr("Print request ID whole: its headers, body and what it did."),
                                  QStringLiteral("ID"));
    parser.addOptions({provider, verdict, path, text, limit, show});
    if (const int done = parse(parser, QStringLiteral("webhooks"),
                               CliText::tr("Lists the requests the webhook receiver kept, newest first: id, time, "
                                           "provider, status, verdict, path and reason."),
                               arguments, streams);
        done >= 0)
        return done;
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("webhooks"), streams))
        return InputError;
    if (parser.isSet(show)) {
        const std::optional<WebhookRecord> record = history.webhook(parser.value(show).toLongLong());
        if (!record) {
            streams.err << CliText::tr("wabench webhooks: the receiver kept no request %1").arg(parser.value(show))
                        << Qt::endl;
            return InputError;
        }
        streams.out << record->method << ' ' << record->target << Qt::endl;
        for (const auto &[name, value] : record->headers)
            streams.out << name << ": " << value << Qt::endl;
        streams.out << Qt::endl << record->body << Qt::endl << Qt::endl;
        streams.out << record->status << '\t' << WebhookVerdicts::name(record->verdict) << '\t' << record->reason
                    << Qt::endl;
        if (record->replayOf != 0)
            streams.out << CliText::tr("a replay of %1").arg(record->replayOf) << Qt::endl;
        for (const QJsonValue &outcome : std::as_const(record->outcome))
            streams.out << QJsonDocument(outcome.toObject()).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    WebhookQuery query;
    query.provider = parser.value(provider);
    for (const QString &each : parser.value(verdict).split(u',', Qt::SkipEmptyParts)) {
        const QString name = each.trimmed().replace(u'-', u' ');
        const WebhookVerdict wanted = WebhookVerdicts::fromName(name);
        if (WebhookVerdicts::name(wanted) != name) {
            streams.err << CliText::tr("wabench webhooks: no verdict \"%1\"").arg(name) << Qt::endl;
            return InputError;
        }
        query.verdicts.append(wanted);
    }
    query.path = parser.value(path);
    query.text = parser.value(text);
    const QList<WebhookRecord> records =
        history.webhooks(query, qMax(1, parser.value(limit).toInt()), 0, HistoryStore::Bodies::Left);
    for (const WebhookRecord &record : records)
        streams.out << record.id << '\t' << record.time.toString(Qt::ISODate) << '\t' << record.provider << '\t'
                    << record.status << '\t' << WebhookVerdicts::name(record.verdict) << '\t' << record.target << '\t'
                    << record.reason << Qt::endl;
    return Ok;
}

} // namespace Cli
