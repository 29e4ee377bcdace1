// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "history/historystore.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <memory>

namespace {

// This file's messages, in the catalogue's "AccountStore" context (lupdate reads the macro).
struct AccountStoreText
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
};

const QString Group = QStringLiteral("accounts");

} // namespace

AccountStore::AccountStore(QSettings *settings) : m_settings(settings)
{
    // A user name or password left in a URL by an earlier version goes from the settings file for good.
    m_settings->beginGroup(Group);
    for (const QString &id : m_settings->childGroups()) {
        m_settings->beginGroup(id + QStringLiteral("/settings"));
        for (const QString &key : m_settings->childKeys()) {
            const QString value = m_settings->value(key).toString();
            if (const QString masked = Urls::masked(value); masked != value)
                m_settings->setValue(key, QUrl(value).toString(QUrl::RemoveUserInfo));
        }
        m_settings->endGroup();
    }
    m_settings->endGroup();
}

QList<AccountField> AccountStore::fields(const QString &provider)
{
    const Provider *adapter = Providers::find(provider);
    return adapter ? adapter->accountFields() : QList<AccountField>();
}

AccountProfile AccountStore::sandbox()
{
    AccountProfile account;
    account.id = QStringLiteral("sandbox");
    account.provider = QStringLiteral("sandbox");
    account.name = AccountStoreText::tr("Sandbox (offline)");
    account.defaultSender = QStringLiteral("+919876500001");
    return account;
}

QString AccountStore::checkBaseUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (Urls::hasUserInfo(parsed) || Urls::masked(url) != url)
        return AccountStoreText::tr("The base URL carries a user name or password (user:password@): credentials "
                                    "belong in the account's secret fields, which the keychain keeps; a URL is "
                                    "stored and shown in plain text");
    if (!parsed.isValid() || parsed.host().isEmpty())
        return AccountStoreText::tr("The base URL \"%1\" is not a URL").arg(url);
    if (parsed.scheme() == u"https")
        return {};
    if (parsed.scheme() != u"http")
        return AccountStoreText::tr("The base URL must start with https://");
    const QHostAddress address(parsed.host());
    if (parsed.host() == u"localhost" || address.isLoopback())
        return {};
    return AccountStoreText::tr("Plain http is allowed only to this machine (127.0.0.1, ::1, localhost); use https://");
}

QString AccountStore::secretKey(const AccountProfile &account, const QString &field)
{
    return account.id + u'/' + field;
}

bool AccountStore::sharing() const
{
    return m_workspace && m_workspace->isOpen() && m_workspace->postgres();
}

QList<AccountProfile> AccountStore::accounts() const
{
    QList<AccountProfile> out{sandbox()};
    QStringList sharedIds;
    if (sharing()) {
        for (const SharedAccount &kept : m_workspace->sharedAccounts()) {
            AccountProfile account;
            account.id = kept.id;
            account.provider = kept.provider;
            account.name = kept.name;
            account.defaultSender = kept.defaultSender;
            account.settings = kept.settings;
            account.shared = true;
            out.append(account);
            sharedIds.append(kept.id);
        }
    }
    // This computer's own, where the workspace has none of that id.
    for (const AccountProfile &account : ownAccounts()) {
        if (!sharedIds.contains(account.id))
            out.append(account);
    }
    return out;
}

QList<AccountProfile> AccountStore::ownAccounts() const
{
    QList<AccountProfile> out;
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        AccountProfile account;
        account.id = id;
        account.provider = m_settings->value(QStringLiteral("provider")).toString();
        account.name = m_settings->value(QStringLiteral("name")).toString();
        account.defaultSender = m_settings->value(QStringLiteral("default_sender")).toString();
        m_settings->beginGroup(QStringLiteral("settings"));
        for (const QString &key : m_settings->childKeys()) // masked: settings written before this rule
            account.settings.insert(key, Urls::masked(m_settings->value(key).toString()));
        m_settings->endGroup();
        m_settings->endGroup();
        out.append(account);
    }
    m_settings->endGroup();
    return out;
}

Account AccountStore::withoutSecrets(const AccountProfile &profile)
{
    Account account;
    account.provider = profile.provider;
    account.name = profile.name;
    account.settings = profile.settings;
    return account;
}

void AccountStore::load(const AccountProfile &profile, SecretStore *secrets, Loaded done)
{
    struct Pending
    {
        Account account;
        QStringList missing;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->account = withoutSecrets(profile);
    QList<AccountField> wanted;
    for (const AccountField &field : fields(profile.provider)) {
        if (field.secret)
            wanted.append(field);
    }
    pending->left = int(wanted.size());
    if (wanted.isEmpty() || !secrets) {
        for (const AccountField &field : std::as_const(wanted))
            pending->missing.append(field.label);
        done(pending->account, pending->missing);
        return;
    }
    for (const AccountField &field : std::as_const(wanted)) {
        secrets->read(secretKey(profile, field.key),
                      [pending, field, done](std::optional<QString> secret, const QString &) {
                          if (secret && !secret->isEmpty())
                              pending->account.secrets.insert(field.key, *secret);
                          else
                              pending->missing.append(field.label);
                          if (--pending->left == 0)
                              done(pending->account, pending->missing);
                      });
    }
}

void AccountStore::storeSecrets(const AccountProfile &profile, const QHash<QString, QString> &values,
                                SecretStore *secrets, std::function<void(const QString &error)> done)
{
    if (values.isEmpty()) {
        done(QString());
        return;
    }
    auto left = std::make_shared<int>(int(values.size()));
    auto firstError = std::make_shared<QString>();
    const auto finished = [left, firstError, done](bool ok, const QString &error) {
        if (!ok && firstError->isEmpty())
            *firstError = error;
        if (--*left == 0)
            done(*firstError);
    };
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString key = secretKey(profile, it.key());
        if (it.value().isEmpty())
            secrets->remove(key, finished);
        else
            secrets->write(key, it.value(), finished);
    }
}

std::optional<AccountProfile> AccountStore::findByName(const QString &idOrName) const
{
    const QList<AccountProfile> all = accounts();
    for (const AccountProfile &account : all) {
        if (account.id == idOrName)
            return account;
    }
    for (const AccountProfile &account : all) {
        if (account.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

QString AccountStore::newId(const QString &name) const
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(notWord, QStringLiteral("-"));
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    base.remove(edges);
    if (base.isEmpty() || base == sandbox().id)
        base = QStringLiteral("account");
    QString id = base;
    for (int n = 2; find(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

std::optional<AccountProfile> AccountStore::find(const QString &id) const
{
    for (const AccountProfile &account : accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

QString AccountStore::save(const AccountProfile &account)
{
    if (account.id.isEmpty() || account.id == sandbox().id || account.id.contains(u'/'))
        return AccountStoreText::tr("An account needs an id of its own");
    if (account.name.trimmed().isEmpty())
        return AccountStoreText::tr("An account needs a name");
    if (account.shared && !sharing())
        return AccountStoreText::tr("Only an account on a team workspace can be shared, and this history is not one "
                                    "(or cannot be reached now)");
    if (const QString error = checkBaseUrl(account.settings.value(QStringLiteral("base_url"))); !error.isEmpty())
        return error;
    const QList<AccountField> known = fields(account.provider);
    for (auto it = account.settings.constBegin(); it != account.settings.constEnd(); ++it) {
        const auto field =
            std::find_if(known.cbegin(), known.cend(), [&](const AccountField &f) { return f.key == it.key(); });
        // Secrets never go into the settings file.
        if (field != known.cend() && field->secret)
            return AccountStoreText::tr("%1 is a secret; it goes to the keychain, not the settings").arg(field->label);
    }
    if (account.shared) {
        SharedAccount kept;
        kept.id = account.id;
        kept.provider = account.provider;
        kept.name = account.name;
        kept.defaultSender = account.defaultSender;
        kept.settings = account.settings;
        if (QString error; !m_workspace->saveSharedAccount(kept, &error))
            return AccountStoreText::tr("The team workspace did not keep the account: %1").arg(error);
        removeOwn(account.id); // shared now: the workspace's is the one
        return {};
    }
    // Shared until now: this computer's alone from here on.
    if (const std::optional<AccountProfile> before = find(account.id); before && before->shared) {
        if (QString error; !m_workspace->removeSharedAccount(account.id, &error))
            return AccountStoreText::tr("The team workspace did not let the account go: %1").arg(error);
    }
    m_settings->beginGroup(Group);
    m_settings->remove(account.id);
    m_settings->beginGroup(account.id);
    m_settings->setValue(QStringLiteral("provider"), account.provider);
    m_settings->setValue(QStringLiteral("name"), account.name);
    m_settings->setValue(QStringLiteral("default_sender"), account.defaultSender);
    m_settings->beginGroup(QStringLiteral("settings"));
    for (auto it = account.settings.constBegin(); it != account.settings.constEnd(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    return {};
}

QString AccountStore::remove(const QString &id)
{
    if (const std::optional<AccountProfile> account = find(id); account && account->shared) {
        if (QString error; !m_workspace->removeSharedAccount(id, &error))
            return AccountStoreText::tr("The team workspace did not remove the account: %1").arg(error);
    }
    removeOwn(id);
    return {};
}

void AccountStore::removeOwn(const QString &id)
{
    m_settings->beginGroup(Group);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
}
