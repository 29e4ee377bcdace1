// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: no arguments starts the GUI, a subcommand runs the CLI.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
