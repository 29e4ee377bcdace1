// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A label whose text wraps, and which lays it out once per width. Layouts ask a wrapping label its
// height for a width many times over while a window settles (one empty-state text of ours 28 times at
// the same width before the first paint), and QLabel shapes the whole text anew for each question.
// The answer is kept while the text, the font, the style and the width stay what they were.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QString m_text;                       // the text the kept heights were measured for
    mutable QList<std::pair<int, int>> m_heights; // width, height: the few widths of one layout pass
};
