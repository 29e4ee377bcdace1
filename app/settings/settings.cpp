// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

namespace {

const QString TimeoutKey = QStringLiteral("network/timeout_seconds");
const QString LastAccountKey = QStringLiteral("composer/last_account");

} // namespace

Settings::Settings(QSettings *settings) : m_settings(settings) {}

int Settings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultTimeoutSeconds;
}

void Settings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, seconds > 0 ? seconds : DefaultTimeoutSeconds);
}

QString Settings::lastAccount() const
{
    return m_settings->value(LastAccountKey).toString();
}

void Settings::setLastAccount(const QString &id)
{
    m_settings->setValue(LastAccountKey, id);
}

namespace {

quint16 portValue(const QSettings *settings, const QString &key, quint16 fallback)
{
    bool ok = false;
    const int port = settings->value(key, fallback).toInt(&ok);
    return ok && port >= 0 && port < 65536 ? quint16(port) : fallback; // 0: any free port
}

} // namespace

quint16 Settings::receiverPort() const
{
    return portValue(m_settings, QStringLiteral("webhooks/port"), DefaultReceiverPort);
}

void Settings::setReceiverPort(quint16 port)
{
    m_settings->setValue(QStringLiteral("webhooks/port"), port);
}

QString Settings::publicUrl() const
{
    return m_settings->value(QStringLiteral("webhooks/public_url")).toString();
}

void Settings::setPublicUrl(const QString &url)
{
    m_settings->setValue(QStringLiteral("webhooks/public_url"), url.trimmed());
}

QStringList Settings::trustedProxies() const
{
    return m_settings->value(QStringLiteral("webhooks/trusted_proxies")).toStringList();
}

void Settings::setTrustedProxies(const QStringList &addresses)
{
    m_settings->setValue(QStringLiteral("webhooks/trusted_proxies"), addresses);
}

int Settings::connectionsPerAddress() const
{
    bool ok = false;
    const int connections =
        m_settings->value(QStringLiteral("webhooks/connections_per_address"), DefaultConnectionsPerAddress).toInt(&ok);
    return ok && connections > 0 ? connections : DefaultConnectionsPerAddress;
}

QString Settings::forwardTo() const
{
    return m_settings->value(QStringLiteral("webhooks/forward_to")).toString();
}

void Settings::setForwardTo(const QString &url)
{
    m_settings->setValue(QStringLiteral("webhooks/forward_to"), url.trimmed());
}

WebhookRetention Settings::webhookRetention() const
{
    const WebhookRetention defaults;
    const auto read = [this](const QString &key, int fallback) {
        bool ok = false;
        const int value = m_settings->value(key, fallback).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    return {read(QStringLiteral("webhooks/keep_count"), defaults.maxCount),
            read(QStringLiteral("webhooks/keep_days"), defaults.maxAgeDays),
            read(QStringLiteral("webhooks/keep_megabytes"), defaults.maxMegabytes)};
}

void Settings::setWebhookRetention(const WebhookRetention &retention)
{
    m_settings->setValue(QStringLiteral("webhooks/keep_count"), retention.maxCount);
    m_settings->setValue(QStringLiteral("webhooks/keep_days"), retention.maxAgeDays);
    m_settings->setValue(QStringLiteral("webhooks/keep_megabytes"), retention.maxMegabytes);
}

void Settings::setConnectionsPerAddress(int connections)
{
    m_settings->setValue(QStringLiteral("webhooks/connections_per_address"), connections);
}

QByteArray Settings::callbackField(const QString &provider, const QString &key) const
{
    return m_settings->value(callbackFieldName(provider, key)).toByteArray();
}

void Settings::setCallbackField(const QString &provider, const QString &key, const QByteArray &value)
{
    m_settings->setValue(callbackFieldName(provider, key), value.trimmed());
}

quint16 Settings::sandboxPort() const
{
    return portValue(m_settings, QStringLiteral("sandbox/port"), DefaultSandboxPort);
}

void Settings::setSandboxPort(quint16 port)
{
    m_settings->setValue(QStringLiteral("sandbox/port"), port);
}

int Settings::callbackDelayMs() const
{
    bool ok = false;
    const int delay = m_settings->value(QStringLiteral("sandbox/callback_delay_ms"), 800).toInt(&ok);
    return ok && delay >= 0 ? delay : 800;
}

void Settings::setCallbackDelayMs(int milliseconds)
{
    m_settings->setValue(QStringLiteral("sandbox/callback_delay_ms"), qMax(0, milliseconds));
}

QString Settings::database() const
{
    return m_settings->value(QStringLiteral("history/database")).toString();
}

void Settings::setDatabase(const QString &location)
{
    setOrRemove(QStringLiteral("history/database"), location.trimmed());
}

void Settings::setOrRemove(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QString Settings::displayName() const
{
    return m_settings->value(QStringLiteral("history/display_name")).toString();
}

void Settings::setDisplayName(const QString &name)
{
    setOrRemove(QStringLiteral("history/display_name"), name.trimmed());
}

HistoryRetention Settings::historyRetention() const
{
    return {qMax(0, m_settings->value(QStringLiteral("history/keep_days")).toInt()),
            qMax(0, m_settings->value(QStringLiteral("history/keep_count")).toInt())};
}

void Settings::setHistoryRetention(const HistoryRetention &retention)
{
    setOrRemove(QStringLiteral("history/keep_days"), retention.days > 0 ? QString::number(retention.days) : QString());
    setOrRemove(QStringLiteral("history/keep_count"),
                retention.count > 0 ? QString::number(retention.count) : QString());
}
