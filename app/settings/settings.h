// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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
    // runs; empty: the local URL), Telnyx's public key and Meta's verify token (the app secret is a secret,
    // in the SecretStore under MetaAppSecretKey).
    static constexpr quint16 DefaultReceiverPort = 8788;
    quint16 receiverPort() const;
    void setReceiverPort(quint16 port);
    QString publicUrl() const;
    void setPublicUrl(const QString &url);
    QByteArray telnyxPublicKey() const;
    void setTelnyxPublicKey(const QByteArray &key);
    QByteArray metaVerifyToken() const;
    void setMetaVerifyToken(const QByteArray &token);
    static QString metaAppSecretKey() { return QStringLiteral("webhooks/meta_app_secret"); }

    // The embedded Sandbox: its port, and the time between one status callback and the next.
    static constexpr quint16 DefaultSandboxPort = 8787;
    quint16 sandboxPort() const;
    void setSandboxPort(quint16 port);
    int callbackDelayMs() const;
    void setCallbackDelayMs(int milliseconds);

private:
    QSettings *m_settings;
};
