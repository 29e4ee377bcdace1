// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>
#include <memory>

// What the first paint waits for but the GUI thread need not do itself, started beside it while the
// window is built: reading the system's fonts (the first text measured waits for it) and loading the
// history's SQLite driver (the history opens before the window is built), then the image plugins. Both are shared by
// the whole process once loaded, and Qt guards them for use from any thread.
class WarmUp
{
public:
    WarmUp();
    // Waits for what is still running: a few milliseconds at most.
    ~WarmUp();

    WarmUp(const WarmUp &) = delete;
    WarmUp &operator=(const WarmUp &) = delete;

private:
    std::unique_ptr<QThread> m_fonts;
    std::unique_ptr<QThread> m_database;
};
