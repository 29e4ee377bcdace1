// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipients.h"

#include "phonenumbers.h"

#include <QRegularExpression>

namespace Recipients {

QString normalised(const QString &recipient, const QString &region)
{
    QString text = recipient.trimmed();
    if (text.startsWith(QStringLiteral("00")))
        text = u'+' + text.mid(2); // the international call prefix of most countries
    static const QRegularExpression phoneLike(QStringLiteral(R"(^\+?[\d\s().\-/]+$)"));
    if (!phoneLike.match(text).hasMatch())
        return recipient.trimmed();
    const std::optional<QString> e164 = PhoneNumbers::e164In(text, region);
    return e164 ? *e164 : recipient.trimmed();
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

QStringList read(const QString &text, const QString &region)
{
    QStringList out = pieces(text);
    for (QString &one : out)
        one = normalised(one, region);
    return out;
}

QString regionFor(const QString &sender, const QLocale &locale)
{
    if (const QString region = PhoneNumbers::regionOf(sender); !region.isEmpty())
        return region;
    return locale.territory() == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(locale.territory());
}

bool isBusinessScopedId(const QString &recipient)
{
    static const QRegularExpression bsuid(QStringLiteral(R"(^[A-Z]{2}\.(ENT\.)?[A-Za-z0-9]{1,128}$)"));
    return bsuid.match(recipient).hasMatch();
}

QString key(const QString &recipient)
{
    return isBusinessScopedId(recipient) ? recipient : PhoneNumbers::digits(recipient);
}

} // namespace Recipients
