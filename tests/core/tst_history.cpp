// SPDX-License-Identifier: GPL-3.0-or-later
// The history on either backend (SQLite here, PostgreSQL when CTest runs it against its cluster): a send
// recorded before it leaves; status events that never move a state backwards, are not counted twice, and
// are kept when they match nothing; SQLite's file private, WAL and versioned.
#include "history/historyexport.h"
#include "history/historymodel.h"
#include "history/historystatement.h"
#include "history/historystore.h"
#include "history/processowner.h"
#include "testdata.h"
#include "testhistories.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

namespace {

CallbackEvent status(const QString &id, DeliveryStatus status, const QString &providerStatus, int second)
{
    CallbackEvent event;
    event.messageId = id;
    event.status = status;
    event.providerStatus = providerStatus;
    event.time = QDateTime(QDate(2026, 11, 21), QTime(10, 0, second), Qt::UTC);
    return event;
}

// A second connection to a history, as another process would hold it.
class OtherConnection
{
public:
    OtherConnection(const TestHistories &histories, const DatabaseLocation &location)
        : m_name(QStringLiteral("other-%1").arg(++s_made))
    {
        histories.connect(location, m_name).open();
    }
    ~OtherConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }
    bool exec(const QStringList &statements)
    {
        return std::all_of(statements.begin(), statements.end(), [this](const QString &sql) { return exec(sql); });
    }

private:
    static inline std::atomic<int> s_made = 0;
    QString m_name;
};

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestHistories m_histories;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_histories.init(&error), qPrintable(error));
    }

    void opensPrivateVersionedAndInWalMode()
    {
        if (m_histories.postgres())
            QSKIP("SQLite's file alone");
        const QString path = m_dir.filePath(QStringLiteral("h1.sqlite"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        HistoryStore again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error)); // an existing file is read, not rebuilt
    }

    // A file that is not a history is refused in the database's words and left as it was.
    void aFileThatIsNotAHistoryIsLeftAlone()
    {
        if (m_histories.postgres())
            QSKIP("SQLite's file alone");
        const QString path = m_dir.filePath(QStringLiteral("not-a-history.sqlite"));
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes.append(char((i * 7919) % 251));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QCOMPARE(error, QStringLiteral("file is not a database"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void aSendIsRecordedBeforeItLeavesAndUpdatedAfter()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h2"), &error), qPrintable(error));
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        record.request = "POST https://graph.facebook.com/...\nAuthorization: Bearer ••••\n";
        const qint64 id = store.insertSending(record, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(store.record(id)->state, DeliveryStatus::Sending);
        QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.1"), QString(), "{}", 120));
        const HistoryRecord stored = *store.record(id);
        QCOMPARE(stored.state, DeliveryStatus::Accepted);
        QCOMPARE(stored.messageId, QStringLiteral("wamid.1"));
        QCOMPARE(stored.elapsedMs, 120);
        QVERIFY(!stored.request.contains("Bearer E"));
        // Who sent it, and from where: the OS account unless a name was given, and this host.
        QCOMPARE(stored.sentBy, ProcessOwner::current().user);
        QCOMPARE(stored.desktop, ProcessOwner::current().host);
        store.setSentBy(QStringLiteral("Zoë (night shift)"));
        const qint64 named = store.insertSending(record, &error);
        QCOMPARE(store.record(named)->sentBy, QStringLiteral("Zoë (night shift)"));
        HistoryRecord other = record;
        other.sentBy = QStringLiteral("Asha");
        store.insertSending(other, &error);
        HistoryQuery bySender;
        bySender.sort = HistoryQuery::Sort::SentBy;
        bySender.descending = false;
        QStringList ascending;
        for (const HistoryRecord &each : store.records(bySender, 10, 0))
            ascending << each.sentBy;
        QCOMPARE(ascending.size(), 3);
        QVERIFY2(ascending.indexOf(QStringLiteral("Asha")) < ascending.indexOf(QStringLiteral("Zoë (night shift)")),
                 qPrintable(ascending.join(u", ")));
        bySender.descending = true;
        QStringList descending;
        for (const HistoryRecord &each : store.records(bySender, 10, 0))
            descending.prepend(each.sentBy);
        QCOMPARE(descending, ascending);
    }

    // A customer known only by a business-scoped user id has their own window: what they wrote is found by
    // the id, never by the digits in it.
    void aBusinessScopedCustomerHasTheirOwnWindow()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("bsuid"), &error), qPrintable(error));
        CallbackEvent inbound;
        inbound.kind = CallbackEvent::Kind::Inbound;
        inbound.messageId = QStringLiteral("wamid.BSUID1");
        inbound.from = QStringLiteral("US.13491208655302741918");
        inbound.time = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), inbound), HistoryStore::Stored::New);
        QVERIFY(store.lastInbound(QStringLiteral("US.13491208655302741918")).isValid());
        QVERIFY(!store.lastInbound(QStringLiteral("+13491208655302741918")).isValid());
        QVERIFY(!store.lastInbound(QStringLiteral("13491208655302741918")).isValid());

        // A webhook naming them by number and id at once links the two: each finds what the other wrote.
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
        CallbackEvent byNumber;
        byNumber.kind = CallbackEvent::Kind::Inbound;
        byNumber.messageId = QStringLiteral("wamid.LINK1");
        byNumber.from = QStringLiteral("16505557777");
        byNumber.fromUserId = QStringLiteral("US.13491208655302741918");
        byNumber.time = earlier;
        QVERIFY(!store.lastInbound(QStringLiteral("+16505557777")).isValid() ||
                store.lastInbound(QStringLiteral("+16505557777")) < earlier);
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), byNumber), HistoryStore::Stored::New);
        // The number finds the later message written by id alone; the id finds both.
        QCOMPARE(store.lastInbound(QStringLiteral("+16505557777")).toSecsSinceEpoch(), inbound.time.toSecsSinceEpoch());
        QCOMPARE(store.lastInbound(QStringLiteral("US.13491208655302741918")).toSecsSinceEpoch(),
                 inbound.time.toSecsSinceEpoch());
        // Another number stays another customer.
        QVERIFY(!store.lastInbound(QStringLiteral("+16505558888")).isValid());

        // A status naming the recipient by number and id links them as well, whether or not it matches a send.
        CallbackEvent status;
        status.messageId = QStringLiteral("wamid.UNSEEN");
        status.status = DeliveryStatus::Delivered;
        status.recipient = QStringLiteral("16505558888");
        status.recipientUserId = QStringLiteral("US.99");
        status.time = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), status), HistoryStore::Applied::Unmatched);
        CallbackEvent byId = inbound;
        byId.messageId = QStringLiteral("wamid.BSUID2");
        byId.from = QStringLiteral("US.99");
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), byId), HistoryStore::Stored::New);
        QCOMPARE(store.lastInbound(QStringLiteral("+16505558888")).toSecsSinceEpoch(), byId.time.toSecsSinceEpoch());
    }

    void statesNeverMoveBackwards()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h3"), &error), qPrintable(error));
        HistoryRecord record;
        record.provider = QStringLiteral("exotel");
        const qint64 id = store.insertSending(record);
        store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("SID-1"), QString(), {}, 5);

        const QString p = QStringLiteral("exotel");
        QCOMPARE(store.applyEvent(p, status(QStringLiteral("SID-1"), DeliveryStatus::Sent, QStringLiteral("30001"), 1)),
                 HistoryStore::Applied::Updated);
        QCOMPARE(store.applyEvent(p, status(QStringLiteral("SID-1"), DeliveryStatus::Read, QStringLiteral("30003"), 3)),
                 HistoryStore::Applied::Updated);
        // Delivered arrives after read: recorded, state stays read.
        QCOMPARE(
            store.applyEvent(p, status(QStringLiteral("SID-1"), DeliveryStatus::Delivered, QStringLiteral("30002"), 2)),
            HistoryStore::Applied::Recorded);
        // The same callback twice is one event.
        QCOMPARE(
            store.applyEvent(p, status(QStringLiteral("SID-1"), DeliveryStatus::Delivered, QStringLiteral("30002"), 2)),
            HistoryStore::Applied::Duplicate);
        QCOMPARE(store.record(id)->state, DeliveryStatus::Read);
        const QList<HistoryEvent> events = store.events(id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).status, DeliveryStatus::Delivered); // ordered by event time
        QVERIFY(!events.at(1).applied);

        // Failed is final: it wins over read.
        CallbackEvent failed = status(QStringLiteral("SID-1"), DeliveryStatus::Failed, QStringLiteral("30018"), 4);
        failed.description = QStringLiteral("the 24-hour window is over");
        QCOMPARE(store.applyEvent(p, failed), HistoryStore::Applied::Updated);
        QCOMPARE(store.record(id)->state, DeliveryStatus::Failed);
        QCOMPARE(store.record(id)->error, QStringLiteral("the 24-hour window is over"));
    }

    void aWriteThatFailsIsAnErrorNeverADuplicate()
    {
        HistoryStore store;
        store.setBusyTimeout(50);
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("locked"), &error), qPrintable(error));
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        const qint64 id = store.insertSending(record);
        QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.L"), {}, {}, 1));
        const CallbackEvent delivered =
            status(QStringLiteral("wamid.L"), DeliveryStatus::Delivered, QStringLiteral("delivered"), 1);
        CallbackEvent inbound;
        inbound.kind = CallbackEvent::Kind::Inbound;
        inbound.messageId = QStringLiteral("wamid.IN");
        inbound.from = QStringLiteral("919876543210");

        OtherConnection other(m_histories, store.location());
        QVERIFY(other.exec(m_histories.lockEverything())); // another process writes, for longer than the wait
        QString why;
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), delivered, nullptr, &why), HistoryStore::Applied::Failed);
        QVERIFY2(why.contains(QStringLiteral("lock")), qPrintable(why));
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), inbound, &why), HistoryStore::Stored::Failed);
        QVERIFY(!store.recordOutcome(id, DeliveryStatus::Rejected, {}, {}, {}, 1, &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(store.insertSending(record, &why), 0);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));

        // Nothing of it was stored, and the same writes now go through, once.
        QCOMPARE(store.record(id)->state, DeliveryStatus::Accepted);
        QCOMPARE(store.events(id).size(), 0);
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), delivered), HistoryStore::Applied::Updated);
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), delivered), HistoryStore::Applied::Duplicate);
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), inbound), HistoryStore::Stored::New);
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), inbound), HistoryStore::Stored::Duplicate);
        QVERIFY(!store.recordOutcome(id + 100, DeliveryStatus::Accepted, {}, {}, {}, 1, &why));
        QVERIFY2(why.contains(QString::number(id + 100)), qPrintable(why));
    }

    // A statement the history cannot prepare (here: its table renamed by another process) fails with the
    // database's own reason, not with what running the unprepared statement would say.
    void aStatementThatCannotBePreparedSaysWhy()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("unprepared"), &error), qPrintable(error));
        Campaign campaign;
        campaign.name = QStringLiteral("spring");
        QVERIFY2(store.saveCampaign(campaign, &error), qPrintable(error));
        OtherConnection other(m_histories, store.location());
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE templates RENAME TO templates_gone")));
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE campaign_rows RENAME TO campaign_rows_gone")));

        QString why;
        QVERIFY(!store.removeTemplate(QString(), QStringLiteral("order_update"), QStringLiteral("en"), &why));
        QVERIFY2(why.contains(QStringLiteral("templates")) && !why.contains(QStringLiteral("Parameter count")),
                 qPrintable(why));
        why.clear();
        QVERIFY(!store.campaignRows(QStringLiteral("spring"), &why));
        QVERIFY2(why.contains(QStringLiteral("campaign_rows")) && !why.contains(QStringLiteral("Parameter count")),
                 qPrintable(why));
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE templates_gone RENAME TO templates")));
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE campaign_rows_gone RENAME TO campaign_rows")));
        QVERIFY2(store.campaignRows(QStringLiteral("spring"), &why), qPrintable(why));
    }

    void aWriterWaitsForAnotherProcessInsteadOfFailing()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("shared"), &error), qPrintable(error));
        // Another connection holds the write lock for a moment (much less than the wait), then commits.
        QSemaphore locked;
        std::thread holder([this, &store, &locked] {
            {
                OtherConnection other(m_histories, store.location());
                other.exec(m_histories.lockEverything());
                locked.release();
                QThread::msleep(600); // how long the lock is held, not a wait for anything
                other.exec(QStringLiteral("COMMIT"));
            }
        });
        locked.acquire();
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        const qint64 id = store.insertSending(record, &error);
        holder.join();
        QVERIFY2(id > 0, qPrintable(error));
    }

    void sendsOfAStoppedProcessBecomeUnknownAndOthersStay()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("owners"), &error);
        QVERIFY2(location, qPrintable(error));
        QProcess finished; // a process that has ended: its id names no one, or someone who started later
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForStarted(10000));
        const qint64 deadPid = finished.processId();
        QVERIFY(finished.waitForFinished(10000));
        QList<qint64> ids;
        {
            HistoryStore store;
            QVERIFY2(store.open(*location, &error, m_histories.password()), qPrintable(error));
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            for (int i = 0; i < 6; ++i)
                ids << store.insertSending(record);
        }
        const ProcessOwner &self = ProcessOwner::current();
        QVERIFY(!self.started.isEmpty());
        QVERIFY(!self.isGone());
        {
            OtherConnection other(m_histories, *location);
            // 0: this process (running); 1: a process that ended; 2: a running process id with another start
            // (the id reused); 3: another host (never judged from here); 4: no owner (an older Wabench).
            // 5: this process, but answered already.
            QVERIFY(other.exec(
                QStringLiteral("UPDATE messages SET owner_pid = %1 WHERE id = %2").arg(deadPid).arg(ids.at(1))));
            QVERIFY(other.exec(
                QStringLiteral("UPDATE messages SET owner_started = 'another-boot/1' WHERE id = %1").arg(ids.at(2))));
            QVERIFY(other.exec(
                QStringLiteral("UPDATE messages SET owner_host = 'elsewhere.example' WHERE id = %1").arg(ids.at(3))));
            QVERIFY(other.exec(QStringLiteral("UPDATE messages SET owner_host = NULL, owner_pid = NULL,"
                                              " owner_started = NULL WHERE id = %1")
                                   .arg(ids.at(4))));
            QVERIFY(other.exec(QStringLiteral("UPDATE messages SET state = 'accepted' WHERE id = %1").arg(ids.at(5))));
        }
        HistoryStore reopened;
        QVERIFY2(reopened.open(*location, &error, m_histories.password()), qPrintable(error));
        QCOMPARE(reopened.record(ids.at(0))->state, DeliveryStatus::Sending);
        for (const int cut : {1, 2, 4}) {
            const HistoryRecord record = *reopened.record(ids.at(cut));
            QCOMPARE(record.state, DeliveryStatus::Unknown);
            QVERIFY2(record.error.contains(QStringLiteral("the provider may have received it")),
                     qPrintable(record.error));
        }
        QVERIFY(reopened.record(ids.at(1))->error.contains(QStringLiteral("stopped before")));
        QCOMPARE(reopened.record(ids.at(3))->state, DeliveryStatus::Sending);
        QCOMPARE(reopened.record(ids.at(5))->state, DeliveryStatus::Accepted);
        // The problems filter finds them.
        HistoryQuery problems;
        problems.states = {DeliveryStatus::Unknown};
        QCOMPARE(reopened.count(problems), 3);
        QCOMPARE(reopened.markOrphanedSends(), 0);
    }

    void unmatchedEventsAreKept()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h4"), &error), qPrintable(error));
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), status(QStringLiteral("wamid.unknown"), DeliveryStatus::Read,
                                                                 QStringLiteral("read"), 1)),
                 HistoryStore::Applied::Unmatched);
        QCOMPARE(store.unmatchedEventCount(), 1);
    }

    // A callback without a time or a status word of its own (the unique index's NULLs would each count as new):
    // sent again, it is a duplicate, matched or not, and stored once.
    void anEventWithoutATimeOrStatusWordIsStoredOnce()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("untimed"), &error), qPrintable(error));
        CallbackEvent bare;
        bare.messageId = QStringLiteral("wamid.untimed");
        bare.status = DeliveryStatus::Delivered;
        QCOMPARE(store.applyEvent(QStringLiteral("exotel"), bare), HistoryStore::Applied::Unmatched);
        QCOMPARE(store.applyEvent(QStringLiteral("exotel"), bare), HistoryStore::Applied::Duplicate);
        QCOMPARE(store.unmatchedEventCount(), 1);

        HistoryRecord record;
        record.provider = QStringLiteral("exotel");
        record.recipient = QStringLiteral("+919876500001");
        const qint64 id = store.insertSending(record);
        QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("sid-untimed"), {}, {}, 1));
        CallbackEvent read = bare;
        read.messageId = QStringLiteral("sid-untimed");
        read.status = DeliveryStatus::Read;
        read.providerStatus = QStringLiteral("read"); // a status word, but no time
        QCOMPARE(store.applyEvent(QStringLiteral("exotel"), read), HistoryStore::Applied::Updated);
        QCOMPARE(store.applyEvent(QStringLiteral("exotel"), read), HistoryStore::Applied::Duplicate);
        QCOMPARE(store.events(id).size(), 1);
        QCOMPARE(store.record(id)->state, DeliveryStatus::Read);
    }

    // Exotel's classic ICM carries no id: its retry is still a duplicate, known by the customer, the time
    // and what it holds; other words at the same time, or without a time at all, are each kept.
    void aCustomersMessageWithoutAnIdIsStoredOnce()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("noid"), &error), qPrintable(error));
        CallbackEvent icm;
        icm.kind = CallbackEvent::Kind::Inbound;
        icm.from = QStringLiteral("+919876500002");
        icm.time = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 7), Qt::UTC);
        icm.inboundType = QStringLiteral("text");
        icm.inboundText = QStringLiteral("Is my order on its way?");
        QCOMPARE(store.recordInbound(QStringLiteral("exotel"), icm), HistoryStore::Stored::New);
        QCOMPARE(store.recordInbound(QStringLiteral("exotel"), icm), HistoryStore::Stored::Duplicate);
        CallbackEvent other = icm;
        other.inboundText = QStringLiteral("Thanks!");
        QCOMPARE(store.recordInbound(QStringLiteral("exotel"), other), HistoryStore::Stored::New);
        CallbackEvent untimed = icm;
        untimed.time = QDateTime();
        QCOMPARE(store.recordInbound(QStringLiteral("exotel"), untimed), HistoryStore::Stored::New);
        QCOMPARE(store.recordInbound(QStringLiteral("exotel"), untimed), HistoryStore::Stored::New);
        QCOMPARE(store.conversation(QStringLiteral("+919876500002")).size(), 4);
    }

    static void fill(HistoryStore &store, int count)
    {
        for (int i = 0; i < count; ++i) {
            HistoryRecord record;
            record.provider = i % 2 ? QStringLiteral("meta") : QStringLiteral("telnyx");
            record.recipient = QStringLiteral("+91987654%1").arg(i, 4, 10, QLatin1Char('0'));
            record.kind = QStringLiteral("text");
            const qint64 id = store.insertSending(record);
            store.recordOutcome(id, i % 5 ? DeliveryStatus::Accepted : DeliveryStatus::Rejected,
                                QStringLiteral("id-%1").arg(i), QString(), {}, i);
        }
    }

    void theModelReadsAPageAtATime()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h6"), &error), qPrintable(error));
        fill(store, 250);
        HistoryModel model(&store);
        QCOMPARE(model.rowCount(), HistoryModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        HistoryQuery rejected;
        rejected.states = {DeliveryStatus::Rejected};
        model.setQuery(rejected);
        QCOMPARE(model.rowCount(), 50);
    }

    // Within one page, so that QAbstractItemModelTester (which fetches on its own on every reset) can check
    // the model's contract throughout.
    void theModelFiltersSortsAndUpdatesRows()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h7"), &error), qPrintable(error));
        fill(store, 60);
        HistoryModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 60);
        HistoryQuery search;
        search.search = QStringLiteral("0042");
        model.setQuery(search);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::MessageId).data().toString(), QStringLiteral("id-42"));
        HistoryQuery meta;
        meta.provider = QStringLiteral("meta");
        model.setQuery(meta);
        QCOMPARE(model.rowCount(), 30);

        model.setQuery({});
        model.sort(HistoryModel::Recipient, Qt::AscendingOrder);
        QCOMPARE(model.index(1, HistoryModel::Recipient).data().toString(), QStringLiteral("+919876540001"));

        // An event for one record updates that row only: the model hears it from the store itself.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store.applyEvent(QStringLiteral("meta"),
                         status(QStringLiteral("id-1"), DeliveryStatus::Delivered, QStringLiteral("delivered"), 5));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, HistoryModel::State).data().toString(), QStringLiteral("delivered"));

        // New records read the page again, once for all that arrive together.
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876540000");
        for (int i = 0; i < 3; ++i)
            store.insertSending(record);
        QVERIFY(reset.isEmpty());
        QVERIFY(reset.wait(5000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.index(0, HistoryModel::Recipient).data().toString(), QStringLiteral("+919876540000"));
        QCOMPARE(model.index(2, HistoryModel::State).data().toString(), QStringLiteral("sending"));
    }

    // A history written by the first version (schema 1) opens in this one: migrated in place, nothing lost.
    void anOlderSchemaIsMigratedKeepingEveryRecord()
    {
        if (m_histories.postgres())
            QSKIP("SQLite's file alone");
        const QString path = m_dir.filePath(QStringLiteral("h8-v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QFile schema(TestData::path(QStringLiteral("history_schema_v1.sql")));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            for (const QString &statement : QString::fromUtf8(schema.readAll()).split(u';', Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<HistoryRecord> kept = store.records(10, 0);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.last().recipient, QStringLiteral("+919876543210"));
        QCOMPARE(kept.last().state, DeliveryStatus::Delivered);
        QCOMPARE(store.events(kept.last().id).size(), 1);
        // Rows from before the search index are found by it too.
        HistoryQuery search;
        search.search = QStringLiteral("876543");
        QCOMPARE(store.count(search), 1);
        search.search = QStringLiteral("No answer");
        QCOMPARE(store.records(search, 10, 0).value(0).state, DeliveryStatus::Unknown);
        // Version 2's indexes are there: sorting by recipient reads the index, not the table.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect-v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
            QVERIFY(query.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT id FROM messages ORDER BY recipient DESC, id DESC LIMIT 100")));
            QString steps;
            while (query.next())
                steps += query.value(3).toString() + u'\n';
            QVERIFY2(steps.contains(QStringLiteral("messages_recipient")), qPrintable(steps));
            QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect-v2"));
    }

    // Search finds any part of a recipient, id, kind or error, kept up to date as records change; short,
    // quoted and odd texts are searched as they are.
    void searchFindsAnyPartAndFollowsChanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("matches");
        QTest::newRow("digits in the middle") << "7654" << 1;
        QTest::newRow("a whole number") << "+919876543210" << 1;
        QTest::newRow("two characters") << "+4" << 1;
        QTest::newRow("part of an error, any case") << "UNDELIVERABLE" << 1;
        QTest::newRow("a message id set after the send") << "wamid.LATE" << 1;
        QTest::newRow("a kind") << "interactive" << 1;
        QTest::newRow("quotes") << "say \"hi\"" << 0;
        QTest::newRow("a percent sign is itself") << "%" << 0;
        QTest::newRow("an underscore is itself") << "_" << 0;
        QTest::newRow("an underscore in a word") << "wamid_" << 0;
        QTest::newRow("nothing like it") << "zzzz" << 0;
    }
    void searchFindsAnyPartAndFollowsChanges()
    {
        QFETCH(QString, text);
        QFETCH(int, matches);
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("search-%1").arg(QTest::currentDataTag()), &error),
                 qPrintable(error));
        HistoryRecord a;
        a.provider = QStringLiteral("meta");
        a.recipient = QStringLiteral("+919876543210");
        a.kind = QStringLiteral("text");
        store.recordOutcome(store.insertSending(a), DeliveryStatus::Accepted, QStringLiteral("wamid.LATE"), QString(),
                            {}, 1);
        HistoryRecord b;
        b.provider = QStringLiteral("telnyx");
        b.recipient = QStringLiteral("+447700900123");
        b.kind = QStringLiteral("interactive.list");
        store.recordOutcome(store.insertSending(b), DeliveryStatus::Rejected, QString(),
                            QStringLiteral("131026: Message undeliverable"), {}, 1);
        HistoryQuery query;
        query.search = text;
        QCOMPARE(store.count(query), matches);
        QCOMPARE(store.records(query, 10, 0).size(), matches);
    }

    void exportsQuoteFieldsAndCarryEvents()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("h9"), &error), qPrintable(error));
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876543210");
        record.kind = QStringLiteral("text");
        // As an earlier version stored it, with a password in the URL: masked whenever it is read.
        record.request = "POST https://user:pa55word@graph.facebook.com/v21.0/1/messages\nAuthorization: Bearer "
                         "••••\n\n{}";
        const qint64 id = store.insertSending(record);
        QVERIFY(store.record(id)->request.startsWith("POST https://••••@graph.facebook.com/v21.0/1/messages\n"));
        store.recordOutcome(id, DeliveryStatus::Rejected, QString(), QStringLiteral("131047: Re-engagement, \"24 h\""),
                            R"({"error": {"code": 131047}})", 12, nullptr,
                            {400, "HTTP/1.1 400 Bad Request\nContent-Type: application/json"});
        CallbackEvent event;
        event.messageId = QStringLiteral("none");
        store.applyEvent(QStringLiteral("meta"), event);

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(HistoryExport::write(store, HistoryQuery{}, HistoryExport::Format::Csv, &csv), 1);
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.first(),
                 "id,time,provider,account,sender,recipient,kind,message_id,state,error,elapsed_ms,http_status,sent_by,"
                 "desktop\r");
        QVERIFY2(lines.at(1).contains(",rejected,\"131047: Re-engagement, \"\"24 h\"\"\",12,400,"),
                 lines.at(1).constData());
        QVERIFY2(
            lines.at(1).endsWith(
                QStringLiteral(",%1,%2\r").arg(ProcessOwner::current().user, ProcessOwner::current().host).toUtf8()),
            lines.at(1).constData());
        QCOMPARE(store.record(id)->httpStatus, 400);
        QCOMPARE(store.record(id)->responseHead, "HTTP/1.1 400 Bad Request\nContent-Type: application/json");

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QCOMPARE(HistoryExport::write(store, QList<qint64>{id}, HistoryExport::Format::Json, &json), 1);
        const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject exported = array.first().toObject();
        QCOMPARE(exported.value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 131047);
        QCOMPARE(exported.value(QStringLiteral("http_status")).toInt(), 400);
        QCOMPARE(exported.value(QStringLiteral("response_head")).toString(),
                 QStringLiteral("HTTP/1.1 400 Bad Request\nContent-Type: application/json"));
        QVERIFY(exported.value(QStringLiteral("request")).toString().contains(QStringLiteral("Bearer ••••")));
        QVERIFY(!json.data().contains("pa55word"));
        QCOMPARE(exported.value(QStringLiteral("events")).toArray().size(), 0);

        QBuffer none;
        none.open(QIODevice::WriteOnly);
        HistoryQuery nothing;
        nothing.search = QStringLiteral("no such thing");
        QCOMPARE(HistoryExport::write(store, nothing, HistoryExport::Format::Json, &none), 0);
        QCOMPARE(QJsonDocument::fromJson(none.data()).array().size(), 0);
    }

    // A campaign's rows: queued, each taken once (a second take finds it gone), queued again when refused
    // for rate, and reported by their latest messages.
    void aCampaignsRowsAreTakenOnceAndReported()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("campaign"), &error), qPrintable(error));
        Campaign spring;
        spring.name = QStringLiteral("spring");
        spring.provider = QStringLiteral("meta");
        spring.account = QStringLiteral("Support");
        spring.list = QStringLiteral("customers.csv");
        spring.draft = QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")}};
        spring.rate = 2.5;
        spring.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY2(store.saveCampaign(spring, &error), qPrintable(error));
        Campaign later = spring;
        later.name = QStringLiteral("summer");
        later.created = spring.created.addMonths(3);
        QVERIFY(store.saveCampaign(later));
        spring.rate = 9; // saved again: the first stays
        QVERIFY(store.saveCampaign(spring));
        QCOMPARE(store.campaign(QStringLiteral("spring"))->rate, 2.5);
        QCOMPARE(store.campaign(QStringLiteral("spring"))->draft, spring.draft);
        QCOMPARE(store.campaign(QStringLiteral("spring"))->created, spring.created);
        QVERIFY(!store.campaign(QStringLiteral("autumn")));
        QCOMPARE(store.campaignNames(), (QStringList{QStringLiteral("summer"), QStringLiteral("spring")}));

        QVERIFY2(store.queueRows(
                     QStringLiteral("spring"),
                     {{1, QStringLiteral("+911")}, {2, QStringLiteral("+912")}, {3, QStringLiteral("+913")}}, &error),
                 qPrintable(error));
        HistoryRecord row;
        row.provider = QStringLiteral("meta");
        row.campaign = QStringLiteral("spring");
        const auto take = [&](qint64 number, bool *elsewhere = nullptr) {
            row.campaignRow = number;
            row.recipient = QStringLiteral("+91%1").arg(number);
            return store.takeRow(row, &error, elsewhere);
        };
        const qint64 first = take(1);
        QVERIFY2(first > 0, qPrintable(error));
        bool elsewhere = false;
        QCOMPARE(take(1, &elsewhere), 0);
        QVERIFY(elsewhere);
        QVERIFY2(error.contains(QStringLiteral("not waiting")), qPrintable(error));
        const qint64 second = take(2);
        QVERIFY(second > first);
        QVERIFY(
            store.recordOutcome(first, DeliveryStatus::Rejected, {}, QStringLiteral("131026: undeliverable"), {}, 1));
        QVERIFY(store.recordOutcome(second, DeliveryStatus::Rejected, {}, QStringLiteral("130429: rate limit"), {}, 1));
        QVERIFY(store.requeueRow(QStringLiteral("spring"), 2, &error));
        QCOMPARE(store.record(first)->campaign, QStringLiteral("spring"));
        QCOMPARE(store.record(first)->campaignRow, 1);

        const QHash<qint64, HistoryStore::RowState> rows = *store.campaignRows(QStringLiteral("spring"));
        QCOMPARE(rows.value(1), HistoryStore::RowState::Sent);
        QCOMPARE(rows.value(2), HistoryStore::RowState::RateLimited);
        QCOMPARE(rows.value(3), HistoryStore::RowState::Queued);
        const CampaignReport report = *store.campaignReport(QStringLiteral("spring"), &error);
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.states.value(QStringLiteral("rejected")), 1);
        QCOMPARE(report.states.value(QStringLiteral("rate limited")), 1);
        QCOMPARE(report.states.value(QStringLiteral("queued")), 1);
        QCOMPARE(report.failures, (QList<QPair<QString, int>>{{QStringLiteral("131026: undeliverable"), 1}}));
        QCOMPARE(*store.campaignFailedRows(QStringLiteral("spring")),
                 (QHash<qint64, QString>{{1, QStringLiteral("131026: undeliverable")}}));
        // Taken again after the refusal: a new message for the same row.
        const qint64 again = take(2);
        QVERIFY(again > second);
        HistoryQuery ofCampaign;
        ofCampaign.campaign = QStringLiteral("spring");
        ofCampaign.sort = HistoryQuery::Sort::Campaign;
        ofCampaign.descending = false;
        const QList<HistoryRecord> sent = store.records(ofCampaign, 10, 0);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.first().campaignRow, 1);
    }

    // Template definitions: kept per account, replaced when saved again, removed, pulled over (the
    // account's kept ones are what was pulled), and a provider's review applied to every account's copy.
    void templatesAreKeptReplacedAndReviewed()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("templates"), &error), qPrintable(error));
        const auto definition = [](const QString &name, const QString &language, const QString &id = {}) {
            QJsonObject object{{QStringLiteral("name"), name},
                               {QStringLiteral("language"), language},
                               {QStringLiteral("category"), QStringLiteral("UTILITY")},
                               {QStringLiteral("status"), QStringLiteral("pending")}};
            if (!id.isEmpty())
                object.insert(QStringLiteral("id"), id);
            return object;
        };
        QSignalSpy changed(&store, &HistoryStore::templatesChanged);
        QVERIFY2(store.saveTemplates(QStringLiteral("acme"),
                                     {definition(QStringLiteral("order_update"), QStringLiteral("en_US"), "111"),
                                      definition(QStringLiteral("order_update"), QStringLiteral("de"), "222"),
                                      definition(QStringLiteral("welcome"), QStringLiteral("en_US"))},
                                     &error),
                 qPrintable(error));
        QVERIFY(store.saveTemplates(QString(), {definition(QStringLiteral("order_update"), QStringLiteral("en_US"))}));
        QVERIFY(store.saveTemplates(QStringLiteral("other"),
                                    {definition(QStringLiteral("order_update"), QStringLiteral("en_US"))}));
        // One without a language refuses the whole batch.
        QVERIFY(!store.saveTemplates(
            QStringLiteral("acme"),
            {definition(QStringLiteral("x"), QStringLiteral("en")), QJsonObject{{QStringLiteral("name"), "y"}}},
            &error));
        QCOMPARE(store.templates().size(), 5);
        QCOMPARE(changed.size(), 3);

        // Meta's review by id reaches the account that has the id; by name and language, the one without.
        int count = 0;
        QVERIFY2(store.setTemplateStatus(QJsonObject{{QStringLiteral("id"), "222"},
                                                     {QStringLiteral("name"), "order_update"},
                                                     {QStringLiteral("language"), "de"},
                                                     {QStringLiteral("status"), "rejected"},
                                                     {QStringLiteral("reason"), "INVALID_FORMAT"}},
                                         &count, &error),
                 qPrintable(error));
        QCOMPARE(count, 1);
        QVERIFY(store.setTemplateStatus(QJsonObject{{QStringLiteral("name"), "order_update"},
                                                    {QStringLiteral("language"), "en_US"},
                                                    {QStringLiteral("status"), "APPROVED"}},
                                        &count));
        QCOMPARE(count, 2); // acme's and other's; the local library has no review
        QHash<QString, QJsonObject> kept;
        for (const HistoryStore::StoredTemplate &stored : store.templates()) {
            kept.insert(stored.account + u'/' + stored.definition.value(QStringLiteral("name")).toString() + u'/' +
                            stored.definition.value(QStringLiteral("language")).toString(),
                        stored.definition);
            QVERIFY(stored.updated.isValid());
        }
        QCOMPARE(kept.value(QStringLiteral("acme/order_update/de")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("REJECTED"));
        QCOMPARE(kept.value(QStringLiteral("acme/order_update/de")).value(QStringLiteral("rejected_reason")).toString(),
                 QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(kept.value(QStringLiteral("other/order_update/en_US")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("APPROVED"));
        QCOMPARE(kept.value(QStringLiteral("/order_update/en_US")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));

        QVERIFY(store.removeTemplate(QStringLiteral("acme"), QStringLiteral("welcome"), QStringLiteral("en_US")));
        QCOMPARE(store.templates().size(), 4);
        // A pull: the account's kept definitions become what was pulled.
        QVERIFY(
            store.saveTemplates(QStringLiteral("acme"), {definition(QStringLiteral("shipping"), "fr")}, &error, true));
        QStringList names;
        for (const HistoryStore::StoredTemplate &stored : store.templates())
            names << stored.account + u'/' + stored.definition.value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("/order_update"), QStringLiteral("acme/shipping"),
                                     QStringLiteral("other/order_update")}));
    }

    // What a customer sent and what was sent to them read as one conversation in time order; their media
    // listed; status events that matched nothing listed, newest first.
    void aConversationReadsBothWaysWithMediaAndStrays()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("conversation"), &error), qPrintable(error));
        const QDateTime start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        HistoryRecord sent;
        sent.provider = QStringLiteral("meta");
        sent.recipient = QStringLiteral("+919876543210");
        sent.kind = QStringLiteral("interactive.button");
        sent.created = start;
        const qint64 id = store.insertSending(sent);
        QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.OUT"), {}, {}, 3));
        HistoryRecord elsewhere = sent;
        elsewhere.recipient = QStringLiteral("+447700900123");
        store.insertSending(elsewhere);

        CallbackEvent reply;
        reply.kind = CallbackEvent::Kind::Inbound;
        reply.messageId = QStringLiteral("wamid.IN1");
        reply.from = QStringLiteral("919876543210");
        reply.inboundType = QStringLiteral("interactive.button_reply");
        reply.inboundText = QStringLiteral("Yes, please");
        reply.correlation = QStringLiteral("wamid.OUT");
        reply.time = start.addSecs(60);
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), reply), HistoryStore::Stored::New);
        CallbackEvent photo = reply;
        photo.messageId = QStringLiteral("wamid.IN2");
        photo.inboundType = QStringLiteral("image");
        photo.inboundText = QStringLiteral("the parcel");
        photo.correlation.clear();
        photo.mediaId = QStringLiteral("1234567890");
        photo.mediaMimeType = QStringLiteral("image/jpeg");
        photo.business = QStringLiteral("15550001111");
        photo.time = start.addSecs(120);
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), photo), HistoryStore::Stored::New);

        const QList<ConversationMessage> conversation = store.conversation(QStringLiteral("+919876543210"));
        QCOMPARE(conversation.size(), 3);
        QVERIFY(!conversation.at(0).fromCustomer);
        QCOMPARE(conversation.at(0).messageId, QStringLiteral("wamid.OUT"));
        QCOMPARE(conversation.at(0).state, DeliveryStatus::Accepted);
        QCOMPARE(conversation.at(0).time, start);
        QVERIFY(conversation.at(1).fromCustomer);
        QCOMPARE(conversation.at(1).text, QStringLiteral("Yes, please"));
        QCOMPARE(conversation.at(1).answers, QStringLiteral("wamid.OUT"));
        QCOMPARE(conversation.at(2).kind, QStringLiteral("image"));
        QCOMPARE(store.conversation(QStringLiteral("+919876543210"), 2).size(), 2); // the newest two
        QCOMPARE(store.lastInbound(QStringLiteral("+919876543210")), photo.time);

        const QList<ReceivedMedia> media = store.receivedMedia();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().mediaId, QStringLiteral("1234567890"));
        QCOMPARE(media.first().caption, QStringLiteral("the parcel"));
        QCOMPARE(media.first().business, QStringLiteral("15550001111"));
        QCOMPARE(media.first().customer, QStringLiteral("919876543210"));

        for (int second = 1; second <= 2; ++second)
            QCOMPARE(store.applyEvent(QStringLiteral("telnyx"),
                                      status(QStringLiteral("stray-%1").arg(second), DeliveryStatus::Delivered,
                                             QStringLiteral("delivered"), second)),
                     HistoryStore::Applied::Unmatched);
        const QList<HistoryStore::UnmatchedEvent> strays = store.unmatchedEvents();
        QCOMPARE(strays.size(), 2);
        QCOMPARE(strays.first().messageId, QStringLiteral("stray-2"));
        QCOMPARE(strays.first().provider, QStringLiteral("telnyx"));
        QCOMPARE(strays.first().event.status, DeliveryStatus::Delivered);

        const QList<ConversationCustomer> customers = store.customers(QString());
        QCOMPARE(customers.size(), 2);
        QCOMPARE(customers.first().customer, QStringLiteral("919876543210"));
        QCOMPARE(customers.first().messages, 3);
    }

    // Erasing a customer removes everything about them, by number and by the user id a webhook linked to
    // it: messages to them with their statuses, their messages, the raw requests about them; others' stay,
    // and their campaign row stays without their number (so a campaign run again does not send to them).
    void aCustomerIsErasedEverywhere()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(m_histories.open(store, QStringLiteral("erase"), &error), qPrintable(error));
        QVERIFY(store.saveCampaign(Campaign{QStringLiteral("c"), {}, QStringLiteral("meta"), {}, {}, {}, 0}));
        QVERIFY(store.queueRows(QStringLiteral("c"),
                                {{1, QStringLiteral("+919876543210")}, {2, QStringLiteral("+447700900123")}}));
        HistoryRecord row;
        row.provider = QStringLiteral("meta");
        row.campaign = QStringLiteral("c");
        row.campaignRow = 1;
        row.recipient = QStringLiteral("+919876543210");
        const qint64 gone = store.takeRow(row, &error);
        QVERIFY2(gone > 0, qPrintable(error));
        QVERIFY(store.recordOutcome(gone, DeliveryStatus::Accepted, QStringLiteral("wamid.GONE"), {}, {}, 1));
        HistoryRecord other;
        other.provider = QStringLiteral("meta");
        other.recipient = QStringLiteral("+447700900123");
        const qint64 kept = store.insertSending(other);
        QVERIFY(store.recordOutcome(kept, DeliveryStatus::Accepted, QStringLiteral("wamid.KEPT"), {}, {}, 1));
        WebhookRecord request;
        request.time = QDateTime::currentDateTimeUtc();
        request.method = "POST";
        request.target = "/webhooks/meta";
        request.body = R"({"statuses":[{"id":"wamid.GONE","recipient_id":"919876543210"}]})";
        request.status = 200;
        request.verdict = WebhookVerdict::Applied;
        const qint64 about = store.recordWebhook(request);
        request.body = R"({"statuses":[{"id":"wamid.KEPT","recipient_id":"447700900123"}]})";
        const qint64 notAbout = store.recordWebhook(request);
        CallbackEvent delivered =
            status(QStringLiteral("wamid.GONE"), DeliveryStatus::Delivered, QStringLiteral("delivered"), 1);
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), delivered, nullptr, nullptr, about),
                 HistoryStore::Applied::Updated);
        QCOMPARE(store.applyEvent(QStringLiteral("meta"),
                                  status(QStringLiteral("wamid.KEPT"), DeliveryStatus::Read, QStringLiteral("read"), 1),
                                  nullptr, nullptr, notAbout),
                 HistoryStore::Applied::Updated);
        CallbackEvent wrote;
        wrote.kind = CallbackEvent::Kind::Inbound;
        wrote.messageId = QStringLiteral("wamid.IN");
        wrote.from = QStringLiteral("919876543210");
        wrote.fromUserId = QStringLiteral("IN.13491208655302741918");
        wrote.inboundText = QStringLiteral("please forget me");
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), wrote), HistoryStore::Stored::New);
        CallbackEvent byId = wrote;
        byId.messageId = QStringLiteral("wamid.IN2");
        byId.from = QStringLiteral("IN.13491208655302741918");
        byId.fromUserId.clear();
        QCOMPARE(store.recordInbound(QStringLiteral("meta"), byId), HistoryStore::Stored::New);

        QSignalSpy changed(&store, &HistoryStore::recordsChanged);
        QVERIFY(!store.eraseCustomer(QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QStringLiteral("names no customer")), qPrintable(error));
        const std::optional<HistoryStore::Erased> erased =
            store.eraseCustomer(QStringLiteral("IN.13491208655302741918"), &error);
        QVERIFY2(erased, qPrintable(error));
        QCOMPARE(erased->messages, 1);
        QCOMPARE(erased->events, 1);
        QCOMPARE(erased->inbound, 2);
        QCOMPARE(erased->webhooks, 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!store.record(gone));
        QVERIFY(store.conversation(QStringLiteral("+919876543210")).isEmpty());
        QVERIFY(store.conversation(QStringLiteral("IN.13491208655302741918")).isEmpty());
        QVERIFY(!store.lastInbound(QStringLiteral("+919876543210")).isValid());
        QVERIFY(!store.webhook(about));
        HistoryQuery search;
        search.search = QStringLiteral("9876543210");
        QCOMPARE(store.count(search), 0);
        // Everyone else's stays.
        QCOMPARE(store.record(kept)->state, DeliveryStatus::Read);
        QCOMPARE(store.events(kept).size(), 1);
        QVERIFY(store.webhook(notAbout));
        const QHash<qint64, HistoryStore::RowState> rows = *store.campaignRows(QStringLiteral("c"));
        QCOMPARE(rows.value(1), HistoryStore::RowState::Sent);
        QCOMPARE(rows.value(2), HistoryStore::RowState::Queued);
        // Nothing left to erase the second time.
        QCOMPARE(store.eraseCustomer(QStringLiteral("+919876543210"))->messages, 0);
    }

    // The history's prepared statements run on SQLite's own handle: what they write and read must be what
    // Qt's driver writes and reads, value for value and type for type.
    void statementsBindAndReadAsQtsDriverDoes()
    {
        if (m_histories.postgres())
            QSKIP("SQLite's file alone");
        const QString connection = QStringLiteral("statements");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("statements.sqlite")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (via TEXT, v)")));
            const QVariantList values{QVariant(),
                                      QVariant(QString()),
                                      QVariant(QString(QLatin1String(""))),
                                      QVariant(QStringLiteral("text \u00e9\u4e2d \U0001F600")),
                                      QVariant(QByteArray("bl\0ob", 5)),
                                      QVariant(QByteArray()),
                                      QVariant(qint64(1) << 53),
                                      QVariant(-7),
                                      QVariant(true),
                                      QVariant(2.5),
                                      QVariant(QDateTime(QDate(2026, 12, 2), QTime(21, 0, 0, 5), Qt::UTC))};
            HistoryStatement insert;
            QString error;
            QVERIFY2(insert.prepare(db, QStringLiteral("INSERT INTO t (via, v) VALUES (?, ?)"), &error),
                     qPrintable(error));
            QSqlQuery qt(db);
            QVERIFY(qt.prepare(QStringLiteral("INSERT INTO t (via, v) VALUES (?, ?)")));
            for (const QVariant &value : values) {
                // Bound again after each run: the values of one run must not stay for the next.
                insert.bindValue(0, QStringLiteral("native"));
                insert.bindValue(1, value);
                QVERIFY2(insert.exec(&error), qPrintable(error));
                QCOMPARE(insert.numRowsAffected(), 1);
                qt.bindValue(0, QStringLiteral("qt"));
                qt.bindValue(1, value);
                QVERIFY(qt.exec());
            }
            QSqlQuery both(db);
            QVERIFY(both.exec(QStringLiteral("SELECT a.v IS b.v, typeof(a.v), typeof(b.v), quote(a.v), quote(b.v)"
                                             " FROM t a JOIN t b ON b.rowid = a.rowid + 1 WHERE a.via = 'native'")));
            int rows = 0;
            while (both.next()) {
                ++rows;
                QVERIFY2(both.value(0).toBool() && both.value(1) == both.value(2),
                         qPrintable(QStringLiteral("row %1: native %2 %3, Qt %4 %5")
                                        .arg(rows)
                                        .arg(both.value(1).toString(), both.value(3).toString(),
                                             both.value(2).toString(), both.value(4).toString())));
            }
            QCOMPARE(rows, values.size());

            // Read back as Qt reads: integers, text, blobs, nulls; a row left unread does not stop the next run.
            HistoryStatement select;
            QVERIFY(select.prepare(db, QStringLiteral("SELECT v FROM t WHERE via = ? ORDER BY rowid"), &error));
            select.bindValue(0, QStringLiteral("native"));
            QVERIFY(select.exec(&error));
            QSqlQuery read(db);
            QVERIFY(read.exec(QStringLiteral("SELECT v FROM t WHERE via = 'qt' ORDER BY rowid")));
            for (int i = 0; i < values.size(); ++i) {
                QVERIFY(select.next());
                QVERIFY(read.next());
                QCOMPARE(select.value(0).isNull(), read.value(0).isNull());
                if (!read.value(0).isNull())
                    QCOMPARE(select.value(0), read.value(0));
            }
            QVERIFY(!select.next());
            select.bindValue(0, QStringLiteral("qt"));
            QVERIFY(select.exec(&error));
            QVERIFY(select.next());
            QVERIFY(select.value(0).isNull());
            select.finish();
            read.finish();
            QSqlQuery drop(db); // refused while a statement still holds the table
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE t")), qPrintable(drop.lastError().text()));

            // A statement that fails says why, and does not prepare half.
            HistoryStatement broken;
            QVERIFY(!broken.prepare(db, QStringLiteral("SELECT x FROM nowhere"), &error));
            QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void aNewerSchemaIsRefusedPlainly()
    {
        if (m_histories.postgres())
            QSKIP("tst_postgres sets a workspace's version");
        const QString path = m_dir.filePath(QStringLiteral("h5.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Wabench")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
