// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include "ui/theme.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace {

QTextCharFormat colour(const QColor &light, const QColor &dark)
{
    QTextCharFormat format;
    format.setForeground(Theme::isDark(QGuiApplication::palette()) ? dark : light);
    return format;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void JsonHighlighter::setMarkedLines(const QSet<int> &errors, const QSet<int> &warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    rehighlight();
}

namespace {

// A number or literal is a JSON value only where JSON puts one: after a colon, a bracket, a comma or the
// line's start, and before a comma, a closing bracket or the line's end. The 2 of "/v2/" in a URL, the
// 443 of a port or the 3 of "python3" are not.
bool isValue(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype before = start - 1;
    while (before >= 0 && text.at(before).isSpace())
        --before;
    qsizetype after = end;
    while (after < text.size() && text.at(after).isSpace())
        ++after;
    const bool opens = before < 0 || QStringView(u":[,").contains(text.at(before));
    const bool closes = after == text.size() || QStringView(u",]}").contains(text.at(after));
    return opens && closes;
}

} // namespace

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(
        QStringLiteral(R"RE(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)RE"));
    const QTextCharFormat key = colour(QColor(0x00, 0x4d, 0x99), QColor(0x8a, 0xb4, 0xf8));
    const QTextCharFormat string = colour(QColor(0x1b, 0x5e, 0x20), QColor(0xa5, 0xd6, 0xa7));
    const QTextCharFormat number = colour(QColor(0x8e, 0x24, 0xaa), QColor(0xce, 0x93, 0xd8));
    const QTextCharFormat literal = colour(QColor(0xb2, 0x6a, 0x00), QColor(0xff, 0xcc, 0x80));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            setFormat(match.capturedStart(1), match.capturedLength(1), match.capturedLength(2) > 0 ? key : string);
        else if (match.capturedLength(3) > 0 && isValue(text, match.capturedStart(3), match.capturedEnd(3)))
            setFormat(match.capturedStart(3), match.capturedLength(3), number);
        else if (match.capturedLength(4) > 0 && isValue(text, match.capturedStart(4), match.capturedEnd(4)))
            setFormat(match.capturedStart(4), match.capturedLength(4), literal);
    }
    const int line = currentBlock().blockNumber();
    if (m_errors.contains(line) || m_warnings.contains(line)) {
        // A wavy underline under the whole line, red for errors and amber for warnings.
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace())
                continue;
            QTextCharFormat marked = format(i);
            marked.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            const QPalette palette = QGuiApplication::palette();
            marked.setUnderlineColor(Theme::issue(palette, m_errors.contains(line)));
            setFormat(i, 1, marked);
        }
    }
}
