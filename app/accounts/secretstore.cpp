// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

SecretStore *SecretStore::system()
{
    static QPointer<KeychainSecretStore> store;
    if (!store)
        store = new KeychainSecretStore(QCoreApplication::applicationName(), QStringLiteral("Wabench"),
                                        QCoreApplication::instance());
    return store;
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> secret = it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    // Asynchronous like a keychain, so callers behave the same with either.
    QTimer::singleShot(0, this, [done, secret] { done(secret, QString()); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done(true, QString()); });
}

void MemorySecretStore::remove(const QString &key, WriteDone done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done(true, QString()); });
}

KeychainSecretStore::KeychainSecretStore(const QString &service, const QString &earlierService, QObject *parent)
    : SecretStore(parent), m_service(service), m_earlierService(earlierService), m_memory(this)
{
}

bool KeychainSecretStore::fallBackOn(int error, const QString &reason)
{
    if (error != QKeychain::NoBackendAvailable && error != QKeychain::OtherError && error != QKeychain::AccessDenied &&
        error != QKeychain::NotImplemented)
        return false;
    if (!m_fallenBack) {
        m_fallenBack = true;
        emit keychainUnavailable(unavailableText(error, reason));
    }
    return true;
}

QString KeychainSecretStore::unavailableText(int error, const QString &reason)
{
    // QtKeychain says "Unknown error" when no keychain answers on D-Bus: that is worth nothing to a person.
    const QString detail = reason.trimmed();
    const bool says = !detail.isEmpty() && detail.compare(QStringLiteral("Unknown error"), Qt::CaseInsensitive) != 0;
    QString what;
    switch (error) {
    case QKeychain::AccessDenied:
        what = tr("The keychain refused Wabench access.");
        break;
    case QKeychain::NotImplemented:
        what = tr("This system's keychain cannot be used by Wabench.");
        break;
    case QKeychain::OtherError:
        if (says) {
            what = tr("The keychain could not be used: %1.").arg(detail);
            break;
        }
        Q_FALLTHROUGH();
    default:
        what = tr("No keychain is running: neither a Secret Service (GNOME Keyring, KeePassXC) nor KWallet "
                  "answered.");
        break;
    }
    return what + u' ' + tr("Secrets are kept in memory until Wabench quits, and asked for again next time.");
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    if (m_fallenBack) {
        m_memory.read(key, done);
        return;
    }
    readFrom(m_service, key, [this, key, done](std::optional<QString> secret, const QString &error) {
        if (secret || !error.isEmpty() || m_earlierService.isEmpty() || m_fallenBack) {
            done(secret, error);
            return;
        }
        // Not under the service's name: perhaps under the one used before it. Copy it across, then answer.
        readFrom(m_earlierService, key, [this, key, done](std::optional<QString> earlier, const QString &failure) {
            if (!earlier) {
                done(std::nullopt, failure);
                return;
            }
            write(key, *earlier, [done, earlier](bool, const QString &) { done(earlier, QString()); });
        });
    });
}

void KeychainSecretStore::readFrom(const QString &service, const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::NoError)
            done(reader->textData(), QString());
        else if (reader->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (fallBackOn(reader->error(), reader->errorString()))
            m_memory.read(key, done);
        else
            done(std::nullopt, reader->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (m_fallenBack) {
        m_memory.write(key, secret, done);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            done(true, QString());
        else if (fallBackOn(finished->error(), finished->errorString()))
            m_memory.write(key, secret, done);
        else
            done(false, finished->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteDone done)
{
    if (m_fallenBack) {
        m_memory.remove(key, done);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done(true, QString());
        else if (fallBackOn(finished->error(), finished->errorString()))
            m_memory.remove(key, done);
        else
            done(false, finished->errorString());
    });
    job->start();
}
