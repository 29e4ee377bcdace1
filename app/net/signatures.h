// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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
// Whether the base64 `signature` of `message` is good under the base64 `publicKey`; why not otherwise.
bool verifyEd25519(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey, QString *why);

QByteArray hmacSha256(const QByteArray &message, const QByteArray &key);
// A random key of `bytes` bytes, as lowercase hex.
QByteArray randomHex(int bytes);
// `a` == `b`, in time that does not depend on where they differ.
bool equal(const QByteArray &a, const QByteArray &b);

} // namespace Signatures
