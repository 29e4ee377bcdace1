// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class HistoryView;
class QMainWindow;

// The window's arrangement kept between runs: where each named splitter of the window stands, and whether
// the history is collapsed to its strip. Restored once, then saved shortly after every change. The first
// time, a window shorter than 720 pixels starts with the history collapsed.
namespace WindowLayout {

void keep(QMainWindow *window, HistoryView *history);

} // namespace WindowLayout
