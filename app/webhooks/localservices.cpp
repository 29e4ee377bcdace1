// SPDX-License-Identifier: GPL-3.0-or-later
#include "localservices.h"

#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "settings/settings.h"
#include "webhookreceiver.h"

LocalServices::LocalServices(HistoryStore *history, QObject *parent)
    : QObject(parent), m_receiver(new WebhookReceiver(history, this))
{
}

void LocalServices::start(QSettings *settings, const Ports &ports, QStringList *notes)
{
    const Settings preferences(settings);
    QString error;
    const quint16 receiverPort = ports.anyFree ? 0 : preferences.receiverPort();
    if (ports.withReceiver && !m_receiver->start(receiverPort, &error)) {
        if (m_receiver->start(0, &error))
            notes->append(tr("Port %1 is in use, so callbacks are received at %2 for now.")
                              .arg(receiverPort)
                              .arg(m_receiver->localUrl()));
        else
            notes->append(tr("Callbacks cannot be received: %1").arg(error));
    }
    m_receiver->setPublicUrl(preferences.publicUrl());
    m_telnyxPublicKey = preferences.telnyxPublicKey();
    m_metaVerifyToken = preferences.metaVerifyToken();

    if (ports.withSandbox)
        startSandbox(settings, ports.anyFree, notes);
    applyKeys();
}

void LocalServices::startSandbox(QSettings *settings, bool anyFreePort, QStringList *notes)
{
    if (m_sandbox)
        return;
    const Settings preferences(settings);
    QString error;
    m_sandbox = new Sandbox(this);
    const quint16 sandboxPort = anyFreePort ? 0 : preferences.sandboxPort();
    if (!m_sandbox->start(sandboxPort, &error) && !m_sandbox->start(0, &error)) {
        notes->append(tr("The Sandbox cannot start: %1").arg(error));
        delete m_sandbox;
        m_sandbox = nullptr;
        return;
    }
    m_sandbox->setCallbackDelay(preferences.callbackDelayMs());
    if (m_receiver->isListening())
        m_sandbox->setCallbackBase(m_receiver->localUrl());
    applyKeys();
}

void LocalServices::setMetaAppSecret(const QByteArray &secret)
{
    m_metaAppSecret = secret;
    applyKeys();
}

void LocalServices::reloadSettings(QSettings *settings)
{
    const Settings preferences(settings);
    m_receiver->setPublicUrl(preferences.publicUrl());
    m_telnyxPublicKey = preferences.telnyxPublicKey();
    m_metaVerifyToken = preferences.metaVerifyToken();
    if (m_sandbox)
        m_sandbox->setCallbackDelay(preferences.callbackDelayMs());
    applyKeys();
}

void LocalServices::applyKeys()
{
    // The person's keys, from Preferences (the Meta app secret from the keychain)...
    WebhookReceiver::Keys keys;
    keys.own.insert(QStringLiteral("telnyx"), m_telnyxPublicKey);
    keys.own.insert(QStringLiteral("meta"), m_metaAppSecret);
    keys.verifyTokens.insert(QStringLiteral("meta"), m_metaVerifyToken);
    // ...and the Sandbox's: what it signs passes whatever keys the person has set, and the offline
    // provider's callbacks are always checked, with its key.
    for (const Provider *provider : Providers::all()) {
        const QByteArray key = m_sandbox ? m_sandbox->verifyingKey(provider->id()) : QByteArray();
        if (key.isEmpty())
            continue;
        keys.sandbox.insert(provider->id(), key);
        if (provider->offline())
            keys.own.insert(provider->id(), key);
    }
    m_receiver->setKeys(keys);
}

bool LocalServices::receiving() const
{
    return m_receiver->isListening();
}

Account LocalServices::prepare(Account account) const
{
    const Provider *provider = Providers::find(account.provider);
    if (provider && provider->offline() && m_sandbox && account.settings.value(QStringLiteral("base_url")).isEmpty())
        account.settings.insert(QStringLiteral("base_url"), m_sandbox->baseUrl());
    if (m_receiver->isListening() && !account.settings.contains(QStringLiteral("callback_url")))
        account.settings.insert(QStringLiteral("callback_url"), m_receiver->callbackUrl(account.provider));
    return account;
}
