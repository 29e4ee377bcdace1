// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// The cryptography providers sign their callbacks with: Ed25519 (libsodium) and HMAC-SHA256 (Qt), with a
// comparison in constant time. Which of them a provider uses, over what, is the provider's (its adapter).
namespace Signatures {

struct KeyPair
{
    QByteArray publicKey; // base64, 32 bytes
    QByteArray secretKey; // base64, 64 bytes
};
KeyPair newEd25519Keys();
// The base64 Ed25519 signature of `message` under the base64 `secretKey`.
QByteArray signEd25519(const QByteArray &message, const QByteArray &secretKey);
// Whether the base64 `signature` of `message` is good under the base64 `publicKey`; why not otherwise
// (mismatch() when the signature is well formed and does not match).
bool verifyEd25519(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey, QString *why);
QString mismatch();

QByteArray hmacSha256(const QByteArray &message, const QByteArray &key);
// A random key of `bytes` bytes, as lowercase hex.
QByteArray randomHex(int bytes);
// `a` == `b`, in time that does not depend on where they differ.
bool equal(const QByteArray &a, const QByteArray &b);

// What a signed JSON body commonly was before something on the way changed it (a framework that parsed
// and wrote it again, a proxy, an editor), each with what changed in words: the whitespace outside
// strings removed, a final newline added or removed, non-ASCII characters or "/" escaped as senders such
// as Meta write them. Keys keep their order. A signature that matches one of these and not the body as it
// arrived says the body was changed after it was signed, not that another key signed it.
QList<std::pair<QString, QByteArray>> bodiesBeforeChange(const QByteArray &body);

} // namespace Signatures
