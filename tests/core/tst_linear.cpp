// SPDX-License-Identifier: GPL-3.0-or-later
// Checks stay linear in the size of what they check: `validate` and `explain` of an input eight times
// larger take at most about twelve times as long (this thread's processor time in this run, the best of
// five of each), and the size errors land where they belong. `make bench` prints the times at full size.
#include "largeinputs.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <malloc.h>
#include <sys/resource.h>

class TestLinear : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // Freed memory stays with the process between runs (no return to the kernel, no fresh pages to
        // fault in), so that the best run of each size measures the checks, not the kernel's page zeroing.
        mallopt(M_MMAP_THRESHOLD, 512 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    }

    void eightTimesTheInputIsAtMostTwelveTimesTheTime_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("family");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<QString>("pointer"); // where the size error is; empty: none
        // Sizes at which the larger input still works in the processor's caches: past them, memory's own
        // cost grows faster than the input (20,000 cards take 11-14x the time of 2,500, most of it in Qt's
        // JSON reader, the allocator and freeing), which is not what this measures. make bench runs 100,000.
        const QList<std::tuple<QString, qsizetype, QString>> families = {
            {QStringLiteral("to"), 2000, QStringLiteral("/to")},
            {QStringLiteral("body"), 125000, QStringLiteral("/text/body")},
            {QStringLiteral("buttons"), 1000, QStringLiteral("/interactive/action/buttons")},
            {QStringLiteral("cards"), 400, QStringLiteral("/interactive/action/cards")},
            {QStringLiteral("rows"), 1000, QStringLiteral("/interactive/action/sections/0/rows")},
            {QStringLiteral("messages"), 1000, QString()},
        };
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("explain")}) {
            for (const auto &[family, size, pointer] : families)
                QTest::newRow(qPrintable(command + u' ' + family)) << command << family << size << pointer;
        }
    }
    void eightTimesTheInputIsAtMostTwelveTimesTheTime()
    {
        QFETCH(QString, command);
        QFETCH(QString, family);
        QFETCH(qsizetype, size);
        QFETCH(QString, pointer);
#ifdef WABENCH_SANITIZED
        // Ten times slower under the sanitizers: a fifth of the size still shows how the time grows.
        size = qMax<qsizetype>(1, size / 5);
#endif
        const QString small = LargeInputs::write(m_dir.path(), family, size);
        const QString large = LargeInputs::write(m_dir.path(), family, size * 8);
        QString printed;
        const double once = LargeInputs::time(command, small, 5);
        const double eight = LargeInputs::time(command, large, 5, &printed);
        qInfo("%s %s: %lld → %.1f ms, %lld → %.1f ms (%.1fx)", qPrintable(command), qPrintable(family), qlonglong(size),
              once, qlonglong(size * 8), eight, eight / qMax(once, 0.001));
        // A few milliseconds of slack: what is fast at both sizes is fast.
        QVERIFY2(eight <= 12 * once + 5, qPrintable(QStringLiteral("%1 ms against %2 ms").arg(eight).arg(once)));
        if (command == u"validate" && !pointer.isEmpty())
            QVERIFY2(printed.contains(QStringLiteral(": error: ") + pointer + QStringLiteral(": ")),
                     qPrintable(printed.left(500)));
    }

    // Converting or rendering 100,000 messages holds a bounded multiple of the input, never the gigabytes
    // it once took: the real binary's peak memory, as the kernel counts it for a finished child.
    void renderingAndConvertingStayBounded_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("convert") << QStringList{QStringLiteral("convert"), QStringLiteral("--to"),
                                                QStringLiteral("exotel"), QStringLiteral("--from"),
                                                QStringLiteral("+919876500001")};
        QTest::newRow("render") << QStringList{QStringLiteral("render")};
    }
    void renderingAndConvertingStayBounded()
    {
#ifdef WABENCH_SANITIZED
        QSKIP("the sanitizers' shadow memory and quarantine make peak memory no measure; the plain build checks it");
#endif
        QFETCH(QStringList, arguments);
        const QString input = LargeInputs::write(m_dir.path(), QStringLiteral("messages"), 100000);
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(WABENCH_BINARY), arguments << input);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        const qint64 peakKiB = usage.ru_maxrss;
        const qint64 inputKiB = QFileInfo(input).size() / 1024;
        const qint64 factor = 30;
        qInfo("%s of %lld KiB: peak %lld KiB", qPrintable(arguments.first()), qlonglong(inputKiB), qlonglong(peakKiB));
        QVERIFY2(peakKiB < factor * inputKiB, qPrintable(QString::number(peakKiB)));
    }
};

QTEST_GUILESS_MAIN(TestLinear)
#include "tst_linear.moc"
