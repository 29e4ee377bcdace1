// SPDX-License-Identifier: GPL-3.0-or-later
// What a team's workspace holds beside the history, on either backend (SQLite here, PostgreSQL when CTest
// runs it against its cluster): one's own SQLite history copied in, and again without doubling anything;
// the accounts a team shares and its settings; messages kept only as long as the retention says.
#include "history/historystore.h"
#include "session/historysource.h"
#include "testhistories.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

CallbackEvent delivered(const QString &id, int second)
{
    CallbackEvent event;
    event.messageId = id;
    event.status = DeliveryStatus::Delivered;
    event.providerStatus = QStringLiteral("delivered");
    event.time = QDateTime(QDate(2026, 11, 21), QTime(10, 0, second), Qt::UTC);
    return event;
}

// A message sent and accepted under `messageId`, with a status callback that came in a kept request.
qint64 sentAndDelivered(HistoryStore &store, const QString &messageId, const QString &recipient, int second)
{
    HistoryRecord record;
    record.provider = QStringLiteral("meta");
    record.recipient = recipient;
    record.kind = QStringLiteral("text");
    record.request = "POST /v21.0/1/messages HTTP/1.1\n\n{\"to\":\"" + recipient.toUtf8() + "\"}";
    const qint64 id = store.insertSending(record);
    if (id == 0 || !store.recordOutcome(id, DeliveryStatus::Accepted, messageId, {}, "{\"ok\":true}", 5))
        return 0;
    WebhookRecord request;
    request.time = QDateTime::currentDateTimeUtc();
    request.method = "POST";
    request.target = "/webhooks/meta";
    request.body = "{\"statuses\":[{\"id\":\"" + messageId.toUtf8() + "\"}]}";
    request.status = 200;
    request.verdict = WebhookVerdict::Applied;
    const qint64 kept = store.recordWebhook(request);
    if (kept == 0 || store.applyEvent(QStringLiteral("meta"), delivered(messageId, second), nullptr, nullptr, kept) !=
                         HistoryStore::Applied::Updated)
        return 0;
    return id;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestHistories m_histories;
    int m_local = 0;

    // What `sql` selects from the history of `store`, read on another connection.
    int scalar(const HistoryStore &store, const QString &sql)
    {
        int value = -1;
        {
            QSqlDatabase db = m_histories.connect(store.location(), QStringLiteral("look"));
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                value = query.value(0).toInt();
            else
                qWarning("%s", qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return value;
    }

    // One's own history: always a SQLite file.
    bool openLocal(HistoryStore &store, QString *error)
    {
        return store.open(m_dir.filePath(QStringLiteral("own-%1.sqlite").arg(++m_local)), error);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_histories.init(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void eachHistoryHasAnIdentityOfItsOwn()
    {
        HistoryStore one;
        HistoryStore two;
        QString error;
        QVERIFY2(m_histories.open(one, QStringLiteral("identity1"), &error), qPrintable(error));
        QVERIFY2(m_histories.open(two, QStringLiteral("identity2"), &error), qPrintable(error));
        QCOMPARE(one.identity().size(), 32);
        QVERIFY(one.identity() != two.identity());
        QVERIFY(!one.importHistory(one, &error));
        QVERIFY2(error.contains(QStringLiteral("itself")), qPrintable(error));
    }

    void ownHistoryIsCopiedInOnceWithEverythingThatReferstoIt()
    {
        HistoryStore own;
        QString error;
        QVERIFY2(openLocal(own, &error), qPrintable(error));
        const qint64 first = sentAndDelivered(own, QStringLiteral("wamid.ONE"), QStringLiteral("+919876543210"), 1);
        const qint64 second = sentAndDelivered(own, QStringLiteral("wamid.TWO"), QStringLiteral("+447700900123"), 2);
        QVERIFY(first > 0 && second > 0);
        CallbackEvent wrote;
        wrote.kind = CallbackEvent::Kind::Inbound;
        wrote.messageId = QStringLiteral("wamid.IN");
        wrote.from = QStringLiteral("919876543210");
        wrote.inboundText = QStringLiteral("thanks");
        wrote.time = QDateTime::currentDateTimeUtc();
        QCOMPARE(own.recordInbound(QStringLiteral("meta"), wrote), HistoryStore::Stored::New);
        QVERIFY(own.saveCampaign(Campaign{QStringLiteral("launch"), {}, QStringLiteral("meta"), {}, {}, {}, 0}));
        QVERIFY(own.queueRows(QStringLiteral("launch"), {{1, QStringLiteral("+919876500009")}}));
        QVERIFY(own.saveTemplates({}, {QJsonObject{{QStringLiteral("name"), QStringLiteral("hello")},
                                                   {QStringLiteral("language"), QStringLiteral("en")}}}));

        HistoryStore team;
        QVERIFY2(m_histories.open(team, QStringLiteral("import"), &error), qPrintable(error));
        // The workspace has its own rows already: they stay, and what the copy brings comes after them.
        const qint64 theirs = sentAndDelivered(team, QStringLiteral("wamid.THEIRS"), QStringLiteral("+15550001"), 3);
        QVERIFY(theirs > 0);
        QSignalSpy reloaded(&team, &HistoryStore::recordsChanged);
        const std::optional<HistoryImport> done = team.importHistory(own, &error);
        QVERIFY2(done, qPrintable(error));
        QCOMPARE(done->messages, 2);
        QCOMPARE(done->events, 2);
        QCOMPARE(done->inbound, 1);
        QCOMPARE(done->webhooks, 2);
        QCOMPARE(done->templates, 1);
        QCOMPARE(done->campaigns, 1);
        QCOMPARE(reloaded.size(), 1);

        const QList<HistoryRecord> records = team.records(10);
        QCOMPARE(records.size(), 3);
        const auto byId = [&records](const QString &messageId) {
            return *std::find_if(records.cbegin(), records.cend(),
                                 [&](const HistoryRecord &r) { return r.messageId == messageId; });
        };
        const HistoryRecord one = byId(QStringLiteral("wamid.ONE"));
        QVERIFY(one.id != first || m_histories.postgres() || one.id > theirs);
        QCOMPARE(one.state, DeliveryStatus::Delivered);
        QCOMPARE(one.recipient, QStringLiteral("+919876543210"));
        QCOMPARE(team.record(one.id)->request, own.record(first)->request);
        // Its status event came along, tied to the copy, and to the copy of the request it came in.
        const QList<HistoryEvent> events = team.events(one.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().status, DeliveryStatus::Delivered);
        QCOMPARE(team.events(theirs).size(), 1);
        QCOMPARE(team.webhooks(WebhookQuery(), 10).size(), 3);
        QCOMPARE(scalar(team, QStringLiteral("SELECT count(*) FROM events JOIN webhook_requests ON events.request ="
                                             " webhook_requests.id JOIN messages ON events.message = messages.id")),
                 3);
        QCOMPARE(team.conversation(QStringLiteral("+919876543210")).size(), 2);
        QVERIFY(team.lastInbound(QStringLiteral("+919876543210")).isValid());
        QCOMPARE(team.campaignRows(QStringLiteral("launch"))->value(1), HistoryStore::RowState::Queued);
        QCOMPARE(team.templates().size(), 1);

        // Copying again copies nothing...
        const std::optional<HistoryImport> again = team.importHistory(own, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->total(), 0);
        QCOMPARE(team.records(10).size(), 3);
        // ...but what is new since: a message, and a later status of one copied before.
        const qint64 third = sentAndDelivered(own, QStringLiteral("wamid.THREE"), QStringLiteral("+919876543210"), 4);
        QVERIFY(third > 0);
        CallbackEvent read = delivered(QStringLiteral("wamid.ONE"), 9);
        read.status = DeliveryStatus::Read;
        read.providerStatus = QStringLiteral("read");
        QCOMPARE(own.applyEvent(QStringLiteral("meta"), read), HistoryStore::Applied::Updated);
        const std::optional<HistoryImport> later = team.importHistory(own, &error);
        QVERIFY2(later, qPrintable(error));
        QCOMPARE(later->messages, 1);
        QCOMPARE(later->events, 2);
        QCOMPARE(later->webhooks, 1);
        QCOMPARE(team.records(10).size(), 4);
        QCOMPARE(team.events(one.id).size(), 2);
    }

    void accountsAndSettingsAreShared()
    {
        HistoryStore team;
        HistoryStore otherDesktop;
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("accounts"), &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY2(team.open(*location, &error, m_histories.password()), qPrintable(error));
        QVERIFY2(otherDesktop.open(*location, &error, m_histories.password()), qPrintable(error));
        team.setSentBy(QStringLiteral("Asha"));
        QVERIFY(team.sharedAccounts().isEmpty());

        QSignalSpy changed(&team, &HistoryStore::workspaceChanged);
        SharedAccount account;
        account.id = QStringLiteral("support");
        account.provider = QStringLiteral("meta");
        account.name = QStringLiteral("Support line");
        account.defaultSender = QStringLiteral("+919876500001");
        account.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("1234567890")},
                            {QStringLiteral("api_version"), QStringLiteral("v21.0")}};
        QVERIFY2(team.saveSharedAccount(account, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QList<SharedAccount> seen = otherDesktop.sharedAccounts(&error);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().name, QStringLiteral("Support line"));
        QCOMPARE(seen.first().settings, account.settings);
        QCOMPARE(seen.first().updatedBy, QStringLiteral("Asha"));
        QVERIFY(seen.first().updated.isValid());

        account.name = QStringLiteral("Support (India)");
        QVERIFY(team.saveSharedAccount(account));
        seen = otherDesktop.sharedAccounts();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().name, QStringLiteral("Support (India)"));

        QVERIFY(team.setWorkspaceSetting(QStringLiteral("receiver_url"), QStringLiteral("https://hooks.example.com")));
        QCOMPARE(otherDesktop.workspaceSetting(QStringLiteral("receiver_url")),
                 QStringLiteral("https://hooks.example.com"));
        QVERIFY(team.setWorkspaceSetting(QStringLiteral("receiver_url"), QString()));
        QCOMPARE(otherDesktop.workspaceSetting(QStringLiteral("receiver_url")), QString());

        QVERIFY(otherDesktop.removeSharedAccount(QStringLiteral("support")));
        QVERIFY(team.sharedAccounts().isEmpty());
    }

    void messagesAreKeptOnlyAsTheRetentionSays()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("retention"), &error), qPrintable(error));
        QVERIFY(store.saveCampaign(Campaign{QStringLiteral("old"), {}, QStringLiteral("meta"), {}, {}, {}, 0}));
        QVERIFY(store.queueRows(QStringLiteral("old"), {{1, QStringLiteral("+919876500009")}}));
        HistoryRecord row;
        row.provider = QStringLiteral("meta");
        row.campaign = QStringLiteral("old");
        row.campaignRow = 1;
        row.recipient = QStringLiteral("+919876500009");
        const qint64 campaignMessage = store.takeRow(row, &error);
        QVERIFY(campaignMessage > 0);
        QVERIFY(store.recordOutcome(campaignMessage, DeliveryStatus::Accepted, QStringLiteral("wamid.C"), {}, {}, 1));
        QList<qint64> ids{campaignMessage};
        for (int i = 0; i < 4; ++i)
            ids << sentAndDelivered(store, QStringLiteral("wamid.%1").arg(i), QStringLiteral("+4477009001%1").arg(i),
                                    i);
        HistoryRecord inFlight;
        inFlight.provider = QStringLiteral("meta");
        inFlight.recipient = QStringLiteral("+15550002");
        const qint64 sending = store.insertSending(inFlight);
        QVERIFY(sending > 0);
        // Three are a year old (the campaign's, the in-flight one among them).
        {
            QSqlDatabase db = m_histories.connect(store.location(), QStringLiteral("age"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("UPDATE messages SET created = '2025-01-01T00:00:00.000Z' WHERE id IN (%1, %2, %3)")
                    .arg(campaignMessage)
                    .arg(ids.at(1))
                    .arg(sending)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));

        QCOMPARE(store.pruneMessages(HistoryRetention{}), 0);
        QSignalSpy changed(&store, &HistoryStore::recordsChanged);
        QCOMPARE(store.pruneMessages(HistoryRetention{30, 0}, &error), 2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!store.record(campaignMessage));
        QVERIFY(!store.record(ids.at(1)));
        QVERIFY(store.events(ids.at(1)).isEmpty());
        QVERIFY(store.record(sending)); // still in flight: never removed
        // The campaign's row stays sent: a rerun does not send it again.
        QCOMPARE(store.campaignRows(QStringLiteral("old"))->value(1), HistoryStore::RowState::Sent);

        // By count: the newest two stay (the one in flight is one of them).
        QCOMPARE(store.pruneMessages(HistoryRetention{0, 2}, &error), 2);
        QVERIFY(!store.record(ids.at(2)));
        QVERIFY(!store.record(ids.at(3)));
        QVERIFY(store.record(ids.at(4)));
        QVERIFY(store.record(sending));
        QCOMPARE(store.events(ids.at(4)).size(), 1);
    }

    // A workspace logs every write for the windows listening (history_changes); with no retention rule the
    // hourly prune still keeps that log to its latest rows.
    void theWorkspaceChangeLogStaysShortWithoutARule()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("changelog"), &error), qPrintable(error));
        QTemporaryDir home;
        QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QStringList failures;
        const auto failed = [&failures](const QString &why) { failures << why; };
        if (!m_histories.postgres()) {
            QCOMPARE(store.trimChanges(&error), 0); // SQLite logs nothing for a feed
            HistorySource::pruneNow(&store, &settings, failed);
            QVERIFY(failures.isEmpty());
            return;
        }
        const int extra = 25;
        {
            QSqlDatabase db = m_histories.connect(store.location(), QStringLiteral("log"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO history_changes (kind) SELECT 'message' FROM"
                                               " generate_series(1, %1)")
                                    .arg(HistoryStore::KeptChanges + extra)),
                     qPrintable(query.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("log"));
        const int latest = scalar(store, QStringLiteral("SELECT max(id) FROM history_changes"));
        QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM history_changes")) >
                HistoryStore::KeptChanges + extra - 1);

        HistorySource::pruneNow(&store, &settings, failed); // no rule set: the messages stay, the log is trimmed
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM history_changes")), HistoryStore::KeptChanges + 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT min(id) FROM history_changes")),
                 latest - HistoryStore::KeptChanges);
        QCOMPARE(store.trimChanges(&error), 0); // nothing more to trim
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
