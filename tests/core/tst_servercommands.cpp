// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench sandbox` and `wabench receive` as the real binary runs them, each until stopped with SIGTERM:
// the standalone Sandbox answers and calls back, and the standalone receiver records into the history.
#include "childprocess.h"
#include "history/historystore.h"
#include "httpclient.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "transport/sender.h"
#include "webhooks/webhookreceiver.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestServerCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const { return childEnvironment(m_dir.path()); }
    // Starts `wabench ARGS` and returns the URL printed after `marker` on its first line.
    static QString startAndRead(QProcess &process, const QStringList &arguments, const QString &marker,
                                const QByteArray &input = {})
    {
        process.start(QStringLiteral(WABENCH_BINARY), arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 10000) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        const QString line = QString::fromUtf8(out.left(out.indexOf('\n')));
        const qsizetype at = line.indexOf(marker);
        return at < 0 ? QString() : line.mid(at + marker.size()).section(u'/', 0, 2);
    }
    static void stop(QProcess &process)
    {
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private slots:
    void theStandaloneSandboxAnswersAndCallsBack()
    {
        HistoryStore history;
        QString error;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("here.sqlite")), &error));
        WebhookReceiver receiver(&history);
        QVERIFY(receiver.start(0, &error));
        QProcess sandbox;
        sandbox.setProcessEnvironment(environment());
        const QString url = startAndRead(sandbox,
                                         {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--callback-delay-ms"), QStringLiteral("20"),
                                          QStringLiteral("--callback-url"), receiver.localUrl()},
                                         QStringLiteral("Sandbox listening at "));
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));

        Account account;
        account.provider = QStringLiteral("meta");
        account.settings = {{QStringLiteral("base_url"), url},
                            {QStringLiteral("phone_number_id"), QStringLiteral("1")}};
        account.secrets = {{QStringLiteral("access_token"), QStringLiteral("t")}};
        Draft draft;
        draft.provider = QStringLiteral("meta");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}};
        HistoryRecord row;
        row.provider = QStringLiteral("meta");
        row.recipient = draft.recipients.first();
        const qint64 id = history.insertSending(row);
        QNetworkAccessManager network;
        Sender sender(&network);
        QSignalSpy answered(&sender, &Sender::requestFinished);
        sender.send(Providers::find(QStringLiteral("meta")),
                    Providers::find(QStringLiteral("meta"))->build(draft, account));
        QVERIFY(answered.wait(10000));
        const SendOutcome outcome = answered.first().at(1).value<SendOutcome>();
        QCOMPARE(outcome.status, DeliveryStatus::Accepted);
        history.recordOutcome(id, outcome.status, outcome.results.first().messageId, {}, outcome.responseBody, 1);
        QTRY_COMPARE_WITH_TIMEOUT(history.record(id)->state, DeliveryStatus::Read, 10000);
        stop(sandbox);
        const QByteArray printed = sandbox.readAllStandardOutput();
        QVERIFY2(printed.contains("callback\tmeta\t"), printed.constData());
    }

    void theStandaloneReceiverRecords()
    {
        QProcess receive;
        receive.setProcessEnvironment(environment());
        const QString url =
            startAndRead(receive, {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0")},
                         QStringLiteral("Receiving callbacks at "));
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QNetworkAccessManager network;
        const TestHttp::Answer delivered = TestHttp::postJson(
            network, QUrl(url + QStringLiteral("/webhooks/exotel")),
            R"({"whatsapp": {"messages": [{"callback_type": "dlr", "sid": "SID-CLI", "to": "919876543210",)"
            R"( "exo_status_code": 30002, "exo_detailed_status": "EX_MESSAGE_DELIVERED",)"
            R"( "description": "Message delivered", "timestamp": "2026-11-21T10:00:00+05:30"}]}})");
        QCOMPARE(delivered.status, 200);
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (printed += receive.readAllStandardOutput()).contains("status\texotel\tSID-CLI\tdelivered\tunmatched"),
            10000);
        stop(receive);
        HistoryStore history;
        QString error;
        QVERIFY(history.open(m_dir.filePath(QStringLiteral("data/io.github.wabench.Wabench/history.sqlite")), &error));
        QCOMPARE(history.unmatchedEvents(1).value(0).messageId, QStringLiteral("SID-CLI"));
    }

    // --listen binds where a server needs it, and says so plainly beyond loopback, with the providers whose
    // callbacks are then taken unsigned.
    void theReceiverListensWhereItIsTold()
    {
        QProcess receive;
        receive.setProcessEnvironment(environment());
        const QString url =
            startAndRead(receive, {QStringLiteral("receive"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")},
                         QStringLiteral("Receiving callbacks at "));
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        stop(receive);
        const QString said = QString::fromUtf8(receive.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("listening beyond this machine, on 0.0.0.0:")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("callbacks are accepted unsigned")) &&
                     said.contains(QStringLiteral("Meta")) && said.contains(QStringLiteral("Telnyx")),
                 qPrintable(said));

        QProcess wrong;
        wrong.setProcessEnvironment(environment());
        wrong.start(QStringLiteral(WABENCH_BINARY),
                    {QStringLiteral("receive"), QStringLiteral("--listen"), QStringLiteral("localhost")});
        QVERIFY(wrong.waitForFinished(10000));
        QCOMPARE(wrong.exitCode(), 2);
        QVERIFY(wrong.readAllStandardError().contains("--listen takes ADDRESS:PORT"));
    }

    // Without a keychain, Meta's app secret comes from the environment or standard input, never an argument,
    // and then checks every Meta callback.
    void theReceiverTakesKeysWithoutAKeychain_data()
    {
        QTest::addColumn<bool>("fromInput");
        QTest::newRow("environment") << false;
        QTest::newRow("standard input") << true;
    }
    void theReceiverTakesKeysWithoutAKeychain()
    {
        QFETCH(bool, fromInput);
        QProcess receive;
        QProcessEnvironment env = environment();
        QStringList arguments{QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0")};
        if (fromInput)
            arguments << QStringLiteral("--keys-from-stdin");
        else
            env.insert(QStringLiteral("WABENCH_META_APP_SECRET"), QStringLiteral("app-secret"));
        receive.setProcessEnvironment(env);
        const QString url = startAndRead(receive, arguments, QStringLiteral("Receiving callbacks at "),
                                         fromInput ? QByteArray("app-secret\n") : QByteArray());
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        const QByteArray body =
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":)"
            R"({"messaging_product":"whatsapp","statuses":[{"id":"wamid.KEY","status":"sent",)"
            R"("timestamp":"1700000000","recipient_id":"919876543210"}]}}]}]})";
        QNetworkAccessManager network;
        const auto post = [&](const QList<HttpRequest::Header> &headers) {
            return TestHttp::postJson(network, QUrl(url + QStringLiteral("/webhooks/meta")), body, headers).status;
        };
        QCOMPARE(post({}), 401); // the key is read before the receiver says where it listens
        QCOMPARE(post(meta->signCallback(body, "wrong", 0)), 401);
        QCOMPARE(post(meta->signCallback(body, "app-secret", 0)), 200);
        stop(receive);
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
