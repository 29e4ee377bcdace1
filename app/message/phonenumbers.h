// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issue.h"

#include <QString>
#include <optional>

// Phone numbers through libphonenumber, in a module loaded on first use (message/phonefacts.h says
// why). Not a possible number is an error; a possible number outside the known ranges, or one written
// without "+", is a warning (the tables age, and providers accept numbers without "+"). Without the
// module every number is an error that says so, and toE164 and regionOf read nothing.
namespace PhoneNumbers {

// The finding for `number` (pointer left empty for the caller), or nothing when it is fine.
// `role` names it in the message: "Recipient", "Sender".
std::optional<Issue> check(const QString &number, const QString &role);
// Forgets remembered findings (benchmarks measure the first check too).
void clearCache();
// "+919876543210" for "91 98765 43210" or "+91 98765-43210"; the input unchanged when it cannot be read.
QString toE164(const QString &number);
// The digits alone ("919876543210" for "+91 98765-43210"): how providers' callbacks name a number, and
// how one customer is known whichever way their number was written.
QString digits(const QString &number);
// The ISO region of a number ("IN"), or an empty string.
QString regionOf(const QString &number);
// A number as a person typed it, in E.164: with "+", as written; without, as a number of `region` (ISO
// 3166, "US": the sender's country) when it is a valid one there ("(650) 253-0000", "07700 900123" in GB),
// else as international digits when those are valid ("919876543210"). Nothing when none of these reads.
std::optional<QString> e164In(const QString &number, const QString &region);
// Loads the module now if it is not loaded yet, so that the first number read later does not wait for it.
void preload();

} // namespace PhoneNumbers
