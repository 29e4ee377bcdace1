// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: no arguments starts the GUI, a subcommand runs the CLI.
#include "cli/cli.h"
#include "settings/appidentity.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

void adoptEarlierLocations()
{
    QString problem;
    if (!AppIdentity::adoptEarlierLocations(&problem))
        QTextStream(stderr) << "wabench: " << problem << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // One identity for both, so the command line and the window share settings, keychain and history.
    AppIdentity::apply();
    if (Cli::wants(arguments)) {
        QCoreApplication app(argc, argv);
        AppIdentity::installTranslations(QLocale::system());
        adoptEarlierLocations();
        QTextStream out(stdout);
        QTextStream err(stderr);
        QTextStream in(stdin);
        return Cli::run(arguments, {out, err, &in, isatty(STDIN_FILENO) == 1});
    }

    QApplication app(argc, argv);
    AppIdentity::installTranslations(QLocale::system());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Wabench"));
    // Wayland compositors and docks find the icon and name through the .desktop entry of this id.
    QGuiApplication::setDesktopFileName(AppIdentity::id());
    QApplication::setWindowIcon(Theme::applicationIcon());
    adoptEarlierLocations();
    // --dark: Fusion with a dark palette, to check how the window reads on dark themes.
    if (arguments.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
    }
    const qsizetype shot = arguments.indexOf(QStringLiteral("--screenshot"));
    MainWindow::Options options;
    options.offerRecovery = shot < 0;
    options.confirmDiscard = shot < 0;
    options.welcomeOnFirstStart = shot < 0;
    MainWindow window(options);
    if (const qsizetype open = arguments.indexOf(QStringLiteral("--open")); open >= 0)
        window.openFile(arguments.value(open + 1));

    // --screenshot PATH [--open FILE] [--size WxH]: render the window to a PNG and exit.
    if (shot >= 0) {
        const QString path = arguments.value(shot + 1);
        const QStringList size = arguments.value(arguments.indexOf(QStringLiteral("--size")) + 1).split(u'x');
        if (arguments.contains(QStringLiteral("--size")) && size.size() == 2)
            window.resize(size.at(0).toInt(), size.at(1).toInt());
        window.show();
        QCoreApplication::processEvents();
        if (path.isEmpty() || !window.grab().save(path)) {
            QTextStream(stderr) << "wabench: cannot write the screenshot to \"" << path << "\"\n";
            return 2;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
