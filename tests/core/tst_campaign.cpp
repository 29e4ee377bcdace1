// SPDX-License-Identifier: GPL-3.0-or-later
// A draft sent to a list: the check before, every row sent once (run again, only what never left),
// refusals for rate sent again later, server errors unknown and never sent again.
#include "history/historystore.h"
#include "lists/campaignrun.h"
#include "lists/recipientlist.h"
#include "loopbackserver.h"
#include "providers/registry.h"
#include "settings/appidentity.h"
#include "transport/sender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Accepted = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
                            "\"messages\":[{\"id\":\"wamid.{n}\"}]}";
const QByteArray RateLimited =
    "{\"error\":{\"message\":\"Rate limit hit\",\"type\":\"OAuthException\",\"code\":130429}}";

Draft draft()
{
    Draft out;
    out.provider = QStringLiteral("meta");
    out.account = QStringLiteral("Test");
    out.message = QJsonObject{{"type", "text"}, {"text", QJsonObject{{"body", "Hello {{name}}, order {{order}}"}}}};
    return out;
}

Account account(const LoopbackServer &server)
{
    Account out;
    out.provider = QStringLiteral("meta");
    out.name = QStringLiteral("Test");
    out.settings = {{QStringLiteral("base_url"), server.url(QString())},
                    {QStringLiteral("phone_number_id"), QStringLiteral("PNID")}};
    out.secrets = {{QStringLiteral("access_token"), QStringLiteral("TOKEN")}};
    return out;
}

// The recipient each request the server received went to, in order.
QStringList recipientsOf(const LoopbackServer &server)
{
    QStringList out;
    for (const QByteArray &request : server.requests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
        out.append(body.value(QStringLiteral("to")).toString());
    }
    return out;
}

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AppIdentity::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_history = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_history->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)), &error),
                 qPrintable(error));
    }

    void theCheckFindsEachRowsErrorsAndRepeatedRecipients()
    {
        const QString path = writeList("to,name,order\n"
                                       "+14155550100,Ana,A-1\n"
                                       ",Bo,A-2\n"
                                       "+14155550102,Cy\n"
                                       "+1 (415) 555-0100,Ana again,A-4\n"
                                       "+14155550104,Di,A-5\n");
        RecipientList list;
        QString error;
        QVERIFY2(list.open(path, draft(), &error), qPrintable(error));
        const RecipientList::Check check = list.check(nullptr, nullptr);
        QCOMPARE(check.error, QString());
        QCOMPARE(check.rows, 5);
        QCOMPARE(check.invalid, QSet<qint64>({2, 3}));
        QCOMPARE(check.duplicates, 1);
        QCOMPARE(check.findings.size(), 3);
        QCOMPARE(check.findings.at(0).problems, QStringList{"No recipient in the \"to\" column"});
        QCOMPARE(check.findings.at(1).line, 4);
        QCOMPARE(check.findings.at(1).problems, QStringList{"2 fields where the header has 3"});
        QCOMPARE(check.findings.at(2).row, 4);
        QCOMPARE(check.findings.at(2).recipient, QStringLiteral("+14155550100"));
        QCOMPARE(check.findings.at(2).duplicateOf, QStringLiteral("row 1"));
    }

    void aListWithoutItsColumnsIsRefusedBeforeAnyRow()
    {
        RecipientList list;
        QString error;
        QVERIFY(!list.open(writeList("phone,name\n+14155550100,Ana\n"), draft(), &error));
        QVERIFY2(error.endsWith(QStringLiteral("no \"to\" column; the header names phone, name")), qPrintable(error));
        RecipientList other;
        QVERIFY(!other.open(writeList("TO,name\n+14155550100,Ana\n"), draft(), &error));
        QVERIFY2(error.contains(QStringLiteral("the draft's {{order}} has no column of that name")), qPrintable(error));
    }

    void everyRowIsSentOnceAndARunAgainSendsNothing()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, Accepted);
        const QString path = writeList(numbered(20));
        CampaignRun::Counts counts = run(server, path, QStringLiteral("spring"), {7});
        QCOMPARE(counts.accepted, 19);
        QCOMPARE(counts.skipped, 1);
        QCOMPARE(server.requestsReceived(), 19);
        const QStringList sent = recipientsOf(server);
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), 19);
        QVERIFY(!sent.contains(QStringLiteral("+14155550107")));
        // Each row's own values.
        QVERIFY(server.requests().constFirst().contains("Hello Name1, order O-1"));

        counts = run(server, path, QStringLiteral("spring"), {7});
        QCOMPARE(counts.sentBefore, 19);
        QCOMPARE(counts.accepted, 0);
        QCOMPARE(server.requestsReceived(), 19);

        const std::optional<CampaignReport> report = m_history->campaignReport(QStringLiteral("spring"));
        QVERIFY(report);
        QCOMPARE(report->rows, 19);
        QCOMPARE(report->states.value(QStringLiteral("accepted")), 19);
        HistoryQuery query;
        query.campaign = QStringLiteral("spring");
        QCOMPARE(m_history->count(query), 19);
        QCOMPARE(m_history->records(query, 1, 0).constFirst().campaign, QStringLiteral("spring"));
    }

    void aCancelledCampaignResumesWithTheRowsThatNeverLeft()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, Accepted);
        const QString path = writeList(numbered(30));
        QNetworkAccessManager network;
        CampaignRun first(&network, m_history.get());
        connect(&first, &CampaignRun::rowFinished, this, [&first] {
            if (first.counts().accepted == 5)
                first.cancel();
        });
        QSignalSpy finished(&first, &CampaignRun::finished);
        QString error;
        QVERIFY2(first.start(options(server, path, QStringLiteral("resumed")), &error), qPrintable(error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());
        const int before = server.requestsReceived();
        QVERIFY(before >= 5 && before < 30);

        const CampaignRun::Counts counts = run(server, path, QStringLiteral("resumed"));
        QCOMPARE(counts.sentBefore, before);
        QCOMPARE(counts.accepted, 30 - before);
        const QStringList sent = recipientsOf(server);
        QCOMPARE(sent.size(), 30);
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), 30);
    }

    void aRowRefusedForRateIsSentAgainLaterAndThePaceSlows()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, Accepted);
        connect(&server, &LoopbackServer::requestReceived, this, [&server] {
            server.setAnswer(server.requestsReceived() == 3 ? 429 : 200,
                             server.requestsReceived() == 3 ? RateLimited : Accepted);
        });
        QNetworkAccessManager network;
        CampaignRun campaign(&network, m_history.get());
        QSignalSpy deferred(&campaign, &CampaignRun::rowDeferred);
        QSignalSpy finished(&campaign, &CampaignRun::finished);
        QString error;
        CampaignRun::Options settings = options(server, writeList(numbered(6)), QStringLiteral("paced"));
        settings.rate = 40;
        settings.inFlight = 1;
        QVERIFY2(campaign.start(settings, &error), qPrintable(error));
        QVERIFY(deferred.wait(10000));
        QCOMPARE(deferred.constFirst().at(0).toLongLong(), 3);
        QCOMPARE(deferred.constFirst().at(2).toLongLong(), 1000); // no Retry-After: a second
        QVERIFY2(deferred.constFirst().at(3).toString().contains(QStringLiteral("130429")),
                 qPrintable(deferred.constFirst().at(3).toString()));
        QCOMPARE(campaign.pace(), 20.0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(campaign.counts().accepted, 6);
        QCOMPARE(campaign.counts().retried, 1);
        const QStringList sent = recipientsOf(server);
        QCOMPARE(sent.size(), 7);
        QCOMPARE(sent.count(QStringLiteral("+14155550103")), 2);
        // The refusal stays on record beside the message that went.
        HistoryQuery query;
        query.campaign = QStringLiteral("paced");
        query.states = {DeliveryStatus::Rejected};
        QCOMPARE(m_history->count(query), 1);
        QCOMPARE(m_history->campaignReport(QStringLiteral("paced"))->states.value(QStringLiteral("accepted")), 6);
    }

    // Without a pace a refusal halves the requests in flight; they come back while no refusal comes.
    void withoutAPaceARefusalHalvesTheRequestsInFlightForAWhile()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, Accepted);
        // Row 3 refused twice: retried after a second, then after two.
        connect(&server, &LoopbackServer::requestReceived, this, [&server] {
            const QByteArray to = server.requests().constLast();
            const bool refuse = to.contains("+14155550103") && server.requestsReceived() < 12;
            server.setAnswer(refuse ? 429 : 200, refuse ? RateLimited : Accepted);
        });
        QNetworkAccessManager network;
        CampaignRun campaign(&network, m_history.get());
        QSignalSpy deferred(&campaign, &CampaignRun::rowDeferred);
        QSignalSpy finished(&campaign, &CampaignRun::finished);
        QString error;
        CampaignRun::Options settings = options(server, writeList(numbered(10)), QStringLiteral("unpaced"));
        settings.rate = 0;
        settings.inFlight = 8;
        QVERIFY2(campaign.start(settings, &error), qPrintable(error));
        QVERIFY(deferred.wait(10000));
        QCOMPARE(campaign.inFlightLimit(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 2, 10000);
        QCOMPARE(campaign.inFlightLimit(), 2);
        QVERIFY(finished.wait(10000));
        // Two seconds without a refusal when the second retry went: one more in flight.
        QCOMPARE(campaign.inFlightLimit(), 3);
        QCOMPARE(campaign.counts().accepted, 10);
        QCOMPARE(recipientsOf(server).count(QStringLiteral("+14155550103")), 3);
    }

    void aServerErrorIsUnknownAndNeverSentAgain()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, Accepted);
        connect(&server, &LoopbackServer::requestReceived, this,
                [&server] { server.setAnswer(server.requestsReceived() == 2 ? 503 : 200, Accepted); });
        const QString path = writeList(numbered(4));
        CampaignRun::Counts counts = run(server, path, QStringLiteral("errors"));
        QCOMPARE(counts.unknown, 1);
        QCOMPARE(counts.accepted, 3);
        QCOMPARE(counts.retried, 0);
        QCOMPARE(server.requestsReceived(), 4);
        counts = run(server, path, QStringLiteral("errors"));
        QCOMPARE(counts.sentBefore, 4);
        QCOMPARE(server.requestsReceived(), 4);
        const std::optional<CampaignReport> report = m_history->campaignReport(QStringLiteral("errors"));
        QCOMPARE(report->states.value(QStringLiteral("unknown")), 1);
    }

private:
    QString writeList(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(++m_count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray numbered(int rows)
    {
        QByteArray out("to,name,order\n");
        for (int i = 1; i <= rows; ++i)
            out += QStringLiteral("+141555501%1,Name%2,O-%2\n").arg(i, 2, 10, QLatin1Char('0')).arg(i).toUtf8();
        return out;
    }

    static CampaignRun::Options options(const LoopbackServer &server, const QString &path, const QString &name)
    {
        CampaignRun::Options out;
        out.campaign = name;
        out.list = path;
        out.draft = draft();
        out.account = account(server);
        out.inFlight = 4;
        out.timeoutMs = 10000;
        return out;
    }

    CampaignRun::Counts run(const LoopbackServer &server, const QString &path, const QString &name,
                            const QSet<qint64> &skip = {})
    {
        QNetworkAccessManager network;
        CampaignRun campaign(&network, m_history.get());
        QSignalSpy finished(&campaign, &CampaignRun::finished);
        CampaignRun::Options settings = options(server, path, name);
        settings.skip = skip;
        QString error;
        if (!campaign.start(settings, &error))
            qFatal("the campaign did not start: %s", qPrintable(error));
        if (!finished.wait(20000) || !finished.constFirst().constFirst().toString().isEmpty())
            qFatal("the campaign did not finish: %s",
                   qPrintable(finished.isEmpty() ? QStringLiteral("no end")
                                                 : finished.constFirst().constFirst().toString()));
        return campaign.counts();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
