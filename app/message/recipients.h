// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

// Recipients as people paste them: one per line, or separated by commas or semicolons; spaces, dashes, dots
// and brackets inside a number do not split it ("+91 98765 43210"), though a new "+" does
// ("+91 98765 43210 +1 650 253 0000"). Each number is written in E.164 ("+919876543210"); "00" in front
// is read as "+"; a number without either is read in the region given (the sender's country: "(650)
// 253-0000" in the US), or as international digits ("919876543210"); what reads as neither (a
// business-scoped user id, a typo) stays as it was typed, for the validator to judge. The To field,
// `wabench send --to` and lists read recipients this way.
namespace Recipients {

QStringList read(const QString &text, const QString &region = {});
// The recipients as typed, one string each (trimmed), in the order read() gives them.
QStringList pieces(const QString &text);
// One recipient's E.164 form, or `recipient` trimmed when it is not a number.
QString normalised(const QString &recipient, const QString &region = {});
// The region numbers without a country code are read in: the sender's country ("+16505550100": "US"),
// else the locale's ("en_GB": "GB"), else none.
QString regionFor(const QString &sender, const QLocale &locale);

// A business-scoped user id (BSUID): Meta's id of a WhatsApp user for one business, which may stand for a
// phone number the user keeps to themselves: two capital letters of a country, a dot, then up to 128 letters
// and digits ("US.13491208655302741918"); a parent id shared by several portfolios has ENT between
// ("US.ENT.11815799212886844830"). Meta, Business-scoped user IDs.
bool isBusinessScopedId(const QString &recipient);
// The one form a customer is found by: a number's digits ("919876543210" for "+91 98765 43210"), a
// business-scoped user id as written.
QString key(const QString &recipient);

} // namespace Recipients
