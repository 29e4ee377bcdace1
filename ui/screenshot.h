// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

class QWidget;

// What --screenshot saves: a shown window as it was last painted.
namespace Screenshot {

// The frame the window last painted, copied, where the platform keeps it in memory (offscreen, as the
// README's pictures and the start-up benchmark run); elsewhere the window painted again into an image.
// A null image when the window has never been shown.
QImage painted(QWidget *window);

} // namespace Screenshot
