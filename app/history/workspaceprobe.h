// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QString>

#include <functional>

class QObject;

// Whether a team's workspace answers, asked on a connection of its own in a thread of its own: a server
// that does not answer keeps a connection waiting for its whole connect timeout (10 s by default), which a
// window must not spend frozen. Once it has answered, connecting again is quick.
namespace WorkspaceProbe {

// `done` gets the answer (and why not) in `context`'s thread; not at all when `context` is gone by then.
void reach(const DatabaseLocation &location, const QString &password, QObject *context,
           const std::function<void(bool reached, const QString &why)> &done);

} // namespace WorkspaceProbe
