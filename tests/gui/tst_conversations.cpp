// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations with real widgets: a customer chosen from a history row or a search; what was sent to them
// and what they sent back in time order as their phone shows it, a reply quoting the message it answers; the
// 24-hour window said; a click on a sent message leading to its history row; live as callbacks arrive.
#include "../core/httpclient.h"
#include "history/historystore.h"
#include "modals.h"
#include "phone/phoneconversation.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "ui/conversations/conversationswindow.h"
#include "ui/dialogtitles.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "webhooks/callbacktrigger.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestConversations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    static qint64 sent(MainWindow &window, const QString &recipient, const QString &messageId, const QString &text)
    {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = recipient;
        record.kind = QStringLiteral("text");
        record.request =
            "POST https://graph.facebook.com/v21.0/1/messages\nContent-Type: application/json\n\n" +
            QStringLiteral(R"({"messaging_product":"whatsapp","to":"%1","type":"text","text":{"body":"%2"}})")
                .arg(recipient, text)
                .toUtf8();
        HistoryStore *history = window.workbench()->history();
        const qint64 id = history->insertSending(record);
        history->recordOutcome(id, DeliveryStatus::Accepted, messageId, QString(), {}, 10);
        return id;
    }
    int customerWrites(MainWindow &window, const QString &event, const QString &answers, const QString &text)
    {
        CallbackTrigger::Options options;
        options.recipient = QStringLiteral("+919812340000");
        options.messageId = answers;
        options.text = text;
        const CallbackTrigger::Built built =
            CallbackTrigger::build(*Providers::find(QStringLiteral("meta")), event, options, {});
        const WebhookReceiver *receiver = window.workbench()->services()->receiver();
        return TestHttp::postJson(m_network, QUrl(receiver->localUrl() + QStringLiteral("/webhooks/meta")), built.body,
                                  built.headers)
            .status;
    }
    static QString shotsDir() { return qEnvironmentVariable("WABENCH_TEST_SHOTS"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchConversationTests"));
        AppIdentity::userSettings()->clear();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(HistoryStore::defaultPath() + QLatin1String(suffix));
        DialogTitles::install(qApp);
        AppIdentity::installTranslations(QLocale(QLocale::English)); // as the app starts: plurals said
    }

    void theConversationIsShownAsThePhoneShowsIt()
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave.wabench.json"));
        options.confirmDiscard = false;
        MainWindow w(options);
        w.show();
        QTRY_VERIFY(w.workbench()->services()->receiver()->isListening());
        const qint64 first = sent(w, QStringLiteral("+919812340000"), QStringLiteral("wamid.CONV1"),
                                  QStringLiteral("Your order has shipped. Track it?"));
        sent(w, QStringLiteral("+15550001111"), QStringLiteral("wamid.OTHER"), QStringLiteral("Someone else"));

        // From the history row of the first: its customer, who has not written yet.
        auto *history = w.findChild<HistoryView *>();
        QTRY_VERIFY((history->selectRecord(first), history->currentId() == first));
        auto *open = history->findChild<QAction *>(QStringLiteral("historyConversationAction"));
        QVERIFY(open->isEnabled());
        open->trigger();
        ConversationsWindow *conversations = w.findChild<ConversationsWindow *>();
        QVERIFY(conversations && conversations->isVisible());
        QCOMPARE(conversations->customer(), QStringLiteral("919812340000"));
        auto *header = conversations->findChild<QLabel *>(QStringLiteral("conversationHeader"));
        QVERIFY2(header->text().contains(QStringLiteral("only templates reach")), qPrintable(header->text()));
        QVERIFY(conversations->scene().texts().contains(QStringLiteral("Your order has shipped. Track it?")));

        // The customer answers with a reply button: live, in order, quoting what it answers; the window opens.
        QCOMPARE(
            customerWrites(w, QStringLiteral("button-reply"), QStringLiteral("wamid.CONV1"), QStringLiteral("Yes")),
            200);
        QTRY_VERIFY(conversations->scene().texts().contains(QStringLiteral("Yes")));
        const QList<const PhoneItem *> quotes = conversations->scene().withRole(QStringLiteral("quote"));
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.constFirst()->text, QStringLiteral("Your order has shipped. Track it?"));
        // The customer's bubble on the right, the business's on the left.
        const PhoneItem *reply = conversations->scene().withRole(QStringLiteral("customer-bubble")).constFirst();
        const PhoneItem *bubble = conversations->scene().withRole(QStringLiteral("bubble")).constFirst();
        QVERIFY(reply->rect.center().x() > bubble->rect.center().x());
        QVERIFY(reply->rect.top() > bubble->rect.bottom()); // after what it answers, though stamped in the same second
        QTRY_VERIFY2(header->text().contains(QStringLiteral("window open until")), qPrintable(header->text()));
        QCOMPARE(conversations->scene().withRole(QStringLiteral("window")).constFirst()->text.left(22),
                 QStringLiteral("24-hour window open un"));
        // A text of theirs with an emoji.
        QCOMPARE(customerWrites(w, QStringLiteral("text"), {}, QStringLiteral("Thanks 🙏")), 200);
        QTRY_VERIFY(conversations->scene().texts().contains(QStringLiteral("Thanks 🙏")));
        if (!shotsDir().isEmpty())
            conversations->grab().save(shotsDir() + QStringLiteral("/conversation.png"));

        // A click on the message sent: its history row.
        QSignalSpy chosen(conversations, &ConversationsWindow::historyRecordRequested);
        bubble = conversations->scene().withRole(QStringLiteral("bubble")).constFirst();
        auto *canvas = conversations->findChild<QWidget *>(QStringLiteral("conversationCanvas"));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, bubble->rect.center().toPoint());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toLongLong(), first);

        // The customers listed, searched by number.
        QListWidget *list = conversations->customerList();
        QCOMPARE(list->count(), 2);
        QTest::keyClicks(conversations->findChild<QLineEdit *>(QStringLiteral("conversationSearch")),
                         QStringLiteral("+1 555"));
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QCOMPARE(conversations->customer(), QStringLiteral("15550001111"));
        QVERIFY(conversations->scene().texts().contains(QStringLiteral("Someone else")));

        // The first customer erased, once confirmed: gone from the list and the history; the other stays.
        conversations->showCustomer(QStringLiteral("+91 98123 40000"));
        auto *erase = conversations->findChild<QToolButton *>(QStringLiteral("eraseCustomerButton"));
        QVERIFY(erase->isEnabled());
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!conversations->eraseCustomer());
        QVERIFY(w.workbench()->history()->record(first));
        whenModal([](QWidget *box) {
            for (QAbstractButton *button : static_cast<QMessageBox *>(box)->buttons()) {
                if (button->text() == QStringLiteral("&Erase"))
                    button->click();
            }
        });
        QVERIFY(conversations->eraseCustomer());
        QVERIFY(!w.workbench()->history()->record(first));
        QVERIFY2(conversations->statusBar()->currentMessage().contains(QStringLiteral("1 messages sent")),
                 qPrintable(conversations->statusBar()->currentMessage()));
        QVERIFY(!erase->isEnabled());
        conversations->findChild<QLineEdit *>(QStringLiteral("conversationSearch"))->clear();
        QCOMPARE(list->count(), 1);
        QVERIFY(w.workbench()->history()->lastInbound(QStringLiteral("+919812340000")).isNull());
    }

    // The window in words, from when the customer last wrote.
    void theWindowIsSaid()
    {
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(PhoneConversation::windowText({}, now).contains(QStringLiteral("has not written")));
        QVERIFY(PhoneConversation::windowOpen(now.addSecs(-3600), now));
        QVERIFY(PhoneConversation::windowText(now.addSecs(-3600), now).contains(QStringLiteral("(23 h 0 min left)")));
        QVERIFY(!PhoneConversation::windowOpen(now.addSecs(-25 * 3600), now));
        QVERIFY(PhoneConversation::windowText(now.addSecs(-25 * 3600), now).contains(QStringLiteral("closed since")));
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
