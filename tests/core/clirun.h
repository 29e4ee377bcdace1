// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The command line run in-process, as tests see it: its exit code and what it printed.
namespace CliRun {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

// `input`, when given, is what standard input holds (secrets asked for are read from it).
inline Result run(const QStringList &arguments, const QString &input = QString())
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QString text = input;
    QTextStream in(&text, QIODevice::ReadOnly);
    result.code = input.isNull() ? Cli::run(arguments, {out, err}) : Cli::run(arguments, {out, err, &in, false});
    out.flush();
    err.flush();
    return result;
}

} // namespace CliRun
