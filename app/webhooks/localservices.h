// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <optional>

class HistoryStore;
class QSettings;
class Sandbox;
class SecretStore;
class WebhookReceiver;

// The servers Wabench runs on this machine while it is open: the webhook receiver that reads providers'
// callbacks into the history, and the embedded Sandbox, which calls that receiver back. The window and
// the command line start them the same way.
class LocalServices : public QObject
{
    Q_OBJECT

public:
    explicit LocalServices(HistoryStore *history, QObject *parent = nullptr);

    struct Ports
    {
        bool anyFree = false; // free ports instead of the settings' (tests, a second instance)
        bool withSandbox = true;
        bool withReceiver = true;
        int receiverPort = -1; // -1: the settings' (or any free one, with anyFree)
        QHostAddress receiverAddress = QHostAddress(QHostAddress::LocalHost);
    };
    // Starts the receiver (and the Sandbox) from the settings; a port in use falls back to a free one,
    // and every such fallback or failure is said in `notes`.
    void start(QSettings *settings, const Ports &ports, QStringList *notes);
    // Reads the secret callback fields (Provider::callbackFields) from `secrets`; callbackSecretsRead()
    // follows once every one has answered.
    void readCallbackSecrets(SecretStore *secrets);
    // A callback field's value (a setting or a secret), empty when not set.
    QByteArray callbackField(const QString &provider, const QString &key) const
    {
        return m_callbackFields.value(provider).value(key);
    }
    // A secret callback field's value, as the person sets it anew.
    void setCallbackSecret(const QString &provider, const QString &key, const QByteArray &value);
    // Reads the public URL and the callback fields from the settings again.
    void reloadSettings(QSettings *settings);
    // On a team's workspace (a value): its always-on receiver takes the providers' callbacks, at the URL
    // given (empty: not known yet). This machine's receiver then takes its Sandbox's alone, stays on this
    // machine (no public URL), and what is sent names the team's receiver for its callbacks. nullopt: this
    // machine receives for itself.
    void setTeamReceiver(const std::optional<QString> &url);
    std::optional<QString> teamReceiver() const { return m_team; }

signals:
    void callbackSecretsRead();

public:
    WebhookReceiver *receiver() const { return m_receiver; }
    Sandbox *sandbox() const { return m_sandbox; }
    bool receiving() const;
    // Whether the receiver can be reached from beyond this machine: it listens beyond loopback, or a public
    // URL (a tunnel) leads to it.
    bool reachableFromOutside() const;
    // The providers that sign their callbacks but whose key the person has not set: their callbacks are
    // accepted unsigned. Said plainly wherever the receiver is reachable from outside.
    QStringList acceptedUnsigned() const;
    QString unsignedWarning() const;

    // The account as a send or a preview uses it: the Sandbox's own address for the Sandbox account, and
    // the receiver as the callback URL the request names.
    Account prepare(Account account) const;

private:
    void startSandbox(QSettings *settings, bool anyFreePort, QStringList *notes);
    void applyKeys();

    WebhookReceiver *m_receiver;
    Sandbox *m_sandbox = nullptr;
    // The person's callback fields by provider and key: settings and secrets alike.
    QHash<QString, QHash<QString, QByteArray>> m_callbackFields;
    QHash<QString, QByteArray> m_testKeys; // Wabench's test public keys, by provider
    std::optional<QString> m_team;
    QString m_publicUrl; // the settings' (a tunnel), used off a workspace
};
