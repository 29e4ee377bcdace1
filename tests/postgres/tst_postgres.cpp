// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real PostgreSQL server, the throwaway cluster CTest starts for these tests (tests/postgres/
// cluster): a workspace named by its URL is reached with the password given apart from it, a server that
// does not answer is given up within the URL's connect timeout, and the server has what the workspace's
// search needs (pg_trgm); the history's schema is made there, once however many open it at once, and a
// newer one is refused.
#include "accounts/secretstore.h"
#include "cli/cli.h"
#include "clirun.h"
#include "history/databaselocation.h"
#include "history/historystore.h"
#include "httpclient.h"
#include "metacallbacks.h"
#include "rawclient.h"
#include "session/historysource.h"
#include "session/workbench.h"
#include "settings/settings.h"
#include "testhistories.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    TestHistories m_histories;
    int m_connections = 0;

    QString url(const QString &query = {}) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4%5")
            .arg(m_histories.cluster(QStringLiteral("PGUSER")), m_histories.cluster(QStringLiteral("PGHOST")),
                 m_histories.cluster(QStringLiteral("PGPORT")), m_histories.cluster(QStringLiteral("PGDATABASE")),
                 query);
    }
    QSqlDatabase connection(const DatabaseLocation &location, const QString &password)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), QStringLiteral("pg%1").arg(++m_connections));
        location.apply(db, password);
        return db;
    }

    // A database of its own for one test, made on the cluster, as a workspace's location (its URL without
    // the password); nullopt when it could not be made.
    std::optional<DatabaseLocation> freshWorkspace(const QString &name)
    {
        QString error;
        std::optional<DatabaseLocation> made = m_histories.fresh(name, &error);
        if (!made)
            qWarning("%s", qPrintable(error));
        return made;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WABENCH_TEST_POSTGRES"),
                 "WABENCH_TEST_POSTGRES names no cluster: run the tests with ctest (make test)");
        QString error;
        QVERIFY2(m_histories.init(&error) && m_histories.postgres(), qPrintable(error));
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    }

    void aWorkspaceIsReachedWithThePasswordGivenApart()
    {
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url(), &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(!location->hasPassword());
        QSqlDatabase db = connection(*location, m_histories.cluster(QStringLiteral("PGPASSWORD")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_user, current_setting('application_name')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wabench"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Wabench"));
        // The workspace's search: trigram indexes.
        QVERIFY2(query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT similarity('919876543210', '9876543')")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toDouble() > 0.3);
    }

    // A server that takes the connection and never answers: given up after the URL's connect timeout, not
    // waited for without end.
    void aServerThatNeverAnswersIsGivenUp()
    {
        QTcpServer silent; // listens; the kernel completes connections nobody accepts or answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
            QStringLiteral("postgresql://wabench@127.0.0.1:%1/wabench?connect_timeout=2").arg(silent.serverPort()),
            &error);
        QVERIFY2(location, qPrintable(error));
        QSqlDatabase db = connection(*location, QStringLiteral("x"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!db.open());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(db.lastError().text().contains(QStringLiteral("timeout"), Qt::CaseInsensitive),
                 qPrintable(db.lastError().text()));
    }

    // Three processes' stores opening a new workspace at once: one makes the schema, the others wait for
    // it and find it made.
    void theSchemaIsMadeOnceHoweverManyOpenAtOnce()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_schema"));
        QVERIFY(location);
        const QString password = m_histories.cluster(QStringLiteral("PGPASSWORD"));
        std::atomic<int> opened{0};
        QStringList errors(3);
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([&, i] {
                HistoryStore store;
                QString error;
                if (store.open(*location, &error, password) && store.backend() == HistoryStore::Backend::PostgreSQL)
                    ++opened;
                errors[i] = error;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY2(opened == 3, qPrintable(errors.join(QLatin1Char('\n'))));

        QSqlDatabase db = connection(*location, password);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(version) FROM wabench_schema")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), HistoryStore::SchemaVersion);
        // Every table of the SQLite history, and search by trigram indexes.
        QVERIFY(query.exec(QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM"
                                          " information_schema.tables WHERE table_schema = 'public'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 QStringLiteral("campaign_rows,campaigns,customer_ids,events,history_changes,history_identity,imported,"
                                "inbound,messages,templates,wabench_schema,"
                                "webhook_requests,workspace_accounts,workspace_settings"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'messages'"
                                          " AND indexdef LIKE '%gin_trgm_ops%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        // Ids are 64-bit identities, bodies bytes.
        QVERIFY(query.exec(QStringLiteral("SELECT data_type, is_identity FROM information_schema.columns"
                                          " WHERE table_name = 'messages' AND column_name IN ('id', 'request')"
                                          " ORDER BY column_name")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("bigint"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("YES"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("bytea"));
    }

    void aNewerSchemaIsRefusedPlainly()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_newer"));
        QVERIFY(location);
        const QString password = m_histories.cluster(QStringLiteral("PGPASSWORD"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(*location, &error, password), qPrintable(error));
        }
        {
            QSqlDatabase db = connection(*location, password);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE wabench_schema SET version = 99")));
        }
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(*location, &error, password));
        QVERIFY2(
            error.contains(
                QStringLiteral("newer Wabench (schema 99; this one reads up to %1)").arg(HistoryStore::SchemaVersion)),
            qPrintable(error));
    }

    // Wrong credentials: which workspace could not be reached, and why, with no password in the words.
    void aWorkspaceThatRefusesTheCredentialsSaysWhich()
    {
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
            url().replace(QStringLiteral("wabench@"), QStringLiteral("wabench:wrong-one@")), nullptr);
        QVERIFY(location);
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(*location, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("wabench:***@127.0.0.1")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("password authentication failed for user \"wabench\"")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("wrong-one")), qPrintable(error));
    }

    // A send on record, from "sending" to the provider's answer, reads back from a workspace as from a
    // SQLite history: the same fields, bodies byte for byte.
    void aSendIsKeptAsInSqlite()
    {
        const std::optional<DatabaseLocation> workspace = freshWorkspace(QStringLiteral("wabench_send"));
        QVERIFY(workspace);
        QTemporaryDir dir;
        QList<HistoryRecord> kept;
        for (const DatabaseLocation &location :
             {*workspace, DatabaseLocation::file(dir.filePath(QStringLiteral("history.sqlite")))}) {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(location, &error, m_histories.cluster(QStringLiteral("PGPASSWORD"))),
                     qPrintable(error));
            HistoryRecord record;
            record.created = QDateTime(QDate(2026, 12, 3), QTime(8, 15, 30, 250), Qt::UTC);
            record.provider = QStringLiteral("meta");
            record.account = QStringLiteral("Support \u00e9quipe");
            record.recipient = QStringLiteral("+919876543210");
            record.kind = QStringLiteral("template");
            record.correlation = QStringLiteral("order-7");
            record.request = QByteArray("POST /v21.0/1/messages HTTP/1.1\r\n\r\n{\"to\":\"\xe0\xa4\x85\"}\0end", 50);
            const qint64 id = store.insertSending(record, &error);
            QVERIFY2(id > 0, qPrintable(error));
            QVERIFY2(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.HBgM"), QString(),
                                         QByteArray("{\"messages\":[{\"id\":\"wamid.HBgM\"}]}"), 321, &error,
                                         {200, QByteArray("HTTP/1.1 200 OK\nContent-Type: application/json")}),
                     qPrintable(error));
            const std::optional<HistoryRecord> read = store.record(id);
            QVERIFY(read);
            kept.append(*read);
            QCOMPARE(store.records(-1, 0).size(), 1);
        }
        const HistoryRecord &postgres = kept.at(0);
        const HistoryRecord &sqlite = kept.at(1);
        QCOMPARE(postgres.id, sqlite.id);
        QCOMPARE(postgres.created, sqlite.created);
        QCOMPARE(postgres.provider, sqlite.provider);
        QCOMPARE(postgres.account, sqlite.account);
        QCOMPARE(postgres.recipient, sqlite.recipient);
        QCOMPARE(postgres.kind, sqlite.kind);
        QCOMPARE(postgres.messageId, QStringLiteral("wamid.HBgM"));
        QCOMPARE(postgres.messageId, sqlite.messageId);
        QCOMPARE(postgres.state, DeliveryStatus::Accepted);
        QCOMPARE(postgres.state, sqlite.state);
        QCOMPARE(postgres.error, sqlite.error);
        QCOMPARE(postgres.correlation, sqlite.correlation);
        QCOMPARE(postgres.request, sqlite.request);
        QCOMPARE(postgres.request.size(), 50);
        QCOMPARE(postgres.response, sqlite.response);
        QCOMPARE(postgres.responseHead, sqlite.responseHead);
        QCOMPARE(postgres.httpStatus, 200);
        QCOMPARE(postgres.elapsedMs, sqlite.elapsedMs);
    }

    // Four receivers of one workspace applying one message's statuses at once, in every order and each
    // twice: the message ends at the furthest, every event is kept once, and only the ones that moved it
    // on are marked applied; a customer's message is kept once however often it comes.
    void concurrentReceiversNeverMoveAStateBackwards()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_events"));
        QVERIFY(location);
        const QString password = m_histories.cluster(QStringLiteral("PGPASSWORD"));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(*location, &error, password), qPrintable(error));
        constexpr int Messages = 20;
        QList<qint64> ids;
        for (int m = 0; m < Messages; ++m) {
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = QStringLiteral("+919876543210");
            const qint64 id = store.insertSending(record, &error);
            QVERIFY2(id > 0, qPrintable(error));
            QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.C%1").arg(m), {}, {}, 5));
            ids.append(id);
        }
        const QList<std::pair<DeliveryStatus, QString>> statuses{
            {DeliveryStatus::Sent, QStringLiteral("sent")},
            {DeliveryStatus::Delivered, QStringLiteral("delivered")},
            {DeliveryStatus::Read, QStringLiteral("read")}};
        std::atomic<int> failures{0};
        std::vector<std::thread> receivers;
        for (int r = 0; r < 4; ++r) {
            receivers.emplace_back([&, r] {
                HistoryStore receiver;
                QString why;
                if (!receiver.open(*location, &why, password)) {
                    ++failures;
                    return;
                }
                for (int round = 0; round < 2; ++round) {
                    for (int m = 0; m < Messages; ++m) {
                        for (int k = 0; k < 3; ++k) {
                            const auto &[status, word] = statuses.at((k + r + m) % 3); // each its own order
                            CallbackEvent event;
                            event.messageId = QStringLiteral("wamid.C%1").arg(m);
                            event.status = status;
                            event.providerStatus = word;
                            event.time = QDateTime::fromSecsSinceEpoch(1700000000 + int(status));
                            if (receiver.applyEvent(QStringLiteral("meta"), event, nullptr, &why) ==
                                HistoryStore::Applied::Failed)
                                ++failures;
                        }
                    }
                }
                CallbackEvent inbound;
                inbound.kind = CallbackEvent::Kind::Inbound;
                inbound.messageId = QStringLiteral("wamid.IN1");
                inbound.from = QStringLiteral("919876543210");
                inbound.inboundType = QStringLiteral("text");
                inbound.inboundText = QStringLiteral("thanks");
                if (receiver.recordInbound(QStringLiteral("meta"), inbound, &why) == HistoryStore::Stored::Failed)
                    ++failures;
            });
        }
        for (std::thread &receiver : receivers)
            receiver.join();
        QCOMPARE(failures.load(), 0);
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(store.record(id)->state, DeliveryStatus::Read);
        QSqlDatabase db = connection(*location, password);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT (message_id, provider_status)),"
                                          " count(*) FILTER (WHERE applied = 1 AND provider_status = 'read'),"
                                          " count(*) FILTER (WHERE message IS NULL) FROM events")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3 * Messages);
        QCOMPARE(query.value(1).toInt(), 3 * Messages);
        QCOMPARE(query.value(2).toInt(), Messages); // "read" always moved it on: nothing was further
        QCOMPARE(query.value(3).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM inbound")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // An event for no message on record: kept, unmatched.
        CallbackEvent stray;
        stray.messageId = QStringLiteral("wamid.NONE");
        stray.status = DeliveryStatus::Delivered;
        stray.providerStatus = QStringLiteral("delivered");
        stray.time = QDateTime::fromSecsSinceEpoch(1700000100);
        QCOMPARE(store.applyEvent(QStringLiteral("meta"), stray, nullptr, &error), HistoryStore::Applied::Unmatched);
    }

    // The receiver on a workspace: callbacks from several clients stored once each, answered 200 once
    // stored, every request kept for the inspector under an id of the workspace's sequence, matched ones
    // moving their messages on; retention keeps the newest.
    void aReceiverStoresIntoAWorkspace()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_receiver"));
        QVERIFY(location);
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(*location, &error, m_histories.cluster(QStringLiteral("PGPASSWORD"))), qPrintable(error));
        constexpr int Clients = 4;
        constexpr int Each = 30;
        for (int i = 0; i < Each; ++i) { // the first client's callbacks match messages on record
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = QStringLiteral("+919876543210");
            const qint64 id = history.insertSending(record, &error);
            QVERIFY(
                history.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.PG0-%1").arg(i), {}, {}, 5));
        }
        WebhookReceiver receiver(&history);
        QVERIFY2(receiver.start(0, &error), qPrintable(error));
        const quint16 port = receiver.port();
        std::atomic<int> ok{0};
        TestHttp::ClientsDone finished(Clients);
        std::vector<std::thread> clients;
        for (int c = 0; c < Clients; ++c) {
            clients.emplace_back([c, port, &ok, &finished] {
                TestHttp::KeepAliveClient client(port, 30);
                for (int i = 0; i < Each; ++i) {
                    const QByteArray body = MetaCallbacks::status(QStringLiteral("wamid.PG%1-%2").arg(c).arg(i),
                                                                  QStringLiteral("delivered"), 1700000000);
                    ok += client.post("/webhooks/meta", body).status == 200 ? 1 : 0;
                    ok += client.post("/webhooks/meta", body).status == 200 ? 1 : 0; // again: a duplicate
                }
                finished.done();
            });
        }
        QVERIFY(finished.wait(60000));
        for (std::thread &client : clients)
            client.join();
        QCOMPARE(ok.load(), 2 * Clients * Each);

        QSqlDatabase db = connection(*location, m_histories.cluster(QStringLiteral("PGPASSWORD")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT message_id), count(message) FROM events")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), Clients * Each);
        QCOMPARE(query.value(1).toInt(), Clients * Each);
        QCOMPARE(query.value(2).toInt(), Each);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages WHERE state = 'delivered'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), Each);
        // Every request named by an id of the sequence, each event by its request; the newest 100 kept.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), min(id) > 0 FROM webhook_requests")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2 * Clients * Each);
        QCOMPARE(query.value(1).toInt(), 2 * Clients * Each);
        QVERIFY(query.value(2).toBool());
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM webhook_requests")));
        QVERIFY(query.next());
        const qint64 newest = query.value(0).toLongLong();
        // Retention by count, age and size: the newest 100 stay.
        QCOMPARE(history.pruneWebhooks({100, 7, 1}, &error), 2 * Clients * Each - 100);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(id) FROM webhook_requests")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 100);
        QCOMPARE(query.value(1).toLongLong(), newest);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM events e WHERE e.request IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        const QList<WebhookRecord> kept = history.webhooks({}, 5);
        QCOMPARE(kept.size(), 5);
        QVERIFY2(kept.first().body.contains("\"object\":\"whatsapp_business_account\""),
                 kept.first().body.left(80).constData());
        QCOMPARE(kept.first().status, 200);
    }

    // Search and customers on a workspace as on SQLite; template definitions and a campaign's rows too.

    // A workspace's password, never in the URL a person keeps: from the service's systemd credential, from
    // the keychain, or from the person's .pgpass; without one the command says the workspace refused it.
    void aWorkspacesPasswordComesFromWhereItIsKept()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_passwords"));
        QVERIFY(location);
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Cli::setEnvironment({dir.filePath(QStringLiteral("settings.ini")), QString(), &secrets});
        const QString password = m_histories.cluster(QStringLiteral("PGPASSWORD"));
        const auto history = [&location] {
            return CliRun::run({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--database"),
                                location->display()});
        };
        QVERIFY(!location->display().contains(password));

        CliRun::Result r = history();
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")) && r.err.contains(QStringLiteral("password")),
                 qPrintable(r.err));

        // The service's credential (systemd's LoadCredentialEncrypted= decrypts it into this directory).
        QFile credential(dir.filePath(QString::fromLatin1(HistorySource::CredentialName)));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(password.toUtf8() + '\n');
        credential.close();
        qputenv("CREDENTIALS_DIRECTORY", dir.path().toUtf8());
        r = history();
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));

        // The desktop's keychain, under the workspace's key.
        secrets.write(HistorySource::secretKey(*location), password, [](bool, const QString &) {});
        r = history();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        secrets.remove(HistorySource::secretKey(*location), [](bool, const QString &) {});

        // libpq's own .pgpass, which the person keeps (0600).
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                       .arg(location->host())
                       .arg(location->port())
                       .arg(location->database(), location->user(), password)
                       .toUtf8());
        file.close();
        QFile::setPermissions(pgpass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toUtf8());
        r = history();
        qunsetenv("PGPASSFILE");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Cli::setEnvironment({});
    }

    // A window's session on a workspace: not open while its password is read from the keychain, then open
    // (historyOpened); one on a workspace that does not answer says why, and its receiver refuses callbacks
    // with 503 (the provider sends them again) rather than acknowledging what it cannot store.
    void aWindowsSessionOpensTheWorkspaceOnceItHasThePassword()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_session"));
        QVERIFY(location);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        secrets.write(HistorySource::secretKey(*location), m_histories.cluster(QStringLiteral("PGPASSWORD")),
                      [](bool, const QString &) {}); // kept at once; the answer comes later
        Settings(&settings).setDatabase(location->display());
        {
            Workbench workbench({QString(), 0, &secrets, &settings, true, std::nullopt});
            QSignalSpy opened(&workbench, &Workbench::historyOpened);
            QVERIFY(!workbench.historyOpen());
            QVERIFY2(workbench.historyError().contains(QStringLiteral("being reached")),
                     qPrintable(workbench.historyError()));
            QVERIFY(opened.wait(15000));
            QCOMPARE(opened.first().first().toBool(), true);
            QVERIFY(workbench.historyOpen());
            QCOMPARE(workbench.historyLocation().key(), location->key());
            QCOMPARE(workbench.history()->backend(), HistoryStore::Backend::PostgreSQL);
        }

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        Settings(&settings).setDatabase(QStringLiteral("postgresql://wabench@127.0.0.1:%1/nowhere").arg(port));
        Workbench workbench({QString(), 0, &secrets, &settings, true, std::nullopt});
        QSignalSpy opened(&workbench, &Workbench::historyOpened);
        QVERIFY(opened.wait(15000));
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY2(workbench.historyError().contains(QStringLiteral("cannot be reached")),
                 qPrintable(workbench.historyError()));
        QSignalSpy keys(workbench.services(), &LocalServices::callbackSecretsRead);
        workbench.startServices({true, true, false});
        QVERIFY(keys.wait(10000));
        QNetworkAccessManager network;
        const TestHttp::Answer answer =
            TestHttp::postJson(network, QUrl(workbench.services()->receiver()->localUrl() + u"/webhooks/meta"),
                               MetaCallbacks::status(QStringLiteral("wamid.X"), QStringLiteral("sent"), 1700000000));
        QCOMPARE(answer.status, 503);
        QVERIFY2(answer.body.contains("not open"), answer.body.constData());
    }

    // Two desktops on one workspace: what one writes (a send, its answer, a status the receiver applies, a
    // customer's message, a template) the other hears within a second, without polling. When the server
    // drops their connections, the listening one connects again by itself and catches up on what was
    // committed meanwhile.
    void anotherDesktopSeesChangesLive()
    {
        const std::optional<DatabaseLocation> location = freshWorkspace(QStringLiteral("wabench_live"));
        QVERIFY(location);
        const QString password = m_histories.cluster(QStringLiteral("PGPASSWORD"));
        HistoryStore writer;
        HistoryStore watcher;
        QString error;
        QVERIFY2(writer.open(*location, &error, password), qPrintable(error));
        QVERIFY2(watcher.open(*location, &error, password), qPrintable(error));
        QVERIFY2(watcher.listen(&error), qPrintable(error));
        QVERIFY(watcher.listening());
        QSignalSpy added(&watcher, &HistoryStore::recordAdded);
        QSignalSpy changed(&watcher, &HistoryStore::recordChanged);
        QSignalSpy inbound(&watcher, &HistoryStore::inboundRecorded);
        QSignalSpy templates(&watcher, &HistoryStore::templatesChanged);
        QSignalSpy webhooks(&watcher, &HistoryStore::webhookRecorded);

        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919876543210");
        QElapsedTimer timer;
        timer.start();
        const qint64 id = writer.insertSending(record, &error);
        QVERIFY(added.wait(5000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(added.first().first().toLongLong(), id);
        QVERIFY(writer.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.LIVE"), {}, {}, 5));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().first().toLongLong(), id);
        QCOMPARE(watcher.record(id)->messageId, QStringLiteral("wamid.LIVE"));

        // The receiver's writes, on its own connection.
        WebhookReceiver receiver(&writer);
        QVERIFY2(receiver.start(0, &error), qPrintable(error));
        QNetworkAccessManager network;
        changed.clear();
        QCOMPARE(TestHttp::postJson(
                     network, QUrl(receiver.localUrl() + u"/webhooks/meta"),
                     MetaCallbacks::status(QStringLiteral("wamid.LIVE"), QStringLiteral("delivered"), 1700000000))
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !webhooks.isEmpty(), 5000);
        QCOMPARE(watcher.record(id)->state, DeliveryStatus::Delivered);
        QCOMPARE(TestHttp::postJson(network, QUrl(receiver.localUrl() + u"/webhooks/meta"),
                                    MetaCallbacks::text(QStringLiteral("wamid.IN"), QStringLiteral("919876543210"),
                                                        QStringLiteral("Thanks")))
                     .status,
                 200);
        QVERIFY(!inbound.isEmpty() || inbound.wait(5000)); // (heard already while the answer was awaited)
        QVERIFY(watcher.lastInbound(QStringLiteral("+919876543210")).isValid());
        QVERIFY(writer.saveTemplates(QString(), {QJsonObject{{QStringLiteral("name"), QStringLiteral("hello")},
                                                             {QStringLiteral("language"), QStringLiteral("en")}}}));
        QVERIFY(templates.wait(5000));

        // The server drops every connection of both desktops.
        QSignalSpy link(&watcher, &HistoryStore::connectionChanged);
        {
            QSqlDatabase admin = connection(*location, password);
            QVERIFY(admin.open());
            QSqlQuery kill(admin);
            QVERIFY(kill.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                             " WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                  .arg(location->database())));
            QVERIFY(kill.next());
            QVERIFY(kill.value(0).toInt() >= 3);
        }
        QVERIFY(link.wait(5000));
        QCOMPARE(link.first().first().toBool(), false);
        // Written while the watcher is away (the writer connects again on its own word).
        QVERIFY2(writer.reconnect(&error), qPrintable(error));
        added.clear();
        const qint64 meanwhile = writer.insertSending(record, &error);
        QVERIFY2(meanwhile > id, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(link.size() >= 2 && link.last().first().toBool(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        QCOMPARE(added.last().first().toLongLong(), meanwhile);
        QVERIFY(watcher.listening());
        QCOMPARE(watcher.record(meanwhile)->id, meanwhile); // its own connection is back too
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
