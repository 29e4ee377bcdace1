// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver at a provider's rate. The reference, measured first in the same run on the same
// disk: status events stored one durable commit each (the history alone, no HTTP). Then 8 keep-alive
// clients (threads of their own, as a provider's senders are processes of their own) post status
// callbacks as fast as they are answered, each waiting for its answer: first of messages the history does
// not know (unmatched), then of messages sent first (matched, each moved to delivered). For each run: the
// events a second and that as a ratio of the reference (goal: 3x), the median and 99th-percentile answer
// time (goal: p99 under 100 ms), and how many events were stored other than exactly once (must be 0).
#include "../core/metacallbacks.h"
#include "../core/rawclient.h"
#include "history/historystore.h"
#include "webhooks/webhookreceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace {

constexpr int Clients = 8;

QByteArray metaStatus(const QString &id, const char *status)
{
    return MetaCallbacks::status(id, QString::fromLatin1(status), 1700000000, QStringLiteral("919876500000"));
}

QString messageId(const char *run, int i)
{
    return QStringLiteral("wamid.%1%2").arg(QLatin1String(run)).arg(i);
}

// The reference: `count` unmatched status events, one durable commit each, into a history of its own.
double singleCommitRate(const QString &path, int count)
{
    HistoryStore history;
    QString error;
    if (!history.open(path, &error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        CallbackEvent event;
        event.messageId = messageId("REF", i);
        event.status = DeliveryStatus::Delivered;
        event.providerStatus = QStringLiteral("delivered");
        event.time = QDateTime::fromSecsSinceEpoch(1700000000);
        if (history.applyEvent(QStringLiteral("meta"), event, nullptr, &error) != HistoryStore::Applied::Unmatched)
            qFatal("the reference could not store an event: %s", qPrintable(error));
    }
    return count / (timer.nsecsElapsed() / 1e9);
}

struct Run
{
    double perSecond = 0;
    double medianMs = 0;
    double p99Ms = 0;
    int notOk = 0;
};

// `count` callbacks of `run` from the clients, spread evenly, with the receiver's event loop running here.
Run post(const WebhookReceiver &receiver, const char *run, const char *status, int count)
{
    std::vector<std::vector<double>> times(Clients);
    std::atomic<int> notOk{0};
    TestHttp::ClientsDone finished(Clients);
    std::vector<std::thread> threads;
    QElapsedTimer timer;
    timer.start();
    const quint16 port = receiver.port();
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back([c, port, run, status, count, &times, &notOk, &finished] {
            TestHttp::KeepAliveClient client(port, 30);
            QElapsedTimer answered;
            for (int i = c; i < count; i += Clients) {
                const QByteArray body = metaStatus(messageId(run, i), status);
                answered.start();
                const TestHttp::Answer answer = client.post("/webhooks/meta", body);
                times[size_t(c)].push_back(answered.nsecsElapsed() / 1e6);
                if (answer.status != 200)
                    ++notOk;
            }
            finished.done();
        });
    }
    if (!finished.wait(600000))
        qFatal("the clients did not finish");
    const double seconds = timer.nsecsElapsed() / 1e9;
    for (std::thread &thread : threads)
        thread.join();
    std::vector<double> all;
    for (const std::vector<double> &some : times)
        all.insert(all.end(), some.begin(), some.end());
    std::sort(all.begin(), all.end());
    Run out;
    out.perSecond = count / seconds;
    out.medianMs = all.empty() ? 0 : all[all.size() / 2];
    out.p99Ms = all.empty() ? 0 : all[std::min(all.size() - 1, all.size() * 99 / 100)];
    out.notOk = notOk;
    return out;
}

// How many events of `run` the history holds other than exactly once.
int notExactlyOnce(const QString &path, const char *run, int count)
{
    const QString connection = QStringLiteral("bench-check");
    int wrong = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot read the history back");
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM events WHERE message_id LIKE ?"));
        query.addBindValue(QStringLiteral("wamid.%1%").arg(QLatin1String(run)));
        if (!query.exec() || !query.next())
            qFatal("cannot count the events");
        const int rows = query.value(0).toInt();
        const int distinct = query.value(1).toInt();
        wrong = (rows - distinct) + (count - distinct);
    }
    QSqlDatabase::removeDatabase(connection);
    return wrong;
}

void report(const char *what, const Run &run, double reference, int wrong)
{
    std::printf("%-10s %6.0f events a second = %.2fx the reference (goal 3x: %s); answer time median %.2f ms, "
                "p99 %.2f ms (goal under 100 ms: %s); not answered 200: %d; stored other than once: %d\n",
                what, run.perSecond, run.perSecond / reference, run.perSecond >= 3 * reference ? "met" : "NOT MET",
                run.medianMs, run.p99Ms, run.p99Ms < 100 ? "met" : "NOT MET", run.notOk, wrong);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    // The disk's rate drifts over a run: the reference is the median of three measures, before, between and
    // after the receiver's runs (each into a history of its own).
    std::vector<double> references;
    const auto measureReference = [&dir, &references] {
        references.push_back(
            singleCommitRate(dir.filePath(QStringLiteral("reference%1.sqlite").arg(references.size())), 1500));
    };
    measureReference();

    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryStore history;
    QString error;
    if (!history.open(path, &error))
        qFatal("%s", qPrintable(error));
    WebhookReceiver receiver(&history);
    if (!receiver.start(0, &error))
        qFatal("%s", qPrintable(error));
    int batches = 0;
    QObject::connect(&receiver, &WebhookReceiver::batchStored, &app, [&batches](int) { ++batches; });

    const Run unmatched = post(receiver, "UNMATCHED", "delivered", count);
    const int unmatchedBatches = batches;
    measureReference();

    // Matched: the messages on record first, as the sender leaves them.
    if (!history.beginBatch(&error))
        qFatal("%s", qPrintable(error));
    for (int i = 0; i < count; ++i) {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876500000");
        const qint64 id = history.insertSending(record);
        history.recordOutcome(id, DeliveryStatus::Accepted, messageId("MATCHED", i), {}, {}, 1);
    }
    if (!history.commitBatch(&error))
        qFatal("%s", qPrintable(error));
    const Run matched = post(receiver, "MATCHED", "delivered", count);
    measureReference();
    std::sort(references.begin(), references.end());
    const double reference = references[1];
    std::printf("reference: %.0f status events a second stored one durable commit each (the history alone; the "
                "median of %.0f, %.0f and %.0f measured around the runs)\n",
                reference, references[0], references[1], references[2]);
    report("unmatched", unmatched, reference, notExactlyOnce(path, "UNMATCHED", count));
    std::printf("           %d requests in %d commits\n", count, unmatchedBatches);
    HistoryQuery delivered;
    delivered.states = {DeliveryStatus::Delivered};
    const int moved = history.count(delivered);
    report("matched", matched, reference, notExactlyOnce(path, "MATCHED", count) + (count - moved));

    const bool whole = unmatched.notOk == 0 && matched.notOk == 0 && moved == count &&
                       notExactlyOnce(path, "UNMATCHED", count) == 0 && notExactlyOnce(path, "MATCHED", count) == 0;
    return whole ? 0 : 1;
}
