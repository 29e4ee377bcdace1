// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the providers measure text: Meta counts Unicode code points (an emoji is one
// character even in two UTF-16 units); Telnyx counts UTF-8 bytes.
namespace Text {

qsizetype characterCount(const QString &text);
qsizetype byteCount(const QString &text);
qsizetype lineBreakCount(const QString &text);
bool hasOuterSpace(const QString &text);
// Pictographs, emoticons, dingbats and flags: what Meta means by "emoji".
bool hasEmoji(const QString &text);
// What a reader sees as one character: a letter with its marks, a flag, an emoji with its skin tone or a
// family joined with ZWJ (Unicode's extended grapheme clusters).
qsizetype graphemeCount(const QString &text);

} // namespace Text
