// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// The headless command line: `wabench <command> ...`. Each command is a function over its
// arguments and two streams, so tests run it in-process.
namespace Cli {

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// True when `arguments` (without the program name) ask for the command line rather than the GUI.
bool wants(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments, Streams streams);

int validate(const QStringList &arguments, Streams streams);
int convert(const QStringList &arguments, Streams streams);
int render(const QStringList &arguments, Streams streams);
int explain(const QStringList &arguments, Streams streams);

} // namespace Cli
