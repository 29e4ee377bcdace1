// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts in QSettings (never their secrets), and secrets in the keychain or, without one, in memory.
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "net/urls.h"
#include "providers/account.h"
#include "providers/codeexport.h"
#include "providers/httprequest.h"
#include "settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <qt6keychain/keychain.h>

namespace {

std::optional<QString> readNow(SecretStore &store, const QString &key, QString *error = nullptr)
{
    std::optional<QString> result;
    bool done = false;
    store.read(key, [&](std::optional<QString> secret, const QString &why) {
        result = secret;
        if (error)
            *error = why;
        done = true;
    });
    // Wait on the event loop for the answer (a keychain answers asynchronously).
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("the secret store did not answer");
    return result;
}

bool writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    bool ok = false;
    bool done = false;
    store.write(key, secret, [&](bool written, const QString &) {
        ok = written;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("the secret store did not answer");
    return ok;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void sandboxAlwaysExists()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        AccountStore store(&settings);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().constFirst().provider, QStringLiteral("sandbox"));
    }

    void accountsRoundTripWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("accounts.ini"));
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        AccountProfile exotel;
        exotel.id = QStringLiteral("exotel-mumbai");
        exotel.provider = QStringLiteral("exotel");
        exotel.name = QStringLiteral("Exotel Mumbai");
        exotel.defaultSender = QStringLiteral("+918047109880");
        exotel.settings = {{QStringLiteral("region"), QStringLiteral("mumbai")},
                           {QStringLiteral("sid"), QStringLiteral("acme1")}};
        QCOMPARE(store.save(exotel), QString());
        QCOMPARE(store.find(exotel.id), exotel);

        AccountProfile leaky = exotel;
        leaky.settings.insert(QStringLiteral("api_token"), QStringLiteral("s3cret"));
        QVERIFY(store.save(leaky).contains(QStringLiteral("secret")));
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));

        store.remove(exotel.id);
        QVERIFY(!store.find(exotel.id));
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("https") << "https://proxy.example.com" << true;
        QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8787" << true;
        QTest::newRow("http to ::1") << "http://[::1]:8787" << true;
        QTest::newRow("http to localhost") << "http://localhost:8787" << true;
        QTest::newRow("http elsewhere") << "http://proxy.example.com" << false;
        QTest::newRow("http to a private address") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("not a URL") << "::::" << false;
        QTest::newRow("user and password") << "https://user:pa55word@proxy.example.com" << false;
        QTest::newRow("user alone") << "https://token@proxy.example.com" << false;
        QTest::newRow("password with an @") << "https://user:p@55word@proxy.example.com" << false;
    }
    void baseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString why = AccountStore::checkBaseUrl(url);
        QCOMPARE(why.isEmpty(), allowed);
        QVERIFY2(!why.contains(QStringLiteral("55word")), qPrintable(why)); // the reason never repeats it
        if (url.contains(u'@'))
            QVERIFY2(why.contains(QStringLiteral("secret fields")), qPrintable(why));
    }

    // A user name or password left in a URL by an earlier version leaves the settings file, and is never
    // shown: not in the account, a request's text, or its code.
    void credentialsInUrlsAreNeverKeptOrShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.ini"));
        {
            QSettings legacy(path, QSettings::IniFormat);
            legacy.setValue(QStringLiteral("accounts/old/provider"), QStringLiteral("meta"));
            legacy.setValue(QStringLiteral("accounts/old/name"), QStringLiteral("Old"));
            legacy.setValue(QStringLiteral("accounts/old/settings/base_url"),
                            QStringLiteral("https://user:pa55word@proxy.example.com/graph"));
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            QCOMPARE(store.find(QStringLiteral("old"))->settings.value(QStringLiteral("base_url")),
                     QStringLiteral("https://proxy.example.com/graph"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pa55word"));

        HttpRequest request;
        request.url = QUrl(QStringLiteral("https://user:pa55word@proxy.example.com/v1/messages"));
        QVERIFY(request.text(true).startsWith(QStringLiteral("POST https://••••@proxy.example.com/v1/messages\n")));
        QVERIFY(!CodeExport::curl(request).contains(QStringLiteral("pa55word")));
        QCOMPARE(Urls::masked(QStringLiteral("GET http://a:b@c:d@host/x?u=e@f and https://host/ok")),
                 QStringLiteral("GET http://••••@host/x?u=e@f and https://host/ok"));
    }

    void everyProviderSaysWhichFieldsAreSecret()
    {
        for (const QString &provider :
             {QStringLiteral("exotel"), QStringLiteral("kaleyra"), QStringLiteral("telnyx"), QStringLiteral("meta")}) {
            const QList<AccountField> fields = AccountStore::fields(provider);
            QVERIFY2(std::any_of(fields.cbegin(), fields.cend(), [](const AccountField &f) { return f.secret; }),
                     qPrintable(provider));
        }
    }

    void theTimeoutSettingHasADefaultAndRefusesNonsense()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("timeout.ini")), QSettings::IniFormat);
        Settings preferences(&settings);
        QCOMPARE(preferences.timeoutSeconds(), 30);
        preferences.setTimeoutSeconds(5);
        QCOMPARE(preferences.timeoutSeconds(), 5);
        settings.setValue(QStringLiteral("network/timeout_seconds"), QStringLiteral("soon"));
        QCOMPARE(preferences.timeoutSeconds(), 30);
        preferences.setTimeoutSeconds(-1);
        QCOMPARE(preferences.timeoutSeconds(), 30);
    }

    // An account is read with its secrets from the store; the ones not stored are named.
    void anAccountLoadsWithItsSecrets()
    {
        MemorySecretStore secrets;
        AccountProfile profile;
        profile.id = QStringLiteral("ex");
        profile.provider = QStringLiteral("exotel");
        profile.name = QStringLiteral("Exotel");
        profile.settings = {{QStringLiteral("sid"), QStringLiteral("acme")}};
        bool stored = false;
        AccountStore::storeSecrets(profile, {{QStringLiteral("api_key"), QStringLiteral("K")}}, &secrets,
                                   [&](const QString &error) { stored = error.isEmpty(); });
        QTRY_VERIFY(stored);
        std::optional<Account> loaded;
        QStringList missing;
        AccountStore::load(profile, &secrets, [&](const Account &account, const QStringList &absent) {
            loaded = account;
            missing = absent;
        });
        QTRY_VERIFY(loaded.has_value());
        QCOMPARE(loaded->secrets.value(QStringLiteral("api_key")), QStringLiteral("K"));
        QCOMPARE(loaded->setting(QStringLiteral("sid")), QStringLiteral("acme"));
        QCOMPARE(missing, QStringList{QStringLiteral("API token")});
    }

    void memorySecrets()
    {
        MemorySecretStore store;
        QVERIFY(!store.persistent());
        QVERIFY(!readNow(store, QStringLiteral("a/api_key")));
        QVERIFY(writeNow(store, QStringLiteral("a/api_key"), QStringLiteral("k")));
        QCOMPARE(readNow(store, QStringLiteral("a/api_key")), std::optional<QString>(QStringLiteral("k")));
    }

    // Headless (no Secret Service, no KWallet) the keychain is missing: the store says so once and keeps
    // the secret in memory. With a keychain the same calls store it there.
    void keychainOrItsPlainFallback()
    {
        KeychainSecretStore store(QStringLiteral("wabench-tests"));
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        QVERIFY(writeNow(store, QStringLiteral("test/api_key"), QStringLiteral("value")));
        QCOMPARE(readNow(store, QStringLiteral("test/api_key")), std::optional<QString>(QStringLiteral("value")));
        if (store.persistent()) {
            QCOMPARE(unavailable.size(), 0);
            bool removed = false;
            store.remove(QStringLiteral("test/api_key"), [&](bool ok, const QString &) { removed = ok; });
            QTRY_VERIFY(removed);
        } else {
            QCOMPARE(unavailable.size(), 1);
            const QString said = unavailable.first().first().toString();
            QVERIFY(said.contains(QStringLiteral("memory")));
            QVERIFY2(!said.contains(QStringLiteral("Unknown error")), qPrintable(said));
        }
    }

    // Said in words a person can act on, whatever QtKeychain gives as its reason.
    void keychainProblemsSayWhatIsMissing()
    {
        const QString none = KeychainSecretStore::unavailableText(QKeychain::NoBackendAvailable, QString());
        QVERIFY(none.contains(QStringLiteral("Secret Service")) && none.contains(QStringLiteral("KWallet")));
        QVERIFY(none.contains(QStringLiteral("kept in memory until Wabench quits")));
        QCOMPARE(KeychainSecretStore::unavailableText(QKeychain::OtherError, QStringLiteral("Unknown error")), none);
        const QString said =
            KeychainSecretStore::unavailableText(QKeychain::OtherError, QStringLiteral("The collection is locked"));
        QVERIFY2(said.startsWith(QStringLiteral("The keychain could not be used: The collection is locked.")),
                 qPrintable(said));
        QVERIFY(KeychainSecretStore::unavailableText(QKeychain::AccessDenied, QStringLiteral("Unknown error"))
                    .startsWith(QStringLiteral("The keychain refused Wabench access.")));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
