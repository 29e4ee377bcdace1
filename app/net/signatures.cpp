// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace Signatures {

namespace {

// This file's messages, in the catalogue's "Signatures" context (lupdate reads the macro).
struct SignaturesText
{
    Q_DECLARE_TR_FUNCTIONS(Signatures)
};

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

bool verifyTelnyx(const QByteArray &body, const QByteArray &signature, const QByteArray &timestamp,
                  const QByteArray &publicKey, qint64 now, QString *why)
{
    if (!sodiumReady())
        return fail(why, SignaturesText::tr("the signature library could not start"));
    if (signature.isEmpty() || timestamp.isEmpty())
        return fail(why, SignaturesText::tr("the telnyx-signature-ed25519 or telnyx-timestamp header is missing"));
    bool ok = false;
    const qint64 when = timestamp.trimmed().toLongLong(&ok);
    if (!ok)
        return fail(why, SignaturesText::tr("telnyx-timestamp is not a number of seconds"));
    if (qAbs(now - when) > 300)
        return fail(
            why,
            SignaturesText::tr("the signature is %1 s from now; at most 300 s are accepted").arg(qAbs(now - when)));
    const QByteArray key = QByteArray::fromBase64(publicKey.trimmed());
    const QByteArray sig = QByteArray::fromBase64(signature.trimmed());
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return fail(why, SignaturesText::tr("the Telnyx public key is not 32 bytes of base64"));
    if (sig.size() != crypto_sign_BYTES)
        return fail(why, SignaturesText::tr("the signature is not 64 bytes of base64"));
    const QByteArray message = timestamp.trimmed() + '|' + body;
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return fail(why, SignaturesText::tr("the Ed25519 signature does not match the body"));
    return true;
}

KeyPair newTelnyxKeys()
{
    if (!sodiumReady())
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    return {publicKey.toBase64(), secretKey.toBase64()};
}

QByteArray signTelnyx(const QByteArray &body, const QByteArray &timestamp, const QByteArray &secretKey)
{
    const QByteArray key = QByteArray::fromBase64(secretKey);
    if (!sodiumReady() || key.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    const QByteArray message = timestamp + '|' + body;
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(key.constData()));
    return signature.toBase64();
}

bool verifyMeta(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret, QString *why)
{
    const QByteArray prefix = "sha256=";
    if (!header.startsWith(prefix))
        return fail(why, SignaturesText::tr("X-Hub-Signature-256 is missing or does not start with sha256="));
    const QByteArray given = QByteArray::fromHex(header.mid(prefix.size()).trimmed());
    const QByteArray expected = QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256);
    if (!sodiumReady() || given.size() != expected.size() ||
        sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0)
        return fail(why, SignaturesText::tr("X-Hub-Signature-256 does not match the body under the app secret"));
    return true;
}

QByteArray signMeta(const QByteArray &body, const QByteArray &appSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace Signatures
