// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class HistoryStore;
class QSettings;
class SecretStore;

// A named account of a provider, without its secrets.
struct AccountProfile
{
    QString id; // stable, and the key of its secrets: "<id>/<field>"
    QString provider;
    QString name;
    QHash<QString, QString> settings; // region, sid, api_version, phone_number_id, base_url, ...
    QString defaultSender;
    bool shared = false; // kept in the team's workspace, which every desktop on it sees

    bool operator==(const AccountProfile &other) const = default;
};

// The accounts, kept in QSettings (secrets never: they go to the SecretStore). The offline Sandbox
// account always exists. On a team's workspace, accounts can be shared: their settings are kept in the
// workspace (HistoryStore::sharedAccounts), and every desktop on it lists them; each desktop keeps their
// secrets in its own keychain, under the same id. An account of this computer alone stays in QSettings.
class AccountStore
{
public:
    explicit AccountStore(QSettings *settings);

    // The workspace whose shared accounts are listed beside this computer's (none: this computer's alone;
    // a history that is not a workspace shares nothing).
    void setWorkspace(HistoryStore *history) { m_workspace = history; }
    // Whether accounts can be shared now: the history is a workspace, and open.
    bool sharing() const;

    static QList<AccountField> fields(const QString &provider);
    static AccountProfile sandbox();
    // Plain http is refused except to loopback addresses; an empty URL is fine (the provider's own).
    static QString checkBaseUrl(const QString &url);
    static QString secretKey(const AccountProfile &account, const QString &field);

    // The account as the adapters take it, without secrets: enough for previews and code export.
    static Account withoutSecrets(const AccountProfile &profile);
    // The account with its secrets read from `secrets`; `done` gets it, and the labels of the secrets
    // that are not stored (a keychain-less session forgets them when the app quits).
    using Loaded = std::function<void(const Account &account, const QStringList &missing)>;
    static void load(const AccountProfile &profile, SecretStore *secrets, Loaded done);
    // Writes the secrets of `profile` (field key to value; empty values are removed) and calls `done`.
    static void storeSecrets(const AccountProfile &profile, const QHash<QString, QString> &values, SecretStore *secrets,
                             std::function<void(const QString &error)> done);

    QList<AccountProfile> accounts() const;
    // The account whose id or name is `idOrName`.
    std::optional<AccountProfile> findByName(const QString &idOrName) const;
    // A new id for an account named `name`, unused so far.
    QString newId(const QString &name) const;
    std::optional<AccountProfile> find(const QString &id) const;
    // Adds or replaces the account with this id (in the workspace when it is shared, else on this computer,
    // moving it from the one to the other when that changed); returns why not when a field is wrong or the
    // workspace cannot be written.
    QString save(const AccountProfile &account);
    // Removes it, from the workspace too when it is shared there; why not, when that cannot be written.
    QString remove(const QString &id);

private:
    QList<AccountProfile> ownAccounts() const;
    void removeOwn(const QString &id);

    QSettings *m_settings;
    HistoryStore *m_workspace = nullptr;
};
