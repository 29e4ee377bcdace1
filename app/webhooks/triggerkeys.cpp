// SPDX-License-Identifier: GPL-3.0-or-later
#include "triggerkeys.h"

#include "accounts/secretstore.h"
#include "providers/provider.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSettings>

namespace {

struct KeysText
{
    Q_DECLARE_TR_FUNCTIONS(TriggerKeys)
};

// Who waits for a provider's test pair while it is read or made, by provider (this process's one thread of
// windows and commands asks).
QHash<QString, QList<std::function<void(const TriggerKeys::Key &)>>> &asking()
{
    static QHash<QString, QList<std::function<void(const TriggerKeys::Key &)>>> waiting;
    return waiting;
}

std::optional<Provider::CallbackField> verifyingField(const Provider &provider)
{
    for (const Provider::CallbackField &field : provider.callbackFields()) {
        if (field.role == Provider::CallbackField::Role::VerifyingKey)
            return field;
    }
    return std::nullopt;
}

} // namespace

namespace TriggerKeys {

QString publicKeySetting(const QString &provider)
{
    return Settings::callbackFieldName(provider, QStringLiteral("test_public_key"));
}

QString signingKeySecret(const QString &provider)
{
    return Settings::callbackFieldName(provider, QStringLiteral("test_signing_key"));
}

bool sharedSecret(const Provider &provider)
{
    const std::optional<Provider::CallbackField> field = verifyingField(provider);
    return field && field->secret;
}

void signingKey(const Provider &provider, SecretStore *secrets, QSettings *settings,
                const std::function<void(const Key &key)> &done)
{
    const std::optional<Provider::CallbackField> field = verifyingField(provider);
    if (!field || provider.offline()) {
        done({{}, {}, KeysText::tr("Unsigned: %1 does not sign its callbacks").arg(provider.displayName()), {}});
        return;
    }
    const QString name = provider.displayName();
    if (field->secret) {
        secrets->read(
            Settings::callbackFieldName(provider.id(), field->key),
            [done, name, label = field->label](std::optional<QString> secret, const QString &error) {
                if (!error.isEmpty() && !secret)
                    done({{}, {}, {}, error});
                else if (!secret || secret->isEmpty())
                    done({{},
                          {},
                          KeysText::tr("Unsigned: set your %1 in Preferences to sign it as %2 does").arg(label, name),
                          {}});
                else
                    done({secret->toUtf8(), {}, KeysText::tr("signed with your %1").arg(label), {}});
            });
        return;
    }
    // A test pair: its public half in the settings, its signing half in the SecretStore.
    const QString settingName = publicKeySetting(provider.id());
    const QByteArray known = settings->value(settingName).toByteArray();
    const auto signedNote = [name](const QByteArray &publicKey) {
        return KeysText::tr("signed with Wabench's test key for %1; its public key, for your handler to trust: %2")
            .arg(name, QString::fromLatin1(publicKey));
    };
    // One pair however many ask at once: who asks while it is read or made waits for that answer.
    const QString id = provider.id();
    QList<std::function<void(const Key &)>> &waiting = asking()[id];
    waiting.append(done);
    if (waiting.size() > 1)
        return;
    const auto answer = [id](const Key &key) {
        for (const std::function<void(const Key &)> &each : asking().take(id))
            each(key);
    };
    const QString secretName = signingKeySecret(id);
    const Provider *provider_ = &provider;
    secrets->read(secretName, [=](std::optional<QString> secret, const QString &) {
        if (secret && !secret->isEmpty() && !known.isEmpty()) {
            answer({secret->toUtf8(), known, signedNote(known), {}});
            return;
        }
        const Provider::CallbackKeys made = provider_->newCallbackKeys();
        secrets->write(secretName, QString::fromLatin1(made.signing), [=](bool ok, const QString &error) {
            if (!ok) {
                answer({{}, {}, {}, KeysText::tr("the test key could not be kept: %1").arg(error)});
                return;
            }
            settings->setValue(settingName, made.verifying);
            settings->sync();
            answer({made.signing, made.verifying, signedNote(made.verifying), {}});
        });
    });
}

} // namespace TriggerKeys
