// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks, not tests: a keystroke in the largest messages until the preview and validation are
// up to date, and start to first painted window against a bare QMainWindow. Prints medians.
#include "document/draftdocument.h"
#include "message/kinds.h"
#include "phone/phonelayout.h"
#include "phone/phonepainter.h"
#include "session/workbench.h"
#include "ui/composer/fieldwidget.h"
#include "ui/composer/formview.h"
#include "ui/mainwindow.h"
#include "ui/preview/phoneview.h"
#include "ui/preview/previewpane.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// "median M ms (quartiles A-B, min C, max D)": the spread says how far one run may be trusted.
QString spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return QStringLiteral("no runs");
    const qsizetype n = values.size();
    return QStringLiteral("median %1 ms (quartiles %2-%3, min %4, max %5)")
        .arg(values.at(n / 2), 0, 'f', 1)
        .arg(values.at(n / 4), 0, 'f', 1)
        .arg(values.at(n * 3 / 4), 0, 'f', 1)
        .arg(values.first(), 0, 'f', 1)
        .arg(values.last(), 0, 'f', 1);
}

} // namespace

class BenchComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // `phone`: with the Phone tab in view, so each keystroke lays the phone picture out again. `templates`:
    // with that many template definitions kept, the example's own among them, so that each keystroke checks
    // the send against its definition.
    void keystrokes(const QString &example, const QString &pointer, bool phone = false, int templates = 0)
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.autosavePath = m_dir.filePath(QStringLiteral("bench.wabench.json"));
        options.offerRecovery = false;
        options.confirmDiscard = false;
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (templates > 0) {
            QList<QJsonObject> definitions;
            for (int i = 1; i < templates; ++i) {
                definitions.append(QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("bench_template_%1").arg(i, 4, 10, QLatin1Char('0'))},
                    {QStringLiteral("language"), QStringLiteral("en_US")},
                    {QStringLiteral("category"), QStringLiteral("UTILITY")},
                    {QStringLiteral("components"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                            {QStringLiteral("text"), QStringLiteral("Order {{1}} is on its way.")}}}}});
            }
            // The offer example's own definition: its header, offer, one body value and two buttons.
            definitions.append(
                QJsonDocument::fromJson(
                    "{\"name\": \"summer_sale_lto\", \"language\": \"en_US\", \"category\": \"MARKETING\","
                    " \"components\": [{\"type\": \"HEADER\", \"format\": \"IMAGE\"},"
                    " {\"type\": \"LIMITED_TIME_OFFER\", \"limited_time_offer\": {\"text\": \"Sale\","
                    " \"has_expiration\": true}}, {\"type\": \"BODY\", \"text\": \"Hi {{1}}, it is on.\"},"
                    " {\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"COPY_CODE\", \"example\": \"S\"},"
                    " {\"type\": \"URL\", \"text\": \"Shop\", \"url\": \"https://example.com/{{1}}\"}]}]}")
                    .object());
            QVERIFY(window.workbench()->history()->saveTemplates(QString(), definitions));
            QCOMPARE(window.workbench()->templates().size(), templates);
        }
        QVERIFY(window.openFile(QStringLiteral(":/examples/") + example + QStringLiteral(".wabench.json")));
        if (phone) {
            auto *preview = window.findChild<PreviewPane *>();
            preview->showTab(PreviewPane::Phone);
            // Placeholders, not pictures from the examples' links: a benchmark reaches no server.
            preview->phone()->findChild<QCheckBox *>(QStringLiteral("phoneFetchCheckBox"))->setChecked(false);
            QTRY_VERIFY(preview->phone()->isVisible());
        }
        FieldWidget *field = window.findChild<FormView *>()->field(pointer);
        QVERIFY(field && field->pointer() == pointer);
        QWidget *editor = field->focusTarget();
        editor->setFocus();
        QList<double> times;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(editor, i % 20 == 19 ? Qt::Key_Backspace : Qt::Key_A);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (i % 40 == 39) { // keep the text within its limit
                if (auto *line = qobject_cast<QLineEdit *>(editor))
                    line->clear();
                else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
                    text->clear();
            }
        }
        qInfo("keystroke to updated %s and validation%s, %s: median %.3f ms, 90th percentile %.3f ms",
              phone ? "phone picture" : "preview",
              templates > 0 ? qPrintable(QStringLiteral(" against %1 kept templates").arg(templates)) : "",
              qPrintable(example), median(times), [&] {
                  QList<double> sorted = times;
                  std::sort(sorted.begin(), sorted.end());
                  return sorted.at(sorted.size() * 9 / 10);
              }());
        // The benchmark's history is kept between runs: the definitions go with it.
        if (templates > 0)
            QVERIFY(window.workbench()->history()->saveTemplates(QString(), {}, nullptr, true));
    }

private slots:
    void initTestCase()
    {
        // Settings of the benchmark's own, not the person's running it.
        QStandardPaths::setTestModeEnabled(true);
    }

    void keystrokeInTheLargestList()
    {
        keystrokes(QStringLiteral("interactive.list"), QStringLiteral("/interactive/body/text"));
    }
    void keystrokeInACarousel()
    {
        keystrokes(QStringLiteral("interactive.carousel"), QStringLiteral("/interactive/action/cards/2/body/text"));
    }
    void keystrokeInATemplate()
    {
        keystrokes(QStringLiteral("template-limited-time-offer"),
                   QStringLiteral("/template/components/1/parameters/0/text"));
    }
    void keystrokeInATemplateWithAThousandKept()
    {
        keystrokes(QStringLiteral("template-limited-time-offer"),
                   QStringLiteral("/template/components/1/parameters/0/text"), false, 1000);
    }
    void keystrokeWithThePhoneInView_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("list") << QStringLiteral("interactive.list") << QStringLiteral("/interactive/body/text");
        QTest::newRow("carousel") << QStringLiteral("interactive.carousel")
                                  << QStringLiteral("/interactive/action/cards/2/body/text");
        QTest::newRow("template") << QStringLiteral("template-limited-time-offer")
                                  << QStringLiteral("/template/components/1/parameters/0/text");
    }
    void keystrokeWithThePhoneInView()
    {
        QFETCH(QString, example);
        QFETCH(QString, pointer);
        keystrokes(example, pointer, true);
    }
    // Each example drawn to an image, as render --png does, against laying it out alone.
    void renderingEachExample()
    {
        QList<double> layouts;
        QList<double> pictures;
        for (const QString &path : Kinds::examplePaths()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject message =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("message")).toObject();
            QElapsedTimer timer;
            timer.start();
            const PhoneScene scene = PhoneLayout::build(message, {});
            layouts.append(double(timer.nsecsElapsed()) / 1e6);
            const QImage image = PhonePainter::image(scene);
            pictures.append(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(!image.isNull());
        }
        qInfo("every example drawn to an image: layout median %.2f ms (max %.2f), layout and picture median %.2f ms "
              "(max %.2f), %lld examples",
              median(layouts), *std::max_element(layouts.cbegin(), layouts.cend()), median(pictures),
              *std::max_element(pictures.cbegin(), pictures.cend()), qlonglong(layouts.size()));
    }

    // Whole processes, from start to a painted window saved as an image, so that Qt's own start-up
    // counts for both. The image is an uncompressed BMP: PNG compression takes longer the more a window
    // shows (40-50 ms for ours, next to nothing for an empty one), which is not start-up.
    void startToFirstPaint()
    {
        // Both start in a fresh home: no settings, accounts or history of the person running the benchmark.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        const auto once = [&environment](const QString &program, const QStringList &arguments) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(program, arguments);
            if (!process.waitForFinished(30000) || process.exitCode() != 0)
                qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
            return double(timer.nsecsElapsed()) / 1e6;
        };
        const QString shot = m_dir.filePath(QStringLiteral("shot.bmp"));
        // Alternating runs, so that whatever else the machine does weighs on both alike; 41 pairs, as 21
        // left the ratio of medians a tenth apart between consecutive runs on a busy machine.
        QList<double> bareTimes;
        QList<double> ourTimes;
        for (int i = 0; i < 41; ++i) {
            bareTimes.append(once(QStringLiteral(WABENCH_BARE_WINDOW), {shot}));
            ourTimes.append(
                once(QStringLiteral(WABENCH_BINARY),
                     {QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QStringLiteral("1280x800")}));
        }
        const double bare = median(bareTimes);
        const double ours = median(ourTimes);
        qInfo("start to first painted window, whole processes, %lld alternated runs each:", qlonglong(ourTimes.size()));
        qInfo("  Wabench          %s", qPrintable(spread(ourTimes)));
        qInfo("  bare QMainWindow %s", qPrintable(spread(bareTimes)));
        qInfo("  ratio of medians %.2fx", ours / qMax(0.001, bare));
    }
};

QTEST_MAIN(BenchComposer)
#include "bench_composer.moc"
