// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"

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

inline Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = Cli::run(arguments, {out, err});
    out.flush();
    err.flush();
    return result;
}

} // namespace CliRun
