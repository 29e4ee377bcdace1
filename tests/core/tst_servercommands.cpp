// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench sandbox` and `wabench receive` as the real binary runs them, each until stopped with SIGTERM:
// the standalone Sandbox answers and calls back, and the standalone receiver records into the history.
#include "childprocess.h"
#include "history/historystore.h"
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
    static QString startAndRead(QProcess &process, const QStringList &arguments, const QString &marker)
    {
        process.start(QStringLiteral(WABENCH_BINARY), arguments);
        if (!process.waitForStarted(10000))
            return {};
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
        QNetworkRequest request(QUrl(url + QStringLiteral("/webhooks/exotel")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(
            request, R"({"whatsapp": {"messages": [{"callback_type": "dlr", "sid": "SID-CLI", "to": "919876543210",)"
                     R"( "exo_status_code": 30002, "exo_detailed_status": "EX_MESSAGE_DELIVERED",)"
                     R"( "description": "Message delivered", "timestamp": "2026-11-21T10:00:00+05:30"}]}})");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
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
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
