// SPDX-License-Identifier: GPL-3.0-or-later
// The Webhooks window with real widgets: the requests the receiver keeps listed live and filtered, one shown
// whole with its events linked to their messages (and the history's messages linked back to theirs), a
// replay into the receiver, a callback triggered from a history row, and Meta's handshake tried.
#include "../core/httpclient.h"
#include "history/historystore.h"
#include "modals.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogtitles.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "ui/webhooks/triggerdialog.h"
#include "ui/webhooks/webhookswindow.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookforwarder.h"
#include "webhooks/webhookreceiver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestWebhooksWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_windows = 0;

    std::unique_ptr<MainWindow> window()
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave-%1.wabench.json").arg(++m_windows));
        options.confirmDiscard = false;
        auto window = std::make_unique<MainWindow>(options);
        window->show();
        return window;
    }
    static qint64 sent(MainWindow &window, const QString &messageId)
    {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        HistoryStore *history = window.workbench()->history();
        const qint64 id = history->insertSending(record);
        history->recordOutcome(id, DeliveryStatus::Accepted, messageId, QString(), {}, 10);
        return id;
    }
    int post(MainWindow &window, const QString &path, const QByteArray &body)
    {
        const WebhookReceiver *receiver = window.workbench()->services()->receiver();
        return TestHttp::postJson(m_network, QUrl(receiver->localUrl() + path), body).status;
    }
    static int rows(WebhooksWindow *webhooks) { return webhooks->table()->model()->rowCount(); }
    static QString cell(WebhooksWindow *webhooks, int row, int column)
    {
        return webhooks->table()->model()->index(row, column).data().toString();
    }
    static void shoot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("WABENCH_TEST_SHOTS"); !dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchWebhooksTests"));
        AppIdentity::userSettings()->clear();
        // A history of this run's own: what an earlier run kept is not listed.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
        DialogTitles::install(qApp);
        AppIdentity::installTranslations(QLocale(QLocale::English)); // as the app starts: plurals said
    }

    void requestsAreListedLiveFilteredAndLinked()
    {
        auto w = window();
        WebhooksWindow *webhooks = w->showWebhooks();
        auto *empty = webhooks->findChild<QLabel *>(QStringLiteral("webhooksEmptyLabel"));
        QTRY_VERIFY(empty->isVisible());
        QTRY_VERIFY2(w->workbench()->services()->receiver()->isListening() &&
                         empty->text().contains(w->workbench()->services()->receiver()->localUrl()),
                     qPrintable(empty->text()));
        shoot(webhooks, QStringLiteral("webhooks-empty"));

        const qint64 record = sent(*w, QStringLiteral("wamid.GUI1"));
        // As Meta writes it: "object" before "entry".
        QCOMPARE(post(*w, QStringLiteral("/webhooks/meta"),
                      R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{)"
                      R"("messaging_product":"whatsapp","statuses":[{"id":"wamid.GUI1","status":"delivered",)"
                      R"("timestamp":"1700000000","recipient_id":"919876543210"}]},"field":"messages"}]}]})"),
                 200);
        QCOMPARE(post(*w, QStringLiteral("/webhooks/meta"), "{not json"), 400);
        // Live: both appear without asking, newest first.
        QTRY_COMPARE(rows(webhooks), 2);
        QVERIFY(!empty->isVisible());
        QVERIFY2(cell(webhooks, 0, 4).contains(QStringLiteral("Refused")) &&
                     cell(webhooks, 0, 4).contains(QStringLiteral("not JSON")),
                 qPrintable(cell(webhooks, 0, 4)));
        QCOMPARE(cell(webhooks, 1, 5), QStringLiteral("delivered (updated)"));

        // The applied one whole: pretty body, headers, its event linked to its message.
        webhooks->table()->setCurrentIndex(webhooks->table()->model()->index(1, 0));
        auto *title = webhooks->findChild<QLabel *>(QStringLiteral("webhookTitleLabel"));
        QVERIFY2(title->text().contains(QStringLiteral("POST /webhooks/meta")) &&
                     title->text().contains(QStringLiteral("Applied")),
                 qPrintable(title->text()));
        auto *body = webhooks->findChild<QPlainTextEdit *>(QStringLiteral("webhookBodyView"));
        // Indented as it was written: "object" first, as Meta writes it.
        QVERIFY2(body->toPlainText().startsWith(
                     QStringLiteral("{\n    \"object\": \"whatsapp_business_account\",\n    \"entry\": [")),
                 qPrintable(body->toPlainText()));
        auto *headers = webhooks->findChild<QPlainTextEdit *>(QStringLiteral("webhookHeadersView"));
        QVERIFY2(headers->toPlainText().contains(QStringLiteral("Content-Type: application/json")),
                 qPrintable(headers->toPlainText()));
        auto *events = webhooks->findChild<QLabel *>(QStringLiteral("webhookEventsLabel"));
        QVERIFY2(events->text().contains(QStringLiteral("record:%1").arg(record)), qPrintable(events->text()));
        shoot(webhooks, QStringLiteral("webhooks"));
        // To the message in the history...
        emit events->linkActivated(QStringLiteral("record:%1").arg(record));
        auto *history = w->findChild<HistoryView *>();
        QTRY_COMPARE(history->currentId(), record);
        // ...and from it back to its requests alone.
        auto *its = history->findChild<QAction *>(QStringLiteral("historyWebhooksAction"));
        QVERIFY(its->isEnabled());
        its->trigger();
        QTRY_COMPARE(rows(webhooks), 1);
        QVERIFY(webhooks->findChild<QToolButton *>(QStringLiteral("webhooksAllMessagesButton"))->isVisible());
        webhooks->findChild<QToolButton *>(QStringLiteral("webhooksAllMessagesButton"))->click();
        QTRY_COMPARE(rows(webhooks), 2);

        // Filters: the verdict, the path, the text.
        auto *verdict = webhooks->findChild<QComboBox *>(QStringLiteral("webhooksVerdictFilter"));
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("refused")));
        QCOMPARE(rows(webhooks), 1);
        verdict->setCurrentIndex(0);
        auto *search = webhooks->findChild<QLineEdit *>(QStringLiteral("webhooksSearch"));
        QTest::keyClicks(search, QStringLiteral("wamid.GUI1"));
        QCOMPARE(rows(webhooks), 1);
        search->clear();
        auto *path = webhooks->findChild<QLineEdit *>(QStringLiteral("webhooksPathFilter"));
        QTest::keyClicks(path, QStringLiteral("/webhooks/telnyx"));
        QCOMPARE(rows(webhooks), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("filters")));
        path->clear();
        QCOMPARE(rows(webhooks), 2);
    }

    // Forwarding to the person's own handler is set in Preferences: a URL that is not one is refused, saying
    // why; one that is reaches the receiver at once.
    void forwardingIsSetInPreferences()
    {
        auto w = window();
        w->showPreferences();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *forward = dialog->findChild<QLineEdit *>(QStringLiteral("forwardToLineEdit"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        forward->setText(QStringLiteral("ftp://127.0.0.1/hook"));
        ok->click();
        QVERIFY2(dialog->isVisible() && dialog->lastError().startsWith(QStringLiteral("Forward to: ")),
                 qPrintable(dialog->lastError()));
        forward->setText(QStringLiteral("http://127.0.0.1:3000/hook"));
        ok->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(w->workbench()->services()->receiver()->forwarder()->target(),
                 QUrl(QStringLiteral("http://127.0.0.1:3000/hook")));
        QCOMPARE(w->workbench()->settings()->value(QStringLiteral("webhooks/forward_to")).toString(),
                 QStringLiteral("http://127.0.0.1:3000/hook"));
        w->workbench()->settings()->remove(QStringLiteral("webhooks/forward_to"));
    }

    void replayTriggerAndMetasCheckFromTheWindow()
    {
        auto w = window();
        WebhooksWindow *webhooks = w->showWebhooks();
        QTRY_VERIFY(w->workbench()->services()->receiver()->isListening());
        const qint64 record = sent(*w, QStringLiteral("wamid.GUI2"));
        const int before = rows(webhooks);

        // A callback about a history row, triggered from it: Meta's delivered status, into the receiver.
        auto *history = w->findChild<HistoryView *>();
        QTRY_VERIFY((history->selectRecord(record), history->currentId() == record));
        auto *trigger = history->findChild<QAction *>(QStringLiteral("historyTriggerAction"));
        QTRY_VERIFY(trigger->isEnabled());
        trigger->trigger();
        TriggerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = webhooks->findChild<TriggerDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("triggerMessageIdLineEdit"))->text(),
                 QStringLiteral("wamid.GUI2"));
        auto *event = dialog->findChild<QComboBox *>(QStringLiteral("triggerEventCombo"));
        QCOMPARE(event->currentData().toString(), QStringLiteral("delivered"));
        shoot(dialog, QStringLiteral("trigger"));
        dialog->findChild<QPushButton *>(QStringLiteral("triggerSendButton"))->click();
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("triggerResultLabel"));
        QTRY_VERIFY2(result->text().contains(QStringLiteral("answered 200")), qPrintable(result->text()));
        QTRY_COMPARE(w->workbench()->history()->record(record)->state, DeliveryStatus::Delivered);
        QTRY_COMPARE(rows(webhooks), before + 1);

        // Telnyx documents no button reply: shown, disabled, saying why.
        auto *provider = dialog->findChild<QComboBox *>(QStringLiteral("triggerProviderCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("telnyx")));
        const int reply = event->findData(QStringLiteral("button-reply"));
        QStandardItem *item = qobject_cast<QStandardItemModel *>(event->model())->item(reply);
        QVERIFY(!item->isEnabled());
        QVERIFY(item->toolTip().contains(QStringLiteral("Telnyx documents no")));
        dialog->close();

        // The kept request replayed into the receiver: recorded as a replay of it.
        webhooks->table()->setCurrentIndex(webhooks->table()->model()->index(0, 0));
        webhooks->findChild<QPushButton *>(QStringLiteral("webhookReplayButton"))->click();
        QTRY_COMPARE(rows(webhooks), before + 2);
        QTRY_VERIFY2(webhooks->statusBar()->currentMessage().contains(QStringLiteral("replayed as request")),
                     qPrintable(webhooks->statusBar()->currentMessage()));
        QVERIFY2(cell(webhooks, 0, 4).contains(QStringLiteral("replay of")), qPrintable(cell(webhooks, 0, 4)));

        // Meta's handshake: refused without a verify token, passing with one.
        auto *check = webhooks->findChild<QPushButton *>(QStringLiteral("webhookMetaCheckButton"));
        check->click();
        QTRY_VERIFY2(webhooks->statusBar()->currentMessage().contains(QStringLiteral("no verify token")),
                     qPrintable(webhooks->statusBar()->currentMessage()));
        w->workbench()->settings()->setValue(QStringLiteral("webhooks/meta_verify_token"), QStringLiteral("tok-1"));
        w->workbench()->services()->reloadSettings(w->workbench()->settings());
        check->click();
        QTRY_VERIFY2(webhooks->statusBar()->currentMessage().contains(QStringLiteral("passes")),
                     qPrintable(webhooks->statusBar()->currentMessage()));
        QTRY_COMPARE(rows(webhooks), before + 3); // the check is kept too
        w->workbench()->settings()->remove(QStringLiteral("webhooks/meta_verify_token"));
    }
};

QTEST_MAIN(TestWebhooksWindow)
#include "tst_webhookswindow.moc"
