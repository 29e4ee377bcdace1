// SPDX-License-Identifier: GPL-3.0-or-later
// Sending over loopback to servers the test starts: answers read per message, timeouts, redirects not
// followed, and a POST never sent twice, even when Qt tries to after the server closes the connection.
#include "history/historystore.h"
#include "loopbackserver.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "testdata.h"
#include "transport/sender.h"
#include "transport/sendjob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Draft draftFor(const QString &provider, const QStringList &recipients)
{
    QString error;
    std::optional<Draft> draft = DraftFile::load(QStringLiteral(":/examples/text.wabench.json"), &error);
    draft->provider = provider;
    draft->recipients = recipients;
    return *draft;
}

QList<HttpRequest> requestsTo(const LoopbackServer &server, const QString &provider, const QStringList &recipients)
{
    Account account;
    account.provider = provider;
    account.settings.insert(QStringLiteral("base_url"), server.url(QString()));
    account.secrets.insert(QStringLiteral("access_token"), QStringLiteral("token"));
    return Providers::find(provider)->build(draftFor(provider, recipients), account);
}

} // namespace

class TestSender : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    QList<SendOutcome> sendAll(Sender &sender, const Provider *provider, const QList<HttpRequest> &requests)
    {
        QList<SendOutcome> outcomes;
        connect(&sender, &Sender::requestFinished, this,
                [&outcomes](int, const SendOutcome &o) { outcomes.append(o); });
        QSignalSpy finished(&sender, &Sender::finished);
        sender.send(provider, requests);
        if (finished.isEmpty())
            finished.wait(20000);
        disconnect(&sender, &Sender::requestFinished, this, nullptr);
        return outcomes;
    }

private slots:
    // Every provider against a server that answers with that provider's documented bodies: the exact
    // request line, authentication header and body that arrive, and what each answer means per message.
    void everyProviderOnTheWire_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("answer"); // a vector name, or a file under responses/
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<QStringList>("states"); // per message
        QTest::addColumn<QString>("errorCode");  // of the first refused message

        const QByteArray basic = "Authorization: Basic " + QByteArray("KEY-1:TOKEN-1").toBase64();
        const QString exotelPath = QStringLiteral("/v2/accounts/SID-1/messages");
        const QString kaleyraPath = QStringLiteral("/v2/SID-1/whatsapp/%2B919876500001/messages");
        const QString telnyxPath = QStringLiteral("/v2/messages/whatsapp");
        const QString metaPath = QStringLiteral("/v21.0/PNID-1/messages");
        const QStringList two = {QStringLiteral("accepted"), QStringLiteral("accepted")};
        QTest::newRow("exotel 202") << "exotel" << 202 << "exotel_response_202" << exotelPath << basic << two << "";
        QTest::newRow("exotel 207, one failed")
            << "exotel" << 207 << "responses/exotel_partial_failure.json" << exotelPath << basic
            << QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")} << "30012";
        QTest::newRow("exotel 500") << "exotel" << 500 << "responses/exotel_error_500.json" << exotelPath << basic
                                    << QStringList{QStringLiteral("rejected"), QStringLiteral("rejected")} << "500";
        const QByteArray kaleyraKey = "api-key: KEY-1";
        QTest::newRow("kaleyra 202") << "kaleyra" << 202 << "kaleyra_response_202" << kaleyraPath << kaleyraKey
                                     << QStringList{QStringLiteral("accepted")} << "";
        QTest::newRow("kaleyra 401") << "kaleyra" << 401 << "kaleyra_error_401_key" << kaleyraPath << kaleyraKey
                                     << QStringList{QStringLiteral("rejected")} << "RBC001";
        QTest::newRow("kaleyra 500") << "kaleyra" << 500 << "responses/kaleyra_error_500.json" << kaleyraPath
                                     << kaleyraKey << QStringList{QStringLiteral("rejected")} << "WA500";
        const QByteArray bearer = "Authorization: Bearer KEY-1";
        QTest::newRow("telnyx 200") << "telnyx" << 200 << "telnyx_response" << telnyxPath << bearer
                                    << QStringList{QStringLiteral("accepted")} << "";
        QTest::newRow("telnyx 400") << "telnyx" << 400 << "telnyx_error_40008" << telnyxPath << bearer
                                    << QStringList{QStringLiteral("rejected")} << "40008";
        QTest::newRow("telnyx 500") << "telnyx" << 500 << "responses/telnyx_error_500.json" << telnyxPath << bearer
                                    << QStringList{QStringLiteral("rejected")} << "10007";
        const QByteArray token = "Authorization: Bearer TOKEN-1";
        QTest::newRow("meta 200") << "meta" << 200 << "meta_response" << metaPath << token
                                  << QStringList{QStringLiteral("accepted")} << "";
        QTest::newRow("meta 400") << "meta" << 400 << "responses/meta_error_131047.json" << metaPath << token
                                  << QStringList{QStringLiteral("rejected")} << "131047";
        QTest::newRow("meta 500") << "meta" << 500 << "responses/meta_error_500.json" << metaPath << token
                                  << QStringList{QStringLiteral("rejected")} << "1";
    }
    void everyProviderOnTheWire()
    {
        QFETCH(QString, provider);
        QFETCH(int, httpStatus);
        QFETCH(QString, answer);
        QFETCH(QString, path);
        QFETCH(QByteArray, auth);
        QFETCH(QStringList, states);
        QFETCH(QString, errorCode);

        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        const QJsonObject body = answer.endsWith(QStringLiteral(".json"))
                                     ? TestData::readObject(TestData::path(answer))
                                     : TestData::vector(answer).value(QStringLiteral("payload")).toObject();
        server.setAnswer(httpStatus, QJsonDocument(body).toJson());
        Account account;
        account.provider = provider;
        account.settings = {{QStringLiteral("base_url"), server.url(QString())},
                            {QStringLiteral("sid"), QStringLiteral("SID-1")},
                            {QStringLiteral("phone_number_id"), QStringLiteral("PNID-1")}};
        account.secrets = {{QStringLiteral("api_key"), QStringLiteral("KEY-1")},
                           {QStringLiteral("api_token"), QStringLiteral("TOKEN-1")},
                           {QStringLiteral("access_token"), QStringLiteral("TOKEN-1")}};
        Draft draft = draftFor(
            provider,
            QStringList{QStringLiteral("+919876543210"), QStringLiteral("+919876543211")}.mid(0, states.size()));
        draft.sender = QStringLiteral("+919876500001");
        const Provider *adapter = Providers::find(provider);
        const QList<HttpRequest> requests = adapter->build(draft, account);
        QCOMPARE(requests.size(), 1);

        Sender sender(&m_network);
        const QList<SendOutcome> outcomes = sendAll(sender, adapter, requests);
        QCOMPARE(server.requestsReceived(), 1);
        const QByteArray received = server.requests().constFirst();
        const qsizetype headersEnd = received.indexOf("\r\n\r\n");
        const QList<QByteArray> headers = received.left(headersEnd).split('\n');
        QCOMPARE(headers.first().trimmed(), "POST " + path.toUtf8() + " HTTP/1.1");
        QVERIFY2(
            std::any_of(headers.cbegin(), headers.cend(), [&](const QByteArray &h) { return h.trimmed() == auth; }),
            received.left(headersEnd).constData());
        QVERIFY(headers.contains("Content-Type: application/json\r"));
        QCOMPARE(received.mid(headersEnd + 4), requests.first().body);

        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().httpStatus, httpStatus);
        QStringList got;
        QString firstError;
        for (const MessageResult &result : outcomes.first().results) {
            got << Delivery::name(result.status);
            if (firstError.isEmpty() && result.status == DeliveryStatus::Rejected)
                firstError = result.errorCode;
        }
        QCOMPARE(got, states);
        QCOMPARE(firstError, errorCode);
    }

    void acceptedAnswersGiveMessageIds()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            200,
            QJsonDocument(TestData::vector(QStringLiteral("meta_response")).value(QStringLiteral("payload")).toObject())
                .toJson());
        Sender sender(&m_network);
        QSignalSpy progress(&sender, &Sender::progress);
        const QList<SendOutcome> outcomes =
            sendAll(sender, Providers::find(QStringLiteral("meta")),
                    requestsTo(server, QStringLiteral("meta"),
                               {QStringLiteral("+919876543210"), QStringLiteral("+16502530000")}));
        QCOMPARE(outcomes.size(), 2); // Meta: one request per recipient
        QCOMPARE(server.requestsReceived(), 2);
        for (const SendOutcome &outcome : outcomes) {
            QCOMPARE(outcome.status, DeliveryStatus::Accepted);
            QCOMPARE(outcome.httpStatus, 200);
            QCOMPARE(outcome.timesSent, 1);
            QVERIFY(outcome.results.first().messageId.startsWith(QStringLiteral("wamid.")));
        }
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QVERIFY(server.requests().constFirst().contains("Authorization: Bearer token"));
    }

    void refusedAnswersAreRejectedWithTheProvidersWords()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            400, QJsonDocument(TestData::readObject(TestData::path(QStringLiteral("responses/meta_error_131047.json"))))
                     .toJson());
        Sender sender(&m_network);
        const QList<SendOutcome> outcomes =
            sendAll(sender, Providers::find(QStringLiteral("meta")),
                    requestsTo(server, QStringLiteral("meta"), {QStringLiteral("+919876543210")}));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, DeliveryStatus::Rejected);
        QCOMPARE(outcomes.first().results.first().errorCode, QStringLiteral("131047"));
    }

    // The server reads the whole POST and closes the connection without answering. Qt 6.4 would send the
    // POST again on its own (2 copies over HTTP, 4 over HTTPS); the Sender's body cannot be rewound, so
    // exactly one copy reaches the server, and the outcome is unknown.
    void aClosedConnectionIsUnknownAndNeverResent()
    {
        LoopbackServer server(LoopbackServer::Behaviour::CloseAfterBody);
        Sender sender(&m_network);
        const QList<SendOutcome> outcomes =
            sendAll(sender, Providers::find(QStringLiteral("meta")),
                    requestsTo(server, QStringLiteral("meta"), {QStringLiteral("+919876543210")}));
        QCOMPARE(outcomes.size(), 1);
        const SendOutcome &outcome = outcomes.first();
        QCOMPARE(outcome.status, DeliveryStatus::Unknown);
        QVERIFY2(outcome.reason.contains(QStringLiteral("may have received")), qPrintable(outcome.reason));
        QCOMPARE(outcome.results.first().status, DeliveryStatus::Unknown);
        // Let any copy still on its way arrive before counting.
        QTest::qWait(300);
        qInfo("the server received %d cop%s of the POST", server.requestsReceived(),
              server.requestsReceived() == 1 ? "y" : "ies");
        QCOMPARE(server.requestsReceived(), 1);
        QCOMPARE(outcome.timesSent, 1);
    }

    void noAnswerInTimeIsUnknown()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Silent);
        Sender sender(&m_network);
        sender.setTimeout(300);
        const QList<SendOutcome> outcomes =
            sendAll(sender, Providers::find(QStringLiteral("telnyx")),
                    requestsTo(server, QStringLiteral("telnyx"), {QStringLiteral("+919876543210")}));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, DeliveryStatus::Unknown);
        QVERIFY2(outcomes.first().reason.contains(QStringLiteral("No answer within")),
                 qPrintable(outcomes.first().reason));
        QCOMPARE(server.requestsReceived(), 1);
    }

    void redirectsAreNotFollowed()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Redirect);
        Sender sender(&m_network);
        const QList<SendOutcome> outcomes =
            sendAll(sender, Providers::find(QStringLiteral("exotel")),
                    requestsTo(server, QStringLiteral("exotel"), {QStringLiteral("+919876543210")}));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().httpStatus, 307);
        QCOMPARE(outcomes.first().status, DeliveryStatus::Rejected);
        QCOMPARE(server.requestsReceived(), 1);
    }

    // A send through the history: every recipient is on record as "sending" before its request arrives.
    void historyRecordsBeforeTheRequestLeaves()
    {
        QTemporaryDir dir;
        HistoryStore history;
        QString error;
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite")), &error));
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            200,
            QJsonDocument(TestData::vector(QStringLiteral("meta_response")).value(QStringLiteral("payload")).toObject())
                .toJson());
        QStringList statesOnArrival;
        connect(&server, &LoopbackServer::requestReceived, this,
                [&] { statesOnArrival << Delivery::name(history.records(1).constFirst().state); });

        SendJob job(&m_network, &history);
        QSignalSpy finished(&job, &SendJob::finished);
        Account account;
        account.name = QStringLiteral("Test");
        account.settings.insert(QStringLiteral("base_url"), server.url(QString()));
        account.secrets.insert(QStringLiteral("access_token"), QStringLiteral("EAAG-secret"));
        QVERIFY2(job.start(draftFor(QStringLiteral("meta"), {QStringLiteral("+919876543210")}), account, &error),
                 qPrintable(error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(statesOnArrival, QStringList{QStringLiteral("sending")});
        const HistoryRecord row = *history.record(job.rows().first().first());
        QCOMPARE(row.state, DeliveryStatus::Accepted);
        QVERIFY(row.messageId.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(row.account, QStringLiteral("Test"));
        QVERIFY(!row.request.contains("EAAG-secret"));
    }

    void aClosedConnectionShowsAsUnknownInTheHistory()
    {
        QTemporaryDir dir;
        HistoryStore history;
        QString error;
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite")), &error));
        LoopbackServer server(LoopbackServer::Behaviour::CloseAfterBody);
        SendJob job(&m_network, &history);
        QSignalSpy finished(&job, &SendJob::finished);
        Account account;
        account.settings.insert(QStringLiteral("base_url"), server.url(QString()));
        QVERIFY(job.start(
            draftFor(QStringLiteral("exotel"), {QStringLiteral("+919876543210"), QStringLiteral("+919876543211")}),
            account, &error));
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(server.requestsReceived(), 1); // one Exotel request for both recipients, sent once
        for (const qint64 id : job.rows().first()) {
            const HistoryRecord row = *history.record(id);
            QCOMPARE(row.state, DeliveryStatus::Unknown);
            QVERIFY2(row.error.contains(QStringLiteral("may have received")), qPrintable(row.error));
        }
    }

    void aRefusedConnectionSendsNothing()
    {
        quint16 port = 0;
        {
            LoopbackServer closed(LoopbackServer::Behaviour::Answer);
            port = closed.serverPort();
        }
        Account account;
        account.settings.insert(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QList<HttpRequest> requests =
            Providers::find(QStringLiteral("telnyx"))
                ->build(draftFor(QStringLiteral("telnyx"), {QStringLiteral("+919876543210")}), account);
        Sender sender(&m_network);
        const QList<SendOutcome> outcomes = sendAll(sender, Providers::find(QStringLiteral("telnyx")), requests);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, DeliveryStatus::Rejected);
        QVERIFY2(outcomes.first().reason.startsWith(QStringLiteral("Not sent")), qPrintable(outcomes.first().reason));
    }
};

QTEST_GUILESS_MAIN(TestSender)
#include "tst_sender.moc"
