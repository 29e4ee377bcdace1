// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which process is sending a history row: its host, its process id, and when it started (the boot and the
// start time, so that a process id used again after the sender died is not taken for the sender).
// Several processes share a history (the window, `wabench receive`, `wabench send`), and only rows whose
// sender is gone may be marked as cut off.
struct ProcessOwner
{
    QString host;
    qint64 pid = 0;
    QString started;
    QString user; // the OS account it runs as (who sends, unless they gave a name in Preferences)

    // This process.
    static const ProcessOwner &current();
    // True only when the owner is certainly not running: on this host, and no process with its id and
    // start time. An owner on another host is never declared gone from here.
    bool isGone() const;
    // The start of process `pid` on this host ("<boot id>/<ticks since boot>"), or empty when there is none.
    static QString startOf(qint64 pid);
};
