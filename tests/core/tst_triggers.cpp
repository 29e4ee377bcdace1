// SPDX-License-Identifier: GPL-3.0-or-later
// Callbacks on demand and again: `trigger` makes every event each provider documents in its own format,
// signed as it signs, and every failure code its tables know; a replay into the receiver is applied again on
// purpose and recorded as one; a replay to a URL goes with its headers, or re-signed; and the command line's
// trigger, replay and webhooks do the same.
#include "accounts/secretstore.h"
#include "cli/cli.h"
#include "clirun.h"
#include "history/historystore.h"
#include "httpclient.h"
#include "loopbackserver.h"
#include "message/jsondocument.h"
#include "metacallbacks.h"
#include "net/signatures.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "webhooks/callbacktrigger.h"
#include "webhooks/triggerkeys.h"
#include "webhooks/webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliRun::Result;
using CliRun::run;

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray header(const QList<HttpRequest::Header> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestTriggers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString historyPath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    static qint64 sent(HistoryStore &history, const QString &provider, const QString &messageId)
    {
        HistoryRecord record;
        record.provider = provider;
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        const qint64 id = history.insertSending(record);
        history.recordOutcome(id, DeliveryStatus::Accepted, messageId, QString(), {}, 10);
        return id;
    }
    struct Receiving
    {
        HistoryStore history;
        std::unique_ptr<WebhookReceiver> receiver;
    };
    std::unique_ptr<Receiving> receiving(const QString &path)
    {
        auto made = std::make_unique<Receiving>();
        QString error;
        if (!made->history.open(path, &error))
            qFatal("%s", qPrintable(error));
        made->receiver = std::make_unique<WebhookReceiver>(&made->history);
        if (!made->receiver->start(0, &error))
            qFatal("%s", qPrintable(error));
        return made;
    }
    // The receiver's record of a replay of `original`.
    static WebhookRecord replayed(WebhookReceiver &receiver, const WebhookRecord &original)
    {
        QSignalSpy done(&receiver, &WebhookReceiver::replayed);
        receiver.replay(original);
        if (done.isEmpty() && !done.wait(10000))
            return {};
        return done.constFirst().at(1).value<WebhookRecord>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<WebhookRecord>();
        Cli::setEnvironment({settingsPath(), historyPath(), &m_secrets});
    }

    void everyEventReadsBackAsItsProviderMeansIt_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("event");
        for (const char *provider : {"meta", "kaleyra", "exotel", "telnyx", "sandbox"}) {
            for (const CallbackTrigger::Event &event : CallbackTrigger::events())
                QTest::addRow("%s %s", provider, qPrintable(event.name)) << QString::fromLatin1(provider) << event.name;
        }
    }
    void everyEventReadsBackAsItsProviderMeansIt()
    {
        QFETCH(QString, provider);
        QFETCH(QString, event);
        const Provider *adapter = Providers::find(provider);
        const CallbackTrigger::Event what = *CallbackTrigger::event(event);
        CallbackTrigger::Options options;
        options.messageId = QStringLiteral("wamid.ASKED");
        options.recipient = QStringLiteral("+919812345678");
        options.text = what.family == CallbackTrigger::Family::Template ? QStringLiteral("order_update")
                                                                        : QStringLiteral("Ça va ✓");
        const CallbackTrigger::Built built = CallbackTrigger::build(*adapter, event, options, {});
        const QString unsupported = CallbackTrigger::unsupported(*adapter, what);
        // What a provider does not document is refused, saying so, rather than made up.
        const bool documented =
            !(provider == u"telnyx" &&
              (event == u"button" || event.endsWith(u"-reply") || event == u"template-paused")) &&
            !((provider == u"exotel" || provider == u"kaleyra") && what.family == CallbackTrigger::Family::Template);
        QCOMPARE(unsupported.isEmpty(), documented);
        if (!documented) {
            QVERIFY2(built.error.contains(unsupported) && built.body.isEmpty(), qPrintable(built.error));
            return;
        }
        QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
        QCOMPARE(header(built.headers, "Content-Type"), QByteArray("application/json"));
        const QJsonObject body = objectOf(built.body);
        QVERIFY(adapter->takesCallback(body));
        const QList<CallbackEvent> events = adapter->parseCallback(body);
        switch (what.family) {
        case CallbackTrigger::Family::Status: {
            QCOMPARE(events.size(), 1);
            const CallbackEvent &status = events.constFirst();
            QCOMPARE(status.kind, CallbackEvent::Kind::Status);
            QCOMPARE(status.messageId, QStringLiteral("wamid.ASKED"));
            QCOMPARE(status.status, Delivery::fromName(what.value));
            QVERIFY2(status.recipient.endsWith(QStringLiteral("919812345678")), qPrintable(status.recipient));
            QCOMPARE(status.errorCode.isEmpty(), what.value != u"failed");
            break;
        }
        case CallbackTrigger::Family::Inbound: {
            QCOMPARE(events.size(), 1);
            const CallbackEvent &inbound = events.constFirst();
            QCOMPARE(inbound.kind, CallbackEvent::Kind::Inbound);
            QCOMPARE(inbound.messageId, built.messageId);
            QVERIFY(!inbound.messageId.isEmpty());
            QVERIFY2(inbound.from.endsWith(QStringLiteral("919812345678")), qPrintable(inbound.from));
            const QString expected =
                what.value.endsWith(u"_reply") ? QStringLiteral("interactive.") + what.value : what.value;
            QCOMPARE(inbound.inboundType, expected);
            const bool media = !(what.value == u"text" || what.value == u"button" || what.value.endsWith(u"_reply"));
            if (!media || (what.value != u"audio" && what.value != u"video" && what.value != u"document"))
                QCOMPARE(inbound.inboundText, QStringLiteral("Ça va ✓"));
            if (media) {
                QVERIFY(!inbound.mediaId.isEmpty() || !inbound.mediaUrl.isEmpty());
                QVERIFY(!inbound.mediaMimeType.isEmpty());
                // Kaleyra gives a link to fetch it beside Meta's id (which needs Meta's token).
                if (provider == u"kaleyra")
                    QCOMPARE(inbound.mediaUrl, QStringLiteral("https://media.example/wabench/") + inbound.mediaId);
            }
            // A reply names the message it answers, where the provider's webhook carries it.
            if (provider == u"meta" || provider == u"kaleyra" || provider == u"sandbox")
                QCOMPARE(inbound.correlation, QStringLiteral("wamid.ASKED"));
            break;
        }
        case CallbackTrigger::Family::Template: {
            QVERIFY(events.isEmpty());
            const QList<QJsonObject> account = adapter->accountEvents(body);
            QCOMPARE(account.size(), 1);
            const QJsonObject status = account.constFirst().value(QStringLiteral("template_status")).toObject();
            QCOMPARE(status.value(QStringLiteral("name")).toString(), QStringLiteral("order_update"));
            QCOMPARE(status.value(QStringLiteral("status")).toString(), what.value);
            QCOMPARE(status.value(QStringLiteral("id")).toVariant().toString(), QStringLiteral("wamid.ASKED"));
            break;
        }
        }
    }

    // A received body is shown indented as it was written: its keys in their order, its strings (escapes,
    // braces and all) byte for byte.
    void aBodyIsIndentedAsItWasWritten()
    {
        const QByteArray body = "{\"z\":1,\"a\":{\"s\":\"a \\\"{quoted}\\\" [x], y: \\u00e9\\/\"},\"e\":{},"
                                "\"l\":[ ],\"n\":[1,2.50e3,null]}";
        const QByteArray indented = JsonDocument::indentedAsWritten(body);
        QCOMPARE(indented, QByteArray("{\n    \"z\": 1,\n    \"a\": {\n        \"s\": \"a \\\"{quoted}\\\" [x], y: "
                                      "\\u00e9\\/\"\n    },\n    \"e\": {},\n    \"l\": [],\n    \"n\": [\n        1,\n"
                                      "        2.50e3,\n        null\n    ]\n}"));
        QCOMPARE(QJsonDocument::fromJson(indented), QJsonDocument::fromJson(body));
    }

    void everyFailureCodeOfTheTablesIsCarried()
    {
        for (const char *id : {"meta", "kaleyra", "exotel", "telnyx"}) {
            const Provider *provider = Providers::find(QLatin1String(id));
            const QStringList codes = provider->failureCodes();
            QVERIFY2(codes.size() >= 5, id);
            for (const QString &code : codes) {
                CallbackTrigger::Options options;
                options.messageId = QStringLiteral("m-1");
                options.errorCode = code;
                const CallbackTrigger::Built built =
                    CallbackTrigger::build(*provider, QStringLiteral("failed"), options, {});
                QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
                const QList<CallbackEvent> events = provider->parseCallback(objectOf(built.body));
                QCOMPARE(events.size(), 1);
                QCOMPARE(events.constFirst().status, DeliveryStatus::Failed);
                QCOMPARE(events.constFirst().errorCode, code);
                QVERIFY2(built.summary.contains(provider->describeCode(code)), qPrintable(built.summary));
            }
        }
        // Exotel's delivery reports carry its own codes with their detailed status.
        CallbackTrigger::Options options;
        options.errorCode = QStringLiteral("30018");
        const QJsonObject dlr = objectOf(
            CallbackTrigger::build(*Providers::find(QStringLiteral("exotel")), QStringLiteral("failed"), options, {})
                .body);
        QCOMPARE(dlr.value(QStringLiteral("whatsapp"))
                     .toObject()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("exo_detailed_status"))
                     .toString(),
                 QStringLiteral("EX_REENGAGEMENT_ERROR"));
        // A code no table has, and an error without "failed", are refused in words.
        options.errorCode = QStringLiteral("999999");
        const CallbackTrigger::Built unknown =
            CallbackTrigger::build(*Providers::find(QStringLiteral("meta")), QStringLiteral("failed"), options, {});
        QVERIFY2(unknown.error.contains(QStringLiteral("no failure code 999999")) &&
                     unknown.error.contains(QStringLiteral("131047")),
                 qPrintable(unknown.error));
        QVERIFY(CallbackTrigger::build(*Providers::find(QStringLiteral("meta")), QStringLiteral("read"), options, {})
                    .error.contains(QStringLiteral("\"failed\" only")));
        QVERIFY(CallbackTrigger::build(*Providers::find(QStringLiteral("meta")), QStringLiteral("opened"), {}, {})
                    .error.contains(QStringLiteral("template-approved")));
    }

    void triggeredCallbacksPassTheReceiversSignatureCheck()
    {
        auto r = receiving(m_dir.filePath(QStringLiteral("signed.sqlite")));
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        // Telnyx's test pair: made once, the signing half in the secret store, the public half in the settings.
        QSettings settings(m_dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        TriggerKeys::Key first;
        TriggerKeys::signingKey(*telnyx, &secrets, &settings, [&first](const TriggerKeys::Key &key) { first = key; });
        QTRY_VERIFY(!first.signing.isEmpty());
        QCOMPARE(settings.value(TriggerKeys::publicKeySetting(QStringLiteral("telnyx"))).toByteArray(),
                 first.verifying);
        QVERIFY2(first.note.contains(QString::fromLatin1(first.verifying)), qPrintable(first.note));
        TriggerKeys::Key again;
        TriggerKeys::signingKey(*telnyx, &secrets, &settings, [&again](const TriggerKeys::Key &key) { again = key; });
        QTRY_VERIFY(!again.signing.isEmpty());
        QCOMPARE(again.signing, first.signing); // kept, not made anew
        // Asked twice at once before any exists (a dialog's note and a Send): one pair, the same to both.
        QSettings fresh(m_dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
        MemorySecretStore empty;
        TriggerKeys::Key one;
        TriggerKeys::Key other;
        TriggerKeys::signingKey(*telnyx, &empty, &fresh, [&one](const TriggerKeys::Key &key) { one = key; });
        TriggerKeys::signingKey(*telnyx, &empty, &fresh, [&other](const TriggerKeys::Key &key) { other = key; });
        QTRY_VERIFY(!one.signing.isEmpty() && !other.signing.isEmpty());
        QCOMPARE(other.signing, one.signing);
        QCOMPARE(fresh.value(TriggerKeys::publicKeySetting(QStringLiteral("telnyx"))).toByteArray(), one.verifying);
        // Meta's: the person's app secret, or unsigned saying why.
        TriggerKeys::Key metaKey;
        TriggerKeys::signingKey(*meta, &secrets, &settings, [&metaKey](const TriggerKeys::Key &key) { metaKey = key; });
        QTRY_VERIFY(!metaKey.note.isEmpty());
        QVERIFY(metaKey.signing.isEmpty() && metaKey.note.contains(QStringLiteral("Unsigned")));
        secrets.write(QStringLiteral("webhooks/meta_app_secret"), QStringLiteral("app-secret"),
                      [](bool, const QString &) {});
        TriggerKeys::signingKey(*meta, &secrets, &settings, [&metaKey](const TriggerKeys::Key &key) { metaKey = key; });
        QTRY_COMPARE(metaKey.signing, QByteArray("app-secret"));

        const Provider::CallbackKeys someoneElse = telnyx->newCallbackKeys();
        WebhookReceiver::Keys keys{
            {{QStringLiteral("meta"), QByteArray("app-secret")}, {QStringLiteral("telnyx"), someoneElse.verifying}},
            {},
            {}};
        r->receiver->setKeys(keys);
        const auto postBuilt = [&](const QString &provider, const QByteArray &key) {
            const CallbackTrigger::Built built =
                CallbackTrigger::build(*Providers::find(provider), QStringLiteral("delivered"), {}, key);
            return TestHttp::postJson(m_network,
                                      QUrl(r->receiver->localUrl() + QStringLiteral("/webhooks/") + provider),
                                      built.body, built.headers);
        };
        QCOMPARE(postBuilt(QStringLiteral("meta"), "app-secret").status, 200);
        QCOMPARE(postBuilt(QStringLiteral("meta"), "another-secret").status, 401);
        // Wabench's test key passes only where it is trusted.
        QCOMPARE(postBuilt(QStringLiteral("telnyx"), first.signing).status, 401);
        keys.test.insert(QStringLiteral("telnyx"), first.verifying);
        r->receiver->setKeys(keys);
        QCOMPARE(postBuilt(QStringLiteral("telnyx"), first.signing).status, 200);
    }

    void aReplayIsAppliedAgainOnPurposeAndRecordedAsOne()
    {
        auto r = receiving(m_dir.filePath(QStringLiteral("replay.sqlite")));
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        const Provider::CallbackKeys keys = telnyx->newCallbackKeys();
        r->receiver->setKeys({{{QStringLiteral("telnyx"), keys.verifying}}, {}, {}});
        qint64 now = QDateTime::currentSecsSinceEpoch();
        r->receiver->setClock([&now] { return now; });
        // A status of a message the history does not know yet: kept, unmatched.
        CallbackTrigger::Options options;
        options.messageId = QStringLiteral("late-1");
        const CallbackTrigger::Built built =
            CallbackTrigger::build(*telnyx, QStringLiteral("delivered"), options, keys.signing);
        const QUrl url(r->receiver->localUrl() + QStringLiteral("/webhooks/telnyx"));
        QCOMPARE(TestHttp::postJson(m_network, url, built.body, built.headers).status, 200);
        // The same signature again is a replay, and refused.
        QCOMPARE(TestHttp::postJson(m_network, url, built.body, built.headers).status, 401);
        // (A refusal is answered at once, and kept with the next batch.)
        QTRY_COMPARE(r->history.webhooks({}, 10).size(), 2);
        const WebhookRecord original = r->history.webhooks({}, 10).constLast();
        QCOMPARE(original.verdict, WebhookVerdict::Unmatched);

        // The send is recorded since; an hour later the replay still passes the signature check (as at the
        // time it came) and the replay check, and applies what it says.
        const qint64 record = sent(r->history, QStringLiteral("telnyx"), QStringLiteral("late-1"));
        now += 3600;
        QSignalSpy changed(&r->history, &HistoryStore::recordChanged);
        const WebhookRecord replay = replayed(*r->receiver, original);
        QCOMPARE(replay.verdict, WebhookVerdict::Applied);
        QCOMPARE(replay.replayOf, original.id);
        QCOMPARE(replay.outcome.first().toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("updated"));
        QCOMPARE(r->history.record(record)->state, DeliveryStatus::Delivered);
        QTRY_VERIFY(changed.contains(QVariantList{record}));
        const std::optional<WebhookRecord> stored = r->history.webhook(replay.id);
        QVERIFY(stored);
        QCOMPARE(stored->replayOf, original.id);
        QCOMPARE(stored->verdict, WebhookVerdict::Applied);
        // The event kept from the first time now belongs to the message; none is stored twice.
        QCOMPARE(r->history.events(record).size(), 1);

        // A request refused for its signature is refused again.
        QByteArray tampered = built.body;
        tampered.replace("delivered", "read     ");
        QCOMPARE(TestHttp::postJson(m_network, url, tampered, built.headers).status, 401);
        QTRY_COMPARE(r->history.webhooks({}, 1).constFirst().body, tampered);
        const WebhookRecord refused = r->history.webhooks({}, 1).constFirst();
        QCOMPARE(refused.verdict, WebhookVerdict::Refused);
        const WebhookRecord again = replayed(*r->receiver, refused);
        QCOMPARE(again.verdict, WebhookVerdict::Refused);
        QCOMPARE(again.replayOf, refused.id);
        QCOMPARE(r->history.record(record)->state, DeliveryStatus::Delivered);
    }

    void theCommandLineTriggersReplaysAndLists()
    {
        auto r = receiving(historyPath());
        LoopbackServer handler(LoopbackServer::Behaviour::Answer);
        handler.setAnswer(200, "{\"ok\":true}");

        // The events and codes a provider has.
        Result result = run({QStringLiteral("trigger"), QStringLiteral("meta"), QStringLiteral("--list")});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(QStringLiteral("template-approved")) &&
                result.out.contains(QStringLiteral("131047")));
        result = run({QStringLiteral("trigger"), QStringLiteral("telnyx"), QStringLiteral("--list")});
        QVERIFY2(result.out.contains(QStringLiteral("Telnyx documents no WhatsApp webhook for a button")),
                 qPrintable(result.out));

        // Meta's, signed with the person's app secret, printed rather than sent.
        m_secrets.write(QStringLiteral("webhooks/meta_app_secret"), QStringLiteral("cli-secret"),
                        [](bool, const QString &) {});
        result = run({QStringLiteral("trigger"), QStringLiteral("meta"), QStringLiteral("failed"),
                      QStringLiteral("--error"), QStringLiteral("131047"), QStringLiteral("--message-id"),
                      QStringLiteral("wamid.CLI"), QStringLiteral("--print")});
        QCOMPARE(result.code, 0);
        const QString printed = result.out;
        const QByteArray body = printed.section(QStringLiteral("\n\n"), 1).trimmed().toUtf8();
        QVERIFY2(printed.contains(QStringLiteral("X-Hub-Signature-256: sha256=") +
                                  QString::fromLatin1(Signatures::hmacSha256(body, "cli-secret").toHex())),
                 qPrintable(printed));
        QVERIFY(result.err.contains(QStringLiteral("signed with your")));

        // Telnyx's, to the person's handler, signed with the test key whose public key is printed.
        result = run({QStringLiteral("trigger"), QStringLiteral("telnyx"), QStringLiteral("read"),
                      QStringLiteral("--to"), handler.url(QStringLiteral("/hook"))});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("200\t")), qPrintable(result.out));
        QCOMPARE(handler.requestsReceived(), 1);
        QVERIFY(handler.requests().constFirst().toLower().contains("telnyx-signature-ed25519: "));
        const QByteArray publicKey = QSettings(settingsPath(), QSettings::IniFormat)
                                         .value(TriggerKeys::publicKeySetting(QStringLiteral("telnyx")))
                                         .toByteArray();
        QVERIFY(!publicKey.isEmpty());
        QVERIFY2(result.err.contains(QString::fromLatin1(publicKey)), qPrintable(result.err));

        // Into the receiver: a customer's text, kept and stored.
        result = run({QStringLiteral("trigger"), QStringLiteral("meta"), QStringLiteral("text"), QStringLiteral("--to"),
                      r->receiver->localUrl() + QStringLiteral("/webhooks/meta"), QStringLiteral("--text"),
                      QStringLiteral("Where is my parcel?")});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("200\t")), qPrintable(result.out));
        result = run({QStringLiteral("webhooks"), QStringLiteral("--verdict"), QStringLiteral("applied")});
        QCOMPARE(result.code, 0);
        const QString id = result.out.section(u'\t', 0, 0);
        QVERIFY2(result.out.contains(QStringLiteral("\tmeta\t200\tapplied\t/webhooks/meta")), qPrintable(result.out));
        result = run({QStringLiteral("webhooks"), QStringLiteral("--show"), id});
        QVERIFY2(result.out.contains(QStringLiteral("Where is my parcel?")) &&
                     result.out.contains(QStringLiteral("X-Hub-Signature-256")),
                 qPrintable(result.out));

        // Replayed into the receiver (this process's own), and to the handler re-signed.
        result = run({QStringLiteral("replay"), id});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("replayed\t")), qPrintable(result.out));
        const qint64 replayId = result.out.section(u'\t', 1, 1).toLongLong();
        QCOMPARE(r->history.webhook(replayId)->replayOf, id.toLongLong());
        m_secrets.write(QStringLiteral("webhooks/meta_app_secret"), QStringLiteral("new-secret"),
                        [](bool, const QString &) {});
        result = run({QStringLiteral("replay"), id, QStringLiteral("--to"), handler.url(QStringLiteral("/hook")),
                      QStringLiteral("--resign")});
        QCOMPARE(result.code, 0);
        QCOMPARE(handler.requestsReceived(), 2);
        const QByteArray forwarded = handler.requests().constLast();
        const QByteArray sentBody = forwarded.mid(forwarded.indexOf("\r\n\r\n") + 4);
        QVERIFY2(forwarded.contains(
                     QByteArray(QByteArray("sha256=") + Signatures::hmacSha256(sentBody, "new-secret").toHex())),
                 forwarded.constData());
        QCOMPARE(forwarded.count("X-Hub-Signature-256"), 1);

        // What is wrong is said, and nothing is sent.
        const QList<std::pair<QStringList, QString>> wrong{
            {{QStringLiteral("trigger"), QStringLiteral("telnyx"), QStringLiteral("button-reply")},
             QStringLiteral("Telnyx documents no WhatsApp webhook")},
            {{QStringLiteral("trigger"), QStringLiteral("meta"), QStringLiteral("failed"), QStringLiteral("--error"),
              QStringLiteral("12")},
             QStringLiteral("no failure code 12")},
            {{QStringLiteral("trigger"), QStringLiteral("acme"), QStringLiteral("read")},
             QStringLiteral("name a provider")},
            {{QStringLiteral("trigger"), QStringLiteral("meta"), QStringLiteral("read"), QStringLiteral("--to"),
              QStringLiteral("ftp://127.0.0.1/x")},
             QStringLiteral("--to: ")},
            {{QStringLiteral("replay"), QStringLiteral("999999")}, QStringLiteral("no request 999999")},
            {{QStringLiteral("replay"), id, QStringLiteral("--resign")}, QStringLiteral("--resign goes with --to")},
            {{QStringLiteral("webhooks"), QStringLiteral("--verdict"), QStringLiteral("great")},
             QStringLiteral("no verdict \"great\"")},
        };
        for (const auto &[arguments, words] : wrong) {
            result = run(arguments);
            QVERIFY2(result.code == 2 && result.err.contains(words),
                     qPrintable(arguments.join(u' ') + u'\n' + result.err));
        }
        QCOMPARE(handler.requestsReceived(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTriggers)
#include "tst_triggers.moc"
