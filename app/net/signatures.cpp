// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include <algorithm>

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
        return fail(why, mismatch());
    return true;
}

QString mismatch()
{
    return SignaturesText::tr("the Ed25519 signature does not match the body");
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

namespace {

// `json` without whitespace outside strings, in the order written (not a parse: a body that is not JSON
// comes out as whitespace-free bytes all the same).
QByteArray compact(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

// `json` with every non-ASCII character written \uXXXX (UTF-16, lowercase hex, as PHP and Meta write
// it), and "/" written "\/" when `slashes`; inside strings, where alone they can be.
QByteArray escaped(const QByteArray &json, bool unicode, bool slashes)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 4);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
            out += c;
            continue;
        }
        if (c == '\\' && i + 1 < json.size()) {
            out += c;
            out += json.at(++i);
        } else if (c == '"') {
            inString = false;
            out += c;
        } else if (c == '/' && slashes) {
            out += "\\/";
        } else if ((uchar(c) & 0x80) && unicode) {
            // One UTF-8 sequence: its code point, written as one or two UTF-16 units.
            qsizetype end = i + 1;
            while (end < json.size() && (uchar(json.at(end)) & 0xC0) == 0x80)
                ++end;
            const QString character = QString::fromUtf8(json.mid(i, end - i));
            for (const QChar unit : character)
                out += "\\u" + QByteArray::number(unit.unicode(), 16).rightJustified(4, '0');
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QList<std::pair<QString, QByteArray>> bodiesBeforeChange(const QByteArray &body)
{
    QList<std::pair<QString, QByteArray>> out;
    const auto add = [&out, &body](const QString &what, const QByteArray &before) {
        if (before != body &&
            std::none_of(out.cbegin(), out.cend(), [&before](const auto &known) { return known.second == before; }))
            out.append({what, before});
    };
    const QByteArray trimmed = body.trimmed();
    add(SignaturesText::tr("whitespace was added around it"), trimmed);
    add(SignaturesText::tr("a final newline was removed"), body + '\n');
    const QByteArray tight = compact(body);
    add(SignaturesText::tr("it was indented or spaced out"), tight);
    const bool ascii = std::all_of(body.cbegin(), body.cend(), [](char c) { return !(uchar(c) & 0x80); });
    if (!ascii) {
        add(SignaturesText::tr("non-ASCII characters written as \\u escapes were written out"),
            escaped(body, true, false));
        add(SignaturesText::tr("it was re-serialised: spacing changed and \\u escapes written out"),
            escaped(tight, true, false));
    }
    if (body.contains('/')) {
        add(SignaturesText::tr("\"\\/\" escapes were written as \"/\""), escaped(body, false, true));
        add(SignaturesText::tr("it was re-serialised: spacing changed and \"\\/\" written as \"/\""),
            escaped(tight, false, true));
    }
    if (!ascii && body.contains('/'))
        add(SignaturesText::tr("it was re-serialised: \\u and \"\\/\" escapes written out"),
            escaped(tight, true, true));
    return out;
}

} // namespace Signatures
