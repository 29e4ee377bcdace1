// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class Provider;
class QSettings;
class SecretStore;

// What Wabench signs the callbacks it makes (trigger, replay re-signed) with, as each provider signs:
// - a provider whose key is a shared secret (Meta's app secret): the person's own, from the SecretStore,
//   so that their handler, which checks with the same secret, accepts it;
// - a provider whose signing key only it has (Telnyx's Ed25519): a test pair of Wabench's own, made once,
//   its signing half kept in the SecretStore and its public half in the settings (shown, for the person's
//   handler to trust, and trusted by Wabench's own receiver beside the person's key).
namespace TriggerKeys {

// "webhooks/telnyx_test_public_key": the setting, and "webhooks/telnyx_test_signing_key", the secret.
QString publicKeySetting(const QString &provider);
QString signingKeySecret(const QString &provider);

struct Key
{
    QByteArray signing;   // empty: sent unsigned
    QByteArray verifying; // a test pair's public half, to tell the person; else empty
    QString note;         // how it is signed, or why not, in words
    QString error;        // the key could not be had (the keychain failed)
};
// The key for `provider`'s callbacks, made and kept when it is a test pair not made yet; `done` is called
// once, perhaps at once.
void signingKey(const Provider &provider, SecretStore *secrets, QSettings *settings,
                const std::function<void(const Key &key)> &done);
// Whether `provider` signs with a shared secret (the person's key signs too).
bool sharedSecret(const Provider &provider);

} // namespace TriggerKeys
