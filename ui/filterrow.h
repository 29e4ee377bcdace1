// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

// Filters side by side where they fit at the width they ask for, and on as many rows as they need where they
// do not (in the order they were added, each row's filters sharing its width): a narrow pane shows every
// filter's choice whole rather than cut to a few letters.
class FilterRow : public QWidget
{
    Q_OBJECT

public:
    explicit FilterRow(QWidget *parent = nullptr);

    void addWidget(QWidget *widget);
    // As wide as the filters side by side (what it would have), as high as their rows now.
    QSize sizeHint() const override;
    // As narrow as the widest filter alone on a row can be.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int spacing() const;
    // The filters laid out again for `width` (only when the rows they fall into change).
    void arrange(int width);

    QVBoxLayout *m_layout;
    QList<QWidget *> m_widgets;
    QList<int> m_breaks; // the index of the first filter of each row after the first
};
