// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: no arguments starts the GUI, a subcommand runs the CLI.
#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Cli::wants(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("wabench"));
        QCoreApplication::setApplicationVersion(QStringLiteral(WABENCH_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Cli::run(arguments, {out, err});
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Wabench"));
    QApplication::setApplicationVersion(QStringLiteral(WABENCH_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}
