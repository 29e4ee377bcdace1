// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The signatures providers put on their callbacks: Telnyx signs "<timestamp>|<body>" with Ed25519
// (libsodium), Meta puts the HMAC-SHA256 of the raw body under the app secret in X-Hub-Signature-256.
// The signing halves are for the sandbox, which signs as the providers do.
namespace Signatures {

// Telnyx: `signature` is the base64 of telnyx-signature-ed25519, `timestamp` the telnyx-timestamp header
// (Unix seconds), `publicKey` the base64 key from the portal. Stale (more than 300 s from `now`), malformed
// or wrong signatures are refused with the reason.
bool verifyTelnyx(const QByteArray &body, const QByteArray &signature, const QByteArray &timestamp,
                  const QByteArray &publicKey, qint64 now, QString *why);
struct KeyPair
{
    QByteArray publicKey; // base64, 32 bytes
    QByteArray secretKey; // base64, 64 bytes
};
KeyPair newTelnyxKeys();
// The telnyx-signature-ed25519 header value (base64) for `body` at `timestamp`.
QByteArray signTelnyx(const QByteArray &body, const QByteArray &timestamp, const QByteArray &secretKey);

// Meta: `header` is X-Hub-Signature-256 ("sha256=<lowercase hex>"); compared in constant time.
bool verifyMeta(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret, QString *why);
QByteArray signMeta(const QByteArray &body, const QByteArray &appSecret);

} // namespace Signatures
