// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

// Every dialog is at least as wide as its title needs in a window manager's title bar (the title in bold,
// with room for the icon and the buttons), so that no title is cut off, up to nine tenths of the screen.
namespace DialogTitles {

void install(QCoreApplication *application);

} // namespace DialogTitles
