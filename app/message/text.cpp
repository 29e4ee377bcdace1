// SPDX-License-Identifier: GPL-3.0-or-later
#include "text.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Text {

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype byteCount(const QString &text)
{
    return text.toUtf8().size();
}

qsizetype lineBreakCount(const QString &text)
{
    return text.count(u'\n');
}

bool hasOuterSpace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

bool hasEmoji(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
               (c >= 0x2300 && c <= 0x23FF) || c == 0xFE0F || c == 0x20E3; // watches, hourglasses; emoji style, keycaps
    });
}

qsizetype graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

} // namespace Text
