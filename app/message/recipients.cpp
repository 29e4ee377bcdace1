// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipients.h"

#include "phonenumbers.h"

#include <QRegularExpression>

namespace Recipients {

QString normalised(const QString &recipient)
{
    QString text = recipient.trimmed();
    if (text.startsWith(QStringLiteral("00")))
        text = u'+' + text.mid(2); // the international call prefix of most countries
    static const QRegularExpression phoneLike(QStringLiteral(R"(^\+?[\d\s().\-/]+$)"));
    if (!phoneLike.match(text).hasMatch())
        return recipient.trimmed();
    const QString e164 = PhoneNumbers::toE164(text);
    return e164.startsWith(u'+') && !e164.contains(u' ') ? e164 : recipient.trimmed();
}

QStringList pieces(const QString &text)
{
    // Commas, semicolons and line ends separate; so does the space before a new "+".
    static const QRegularExpression separators(QStringLiteral(R"([,;\n\r]+|\s+(?=\+))"));
    QStringList out;
    const QStringList split = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : split) {
        if (const QString trimmed = piece.trimmed(); !trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QStringList read(const QString &text)
{
    QStringList out = pieces(text);
    for (QString &one : out)
        one = normalised(one);
    return out;
}

} // namespace Recipients
