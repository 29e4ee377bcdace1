// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

// One field an account of a provider has: a setting in QSettings, or a secret in the SecretStore.
struct AccountField
{
    QString key;
    QString label;
    bool secret = false;
    QStringList choices; // a fixed set (regions, pods), or empty for free text
    QString defaultValue;
};

// A named account of a provider, without its secrets.
struct AccountProfile
{
    QString id; // stable, and the key of its secrets: "<id>/<field>"
    QString provider;
    QString name;
    QHash<QString, QString> settings; // region, sid, api_version, phone_number_id, base_url, ...
    QString defaultSender;

    bool operator==(const AccountProfile &other) const = default;
};

// The accounts, kept in QSettings (secrets never: they go to the SecretStore). The offline Sandbox
// account always exists.
class AccountStore
{
public:
    explicit AccountStore(QSettings *settings);

    static QList<AccountField> fields(const QString &provider);
    static AccountProfile sandbox();
    // Plain http is refused except to loopback addresses; an empty URL is fine (the provider's own).
    static QString checkBaseUrl(const QString &url);
    static QString secretKey(const AccountProfile &account, const QString &field);

    QList<AccountProfile> accounts() const;
    std::optional<AccountProfile> find(const QString &id) const;
    // Adds or replaces the account with this id; returns why not when a field is wrong.
    QString save(const AccountProfile &account);
    void remove(const QString &id);

private:
    QSettings *m_settings;
};
