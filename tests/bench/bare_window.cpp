// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the start-up benchmark: a bare QMainWindow started as wabench --screenshot starts.
#include <QApplication>
#include <QMainWindow>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 1000); // as wabench --screenshot waits
    // As Screenshot::painted takes it offscreen: the frame painted, copied.
    return window.screen()->grabWindow(window.winId()).save(QString::fromLocal8Bit(argv[argc - 1])) ? 0 : 1;
}
