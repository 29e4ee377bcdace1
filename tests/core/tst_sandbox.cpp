// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with the real pieces: the app's core sends to the Sandbox over loopback, the Sandbox calls
// back the webhook receiver (signed), and the history moves by itself to read, or to failed with the
// reason decoded, for every provider and every scenario.
#include "history/historystore.h"
#include "loopbackserver.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "transport/sendjob.h"
#include "transport/statusrefresh.h"
#include "webhooks/webhookreceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HistoryStore m_history;
    WebhookReceiver *m_receiver = nullptr;
    Sandbox *m_sandbox = nullptr;
    QNetworkAccessManager m_network;

    Account account(const QString &provider, bool withSecrets = true) const
    {
        Account a;
        a.provider = provider;
        a.name = QStringLiteral("Sandbox as ") + provider;
        a.settings = {{QStringLiteral("base_url"), m_sandbox->baseUrl()},
                      {QStringLiteral("sid"), QStringLiteral("sandbox-sid")},
                      {QStringLiteral("phone_number_id"), QStringLiteral("1234567890")}};
        if (withSecrets)
            a.secrets = {{QStringLiteral("api_key"), QStringLiteral("key")},
                         {QStringLiteral("api_token"), QStringLiteral("token")},
                         {QStringLiteral("access_token"), QStringLiteral("token")}};
        return a;
    }
    // Sends a text to `recipient`; returns the history row once the send is over.
    qint64 send(const QString &provider, const QString &recipient, SendOutcome *outcome = nullptr,
                bool withSecrets = true, const QJsonObject &message = {})
    {
        Draft draft;
        draft.provider = provider;
        draft.sender = QStringLiteral("+919876500001");
        draft.recipients = {recipient};
        draft.message =
            !message.isEmpty()
                ? message
                : QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"),
                               QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello from the test")}}}};
        SendJob job(&m_network, &m_history);
        job.setTimeout(5000);
        QSignalSpy finished(&job, &SendJob::finished);
        QSignalSpy answered(&job, &SendJob::requestFinished);
        QString error;
        if (!job.start(draft, account(provider, withSecrets), &error))
            qFatal("%s", qPrintable(error));
        if (finished.isEmpty() && !finished.wait(10000))
            return 0;
        if (outcome && !answered.isEmpty())
            *outcome = answered.first().at(1).value<SendOutcome>();
        return job.rows().value(0).value(0);
    }
    QString state(qint64 id) const { return Delivery::name(m_history.record(id)->state); }
    // Every provider's callbacks checked, with the keys the Sandbox signs with.
    WebhookReceiver::Keys sandboxKeys() const
    {
        WebhookReceiver::Keys keys;
        for (const Provider *provider : Providers::all()) {
            if (const QByteArray key = m_sandbox->verifyingKey(provider->id()); !key.isEmpty())
                keys.own.insert(provider->id(), key);
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite")), &error));
        m_receiver = new WebhookReceiver(&m_history, this);
        QVERIFY2(m_receiver->start(0, &error), qPrintable(error));
        m_sandbox = new Sandbox(this);
        QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
        m_sandbox->setCallbackBase(m_receiver->localUrl());
        m_sandbox->setCallbackDelay(40);
        m_sandbox->setSlowAnswer(400);
        // The receiver checks the signatures the sandbox makes.
        m_receiver->setKeys(sandboxKeys());
    }

    void everyProviderReachesRead_data()
    {
        QTest::addColumn<QString>("provider");
        for (const QString &provider : {QStringLiteral("exotel"), QStringLiteral("kaleyra"), QStringLiteral("telnyx"),
                                        QStringLiteral("meta"), QStringLiteral("sandbox")})
            QTest::newRow(qPrintable(provider)) << provider;
    }
    void everyProviderReachesRead()
    {
        QFETCH(QString, provider);
        QSignalSpy rejected(m_receiver, &WebhookReceiver::rejected);
        SendOutcome outcome;
        const qint64 id = send(provider, QStringLiteral("+919876543210"), &outcome);
        QVERIFY(id);
        QCOMPARE(outcome.status, DeliveryStatus::Accepted);
        QVERIFY(!m_history.record(id)->messageId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("read"), 5000);
        QCOMPARE(m_history.events(id).size(), 3);
        QVERIFY2(rejected.isEmpty(), rejected.isEmpty() ? "" : qPrintable(rejected.first().at(2).toString()));
    }

    // A handler that reads a callback whole and closes without answering gets it once: Qt would send the POST
    // again on a new connection (a provider that did would be one that retries, on its own schedule).
    void aCallbackIsNeverResent()
    {
        LoopbackServer handler(LoopbackServer::Behaviour::CloseAfterBody);
        m_sandbox->setCallbackBase(handler.url(QString()));
        QSignalSpy called(m_sandbox, &Sandbox::callbackDelivered);
        const qint64 id = send(QStringLiteral("meta"), QStringLiteral("+919876543210"));
        m_sandbox->setCallbackBase(m_receiver->localUrl());
        QVERIFY(id);
        // Sent, delivered, read: each finished, unanswered (other tests' callbacks may finish meanwhile).
        const auto unanswered = [&called, &handler] {
            return std::count_if(called.cbegin(), called.cend(), [&handler](const QList<QVariant> &each) {
                return each.at(1).toString().startsWith(handler.url(QString())) && each.at(2).toInt() == 0;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(unanswered(), 3, 5000);
        QCOMPARE(handler.requestsReceived(), 3);
    }

    // Where callbacks cannot arrive, Refresh Status asks Telnyx (GET /v2/messages/{id}) and the answer moves
    // the row; the providers that only call back have nothing to ask.
    void refreshStatusAsksAndApplies()
    {
        m_sandbox->setCallbackBase(QStringLiteral("http://127.0.0.1:1"));
        QSignalSpy called(m_sandbox, &Sandbox::callbackDelivered);
        const qint64 id = send(QStringLiteral("telnyx"), QStringLiteral("+919876543210"));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(called.size(), 3, 5000);
        m_sandbox->setCallbackBase(m_receiver->localUrl());
        QCOMPARE(state(id), QStringLiteral("accepted"));

        StatusRefresh refresh(&m_network, &m_history);
        QSignalSpy finished(&refresh, &StatusRefresh::finished);
        const HistoryRecord record = *m_history.record(id);
        QVERIFY(
            refresh.start(record, Providers::find(QStringLiteral("telnyx")), account(QStringLiteral("telnyx")), 5000));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toLongLong(), id);
        QVERIFY(finished.first().at(1).toBool());
        const QString said = finished.first().at(2).toString();
        QVERIFY2(said.startsWith(QStringLiteral("Telnyx says: ")), qPrintable(said));
        QCOMPARE(state(id), said.section(u' ', 2));
        QVERIFY(state(id) == u"delivered" || state(id) == u"read");
        const QString refreshed = state(id);

        // An id the provider does not know: its refusal in words, and the row as it was.
        finished.clear();
        HistoryRecord unknown = record;
        unknown.messageId = QStringLiteral("no-such-message");
        QVERIFY(
            refresh.start(unknown, Providers::find(QStringLiteral("telnyx")), account(QStringLiteral("telnyx")), 5000));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.first().at(1).toBool());
        QCOMPARE(finished.first().at(2).toString(),
                 QStringLiteral("The status could not be read: HTTP 404. 10005: No message with that id"));
        QCOMPARE(state(id), refreshed);

        // Meta and the others only call back.
        for (const QString &provider : {QStringLiteral("meta"), QStringLiteral("exotel"), QStringLiteral("kaleyra")}) {
            QVERIFY(!Providers::find(provider)->reportsStatus());
            QVERIFY(!refresh.start(record, Providers::find(provider), account(provider), 5000));
        }
    }

    void failuresArriveDecoded_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("code");
        QTest::newRow("exotel 30005") << "exotel"
                                      << "+919876543901"
                                      << "30005";
        QTest::newRow("exotel 30018") << "exotel"
                                      << "+919876543902"
                                      << "30018";
        QTest::newRow("exotel 30023") << "exotel"
                                      << "+919876543903"
                                      << "30023";
        QTest::newRow("meta 131026") << "meta"
                                     << "+919876543901"
                                     << "131026";
        QTest::newRow("meta 131047") << "meta"
                                     << "+919876543902"
                                     << "131047";
        QTest::newRow("telnyx 131047") << "telnyx"
                                       << "+919876543902"
                                       << "131047";
        QTest::newRow("kaleyra 131026") << "kaleyra"
                                        << "+919876543901"
                                        << "131026";
        QTest::newRow("sandbox 132000") << "sandbox"
                                        << "+919876543903"
                                        << "132000";
    }
    void failuresArriveDecoded()
    {
        QFETCH(QString, provider);
        QFETCH(QString, recipient);
        QFETCH(QString, code);
        const qint64 id = send(provider, recipient);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("failed"), 5000);
        const QList<HistoryEvent> events = m_history.events(id);
        QVERIFY(std::any_of(events.cbegin(), events.cend(),
                            [&](const HistoryEvent &e) { return e.errorCode == code || e.providerStatus == code; }));
        QVERIFY2(!m_history.record(id)->error.isEmpty(), "the failure has its reason in words");
    }

    // Scenario 902 is a customer who never wrote: a free-form message fails (above), a template reaches them.
    void aTemplateReachesACustomerWhoNeverWrote()
    {
        const QJsonObject templated{
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("order_update")},
                         {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en")}}}}}};
        const qint64 id = send(QStringLiteral("meta"), QStringLiteral("+919876543902"), nullptr, true, templated);
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("read"), 5000);
    }

    void refusalsAtSend_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("http");
        QTest::newRow("telnyx 40008") << "telnyx"
                                      << "+919876543904"
                                      << "rejected" << 400;
        QTest::newRow("meta 132015") << "meta"
                                     << "+919876543904"
                                     << "rejected" << 400;
        QTest::newRow("exotel per message") << "exotel"
                                            << "+919876543904"
                                            << "rejected" << 207;
        QTest::newRow("500") << "kaleyra"
                             << "+919876543921"
                             << "rejected" << 500;
        QTest::newRow("429") << "meta"
                             << "+919876543922"
                             << "rejected" << 429;
        QTest::newRow("closed after the body") << "telnyx"
                                               << "+919876543923"
                                               << "unknown" << 0;
        QTest::newRow("slow but answered") << "meta"
                                           << "+919876543920"
                                           << "accepted" << 200;
    }
    void refusalsAtSend()
    {
        QFETCH(QString, provider);
        QFETCH(QString, recipient);
        QFETCH(QString, state);
        QFETCH(int, http);
        SendOutcome outcome;
        const qint64 id = send(provider, recipient, &outcome);
        QVERIFY(id);
        QCOMPARE(outcome.httpStatus, http);
        QCOMPARE(this->state(id), state);
        if (http == 429) {
            const auto retry = std::find_if(outcome.responseHeaders.cbegin(), outcome.responseHeaders.cend(),
                                            [](const auto &h) { return h.first.toLower() == "retry-after"; });
            QVERIFY(retry != outcome.responseHeaders.cend());
        }
    }

    // With the person's own Telnyx key and Meta secret set, what the Sandbox signs still passes, and what
    // neither signed does not.
    void sandboxCallbacksPassBesideThePersonsKeys()
    {
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        const Provider::CallbackKeys persons = telnyx->newCallbackKeys();
        m_receiver->setKeys({{{QStringLiteral("telnyx"), persons.verifying},
                              {QStringLiteral("meta"), QByteArrayLiteral("the person's app secret")}},
                             {{QStringLiteral("telnyx"), m_sandbox->verifyingKey(QStringLiteral("telnyx"))},
                              {QStringLiteral("meta"), m_sandbox->verifyingKey(QStringLiteral("meta"))}},
                             {}});
        QSignalSpy rejected(m_receiver, &WebhookReceiver::rejected);
        for (const QString &provider : {QStringLiteral("telnyx"), QStringLiteral("meta")}) {
            const qint64 id = send(provider, QStringLiteral("+919876543210"));
            QVERIFY(id);
            QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("read"), 5000);
        }
        QVERIFY2(rejected.isEmpty(), rejected.isEmpty() ? "" : qPrintable(rejected.first().at(2).toString()));

        // Signed by a third key: refused.
        const Provider::CallbackKeys stranger = telnyx->newCallbackKeys();
        const QByteArray body = R"({"data":{"event_type":"message.sent","payload":{"id":"x"}}})";
        QNetworkRequest request(QUrl(m_receiver->callbackUrl(QStringLiteral("telnyx"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] :
             telnyx->signCallback(body, stranger.signing, QDateTime::currentSecsSinceEpoch()))
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.post(request, body);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
        m_receiver->setKeys(sandboxKeys());
    }

    void theOtherScenarios()
    {
        QSignalSpy delivered(m_sandbox, &Sandbox::callbackDelivered);
        const qint64 neverDelivered = send(QStringLiteral("meta"), QStringLiteral("+919876543910"));
        const qint64 neverRead = send(QStringLiteral("exotel"), QStringLiteral("+919876543911"));
        const qint64 shuffled = send(QStringLiteral("telnyx"), QStringLiteral("+919876543912"));
        const qint64 twice = send(QStringLiteral("kaleyra"), QStringLiteral("+919876543913"));
        QTRY_COMPARE_WITH_TIMEOUT(state(twice), QStringLiteral("read"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(state(shuffled), QStringLiteral("read"), 5000);
        // Every callback these scenarios make has been answered: sent (910); sent, delivered (911); three
        // out of order (912); three, each twice (913).
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1 + 2 + 3 + 6, 5000);
        QCOMPARE(state(neverDelivered), QStringLiteral("sent"));
        QCOMPARE(state(neverRead), QStringLiteral("delivered"));
        QCOMPARE(state(shuffled), QStringLiteral("read")); // delivered and sent came late and changed nothing
        QCOMPARE(m_history.events(shuffled).size(), 3);
        QCOMPARE(m_history.events(twice).size(), 3); // each status twice, kept once
    }

    void authenticationIsChecked()
    {
        SendOutcome outcome;
        const qint64 id = send(QStringLiteral("telnyx"), QStringLiteral("+919876543210"), &outcome, false);
        // Without a key the placeholder goes out, which is a token; Kaleyra's empty key is refused.
        Q_UNUSED(id);
        QCOMPARE(outcome.status, DeliveryStatus::Accepted);
        Account keyless = account(QStringLiteral("exotel"));
        keyless.secrets.clear();
        keyless.secrets.insert(QStringLiteral("api_key"), QStringLiteral("k"));
        Draft draft;
        draft.provider = QStringLiteral("exotel");
        draft.sender = QStringLiteral("+919876500001");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}}};
        QNetworkRequest request(Providers::find(QStringLiteral("exotel"))->build(draft, keyless).first().url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            m_network.post(request, Providers::find(QStringLiteral("exotel"))->build(draft, keyless).first().body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }

    // With a rate limit, each sending number is held to it: above it HTTP 429 with the provider's code, and
    // the line for each request names its recipients and the ids they were given (none when refused).
    void aRateLimitHoldsEachNumberToIt()
    {
        m_sandbox->setRateLimit(2); // one at once, then one every half second
        QSignalSpy answered(m_sandbox, &Sandbox::requestAnswered);
        const auto post = [this](const QString &numberId, const QString &recipient) {
            Draft draft;
            draft.provider = QStringLiteral("meta");
            draft.recipients = {recipient};
            draft.message =
                QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}}};
            Account meta = account(QStringLiteral("meta"));
            meta.settings.insert(QStringLiteral("phone_number_id"), numberId);
            const HttpRequest request = Providers::find(QStringLiteral("meta"))->build(draft, meta).first();
            QNetworkRequest network(request.url);
            for (const auto &[name, value] : request.allHeaders(false))
                network.setRawHeader(name, value);
            return m_network.post(network, request.body);
        };
        QList<QNetworkReply *> replies{post(QStringLiteral("111"), QStringLiteral("+919876543201")),
                                       post(QStringLiteral("111"), QStringLiteral("+919876543202")),
                                       post(QStringLiteral("111"), QStringLiteral("+919876543203")),
                                       post(QStringLiteral("222"), QStringLiteral("+919876543204"))};
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 4, 5000);
        m_sandbox->setRateLimit(0);
        QMap<QString, int> statuses; // by recipient
        for (const QList<QVariant> &line : std::as_const(answered)) {
            const QStringList recipients = line.at(3).toStringList();
            const QStringList ids = line.at(4).toStringList();
            QCOMPARE(recipients.size(), 1);
            QCOMPARE(ids.size(), 1);
            statuses.insert(recipients.first(), line.at(1).toInt());
            QCOMPARE(ids.first().startsWith(QStringLiteral("wamid.")), line.at(1).toInt() == 200);
        }
        QCOMPARE(std::count(statuses.cbegin(), statuses.cend(), 200), 2);
        QCOMPARE(statuses.value(QStringLiteral("+919876543204")), 200); // another number: a bucket of its own
        QCOMPARE(std::count(statuses.cbegin(), statuses.cend(), 429), 2);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QTRY_VERIFY(reply->isFinished());
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429)
                QVERIFY(reply->readAll().contains("130429"));
            reply->deleteLater();
        }
    }

    void anInvalidBodyIsRefusedWithTheAppsOwnWords()
    {
        Draft draft;
        draft.provider = QStringLiteral("meta");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString(4097, u'x')}}}};
        const HttpRequest request =
            Providers::find(QStringLiteral("meta"))->build(draft, account(QStringLiteral("meta"))).first();
        QNetworkRequest network(request.url);
        for (const auto &[name, value] : request.allHeaders(false))
            network.setRawHeader(name, value);
        QNetworkReply *reply = m_network.post(network, request.body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("4096"));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
