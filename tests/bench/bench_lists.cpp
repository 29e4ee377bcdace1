// SPDX-License-Identifier: GPL-3.0-or-later
// Sending to a list, end to end with the real binaries: `wabench sandbox` (no callbacks) in one process,
// `wabench send --csv` in another. First the Sandbox alone: 20,000 messages from 16 keep-alive connections,
// the rate it answers at (it must keep up with 1,000 a second). Then for each rate asked (80 a second, 1,000,
// none): the rate the Sandbox saw (rows over the time from its first request to its last), the rows it
// received twice (must be 0), and the sender's peak memory; then the peak memory for a list ten times as
// long, which must stay flat (the list is read a block at a time, never whole).
#include "../core/rawclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

struct Received
{
    QHash<QByteArray, int> byRecipient;
    qint64 first = -1;
    qint64 last = -1;
};

// VmHWM of a running process, in KiB (its peak resident memory so far).
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void writeList(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("to,name\n");
    // Last three digits below 800: no row asks the Sandbox for a scenario.
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("+1415%1,Name %2\n").arg(1000000 + i / 800 * 1000 + i % 800).arg(i).toUtf8());
}

// One keep-alive connection to 127.0.0.1:`port` posting `count` Meta text messages, each answered before
// the next, to recipients from `first` on; the number of 200 answers.
int postMessages(quint16 port, int first, int count)
{
    TestHttp::KeepAliveClient client(port);
    int ok = 0;
    for (int i = first; i < first + count && client.isConnected(); ++i) {
        const QByteArray body = "{\"messaging_product\":\"whatsapp\",\"to\":\"+1415" +
                                QByteArray::number(2000000 + i / 800 * 1000 + i % 800) +
                                "\",\"type\":\"text\",\"text\":{\"body\":\"Hello\"}}";
        const TestHttp::Answer answer = client.post("/v21.0/1/messages", body, {{"Authorization", "Bearer TOKEN"}});
        if (answer.status == 0)
            break;
        ok += answer.status == 200 ? 1 : 0;
    }
    return ok;
}

// Looked at every 5 ms with the event loop blocked in between: a loop that spins would take a core from the
// processes and threads it waits for.
bool waitFor(const std::function<bool()> &done, int ms)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer look;
    look.setInterval(5);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QElapsedTimer clock;
    clock.start();
    QProcess sandbox;
    sandbox.setProcessEnvironment(env);
    QByteArray pending;
    QString baseUrl;
    Received received;
    QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &app, [&] {
        pending += sandbox.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("Sandbox listening at "))
                baseUrl = QString::fromUtf8(line.mid(21).trimmed());
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 5 && fields.at(0) == "request" && fields.at(2) == "200") {
                ++received.byRecipient[fields.at(3)];
                received.last = clock.elapsed();
                if (received.first < 0)
                    received.first = received.last;
            }
        }
    });
    sandbox.start(QStringLiteral(WABENCH_BINARY), {QStringLiteral("sandbox"), QStringLiteral("--port"),
                                                   QStringLiteral("0"), QStringLiteral("--no-callbacks")});
    if (!waitFor([&] { return !baseUrl.isEmpty(); }, 20000))
        qFatal("the Sandbox did not start");
    QProcess add;
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(WABENCH_BINARY),
              {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"), QStringLiteral("meta"),
               QStringLiteral("--name"), QStringLiteral("Bench"), QStringLiteral("--phone-number-id"),
               QStringLiteral("1"), QStringLiteral("--base-url"), baseUrl});
    add.write("TOKEN\n");
    add.closeWriteChannel();
    if (!add.waitForFinished(30000) || add.exitCode() != 0)
        qFatal("the account could not be added");
    const QString draft = dir.filePath(QStringLiteral("notice.json"));
    QFile body(draft);
    if (!body.open(QIODevice::WriteOnly) ||
        body.write("{\"type\": \"text\", \"text\": {\"body\": \"Hello {{name}}, we are back.\"}}") < 0)
        qFatal("cannot write the draft");
    body.close();

    {
        // The Sandbox alone, as a provider's load generator would see it.
        constexpr int Connections = 16;
        constexpr int PerConnection = 1250;
        received = {};
        std::atomic<int> answered = 0;
        const quint16 port = quint16(QUrl(baseUrl).port());
        QElapsedTimer alone;
        alone.start();
        std::atomic<int> ended = 0;
        std::vector<std::thread> clients;
        for (int c = 0; c < Connections; ++c) {
            clients.emplace_back([&, c] {
                answered += postMessages(port, c * PerConnection, PerConnection);
                ++ended;
            });
        }
        // (The Sandbox's lines are read meanwhile: a full pipe would hold it up.)
        waitFor([&] { return ended == Connections; }, 300000);
        const double seconds = std::max<qint64>(alone.elapsed(), 1) / 1000.0;
        for (std::thread &client : clients)
            client.join();
        waitFor([&] { return received.byRecipient.size() >= Connections * PerConnection; }, 5000);
        std::printf("the Sandbox alone, %d messages from %d keep-alive connections: %.0f answered a second "
                    "(%d answered 200, %lld distinct recipients printed)\n",
                    Connections * PerConnection, Connections, answered / seconds, int(answered),
                    qlonglong(received.byRecipient.size()));
        std::fflush(stdout);
        if (answered != Connections * PerConnection)
            qFatal("the Sandbox did not answer every message");
    }

    const auto run = [&](int rows, const QString &rate, const QString &campaign) {
        const QString list = dir.filePath(campaign + QStringLiteral(".csv"));
        writeList(list, rows);
        received = {};
        QProcess send;
        send.setProcessEnvironment(env);
        send.setStandardOutputFile(QProcess::nullDevice());
        bool ended = false;
        QObject::connect(&send, &QProcess::finished, &app, [&ended] { ended = true; });
        send.start(QStringLiteral(WABENCH_BINARY),
                   {QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Bench"),
                    QStringLiteral("--csv"), list, QStringLiteral("--campaign"), campaign, QStringLiteral("--rate"),
                    rate, draft});
        send.write("TOKEN\n");
        send.closeWriteChannel();
        if (!send.waitForStarted(10000))
            qFatal("send did not start");
        const qint64 pid = send.processId();
        qint64 peak = 0;
        QTimer sample;
        QObject::connect(&sample, &QTimer::timeout, &app, [&] { peak = std::max(peak, peakKiB(pid)); });
        sample.start(20);
        if (!waitFor([&] { return ended; }, 600000))
            qFatal("send did not end");
        sample.stop();
        waitFor([&] { return received.byRecipient.size() >= rows; }, 5000); // the Sandbox's last lines
        int twice = 0;
        for (const int times : std::as_const(received.byRecipient))
            twice += times > 1 ? 1 : 0;
        const double seconds = std::max<qint64>(received.last - received.first, 1) / 1000.0;
        const double reached = (received.byRecipient.size() - 1) / seconds;
        std::printf("send --csv, %6d rows, rate %-9s %7.1f a second reached", rows,
                    qPrintable(rate == u"0" ? QStringLiteral("none") : rate), reached);
        if (rate != u"0")
            std::printf(" (%.0f%% of it)", 100 * reached / rate.toDouble());
        std::printf(", %d rows received twice, %lld of %d received, peak memory %.1f MiB\n", twice,
                    qlonglong(received.byRecipient.size()), rows, peak / 1024.0);
        std::fflush(stdout);
        // Exit 3: a row's fate is unknown (a connection closed under it); it is never sent again, and is not
        // a failure of the run. A row received twice is.
        if ((send.exitCode() != 0 && send.exitCode() != 3) || twice > 0)
            qFatal("send --csv failed (exit %d) or sent a row twice", send.exitCode());
        return peak;
    };
    run(1600, QStringLiteral("80"), QStringLiteral("rate-80"));
    const qint64 tenThousand = run(10000, QStringLiteral("1000"), QStringLiteral("rate-1000"));
    run(10000, QStringLiteral("0"), QStringLiteral("unlimited"));
    const qint64 hundredThousand = run(100000, QStringLiteral("0"), QStringLiteral("long"));
    std::printf("peak memory, 100,000 rows against 10,000: %.2fx\n", double(hundredThousand) / tenThousand);
    sandbox.kill();
    sandbox.waitForFinished(5000);
    return 0;
}
