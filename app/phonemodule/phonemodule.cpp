// SPDX-License-Identifier: GPL-3.0-or-later
// The phone-number module: libphonenumber behind the plain C function of message/phonefacts.h, loaded by
// message/phonenumbers.cpp on first use. Nothing here is Qt: the module links libphonenumber alone.
#include "message/phonefacts.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

template <std::size_t N> void copyTo(char (&target)[N], const std::string &text)
{
    const std::size_t size = std::min(text.size(), N - 1);
    std::memcpy(target, text.data(), size);
    target[size] = '\0';
}

int possibilityOf(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return WabenchPhonePossible;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return WabenchPhonePossibleLocalOnly;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return WabenchPhoneInvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return WabenchPhoneTooShort;
    case PhoneNumberUtil::TOO_LONG:
        return WabenchPhoneTooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return WabenchPhoneInvalidLength;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
wabench_phone_read_v1(const char *utf8, int length, const char *region, WabenchPhoneFacts *facts)
{
    *facts = WabenchPhoneFacts{};
    if (!utf8 || length < 0 || !region)
        return 0;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util.Parse(std::string(utf8, std::size_t(length)), region, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return 0;
    facts->readable = 1;
    facts->countryCode = parsed.country_code();
    facts->possibility = possibilityOf(util.IsPossibleNumberWithReason(parsed));
    // The number's region found once (its regular expressions are most of a read): IsValidNumber is
    // GetRegionCodeForNumber then IsValidNumberForRegion, and "ZZ" (no region) is never valid.
    std::string own;
    util.GetRegionCodeForNumber(parsed, &own);
    facts->valid = own != "ZZ" && util.IsValidNumberForRegion(parsed, own) ? 1 : 0;
    copyTo(facts->region, own == "ZZ" ? std::string() : own);
    std::string text;
    util.Format(parsed, PhoneNumberUtil::E164, &text);
    copyTo(facts->e164, text);
    text.clear();
    util.GetRegionCodeForCountryCode(parsed.country_code(), &text);
    copyTo(facts->countryRegion, text == "ZZ" ? std::string() : text);
    return 1;
}
