// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonemarkup.h"

#include <QRegularExpression>

namespace PhoneMarkup {

namespace {

enum Style
{
    Bold = 1,
    Italic = 2,
    Strike = 4,
    Code = 8,
    Monospace = 16,
};

struct Builder
{
    const PhoneTheme::Colours &colours;
    qreal pixelSize;
    Styled out;

    void append(const QString &text, int style)
    {
        if (text.isEmpty())
            return;
        const int start = int(out.text.size());
        out.text += text;
        if (style == 0)
            return;
        QTextCharFormat format;
        if (style & Bold)
            format.setFontWeight(QFont::Bold);
        if (style & Italic)
            format.setFontItalic(true);
        if (style & Strike)
            format.setFontStrikeOut(true);
        if (style & (Code | Monospace)) {
            format.setFont(PhoneTheme::monospaceFont(pixelSize * 0.93), QTextCharFormat::FontPropertiesSpecifiedOnly);
            if (style & Bold)
                format.setFontWeight(QFont::Bold);
        }
        if (style & Code)
            format.setBackground(colours.codeFill);
        out.formats.append({start, int(text.size()), format});
    }

    // One line's inline markers, with what they hold parsed again inside them (not for code).
    void inlineText(const QString &line, int style)
    {
        static const QString markers = QStringLiteral("*_~`");
        QString plain;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar marker = line.at(i);
            const qsizetype which = markers.indexOf(marker);
            const bool opens = which >= 0 && (i == 0 || !line.at(i - 1).isLetterOrNumber()) && i + 1 < line.size() &&
                               !line.at(i + 1).isSpace() && line.at(i + 1) != marker;
            qsizetype close = -1;
            if (opens) {
                for (qsizetype j = i + 2; j < line.size(); ++j) {
                    if (line.at(j) == marker && !line.at(j - 1).isSpace() &&
                        (j + 1 == line.size() || !line.at(j + 1).isLetterOrNumber())) {
                        close = j;
                        break;
                    }
                }
            }
            if (close < 0) {
                plain += marker;
                continue;
            }
            append(plain, style);
            plain.clear();
            const QString inner = line.mid(i + 1, close - i - 1);
            static const int styles[] = {Bold, Italic, Strike, Code};
            if (styles[which] == Code)
                append(inner, style | Code);
            else
                inlineText(inner, style | styles[which]);
            i = close;
        }
        append(plain, style);
    }

    // Text outside ``` blocks: quotes, bullets and numbers at the start of a line, then the inline markers.
    void lines(const QString &segment, bool atLineStart)
    {
        const QStringList parts = segment.split(u'\n');
        for (qsizetype n = 0; n < parts.size(); ++n) {
            if (n > 0)
                out.text += u'\n';
            QString line = parts.at(n);
            const bool lineStart = n > 0 || atLineStart;
            bool quoted = false;
            if (lineStart && line.startsWith(QStringLiteral("> "))) {
                line.remove(0, 2);
                quoted = true;
            }
            if (lineStart && (line.startsWith(QStringLiteral("- ")) || line.startsWith(QStringLiteral("* "))))
                line.replace(0, 1, QStringLiteral("•"));
            const int start = int(out.text.size());
            inlineText(line, 0);
            if (quoted)
                out.quotes.append({start, int(out.text.size()) - start});
        }
    }
};

} // namespace

Styled parse(const QString &source, const PhoneTheme::Colours &colours, qreal pixelSize)
{
    Builder builder{colours, pixelSize, {}};
    // ```monospace``` first: nothing inside it is formatting, and it may run over several lines.
    qsizetype at = 0;
    bool atLineStart = true;
    while (at < source.size()) {
        const qsizetype open = source.indexOf(QStringLiteral("```"), at);
        const qsizetype close = open < 0 ? -1 : source.indexOf(QStringLiteral("```"), open + 3);
        if (open < 0 || close < 0 || close == open + 3) {
            builder.lines(source.mid(at), atLineStart);
            break;
        }
        builder.lines(source.mid(at, open - at), atLineStart);
        builder.append(source.mid(open + 3, close - open - 3), Monospace);
        at = close + 3;
        atLineStart = false;
    }
    // Links, wherever they are, in the link colour (a sentence's last stop is not part of one).
    static const QRegularExpression links(QStringLiteral(R"((?:https?://|www\.)[^\s]+[^\s.,;:!?)\]'"])"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = links.globalMatch(builder.out.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QTextCharFormat format;
        format.setForeground(colours.link);
        builder.out.formats.append({int(match.capturedStart()), int(match.capturedLength()), format});
    }
    return builder.out;
}

} // namespace PhoneMarkup
