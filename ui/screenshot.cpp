// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QWidget>

namespace Screenshot {

QImage painted(QWidget *window)
{
    if (!window || !window->isVisible())
        return {};
    const QSize expected = window->size() * window->devicePixelRatio();
    // Painting a full window again costs as much as its first paint (5 ms for ours); the offscreen
    // platform hands over the frame it already holds. A screen's grab elsewhere would read whatever covers
    // the window on the display, so other platforms paint again.
    if (QGuiApplication::platformName() == u"offscreen") {
        if (QScreen *screen = window->screen()) {
            const QPixmap frame = screen->grabWindow(window->winId());
            if (frame.size() == expected)
                return frame.toImage();
        }
    }
    return window->grab().toImage();
}

} // namespace Screenshot
