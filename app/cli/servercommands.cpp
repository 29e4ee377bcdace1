// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that run a server until stopped: the Sandbox on its own, and the webhook receiver
// recording into the history.
#include "accounts/secretstore.h"
#include "common.h"
#include "history/historystore.h"
#include "net/httpserver.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "session/historysource.h"
#include "settings/settings.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookforwarder.h"
#include "webhooks/webhookreceiver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Cli {

namespace {

// This file's messages, in the catalogue's "Cli" context (lupdate reads the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int stopPipe[2] = {-1, -1};

// From here on, SIGINT and SIGTERM stop the server in order (a byte down a pipe, the only safe thing a
// handler does), even one that arrives before the event loop runs: called before the server says it is
// listening, since whoever reads that may stop it at once.
void catchStopSignals()
{
    if (stopPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, stopPipe) != 0)
        return;
    const auto stop = [](int) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(stopPipe[0], &byte, 1);
    };
    std::signal(SIGINT, stop);
    std::signal(SIGTERM, stop);
}

// Runs the event loop until SIGINT or SIGTERM.
void runUntilStopped()
{
    catchStopSignals();
    if (stopPipe[0] < 0)
        return;
    QEventLoop loop;
    QSocketNotifier notifier(stopPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&loop] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(stopPipe[1], &byte, 1);
        loop.quit();
    });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

std::optional<quint16> portOption(const QCommandLineParser &parser, const QCommandLineOption &option, quint16 fallback,
                                  const QString &command, Streams streams)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int port = parser.value(option).toInt(&ok);
    if (ok && port >= 0 && port < 65536)
        return quint16(port);
    streams.err << CliText::tr("wabench %1: --port is a number from 0 (any free port) to 65535").arg(command)
                << Qt::endl;
    return std::nullopt;
}

} // namespace

int sandbox(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"),
                                  CliText::tr("Listen on 127.0.0.1:N (default 8787; 0: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption delay(QStringLiteral("callback-delay-ms"),
                                   CliText::tr("Time between one status callback and the next (default 800)."),
                                   QStringLiteral("N"));
    const QCommandLineOption callback(
        QStringLiteral("callback-url"),
        CliText::tr("Where callbacks go when a request names none: URL/webhooks/<provider> "
                    "(default: the webhook receiver's local URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        CliText::tr("Messages a second each sending number may send; above it sends are refused with HTTP 429 "
                    "and the provider's code for it (Meta 130429), as a provider's throughput limit does "
                    "(default: no limit)."),
        QStringLiteral("N"));
    const QCommandLineOption noCallbacks(QStringLiteral("no-callbacks"),
                                         CliText::tr("Answer sends without calling back with their statuses."));
    parser.addOptions({port, delay, callback, rateLimit, noCallbacks});
    if (const int done =
            parse(parser, QStringLiteral("sandbox"),
                  CliText::tr("Runs the offline Sandbox until stopped (Ctrl+C): a simulated provider that speaks "
                              "the Exotel, Kaleyra, Telnyx and Meta APIs on this machine and calls back with "
                              "statuses. Prints its keys, its scenarios, and a line for each request (provider, "
                              "HTTP status, the recipients a send named and the message id each was given, "
                              "tab-separated, lists comma-separated, - for none) and each callback."),
                  arguments, streams);
        done >= 0)
        return done;
    const std::unique_ptr<QSettings> settings = openSettings();
    const Settings preferences(settings.get());
    const std::optional<quint16> listenOn =
        portOption(parser, port, preferences.sandboxPort(), QStringLiteral("sandbox"), streams);
    if (!listenOn)
        return InputError;
    double limit = 0;
    if (parser.isSet(rateLimit)) {
        bool ok = false;
        limit = parser.value(rateLimit).toDouble(&ok);
        if (!ok || limit < 0) {
            streams.err << CliText::tr("wabench sandbox: --rate-limit is a number of messages a second") << Qt::endl;
            return InputError;
        }
    }
    Sandbox server;
    server.setRateLimit(limit);
    server.setCallbacksEnabled(!parser.isSet(noCallbacks));
    QString error;
    if (!server.start(*listenOn, &error)) {
        streams.err << "wabench sandbox: " << error << Qt::endl;
        return Failure;
    }
    server.setCallbackDelay(parser.isSet(delay) ? parser.value(delay).toInt() : preferences.callbackDelayMs());
    server.setCallbackBase(parser.isSet(callback)
                               ? parser.value(callback)
                               : QStringLiteral("http://127.0.0.1:%1").arg(preferences.receiverPort()));
    catchStopSignals();
    streams.out << CliText::tr("Sandbox listening at %1").arg(server.baseUrl()) << "\n\n"
                << QString::fromUtf8(server.describe()) << Qt::endl;
    // One line per request: what a test or a person counts to know exactly what the Sandbox received.
    QObject::connect(&server, &Sandbox::requestAnswered,
                     [streams](const QString &provider, int status, const QString &, const QStringList &recipients,
                               const QStringList &ids) {
                         const auto list = [](const QStringList &items) {
                             QStringList shown = items;
                             for (QString &item : shown) {
                                 if (item.isEmpty())
                                     item = QStringLiteral("-");
                             }
                             return shown.isEmpty() ? QStringLiteral("-") : shown.join(u',');
                         };
                         streams.out << "request\t" << (provider.isEmpty() ? QStringLiteral("-") : provider) << '\t'
                                     << status << '\t' << list(recipients) << '\t' << list(ids) << Qt::endl;
                     });
    QObject::connect(&server, &Sandbox::callbackDelivered,
                     [streams](const QString &provider, const QString &url, int status) {
                         streams.out << "callback\t" << provider << '\t' << url << '\t' << status << Qt::endl;
                     });
    runUntilStopped();
    return Ok;
}

namespace {

// "127.0.0.1:8788", "0.0.0.0:8788", "[::1]:8788": the address and port, or nothing.
std::optional<std::pair<QHostAddress, quint16>> hostAndPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    const QHostAddress address(host);
    if (!ok || port < 0 || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair(address, quint16(port));
}

// WABENCH_META_APP_SECRET for Meta's app_secret: where `receive` finds a secret key without a keychain.
QString environmentName(const QString &provider, const QString &key)
{
    return (QStringLiteral("WABENCH_") + provider + u'_' + key).toUpper();
}

} // namespace

int receive(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"),
                                  CliText::tr("Listen on 127.0.0.1:N (default 8788; 0: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        CliText::tr("Listen on ADDRESS:PORT instead, for example 0.0.0.0:8788 on a server or [::1]:8788."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption proxy(
        QStringLiteral("trusted-proxy"),
        CliText::tr("A reverse proxy or tunnel in front of the receiver (repeatable): its address is exempt from the "
                    "per-address connection limit. Default: the setting webhooks/trusted_proxies."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption perAddress(
        QStringLiteral("connections-per-address"),
        CliText::tr("Connections one address other than loopback and trusted proxies may hold at once (default %1).")
            .arg(Settings::DefaultConnectionsPerAddress),
        QStringLiteral("N"));
    const QCommandLineOption keysFromInput(
        QStringLiteral("keys-from-stdin"),
        CliText::tr("Read the secret keys that check callbacks (Meta's app secret) from standard input, one line "
                    "each, when neither the keychain nor the environment has them."));
    const QCommandLineOption forwardTo(
        QStringLiteral("forward-to"),
        CliText::tr("Pass every callback the receiver accepts on to URL (your own handler, http or https), byte for "
                    "byte with its headers, once, after it is recorded; the handler's answer and time are printed "
                    "and kept beside the request. A handler that is down or slow never holds the receiver up. "
                    "Default: the window's setting, if any."),
        QStringLiteral("URL"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        CliText::tr("The https URL providers reach this receiver at (through your TLS proxy). On a team workspace it "
                    "is kept there: every desktop then names it as the callback URL of what it sends, and its own "
                    "receiver takes its Sandbox's callbacks alone."),
        QStringLiteral("URL"));
    parser.addOptions({port, listen, proxy, perAddress, keysFromInput, forwardTo, publicUrl});
    if (const int done = parse(
            parser, QStringLiteral("receive"),
            CliText::tr("Runs the webhook receiver until stopped (Ctrl+C), recording every status and inbound callback "
                        "into the history, and printing a line for each. Callbacks are checked with the keys set in "
                        "Preferences: Telnyx's public key from the settings, Meta's app secret from the keychain, or "
                        "else from the environment variable %1 or (with --keys-from-stdin) standard input; never from "
                        "an argument.")
                .arg(environmentName(QStringLiteral("meta"), QStringLiteral("app_secret"))),
            arguments, streams);
        done >= 0)
        return done;
    const std::unique_ptr<QSettings> settings = openSettings();
    const Settings preferences(settings.get());
    std::optional<quint16> listenOn =
        portOption(parser, port, preferences.receiverPort(), QStringLiteral("receive"), streams);
    if (!listenOn)
        return InputError;
    QHostAddress address(QHostAddress::LocalHost);
    if (parser.isSet(listen)) {
        const auto parsed = hostAndPort(parser.value(listen));
        if (!parsed) {
            streams.err << CliText::tr("wabench receive: --listen takes ADDRESS:PORT, for example 127.0.0.1:8788, "
                                       "0.0.0.0:8788 or [::1]:8788; not \"%1\"")
                               .arg(parser.value(listen))
                        << Qt::endl;
            return InputError;
        }
        std::tie(address, *listenOn) = *parsed;
    }
    // This run's limits, over the settings' (which are not written).
    int connectionsPerAddress = 0;
    if (parser.isSet(perAddress)) {
        bool ok = false;
        connectionsPerAddress = parser.value(perAddress).toInt(&ok);
        if (!ok || connectionsPerAddress < 1) {
            streams.err << CliText::tr("wabench receive: --connections-per-address is a number from 1") << Qt::endl;
            return InputError;
        }
    }
    QList<QHostAddress> proxies;
    for (const QString &value : parser.values(proxy)) {
        proxies.append(QHostAddress(value));
        if (proxies.constLast().isNull()) {
            streams.err << CliText::tr("wabench receive: --trusted-proxy takes an IP address; not \"%1\"").arg(value)
                        << Qt::endl;
            return InputError;
        }
    }
    const QString announced = parser.value(publicUrl).trimmed(); // (empty: as the settings say)
    if (!announced.isEmpty()) {
        const QUrl parsed(announced, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || Urls::hasUserInfo(parsed) ||
            (parsed.scheme() != u"https" &&
             !(parsed.scheme() == u"http" && QHostAddress(parsed.host()).isLoopback()))) {
            streams.err << CliText::tr("wabench receive: --public-url takes an https URL without credentials, for "
                                       "example https://hooks.example.com; not \"%1\"")
                               .arg(Urls::masked(announced))
                        << Qt::endl;
            return InputError;
        }
    }
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("receive"), streams))
        return InputError;
    if (!announced.isEmpty() && history.postgres()) {
        if (QString why; !history.setWorkspaceSetting(QLatin1String(WorkspaceSettings::ReceiverUrl), announced, &why)) {
            streams.err << CliText::tr("wabench receive: the team workspace did not keep --public-url: %1").arg(why)
                        << Qt::endl;
            return Failure;
        }
    }
    // The history's retention (on a workspace, its rule), now and every hour.
    HistorySource::keepPruned(&history, settings.get(), &history, [streams](const QString &why) {
        streams.err << CliText::tr("wabench receive: old messages were not removed yet: %1").arg(why) << Qt::endl;
    });
    LocalServices services(&history);
    QStringList notes;
    LocalServices::Ports ports{false, false, true, *listenOn};
    ports.receiverAddress = address;
    services.start(settings.get(), ports, &notes);
    if (!announced.isEmpty())
        services.receiver()->setPublicUrl(announced);
    HttpLimits limits = services.receiver()->server()->limits();
    if (connectionsPerAddress > 0)
        limits.maxConnectionsPerAddress = connectionsPerAddress;
    if (!proxies.isEmpty())
        limits.proxies = proxies;
    services.receiver()->server()->setLimits(limits);
    if (!notes.isEmpty()) { // the port asked for is not to be had: say so rather than listen elsewhere
        streams.err << "wabench receive: " << notes.join(u' ') << Qt::endl;
        return Failure;
    }
    // The keys that check providers' signatures, the secret ones from the keychain (when there is one),
    // in place before the first callback is read.
    waitFor([&](std::function<void()> done) {
        QObject::connect(&services, &LocalServices::callbackSecretsRead, &services, done);
        services.readCallbackSecrets(secretStore());
    });
    // What the keychain does not have: from the environment, or standard input when asked.
    for (const Provider *provider : Providers::all()) {
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            if (!field.secret || provider->offline())
                continue;
            const QString name = environmentName(provider->id(), field.key);
            // As a service: systemd's credential (wabench-meta-app_secret), never a file in plain text.
            const std::optional<QString> credential =
                HistorySource::serviceCredential(QStringLiteral("wabench-%1-%2").arg(provider->id(), field.key));
            QByteArray value =
                credential ? credential->toUtf8().trimmed() : qgetenv(name.toLatin1().constData()).trimmed();
            if (value.isEmpty() && parser.isSet(keysFromInput) &&
                services.callbackField(provider->id(), field.key).isEmpty()) {
                if (const std::optional<QString> line = readSecret(field.label, streams))
                    value = line->toUtf8();
            }
            if (!value.isEmpty())
                services.setCallbackSecret(provider->id(), field.key, value);
        }
    }
    if (!address.isLoopback())
        streams.err << CliText::tr("wabench receive: listening beyond this machine, on %1: anyone who can reach "
                                   "this address can post callbacks to it.")
                           .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(services.receiver()->port())
                                    : QStringLiteral("%1:%2").arg(address.toString()).arg(services.receiver()->port()))
                    << Qt::endl;
    if (const QString warning = services.unsignedWarning(); !warning.isEmpty())
        streams.err << "wabench receive: " << warning << Qt::endl;
    WebhookReceiver &receiver = *services.receiver();
    if (parser.isSet(forwardTo)) {
        if (QString why; !receiver.forwarder()->setTarget(parser.value(forwardTo), &why)) {
            streams.err << CliText::tr("wabench receive: --forward-to: %1").arg(why) << Qt::endl;
            return InputError;
        }
    }
    catchStopSignals();
    streams.out << CliText::tr("Receiving callbacks at %1/webhooks/<provider>").arg(receiver.localUrl()) << Qt::endl;
    if (!receiver.publicUrl().isEmpty())
        streams.out << CliText::tr("Providers call back %1/webhooks/<provider>").arg(Urls::masked(receiver.publicUrl()))
                    << Qt::endl;
    if (!receiver.forwarder()->target().isEmpty())
        streams.out
            << CliText::tr("Forwarding accepted callbacks to %1").arg(Urls::shown(receiver.forwarder()->target()))
            << Qt::endl;
    QObject::connect(receiver.forwarder(), &WebhookForwarder::forwarded,
                     [streams](qint64 request, int status, qint64 elapsedMs, const QString &error) {
                         if (error.isEmpty())
                             streams.out << "forwarded	" << request << '\t' << status << '\t' << elapsedMs << " ms"
                                         << Qt::endl;
                         else
                             streams.err << "not forwarded	" << request << '\t' << error << Qt::endl;
                     });
    QObject::connect(
        &receiver, &WebhookReceiver::statusReceived,
        [streams](const QString &provider, const CallbackEvent &event, HistoryStore::Applied applied, qint64) {
            static const char *words[] = {"applied", "recorded", "duplicate", "unmatched", "failed"};
            streams.out << "status\t" << provider << '\t' << event.messageId << '\t' << Delivery::name(event.status)
                        << '\t' << words[int(applied)] << Qt::endl;
        });
    QObject::connect(
        &receiver, &WebhookReceiver::inboundReceived, [streams](const QString &provider, const CallbackEvent &event) {
            streams.out << "inbound\t" << provider << '\t' << event.from << '\t' << event.inboundText << Qt::endl;
        });
    QObject::connect(&receiver, &WebhookReceiver::rejected,
                     [streams](const QString &provider, int status, const QString &why) {
                         streams.err << "refused\t" << provider << '\t' << status << '\t' << why << Qt::endl;
                     });
    runUntilStopped();
    return Ok;
}

} // namespace Cli
