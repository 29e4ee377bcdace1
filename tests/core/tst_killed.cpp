// SPDX-License-Identifier: GPL-3.0-or-later
// The real `wabench send` in a child process, sending 1,000 messages to a loopback server, killed with
// SIGKILL part-way: every message it reported accepted is in the history as accepted with its id, every
// request the server received has a record, the history opens again (WAL recovery), and no row is left
// "sending" by the dead process.
#include "childprocess.h"
#include "history/historystore.h"
#include "loopbackserver.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <numeric>

class TestKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const { return childEnvironment(m_dir.path()); }

private slots:
    void aKillLosesNothingThatWasAcknowledged()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, R"({"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],)"
                              R"( "messages": [{"id": "wamid.N{n}"}]})");
        QProcess add;
        add.setProcessEnvironment(environment());
        add.start(QStringLiteral(WABENCH_BINARY),
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                   QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("Load"),
                   QStringLiteral("--phone-number-id"), QStringLiteral("1"), QStringLiteral("--base-url"),
                   server.url(QString())});
        add.write("TOKEN\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        const QString message = m_dir.filePath(QStringLiteral("text.json"));
        {
            QFile file(message);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"type": "text", "text": {"body": "Load test"}})");
        }
        QStringList arguments = {QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Load")};
        for (int i = 0; i < 1000; ++i)
            arguments << QStringLiteral("--to") << QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0'));
        arguments << message;

        QProcess send;
        send.setProcessEnvironment(environment());
        QStringList acknowledged;
        QByteArray pending;
        connect(&send, &QProcess::readyReadStandardOutput, this, [&] {
            pending += send.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(end).split('\t');
                pending.remove(0, end + 1);
                if (fields.size() == 3 && fields.at(0) == "accepted")
                    acknowledged << QString::fromUtf8(fields.at(2));
            }
        });
        send.start(QStringLiteral(WABENCH_BINARY), arguments);
        send.write("TOKEN\n");
        send.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 250, 120000);
        send.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(send.waitForFinished(10000));
        QCOMPARE(send.exitStatus(), QProcess::CrashExit);
        const int received = server.requestsReceived();
        qInfo("killed after %lld acknowledged sends; the server had received %d requests",
              qlonglong(acknowledged.size()), received);
        QVERIFY(received < 1000);

        const QString path = m_dir.filePath(QStringLiteral("data/io.github.wabench.Wabench/history.sqlite"));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the kill left a write-ahead log to recover");
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<HistoryRecord> records = store.records(2000, 0);
        // Every request that reached the server is on record (accepted, or still "sending" if the kill came
        // between the answer and its record), and every acknowledged one is accepted with its id.
        QVERIFY2(records.size() >= received, qPrintable(QString::number(records.size())));
        QHash<QString, DeliveryStatus> stateById;
        for (const HistoryRecord &record : records) {
            if (!record.messageId.isEmpty())
                stateById.insert(record.messageId, record.state);
        }
        for (const QString &id : std::as_const(acknowledged))
            QCOMPARE(stateById.value(id, DeliveryStatus::Unknown), DeliveryStatus::Accepted);
        // The one in flight when the kill came (if any) is no longer "sending": its process is gone, so
        // opening the history marked it unknown, with the reason, where the problems filter finds it.
        int sending = 0;
        int cutOff = 0;
        for (const HistoryRecord &record : records) {
            sending += record.state == DeliveryStatus::Sending ? 1 : 0;
            cutOff += record.state == DeliveryStatus::Unknown && record.error.contains(QStringLiteral("stopped before"))
                          ? 1
                          : 0;
        }
        QCOMPARE(sending, 0);
        QVERIFY(cutOff <= 1);
    }

    // `wabench send --csv` of 5,000 rows to the real Sandbox (its own process, a line per request it takes),
    // killed three times part-way and run again each time under the same campaign: no row reaches the
    // Sandbox twice, every row reaches it once or is on record as unknown, and each kill leaves at most the
    // requests in flight unknown.
    void aCampaignKilledAndRunAgainSendsNoRowTwice()
    {
        QTemporaryDir dir;
        const QProcessEnvironment env = childEnvironment(dir.path());
        QProcess sandbox;
        sandbox.setProcessEnvironment(env);
        QByteArray sandboxOut;
        QString baseUrl;
        QHash<QString, int> received; // recipient: requests taken (HTTP 200)
        connect(&sandbox, &QProcess::readyReadStandardOutput, this, [&] {
            sandboxOut += sandbox.readAllStandardOutput();
            qsizetype end;
            while ((end = sandboxOut.indexOf('\n')) >= 0) {
                const QByteArray line = sandboxOut.left(end);
                sandboxOut.remove(0, end + 1);
                if (line.startsWith("Sandbox listening at "))
                    baseUrl = QString::fromUtf8(line.mid(21).trimmed());
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() == 5 && fields.at(0) == "request" && fields.at(2) == "200")
                    ++received[QString::fromUtf8(fields.at(3))];
            }
        });
        sandbox.start(QStringLiteral(WABENCH_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--port"),
                                                       QStringLiteral("0"), QStringLiteral("--no-callbacks")});
        QTRY_VERIFY_WITH_TIMEOUT(!baseUrl.isEmpty(), 20000);

        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral(WABENCH_BINARY),
                  {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                   QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("List"),
                   QStringLiteral("--phone-number-id"), QStringLiteral("1"), QStringLiteral("--base-url"), baseUrl});
        add.write("TOKEN\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        // Numbers whose last three digits are below 800: none asks the Sandbox for a scenario.
        constexpr int Rows = 5000;
        const QString list = dir.filePath(QStringLiteral("list.csv"));
        const QString draft = dir.filePath(QStringLiteral("notice.json"));
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text("to,name\n");
            for (int i = 0; i < Rows; ++i)
                text += QStringLiteral("+1415%1,N%2\n").arg(1000000 + i / 800 * 1000 + i % 800).arg(i).toUtf8();
            file.write(text);
            QFile body(draft);
            QVERIFY(body.open(QIODevice::WriteOnly));
            body.write("{\"type\": \"text\", \"text\": {\"body\": \"Hello {{name}}\"}}");
        }
        const QStringList arguments{QStringLiteral("send"),
                                    QStringLiteral("--account"),
                                    QStringLiteral("List"),
                                    QStringLiteral("--csv"),
                                    list,
                                    QStringLiteral("--campaign"),
                                    QStringLiteral("killed"),
                                    QStringLiteral("--rate"),
                                    QStringLiteral("0"),
                                    draft};
        constexpr int InFlight = 32; // with no rate: CampaignRun's requests at once
        constexpr int Kills = 3;
        int exitCode = -1;
        for (int run = 0; run <= Kills; ++run) {
            QProcess send;
            send.setProcessEnvironment(env);
            int lines = 0;
            connect(&send, &QProcess::readyReadStandardOutput, this,
                    [&] { lines += int(send.readAllStandardOutput().count('\n')); });
            // Waited for with the event loop running: the Sandbox's lines are read meanwhile (a Sandbox whose
            // output is not read stops when the pipe is full).
            QSignalSpy finished(&send, &QProcess::finished);
            send.start(QStringLiteral(WABENCH_BINARY), arguments);
            send.write("TOKEN\n");
            send.closeWriteChannel();
            if (run < Kills) {
                QTRY_VERIFY_WITH_TIMEOUT(lines >= 700 || !finished.isEmpty(), 60000);
                QVERIFY2(finished.isEmpty(), "the campaign ended before it could be killed");
                send.kill();
                QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
                exitCode = send.exitCode();
                QVERIFY2(exitCode == 0, send.readAllStandardError().constData());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(std::accumulate(received.cbegin(), received.cend(), 0) >= Rows - Kills * InFlight,
                                  true, 10000); // the Sandbox's last lines read
        sandbox.kill();
        sandbox.waitForFinished(10000);

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("data/io.github.wabench.Wabench/history.sqlite")), &error),
                 qPrintable(error));
        HistoryQuery query;
        query.campaign = QStringLiteral("killed");
        const QList<HistoryRecord> records = store.records(query, Rows * 2, 0);
        QCOMPARE(records.size(), Rows); // one message per row, none taken twice
        int unknown = 0;
        QSet<qint64> rows;
        for (const HistoryRecord &record : records) {
            rows.insert(record.campaignRow);
            const int times = received.value(record.recipient);
            QVERIFY2(times <= 1, qPrintable(record.recipient + QStringLiteral(" reached the Sandbox twice")));
            if (record.state == DeliveryStatus::Unknown)
                ++unknown;
            else
                QVERIFY2(times == 1 && record.state == DeliveryStatus::Accepted,
                         qPrintable(record.recipient + u' ' + Delivery::name(record.state)));
        }
        QCOMPARE(rows.size(), Rows);
        qInfo("%d kills left %d rows unknown (at most %d each)", Kills, unknown, InFlight);
        QVERIFY(unknown <= Kills * InFlight);
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
