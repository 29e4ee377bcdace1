// SPDX-License-Identifier: GPL-3.0-or-later
#include "localservices.h"

#include "accounts/secretstore.h"
#include "net/httpserver.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "settings/settings.h"
#include "triggerkeys.h"
#include "webhookforwarder.h"
#include "webhookreceiver.h"

#include <QPointer>
#include <QSettings>
#include <memory>

LocalServices::LocalServices(HistoryStore *history, QObject *parent)
    : QObject(parent), m_receiver(new WebhookReceiver(history, this))
{
}

void LocalServices::start(QSettings *settings, const Ports &ports, QStringList *notes)
{
    const Settings preferences(settings);
    QString error;
    const quint16 receiverPort = ports.receiverPort >= 0 ? quint16(ports.receiverPort)
                                 : ports.anyFree         ? 0
                                                         : preferences.receiverPort();
    if (ports.withReceiver && !m_receiver->start(receiverPort, &error, ports.receiverAddress)) {
        if (m_receiver->start(0, &error, ports.receiverAddress))
            notes->append(tr("Port %1 is in use, so callbacks are received at %2 for now.")
                              .arg(receiverPort)
                              .arg(m_receiver->localUrl()));
        else
            notes->append(tr("Callbacks cannot be received: %1").arg(error));
    }
    if (ports.withSandbox)
        startSandbox(settings, ports.anyFree, notes);
    reloadSettings(settings);
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

void LocalServices::readCallbackSecrets(SecretStore *secrets)
{
    auto waiting = std::make_shared<int>(1); // one for this loop, so that answers at once cannot finish early
    const auto answered = [self = QPointer<LocalServices>(this), waiting] {
        if (--*waiting == 0 && self)
            emit self->callbackSecretsRead();
    };
    for (const Provider *provider : Providers::all()) {
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            if (!field.secret || provider->offline())
                continue;
            ++*waiting;
            secrets->read(Settings::callbackFieldName(provider->id(), field.key),
                          [self = QPointer<LocalServices>(this), id = provider->id(), key = field.key,
                           answered](std::optional<QString> secret, const QString &) {
                              if (self && secret)
                                  self->setCallbackSecret(id, key, secret->toUtf8());
                              answered();
                          });
        }
    }
    answered();
}

void LocalServices::setCallbackSecret(const QString &provider, const QString &key, const QByteArray &value)
{
    m_callbackFields[provider].insert(key, value);
    applyKeys();
}

void LocalServices::reloadSettings(QSettings *settings)
{
    const Settings preferences(settings);
    m_publicUrl = preferences.publicUrl();
    m_receiver->setPublicUrl(m_team ? QString() : m_publicUrl);
    HttpLimits limits = m_receiver->server()->limits();
    limits.maxConnectionsPerAddress = preferences.connectionsPerAddress();
    limits.proxies.clear();
    for (const QString &proxy : preferences.trustedProxies()) {
        if (const QHostAddress address(proxy.trimmed()); !address.isNull())
            limits.proxies.append(address);
    }
    m_receiver->server()->setLimits(limits);
    m_receiver->setRetention(preferences.webhookRetention());
    // A target that is not one (edited by hand) forwards nowhere; Preferences refuse it when it is typed.
    if (!m_receiver->forwarder()->setTarget(preferences.forwardTo()))
        m_receiver->forwarder()->setTarget(QString());
    m_testKeys.clear();
    for (const Provider *provider : Providers::all()) {
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            if (!field.secret)
                m_callbackFields[provider->id()].insert(field.key,
                                                        preferences.callbackField(provider->id(), field.key));
        }
        // Wabench's test key for what `trigger` signs (TriggerKeys): trusted like the Sandbox's.
        if (const QByteArray key = settings->value(TriggerKeys::publicKeySetting(provider->id())).toByteArray();
            !key.isEmpty())
            m_testKeys.insert(provider->id(), key);
    }
    if (m_sandbox)
        m_sandbox->setCallbackDelay(preferences.callbackDelayMs());
    applyKeys();
}

void LocalServices::applyKeys()
{
    // The person's keys and tokens, as each provider names them...
    WebhookReceiver::Keys keys;
    for (const Provider *provider : Providers::all()) {
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            const QByteArray value = m_callbackFields.value(provider->id()).value(field.key);
            if (value.isEmpty())
                continue;
            if (field.role == Provider::CallbackField::Role::VerifyingKey)
                keys.own.insert(provider->id(), value);
            else
                keys.verifyTokens.insert(provider->id(), value);
        }
        // ...and the Sandbox's: what it signs passes whatever keys the person has set, and the offline
        // provider's callbacks are always checked, with its key.
        const QByteArray key = m_sandbox ? m_sandbox->verifyingKey(provider->id()) : QByteArray();
        if (key.isEmpty())
            continue;
        keys.sandbox.insert(provider->id(), key);
        if (provider->offline())
            keys.own.insert(provider->id(), key);
    }
    keys.test = m_testKeys;
    keys.sandboxOnly = m_team.has_value();
    m_receiver->setKeys(keys);
}

void LocalServices::setTeamReceiver(const std::optional<QString> &url)
{
    m_team = url;
    m_receiver->setPublicUrl(m_team ? QString() : m_publicUrl);
    applyKeys();
}

bool LocalServices::receiving() const
{
    return m_receiver->isListening();
}

bool LocalServices::reachableFromOutside() const
{
    return (m_receiver->isListening() && !m_receiver->server()->address().isLoopback()) ||
           !m_receiver->publicUrl().trimmed().isEmpty();
}

QStringList LocalServices::acceptedUnsigned() const
{
    QStringList out;
    for (const Provider *provider : Providers::all()) {
        if (provider->offline())
            continue;
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            if (field.role == Provider::CallbackField::Role::VerifyingKey &&
                m_callbackFields.value(provider->id()).value(field.key).isEmpty())
                out.append(provider->displayName());
        }
    }
    return out;
}

QString LocalServices::unsignedWarning() const
{
    const QStringList providers = acceptedUnsigned();
    if (providers.isEmpty() || !reachableFromOutside())
        return {};
    return tr("The receiver can be reached from outside, and %1 callbacks are accepted unsigned: anyone who finds "
              "its address can post them. Set their keys in Preferences to have them checked.")
        .arg(providers.join(QStringLiteral(", ")));
}

Account LocalServices::prepare(Account account) const
{
    const Provider *provider = Providers::find(account.provider);
    if (provider && provider->offline() && m_sandbox && account.settings.value(QStringLiteral("base_url")).isEmpty())
        account.settings.insert(QStringLiteral("base_url"), m_sandbox->baseUrl());
    if (account.settings.contains(QStringLiteral("callback_url")))
        return account;
    QString team = m_team.value_or(QString()).trimmed();
    while (team.endsWith(u'/'))
        team.chop(1);
    if (provider && !provider->offline() && !team.isEmpty())
        account.settings.insert(QStringLiteral("callback_url"), team + WebhookReceiver::path(account.provider));
    else if (m_receiver->isListening())
        account.settings.insert(QStringLiteral("callback_url"), m_receiver->callbackUrl(account.provider));
    return account;
}
