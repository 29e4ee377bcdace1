// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QObject>
#include <QStringList>

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
    };
    // Starts the receiver (and the Sandbox) from the settings; a port in use falls back to a free one,
    // and every such fallback or failure is said in `notes`.
    void start(QSettings *settings, const Ports &ports, QStringList *notes);
    // The Meta app secret, read from the SecretStore, for checking Meta's signatures.
    void setMetaAppSecret(const QByteArray &secret);
    // Reads the public URL, Telnyx's key and Meta's verify token from the settings again.
    void reloadSettings(QSettings *settings);

    WebhookReceiver *receiver() const { return m_receiver; }
    Sandbox *sandbox() const { return m_sandbox; }
    bool receiving() const;

    // The account as a send or a preview uses it: the Sandbox's own address for the Sandbox account, and
    // the receiver as the callback URL the request names.
    Account prepare(Account account) const;

private:
    void startSandbox(QSettings *settings, bool anyFreePort, QStringList *notes);
    void applyKeys();

    WebhookReceiver *m_receiver;
    Sandbox *m_sandbox = nullptr;
    QByteArray m_telnyxPublicKey;
    QByteArray m_metaAppSecret;
    QByteArray m_metaVerifyToken;
};
