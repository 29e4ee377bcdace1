// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver over loopback: every provider's callbacks read into the history, signatures
// checked (good, bad, stale, replayed), Meta's subscription check, and hostile input refused without
// harm: a 100 MB body, a 64 KB header, a slow client, broken HTTP, invalid UTF-8 and deep nesting.
#include "history/historystore.h"
#include "httpclient.h"
#include "metacallbacks.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "testdata.h"
#include "webhooks/webhookreceiver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <functional>
#include <list>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

using TestHttp::Answer;

// The resident memory of this process, in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HistoryStore m_history;
    WebhookReceiver *m_receiver = nullptr;
    QNetworkAccessManager m_network;

    Answer post(const QString &path, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {}, WebhookReceiver *receiver = nullptr)
    {
        return TestHttp::postJson(m_network, QUrl((receiver ? receiver : m_receiver)->localUrl() + path), body,
                                  headers);
    }
    Answer get(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_receiver->localUrl() + pathAndQuery));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(15000);
        const Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return answer;
    }
    // Raw bytes to the port; what comes back before the server closes (or `wait` ms pass).
    QByteArray raw(const QByteArray &bytes, int wait = 3000)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        if (!socket.waitForConnected(3000))
            return "not connected";
        socket.write(bytes);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < wait && socket.state() == QAbstractSocket::ConnectedState) {
            QCoreApplication::processEvents();
            socket.waitForReadyRead(50);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        return answer;
    }
    qint64 sentRecord(const QString &provider, const QString &messageId, const QString &correlation = {})
    {
        HistoryRecord record;
        record.provider = provider;
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        record.correlation = correlation;
        const qint64 id = m_history.insertSending(record);
        m_history.recordOutcome(id, DeliveryStatus::Accepted, messageId, QString(), {}, 10);
        return id;
    }
    static QByteArray metaStatus(const QString &id, const QString &status, qint64 timestamp)
    {
        return MetaCallbacks::status(id, status, timestamp);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
        m_receiver = new WebhookReceiver(&m_history, this);
        QVERIFY2(m_receiver->start(0, &error), qPrintable(error));
        QVERIFY(m_receiver->localUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void everyCallbackVectorIsReceived_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : TestData::vectorNames()) {
            if (TestData::vector(name).value(QStringLiteral("kind")).toString() == u"callback")
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void everyCallbackVectorIsReceived()
    {
        QFETCH(QString, name);
        const QJsonObject vector = TestData::vector(name);
        const QString provider = vector.value(QStringLiteral("provider")).toString();
        const QJsonObject expected =
            TestData::readObject(TestData::path(QStringLiteral("expected_results.json"))).value(name).toObject();
        QSignalSpy statuses(m_receiver, &WebhookReceiver::statusReceived);
        QSignalSpy inbound(m_receiver, &WebhookReceiver::inboundReceived);
        const QByteArray body = QJsonDocument(vector.value(QStringLiteral("payload")).toObject()).toJson();
        // To its provider's path, and to /webhooks where the provider is recognised from the body.
        for (const QString &path : {WebhookReceiver::path(provider), QStringLiteral("/webhooks")}) {
            const Answer answer = post(path, body);
            QVERIFY2(answer.status == 200, answer.body.constData());
        }
        // Every status both times (the second a duplicate); a customer's message once, when it is new: one
        // without an id (Exotel's ICM) is known by its customer, time and content; without a time either,
        // nothing tells the second from a new one.
        int said = 0;
        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        const QList<CallbackEvent> events =
            Providers::find(provider)->parseCallback(vector.value(QStringLiteral("payload")).toObject());
        QCOMPARE(events.size(), messages.size());
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const bool inboundMessage = messages.at(i)[QStringLiteral("status")].toString() == u"inbound";
            const bool known =
                !messages.at(i)[QStringLiteral("id")].toString().isEmpty() || events.at(i).time.isValid();
            said += inboundMessage && known ? 1 : 2;
        }
        QCOMPARE(statuses.size() + inbound.size(), said);
        if (!statuses.isEmpty())
            QCOMPARE(statuses.first().at(0).toString(), provider);
    }

    void statusesMoveForwardOnlyAndDuplicatesAreDropped()
    {
        const qint64 id = sentRecord(QStringLiteral("meta"), QStringLiteral("wamid.FWD"));
        QSignalSpy statuses(m_receiver, &WebhookReceiver::statusReceived);
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(
            post(QStringLiteral("/webhooks/meta"), metaStatus(QStringLiteral("wamid.FWD"), QStringLiteral("sent"), t))
                .status,
            200);
        QCOMPARE(m_history.record(id)->state, DeliveryStatus::Sent);
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.FWD"), QStringLiteral("read"), t + 2))
                     .status,
                 200);
        QCOMPARE(m_history.record(id)->state, DeliveryStatus::Read);
        // A late "delivered" is recorded, not applied; the same callback twice counts once.
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.FWD"), QStringLiteral("delivered"), t + 1))
                     .status,
                 200);
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.FWD"), QStringLiteral("delivered"), t + 1))
                     .status,
                 200);
        QCOMPARE(m_history.record(id)->state, DeliveryStatus::Read);
        QCOMPARE(statuses.size(), 4);
        QCOMPARE(statuses.at(0).at(2).value<HistoryStore::Applied>(), HistoryStore::Applied::Updated);
        QCOMPARE(statuses.at(0).at(3).toLongLong(), id);
        QCOMPARE(statuses.at(2).at(2).value<HistoryStore::Applied>(), HistoryStore::Applied::Recorded);
        QCOMPARE(statuses.at(3).at(2).value<HistoryStore::Applied>(), HistoryStore::Applied::Duplicate);
        QCOMPARE(m_history.events(id).size(), 3);
    }

    void unknownIdsAreKeptAndCallbackDataMatches()
    {
        const int before = m_history.unmatchedEventCount();
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.NOBODY"), QStringLiteral("delivered"), 1700000000))
                     .status,
                 200);
        QCOMPARE(m_history.unmatchedEventCount(), before + 1);
        QCOMPARE(m_history.unmatchedEvents(1).constFirst().messageId, QStringLiteral("wamid.NOBODY"));

        // An Exotel DLR whose sid we never learnt, matched by its custom_data.
        const qint64 id = sentRecord(QStringLiteral("exotel"), QString(), QStringLiteral("order-77"));
        const QJsonObject dlr{
            {QStringLiteral("whatsapp"),
             QJsonObject{{QStringLiteral("messages"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("callback_type"), QStringLiteral("dlr")},
                              {QStringLiteral("sid"), QStringLiteral("SID-UNSEEN")},
                              {QStringLiteral("to"), QStringLiteral("919876543210")},
                              {QStringLiteral("exo_status_code"), 30002},
                              {QStringLiteral("exo_detailed_status"), QStringLiteral("EX_MESSAGE_DELIVERED")},
                              {QStringLiteral("description"), QStringLiteral("Message delivered")},
                              {QStringLiteral("timestamp"), QStringLiteral("2026-11-21T10:00:00+05:30")},
                              {QStringLiteral("custom_data"), QStringLiteral("order-77")}}}}}}};
        QCOMPARE(post(QStringLiteral("/webhooks/exotel"), QJsonDocument(dlr).toJson()).status, 200);
        QCOMPARE(m_history.record(id)->state, DeliveryStatus::Delivered);
    }

    void onlyStoredCallbacksAreAcknowledged()
    {
        // Another process holds the history's write lock for longer than the receiver waits: what arrives
        // meanwhile is answered 503 (the provider retries), everything answered 200 is in the history.
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
        HistoryStore history;
        history.setBusyTimeout(100);
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        WebhookReceiver receiver(&history);
        QVERIFY2(receiver.start(0, &error), qPrintable(error));
        QSignalSpy refused(&receiver, &WebhookReceiver::rejected);
        const QString other = QStringLiteral("busy-holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            db.setDatabaseName(path);
            QVERIFY(db.open());
        }
        QSqlQuery lock(QSqlDatabase::database(other));
        QHash<QString, int> answers;
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        for (int round = 0; round < 3; ++round) {
            const bool locked = round == 1;
            if (locked)
                QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            for (int i = 0; i < 4; ++i) {
                const QString id = QStringLiteral("wamid.BUSY-%1-%2").arg(round).arg(i);
                answers.insert(
                    id, post(QStringLiteral("/webhooks/meta"), metaStatus(id, QStringLiteral("sent"), t), {}, &receiver)
                            .status);
            }
            if (locked)
                QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        }
        lock.finish();
        QSqlDatabase::database(other).close();
        QSqlDatabase::removeDatabase(other);

        QSet<QString> stored;
        for (const HistoryStore::UnmatchedEvent &event : history.unmatchedEvents(100))
            stored.insert(event.messageId);
        int refusedCount = 0;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            QVERIFY2(it.value() == 200 || it.value() == 503, qPrintable(it.key()));
            QCOMPARE(stored.contains(it.key()), it.value() == 200);
            QCOMPARE(it.value() == 503, it.key().startsWith(QStringLiteral("wamid.BUSY-1-")));
            refusedCount += it.value() == 503 ? 1 : 0;
        }
        QCOMPARE(refusedCount, 4);
        QCOMPARE(refused.size(), 4);
        QCOMPARE(refused.first().at(1).toInt(), 503);
        QVERIFY2(refused.first().at(2).toString().contains(QStringLiteral("could not store")),
                 qPrintable(refused.first().at(2).toString()));
        // The provider's retry, once the history is free, is stored.
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.BUSY-1-0"), QStringLiteral("sent"), t), {}, &receiver)
                     .status,
                 200);
        QCOMPARE(history.unmatchedEventCount(), 9);
    }

    void inboundMessagesOpenTheWindow()
    {
        const QJsonObject vector = TestData::vector(QStringLiteral("exotel_icm_callback"));
        QCOMPARE(post(QStringLiteral("/webhooks/exotel"),
                      QJsonDocument(vector.value(QStringLiteral("payload")).toObject()).toJson())
                     .status,
                 200);
        QVERIFY(m_history.lastInbound(QStringLiteral("+91 98765 43210")).isValid());
        QVERIFY(!m_history.lastInbound(QStringLiteral("+15550000000")).isValid());
    }

    void telnyxSignatures_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("status");
        QTest::newRow("good") << "good" << 200;
        QTest::newRow("replayed") << "replayed" << 401;
        // The same signature spelt otherwise is the same signature, or none at all.
        QTest::newRow("replayed with junk") << "junk" << 401;
        QTest::newRow("replayed with a space") << "space" << 401;
        QTest::newRow("replayed without padding") << "unpadded" << 401;
        QTest::newRow("replayed with a tab") << "tab" << 401;
        QTest::newRow("bad") << "bad" << 401;
        QTest::newRow("stale") << "stale" << 401;
        QTest::newRow("missing") << "missing" << 401;
    }
    void telnyxSignatures()
    {
        QFETCH(QString, what);
        QFETCH(int, status);
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        static const Provider::CallbackKeys keys = telnyx->newCallbackKeys();
        static QList<HttpRequest::Header> lastHeaders;
        m_receiver->setKeys({{{QStringLiteral("telnyx"), keys.verifying}}, {}, {}});
        const QByteArray body = QJsonDocument(TestData::vector(QStringLiteral("telnyx_webhook_delivered"))
                                                  .value(QStringLiteral("payload"))
                                                  .toObject())
                                    .toJson(QJsonDocument::Compact);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QList<HttpRequest::Header> headers =
            telnyx->signCallback(what == u"bad" ? body + ' ' : body, keys.signing, what == u"stale" ? now - 301 : now);
        if (what == u"replayed")
            headers = lastHeaders;
        if (what == u"junk" || what == u"space" || what == u"unpadded" || what == u"tab") {
            headers = lastHeaders;
            for (auto &[name, value] : headers) {
                if (name != "telnyx-signature-ed25519")
                    continue;
                if (what == u"junk")
                    value.insert(10, "!*");
                else if (what == u"space")
                    value.insert(20, ' ');
                else if (what == u"unpadded")
                    value.chop(value.size() - value.indexOf('='));
                else
                    value.insert(44, "\t");
            }
        }
        if (what == u"missing")
            headers.clear();
        const Answer answer = post(QStringLiteral("/webhooks/telnyx"), body, headers);
        QVERIFY2(answer.status == status, answer.body.constData());
        if (what == u"good")
            lastHeaders = headers;
        m_receiver->setKeys({});
    }

    void metaSignaturesAndTheSubscriptionCheck()
    {
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        m_receiver->setKeys({{{QStringLiteral("meta"), QByteArrayLiteral("app-secret")}},
                             {},
                             {{QStringLiteral("meta"), QByteArrayLiteral("verify-me")}}});
        const QByteArray body = metaStatus(QStringLiteral("wamid.SIG"), QStringLiteral("sent"), 1700000000);
        QCOMPARE(post(QStringLiteral("/webhooks/meta"), body, meta->signCallback(body, "app-secret", 0)).status, 200);
        QCOMPARE(post(QStringLiteral("/webhooks/meta"), body, meta->signCallback(body, "wrong", 0)).status, 401);
        QCOMPARE(post(QStringLiteral("/webhooks/meta"), body).status, 401);
        // The scheme itself: "sha256=" and the HMAC-SHA256 of the raw body, in hex.
        QCOMPARE(meta->signCallback("{}", "secret", 0).constFirst().second,
                 "sha256=" + QMessageAuthenticationCode::hash("{}", "secret", QCryptographicHash::Sha256).toHex());
        Answer answer = get(
            QStringLiteral("/webhooks/meta?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, "1158201444");
        QCOMPARE(get(QStringLiteral("/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")).status,
                 403);
        m_receiver->setKeys({});
    }

    void brokenInputIsRefusedPlainly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("broken JSON") << "/webhooks/meta" << QByteArray("{\"object\": ") << 400;
        QTest::newRow("invalid UTF-8") << "/webhooks/meta" << QByteArray("{\"object\": \"\xff\xfe\"}") << 400;
        QTest::newRow("deep nesting") << "/webhooks/meta" << (QByteArray(200000, '[') + QByteArray(200000, ']')) << 400;
        QTest::newRow("not a callback") << "/webhooks" << QByteArray("{\"hello\": 1}") << 400;
        // What Qt's reader alone lets through, RFC 8259 does not.
        QTest::newRow("loose number") << "/webhooks/meta" << QByteArray("{\"object\": 1.}") << 400;
        QTest::newRow("raw control character") << "/webhooks/meta" << QByteArray("{\"object\": \"a\tb\"}") << 400;
        QTest::newRow("unknown provider") << "/webhooks/acme" << QByteArray("{}") << 404;
        QTest::newRow("elsewhere") << "/admin" << QByteArray("{}") << 404;
    }
    void brokenInputIsRefusedPlainly()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Answer answer = post(path, body);
        QCOMPARE(answer.status, status);
        QVERIFY(QJsonDocument::fromJson(answer.body).object().contains(QStringLiteral("error")));
    }

    // Only /webhooks and /webhooks/<provider>, after percent-decoding, reach a provider's reader.
    void routingIsExact_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("provider") << QByteArray("/webhooks/meta") << 200;
        QTest::newRow("any provider") << QByteArray("/webhooks") << 200;
        QTest::newRow("encoded name") << QByteArray("/webhooks/m%65ta") << 200;
        QTest::newRow("query") << QByteArray("/webhooks/meta?from=tunnel") << 200;
        QTest::newRow("more segments") << QByteArray("/webhooks/meta/extra") << 404;
        QTest::newRow("trailing slash") << QByteArray("/webhooks/meta/") << 404;
        QTest::newRow("empty segment") << QByteArray("/webhooks//meta") << 404;
        QTest::newRow("dot segment") << QByteArray("/webhooks/./meta") << 404;
        QTest::newRow("encoded dot-dot") << QByteArray("/webhooks/%2e%2e/webhooks/meta") << 404;
        QTest::newRow("encoded slash") << QByteArray("/webhooks%2Fmeta") << 404;
        QTest::newRow("authority form") << QByteArray("//host/webhooks/meta") << 404;
        QTest::newRow("prefix only") << QByteArray("/webhooksmeta") << 404;
        QTest::newRow("other case") << QByteArray("/Webhooks/meta") << 404;
        QTest::newRow("absolute form") << QByteArray("http://x/webhooks/meta") << 404;
    }
    void routingIsExact()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        const QByteArray body = metaStatus(QStringLiteral("wamid.ROUTE"), QStringLiteral("sent"), 1700000000);
        const QByteArray answer = raw("POST " + target +
                                      " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
                                      "Content-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), answer.left(300).constData());
    }

    // What is refused says so in words that read: "not a callback Exotel sends", never "a Exotel callback".
    void refusalsReadWell()
    {
        const Answer answer = post(QStringLiteral("/webhooks/exotel"), R"({"hello": 1})");
        QCOMPARE(answer.status, 400);
        const QString error = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString();
        QCOMPARE(error, QStringLiteral("not a callback Exotel sends"));
    }

    void headGetsNoBody()
    {
        const QByteArray answer = raw("HEAD /webhooks HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.endsWith("\r\n\r\n"));
        QVERIFY(!answer.contains("Content-Length: 0\r\n"));
    }

    // A 100 MB POST is refused with 413 from its headers, and nothing of it reaches the receiver (not even
    // without its body); a client that goes on sending regardless has at most 1 MiB more read (and dropped),
    // then its sending stalls until it is cut off: memory stays flat, under the address sanitizer too.
    void aHugeBodyIsRefusedWithoutBeingRead()
    {
        QSignalSpy read(m_receiver, &WebhookReceiver::rejected);
        const qint64 before = residentKiB();
        const quint16 port = m_receiver->port();
        TestHttp::ClientsDone finished(1);
        std::atomic<qint64> sent = 0;
        QByteArray answer;
        // A client in a thread of its own that sends all 100 MB whatever it is told (a plain blocking socket).
        std::thread client([&] {
            const int fd = TestHttp::connectToLoopback(port);
            if (fd >= 0) {
                const QByteArray head = "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                        "Content-Length: 104857600\r\n\r\n";
                ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
                const QByteArray chunk(256 * 1024, 'x');
                char buffer[4096];
                while (sent < 104857600) {
                    const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                    if (n <= 0)
                        break;
                    sent += n;
                    const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                    if (got > 0)
                        answer.append(buffer, got);
                }
                ssize_t got;
                while ((got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
                    answer.append(buffer, got);
                ::close(fd);
            }
            finished.done();
        });
        QVERIFY(finished.wait(30000));
        client.join();
        qInfo("the client sent %lld MB before it was cut off; resident memory grew by %lld KiB",
              qlonglong(sent.load() >> 20), residentKiB() - before);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(residentKiB() - before < 32 * 1024);
        QCoreApplication::processEvents();
        QCOMPARE(read.size(), 0);
    }

    void chunkedBodiesPastTheLimitAreRefused()
    {
        QByteArray request = "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray piece(64 * 1024, 'x');
        for (int i = 0; i < 20; ++i)
            request += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        request += "0\r\n\r\n";
        QVERIFY(raw(request).startsWith("HTTP/1.1 413"));
    }

    void aHugeHeaderIsRefused()
    {
        const QByteArray request =
            "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(64 * 1024, 'a') +
            "\r\nContent-Length: 2\r\n\r\n{}";
        QVERIFY(raw(request).startsWith("HTTP/1.1 431"));
    }

    void brokenHttpIsRefused() { QVERIFY(raw("HELLO THERE\r\n\r\n").startsWith("HTTP/1.1 400")); }

    // A client that sends its headers a byte at a time is cut off when the header time is up.
    void aSlowClientIsCutOff()
    {
        HttpLimits limits = m_receiver->server()->limits();
        const HttpLimits saved = limits;
        limits.headerTimeoutMs = 400;
        m_receiver->server()->setLimits(limits);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray headers = "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n";
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < headers.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(headers.mid(i, 1));
            socket.waitForBytesWritten(100);
            QTest::qWait(50);
            answer += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 3000);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(timer.elapsed() < 3000);
        m_receiver->server()->setLimits(saved);
    }

    // Behind a tunnel every peer is 127.0.0.1: while one client keeps 130 connections open that never finish
    // their headers (opening a new one whenever one is closed), another's callbacks still get through.
    void aSlowCrowdCannotKeepCallbacksOut()
    {
        const quint16 port = m_receiver->port();
        std::list<QTcpSocket> crowd;
        // The context of the crowd's connections and timers: gone with this function, and they with it (a
        // rejoin already queued must not run after the crowd is gone).
        QObject scope;
        std::function<void()> joinCrowd = [&] {
            QTcpSocket &socket = crowd.emplace_back();
            connect(&socket, &QTcpSocket::disconnected, &scope, [&] { QTimer::singleShot(0, &scope, joinCrowd); });
            socket.connectToHost(QHostAddress::LocalHost, port);
            socket.write("POST /webhooks/meta HTTP/1.1\r\nHost: x\r\n");
        };
        for (int i = 0; i < 130; ++i)
            joinCrowd();
        QTRY_COMPARE(m_receiver->server()->openConnections(), m_receiver->server()->limits().maxConnections);

        const QByteArray body = metaStatus(QStringLiteral("wamid.CROWD"), QStringLiteral("sent"), 1700000000);
        const QByteArray request = "POST /webhooks/meta HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Connection: close\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        int through = 0;
        const int callbacks = 200;
        for (int i = 0; i < callbacks; ++i) {
            QTcpSocket callback;
            callback.connectToHost(QHostAddress::LocalHost, port);
            callback.write(request);
            QSignalSpy closed(&callback, &QTcpSocket::disconnected);
            QByteArray answer;
            QElapsedTimer timer;
            timer.start();
            while (callback.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 5000) {
                if (closed.isEmpty())
                    closed.wait(100);
                answer += callback.readAll();
            }
            answer += callback.readAll();
            through += answer.startsWith("HTTP/1.1 200") ? 1 : 0;
        }
        qInfo("%d of %d callbacks got through a crowd of 130", through, callbacks);
        QVERIFY2(through * 100 >= callbacks * 99, qPrintable(QString::number(through)));
        for (QTcpSocket &socket : crowd) {
            socket.disconnect(&scope);
            socket.abort();
        }
    }

    // After all of the above, the receiver still works and holds no connection open.
    void nothingElseIsAffected()
    {
        m_network.clearConnectionCache(); // our own kept-alive connections
        QTRY_COMPARE(m_receiver->server()->openConnections(), 0);
        const qint64 id = sentRecord(QStringLiteral("meta"), QStringLiteral("wamid.AFTER"));
        QCOMPARE(post(QStringLiteral("/webhooks/meta"),
                      metaStatus(QStringLiteral("wamid.AFTER"), QStringLiteral("delivered"), 1700000000))
                     .status,
                 200);
        QCOMPARE(m_history.record(id)->state, DeliveryStatus::Delivered);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
