// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>

// Colours JSON (keys, strings, numbers, literals) and marks the lines that have issues. Colours
// are chosen for the palette in use, so dark themes read as well as light ones.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);
    // Lines (from 0) to mark as having an error or a warning.
    void setMarkedLines(const QSet<int> &errors, const QSet<int> &warnings);

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<int> m_errors;
    QSet<int> m_warnings;
};
