// SPDX-License-Identifier: GPL-3.0-or-later
// File > Send to a List, driven as a person would against the window's own Sandbox: placeholders
// without a value as errors at their field, the list attached and its rows stepped through in the
// previews (the phone's included), every row checked before anything is sent, rows with errors refused
// or skipped, the campaign's progress, pause and stop, a run again that sends only what never left, its
// report as statuses arrive, the failed rows exported, and the campaign in the history as one.
#include "document/draftdocument.h"
#include "history/historymodel.h"
#include "lists/campaignrun.h"
#include "sandbox/sandbox.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historyview.h"
#include "ui/lists/campaignreportview.h"
#include "ui/lists/listbar.h"
#include "ui/lists/sendlistdialog.h"
#include "ui/mainwindow.h"
#include "ui/preview/phoneview.h"
#include "ui/preview/previewpane.h"
#include "webhooks/localservices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

class TestSendList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> window()
    {
        MainWindow::Options options;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave.wabench.json"));
        options.database = m_dir.filePath(QStringLiteral("history.sqlite"));
        options.offerRecovery = false;
        options.confirmDiscard = false;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        auto window = std::make_unique<MainWindow>(options);
        QSignalSpy started(window.get(), &MainWindow::servicesStarted);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window did not show");
        if (started.isEmpty() && !started.wait(5000))
            qWarning("the receiver and the Sandbox did not start");
        return window;
    }
    static void textMessage(MainWindow &window, const QString &body)
    {
        Draft draft = window.document()->draft();
        draft.message = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
        draft.recipients.clear();
        window.document()->setDraft(draft, false);
    }
    QString writeList(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static bool hasIssue(const DraftDocument *document, const QString &pointer, const QString &words)
    {
        return std::any_of(document->issues().cbegin(), document->issues().cend(), [&](const Issue &issue) {
            return issue.isError() && issue.pointer == pointer && issue.message.contains(words);
        });
    }
    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchSendListTests"));
        AppIdentity::userSettings()->clear();
        AppIdentity::userSettings()->setValue(QStringLiteral("sandbox/callback_delay_ms"), 40);
        AppIdentity::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    void aListIsCheckedPreviewedRowByRowAndSent()
    {
        auto w = window();
        QCOMPARE(w->document()->draft().provider, QStringLiteral("sandbox"));
        textMessage(*w, QStringLiteral("Hello {{name}}, order {{order}} is on its way."));
        // Sent alone, a placeholder has no value: an error at its field, and Send is off.
        QVERIFY(hasIssue(w->document(), QStringLiteral("/message/text/body"), QStringLiteral("{{name}} has no value")));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("sendAction"))->isEnabled());

        // Row 3 leaves a value empty; row 5 repeats row 1's customer; row 6's number is not on WhatsApp.
        const QString list = writeList(QStringLiteral("customers.csv"), "\xEF\xBB\xBFto,name,order\r\n"
                                                                        "+14155550101,Ana,O-1\r\n"
                                                                        "+14155550102,\"Bo, Jr.\",O-2\r\n"
                                                                        "+14155550103,,O-3\r\n"
                                                                        "+14155550104,Di,O-4\r\n"
                                                                        "+1 415 555 0101,Ana again,O-5\r\n"
                                                                        "+14155550901,Fay,O-6\r\n");
        SendListDialog *dialog = w->showSendToList(list);
        QVERIFY(dialog && dialog->isVisible());
        ListBar *bar = w->listBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->shownRow(), 0);
        // With the list, the placeholders have their columns: no error in the raw text.
        QVERIFY(!hasIssue(w->document(), QStringLiteral("/message/text/body"), QStringLiteral("has no value")));

        // Every row checked first: row 3 cannot go, row 5 repeats a recipient.
        QCOMPARE(dialog->lastCheck().rows, 6);
        QCOMPARE(dialog->lastCheck().invalid, (QSet<qint64>{3}));
        QCOMPARE(dialog->lastCheck().duplicates, 1);
        auto *findings = dialog->findChild<QTableWidget *>(QStringLiteral("listFindingsTable"));
        QCOMPARE(findings->rowCount(), 2);
        QCOMPARE(findings->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY2(findings->item(0, 2)->text().contains(QStringLiteral("{{name}} has no value")),
                 qPrintable(findings->item(0, 2)->text()));
        QVERIFY(findings->item(1, 2)->text().contains(QStringLiteral("row 1")));
        QPushButton *send = button(dialog, "sendListButton");
        QVERIFY(!send->isEnabled()); // refused while a row has errors, unless skipped
        dialog->findChild<QRadioButton *>(QStringLiteral("skipRadioButton"))->click();
        QVERIFY(send->isEnabled());

        // The previews step through the rows; the phone follows.
        PreviewPane *preview = w->findChild<PreviewPane *>();
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("Hello {{name}}")));
        bar->findChild<QSpinBox *>(QStringLiteral("listRowSpinBox"))->setValue(2);
        QCOMPARE(bar->shownRow(), 2);
        QVERIFY2(preview->text(PreviewPane::Body).contains(QStringLiteral("Hello Bo, Jr., order O-2 is on its way.")),
                 qPrintable(preview->text(PreviewPane::Body)));
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("+14155550102")));
        preview->showTab(PreviewPane::Phone);
        QTRY_VERIFY(preview->phone());
        QTRY_VERIFY2(preview->text(PreviewPane::Phone).contains(QStringLiteral("Hello Bo, Jr., order O-2")),
                     qPrintable(preview->text(PreviewPane::Phone)));
        bar->showRow(3);
        QVERIFY(hasIssue(w->document(), QStringLiteral("/message/text/body"),
                         QStringLiteral("row 3 of customers.csv leaves it empty")));
        bar->findChild<QToolButton *>(QStringLiteral("listRawToolButton"))->click();
        QCOMPARE(bar->shownRow(), 0);
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("Hello {{name}}")));
        preview->showTab(PreviewPane::Body);

        // Sent: five rows, row 3 skipped.
        auto *campaign = dialog->findChild<QLineEdit *>(QStringLiteral("campaignLineEdit"));
        QVERIFY(campaign->text().startsWith(QStringLiteral("customers-")));
        campaign->setText(QStringLiteral("outage"));
        QSignalSpy finished(w->workbench(), &Workbench::campaignFinished);
        send->click();
        QVERIFY(finished.wait(10000));
        const auto counts = finished.constFirst().at(1).value<CampaignRun::Counts>();
        QCOMPARE(counts.accepted, 5);
        QCOMPARE(counts.skipped, 1);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("listMessageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("5 accepted")), qPrintable(message->text()));

        // The report grows as statuses arrive: five read but the one not on WhatsApp, failed with its words.
        auto *report = dialog->findChild<CampaignReportView *>();
        QTRY_VERIFY_WITH_TIMEOUT(report->report().states.value(QStringLiteral("read")) == 4 &&
                                     report->report().states.value(QStringLiteral("failed")) == 1,
                                 10000);
        QVERIFY2(report->summary().contains(QStringLiteral("5 rows on record")), qPrintable(report->summary()));
        QCOMPARE(report->report().failures.size(), 1);
        QTRY_VERIFY(button(dialog, "exportFailedButton")->isEnabled());
        const QString failed = m_dir.filePath(QStringLiteral("failed.csv"));
        QVERIFY(dialog->exportFailed(failed));
        QFile exported(failed);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = exported.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("to,name,order,error\r"));
        QVERIFY2(lines.value(1).startsWith("+14155550901,Fay,O-6,131026"), lines.value(1).constData());
        QCOMPARE(lines.size(), 3); // the header, one row, the end

        // The history shows the campaign as one: its rows, its report above them (made only now: the
        // window's start builds nothing it does not show).
        HistoryView *history = w->historyView();
        QVERIFY(!history->findChild<CampaignReportView *>(QStringLiteral("historyCampaignReport")));
        button(dialog, "showCampaignButton")->click();
        QCOMPARE(history->model()->query().campaign, QStringLiteral("outage"));
        QTRY_COMPARE(history->model()->rowCount(), 5);
        QVERIFY(!history->table()->isColumnHidden(HistoryModel::Campaign));
        QVERIFY(history->model()
                    ->index(0, HistoryModel::Campaign)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("outage #")));
        auto *shown = history->findChild<CampaignReportView *>(QStringLiteral("historyCampaignReport"));
        QVERIFY(shown->isVisible());
        // Tab reaches the report between the filters and the rows, where it stands.
        const auto stop = [](QWidget *from, bool forward) {
            QWidget *next = from;
            do
                next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
            while (next != from && !(next->focusPolicy() & Qt::TabFocus));
            return next;
        };
        auto *failures = shown->findChild<QTreeWidget *>();
        QVERIFY(failures && (failures->focusPolicy() & Qt::TabFocus));
        QCOMPARE(stop(failures, true), history->table());
        QVERIFY(history->findChild<HistoryFilterBar *>()->isAncestorOf(stop(failures, false)));
        auto *campaigns = history->findChild<QComboBox *>(QStringLiteral("historyCampaignComboBox"));
        QVERIFY(campaigns->isVisible());
        campaigns->setCurrentIndex(0); // any campaign
        QVERIFY(history->model()->query().campaign.isEmpty());
        QVERIFY(!shown->isVisible());

        // Detached, the placeholders have no value again.
        bar->findChild<QToolButton *>(QStringLiteral("listCloseToolButton"))->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(hasIssue(w->document(), QStringLiteral("/message/text/body"), QStringLiteral("{{name}} has no value")));
    }

    // A long list's check can be stopped from the dialog, which answers meanwhile: nothing can be sent until
    // a check reaches the end.
    void aLongChecksCanBeStopped()
    {
        auto w = window();
        textMessage(*w, QStringLiteral("Notice for {{name}}"));
        QByteArray text("to,name\n");
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("+1415%1,N%2\n").arg(3000000 + i / 800 * 1000 + i % 800).arg(i).toUtf8();
        const QString list = writeList(QStringLiteral("long.csv"), text);
        // Once the check lets the window answer, Stop Checking is there and is clicked.
        bool chooseEnabled = true;
        QTimer stopper;
        stopper.setInterval(0);
        connect(&stopper, &QTimer::timeout, w.get(), [&] {
            auto *dialog = w->findChild<SendListDialog *>();
            QPushButton *check = dialog ? button(dialog, "checkListButton") : nullptr;
            if (!check || check->text() != QStringLiteral("&Stop Checking"))
                return;
            chooseEnabled = button(dialog, "chooseListButton")->isEnabled();
            check->click();
            stopper.stop();
        });
        stopper.start();
        SendListDialog *dialog = w->showSendToList(list);
        QVERIFY(!stopper.isActive()); // it was clicked
        QVERIFY(!chooseEnabled);
        QVERIFY(dialog->lastCheck().cancelled);
        QVERIFY(dialog->lastCheck().rows < 5000);
        QVERIFY(!button(dialog, "sendListButton")->isEnabled());
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("listSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("nothing is sent until every row is checked")),
                 qPrintable(summary->text()));
        QCOMPARE(button(dialog, "checkListButton")->text(), QStringLiteral("Check A&gain"));

        // Checked again to its end: it can be sent.
        button(dialog, "checkListButton")->click();
        QCOMPARE(dialog->lastCheck().rows, 5000);
        QVERIFY(!dialog->lastCheck().cancelled);
        QVERIFY(button(dialog, "sendListButton")->isEnabled());
    }

    // Paused, then stopped part-way: sent again under the same name, only the rows that never left go.
    void aStoppedCampaignSentAgainSendsOnlyTheRest()
    {
        auto w = window();
        textMessage(*w, QStringLiteral("Notice for {{name}}"));
        QByteArray text("to,name\n");
        for (int i = 1; i <= 60; ++i)
            text += QStringLiteral("+1415555%1,N%2\n").arg(1000 + i).arg(i).toUtf8();
        const QString list = writeList(QStringLiteral("sixty.csv"), text);
        SendListDialog *dialog = w->showSendToList(list);
        QCOMPARE(dialog->lastCheck().rows, 60);
        dialog->findChild<QLineEdit *>(QStringLiteral("campaignLineEdit"))->setText(QStringLiteral("sixty"));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpinBox"))->setValue(20);
        QSignalSpy progress(w->workbench(), &Workbench::campaignProgress);
        QSignalSpy finished(w->workbench(), &Workbench::campaignFinished);
        button(dialog, "sendListButton")->click();
        QVERIFY(progress.wait(5000));
        QPushButton *pause = button(dialog, "pauseListButton");
        QVERIFY(pause->isVisible());
        pause->click();
        QVERIFY(w->workbench()->campaign()->isPaused());
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        pause->click();
        QVERIFY(!w->workbench()->campaign()->isPaused());
        QTRY_VERIFY(w->workbench()->campaign()->counts().accepted >= 3);
        button(dialog, "stopListButton")->click(); // it ends at once when nothing is in flight
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const qint64 first = finished.constFirst().at(1).value<CampaignRun::Counts>().accepted;
        QVERIFY2(first < 60, qPrintable(QString::number(first)));

        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpinBox"))->setValue(0); // no limit
        button(dialog, "sendListButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        const auto second = finished.constLast().at(1).value<CampaignRun::Counts>();
        QCOMPARE(second.sentBefore, first);
        QCOMPARE(second.accepted, 60 - first);
        HistoryQuery query;
        query.campaign = QStringLiteral("sixty");
        QCOMPARE(w->workbench()->history()->count(query), 60);
    }
};

QTEST_MAIN(TestSendList)
#include "tst_sendlist.moc"
