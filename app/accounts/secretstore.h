// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

// Where account secrets (API keys, tokens) live. Never a file of ours: the OS keychain through
// QtKeychain, or, where there is none, memory for this session only. Calls answer asynchronously,
// as keychains do.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(std::optional<QString> secret, const QString &error)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
    // False when secrets are kept only until the app quits.
    virtual bool persistent() const = 0;

    // The OS keychain for this process, made once and kept until the application object goes: keychain
    // jobs answer late, and must find their store still there.
    static SecretStore *system();

signals:
    // The keychain could not be used; secrets are now kept in memory for this session. Say so plainly.
    void keychainUnavailable(const QString &reason);
};

// Secrets in memory, gone when the app quits. Tests use it, and it stands in when there is no keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool persistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain (Secret Service, KWallet) through QtKeychain. When it answers that there is no
// keychain, or cannot be reached, it says so once and keeps secrets in memory from then on. A secret
// missing under `service` is looked for under `earlierService` (the name before the application id)
// and, when found there, copied across.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, const QString &earlierService = {}, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
    bool persistent() const override { return !m_fallenBack; }
    // What a person is told when the keychain cannot be used (a QKeychain::Error and its text): what is
    // missing, in words, and what Wabench does instead; never a bare "Unknown error".
    static QString unavailableText(int error, const QString &reason);

private:
    // True when the error means "no keychain here" (rather than "no such secret").
    bool fallBackOn(int error, const QString &reason);
    void readFrom(const QString &service, const QString &key, ReadDone done);

    QString m_service;
    QString m_earlierService;
    MemorySecretStore m_memory;
    bool m_fallenBack = false;
};
