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

KeyPair newEd25519Keys()
{
    if (!sodiumReady())
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    return {publicKey.toBase64(), secretKey.toBase64()};
}

QByteArray signEd25519(const QByteArray &message, const QByteArray &secretKey)
{
    const QByteArray key = QByteArray::fromBase64(secretKey);
    if (!sodiumReady() || key.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(key.constData()));
    return signature.toBase64();
}

bool verifyEd25519(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey, QString *why)
{
    if (!sodiumReady())
        return fail(why, SignaturesText::tr("the signature library could not start"));
    // Strict base64: a signature with junk, spaces or other padding in it is not the signature.
    const auto decoded = QByteArray::fromBase64Encoding(signature.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray key = QByteArray::fromBase64(publicKey.trimmed());
    const QByteArray sig = decoded ? *decoded : QByteArray();
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return fail(why, SignaturesText::tr("the public key is not 32 bytes of base64"));
    if (sig.size() != crypto_sign_BYTES)
        return fail(why, SignaturesText::tr("the signature is not 64 bytes of base64"));
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    quint64(message.size()),
                                    reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return fail(why, SignaturesText::tr("the Ed25519 signature does not match the body"));
    return true;
}

QByteArray hmacSha256(const QByteArray &message, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomHex(int bytes)
{
    QByteArray random(bytes, '\0');
    if (sodiumReady())
        randombytes_buf(random.data(), size_t(random.size()));
    return random.toHex();
}

bool equal(const QByteArray &a, const QByteArray &b)
{
    return sodiumReady() && a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Signatures
