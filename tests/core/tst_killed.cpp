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
#include <QTemporaryDir>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
