// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A provider account as the adapters need it: plain settings (region, SID, API version, base URL)
// and secrets (keys, tokens). Where secrets are stored is the accounts layer's business.
struct Account
{
    QString provider;
    QString name;
    QHash<QString, QString> settings;
    QHash<QString, QString> secrets;

    QString setting(const QString &key, const QString &fallback = {}) const
    {
        const QString value = settings.value(key);
        return value.isEmpty() ? fallback : value;
    }
    // The secret's value, or a placeholder such as "<api_token>" when none is set (renders, exports).
    QString secret(const QString &key) const
    {
        const QString value = secrets.value(key);
        return value.isEmpty() ? u'<' + key + u'>' : value;
    }
};

// One field an account of a provider has: a setting in QSettings, or a secret in the SecretStore.
struct AccountField
{
    QString key;
    QString label;
    bool secret = false;
    QStringList choices; // a fixed set (regions, pods), or empty for free text
    QString defaultValue;
};
