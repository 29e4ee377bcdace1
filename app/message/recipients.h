// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Recipients as people paste them: one per line, or separated by commas or semicolons; spaces, dashes, dots
// and brackets inside a number do not split it ("+91 98765 43210"), though a new "+" does
// ("+91 98765 43210 +1 650 253 0000"). Each number is written in E.164 ("+919876543210"); "00" in front
// is read as "+"; what is not a phone number (a business-scoped user id, a typo) stays as it was typed, for
// the validator to judge. The To field, `wabench send --to` and lists read recipients this way.
namespace Recipients {

QStringList read(const QString &text);
// The recipients as typed, one string each (trimmed), in the order read() gives them.
QStringList pieces(const QString &text);
// One recipient's E.164 form, or `recipient` trimmed when it is not a number.
QString normalised(const QString &recipient);

} // namespace Recipients
