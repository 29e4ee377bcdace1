// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyworkspace.h"
#include "history/webhooklog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

// The app's preferences, each with its default, over QSettings. Accounts keep their own group
// (AccountStore); this is everything else.
class Settings
{
public:
    explicit Settings(QSettings *settings);

    static constexpr int DefaultTimeoutSeconds = 30;
    // How long a request may take, from leaving to the last byte of the answer.
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    // The account chosen last, so the next start picks it again.
    QString lastAccount() const;
    void setLastAccount(const QString &id);

    // The webhook receiver: its port on 127.0.0.1, the public URL providers are given (a tunnel the person
    // runs; empty: the local URL), and each provider's callback fields (Provider::callbackFields; a secret
    // one is kept in the SecretStore under the same name, never here).
    static constexpr quint16 DefaultReceiverPort = 8788;
    quint16 receiverPort() const;
    void setReceiverPort(quint16 port);
    QString publicUrl() const;
    void setPublicUrl(const QString &url);
    QByteArray callbackField(const QString &provider, const QString &key) const;
    void setCallbackField(const QString &provider, const QString &key, const QByteArray &value);
    // The reverse proxies or tunnels in front of the receiver (their addresses are not limited per address:
    // every peer behind them shares one), and how many connections any other address may hold at once.
    QStringList trustedProxies() const;
    void setTrustedProxies(const QStringList &addresses);
    static constexpr int DefaultConnectionsPerAddress = 16;
    int connectionsPerAddress() const;
    void setConnectionsPerAddress(int connections);
    // Where the receiver passes accepted callbacks on to (the person's own handler); empty: nowhere.
    QString forwardTo() const;
    void setForwardTo(const QString &url);
    // How many of the receiver's requests the inspector keeps, for how many days, in how many megabytes.
    WebhookRetention webhookRetention() const;
    void setWebhookRetention(const WebhookRetention &retention);
    // "webhooks/<provider>_<key>": the setting's name, or the secret's in the SecretStore.
    static QString callbackFieldName(const QString &provider, const QString &key)
    {
        return QStringLiteral("webhooks/") + provider + u'_' + key;
    }

    // Where the history is kept, from the next start: a file or a team workspace's URL (its password is in
    // the keychain, never here); empty: this computer's own file.
    QString database() const;
    void setDatabase(const QString &location);
    // Who sends from this desktop, as the workspace records it beside each message; empty: the OS user.
    QString displayName() const;
    void setDisplayName(const QString &name);
    // How long this computer's history keeps messages (a team workspace has its own rule, kept in it).
    HistoryRetention historyRetention() const;
    void setHistoryRetention(const HistoryRetention &retention);

    // The embedded Sandbox: its port, and the time between one status callback and the next.
    static constexpr quint16 DefaultSandboxPort = 8787;
    quint16 sandboxPort() const;
    void setSandboxPort(quint16 port);
    int callbackDelayMs() const;
    void setCallbackDelayMs(int milliseconds);

private:
    // `value` under `key`, or no `key` at all when it is empty.
    void setOrRemove(const QString &key, const QString &value);

    QSettings *m_settings;
};
