// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: no arguments starts the GUI, a subcommand runs the CLI.
#include "cli/cli.h"
#include "settings/appidentity.h"
#include "ui/dialogtitles.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "warmup.h"

#include <QApplication>
#include <QPalette>
#include <QTextStream>
#include <memory>

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
        // A picture is drawn offscreen: no display is needed, or used.
        if (Cli::draws(arguments))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = Cli::draws(arguments)
                                                          ? std::make_unique<QGuiApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
        AppIdentity::installTranslations(QLocale::system());
        adoptEarlierLocations();
        QTextStream out(stdout);
        QTextStream err(stderr);
        QTextStream in(stdin);
        return Cli::run(arguments, {out, err, &in, isatty(STDIN_FILENO) == 1});
    }

    // The window's own arguments: files to open, and the screenshot options. Anything else is an error
    // before any window opens.
    const Cli::WindowArguments window = Cli::windowArguments(arguments);
    if (!window.error.isEmpty()) {
        QCoreApplication core(argc, argv);
        AppIdentity::installTranslations(QLocale::system());
        QTextStream(stderr) << "wabench: " << window.error << '\n';
        return 2;
    }

    QApplication app(argc, argv);
    const WarmUp warmUp;
    DialogTitles::install(&app);
    AppIdentity::installTranslations(QLocale::system());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Wabench"));
    // Wayland compositors and docks find the icon and name through the .desktop entry of this id.
    QGuiApplication::setDesktopFileName(AppIdentity::id());
    QApplication::setWindowIcon(Theme::applicationIcon());
    adoptEarlierLocations();
    // --dark: Fusion with a dark palette, to check how the window reads on dark themes.
    if (window.dark) {
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
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8)); // links readable on the dark base
        dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
        QApplication::setPalette(dark);
    }
    const bool shot = !window.screenshot.isEmpty();
    MainWindow::Options options;
    options.offerRecovery = !shot;
    options.confirmDiscard = !shot;
    options.welcomeOnFirstStart = !shot && window.files.isEmpty() && window.open.isEmpty();
    options.startServices = !shot; // a picture of the window needs no ports
    MainWindow mainWindow(options);
    // The last file named is the one left open (a window holds one draft).
    QStringList files = window.files;
    if (!window.open.isEmpty())
        files.append(window.open);
    for (const QString &file : std::as_const(files))
        mainWindow.openFile(file);

    // --screenshot PATH [--open FILE] [--size WxH]: render the window to a PNG and exit.
    if (shot) {
        if (window.size.isValid())
            mainWindow.resize(window.size);
        mainWindow.show();
        // Every event the showing causes, until none is left (a second at most): the first paint lays some
        // fields out again once they know their width, and the picture is of the window as it stays.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1000);
        if (!Screenshot::painted(&mainWindow).save(window.screenshot)) {
            QTextStream(stderr) << "wabench: cannot write the screenshot to \"" << window.screenshot << "\"\n";
            return 2;
        }
        return 0;
    }
    mainWindow.show();
    return app.exec();
}
