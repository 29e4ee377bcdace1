// SPDX-License-Identifier: GPL-3.0-or-later
// A team's workspace as the desktops on it see it, against the throwaway PostgreSQL cluster: accounts
// shared there are listed by every desktop (their secrets stay in each one's keychain), another desktop's
// change is heard live; the command line shares and lists them too.
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "childprocess.h"
#include "cli/cli.h"
#include "clirun.h"
#include "history/historystore.h"
#include "httpclient.h"
#include "metacallbacks.h"
#include "sandbox/sandbox.h"
#include "session/historysource.h"
#include "session/workbench.h"
#include "settings/settings.h"
#include "testhistories.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QProcess>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private:
    TestHistories m_histories;
    QTemporaryDir m_dir;

    static AccountProfile metaAccount(const QString &id, const QString &name)
    {
        AccountProfile account;
        account.id = id;
        account.provider = QStringLiteral("meta");
        account.name = name;
        account.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("1234567890")}};
        return account;
    }

    static CliRun::Result run(const QStringList &arguments, const QString &input = QString())
    {
        return CliRun::run(arguments, input);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_histories.init(&error) && m_histories.postgres(),
                 "WABENCH_TEST_POSTGRES names no cluster: run the tests with ctest (make test)");
        QVERIFY(m_dir.isValid());
    }

    // Two desktops (each its own settings and keychain) on one workspace.
    void sharedAccountsAreEveryDesktopsAndTheirSecretsEachOnesOwn()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("shared_accounts"), &error);
        QVERIFY2(location, qPrintable(error));
        HistoryStore mine;
        HistoryStore theirs;
        QVERIFY2(mine.open(*location, &error, m_histories.password()), qPrintable(error));
        QVERIFY2(theirs.open(*location, &error, m_histories.password()), qPrintable(error));
        QSettings mySettings(m_dir.filePath(QStringLiteral("mine.ini")), QSettings::IniFormat);
        QSettings theirSettings(m_dir.filePath(QStringLiteral("theirs.ini")), QSettings::IniFormat);
        AccountStore myAccounts(&mySettings);
        AccountStore theirAccounts(&theirSettings);

        // Not on a workspace: nothing can be shared.
        AccountProfile support = metaAccount(QStringLiteral("support"), QStringLiteral("Support"));
        support.shared = true;
        QVERIFY(myAccounts.save(support).contains(QStringLiteral("team workspace")));
        myAccounts.setWorkspace(&mine);
        theirAccounts.setWorkspace(&theirs);
        QVERIFY(myAccounts.sharing());

        QCOMPARE(myAccounts.save(support), QString());
        AccountProfile own = metaAccount(QStringLiteral("mine-only"), QStringLiteral("My test number"));
        QCOMPARE(myAccounts.save(own), QString());
        // Their desktop lists the shared one, not the other.
        std::optional<AccountProfile> seen = theirAccounts.findByName(QStringLiteral("Support"));
        QVERIFY(seen);
        QVERIFY(seen->shared);
        QCOMPARE(seen->settings.value(QStringLiteral("phone_number_id")), QStringLiteral("1234567890"));
        QVERIFY(!theirAccounts.find(QStringLiteral("mine-only")));
        // Nothing of the shared one is in the settings file.
        QVERIFY(!mySettings.childGroups().contains(QStringLiteral("accounts")) ||
                !mySettings.value(QStringLiteral("accounts/support/name")).isValid());
        // A new account's id is not one the workspace has.
        QCOMPARE(theirAccounts.newId(QStringLiteral("Support")), QStringLiteral("support-2"));

        // Secrets: each desktop's own keychain, under the same id.
        MemorySecretStore myKeychain;
        MemorySecretStore theirKeychain;
        bool stored = false;
        AccountStore::storeSecrets(support, {{QStringLiteral("access_token"), QStringLiteral("EAAmine")}}, &myKeychain,
                                   [&stored](const QString &why) { stored = why.isEmpty(); });
        QTRY_VERIFY(stored);
        QStringList missing;
        AccountStore::load(*seen, &theirKeychain, [&missing](const Account &, const QStringList &m) { missing = m; });
        QTRY_COMPARE(missing.size(), 1); // their desktop has not been given the token
        Account loaded;
        AccountStore::load(support, &myKeychain, [&loaded](const Account &a, const QStringList &) { loaded = a; });
        QTRY_COMPARE(loaded.secrets.value(QStringLiteral("access_token")), QStringLiteral("EAAmine"));

        // Sharing stopped: it moves to this computer's settings, and leaves the others' lists.
        support.shared = false;
        QCOMPARE(myAccounts.save(support), QString());
        QVERIFY(!theirAccounts.find(QStringLiteral("support")));
        QCOMPARE(myAccounts.find(QStringLiteral("support"))->shared, false);
        // Shared again, then removed by the other desktop: gone for both.
        support.shared = true;
        QCOMPARE(myAccounts.save(support), QString());
        QVERIFY(!mySettings.value(QStringLiteral("accounts/support/name")).isValid());
        QCOMPARE(theirAccounts.remove(QStringLiteral("support")), QString());
        QVERIFY(!myAccounts.find(QStringLiteral("support")));
        QVERIFY(myAccounts.find(QStringLiteral("mine-only")));
    }

    // The window's session lists the workspace's accounts once it is open, and hears another desktop's.
    void aWindowHearsAnotherDesktopsAccountLive()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("accounts_live"), &error);
        QVERIFY2(location, qPrintable(error));
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench({location->display(), 0, &secrets, &settings, true, m_histories.password()});
        QVERIFY2(workbench.historyOpen(), qPrintable(workbench.historyError()));
        QVERIFY(workbench.accounts()->sharing());

        HistoryStore other;
        QVERIFY2(other.open(*location, &error, m_histories.password()), qPrintable(error));
        QSettings otherSettings(m_dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        AccountStore otherAccounts(&otherSettings);
        otherAccounts.setWorkspace(&other);
        QSignalSpy changed(&workbench, &Workbench::accountsChanged);
        AccountProfile sales = metaAccount(QStringLiteral("sales"), QStringLiteral("Sales"));
        sales.shared = true;
        QCOMPARE(otherAccounts.save(sales), QString());
        QVERIFY(changed.wait(5000));
        QVERIFY(workbench.accounts()->find(QStringLiteral("sales")));

        // The retention is the workspace's, for every desktop.
        QVERIFY(workbench.setRetention({365, 0}, &error));
        QCOMPARE(other.workspaceSetting(QLatin1String(WorkspaceSettings::RetentionDays)), QStringLiteral("365"));
        QVERIFY(settings.value(QStringLiteral("history/keep_days")).isNull());

        // One's own history copied in, from the window's session, beside the window.
        const QString own = m_dir.filePath(QStringLiteral("own.sqlite"));
        {
            HistoryStore laptop;
            QVERIFY2(laptop.open(own, &error), qPrintable(error));
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = QStringLiteral("+919800000009");
            QVERIFY(laptop.insertSending(record) > 0);
        }
        QSignalSpy imported(&workbench, &Workbench::historyImported);
        QVERIFY2(workbench.importHistory(own, &error), qPrintable(error));
        QVERIFY(!workbench.importHistory(own, &error)); // one at a time
        QVERIFY(imported.wait(10000));
        QVERIFY2(imported.first().first().toBool(), qPrintable(imported.first().last().toString()));
        QCOMPARE(other.count(HistoryQuery()), 1);
    }

    // The always-on receiver keeps its public URL in the workspace (from systemd's credential for the
    // password, as the service runs); a desktop on the workspace names it as its messages' callback URL, and
    // its own receiver refuses a provider's signed callback (whatever keys the person set) but takes its
    // Sandbox's. A new URL is heard live.
    void aDesktopLeavesTheProvidersToTheTeamsReceiver()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("team_receiver"), &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("credentials")));
        QFile credential(m_dir.filePath(QStringLiteral("credentials/wabench-database")));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(m_histories.password().toUtf8());
        credential.close();

        QCOMPARE(CliRun::run({QStringLiteral("receive"), QStringLiteral("--public-url"),
                              QStringLiteral("ftp://hooks.example.com")})
                     .code,
                 2);
        // A year-old message, and the workspace's rule to keep 30 days: the receiver applies it.
        qint64 old = 0;
        {
            HistoryStore seed;
            QVERIFY2(seed.open(*location, &error, m_histories.password()), qPrintable(error));
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = QStringLiteral("+919800000010");
            old = seed.insertSending(record);
            QVERIFY(seed.recordOutcome(old, DeliveryStatus::Accepted, QStringLiteral("wamid.OLD"), {}, {}, 1));
            QVERIFY(seed.setWorkspaceSetting(QLatin1String(WorkspaceSettings::RetentionDays), QStringLiteral("30")));
            QSqlDatabase db = m_histories.connect(*location, QStringLiteral("age"));
            QVERIFY(db.open());
            QVERIFY(db.exec(QStringLiteral("UPDATE messages SET created = '2025-01-01T00:00:00.000Z'")).isActive());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QProcess receive;
        QProcessEnvironment environment = childEnvironment(m_dir.filePath(QStringLiteral("service")));
        environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_dir.filePath(QStringLiteral("credentials")));
        environment.insert(QStringLiteral("WABENCH_DATABASE"), location->display());
        receive.setProcessEnvironment(environment);
        receive.start(QStringLiteral(WABENCH_BINARY),
                      {QStringLiteral("receive"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--public-url"), QStringLiteral("https://hooks.example.com/")});
        QVERIFY(receive.waitForStarted(10000));
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += receive.readAllStandardOutput()).contains("Providers call back"), 15000);
        QVERIFY2(printed.contains("https://hooks.example.com/"), printed.constData());
        receive.terminate();
        QVERIFY(receive.waitForFinished(10000));
        QCOMPARE(receive.exitCode(), 0);

        HistoryStore look;
        QVERIFY2(look.open(*location, &error, m_histories.password()), qPrintable(error));
        QVERIFY(!look.record(old));

        QSettings settings(m_dir.filePath(QStringLiteral("desktop.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        secrets.write(Settings::callbackFieldName(QStringLiteral("meta"), QStringLiteral("app_secret")),
                      QStringLiteral("the-real-app-secret"), [](bool, const QString &) {});
        Workbench desktop({location->display(), 0, &secrets, &settings, true, m_histories.password()});
        QVERIFY2(desktop.historyOpen(), qPrintable(desktop.historyError()));
        QSignalSpy keys(desktop.services(), &LocalServices::callbackSecretsRead);
        desktop.startServices({true, true, true});
        QVERIFY(keys.wait(10000));
        LocalServices *services = desktop.services();
        QCOMPARE(services->teamReceiver().value_or(QString()), QStringLiteral("https://hooks.example.com/"));
        Account meta;
        meta.provider = QStringLiteral("meta");
        QCOMPARE(services->prepare(meta).settings.value(QStringLiteral("callback_url")),
                 QStringLiteral("https://hooks.example.com/webhooks/meta"));
        Account sandbox;
        sandbox.provider = QStringLiteral("sandbox");
        QCOMPARE(services->prepare(sandbox).settings.value(QStringLiteral("callback_url")),
                 services->receiver()->localUrl() + QStringLiteral("/webhooks/sandbox"));
        QVERIFY(services->unsignedWarning().isEmpty());

        const auto signedBy = [](const QByteArray &key, const QByteArray &body) {
            return QList<std::pair<QByteArray, QByteArray>>{
                {"X-Hub-Signature-256",
                 "sha256=" + QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex()}};
        };
        const QUrl local(services->receiver()->localUrl() + QStringLiteral("/webhooks/meta"));
        QNetworkAccessManager network;
        const QByteArray real = MetaCallbacks::status(QStringLiteral("wamid.REAL"), QStringLiteral("sent"), 1700000000);
        const TestHttp::Answer refused =
            TestHttp::postJson(network, local, real, signedBy("the-real-app-secret", real));
        QCOMPARE(refused.status, 401);
        QVERIFY2(refused.body.contains("team workspace"), refused.body.constData());
        const QByteArray fromSandbox =
            MetaCallbacks::status(QStringLiteral("wamid.SANDBOX"), QStringLiteral("sent"), 1700000001);
        QCOMPARE(TestHttp::postJson(network, local, fromSandbox,
                                    signedBy(services->sandbox()->verifyingKey(QStringLiteral("meta")), fromSandbox))
                     .status,
                 200);

        HistoryStore server;
        QVERIFY2(server.open(*location, &error, m_histories.password()), qPrintable(error));
        QVERIFY(server.setWorkspaceSetting(QLatin1String(WorkspaceSettings::ReceiverUrl),
                                           QStringLiteral("https://hooks2.example.com")));
        QTRY_COMPARE_WITH_TIMEOUT(services->prepare(meta).settings.value(QStringLiteral("callback_url")),
                                  QStringLiteral("https://hooks2.example.com/webhooks/meta"), 5000);
    }

    // A workspace whose server does not answer (a laptop off the office network): the window's session
    // asks beside its thread, so the window goes on (its event loop turns meanwhile), then says why.
    void anUnansweringWorkspaceLeavesTheWindowResponsive()
    {
        QTcpServer silent; // listens; the kernel completes connections nobody accepts or answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSettings settings(m_dir.filePath(QStringLiteral("silent.ini")), QSettings::IniFormat);
        Settings(&settings).setDatabase(
            QStringLiteral("postgresql://wabench@127.0.0.1:%1/wabench?connect_timeout=2").arg(silent.serverPort()));
        MemorySecretStore secrets;
        Workbench workbench({QString(), 0, &secrets, &settings, true, std::nullopt});
        QSignalSpy opened(&workbench, &Workbench::historyOpened);
        int turns = 0;
        QTimer ticking;
        ticking.setInterval(100);
        connect(&ticking, &QTimer::timeout, this, [&turns] { ++turns; });
        ticking.start();
        QVERIFY(opened.wait(15000));
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY2(workbench.historyError().contains(QStringLiteral("cannot be reached")),
                 qPrintable(workbench.historyError()));
        QVERIFY2(turns >= 10, qPrintable(QString::number(turns))); // two seconds of waiting, not frozen
    }

    // The window's own receiver writes on a connection of its own; the window's store says what it wrote
    // once, and does not hear it again from the workspace.
    void theWindowsOwnReceiverIsSaidOnce()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("said_once"), &error);
        QVERIFY2(location, qPrintable(error));
        HistoryStore store;
        QVERIFY2(store.open(*location, &error, m_histories.password()), qPrintable(error));
        QVERIFY2(store.listen(&error), qPrintable(error));
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+919800000011");
        const qint64 id = store.insertSending(record);
        QVERIFY(store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.ONCE"), {}, {}, 1));
        WebhookReceiver receiver(&store);
        QVERIFY2(receiver.start(0, &error), qPrintable(error));
        QSignalSpy changed(&store, &HistoryStore::recordChanged);
        QNetworkAccessManager network;
        QCOMPARE(TestHttp::postJson(
                     network, QUrl(receiver.localUrl() + QStringLiteral("/webhooks/meta")),
                     MetaCallbacks::status(QStringLiteral("wamid.ONCE"), QStringLiteral("delivered"), 1700000000))
                     .status,
                 200);
        QTRY_COMPARE(changed.size(), 1);
        // Another desktop's write is heard: the feed is listening all the while.
        HistoryStore other;
        QVERIFY2(other.open(*location, &error, m_histories.password()), qPrintable(error));
        QSignalSpy added(&store, &HistoryStore::recordAdded);
        QVERIFY(other.insertSending(record) > 0);
        QVERIFY(added.wait(5000));
        QCOMPARE(changed.size(), 1); // and the receiver's write was not said a second time meanwhile
    }

    // From the command line: shared with --shared, listed as shared by another desktop's command.
    void theCommandLineSharesAndLists()
    {
        QString error;
        const std::optional<DatabaseLocation> location = m_histories.fresh(QStringLiteral("accounts_cli"), &error);
        QVERIFY2(location, qPrintable(error));
        MemorySecretStore secrets;
        secrets.write(HistorySource::secretKey(*location), m_histories.password(), [](bool, const QString &) {});
        Cli::setEnvironment({m_dir.filePath(QStringLiteral("cli-a.ini")), location->display(), &secrets});
        CliRun::Result r = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("Team line"),
                                QStringLiteral("--phone-number-id"), QStringLiteral("555"), QStringLiteral("--shared")},
                               QStringLiteral("EAAtoken\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("shared with the team workspace")), qPrintable(r.out));
        r = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("Just mine"),
                 QStringLiteral("--phone-number-id"), QStringLiteral("556")},
                QStringLiteral("EAAother\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Another desktop: its own settings file.
        Cli::setEnvironment({m_dir.filePath(QStringLiteral("cli-b.ini")), location->display(), &secrets});
        r = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2); // the Sandbox's and the team's
        QCOMPARE(listed.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Team line"));
        QVERIFY(listed.at(1)[QStringLiteral("shared")].toBool());
        QVERIFY(!r.out.contains(QStringLiteral("EAA")));
        Cli::setEnvironment({});
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
