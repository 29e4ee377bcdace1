// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver at a provider's rate, and what it keeps for the inspector: callbacks that arrive
// together are committed together and each answered 200 only after that commit (503 for all of a batch
// that cannot be stored); every request is kept raw with its verdict, the events it produced and their
// history rows, without a credential, within the retention set.
#include "history/historystore.h"
#include "httpclient.h"
#include "metacallbacks.h"
#include "net/httpserver.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "rawclient.h"
#include "testhistories.h"
#include "webhooks/webhookforwarder.h"
#include "webhooks/webhookreceiver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

QByteArray metaStatus(const QString &id, const QString &status, qint64 timestamp)
{
    return MetaCallbacks::status(id, status, timestamp);
}

// Everything under `dir`, bytes of every file (the history, its WAL and its shared memory).
QByteArray everyByteUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestWebhookTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestHistories m_histories;
    QNetworkAccessManager m_network;

    struct Receiving
    {
        HistoryStore history;
        std::unique_ptr<WebhookReceiver> receiver;
    };
    // A history of its own (a file in the test's directory, or a database on the test cluster), and a
    // receiver on it on a free port.
    std::unique_ptr<Receiving> receiving(const QString &name, int busyTimeoutMs = 5000)
    {
        auto made = std::make_unique<Receiving>();
        made->history.setBusyTimeout(busyTimeoutMs);
        QString error;
        if (!m_histories.open(made->history, name, &error))
            qFatal("%s", qPrintable(error));
        made->receiver = std::make_unique<WebhookReceiver>(&made->history);
        if (!made->receiver->start(0, &error))
            qFatal("%s", qPrintable(error));
        return made;
    }
    static qint64 sent(HistoryStore &history, const QString &messageId)
    {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        const qint64 id = history.insertSending(record);
        history.recordOutcome(id, DeliveryStatus::Accepted, messageId, QString(), {}, 10);
        return id;
    }
    TestHttp::Answer post(WebhookReceiver &receiver, const QString &path, const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return TestHttp::postJson(m_network, QUrl(receiver.localUrl() + path), body, headers);
    }
    TestHttp::Answer get(WebhookReceiver &receiver, const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(receiver.localUrl() + pathAndQuery));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        const TestHttp::Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_histories.init(&error), qPrintable(error));
    }

    // At a provider's rate the receiver's limits still hold: eight keep-alive connections post statuses as
    // fast as they are answered, while others send bodies over the limit and broken JSON; every status is
    // answered 200 and stored exactly once, every bad request refused with its own status, none of them lost
    // in the others' batches.
    void theLimitsHoldAtAProvidersRate()
    {
        auto r = receiving(QStringLiteral("load"));
        HttpLimits limits = r->receiver->server()->limits();
        limits.maxBodyBytes = 32 * 1024;
        r->receiver->server()->setLimits(limits);
        constexpr int Clients = 8;
        constexpr int Each = 60;
        const quint16 port = r->receiver->port();
        std::atomic<int> ok{0};
        std::atomic<int> tooLarge{0};
        std::atomic<int> broken{0};
        TestHttp::ClientsDone finished(Clients + 2);
        std::vector<std::thread> threads;
        for (int c = 0; c < Clients; ++c) {
            threads.emplace_back([c, port, &ok, &finished] {
                TestHttp::KeepAliveClient client(port, 30);
                for (int i = 0; i < Each; ++i) {
                    const QString id = QStringLiteral("wamid.LOAD%1-%2").arg(c).arg(i);
                    if (client.post("/webhooks/meta", metaStatus(id, QStringLiteral("delivered"), 1700000000)).status ==
                        200)
                        ++ok;
                }
                finished.done();
            });
        }
        threads.emplace_back([port, &tooLarge, &finished] {
            const QByteArray body = "{\"pad\":\"" + QByteArray(40 * 1024, 'x') + "\"}";
            for (int i = 0; i < 10; ++i) {
                TestHttp::KeepAliveClient client(port, 30); // a refused body ends its connection
                if (client.post("/webhooks/meta", body).status == 413)
                    ++tooLarge;
            }
            finished.done();
        });
        threads.emplace_back([port, &broken, &finished] {
            TestHttp::KeepAliveClient client(port, 30);
            for (int i = 0; i < 40; ++i) {
                if (client.post("/webhooks/meta", "{\"entry\": [").status == 400)
                    ++broken;
            }
            finished.done();
        });
        QVERIFY(finished.wait(60000));
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(ok.load(), Clients * Each);
        QCOMPARE(tooLarge.load(), 10);
        QCOMPARE(broken.load(), 40);
        {
            QSqlDatabase db = m_histories.connect(r->history.location(), QStringLiteral("load-check"));
            QVERIFY(db.open());
            QSqlQuery count(db);
            QVERIFY(count.exec(QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM events"
                                              " WHERE message_id LIKE 'wamid.LOAD%'")) &&
                    count.next());
            QCOMPARE(count.value(0).toInt(), Clients * Each);
            QCOMPARE(count.value(1).toInt(), Clients * Each);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("load-check"));
        // The broken ones kept for the inspector, refused, with why.
        WebhookQuery refused;
        refused.verdicts = {WebhookVerdict::Refused};
        // (A body over the limit is refused by the server before the receiver reads anything of it: it never
        // reaches the receiver, not even without its body.)
        QTRY_COMPARE(r->history.webhooks(refused, 100).size(), 40);
        for (const WebhookRecord &record : r->history.webhooks(refused, 100))
            QVERIFY2(record.reason.contains(QStringLiteral("line 1, column 12")), qPrintable(record.reason));
    }

    void callbacksThatArriveTogetherAreStoredTogether()
    {
        // Eight providers' connections each post a status before the receiver has read any of them: one
        // commit takes several, and each is answered 200 once it is in the history, exactly once.
        auto r = receiving(QStringLiteral("together"));
        constexpr int Clients = 8;
        QList<qint64> records;
        for (int i = 0; i < Clients; ++i)
            records << sent(r->history, QStringLiteral("wamid.TOGETHER%1").arg(i));
        // The window's store hears of what the receiver's writer committed, once per record.
        QSignalSpy changed(&r->history, &HistoryStore::recordChanged);
        QSignalSpy kept(&r->history, &HistoryStore::webhookRecorded);
        QSignalSpy batches(r->receiver.get(), &WebhookReceiver::batchStored);
        QSignalSpy statuses(r->receiver.get(), &WebhookReceiver::statusReceived);
        std::vector<std::unique_ptr<TestHttp::KeepAliveClient>> clients;
        for (int i = 0; i < Clients; ++i) {
            clients.push_back(std::make_unique<TestHttp::KeepAliveClient>(r->receiver->port()));
            QVERIFY(clients.back()->send("/webhooks/meta", metaStatus(QStringLiteral("wamid.TOGETHER%1").arg(i),
                                                                      QStringLiteral("delivered"), 1700000000)));
        }
        const auto storedSoFar = [&batches] {
            int sum = 0;
            for (const QList<QVariant> &batch : std::as_const(batches))
                sum += batch.at(0).toInt();
            return sum;
        };
        QTRY_COMPARE(storedSoFar(), Clients);
        QTRY_COMPARE(r->receiver->server()->unsentBytes(), 0); // the answers are on their way
        int largest = 0;
        for (const QList<QVariant> &batch : std::as_const(batches))
            largest = qMax(largest, batch.at(0).toInt());
        QVERIFY2(largest > 1,
                 qPrintable(QStringLiteral("%1 commits for %2 callbacks").arg(batches.size()).arg(Clients)));
        for (const auto &client : clients)
            QCOMPARE(client->read().status, 200);
        QCOMPARE(statuses.size(), Clients);
        QCOMPARE(kept.size(), Clients);
        QSet<qint64> heard;
        for (const QList<QVariant> &signal : std::as_const(changed))
            heard.insert(signal.at(0).toLongLong());
        QCOMPARE(heard, QSet<qint64>(records.cbegin(), records.cend()));
        QCOMPARE(changed.size(), Clients);
        for (const qint64 id : std::as_const(records)) {
            QCOMPARE(r->history.record(id)->state, DeliveryStatus::Delivered);
            QCOMPARE(r->history.events(id).size(), 1);
        }
        // The same again (a provider's retry) is a duplicate: stored once, answered 200.
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.TOGETHER0"), QStringLiteral("delivered"), 1700000000))
                     .status,
                 200);
        QCOMPARE(r->history.events(records.first()).size(), 1);
    }

    void aBatchThatCannotBeStoredIsRefusedWhole()
    {
        // Another process holds the write lock past the receiver's wait: every callback of the batch is
        // answered 503 and none of it is in the history; sent again once the lock is gone, all are stored.
        auto r = receiving(QStringLiteral("refusedwhole"), 100);
        const QString other = QStringLiteral("refused-whole-holder");
        QVERIFY(m_histories.connect(r->history.location(), other).open());
        {
            QSqlQuery lock(QSqlDatabase::database(other));
            for (const QString &sql : m_histories.lockEverything())
                QVERIFY(lock.exec(sql));
            QSignalSpy refused(r->receiver.get(), &WebhookReceiver::rejected);
            std::vector<std::unique_ptr<TestHttp::KeepAliveClient>> clients;
            for (int i = 0; i < 4; ++i) {
                clients.push_back(std::make_unique<TestHttp::KeepAliveClient>(r->receiver->port()));
                QVERIFY(clients.back()->send("/webhooks/meta", metaStatus(QStringLiteral("wamid.LOCKED%1").arg(i),
                                                                          QStringLiteral("sent"), 1700000000)));
            }
            QTRY_COMPARE(refused.size(), 4);
            QTRY_COMPARE(r->receiver->server()->unsentBytes(), 0); // the answers are on their way
            for (const auto &client : clients) {
                const TestHttp::Answer answer = client->read();
                QCOMPARE(answer.status, 503);
                QVERIFY2(answer.body.contains("send it again"), answer.body.constData());
            }
            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::database(other).close();
        QSqlDatabase::removeDatabase(other);
        QCOMPARE(r->history.unmatchedEventCount(), 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                          metaStatus(QStringLiteral("wamid.LOCKED%1").arg(i), QStringLiteral("sent"), 1700000000))
                         .status,
                     200);
        QCOMPARE(r->history.unmatchedEventCount(), 4);
    }

    void everyRequestIsKeptWithItsVerdict()
    {
        auto r = receiving(QStringLiteral("verdicts"));
        const qint64 record = sent(r->history, QStringLiteral("wamid.KEPT"));
        const QByteArray delivered = metaStatus(QStringLiteral("wamid.KEPT"), QStringLiteral("delivered"), 1700000000);
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"), delivered).status, 200);
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"), delivered).status, 200);
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.NOBODY"), QStringLiteral("read"), 1700000000))
                     .status,
                 200);
        QCOMPARE(
            post(*r->receiver, QStringLiteral("/webhooks/meta"),
                 MetaCallbacks::text(QStringLiteral("wamid.IN1"), QStringLiteral("919876543210"), QStringLiteral("Hi")))
                .status,
            200);
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"), "{not json").status, 400);
        QCOMPARE(post(*r->receiver, QStringLiteral("/elsewhere"), "{}").status, 404);
        QCOMPARE(get(*r->receiver, QStringLiteral("/")).status, 200);

        QTRY_COMPARE(r->history.webhooks({}, 100).size(), 7);
        const QList<WebhookRecord> kept = r->history.webhooks({}, 100);
        // Newest first.
        QCOMPARE(kept.at(0).verdict, WebhookVerdict::Check);
        QCOMPARE(kept.at(0).method, QByteArray("GET"));
        QCOMPARE(kept.at(1).verdict, WebhookVerdict::Refused);
        QCOMPARE(kept.at(1).status, 404);
        QCOMPARE(kept.at(1).target, QByteArray("/elsewhere"));
        QCOMPARE(kept.at(2).verdict, WebhookVerdict::Refused);
        QCOMPARE(kept.at(2).status, 400);
        QVERIFY2(kept.at(2).reason.contains(QStringLiteral("not JSON")), qPrintable(kept.at(2).reason));
        QCOMPARE(kept.at(2).body, QByteArray("{not json"));
        QCOMPARE(kept.at(3).verdict, WebhookVerdict::Applied);
        QCOMPARE(kept.at(3).outcome.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("inbound"));
        QCOMPARE(kept.at(3).outcome.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("new"));
        QCOMPARE(kept.at(4).verdict, WebhookVerdict::Unmatched);
        QCOMPARE(kept.at(5).verdict, WebhookVerdict::Duplicate);
        QCOMPARE(kept.at(6).verdict, WebhookVerdict::Applied);
        QCOMPARE(kept.at(6).status, 200);
        QCOMPARE(kept.at(6).provider, QStringLiteral("meta"));
        QCOMPARE(kept.at(6).peer, QStringLiteral("127.0.0.1"));
        QCOMPARE(kept.at(6).body, delivered);
        QVERIFY(kept.at(6).time.isValid());
        const QJsonObject applied = kept.at(6).outcome.at(0).toObject();
        QCOMPARE(applied.value(QStringLiteral("result")).toString(), QStringLiteral("updated"));
        QCOMPARE(applied.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        // From the request to its history row, and back.
        QCOMPARE(applied.value(QStringLiteral("record")).toInteger(), record);
        WebhookQuery ofRecord;
        ofRecord.record = record;
        const QList<WebhookRecord> touching = r->history.webhooks(ofRecord, 10);
        QCOMPARE(touching.size(), 1);
        QCOMPARE(touching.first().id, kept.at(6).id);
        // Filters.
        WebhookQuery refused;
        refused.verdicts = {WebhookVerdict::Refused};
        QCOMPARE(r->history.webhooks(refused, 10).size(), 2);
        WebhookQuery text;
        text.text = QStringLiteral("wamid.NOBODY");
        QCOMPARE(r->history.webhooks(text, 10).size(), 1);
        WebhookQuery path;
        path.path = QStringLiteral("/webhooks/");
        QCOMPARE(r->history.webhooks(path, 10).size(), 5);
        WebhookQuery provider;
        provider.provider = QStringLiteral("meta");
        QCOMPARE(r->history.webhooks(provider, 10).size(), 5);
        QCOMPARE(*r->history.webhook(kept.at(2).id)->body.constData(), '{');
        QCOMPARE(r->history.webhooks({}, 10, 0, HistoryStore::Bodies::Left).constFirst().body, QByteArray());
    }

    void credentialsAreNeverKept()
    {
        auto r = receiving(QStringLiteral("credentials"));
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.X"), QStringLiteral("sent"), 1700000000),
                      {{"Authorization", "Basic U0VDUkVULUJBU0lDLUFVVEg="},
                       {"X-Api-Key", "SECRET-API-KEY"},
                       {"Cookie", "session=SECRET-COOKIE"},
                       {"X-Hub-Signature-256", "sha256=abcdef"}})
                     .status,
                 200);
        // Meta's subscription check carries the verify token in its query.
        get(*r->receiver,
            QStringLiteral("/webhooks/meta?hub.mode=subscribe&hub.verify_token=SECRET-VERIFY&hub.challenge=42"));
        QTRY_COMPARE(r->history.webhooks({}, 10).size(), 2);
        const QList<WebhookRecord> kept = r->history.webhooks({}, 10);
        QVERIFY2(!kept.first().target.contains("SECRET"), kept.first().target.constData());
        QVERIFY(kept.first().target.contains("hub.challenge=42"));
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : kept.last().headers)
            headers.insert(name.toLower(), value);
        QCOMPARE(headers.value("x-hub-signature-256"), QByteArray("sha256=abcdef"));
        for (const char *name : {"authorization", "x-api-key", "cookie"}) {
            QVERIFY2(headers.contains(name), name);
            QVERIFY2(!headers.value(name).contains("SECRET"), name);
        }
        QCOMPARE(
            WebhookRecord::maskTarget("/a?token=1&b=2&Api%2DKey=3"),
            QByteArray(
                "/a?token=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2&b=2&Api%2DKey=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2"));
        // Not on disk either, in the history or beside it (a workspace's disk is its server's).
        if (m_histories.postgres())
            return;
        const QByteArray disk = everyByteUnder(m_dir.path());
        for (const char *secret : {"SECRET-API-KEY", "SECRET-COOKIE", "SECRET-VERIFY", "U0VDUkVULUJBU0lDLUFVVEg="})
            QVERIFY2(!disk.contains(secret), secret);
    }

    void aFailedSignatureSaysWhy_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("says");
        for (const char *provider : {"meta", "telnyx"}) {
            const QString p = QString::fromLatin1(provider);
            QTest::addRow("%s: no signature", provider) << p << "none"
                                                        << "missing";
            QTest::addRow("%s: another key", provider) << p << "other"
                                                       << "signed with another";
            QTest::addRow("%s: indented after signing", provider) << p << "indented"
                                                                  << "indented or spaced out";
            QTest::addRow("%s: a newline added", provider) << p << "newline"
                                                           << "whitespace was added";
            QTest::addRow("%s: escapes written out", provider) << p << "unescaped"
                                                               << "\\u and \"\\/\" escapes";
        }
        QTest::addRow("telnyx: too old") << "telnyx"
                                         << "old"
                                         << "at most 300 s";
        QTest::addRow("telnyx: replayed") << "telnyx"
                                          << "replay"
                                          << "already used";
    }
    void aFailedSignatureSaysWhy()
    {
        QFETCH(QString, provider);
        QFETCH(QString, what);
        QFETCH(QString, says);
        auto r = receiving(QStringLiteral("signatures-") + QString::number(QRandomGenerator::global()->generate()));
        const Provider *adapter = Providers::find(provider);
        const Provider::CallbackKeys keys = adapter->newCallbackKeys();
        const Provider::CallbackKeys other = adapter->newCallbackKeys();
        r->receiver->setKeys({{{provider, keys.verifying}}, {}, {}});
        // As the provider writes it: compact, non-ASCII and "/" escaped (Meta's way, and valid for any).
        const QByteArray sent =
            provider == u"meta"
                ? QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":)"
                             R"([{"field":"messages","value":{"messaging_product":"whatsapp",)"
                             R"("statuses":[{"id":"wamid.SIG","status":"sent","timestamp":)"
                             R"("1700000000","recipient_id":"919876543210","note":"caf\u00e9 a\/b"}]}}]}]})")
                : QByteArray(R"({"data":{"event_type":"message.finalized","id":"e1","payload":)"
                             R"({"id":"m1","to":[{"phone_number":"+919876543210","status":)"
                             R"("delivered"}],"text":"caf\u00e9 a\/b"}}})");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QList<HttpRequest::Header> headers =
            adapter->signCallback(sent, (what == u"other" ? other : keys).signing, what == u"old" ? now - 600 : now);
        QByteArray body = sent;
        if (what == u"none")
            headers.clear();
        else if (what == u"indented")
            body = QByteArray(sent).replace(":", ": ").replace(",", ",\n  ");
        else if (what == u"newline")
            body = sent + "\n";
        else if (what == u"unescaped")
            body = QByteArray(sent).replace("\\u00e9", "\xc3\xa9").replace("\\/", "/");
        const QString path = QStringLiteral("/webhooks/") + provider;
        if (what == u"replay")
            QCOMPARE(post(*r->receiver, path, body, headers).status, 200);
        const TestHttp::Answer answer = post(*r->receiver, path, body, headers);
        QCOMPARE(answer.status, 401);
        const QString error = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(says), answer.body.constData());
        // The inspector keeps the same words.
        QTRY_VERIFY(!r->history.webhooks({}, 1).isEmpty() &&
                    r->history.webhooks({}, 1).constFirst().verdict == WebhookVerdict::Refused);
        QVERIFY2(r->history.webhooks({}, 1).constFirst().reason.contains(says),
                 qPrintable(r->history.webhooks({}, 1).constFirst().reason));
    }

    void acceptedCallbacksAreForwardedOnceByteForByte()
    {
        auto r = receiving(QStringLiteral("forward"));
        QList<HttpServerRequest> got;
        GuardedHttpServer handler([&got](const HttpServerRequest &request) {
            got.append(request);
            return HttpServerResponse::text(202, "thanks");
        });
        QVERIFY(handler.listen(QHostAddress::LocalHost, 0));
        QVERIFY(
            r->receiver->forwarder()->setTarget(QStringLiteral("http://127.0.0.1:%1/my/hook?x=1").arg(handler.port())));
        QSignalSpy forwarded(r->receiver->forwarder(), &WebhookForwarder::forwarded);
        // Spaced as its sender wrote it: the handler gets these bytes, not a re-serialisation.
        const QByteArray body = "{ \"object\": \"whatsapp_business_account\", \"entry\": [] }";
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"), body,
                      {{"X-Hub-Signature-256", "sha256=0123"}, {"X-Custom", "kept"}})
                     .status,
                 200);
        // Refused callbacks are not passed on.
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"), "[]").status, 400);
        QTRY_COMPARE(forwarded.size(), 1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().method, QByteArray("POST"));
        QCOMPARE(got.first().target, QByteArray("/my/hook?x=1"));
        QCOMPARE(got.first().body, body);
        QCOMPARE(got.first().header("X-Hub-Signature-256"), QByteArray("sha256=0123"));
        QCOMPARE(got.first().header("X-Custom"), QByteArray("kept"));
        QCOMPARE(got.first().header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(forwarded.first().at(1).toInt(), 202);
        QVERIFY(forwarded.first().at(3).toString().isEmpty());
        // Kept beside the request.
        const qint64 request = forwarded.first().at(0).toLongLong();
        QTRY_COMPARE(r->history.webhook(request)->forwardStatus, 202);
        const WebhookRecord kept = *r->history.webhook(request);
        QCOMPARE(kept.forwardUrl, QStringLiteral("http://127.0.0.1:%1/my/hook?x=1").arg(handler.port()));
        QVERIFY(kept.forwardError.isEmpty());
        QVERIFY(kept.forwardMs >= 0);
        QCOMPARE(got.size(), 1);
    }

    void aHandlerThatFailsNeverHoldsTheReceiverUp()
    {
        auto r = receiving(QStringLiteral("forwardfails"));
        // A handler that reads and never answers.
        QList<HttpResponder> held;
        GuardedHttpServer silent(
            [&held](const HttpServerRequest &, const HttpResponder &responder) { held.append(responder); });
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        r->receiver->forwarder()->setTimeoutMs(500);
        QVERIFY(r->receiver->forwarder()->setTarget(QStringLiteral("http://127.0.0.1:%1/").arg(silent.port())));
        QSignalSpy forwarded(r->receiver->forwarder(), &WebhookForwarder::forwarded);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                          metaStatus(QStringLiteral("wamid.SLOW%1").arg(i), QStringLiteral("sent"), 1700000000))
                         .status,
                     200);
        // Every callback was answered while the handler held its first ones: none of them waited for it.
        QVERIFY(forwarded.size() < 12);
        QCOMPARE(r->history.unmatchedEventCount(), 12);
        QTRY_COMPARE_WITH_TIMEOUT(forwarded.size(), 12, 15000);
        for (const QList<QVariant> &outcome : std::as_const(forwarded)) {
            QCOMPARE(outcome.at(1).toInt(), 0);
            QVERIFY2(outcome.at(3).toString().contains(QStringLiteral("no answer within")),
                     qPrintable(outcome.at(3).toString()));
        }
        QCOMPARE(held.size(), 12); // each reached the handler once, never again
        QTRY_VERIFY(r->history.webhook(forwarded.last().at(0).toLongLong())
                        ->forwardError.contains(QStringLiteral("no answer")));

        // A handler that answers 500, and one that is not there: said, recorded, and nothing else.
        GuardedHttpServer failing([](const HttpServerRequest &) { return HttpServerResponse::text(500, "boom"); });
        QVERIFY(failing.listen(QHostAddress::LocalHost, 0));
        QVERIFY(r->receiver->forwarder()->setTarget(QStringLiteral("http://127.0.0.1:%1/").arg(failing.port())));
        forwarded.clear();
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.500"), QStringLiteral("sent"), 1700000000))
                     .status,
                 200);
        QTRY_COMPARE(forwarded.size(), 1);
        QCOMPARE(forwarded.first().at(1).toInt(), 500);
        // A port nothing listens on any more (and nothing ever connected to).
        quint16 gone = 0;
        {
            QTcpServer once;
            QVERIFY(once.listen(QHostAddress::LocalHost, 0));
            gone = once.serverPort();
        }
        QVERIFY(r->receiver->forwarder()->setTarget(QStringLiteral("http://127.0.0.1:%1/").arg(gone)));
        forwarded.clear();
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.GONE"), QStringLiteral("sent"), 1700000000))
                     .status,
                 200);
        QTRY_COMPARE(forwarded.size(), 1);
        QCOMPARE(forwarded.first().at(1).toInt(), 0);
        QVERIFY2(forwarded.first().at(3).toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(forwarded.first().at(3).toString()));
    }

    void onlyHttpTargetsAreTaken_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << ""
                               << "no URL";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "only http and https";
        QTest::newRow("ftp") << "ftp://example.com/x"
                             << "only http and https";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "only http and https";
        QTest::newRow("no scheme") << "/just/a/path"
                                   << "no scheme";
        QTest::newRow("no host") << "http:///path"
                                 << "names no host";
        QTest::newRow("credentials") << "https://user:secret@example.com/hook"
                                     << "credential in plain sight";
        QTest::newRow("good") << "https://example.com/hook"
                              << "";
        QTest::newRow("good, local") << "http://127.0.0.1:3000/webhook"
                                     << "";
    }
    void onlyHttpTargetsAreTaken()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString why;
        QUrl parsed;
        QCOMPARE(Urls::postTarget(url, &parsed, &why), says.isEmpty());
        QVERIFY2(why.contains(says), qPrintable(why));
        WebhookForwarder forwarder(nullptr);
        QCOMPARE(forwarder.setTarget(url.isEmpty() ? QStringLiteral(" ") : url), says.isEmpty() || url.isEmpty());
        if (!says.isEmpty())
            QVERIFY(forwarder.target().isEmpty());
    }

    void theNewestAreKeptWithinTheRetention()
    {
        auto r = receiving(QStringLiteral("retention"));
        const auto keep = [&r](const QDateTime &time, const QByteArray &body) {
            WebhookRecord record;
            record.time = time;
            record.method = "POST";
            record.target = "/webhooks/meta";
            record.body = body;
            record.status = 200;
            record.verdict = WebhookVerdict::Unmatched;
            return r->history.recordWebhook(record);
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 old = keep(now.addDays(-30), "old");
        QList<qint64> recent;
        for (int i = 0; i < 5; ++i)
            recent << keep(now, QByteArray::number(i));
        QVERIFY(old > 0 && recent.last() > 0);
        // By age: a month old goes under a week's retention.
        QCOMPARE(r->history.pruneWebhooks({100, 7, 256}), 1);
        QVERIFY(!r->history.webhook(old));
        // By count: the newest three stay.
        QCOMPARE(r->history.pruneWebhooks({3, 7, 256}), 2);
        QList<qint64> left;
        for (const WebhookRecord &record : r->history.webhooks({}, 10))
            left << record.id;
        QCOMPARE(left, (QList<qint64>{recent.at(4), recent.at(3), recent.at(2)}));
        // By size: two bodies of 700 KiB do not fit in one megabyte; the newer stays.
        const qint64 big1 = keep(now, QByteArray(700 * 1024, 'a'));
        const qint64 big2 = keep(now, QByteArray(700 * 1024, 'b'));
        QVERIFY(r->history.pruneWebhooks({100, 7, 1}) >= 1);
        QVERIFY(!r->history.webhook(big1));
        QVERIFY(r->history.webhook(big2));

        // The receiver keeps to the retention it is given, from its first batch on.
        r->receiver->setRetention({2, 7, 256});
        for (int i = 0; i < 3; ++i)
            keep(now, "more");
        QCOMPARE(post(*r->receiver, QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.R"), QStringLiteral("sent"), 1700000000))
                     .status,
                 200);
        const QList<WebhookRecord> kept = r->history.webhooks({}, 10);
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.first().body.contains("wamid.R"));
    }

    // Under way, the receiver keeps to the size allowance too, though it does not read every request's
    // length at each prune: the kept bodies stay within about the allowance, the newest among them.
    void aStreamOfCallbacksStaysWithinTheSizeAllowance()
    {
        auto r = receiving(QStringLiteral("allowance"));
        r->receiver->setRetention({100000, 7, 1});
        constexpr int Count = 700;
        const QByteArray padding(3 * 1024, 'p');
        const quint16 port = r->receiver->port();
        std::atomic<int> ok{0};
        TestHttp::ClientsDone finished(1);
        std::thread client([port, &padding, &ok, &finished] {
            TestHttp::KeepAliveClient keepAlive(port, 30);
            for (int i = 0; i < Count; ++i) {
                QByteArray body = metaStatus(QStringLiteral("wamid.SIZE%1").arg(i), QStringLiteral("sent"), 1700000000);
                body.insert(1, "\"padding\":\"" + padding + "\",");
                ok += keepAlive.post("/webhooks/meta", body).status == 200 ? 1 : 0;
            }
            finished.done();
        });
        QVERIFY(finished.wait(60000));
        client.join();
        QCOMPARE(ok.load(), Count);
        const QList<WebhookRecord> kept = r->history.webhooks({}, Count);
        qint64 bytes = 0;
        for (const WebhookRecord &record : kept)
            bytes += record.body.size();
        QVERIFY2(bytes <= 1024 * 1024 * 3 / 2, qPrintable(QString::number(bytes)));
        QVERIFY(kept.size() < Count);
        QVERIFY(kept.first().body.contains("wamid.SIZE699"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookTools)
#include "tst_webhooktools.moc"
