// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>
#include <QTextStream>

class SecretStore;

// The headless command line: `wabench <command> ...`. Each command is a function over its
// arguments and two streams, so tests run it in-process.
namespace Cli {

struct Streams
{
    QTextStream &out;
    QTextStream &err;
    QTextStream *in = nullptr; // where secrets are read from
    bool interactive = false;  // `in` is a terminal: prompt, and do not echo secrets
};

// Where the commands that keep state find it. Tests point it at temporary places.
struct Environment
{
    QString settingsPath;           // an INI file; empty: the app's own settings
    QString database;               // a file or a workspace's URL (--database); empty: HistorySource's choice
    SecretStore *secrets = nullptr; // null: the OS keychain
    int historyBusyTimeoutMs = 0;   // 0: HistoryStore's default wait for another process
};
void setEnvironment(const Environment &environment);

// True when `arguments` (without the program name) ask for the command line rather than the GUI.
bool wants(const QStringList &arguments);
// True when the command draws pictures (render --png): it runs under a QGuiApplication on the offscreen
// platform, since text is laid out with fonts; every other command runs under a QCoreApplication.
bool draws(const QStringList &arguments);

// The window's own arguments: draft files to open, and the options that render it to an image.
struct WindowArguments
{
    QStringList files;  // existing files, opened in the window (a file manager passes them)
    QString screenshot; // --screenshot PATH: render the window to PATH and exit
    QString open;       // --open FILE: as a file above, and for --screenshot
    QSize size;         // --size WxH
    bool dark = false;  // --dark: Fusion with a dark palette
    QString error;      // what is wrong, naming the argument; the process then exits with 2
};
WindowArguments windowArguments(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments, Streams streams);

int validate(const QStringList &arguments, Streams streams);
int convert(const QStringList &arguments, Streams streams);
int render(const QStringList &arguments, Streams streams);
int explain(const QStringList &arguments, Streams streams);
int accounts(const QStringList &arguments, Streams streams);
int send(const QStringList &arguments, Streams streams);
int history(const QStringList &arguments, Streams streams);
int media(const QStringList &arguments, Streams streams);
int sandbox(const QStringList &arguments, Streams streams);
int receive(const QStringList &arguments, Streams streams);
int templates(const QStringList &arguments, Streams streams);
int trigger(const QStringList &arguments, Streams streams);
int replay(const QStringList &arguments, Streams streams);
int webhooks(const QStringList &arguments, Streams streams);

} // namespace Cli
