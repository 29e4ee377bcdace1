// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <QEvent>

namespace {

// A window's layout asks for a handful of widths (the minimum, the hint, the one it gives); more than
// that means the label is being resized, and the oldest answers are of no more use.
constexpr qsizetype KeptWidths = 4;

} // namespace

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // setText is not virtual: a changed text is noticed here, where it matters.
    if (const QString current = text(); current != m_text) {
        m_text = current;
        m_heights.clear();
    }
    for (const auto &[knownWidth, height] : std::as_const(m_heights))
        if (knownWidth == width)
            return height;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == KeptWidths)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
