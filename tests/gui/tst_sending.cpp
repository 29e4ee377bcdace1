// SPDX-License-Identifier: GPL-3.0-or-later
// Sending from the window, driven as a person would, against servers the test starts on 127.0.0.1:
// accounts made in the Accounts dialog, Send disabled while the draft has errors, Ctrl+Return, warnings
// confirmed once, a secret asked for when none is stored, progress and cancel, the response pane, and
// the history table with its filters, details, actions and exports. Ends with a secrets audit.
#include "accounts/secretstore.h"
#include "document/draftdocument.h"
#include "history/databaselocation.h"
#include "history/historymodel.h"
#include "history/processowner.h"
#include "httpclient.h"
#include "loopbackserver.h"
#include "message/jsonpointer.h"
#include "modals.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "session/historysource.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "settings/settings.h"
#include "testdata.h"
#include "ui/composer/composerbar.h"
#include "ui/composer/fieldwidget.h"
#include "ui/composer/formview.h"
#include "ui/composer/recipientsedit.h"
#include "ui/dialogs/accountsdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/receivedmediadialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/responsepane.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QDropEvent>
#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

namespace {

const QString Token = QStringLiteral("TOKEN-AUDIT-5f3a9c71");

QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines().append(message);
    fprintf(stderr, "%s\n", qPrintable(message));
}

QByteArray metaAnswer()
{
    return R"({"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],)"
           R"( "messages": [{"id": "wamid.GUI{n}"}]})";
}

} // namespace

class TestSending : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    QString m_exported;

    MainWindow::Options options() const
    {
        MainWindow::Options options;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave.wabench.json"));
        options.database = m_dir.filePath(QStringLiteral("history.sqlite"));
        options.secrets = const_cast<MemorySecretStore *>(&m_secrets);
        options.offerRecovery = false;
        options.confirmDiscard = false;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        return options;
    }
    std::unique_ptr<MainWindow> window(bool confirmSend = false)
    {
        MainWindow::Options o = options();
        o.confirmSend = confirmSend;
        auto window = std::make_unique<MainWindow>(o);
        QSignalSpy started(window.get(), &MainWindow::servicesStarted);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active; shortcuts will not reach it");
        if (started.isEmpty() && !started.wait(5000))
            qWarning("the receiver and the Sandbox did not start");
        return window;
    }
    static AccountsDialog *openAccounts(MainWindow &window)
    {
        window.showAccounts();
        auto *dialog = window.findChild<AccountsDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            qWarning("the accounts dialog did not show");
        return dialog;
    }
    static void setField(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *line = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(line, qPrintable(name));
        line->setFocus();
        line->selectAll();
        if (text.isEmpty())
            QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }
    // Until the secret store holds `value` as the `field` of the account `name`.
    void waitForSecret(MainWindow &window, const QString &name, const QString &field, const QString &value)
    {
        const std::optional<AccountProfile> profile = window.workbench()->accounts()->findByName(name);
        QVERIFY(profile);
        std::optional<QString> stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_secrets.read(AccountStore::secretKey(*profile, field),
                               [&stored](std::optional<QString> secret, const QString &) { stored = secret; });
                QCoreApplication::processEvents();
                return stored == value;
            }(),
            5000);
    }
    // A Meta account through the Accounts dialog, as a person makes one.
    void addMetaAccount(MainWindow &window, const QString &name, const QString &baseUrl, const QString &token)
    {
        AccountsDialog *dialog = openAccounts(window);
        QVERIFY(dialog);
        dialog->addAccount(QStringLiteral("meta"));
        setField(dialog, QStringLiteral("accountNameLineEdit"), name);
        setField(dialog, QStringLiteral("phone_number_idField"), QStringLiteral("PNID-1"));
        setField(dialog, QStringLiteral("base_urlField"), baseUrl);
        if (!token.isEmpty())
            setField(dialog, QStringLiteral("access_tokenField"), token);
        setField(dialog, QStringLiteral("defaultSenderLineEdit"), QStringLiteral("+919876500001"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveAccountButton")), Qt::LeftButton);
        QVERIFY2(dialog->lastMessage().startsWith(QStringLiteral("Saved")), qPrintable(dialog->lastMessage()));
        dialog->close();
        if (!token.isEmpty()) // the secrets are written asynchronously: wait until the store has it
            waitForSecret(window, name, QStringLiteral("access_token"), token);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    static void chooseProvider(MainWindow &window, const QString &provider)
    {
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        const int index = combo->findData(provider);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }
    static void chooseAccount(MainWindow &window, const QString &name)
    {
        auto *accountBox = window.findChild<QComboBox *>(QStringLiteral("accountComboBox"));
        const int index = accountBox->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        accountBox->setCurrentIndex(index);
        emit accountBox->activated(index);
    }
    static void textMessage(MainWindow &window, const QString &body, const QStringList &recipients)
    {
        Draft draft = window.document()->draft();
        draft.message = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
        draft.recipients = recipients;
        window.document()->setDraft(draft, false);
    }
    static QAction *sendAction(MainWindow &window) { return window.findChild<QAction *>(QStringLiteral("sendAction")); }
    static QTableView *table(MainWindow &window) { return window.historyView()->table(); }
    static QString stateOfRow(MainWindow &window, int row)
    {
        return table(window)->model()->index(row, HistoryModel::State).data().toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchSendingTests"));
        AppIdentity::userSettings()->clear();
        qInstallMessageHandler(keepLog);
        QVERIFY(m_dir.isValid());
    }

    // A new user, nothing entered: the Sandbox account sends, and the row moves by itself to read.
    void aNewUserSendsToTheSandboxAndWatchesTheStatus()
    {
        AppIdentity::userSettings()->setValue(QStringLiteral("sandbox/callback_delay_ms"), 60);
        MainWindow::Options first = options();
        first.welcomeOnFirstStart = true;
        auto w = std::make_unique<MainWindow>(first);
        QSignalSpy started(w.get(), &MainWindow::servicesStarted);
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QVERIFY(!started.isEmpty() || started.wait(5000));
        // The first start welcomes, and its example is a message ready to send: Send is all it takes.
        WelcomeDialog *welcome = nullptr;
        QTRY_VERIFY((welcome = w->findChild<WelcomeDialog *>()) && welcome->isVisible());
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("openExampleButton")), Qt::LeftButton);
        QTRY_VERIFY(!w->findChild<WelcomeDialog *>());
        w->activateWindow(); // a window manager gives focus back to the window; offscreen has none
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QCOMPARE(w->document()->draft().message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(!w->document()->draft().recipients.isEmpty());
        QVERIFY2(sendAction(*w)->isEnabled(), qPrintable(sendAction(*w)->toolTip()));
        QCOMPARE(w->document()->draft().provider, QStringLiteral("sandbox"));
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("accountComboBox"))->currentText(),
                 QStringLiteral("Sandbox (offline)"));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("receivingLabel"))
                    ->text()
                    .contains(QStringLiteral("http://127.0.0.1:")));
        textMessage(*w, QStringLiteral("Hello, Sandbox"), {QStringLiteral("+919876543210")});
        // The preview shows the request as it will leave: to the Sandbox, naming no secret.
        QVERIFY2(sendAction(*w)->isEnabled(), qPrintable(sendAction(*w)->toolTip()));
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(stateOfRow(*w, 0), QStringLiteral("accepted"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(*w, 0), QStringLiteral("read"), 5000);
        // The details are built when a message is first chosen; until then a line says what they show.
        QVERIFY(!w->historyView()->findChild<QTextBrowser *>(QStringLiteral("historySummaryBrowser")));
        QVERIFY(w->historyView()->findChild<QLabel *>(QStringLiteral("historyDetailsPlaceholder"))->isVisible());
        table(*w)->selectRow(0);
        QVERIFY(!w->historyView()->findChild<QLabel *>(QStringLiteral("historyDetailsPlaceholder")));
        auto *summary = w->historyView()->findChild<QTextBrowser *>(QStringLiteral("historySummaryBrowser"));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("delivered")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("read")));
        // The timeline starts with what happened then, not with the row's state now.
        QVERIFY2(summary->toPlainText().contains(QStringLiteral("request sent; answered HTTP 200, accepted")),
                 qPrintable(summary->toPlainText()));

        // The Sandbox's customer who never wrote: the same 24-hour warning as any provider's, in the issue
        // list before Send and asked at Send; sent anyway, it fails as the providers say it does.
        textMessage(*w, QStringLiteral("Hello, Sandbox"), {QStringLiteral("+919876543902")});
        QTRY_VERIFY(std::any_of(w->document()->issues().begin(), w->document()->issues().end(), [](const Issue &i) {
            return i.pointer == u"/recipients/0" && i.message.contains(QStringLiteral("outside the 24-hour window"));
        }));
        bool asked = false;
        whenModal([&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            asked = box->informativeText().contains(QStringLiteral("24-hour window"));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("Send Anyway"))
                    button->click();
            }
        });
        QVERIFY(w->send());
        QTRY_VERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(*w, 0), QStringLiteral("failed"), 5000);
        QVERIFY2(
            table(*w)->model()->index(0, HistoryModel::Error).data().toString().contains(QStringLiteral("131047")) ||
                table(*w)
                    ->model()
                    ->index(0, HistoryModel::Error)
                    .data()
                    .toString()
                    .contains(QStringLiteral("24 hours")),
            qPrintable(table(*w)->model()->index(0, HistoryModel::Error).data().toString()));
    }

    void sendIsOffWhileTheDraftHasErrorsAndCtrlReturnSends()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, metaAnswer());
        auto w = window();
        addMetaAccount(*w, QStringLiteral("Meta main"), server.url(QString()), Token);
        chooseProvider(*w, QStringLiteral("meta"));
        auto *accountBox = w->findChild<QComboBox *>(QStringLiteral("accountComboBox"));
        QCOMPARE(accountBox->currentText(), QStringLiteral("Meta main"));
        QCOMPARE(w->document()->draft().sender, QStringLiteral("+919876500001")); // the account's default sender

        textMessage(*w, QString(), {QStringLiteral("+919876543210")});
        QVERIFY(!sendAction(*w)->isEnabled());
        QVERIFY2(sendAction(*w)->toolTip().contains(QStringLiteral("error")), qPrintable(sendAction(*w)->toolTip()));
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!w->isSending()); // refused on the spot: nothing started
        QCOMPARE(server.requestsReceived(), 0);

        textMessage(*w, QStringLiteral("Your order has shipped."), {QStringLiteral("+919876543210")});
        QVERIFY2(sendAction(*w)->isEnabled(), qPrintable(sendAction(*w)->toolTip()));
        // The preview shows the account's own URL (and never its token).
        QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(server.requestsReceived(), 1);
        QVERIFY(server.requests().constFirst().startsWith("POST /v21.0/PNID-1/messages HTTP/1.1"));
        QVERIFY(
            server.requests().constFirst().contains(QByteArray(QByteArray("Authorization: Bearer ") + Token.toUtf8())));
        QTRY_VERIFY(!w->isSending());
        QVERIFY2(w->responsePane()->headline().contains(QStringLiteral("HTTP 200")),
                 qPrintable(w->responsePane()->headline()));
        QVERIFY(w->responsePane()->explanation().contains(QStringLiteral("accepted, id wamid.GUI1")));
        QVERIFY(w->responsePane()->text().contains(QStringLiteral("\"wamid.GUI1\"")));
        QTRY_COMPARE(stateOfRow(*w, 0), QStringLiteral("accepted"));
        QCOMPARE(table(*w)->model()->index(0, HistoryModel::MessageId).data().toString(), QStringLiteral("wamid.GUI1"));
        QCOMPARE(table(*w)->model()->index(0, HistoryModel::State).data(Qt::DecorationRole).typeId(), QMetaType::QIcon);
    }

    // Several recipients: the preview says how many requests will go and steps through them (each tab shows
    // the one chosen, and keeps it while the message is edited); after sending, every recipient's answer is a
    // step away, not only the last one's.
    void severalRecipientsAreSteppedThroughBeforeAndAfterSending()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, metaAnswer());
        auto w = window();
        addMetaAccount(*w, QStringLiteral("Meta steps"), server.url(QString()), Token);
        chooseProvider(*w, QStringLiteral("meta"));
        chooseAccount(*w, QStringLiteral("Meta steps"));
        const QStringList three{QStringLiteral("+919876543210"), QStringLiteral("+16502530000"),
                                QStringLiteral("+442071838750")};
        textMessage(*w, QStringLiteral("Your order has shipped."), {three.first()});
        auto *preview = w->findChild<PreviewPane *>();
        auto *stepper = preview->findChild<QWidget *>(QStringLiteral("previewRequestStepper"));
        QCOMPARE(preview->requestCount(), 1);
        QVERIFY(!stepper->isVisibleTo(w.get())); // one request: nothing to step through

        textMessage(*w, QStringLiteral("Your order has shipped."), three);
        QCOMPARE(preview->requestCount(), 3);
        // None of the three has written: the field shows two of the warnings, the problems list all three.
        auto *said = w->findChild<QLabel *>(QStringLiteral("recipientIssuesLabel"));
        QTRY_VERIFY2(said->text().contains(QStringLiteral("…and 1 more in the problems list")),
                     qPrintable(said->text()));
        QCOMPARE(said->text().count(QStringLiteral("outside the 24-hour window")), 2);
        // A line each, cut to the field's width; whole in the tooltip.
        QVERIFY(!said->wordWrap());
        w->resize(900, 600);
        QTRY_VERIFY2(said->text().contains(QStringLiteral("…</span>")), qPrintable(said->text()));
        QCOMPARE(said->toolTip().count(QStringLiteral("a free-form message is refused (131047)")), 2);
        QCOMPARE(std::count_if(w->document()->issues().begin(), w->document()->issues().end(),
                               [](const Issue &i) { return i.message.contains(QStringLiteral("24-hour window")); }),
                 3);
        QVERIFY(stepper->isVisibleTo(w.get()));
        auto *label = stepper->findChild<QLabel *>(QStringLiteral("previewRequestStepperLabel"));
        QCOMPARE(label->text(), QStringLiteral("Request 1 of 3 · to +919876543210"));
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("\"to\": \"+919876543210\"")));
        auto *next = stepper->findChild<QToolButton *>(QStringLiteral("previewRequestStepperNext"));
        next->setFocus();
        QTest::keyClick(next, Qt::Key_Space);
        QCOMPARE(preview->currentRequest(), 1);
        QCOMPARE(label->text(), QStringLiteral("Request 2 of 3 · to +16502530000"));
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("\"to\": \"+16502530000\"")));
        QVERIFY(preview->text(PreviewPane::Curl).contains(QStringLiteral("+16502530000")));
        QVERIFY(!preview->text(PreviewPane::Curl).contains(QStringLiteral("+919876543210")));
        QVERIFY(preview->text(PreviewPane::Http).contains(QStringLiteral("# 3 requests")));
        textMessage(*w, QStringLiteral("Your order has shipped!"), three);
        QCOMPARE(preview->currentRequest(), 1);
        QVERIFY(preview->text(PreviewPane::Body).contains(QStringLiteral("shipped!")));
        // Round from the last to the first, the focused button working all the way.
        QTest::keyClick(next, Qt::Key_Space);
        QTest::keyClick(next, Qt::Key_Space);
        QCOMPARE(preview->currentRequest(), 0);
        QVERIFY(next->hasFocus());

        QVERIFY2(sendAction(*w)->isEnabled(), qPrintable(sendAction(*w)->toolTip()));
        QVERIFY(w->send());
        QTRY_COMPARE(server.requestsReceived(), 3);
        QTRY_VERIFY(!w->isSending());
        ResponsePane *response = w->responsePane();
        QCOMPARE(response->answerCount(), 3);
        auto *answer = response->findChild<QLabel *>(QStringLiteral("responseAnswerStepperLabel"));
        QVERIFY(answer->isVisibleTo(w.get()));
        QCOMPARE(answer->text(), QStringLiteral("Answer 3 of 3 · to +442071838750"));
        QVERIFY2(response->explanation().contains(QStringLiteral("wamid.GUI3")), qPrintable(response->explanation()));
        QTest::mouseClick(response->findChild<QToolButton *>(QStringLiteral("responseAnswerStepperPrevious")),
                          Qt::LeftButton);
        QCOMPARE(answer->text(), QStringLiteral("Answer 2 of 3 · to +16502530000"));
        QVERIFY2(response->explanation().contains(QStringLiteral("wamid.GUI2")), qPrintable(response->explanation()));
        QVERIFY(response->text().contains(QStringLiteral("\"wamid.GUI2\"")));

        // The next send starts afresh: one recipient, one answer, no steps.
        textMessage(*w, QStringLiteral("One more."), {three.first()});
        QVERIFY(w->send());
        QTRY_COMPARE(server.requestsReceived(), 4);
        QTRY_VERIFY(!w->isSending());
        QCOMPARE(response->answerCount(), 1);
        QVERIFY(!answer->isVisibleTo(w.get()));
        QVERIFY(response->explanation().contains(QStringLiteral("wamid.GUI4")));
    }

    void refusalsAreExplainedInPlainWords()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            400, QJsonDocument(TestData::readObject(TestData::path(QStringLiteral("responses/meta_error_131047.json"))))
                     .toJson());
        auto w = window();
        addMetaAccount(*w, QStringLiteral("Meta refusing"), server.url(QString()), Token);
        chooseProvider(*w, QStringLiteral("meta"));
        chooseAccount(*w, QStringLiteral("Meta refusing"));
        textMessage(*w, QStringLiteral("Hello again"), {QStringLiteral("+919876543210")});
        QVERIFY(w->send());
        QTRY_VERIFY(!w->isSending());
        QVERIFY(w->responsePane()->headline().contains(QStringLiteral("HTTP 400")));
        QVERIFY2(w->responsePane()->explanation().contains(QStringLiteral("131047")),
                 qPrintable(w->responsePane()->explanation()));
        QCOMPARE(stateOfRow(*w, 0), QStringLiteral("rejected"));
        QVERIFY(
            table(*w)->model()->index(0, HistoryModel::Error).data().toString().startsWith(QStringLiteral("131047")));
        // The full record: the HTTP status on the row, the status line and headers in the details.
        QVERIFY(
            table(*w)->model()->index(0, HistoryModel::Error).data().toString().endsWith(QStringLiteral("(HTTP 400)")));
        table(*w)->selectRow(0);
        auto *response = w->historyView()->findChild<QPlainTextEdit *>(QStringLiteral("historyResponseView"));
        QTRY_VERIFY2(response->toPlainText().startsWith(QStringLiteral("HTTP/1.1 400")),
                     qPrintable(response->toPlainText()));
        QVERIFY(response->toPlainText().contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(response->toPlainText().contains(QStringLiteral("131047")));
    }

    void warningsAskOnceAndASecretNotStoredIsAskedFor()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, metaAnswer());
        auto w = window(true);
        addMetaAccount(*w, QStringLiteral("Meta no token"), server.url(QString()), QString());
        chooseProvider(*w, QStringLiteral("meta"));
        chooseAccount(*w, QStringLiteral("Meta no token"));
        // An unknown field is a warning: the message can still be sent.
        Draft draft = w->document()->draft();
        draft.message =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")},
                                                             {QStringLiteral("colour"), QStringLiteral("blue")}}}};
        draft.recipients = {QStringLiteral("+919876543210")};
        w->document()->setDraft(draft, false);
        QVERIFY(sendAction(*w)->isEnabled());

        int warningsAsked = 0;
        int secretsAsked = 0;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            ++warningsAsked;
            QVERIFY2(box->informativeText().contains(QStringLiteral("colour")), qPrintable(box->informativeText()));
            // Nobody has written from this number: outside the 24-hour window.
            QVERIFY2(box->informativeText().contains(QStringLiteral("24-hour window")),
                     qPrintable(box->informativeText()));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QStringLiteral("Send Anyway"))
                    button->click();
            }
            whenModal([&](QWidget *next) {
                auto *input = qobject_cast<QInputDialog *>(next);
                QVERIFY(input);
                ++secretsAsked;
                QVERIFY(input->labelText().contains(QStringLiteral("Access token")));
                input->setTextValue(Token);
                input->accept();
            });
        });
        QVERIFY(w->send());
        QTRY_COMPARE(server.requestsReceived(), 1);
        QTRY_VERIFY(!w->isSending());
        QCOMPARE(warningsAsked, 1);
        QCOMPARE(secretsAsked, 1);
        // The same warning does not ask again, and the secret is kept for the session.
        QVERIFY(w->send());
        QTRY_COMPARE(server.requestsReceived(), 2);
        QTRY_VERIFY(!w->isSending());
        QCOMPARE(warningsAsked, 1);
        QCOMPARE(secretsAsked, 1);
        QVERIFY(server.requests().at(1).contains(QByteArray(QByteArray("Authorization: Bearer ") + Token.toUtf8())));
    }

    // The 24-hour window is in the problems list as soon as a recipient is typed, and goes when the customer
    // writes (a callback to the receiver), without anyone pressing Send.
    void theWindowWarningIsLiveInTheIssueList()
    {
        auto w = window();
        addMetaAccount(*w, QStringLiteral("Meta window"), QStringLiteral("http://127.0.0.1:9"), Token);
        chooseProvider(*w, QStringLiteral("meta"));
        chooseAccount(*w, QStringLiteral("Meta window"));
        textMessage(*w, QStringLiteral("Your order shipped"), {QStringLiteral("+91 98765 43210")});
        auto *issues = w->findChild<QListWidget *>(QStringLiteral("issuesListWidget"));
        const auto windowWarned = [&] {
            for (int i = 0; i < issues->count(); ++i) {
                if (issues->item(i)->text().contains(QStringLiteral("outside the 24-hour window")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(windowWarned());
        // The customer writes now (Exotel's incoming-message callback, its time set to this minute).
        QJsonValue payload = TestData::vector(QStringLiteral("exotel_icm_callback")).value(QStringLiteral("payload"));
        QVERIFY(JsonPointer::set(payload, QStringLiteral("/whatsapp/messages/0/timestamp"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        QNetworkAccessManager network;
        QCOMPARE(TestHttp::postJson(network, QUrl(w->services()->receiver()->callbackUrl(QStringLiteral("exotel"))),
                                    QJsonDocument(payload.toObject()).toJson())
                     .status,
                 200);
        QTRY_VERIFY(!windowWarned());
        // A template reaches anyone: no warning for it.
        QVERIFY(w->openFile(QStringLiteral(":/examples/template.wabench.json")));
        QVERIFY(!windowWarned());
    }

    void progressAndCancelLeaveOnlyWhatLeftOnRecord()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Silent);
        auto w = window();
        addMetaAccount(*w, QStringLiteral("Meta silent"), server.url(QString()), Token);
        chooseProvider(*w, QStringLiteral("meta"));
        chooseAccount(*w, QStringLiteral("Meta silent"));
        textMessage(
            *w, QStringLiteral("Three of us"),
            {QStringLiteral("+919876543210"), QStringLiteral("+919876543211"), QStringLiteral("+919876543212")});
        const int before = table(*w)->model()->rowCount();
        QVERIFY(w->send());
        QTRY_COMPARE(server.requestsReceived(), 1);
        auto *progress = w->findChild<QProgressBar *>(QStringLiteral("sendProgressBar"));
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 3);
        QVERIFY(!sendAction(*w)->isEnabled());
        QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("cancelSendToolButton")), Qt::LeftButton);
        QTRY_VERIFY(!w->isSending());
        QVERIFY(!progress->isVisible());
        QTest::qWait(100);
        QCOMPARE(server.requestsReceived(), 1);
        // The one that left is unknown; the two never sent have no record.
        QCOMPARE(table(*w)->model()->rowCount(), before + 1);
        QCOMPARE(stateOfRow(*w, 0), QStringLiteral("unknown"));
        QVERIFY(sendAction(*w)->isEnabled());
    }

    void theHistoryFiltersShowsDetailsAndActs()
    {
        auto w = window();
        HistoryView *history = w->historyView();
        QVERIFY(history);
        const int all = table(*w)->model()->rowCount();
        QVERIFY(all >= 5);

        auto *search = history->findChild<QLineEdit *>(QStringLiteral("historySearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("131047"));
        // The refused send, and the Sandbox's 24-hour-window failure.
        QTRY_COMPARE(table(*w)->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QVERIFY(table(*w)
                        ->model()
                        ->index(row, HistoryModel::Error)
                        .data()
                        .toString()
                        .contains(QStringLiteral("131047")));
        QCOMPARE(stateOfRow(*w, 0), QStringLiteral("rejected"));
        QCOMPARE(stateOfRow(*w, 1), QStringLiteral("failed"));
        search->clear();
        QTRY_COMPARE(table(*w)->model()->rowCount(), all);

        auto *state = history->findChild<QComboBox *>(QStringLiteral("historyStateComboBox"));
        state->setCurrentIndex(state->findText(QStringLiteral("Problems")));
        for (int row = 0; row < table(*w)->model()->rowCount(); ++row)
            QVERIFY(QStringList({QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("unknown")})
                        .contains(stateOfRow(*w, row)));
        auto *provider = history->findChild<QComboBox *>(QStringLiteral("historyProviderComboBox"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("telnyx")));
        QCOMPARE(table(*w)->model()->rowCount(), 0);
        auto *empty = history->findChild<QLabel *>(QStringLiteral("historyEmptyLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No messages match")));
        provider->setCurrentIndex(0);
        state->setCurrentIndex(0);
        QCOMPARE(table(*w)->model()->rowCount(), all);

        // Sorting by a column is done by the store and keeps every row.
        table(*w)->sortByColumn(HistoryModel::Recipient, Qt::AscendingOrder);
        QCOMPARE(table(*w)->model()->rowCount(), all);
        QVERIFY(table(*w)->model()->index(0, HistoryModel::Recipient).data().toString() <=
                table(*w)->model()->index(all - 1, HistoryModel::Recipient).data().toString());
        table(*w)->sortByColumn(HistoryModel::Time, Qt::DescendingOrder);

        // Details of the first (newest) accepted row.
        int accepted = -1;
        for (int row = 0; row < all && accepted < 0; ++row)
            accepted = stateOfRow(*w, row) == u"accepted" ? row : -1;
        QVERIFY(accepted >= 0);
        table(*w)->selectRow(accepted);
        auto *summary = history->findChild<QTextBrowser *>(QStringLiteral("historySummaryBrowser"));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("Timeline")));
        auto *request = history->findChild<QPlainTextEdit *>(QStringLiteral("historyRequestView"));
        QVERIFY(request->toPlainText().contains(QStringLiteral("Authorization: Bearer ••••")));
        QVERIFY(!request->toPlainText().contains(Token));
        auto *response = history->findChild<QPlainTextEdit *>(QStringLiteral("historyResponseView"));
        QVERIFY(response->toPlainText().contains(QStringLiteral("wamid.GUI")));
        if (qEnvironmentVariableIsSet("WABENCH_SHOTS"))
            w->grab().save(QDir::temp().filePath(QStringLiteral("wabench-history.png")));

        // Copy id.
        history->findChild<QAction *>(QStringLiteral("historyCopyIdAction"))->trigger();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("wamid.GUI")));

        // Export: the selection, and everything shown.
        table(*w)->selectAll();
        m_exported = m_dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QCOMPARE(history->exportTo(m_exported, HistoryExport::Format::Csv, true, &error), qint64(all));
        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        state->setCurrentIndex(state->findText(QStringLiteral("accepted")));
        const int acceptedRows = table(*w)->model()->rowCount();
        QCOMPARE(history->exportTo(json, HistoryExport::Format::Json, false, &error), qint64(acceptedRows));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), acceptedRows);

        // Send again: a new record, the first left as it was.
        table(*w)->selectRow(0);
        const qint64 first = history->currentId();
        LoopbackServer server(LoopbackServer::Behaviour::Answer); // the account's server is gone: refused
        const int before = history->model()->rowCount();
        state->setCurrentIndex(0);
        const int everything = history->model()->rowCount();
        history->selectRecord(first);
        history->findChild<QAction *>(QStringLiteral("historyResendAction"))->trigger();
        QTRY_VERIFY(!w->isSending());
        QTRY_COMPARE(history->model()->rowCount(), everything + 1);
        QVERIFY(history->model()->index(0, 0).data(HistoryModel::RecordIdRole).toLongLong() > first);
        Q_UNUSED(before);

        // Open as new draft: the recorded message comes back into the composer.
        history->selectRecord(first);
        history->findChild<QAction *>(QStringLiteral("historyOpenAction"))->trigger();
        QCOMPARE(w->document()->draft().provider, QStringLiteral("meta"));
        QCOMPARE(w->document()->draft().message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(w->document()->filePath().isEmpty());
    }

    // Providers by their names, as the composer shows them; the id in the tooltip.
    void theHistoryNamesProviders()
    {
        auto w = window();
        QTableView *rows = table(*w);
        QVERIFY(rows->model()->rowCount() > 0);
        QStringList shown;
        for (int row = 0; row < rows->model()->rowCount(); ++row)
            shown << rows->model()->index(row, HistoryModel::Provider).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("Sandbox (offline)")), qPrintable(shown.join(u',')));
        QVERIFY(!shown.contains(QStringLiteral("sandbox")));
        const int sandboxRow = int(shown.indexOf(QStringLiteral("Sandbox (offline)")));
        QCOMPARE(rows->model()->index(sandboxRow, HistoryModel::Provider).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("sandbox"));
    }

    // A filter that hides the row in the details clears them; taking the filter away brings the row back.
    void theDetailsFollowTheFilters()
    {
        auto w = window();
        QTableView *rows = table(*w);
        QVERIFY(rows->model()->rowCount() > 0);
        rows->selectRow(0);
        const qint64 chosen = w->historyView()->currentId();
        QVERIFY(chosen != 0);
        auto *summary = w->historyView()->findChild<QTextBrowser *>(QStringLiteral("historySummaryBrowser"));
        QTRY_VERIFY(summary->toPlainText().contains(QStringLiteral("Timeline")));
        auto *search = w->historyView()->findChild<QLineEdit *>(QStringLiteral("historySearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("no-such-message-anywhere"));
        QTRY_COMPARE(rows->model()->rowCount(), 0);
        QTRY_VERIFY2(summary->toPlainText().startsWith(QStringLiteral("Choose a message")),
                     qPrintable(summary->toPlainText()));
        search->clear();
        QTRY_VERIFY(rows->model()->rowCount() > 0);
        QCOMPARE(w->historyView()->currentId(), 0);
    }

    void tabLeavesTheHistoryTable()
    {
        auto w = window();
        QTableView *rows = table(*w);
        QVERIFY(rows->model()->rowCount() >= 2);
        rows->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), rows);
        rows->selectRow(0);
        QTest::keyClick(rows, Qt::Key_Down);
        QCOMPARE(rows->currentIndex().row(), 1); // the arrows move within it
        QTest::keyClick(rows, Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != rows, "Tab goes on to the next part of the window");
        QCOMPARE(rows->currentIndex().row(), 1);
        QCOMPARE(rows->selectionModel()->selectedRows().size(), 1);
    }

    // Another desktop on the team's workspace changes the accounts while the dialog is open (here: another
    // store on the same settings, then the signal the workspace's feed gives): the list and the account shown
    // follow; one being edited stays as typed and says what changed under it.
    void theAccountsDialogFollowsChangesMadeElsewhere()
    {
        auto w = window();
        AccountsDialog *dialog = openAccounts(*w);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>();
        QVERIFY(list);
        const auto listed = [list](const QString &name) {
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->text().startsWith(name))
                    return row;
            }
            return -1;
        };
        AccountStore elsewhere(w->workbench()->settings());
        AccountProfile theirs;
        theirs.provider = QStringLiteral("telnyx");
        theirs.name = QStringLiteral("Team Telnyx");
        theirs.id = elsewhere.newId(theirs.name);
        theirs.defaultSender = QStringLiteral("+15550100001");
        QCOMPARE(elsewhere.save(theirs), QString());
        QCOMPARE(listed(QStringLiteral("Team Telnyx")), -1);
        emit w->workbench()->accountsChanged();
        QVERIFY(listed(QStringLiteral("Team Telnyx")) >= 0);

        // Shown and not edited: it follows.
        list->setCurrentRow(listed(QStringLiteral("Team Telnyx")));
        QCOMPARE(dialog->currentId(), theirs.id);
        const auto sender = [dialog] { // the form's fields are made again for each account shown
            return dialog->findChild<QLineEdit *>(QStringLiteral("defaultSenderLineEdit"))->text();
        };
        QCOMPARE(sender(), QStringLiteral("+15550100001"));
        theirs.defaultSender = QStringLiteral("+15550100002");
        QCOMPARE(elsewhere.save(theirs), QString());
        emit w->workbench()->accountsChanged();
        QCOMPARE(sender(), QStringLiteral("+15550100002"));
        QCOMPARE(dialog->currentId(), theirs.id);

        // Being edited: what is typed stays, and a word says another desktop changed it, then removed it.
        setField(dialog, QStringLiteral("accountNameLineEdit"), QStringLiteral("My Telnyx"));
        theirs.defaultSender = QStringLiteral("+15550100003");
        QCOMPARE(elsewhere.save(theirs), QString());
        emit w->workbench()->accountsChanged();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"))->text(),
                 QStringLiteral("My Telnyx"));
        QCOMPARE(sender(), QStringLiteral("+15550100002"));
        QVERIFY2(dialog->lastMessage().contains(QStringLiteral("Another desktop changed \"Team Telnyx\"")),
                 qPrintable(dialog->lastMessage()));
        QCOMPARE(elsewhere.remove(theirs.id), QString());
        emit w->workbench()->accountsChanged();
        QVERIFY2(dialog->lastMessage().contains(QStringLiteral("saving adds it again")),
                 qPrintable(dialog->lastMessage()));
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("My Telnyx  (not saved)")); // still chosen, as typed
        QVERIFY(dialog->saveCurrent());
        QCOMPARE(w->workbench()->accounts()->find(theirs.id)->name, QStringLiteral("My Telnyx"));

        // Not edited and removed elsewhere: the Sandbox is shown, saying so.
        QCOMPARE(elsewhere.remove(theirs.id), QString());
        emit w->workbench()->accountsChanged();
        QCOMPARE(dialog->currentId(), AccountStore::sandbox().id);
        QCOMPARE(listed(QStringLiteral("My Telnyx")), -1);
        QVERIFY2(dialog->lastMessage().contains(QStringLiteral("Another desktop removed \"My Telnyx\"")),
                 qPrintable(dialog->lastMessage()));
        dialog->close();
    }

    void accountsAreCheckedAndTested()
    {
        auto w = window();
        AccountsDialog *dialog = openAccounts(*w);
        QVERIFY(dialog);
        // Exotel has no harmless call.
        dialog->addAccount(QStringLiteral("exotel"));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled());
        // Plain http is refused except to this machine.
        setField(dialog, QStringLiteral("base_urlField"), QStringLiteral("http://proxy.example.com"));
        QVERIFY(!dialog->saveCurrent());
        QVERIFY(dialog->lastMessage().contains(QStringLiteral("Plain http")));
        setField(dialog, QStringLiteral("base_urlField"), QString());
        QVERIFY(dialog->saveCurrent());

        LoopbackServer good(LoopbackServer::Behaviour::Answer);
        good.setAnswer(200, R"({"data": []})");
        dialog->addAccount(QStringLiteral("telnyx"));
        setField(dialog, QStringLiteral("base_urlField"), good.url(QString()));
        setField(dialog, QStringLiteral("api_keyField"), QStringLiteral("KEY-TEST"));
        QPushButton *test = dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(dialog->lastMessage().startsWith(QStringLiteral("Connected")));
        QVERIFY(good.requests().constFirst().startsWith("GET /v2/whatsapp/phone_numbers HTTP/1.1"));
        QVERIFY(good.requests().constFirst().contains("Authorization: Bearer KEY-TEST"));

        LoopbackServer refusing(LoopbackServer::Behaviour::Answer);
        refusing.setAnswer(401, R"({"errors": [{"code": "10009", "title": "Authentication failed",)"
                                R"( "detail": "The API key is not valid."}]})");
        setField(dialog, QStringLiteral("base_urlField"), refusing.url(QString()));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(dialog->lastMessage().contains(QStringLiteral("refused these credentials")));
        QVERIFY2(dialog->lastMessage().contains(QStringLiteral("The API key is not valid")),
                 qPrintable(dialog->lastMessage()));
        QVERIFY(dialog->saveCurrent());
        dialog->close();
        // The composer offers the new accounts for their provider.
        chooseProvider(*w, QStringLiteral("telnyx"));
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("accountComboBox"))->currentText(),
                 QStringLiteral("New Telnyx account"));
    }

    // Telnyx says what became of a message when asked: here the Sandbox, playing Telnyx.
    void refreshStatusAsksTheProvider()
    {
        AppIdentity::userSettings()->setValue(QStringLiteral("sandbox/callback_delay_ms"), 60);
        auto w = window();
        AccountsDialog *dialog = openAccounts(*w);
        dialog->addAccount(QStringLiteral("telnyx"));
        setField(dialog, QStringLiteral("accountNameLineEdit"), QStringLiteral("Telnyx via Sandbox"));
        setField(dialog, QStringLiteral("base_urlField"), w->services()->sandbox()->baseUrl());
        setField(dialog, QStringLiteral("api_keyField"), Token);
        setField(dialog, QStringLiteral("defaultSenderLineEdit"), QStringLiteral("+15550100001"));
        QVERIFY(dialog->saveCurrent());
        dialog->close();
        waitForSecret(*w, QStringLiteral("Telnyx via Sandbox"), QStringLiteral("api_key"), Token);
        chooseProvider(*w, QStringLiteral("telnyx"));
        chooseAccount(*w, QStringLiteral("Telnyx via Sandbox"));
        textMessage(*w, QStringLiteral("Where is it?"), {QStringLiteral("+919876543910")}); // never delivered
        QVERIFY(w->send());
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(*w, 0), QStringLiteral("sent"), 5000);
        table(*w)->selectRow(0);
        QAction *refresh = w->historyView()->findChild<QAction *>(QStringLiteral("historyRefreshAction"));
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QTRY_VERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("says: sent")));
        QCOMPARE(stateOfRow(*w, 0), QStringLiteral("sent"));
    }

    // A file dropped on the image goes up to the Sandbox and its media id takes the link's place; a file
    // that is not an image is refused before anything goes, saying why; a provider that takes links only
    // offers no upload, and says so.
    void aFileDroppedOnAnImageIsUploadedForItsId()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/image.wabench.json")));
        QPushButton *upload = nullptr;
        QTRY_VERIFY((upload = w->findChild<QPushButton *>(QStringLiteral("uploadMediaPushButton"))));
        QVERIFY2(upload->isEnabled(), qPrintable(upload->toolTip()));
        QCOMPARE(upload->property("mediaType").toString(), QStringLiteral("image"));
        QVERIFY(upload->focusPolicy() & Qt::TabFocus);
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("uploadMediaHint"))->text(),
                 QStringLiteral("or drop a file here"));

        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString photo = m_dir.filePath(QStringLiteral("succulent.png"));
        QVERIFY(image.save(photo));
        const auto drop = [](QWidget *target, const QString &path) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(path)});
            const QPoint at = target->rect().center();
            QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &dropped);
            return dropped.isAccepted();
        };
        QVERIFY(drop(upload->parentWidget(), photo));
        QVERIFY(w->findChild<QToolButton *>(QStringLiteral("cancelMediaToolButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!w->document()
                                      ->draft()
                                      .message.value(QStringLiteral("image"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString()
                                      .isEmpty(),
                                 10000);
        const QJsonObject uploaded = w->document()->draft().message.value(QStringLiteral("image")).toObject();
        QVERIFY(!uploaded.contains(QStringLiteral("link")));
        QCOMPARE(uploaded.value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Your new succulent, ready to ship 🌵"));
        QVERIFY(w->services()->sandbox()->media().holds(uploaded.value(QStringLiteral("id")).toString()));
        QVERIFY(!w->findChild<QToolButton *>(QStringLiteral("cancelMediaToolButton"))->isVisible());
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Uploaded succulent.png: media id ")),
                 qPrintable(w->statusBar()->currentMessage()));
        // The form now shows the id as the source, and the preview's body carries it.
        QTRY_VERIFY(w->findChild<QPushButton *>(QStringLiteral("uploadMediaPushButton")));

        // Not an image: refused with the file's name and what an image must be.
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a picture\n");
        text.close();
        QVERIFY(drop(w->findChild<QPushButton *>(QStringLiteral("uploadMediaPushButton"))->parentWidget(), notes));
        QMessageBox *refused = nullptr;
        QTRY_VERIFY((refused = w->findChild<QMessageBox *>(QStringLiteral("mediaFailedMessageBox"))) &&
                    refused->isVisible());
        QVERIFY2(refused->text().startsWith(QStringLiteral("notes.txt is ")) &&
                     refused->text().endsWith(QStringLiteral("an image must be JPEG or PNG")),
                 qPrintable(refused->text()));
        refused->close();

        chooseProvider(*w, QStringLiteral("telnyx"));
        QTRY_VERIFY(!w->findChild<QPushButton *>(QStringLiteral("uploadMediaPushButton"))->isEnabled());
        QVERIFY(w->findChild<QPushButton *>(QStringLiteral("uploadMediaPushButton"))
                    ->toolTip()
                    .startsWith(QStringLiteral("Telnyx takes media by link only")));
    }

    // A customer's photo reaches the receiver as a media id; View > Received Media lists it and saves it
    // through the provider's media endpoint (the Sandbox's, as Meta's), byte for byte.
    void aCustomersMediaIsSavedFromTheHistory()
    {
        auto w = window();
        QAction *received = w->findChild<QAction *>(QStringLiteral("receivedMediaAction"));
        QVERIFY(received);
        received->trigger();
        ReceivedMediaDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ReceivedMediaDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("receivedMediaNote"))
                    ->text()
                    .startsWith(QStringLiteral("No customer has sent media yet.")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveMediaButton"))->isEnabled());

        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        const QString mediaId =
            w->services()->sandbox()->media().keep(QStringLiteral("sandbox"), bytes, "image/png", {});
        const QJsonObject message{{QStringLiteral("from"), QStringLiteral("919876543210")},
                                  {QStringLiteral("id"), QStringLiteral("wamid.PHOTO1")},
                                  {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                                  {QStringLiteral("type"), QStringLiteral("image")},
                                  {QStringLiteral("image"),
                                   QJsonObject{{QStringLiteral("id"), mediaId},
                                               {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                               {QStringLiteral("caption"), QStringLiteral("The box arrived dented")}}}};
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("919876500001")},
                                             {QStringLiteral("phone_number_id"), QStringLiteral("sandbox")}}},
                                {QStringLiteral("messages"), QJsonArray{message}}};
        const QJsonObject callback{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("WABA")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), value}}}}}}}};
        // Signed as the Sandbox signs (Meta's HMAC: the key that checks is the key that signs).
        const QByteArray body = QJsonDocument(callback).toJson();
        const QList<HttpRequest::Header> signature =
            Providers::find(QStringLiteral("sandbox"))
                ->signCallback(body, w->services()->sandbox()->verifyingKey(QStringLiteral("sandbox")),
                               QDateTime::currentSecsSinceEpoch());
        QNetworkAccessManager network;
        QCOMPARE(TestHttp::postJson(network, QUrl(w->services()->receiver()->callbackUrl(QStringLiteral("sandbox"))),
                                    body, signature)
                     .status,
                 200);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("receivedMediaTable"));
        QTRY_COMPARE(table->rowCount(), 1); // the list follows what arrives
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("+919876543210"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("image"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("The box arrived dented"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Sandbox (offline)"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveMediaButton"));
        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));

        const QString target = m_dir.filePath(QStringLiteral("dented.png"));
        whenModal([target](QWidget *modal) {
            auto *files = qobject_cast<QFileDialog *>(modal);
            QVERIFY(files);
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY2(name->text().endsWith(QStringLiteral(".png")), qPrintable(name->text())); // the type's suffix
            name->setText(target);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().startsWith(QStringLiteral("Saved dented.png")),
                                 10000);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        dialog->close();
    }

    void preferencesAreCheckedAndApplied()
    {
        auto w = window();
        const std::unique_ptr<QSettings> settings = AppIdentity::userSettings();
        PreferencesDialog dialog(settings.get(), &m_secrets, w->services(), w.get());
        if (qEnvironmentVariableIsSet("WABENCH_SHOTS")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QDir::temp().filePath(QStringLiteral("wabench-preferences.png")));
            AccountsDialog *accounts = openAccounts(*w);
            accounts->addAccount(QStringLiteral("exotel"));
            // The new form's fields are shown once the event loop has run.
            QTRY_VERIFY(accounts->findChild<QLineEdit *>(QStringLiteral("accountNameLineEdit"))->isVisible());
            accounts->grab().save(QDir::temp().filePath(QStringLiteral("wabench-accounts.png")));
            accounts->close();
        }
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("publicUrlLineEdit"));
        url->setText(QStringLiteral("not a url"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.lastError().contains(QStringLiteral("not an http(s) URL")));
        url->setText(QStringLiteral("https://tunnel.example.com/"));
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("telnyx_public_keyLineEdit"));
        key->setText(QStringLiteral("short"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.lastError().contains(QStringLiteral("32 bytes")));
        key->clear();
        dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"))->setValue(12);
        QVERIFY(dialog.apply());
        QCOMPARE(w->services()->receiver()->callbackUrl(QStringLiteral("exotel")),
                 QStringLiteral("https://tunnel.example.com/webhooks/exotel"));
        QCOMPARE(AppIdentity::userSettings()->value(QStringLiteral("network/timeout_seconds")).toInt(), 12);
        // The Exotel request now names the public URL as its status callback.
        QVERIFY(w->services()
                    ->prepare(Account{QStringLiteral("exotel"), {}, {}, {}})
                    .settings.value(QStringLiteral("callback_url"))
                    .startsWith(QStringLiteral("https://tunnel.example.com")));
        chooseProvider(*w, QStringLiteral("exotel"));
        textMessage(*w, QStringLiteral("Hi"), {QStringLiteral("+919876543210")});
        QVERIFY2(w->findChild<PreviewPane *>()
                     ->text(PreviewPane::Body)
                     .contains(QStringLiteral("\"status_callback\": \"https://tunnel.example.com/webhooks/exotel\"")),
                 qPrintable(w->findChild<PreviewPane *>()->text(PreviewPane::Body)));
        AppIdentity::userSettings()->remove(QStringLiteral("webhooks/public_url"));
    }

    // A team workspace is chosen in Preferences: a location that is none is refused, saying so; a password
    // typed into the URL goes to the keychain, and the settings keep the URL without it; the name sends are
    // recorded under is kept, and taken at once.
    void aTeamWorkspaceIsChosenInPreferences()
    {
        auto w = window();
        const std::unique_ptr<QSettings> settings = AppIdentity::userSettings();
        PreferencesDialog dialog(settings.get(), &m_secrets, w->services(), w.get());
        dialog.setHistoryInUse(w->workbench()->historyLocation().display(), QString());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("historyInUseLabel"))
                    ->text()
                    .endsWith(QStringLiteral("history.sqlite")));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("databaseLineEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("databasePasswordLineEdit"));
        QVERIFY(!password->isEnabled()); // this computer's file has none
        database->setText(QStringLiteral("mysql://db.example/team"));
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.lastError().startsWith(QStringLiteral("History: \"mysql:\"")), qPrintable(dialog.lastError()));
        database->setText(QStringLiteral("postgresql://agent:S3CRET-DB-PW@db.example:5432/team?sslmode=verify-full"));
        emit database->editingFinished();
        QVERIFY(password->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("displayNameLineEdit"))->setText(QStringLiteral("Asha (desk 3)"));
        QVERIFY2(dialog.apply(), qPrintable(dialog.lastError()));
        const auto restore = qScopeGuard([] { AppIdentity::userSettings()->remove(QStringLiteral("history")); });
        QCOMPARE(Settings(settings.get()).database(),
                 QStringLiteral("postgresql://agent@db.example/team?sslmode=verify-full"));
        const std::optional<DatabaseLocation> location =
            DatabaseLocation::parse(Settings(settings.get()).database(), nullptr);
        QVERIFY(location);
        QCOMPARE(HistorySource::passwordNow(*location, &m_secrets), QStringLiteral("S3CRET-DB-PW"));
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("S3CRET-DB-PW"));
        // The name, for the sends from now on.
        w->workbench()->reloadSettings();
        QCOMPARE(w->workbench()->history()->sentBy(), QStringLiteral("Asha (desk 3)"));
        Settings(settings.get()).setDisplayName(QString());
        w->workbench()->reloadSettings();
        QCOMPARE(w->workbench()->history()->sentBy(), ProcessOwner::current().user);
    }

    // File > Copy a History In: another history's messages come in (run again, none twice), said in the
    // status bar; Preferences' retention removes what is older at once, and is kept in the settings.
    void aHistoryIsCopiedInAndKeptAsLongAsSaid()
    {
        auto w = window();
        const QString other = m_dir.filePath(QStringLiteral("laptop.sqlite"));
        {
            HistoryStore laptop;
            QString error;
            QVERIFY2(laptop.open(other, &error), qPrintable(error));
            for (const char *recipient : {"+919800000001", "+919800000002", "+919800000003"}) {
                HistoryRecord record;
                record.provider = QStringLiteral("meta");
                record.recipient = QString::fromLatin1(recipient);
                const qint64 id = laptop.insertSending(record);
                QVERIFY(laptop.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.") + recipient, {}, {},
                                             1));
            }
        }
        {
            // One of them a year old.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE messages SET created = '2025-01-01T00:00:00.000Z' WHERE recipient = '+919800000001'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        HistoryStore *history = w->workbench()->history();
        const int before = history->count(HistoryQuery());
        QSignalSpy imported(w->workbench(), &Workbench::historyImported);
        w->copyHistoryIn(other);
        QVERIFY(imported.wait(10000));
        QVERIFY2(imported.first().first().toBool(), qPrintable(imported.first().last().toString()));
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("3 messages")),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(history->count(HistoryQuery()), before + 3);
        w->copyHistoryIn(other);
        QVERIFY(imported.wait(10000));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("Nothing new to copy")),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(history->count(HistoryQuery()), before + 3);

        w->showPreferences();
        auto *dialog = w->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("retentionScopeLabel"))->isHidden()); // this computer's
        dialog->findChild<QSpinBox *>(QStringLiteral("keepDaysSpinBox"))->setValue(30);
        const auto restore = qScopeGuard([] { AppIdentity::userSettings()->remove(QStringLiteral("history")); });
        dialog->accept();
        HistoryQuery old;
        old.search = QStringLiteral("919800000001");
        QCOMPARE(history->count(old), 0);
        QCOMPARE(history->count(HistoryQuery()), before + 2);
        QCOMPARE(AppIdentity::userSettings()->value(QStringLiteral("history/keep_days")).toInt(), 30);
        QCOMPARE(w->workbench()->retention(), (HistoryRetention{30, 0}));
    }

    // After every send above: the distinctive token is nowhere on disk or in the log.
    void secretsAudit()
    {
        // A draft saved and the history exported count too.
        auto w = window();
        QVERIFY(w->saveAs(m_dir.filePath(QStringLiteral("saved"))));
        QStringList places = {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        int files = 0;
        for (const QString &place : places) {
            QDirIterator it(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++files;
                QVERIFY2(!bytes.contains(Token.toUtf8()), qPrintable(file.fileName()));
                const QByteArray utf16(reinterpret_cast<const char *>(Token.utf16()), Token.size() * 2);
                QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files >= 4); // history (+ WAL), settings, exports, the saved draft
        QVERIFY(QFile::exists(m_exported));
        for (const QString &line : std::as_const(logLines()))
            QVERIFY2(!line.contains(Token), qPrintable(line));
    }
};

QTEST_MAIN(TestSending)
#include "tst_sending.moc"
