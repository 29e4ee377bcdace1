// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace under load, on the PostgreSQL cluster `make bench` starts (WABENCH_TEST_POSTGRES):
// 4 always-on receivers (the real `wabench receive`, each a process of its own) and 4 windows (this
// program again with --window: the history's table model over the workspace, every row loaded, listening)
// on one PostgreSQL. 20,000 status callbacks of messages on record, spread over the receivers by 8
// keep-alive clients: none may be lost (each answered 200, stored once, its message moved) and none doubled,
// and each must reach every window's model. Printed: the time from a callback's 200 to each window's row
// showing it (median and 99th percentile; goal under 1 s), and as a ratio of the reference measured in the
// same run: PostgreSQL's own NOTIFY from one connection heard on another.
#include "../core/childprocess.h"
#include "../core/metacallbacks.h"
#include "../core/rawclient.h"
#include "../core/testhistories.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "providers/events.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace {

constexpr int Receivers = 4;
constexpr int Windows = 4;
constexpr int Clients = 8;

// One clock for every process of the run: the system's monotonic one, in nanoseconds.
qint64 now()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString messageId(int i)
{
    return QStringLiteral("wamid.WS%1").arg(i);
}

// --window URL: the window's model over the workspace, every row loaded, printing "seen ID NS" as each row
// shows its message delivered; "ready" once it listens with every row in.
int window(const QString &url)
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url, &error);
    HistoryStore store;
    if (!location || !store.open(*location, &error) || !store.listen(&error)) {
        std::fprintf(stderr, "window: %s\n", qPrintable(error));
        return 1;
    }
    HistoryModel model(&store);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<QString> seen;
    QObject::connect(&model, &HistoryModel::dataChanged, [&](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row) {
            if (model.index(row, 0).data(HistoryModel::StateRole).value<DeliveryStatus>() != DeliveryStatus::Delivered)
                continue;
            const QString id = model.index(row, HistoryModel::MessageId).data().toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                std::printf("seen %s %lld\n", qPrintable(id), now());
            }
        }
        std::fflush(stdout);
    });
    std::printf("ready %d\n", model.rowCount());
    std::fflush(stdout);
    // Until the run closes standard input.
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [] {
        char buffer[64];
        if (::read(0, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

// The reference: a NOTIFY committed on one connection, heard on another (median of `rounds`, ms).
double notifyRoundTrip(const DatabaseLocation &location, const QString &password, int rounds)
{
    std::vector<double> times;
    {
        QSqlDatabase listener = QSqlDatabase::addDatabase(location.driver(), QStringLiteral("listener"));
        QSqlDatabase sender = QSqlDatabase::addDatabase(location.driver(), QStringLiteral("sender"));
        location.apply(listener, password);
        location.apply(sender, password);
        if (!listener.open() || !sender.open() ||
            !listener.driver()->subscribeToNotification(QStringLiteral("bench_reference")))
            qFatal("the reference's connections did not open");
        int heard = 0;
        QObject::connect(listener.driver(), &QSqlDriver::notification, [&heard] { ++heard; });
        QSqlQuery notify(sender);
        for (int i = 0; i < rounds; ++i) {
            const qint64 start = now();
            notify.exec(QStringLiteral("NOTIFY bench_reference"));
            QElapsedTimer waited;
            waited.start();
            while (heard <= i && waited.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            times.push_back((now() - start) / 1e6);
        }
        if (heard != rounds)
            qFatal("the reference heard %d of %d notifications", heard, rounds);
        listener.close();
        sender.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("listener"));
    QSqlDatabase::removeDatabase(QStringLiteral("sender"));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// `count` messages on record, accepted, as the desktops leave them once the provider answered.
bool seed(const DatabaseLocation &location, const QString &password, int count)
{
    HistoryStore store;
    QString error;
    if (!store.open(location, &error, password) || !store.beginBatch(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876500000");
        record.kind = QStringLiteral("text");
        const qint64 id = store.insertSending(record, &error);
        if (id == 0 || !store.recordOutcome(id, DeliveryStatus::Accepted, messageId(i), {}, {}, 1, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    return store.commitBatch(&error);
}

double percentile(std::vector<double> &values, int p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * size_t(p) / 100)];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.value(1) == u"--window")
        return window(arguments.value(2));
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 20000;
    // Callbacks a second, all clients together (0: as fast as they are answered).
    const int rate = arguments.size() > 2 ? arguments.at(2).toInt() : 0;

    TestHistories histories;
    QString error;
    if (!histories.init(&error) || !histories.postgres()) {
        std::printf("workspace: not measured (no PostgreSQL cluster; `make bench` starts one)\n");
        return 0;
    }
    const std::optional<DatabaseLocation> location = histories.fresh(QStringLiteral("bench_workspace"), &error);
    if (!location || !seed(*location, histories.password(), count))
        qFatal("the workspace was not made: %s", qPrintable(error));
    const double reference = notifyRoundTrip(*location, histories.password(), 200);

    // The processes see the workspace as a desktop and a service do: its URL, the password apart (libpq's
    // environment here; the service's credential in production).
    QTemporaryDir dir;
    QProcessEnvironment environment = childEnvironment(dir.path());
    environment.insert(QStringLiteral("PGPASSWORD"), histories.password());
    environment.insert(QStringLiteral("WABENCH_DATABASE"), location->display());
    std::vector<std::unique_ptr<QProcess>> receivers;
    std::vector<quint16> ports;
    for (int r = 0; r < Receivers; ++r) {
        auto process = std::make_unique<QProcess>();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("receiver%1").arg(r)));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(WABENCH_BINARY),
                       {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0")});
        QByteArray line;
        QElapsedTimer waited;
        waited.start();
        while (!line.contains('\n') && waited.elapsed() < 20000 && process->waitForReadyRead(1000))
            line += process->readAllStandardOutput();
        const qsizetype at = line.indexOf("127.0.0.1:");
        if (at < 0)
            qFatal("receiver %d did not start: %s %s", r, line.constData(),
                   process->readAllStandardError().constData());
        ports.push_back(quint16(line.mid(at + 10).split('/').first().toUInt()));
        receivers.push_back(std::move(process));
    }
    // The windows, each with every row loaded.
    std::vector<std::unique_ptr<QProcess>> windows;
    std::vector<QHash<QString, qint64>> seen(Windows);
    int ready = 0;
    for (int w = 0; w < Windows; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        QProcess *raw = process.get();
        // (What it heard lives in main's frame, which outlives every window's process.)
        QObject::connect(raw, &QProcess::readyReadStandardOutput, raw, [raw, w, seen = &seen, ready = &ready] {
            while (raw->canReadLine()) {
                const QList<QByteArray> words = raw->readLine().trimmed().split(' ');
                if (words.value(0) == "ready")
                    ++*ready;
                else if (words.value(0) == "seen" && words.size() == 3)
                    (*seen)[size_t(w)].insert(QString::fromLatin1(words.at(1)), words.at(2).toLongLong());
            }
        });
        process->start(QString::fromLocal8Bit(argv[0]), {QStringLiteral("--window"), location->display()});
        windows.push_back(std::move(process));
    }
    QElapsedTimer waiting;
    waiting.start();
    while (ready < Windows && waiting.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (ready < Windows)
        qFatal("the windows did not load the workspace");

    // The callbacks, each client to the receivers in turn; each one's 200 timed.
    std::vector<qint64> answered(size_t(count), 0);
    std::atomic<int> notOk{0};
    TestHttp::ClientsDone finished(Clients);
    std::vector<std::thread> threads;
    QElapsedTimer sending;
    sending.start();
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back([c, count, rate, &ports, &answered, &notOk, &finished] {
            TestHttp::KeepAliveClient client(ports[size_t(c % Receivers)], 30);
            const auto start = std::chrono::steady_clock::now();
            for (int i = c; i < count; i += Clients) {
                if (rate > 0) // callback i leaves at i / rate seconds into the run
                    std::this_thread::sleep_until(start + std::chrono::microseconds(qint64(i) * 1000000 / rate));
                const TestHttp::Answer answer =
                    client.post("/webhooks/meta", MetaCallbacks::status(messageId(i), QStringLiteral("delivered"),
                                                                        1700000000, QStringLiteral("919876500000")));
                answered[size_t(i)] = now();
                if (answer.status != 200)
                    ++notOk;
            }
            finished.done();
        });
    }
    if (!finished.wait(600000))
        qFatal("the clients did not finish");
    const double seconds = sending.nsecsElapsed() / 1e9;
    for (std::thread &thread : threads)
        thread.join();
    // Every window, until it shows every message (or a minute has passed).
    const auto allSeen = [&seen, count] {
        return std::all_of(seen.begin(), seen.end(), [count](const auto &one) { return one.size() >= count; });
    };
    waiting.restart();
    while (!allSeen() && waiting.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    for (auto &process : windows) {
        process->closeWriteChannel();
        process->waitForFinished(10000);
    }
    for (auto &process : receivers) {
        process->terminate();
        process->waitForFinished(10000);
    }

    std::vector<double> latencies;
    int missing = 0;
    for (const QHash<QString, qint64> &one : seen) {
        for (int i = 0; i < count; ++i) {
            const auto at = one.constFind(messageId(i));
            if (at == one.constEnd()) {
                ++missing;
                continue;
            }
            latencies.push_back(std::max<qint64>(0, *at - answered[size_t(i)]) / 1e6);
        }
    }
    // Stored exactly once, each message moved.
    int events = 0;
    int distinct = 0;
    int delivered = 0;
    {
        QSqlDatabase db = histories.connect(*location, QStringLiteral("check"));
        QSqlQuery query(db);
        if (!db.open() ||
            !query.exec(QStringLiteral("SELECT count(*), count(DISTINCT message_id) FROM events WHERE message_id LIKE"
                                       " 'wamid.WS%'")) ||
            !query.next())
            qFatal("the events were not counted");
        events = query.value(0).toInt();
        distinct = query.value(1).toInt();
        if (!query.exec(QStringLiteral("SELECT count(*) FROM messages WHERE state = 'delivered'")) || !query.next())
            qFatal("the messages were not counted");
        delivered = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const double median = percentile(latencies, 50);
    const double p99 = percentile(latencies, 99);
    std::printf("workspace: %d receivers and %d windows on one PostgreSQL; %d callbacks from %d clients in %.1f s "
                "(%.0f a second)\n",
                Receivers, Windows, count, Clients, seconds, count / seconds);
    std::printf("workspace: not answered 200: %d; stored other than once: %d; messages not moved: %d; "
                "window rows never shown: %d\n",
                notOk.load(), (events - distinct) + (count - distinct), count - delivered, missing);
    std::printf("workspace: from a callback's 200 to every window's row: median %.0f ms, p99 %.0f ms (goal under "
                "1 s: %s); reference NOTIFY round trip %.2f ms (median %.0fx, p99 %.0fx it)\n",
                median, p99, p99 < 1000 && missing == 0 ? "met" : "NOT MET", reference, median / reference,
                p99 / reference);
    const bool whole = notOk == 0 && events == count && distinct == count && delivered == count && missing == 0;
    return whole ? 0 : 1;
}
