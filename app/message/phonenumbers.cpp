// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// This file's messages, in the catalogue's "PhoneNumbers" context (lupdate reads the macro).
struct PhoneNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

// Longer than any phone number written out (E.164 has at most 15 digits; spaces, dashes and a "+" added):
// not given to libphonenumber, whose regular expressions take time that grows faster than the text.
constexpr qsizetype MaxNumberLength = 64;

bool parse(const QString &number, PhoneNumber *out)
{
    QString text = number.trimmed();
    if (text.size() > MaxNumberLength)
        return false;
    if (!text.startsWith(u'+'))
        text.prepend(u'+');
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), "ZZ", out) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString reasonText(PhoneNumberUtil::ValidationResult reason)
{
    switch (reason) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNumbersText::tr("the country code is unknown");
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneNumbersText::tr("it is too short for its country");
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNumbersText::tr("it is too long for its country");
    default:
        return PhoneNumbersText::tr("its length does not fit its country");
    }
}

} // namespace

namespace PhoneNumbers {

namespace {

// libphonenumber's checks run regular expressions (about 20 µs a number); drafts keep their
// recipients while the message is edited, so the findings are remembered, keyed by role and number.
struct Cache
{
    QMutex mutex;
    QHash<QString, std::optional<Issue>> findings;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

std::optional<Issue> checkUncached(const QString &number, const QString &role);

} // namespace

std::optional<Issue> check(const QString &number, const QString &role)
{
    const QString key = role + u'\n' + number;
    Cache &memo = cache();
    {
        const QMutexLocker lock(&memo.mutex);
        if (const auto it = memo.findings.constFind(key); it != memo.findings.constEnd())
            return *it;
    }
    std::optional<Issue> finding = checkUncached(number, role);
    const QMutexLocker lock(&memo.mutex);
    if (memo.findings.size() > 4096)
        memo.findings.clear();
    memo.findings.insert(key, finding);
    return finding;
}

void clearCache()
{
    const QMutexLocker lock(&cache().mutex);
    cache().findings.clear();
}

namespace {

std::optional<Issue> checkUncached(const QString &number, const QString &role)
{
    const QString text = number.trimmed();
    if (text.isEmpty())
        return Issue::error(QString(), PhoneNumbersText::tr("%1 is empty").arg(role));
    if (text.size() > MaxNumberLength)
        return Issue::error(QString(), PhoneNumbersText::tr("%1 is %2 characters long; a phone number has at most 15 "
                                                            "digits")
                                           .arg(role)
                                           .arg(text.size()));
    PhoneNumber parsed;
    if (!parse(text, &parsed))
        return Issue::error(QString(), PhoneNumbersText::tr("%1 %2 is not a phone number").arg(role, text));
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const PhoneNumberUtil::ValidationResult possible = util.IsPossibleNumberWithReason(parsed);
    if (possible != PhoneNumberUtil::IS_POSSIBLE && possible != PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY)
        return Issue::error(
            QString(),
            PhoneNumbersText::tr("%1 %2 is not a possible phone number: %3").arg(role, text, reasonText(possible)));
    if (!text.startsWith(u'+')) {
        return Issue::warning(QString(), PhoneNumbersText::tr("%1 %2 has no \"+\"; it is read as %3 (country code %4)")
                                             .arg(role, text, toE164(text))
                                             .arg(parsed.country_code()));
    }
    if (!util.IsValidNumber(parsed)) {
        std::string region;
        util.GetRegionCodeForCountryCode(parsed.country_code(), &region);
        return Issue::warning(QString(), PhoneNumbersText::tr("%1 %2 is not in a known numbering range of %3")
                                             .arg(role, text, QString::fromStdString(region)));
    }
    return std::nullopt;
}

} // namespace

QString digits(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString toE164(const QString &number)
{
    PhoneNumber parsed;
    if (!parse(number, &parsed))
        return number;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(parsed, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString regionOf(const QString &number)
{
    PhoneNumber parsed;
    if (!parse(number, &parsed))
        return {};
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(parsed, &region);
    return QString::fromStdString(region);
}

} // namespace PhoneNumbers
